#include "pagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

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
    const qreal padding = format.hasProperty(QTextFormat::TableCellTopPadding) ? format.topPadding() : table.cellPadding();
    const qreal linesTop = layout.blockBoundingRect(first).top() - (lines ? lines->boundingRect().top() : 0);
    return linesTop - first.blockFormat().topMargin() - padding;
}

void addTableBreaks(const QAbstractTextDocumentLayout &layout, QTextTable *table, FlowBreaks &breaks)
{
    const QTextTableFormat format = table->format();
    const int rows = table->rows();
    QList<qreal> rowTops(rows, -1);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < table->columns(); ++column) {
            const QTextTableCell cell = table->cellAt(row, column);
            if (cell.row() != row)
                continue;  // continues a cell from a row above
            const qreal top = rowTopOf(layout, format, cell);
            rowTops[row] = rowTops[row] < 0 ? top : std::min(rowTops[row], top);
        }
    }
    const QRectF frame = layout.frameBoundingRect(table);
    const int headerRows = std::clamp(format.headerRowCount(), 0, rows);
    int header = -1;
    if (headerRows > 0 && headerRows < rows && rowTops[headerRows] > 0) {
        header = int(breaks.headers.size());
        breaks.headers.append({frame.top() + format.topMargin(), rowTops[headerRows]});
    }
    // Not before the first row after the header: a header alone at the foot of a page is no use.
    for (int row = headerRows > 0 ? headerRows + 1 : 1; row < rows; ++row) {
        if (rowTops[row] > 0)
            breaks.points.append({rowTops[row], header});
    }
}

} // namespace

FlowBreaks findBreaks(const QTextDocument &document)
{
    FlowBreaks breaks;
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    bool keepWithPrevious = false;  // the previous element is a heading
    for (auto it = document.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame()) {
            if (!keepWithPrevious)
                breaks.points.append({layout.frameBoundingRect(frame).top(), -1});
            keepWithPrevious = false;
            if (auto *table = qobject_cast<QTextTable *>(frame))
                addTableBreaks(layout, table, breaks);
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
