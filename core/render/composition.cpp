#include "core/render/composition.h"

#include "core/render/pageframe.h"
#include "core/render/stampart.h"
#include "core/render/renderlog.h"
#include "core/render/stopwatch.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QTextBlock>
#include <QTextLayout>

#include <optional>

namespace dc::render {

namespace {

// The paragraph of the root frame that `y` cuts (it starts above y and goes on below), or an
// invalid block.
QTextBlock paragraphCutAt(const QTextDocument &document, qreal y)
{
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    const int position = layout.hitTest(QPointF(1, y + 1), Qt::FuzzyHit);
    const QTextBlock block = position < 0 ? QTextBlock() : document.findBlock(position);
    if (!block.isValid() || document.frameAt(block.position()) != document.rootFrame())
        return {};
    const QRectF rect = layout.blockBoundingRect(block);
    return rect.top() < y - 1 && rect.bottom() > y + 1 ? block : QTextBlock();
}

void paintSlice(QPainter &painter, const FlowDocument &document, const Slice &slice, const QRectF &body,
                const QAbstractTextDocumentLayout::PaintContext &base)
{
    const QRectF band(0, slice.top, body.width(), slice.bottom - slice.top);
    painter.save();
    painter.translate(body.left(), body.top() + slice.pageY - slice.top);
    painter.setClipRect(band);
    // The layout draws every line that touches its clip, and Qt 6.4's QTextLayout::draw also
    // the last line of a paragraph that ends above the clip: lines of the neighbouring pages,
    // clipped away but still in the text layer, would be found on two pages. So the paragraph
    // cut by the top of the band is drawn here line by line, and the layout draws below it.
    qreal top = band.top();
    if (const QTextBlock cut = paragraphCutAt(document, band.top()); cut.isValid()) {
        const QTextLayout &lines = *cut.layout();
        painter.setPen(base.palette.color(QPalette::Text));
        for (int i = 0; i < lines.lineCount(); ++i) {
            const QTextLine line = lines.lineAt(i);
            const qreal lineTop = lines.position().y() + line.y();
            if (lineTop > band.top() - 1 && lineTop < band.bottom() - 1)
                line.draw(&painter, lines.position());
        }
        top = document.documentLayout()->blockBoundingRect(cut).bottom();
    }
    if (top < band.bottom() - 4) {
        QAbstractTextDocumentLayout::PaintContext context = base;
        context.clip = QRectF(band.left(), top + 2, band.width(), band.bottom() - top - 4);
        document.documentLayout()->draw(&painter, context);
    }
    painter.restore();
}

// The grid lines of the tables in `slice`, in page layout units.
void collectGridLines(const FlowBreaks &flow, const Slice &slice, const QRectF &body, QList<QLineF> &lines)
{
    const qreal dy = body.top() + slice.pageY - slice.top;
    for (const TableGrid &grid : flow.grids) {
        if (grid.bottom < slice.top || grid.top >= slice.bottom)
            continue;
        for (qreal y : grid.rows) {
            if (y >= slice.top && y < slice.bottom)
                lines.append(QLineF(body.left() + grid.left, y + dy, body.left() + grid.right, y + dy));
        }
        const qreal top = std::max(grid.top, slice.top) + dy;
        const qreal bottom = std::min(grid.bottom, slice.bottom) + dy;
        for (qreal x : grid.columns)
            lines.append(QLineF(body.left() + x, top, body.left() + x, bottom));
    }
}

} // namespace

PagePosition Section::place(int flow, qreal y, const PageGeometry &geometry) const
{
    const PagePosition position = locate(pages, flow, y);
    return {firstPage + position.page, geometry.body.top() + position.y};
}

std::function<void()> layoutJob(std::function<FlowDocumentPtr()> build, FlowDocumentPtr &slot,
                                LayoutTimes &times, std::size_t index)
{
    if (times.importMs.size() <= index) {
        times.importMs.resize(index + 1);
        times.layoutMs.resize(index + 1);
    }
    return [build = std::move(build), &slot, &times, index] {
        Stopwatch timer;
        FlowDocumentPtr document = build();
        times.importMs[index] = timer.lap();
        document->layOut();
        times.layoutMs[index] = timer.ms();
        slot = std::move(document);
    };
}

int paginateSections(std::vector<Section> &sections, const PageGeometry &geometry)
{
    int next = 0;
    for (Section &section : sections) {
        QList<const FlowBreaks *> flows;
        for (const auto &flow : section.flows)
            flows.append(&flow->breaks());
        section.pages = paginate(flows, geometry.body.height());
        section.firstPage = next;
        next += int(section.pages.size());
    }
    return next;
}

QList<OutlineEntry> headingOutline(const Section &section, const PageGeometry &geometry)
{
    QList<OutlineEntry> entries;
    for (int flow = 0; flow < int(section.flows.size()); ++flow) {
        const FlowDocument &document = *section.flows[flow];
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const int level = block.blockFormat().headingLevel();
            if (level < 1 || level > 2 || block.text().trimmed().isEmpty())
                continue;
            const PagePosition position = section.place(flow, document.blockTop(block), geometry);
            entries.append({block.text().simplified(), level, position.page, position.y});
        }
    }
    return entries;
}

