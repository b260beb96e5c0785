#include "core/render/pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include "core/render/pagestyle.h"

#include <algorithm>

namespace dc::render {

namespace {

constexpr qreal kEpsilon = 0.01;

// Top of the row that `cell` starts, from where its first block's lines are.
qreal rowTopOf(const QAbstractTextDocumentLayout &layout, const QTextTableFormat &table, const QTextTableCell &cell)
{
    const QTextBlock first = cell.firstCursorPosition().block();
    const QTextLayout *lines = first.layout();
    const QTextTableCellFormat format = cell.format().toTableCellFormat();
    const qreal padding = tableLengthScale() * (format.hasProperty(QTextFormat::TableCellTopPadding) ? format.topPadding() : table.cellPadding());
    const qreal linesTop = layout.blockBoundingRect(first).top() - (lines ? lines->boundingRect().top() : 0);
    return linesTop - first.blockFormat().topMargin() - padding;
}

// Left edge of the column that `cell` starts.
qreal columnLeftOf(const QAbstractTextDocumentLayout &layout, const QTextTableFormat &table, const QTextTableCell &cell)
{
    const QTextBlock first = cell.firstCursorPosition().block();
    const QTextTableCellFormat format = cell.format().toTableCellFormat();
    const qreal padding = tableLengthScale() * (format.hasProperty(QTextFormat::TableCellLeftPadding) ? format.leftPadding() : table.cellPadding());
    return layout.blockBoundingRect(first).left() - first.blockFormat().leftMargin() - padding;
}

// Adds the break points (and grid) of `table`; returns the top of its outer box (margin
// included), where a page may end before it.
qreal addTable(const QAbstractTextDocumentLayout &layout, QTextTable *table, FlowBreaks &breaks)
{
    const QTextTableFormat format = table->format();
    const int rows = table->rows();
    const int columns = table->columns();
    QList<qreal> rowTops(rows, -1);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row || cell.column() != column)
                continue;  // continues a cell from a row above or a column to the left
            const qreal top = rowTopOf(layout, format, cell);
            rowTops[row] = rowTops[row] < 0 ? top : std::min(rowTops[row], top);
            if (column == 0)
                break;  // the first column gives the row; others only where it is spanned
        }
    }
    // frameBoundingRect() has the right size, but for a table its position is offset by the
    // first cell's (Qt 6.4): place the box from the first cell instead.
    const QSizeF frame = layout.frameBoundingRect(table).size();
    const qreal spacing = tableLengthScale() * format.cellSpacing();
    const QRectF box(columnLeftOf(layout, format, table->cellAt(0, 0)) - spacing, rowTops[0] - spacing,
                     frame.width() - format.leftMargin() - format.rightMargin(), frame.height() - format.topMargin() - format.bottomMargin());
    const int headerRows = std::clamp(format.headerRowCount(), 0, rows);
    int header = -1;
    if (headerRows > 0 && headerRows < rows && rowTops[headerRows] > 0) {
        header = int(breaks.headers.size());
        breaks.headers.append({box.top(), rowTops[headerRows]});
    }
    // Not before the first row after the header: a header alone at the foot of a page is no use.
    for (int row = headerRows > 0 ? headerRows + 1 : 1; row < rows; ++row) {
        if (rowTops[row] > 0)
            breaks.points.append({rowTops[row], header});
    }
    if (!format.property(kGridProperty).toBool())
        return box.top() - format.topMargin();
    // The grid: lines in the middle of the cell spacing around and between the cells.
    const qreal half = spacing / 2;
    TableGrid grid{box.top() + half, box.bottom() - half, box.left() + half, box.right() - half, {}, {}};
    grid.rows.append(grid.top);
    for (int row = 1; row < rows; ++row) {
        if (rowTops[row] > 0)
            grid.rows.append(rowTops[row] - half);
    }
    grid.rows.append(grid.bottom);
    grid.columns.append(grid.left);
    for (int column = 1; column < columns; ++column) {
        const QTextTableCell cell = table->cellAt(0, column);
        if (cell.column() == column)
            grid.columns.append(columnLeftOf(layout, format, cell) - half);
    }
    grid.columns.append(grid.right);
    breaks.grids.append(grid);
    return box.top() - format.topMargin();
}

} // namespace

