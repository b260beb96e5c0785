#include "core/render/documentlayout.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextTable>

namespace dc::render {

namespace {

struct ContentsEntry {
    QString title;
    int section = 0;  // index into the composition's sections
};

void buildCover(FlowDocument &document, const ManualRender &input)
{
    document.append([&](QTextCursor &cursor) {
        flow::appendText(cursor, QStringLiteral("文件编号 Document No.: ") + input.header.number, 12, false, Qt::AlignLeft, 6, 2);
        flow::appendText(cursor, QStringLiteral("受控状态 Controlled status: ") + input.controlledStatus, 12, false, Qt::AlignLeft, 0, 2);
        flow::appendText(cursor, input.header.title, 26, true, Qt::AlignHCenter, 55, 8);
        if (!input.standards.isEmpty()) {
            flow::appendText(cursor, QStringLiteral("依据 In accordance with"), 11, false, Qt::AlignHCenter, 0, 1.5);
            for (const QString &standard : input.standards)
                flow::appendText(cursor, standard, 12, false, Qt::AlignHCenter, 0, 1.5);
        }
        flow::appendText(cursor,
                         QStringLiteral("版本 Revision %1    生效日期 Effective %2")
                             .arg(input.header.revisionLabel, flow::dateText(input.footer.effectiveDate)),
                         11, false, Qt::AlignHCenter, 40, 2);
        flow::appendText(cursor, input.header.organisation, 16, true, Qt::AlignHCenter, 6, 0);
    });
}

void buildReleaseOrder(FlowDocument &document, const ManualRender &input)
{
    document.setContentMarkdown(QStringLiteral("# 发布令 Release order\n\n") + input.releaseOrderMarkdown);
    document.append([&](QTextCursor &cursor) {
        flow::appendText(cursor, QStringLiteral("签署 Signatures"), 11, true, Qt::AlignLeft, 6, 1);
        appendApprovalTable(cursor, input.releaseApprovals, false);
        if (input.releaseAnchor.seq > 0)
            flow::appendText(cursor, chainHeadText(input.releaseAnchor), 9, false, Qt::AlignLeft, 2, 0);
    });
}

void buildHistory(FlowDocument &document, const ManualRender &input)
{
    document.append([&](QTextCursor &cursor) {
        flow::appendHeading(cursor, QStringLiteral("修订记录 Revision history"), 1);
        appendHistoryTable(cursor, input.history);
    });
}

// The contents: one row per entry, the page number right-aligned. `pages` gives each entry's
// page number (from 1); the rows' first blocks are returned for the links.
FlowDocumentPtr contentsDocument(const QList<ContentsEntry> &entries, const QList<int> &pages, qreal width,
                                               QList<QTextBlock> *rows)
{
    auto contents = makeFlowDocument(width);
    contents->append([&](QTextCursor &cursor) {
        flow::appendHeading(cursor, QStringLiteral("目录 Contents"), 1);
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellSpacing(0);
        format.setCellPadding(pt(3));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88), QTextLength(QTextLength::PercentageLength, 12)});
        QTextTable *table = cursor.insertTable(int(entries.size()), 2, format);
        QTextCharFormat text;
        text.setFontPointSize(11);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        for (int row = 0; row < entries.size(); ++row) {
            table->cellAt(row, 0).firstCursorPosition().insertText(entries.at(row).title, text);
            QTextCursor number = table->cellAt(row, 1).firstCursorPosition();
            number.setBlockFormat(right);
            number.insertText(QString::number(pages.value(row)), text);
        }
        rows->clear();
        for (int row = 0; row < entries.size(); ++row)
            rows->append(table->cellAt(row, 0).firstCursorPosition().block());
        cursor.movePosition(QTextCursor::End);
    });
    contents->layOut();
    return contents;
}

} // namespace