QSizeF pageSizePoints(const QPagedPaintDevice *device)
{
    return device->pageLayout().fullRect(QPageLayout::Point).size();
}

Result<int> paintComposition(const Composition &composition, QPagedPaintDevice *device, RenderStats *stats, bool paintStamps)
{
    const PageGeometry &geometry = composition.geometry;
    Stopwatch timer;
    const PageFrame frame(composition.header, composition.footer, geometry);
    double frameMs = timer.ms();
    double bodyMs = 0;
    double flushMs = 0;

    QPainter painter;
    if (!painter.begin(device))
        return Error{ErrorCode::Io, QCoreApplication::translate("dc::render", "Cannot paint on the printer or PDF file.")};
    // Layout units (1/96 in) from the top-left corner of the sheet, whatever the device's
    // resolution and printable margins.
    const QRect paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    painter.translate(-paintRect.left(), -paintRect.top());
    painter.scale(device->logicalDpiX() / kLayoutDpi, device->logicalDpiY() / kLayoutDpi);
    timer.restart();
    const std::optional<StampArt> stamp = paintStamps ? std::optional<StampArt>(std::in_place, composition.stamp, geometry, painter.worldTransform())
                                                      : std::nullopt;
    frameMs += timer.ms();

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.palette.setColor(QPalette::Link, QColor(0x1f, 0x4f, 0x99));

    int number = 0;
    for (const Section &section : composition.sections) {
        for (const Page &page : section.pages) {
            timer.restart();
            if (number > 0 && !device->newPage()) {
                painter.end();
                return Error{ErrorCode::Io, QCoreApplication::translate("dc::render", "The printer or PDF file refused a new page.")};
            }
            flushMs += timer.lap();
            ++number;
            if (stamp)
                stamp->paintUnder(painter);
            frameMs += timer.lap();
            QList<QLineF> grid;
            for (const Slice &slice : page.slices) {
                const FlowDocument &flow = *section.flows[slice.flow];
                paintSlice(painter, flow, slice, geometry.body, context);
                collectGridLines(flow.breaks(), slice, geometry.body, grid);
            }
            if (!grid.isEmpty()) {
                painter.setPen(QPen(QColor(0x80, 0x80, 0x80), kGridLineWidth, Qt::SolidLine, Qt::SquareCap));
                painter.drawLines(grid);
            }
            bodyMs += timer.lap();
            if (number > composition.unframedPages)
                frame.paint(painter, number, composition.pageCount);
            if (stamp)
                stamp->paintBanner(painter);
            frameMs += timer.lap();
        }
    }
    timer.restart();
    painter.end();
    if (stats) {
        stats->pages = number;
        stats->bodyMs += bodyMs;
        stats->frameMs += frameMs;
        stats->flushMs += flushMs;
        stats->finishMs += timer.ms();
    }
    qCDebug(lcRender) << "painted" << number << "pages in" << qRound(frameMs + bodyMs + flushMs + timer.ms()) << "ms";
    return number;
}

} // namespace dc::render
