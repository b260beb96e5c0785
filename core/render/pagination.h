#pragma once

// Page breaking. Documents are laid out as one long column (which is about twice as fast as
// QTextDocument's own pagination and lets independent parts be laid out in parallel); this
// module then cuts the columns into pages: between lines, between table rows (repeating the
// table's header rows on the next page), never right after a heading, never leaving a single
// line of a paragraph alone.

#include <QList>
#include <QTextFormat>

class QTextDocument;

namespace dc::render {

// Tables whose format has this property get a grid of lines drawn in their cell spacing, which
// must be kGridLineWidth (layout units).
inline constexpr int kGridProperty = QTextFormat::UserProperty + 0x4443;
inline constexpr qreal kGridLineWidth = 0.8;

// The lines of a table's grid, in the column's coordinates: horizontal lines at `rows` from
// `left` to `right`, vertical ones at `columns` from `top` to `bottom`.
struct TableGrid {
    qreal top = 0;
    qreal bottom = 0;
    qreal left = 0;
    qreal right = 0;
    QList<qreal> rows;
    QList<qreal> columns;
};

// A place where a page may end, in the column's coordinates.
struct BreakPoint {
    qreal y = 0;
    int header = -1;  // inside a table: index of the header band the next page repeats
};

// What pagination and painting need to know of a laid-out column: the places it may be cut at,
// the header rows of its tables, and their grids.
struct FlowBreaks {
    QList<BreakPoint> points;  // ascending
    struct Band {
        qreal top = 0;
        qreal bottom = 0;
    };
    QList<Band> headers;  // header rows of tables, for repeating
    QList<TableGrid> grids;
    qreal height = 0;
};

// Finds the break points and table grids of `document`, which must be laid out without
// pagination.
FlowBreaks findBreaks(const QTextDocument &document);

// A horizontal band [top, bottom) of column `flow`, drawn at `pageY` in the page body.
struct Slice {
    int flow = 0;
    qreal top = 0;
    qreal bottom = 0;
    qreal pageY = 0;
    bool repeated = false;  // a table header repeated on a continuation page
};

struct Page {
    QList<Slice> slices;
};

// Cuts columns that follow one another (the parts of one section) into pages of `height`.
// Always returns at least one page.
QList<Page> paginate(const QList<const FlowBreaks *> &flows, qreal height);

// Where (page index, y in the body) position `y` of column `flow` ended up; y is clamped
// into the column.
struct PagePosition {
    int page = 0;
    qreal y = 0;
};
PagePosition locate(const QList<Page> &pages, int flow, qreal y);

} // namespace dc::render
