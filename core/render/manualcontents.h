#pragma once

// The manual's table of contents: every heading down to the fourth level (4, 4.1, 7.5.3,
// 8.3.5.1), indented by level, each with a dot leader and its page number right-aligned.

#include "core/render/composition.h"

namespace dc::render {

// A heading the contents lists, and where it is laid out.
struct ContentsEntry {
    QString title;
    int level = 1;     // 1…4
    int section = 0;   // index into the composition's sections
    int flow = 0;      // column of that section
    qreal top = 0;     // top of the heading's block in that column
};

inline constexpr int kContentsDepth = 4;

// The headings (levels 1 to kContentsDepth, non-empty) of sections `first` to the end, in order.
QList<ContentsEntry> collectHeadings(const std::vector<Section> &sections, int first);

// The page (from 1) each entry is printed on, once the sections are paginated.
QList<int> headingPages(const std::vector<Section> &sections, const QList<ContentsEntry> &entries, const PageGeometry &geometry);

// The contents as a column `width` wide: the heading `heading`, then one line per entry with
// the page number from `pages` right-aligned after a dot leader. `rows` receives each line's
// block, for the links.
FlowDocumentPtr contentsDocument(const QString &heading, const QList<ContentsEntry> &entries, const QList<int> &pages, qreal width,
                                 QList<QTextBlock> *rows);

// The line an entry prints: "4.1 了解组织及其背景 ········ 16" as title, a space, dots filling
// `room` layout units (at least three) and a tab before the number. Exposed for the tests.
QString leaderLine(const QString &title, const QString &page, const QFont &font, qreal room);

} // namespace dc::render
