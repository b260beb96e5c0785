#pragma once

// An export laid out and cut into pages, ready to paint: sections that each start on a new
// page, each made of columns (FlowDocument) that follow one another, plus what the PDF gets on
// top (bookmarks and internal links).

#include "core/render/flowdocument.h"
#include "core/render/layoutpool.h"
#include "core/render/pagestyle.h"
#include "core/render/pagination.h"
#include "core/render/renderinput.h"
#include "core/model/result.h"

#include <functional>
#include <memory>
#include <vector>

class QPagedPaintDevice;

namespace dc::render {

struct Section {
    std::vector<FlowDocumentPtr> flows;
    QList<Page> pages;
    int firstPage = 0;  // index of its first page in the export, from 0

    // Where position `y` of column `flow` is printed: export page index and y from the top of
    // the sheet, in layout units.
    PagePosition place(int flow, qreal y, const PageGeometry &geometry) const;
};

// A bookmark: `page` from 0, `top` in layout units from the top of the sheet.
struct OutlineEntry {
    QString title;
    int level = 1;
    int page = 0;
    qreal top = 0;
};

// A clickable area (layout units on page `page`) that jumps to `targetPage` at `targetTop`.
struct LinkArea {
    int page = 0;
    QRectF rect;
    int targetPage = 0;
    qreal targetTop = 0;
};

struct Composition {
    // First, so it is destroyed last: the documents may hold its threads' font engines.
    std::unique_ptr<LayoutPool> pool;
    PageGeometry geometry;
    PageHeader header;
    PageFooter footer;
    Stamp stamp;
    std::vector<Section> sections;
    int pageCount = 0;
    int unframedPages = 0;  // the first pages (the manual's cover) carry no header, footer or page number
    QList<OutlineEntry> outline;
    QList<LinkArea> links;
};

// A job for LayoutPool::run(): builds a column with `build`, lays it out and stores it in
// `slot`, handing it to the calling thread; adds its import and layout times to the totals.
struct LayoutTimes {
    std::vector<double> importMs;
    std::vector<double> layoutMs;
};
std::function<void()> layoutJob(std::function<FlowDocumentPtr()> build, FlowDocumentPtr &slot,
                                LayoutTimes &times, std::size_t index);

// Cuts every section into pages and numbers them. Returns the total.
int paginateSections(std::vector<Section> &sections, const PageGeometry &geometry);

// Bookmarks for the level-1 and level-2 headings of `section`.
QList<OutlineEntry> headingOutline(const Section &section, const PageGeometry &geometry);

// Paints every page of `composition` on `device`, each with the watermark beneath, the text,
// the header and footer and the banner stamp (unless `paintStamps` is false: the PDF export adds
// the stamp to the finished file, once for all pages). Begins and ends the painting itself.
// Fails when the device cannot be painted on or refuses a new page.
Result<int> paintComposition(const Composition &composition, QPagedPaintDevice *device, RenderStats *stats = nullptr,
                             bool paintStamps = true);

// The page size, in points, that `device` paints on.
QSizeF pageSizePoints(const QPagedPaintDevice *device);

} // namespace dc::render