FlowBreaks findBreaks(const QTextDocument &document)
{
    FlowBreaks breaks;
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    bool keepWithPrevious = false;  // the previous element is a heading
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            auto *table = qobject_cast<QTextTable *>(frame);
            const qreal top = table ? addTable(layout, table, breaks) : layout.frameBoundingRect(frame).top();
            if (!keepWithPrevious)
                breaks.points.append({top, -1});
            keepWithPrevious = false;
            continue;
        }
        const QTextBlock block = it.currentBlock();
        const QTextLayout *lines = block.layout();
        const int count = lines ? lines->lineCount() : 0;
        if (count == 0)
            continue;
        const bool heading = block.blockFormat().headingLevel() > 0;
        const qreal origin = layout.blockBoundingRect(block).top() - lines->boundingRect().top();
        for (int i = 0; i < count; ++i) {
            if (i == 0 && keepWithPrevious)
                continue;
            if (i > 0 && heading)
                continue;  // a heading stays in one piece
            if (count >= 4 && (i == 1 || i == count - 1))
                continue;  // no single first or last line of a paragraph alone on a page
            breaks.points.append({origin + lines->lineAt(i).y(), -1});
        }
        // An empty block after a heading does not end its keeping.
        if (heading || !(keepWithPrevious && block.length() <= 1))
            keepWithPrevious = heading;
    }
    breaks.height = layout.documentSize().height();
    std::stable_sort(breaks.points.begin(), breaks.points.end(), [](const BreakPoint &a, const BreakPoint &b) { return a.y < b.y; });
    return breaks;
}

QList<Page> paginate(const QList<const FlowBreaks *> &flows, qreal height)
{
    QList<Page> pages;
    Page page;
    qreal used = 0;       // height of the page filled so far
    bool ownContent = false;  // the page holds more than a repeated header
    int flow = 0;
    qreal y = 0;
    int pendingHeader = -1;  // header band of `flow` to repeat at the top of the next page

    auto newPage = [&] {
        pages.append(page);
        page = Page();
        used = 0;
        ownContent = false;
    };

    while (flow < flows.size()) {
        const FlowBreaks &breaks = *flows[flow];
        if (used == 0 && pendingHeader >= 0) {
            const FlowBreaks::Band band = breaks.headers[pendingHeader];
            // A header taller than a third of the page is not repeated.
            if (band.bottom - band.top < height / 3) {
                page.slices.append({flow, band.top, band.bottom, 0, true});
                used = band.bottom - band.top;
            }
        }
        pendingHeader = -1;
        const qreal available = height - used;
        if (breaks.height - y <= available + kEpsilon) {
            page.slices.append({flow, y, breaks.height, used, false});
            used += breaks.height - y;
            ownContent = true;
            ++flow;
            y = 0;
            continue;
        }
        // The last break point that fits.
        const auto after = std::upper_bound(breaks.points.begin(), breaks.points.end(), y + available,
                                            [](qreal limit, const BreakPoint &point) { return limit < point.y; });
        const BreakPoint *fit = after == breaks.points.begin() ? nullptr : &*(after - 1);
        if (fit && fit->y > y + kEpsilon) {
            page.slices.append({flow, y, fit->y, used, false});
            y = fit->y;
            pendingHeader = fit->header;
        } else if (ownContent) {
            // Nothing of this column fits below what the page holds: continue on the next page.
        } else {
            // Nothing breakable fits even on an empty page (a huge image or table row): cut.
            page.slices.append({flow, y, y + available, used, false});
            y += available;
        }
        newPage();
    }
    if (!page.slices.isEmpty() || pages.isEmpty())
        pages.append(page);
    return pages;
}

PagePosition locate(const QList<Page> &pages, int flow, qreal y)
{
    PagePosition last;
    for (int index = 0; index < pages.size(); ++index) {
        for (const Slice &slice : pages[index].slices) {
            if (slice.flow != flow || slice.repeated)
                continue;
            if (y < slice.bottom || (index == pages.size() - 1 && y <= slice.bottom))
                return {index, slice.pageY + std::max<qreal>(0, y - slice.top)};
            last = {index, slice.pageY + (slice.bottom - slice.top)};
        }
    }
    return last;
}

} // namespace dc::render
