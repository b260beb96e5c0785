#include "core/render/manualcontents.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QTextBlock>

#include <cmath>

namespace dc::render {

namespace {

constexpr qreal kEntryPoints = 10.5;

qreal indentOf(int level)
{
    return mm(6) * (level - 1);
}

} // namespace

QList<ContentsEntry> collectHeadings(const std::vector<Section> &sections, int first)
{
    QList<ContentsEntry> entries;
    for (int s = first; s < int(sections.size()); ++s) {
        const Section &section = sections[std::size_t(s)];
        for (int f = 0; f < int(section.flows.size()); ++f) {
            const FlowDocument &document = *section.flows[std::size_t(f)];
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
                const int level = block.blockFormat().headingLevel();
                const QString title = block.text().simplified();
                if (level < 1 || level > kContentsDepth || title.isEmpty())
                    continue;
                entries.append({title, level, s, f, document.blockTop(block)});
            }
        }
    }
    return entries;
}

QList<int> headingPages(const std::vector<Section> &sections, const QList<ContentsEntry> &entries, const PageGeometry &geometry)
{
    QList<int> pages;
    pages.reserve(entries.size());
    for (const ContentsEntry &entry : entries)
        pages.append(sections[std::size_t(entry.section)].place(entry.flow, entry.top, geometry).page + 1);
    return pages;
}

QString leaderLine(const QString &title, const QString &page, const QFont &font, qreal room)
{
    const QFontMetricsF metrics(font, LayoutDevice::instance());
    const qreal dot = metrics.horizontalAdvance(QLatin1Char('.'));
    const qreal used = metrics.horizontalAdvance(title + QLatin1Char(' ')) + metrics.horizontalAdvance(page) + metrics.horizontalAdvance(QStringLiteral("  "));
    // Two dots short of the number, so the design metrics of the layout never push it to a new line.
    const int dots = std::max(3, int(std::floor((room - used) / dot)) - 2);
    return title + QLatin1Char(' ') + QString(dots, QLatin1Char('.')) + QLatin1Char('\t') + page;
}

FlowDocumentPtr contentsDocument(const QString &heading, const QList<ContentsEntry> &entries, const QList<int> &pages, qreal width,
                                 QList<QTextBlock> *rows)
{
    auto contents = makeFlowDocument(width);
    rows->clear();
    contents->append([&](QTextCursor &cursor) {
        flow::appendHeading(cursor, heading, 1);
        QTextCharFormat text;
        text.setFontPointSize(kEntryPoints);
        text.setFontWeight(QFont::Normal);
        const QFont font = renderFont(kEntryPoints);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ContentsEntry &entry = entries.at(i);
            const qreal indent = indentOf(entry.level);
            QTextBlockFormat line;
            line.setLeftMargin(indent);
            line.setTopMargin(entry.level == 1 ? pt(4) : pt(1));
            line.setBottomMargin(pt(1));
            // The page number right-aligned at the column's edge (tab positions count from the
            // block's margin).
            line.setTabPositions({QTextOption::Tab(width - indent, QTextOption::RightTab)});
            cursor.insertBlock(line, text);
            cursor.insertText(leaderLine(entry.title, QString::number(pages.value(i)), font, width - indent), text);
            rows->append(cursor.block());
        }
    });
    contents->layOut();
    return contents;
}

} // namespace dc::render