Composition composeManual(const ManualRender &input, const QSizeF &pagePoints, RenderStats *stats)
{
    Composition composition;
    composition.pool = std::make_unique<LayoutPool>(LayoutPool::defaultThreads());
    composition.geometry = PageGeometry::forPage(pagePoints);
    composition.header = input.header;
    composition.footer = input.footer;
    composition.stamp = input.stamp;
    const PageGeometry &geometry = composition.geometry;
    const qreal width = geometry.body.width();
    std::vector<Section> &sections = composition.sections;

    // Sections: cover, release order, contents, one per chapter, revision history. All but
    // the contents are laid out in parallel (long chapters in parts).
    constexpr int contentsIndex = 2;
    sections.resize(std::size_t(contentsIndex + 1 + input.chapters.size() + 1));
    QList<ContentsEntry> entries{{QStringLiteral("发布令 Release order"), 1}};
    LayoutTimes times;
    std::vector<std::function<void()>> jobs;
    auto single = [&](Section &section, std::function<void(FlowDocument &)> build, const QHash<QString, QImage> &images) {
        section.flows.resize(1);
        jobs.push_back(layoutJob(
            [build = std::move(build), &images, width] {
                auto document = makeFlowDocument(width, images);
                build(*document);
                return document;
            },
            section.flows[0], times, jobs.size()));
    };
    const qsizetype target = chunkChars();
    // Chapter parts first: the big jobs start early.
    for (int c = 0; c < input.chapters.size(); ++c) {
        const ManualChapter &chapter = input.chapters.at(c);
        Section &section = sections[std::size_t(contentsIndex + 1 + c)];
        entries.append({chapter.title.simplified(), contentsIndex + 1 + c});
        const QStringList parts = flow::splitMarkdown(
            QStringLiteral("# ") + flow::escapeMarkdown(chapter.title.simplified()) + QStringLiteral("\n\n") + chapter.markdown, target);
        section.flows.resize(parts.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            jobs.push_back(layoutJob(
                [part = parts.at(i), &input, width] {
                    auto document = makeFlowDocument(width, input.images);
                    document->setContentMarkdown(part);
                    return document;
                },
                section.flows[i], times, jobs.size()));
        }
    }
    const QHash<QString, QImage> none;
    single(sections[0], [&input](FlowDocument &document) { buildCover(document, input); }, none);
    single(sections[1], [&input](FlowDocument &document) { buildReleaseOrder(document, input); }, input.images);
    single(sections.back(), [&input](FlowDocument &document) { buildHistory(document, input); }, none);
    entries.append({QStringLiteral("修订记录 Revision history"), int(sections.size()) - 1});

    // The contents, with provisional numbers of the same width, count their pages; then with
    // the real numbers until the numbering is stable (their number of pages does not depend on
    // the numbers, but check).
    QList<QTextBlock> rows;
    QList<int> pages(entries.size(), 888);
    sections[contentsIndex].flows.resize(1);
    sections[contentsIndex].flows[0] = contentsDocument(entries, pages, width, &rows);
    finishLayout(composition, times, jobs, stats);
    for (int attempt = 0; attempt < 3; ++attempt) {
        QList<int> assigned;
        for (const ContentsEntry &entry : std::as_const(entries))
            assigned.append(sections[std::size_t(entry.section)].firstPage + 1);
        if (assigned == pages)
            break;
        pages = assigned;
        sections[contentsIndex].flows[0] = contentsDocument(entries, pages, width, &rows);
        composition.pageCount = paginateSections(sections, geometry);
    }

    // Bookmarks, and the contents' links.
    composition.outline.append({QStringLiteral("封面 Cover"), 1, 0, geometry.body.top()});
    for (std::size_t i = 1; i < sections.size(); ++i)
        composition.outline.append(headingOutline(sections[i], geometry));
    const Section &contents = sections[contentsIndex];
    for (int row = 0; row < rows.size(); ++row) {
        const QRectF block = contents.flows[0]->documentLayout()->blockBoundingRect(rows.at(row));
        const PagePosition at = contents.place(0, block.top(), geometry);
        const QRectF area(geometry.body.left(), at.y - pt(2), geometry.body.width(), block.height() + pt(4));
        const Section &target = sections[std::size_t(entries.at(row).section)];
        composition.links.append({at.page, area, target.firstPage, geometry.body.top()});
    }
    return composition;
}

} // namespace dc::render
