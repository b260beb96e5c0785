#include "core/render/documentlayout.h"
#include "core/render/manualcontents.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextTable>

namespace dc::render {

namespace {

// The order of the manual's sections: the cover, the revision history and the contents come
// first, then the release order and the chapters (the front matter's numbered sections first),
// then the annex when the manual names other documents.
constexpr int kCover = 0;
constexpr int kHistory = 1;
constexpr int kContents = 2;
constexpr int kReleaseOrder = 3;

QString releaseOrderTitle(const ManualRender &input)
{
    return input.releaseOrderTitle.trimmed().isEmpty() ? QStringLiteral("0.1 发布令") : input.releaseOrderTitle.simplified();
}

// The cover: no running header, footer or page number (Composition::unframedPages), the
// release and effective dates each on their own line.
void buildCover(FlowDocument &document, const ManualRender &input)
{
    const LabelLanguage language = input.header.language;
    document.append([&](QTextCursor &cursor) {
        flow::appendText(cursor, (labelText(language, QStringLiteral("文件编号"), QStringLiteral("Document No.")) + QStringLiteral(": ")) + input.header.number, 12, false, Qt::AlignLeft, 6, 2);
        flow::appendText(cursor, (labelText(language, QStringLiteral("受控状态"), QStringLiteral("Controlled status")) + QStringLiteral(": ")) + input.controlledStatus, 12, false, Qt::AlignLeft, 0, 2);
        flow::appendText(cursor, input.header.title, 26, true, Qt::AlignHCenter, 55, 8);
        if (!input.standards.isEmpty()) {
            flow::appendText(cursor, (labelText(language, QStringLiteral("依据"), QStringLiteral("In accordance with"))), 11, false, Qt::AlignHCenter, 0, 1.5);
            for (const QString &standard : input.standards)
                flow::appendText(cursor, standard, 12, false, Qt::AlignHCenter, 0, 1.5);
        }
        flow::appendText(cursor, (labelText(language, QStringLiteral("版本"), QStringLiteral("Revision")) + QStringLiteral(": ")) + input.header.revisionLabel, 11, false, Qt::AlignHCenter, 40, 2);
        flow::appendText(cursor, (labelText(language, QStringLiteral("发布日期"), QStringLiteral("Released")) + QStringLiteral(": ")) + flow::dateText(input.releasedOn), 11, false, Qt::AlignHCenter, 0, 2);
        flow::appendText(cursor, (labelText(language, QStringLiteral("实施日期"), QStringLiteral("Effective")) + QStringLiteral(": ")) + flow::dateText(input.footer.effectiveDate), 11, false, Qt::AlignHCenter, 0, 2);
        flow::appendText(cursor, input.header.organisation, 16, true, Qt::AlignHCenter, 12, 0);
    });
}

// Two boxes left blank for paper copies: the top manager's handwritten signature and the
// company seal (a seal is about 42 mm across).
void appendSignatureAndSeal(QTextCursor &cursor, LabelLanguage language)
{
    QTextTable *table = flow::appendTable(cursor, {(labelText(language, QStringLiteral("总经理签字"), QStringLiteral("Signature of the top manager"))), (labelText(language, QStringLiteral("公司盖章"), QStringLiteral("Company seal")))},
                                          {{(QStringLiteral("（") + labelText(language, QStringLiteral("手写签字处"), QStringLiteral("sign here")) + QStringLiteral("）")), (QStringLiteral("（") + labelText(language, QStringLiteral("盖章处"), QStringLiteral("seal here")) + QStringLiteral("）"))}}, {55, 45});
    QTextCharFormat hint;
    hint.setForeground(QColor(0x88, 0x88, 0x88));
    hint.setFontPointSize(8);
    for (int column = 0; column < 2; ++column) {
        QTextTableCell cell = table->cellAt(1, column);
        QTextCursor inside = cell.firstCursorPosition();
        inside.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        inside.mergeCharFormat(hint);
        // Blank lines make the room: about 45 mm, a seal is 40–42 mm across.
        QTextCursor end = cell.lastCursorPosition();
        for (int line = 0; line < 13; ++line)
            end.insertBlock(QTextBlockFormat(), hint);
    }
    cursor.movePosition(QTextCursor::End);
}

// 0.1 发布令: the text, the blank signature and seal, the dates of the release (the same the
// cover shows), then the electronic signatures.
void buildReleaseOrder(FlowDocument &document, const ManualRender &input)
{
    const LabelLanguage language = input.header.language;
    document.setContentMarkdown(QStringLiteral("# ") + flow::escapeMarkdown(releaseOrderTitle(input)) + QStringLiteral("\n\n")
                                + input.releaseOrderMarkdown);
    document.append([&](QTextCursor &cursor) {
        appendSignatureAndSeal(cursor, language);
        flow::appendText(cursor, (labelText(language, QStringLiteral("批准日期"), QStringLiteral("Approved")) + QStringLiteral(": ")) + flow::dateText(input.approvedOn), 10.5, false, Qt::AlignLeft, 1, 1);
        flow::appendText(cursor, (labelText(language, QStringLiteral("发布日期"), QStringLiteral("Released")) + QStringLiteral(": ")) + flow::dateText(input.releasedOn), 10.5, false, Qt::AlignLeft, 0, 1);
        flow::appendText(cursor, (labelText(language, QStringLiteral("实施日期"), QStringLiteral("Effective")) + QStringLiteral(": ")) + flow::dateText(input.footer.effectiveDate), 10.5, false, Qt::AlignLeft, 0, 3);
        flow::appendText(cursor, (labelText(language, QStringLiteral("电子签署"), QStringLiteral("Electronic signatures"))), 11, true, Qt::AlignLeft, 2, 1);
        appendApprovalTable(cursor, input.releaseApprovals, false, language);
        if (input.releaseAnchor.seq > 0)
            flow::appendText(cursor, chainHeadText(input.releaseAnchor), 9, false, Qt::AlignLeft, 2, 0);
    });
}

// 修订记录, at the front: 版本 / 修订内容及章节 / 修订人 / 审核 / 批准 / 日期.
void buildHistory(FlowDocument &document, const ManualRender &input)
{
    const LabelLanguage language = input.header.language;
    document.append([&](QTextCursor &cursor) {
        flow::appendHeading(cursor, (labelText(language, QStringLiteral("修订记录"), QStringLiteral("Revision history"))), 1);
        const auto orDash = [](const QString &text) { return text.trimmed().isEmpty() ? QStringLiteral("—") : text; };
        QList<QStringList> rows;
        for (const HistoryRow &row : input.history)
            rows.append({row.label, orDash(row.summary), orDash(row.author), orDash(row.reviewers), orDash(row.approver), flow::dateText(row.date)});
        if (rows.isEmpty())
            rows.append(QStringList(6, QStringLiteral("—")));
        flow::appendTable(cursor,
                          {(labelText(language, QStringLiteral("版本"), QStringLiteral("Revision"))), (labelText(language, QStringLiteral("修订内容及章节"), QStringLiteral("Changes and sections"))), (labelText(language, QStringLiteral("修订人"), QStringLiteral("Revised by"))),
                           (labelText(language, QStringLiteral("审核"), QStringLiteral("Reviewed by"))), (labelText(language, QStringLiteral("批准"), QStringLiteral("Approved by"))), (labelText(language, QStringLiteral("日期"), QStringLiteral("Date")))},
                          rows, {10, 34, 13, 16, 14, 13});
    });
}

// The annex: the procedures and records the manual names, with their current revisions.
void buildAnnex(FlowDocument &document, const ManualRender &input)
{
    const LabelLanguage language = input.header.language;
    document.append([&](QTextCursor &cursor) {
        flow::appendHeading(cursor, (labelText(language, QStringLiteral("附录 A 本手册引用的程序文件和记录"), QStringLiteral("Annex A Documents referred to"))), 1);
        flow::appendText(cursor, labelText(language, QStringLiteral("现行版本为本副本打印或导出之日的版本。"), QStringLiteral("Current revisions as on the day this copy was made.")), 9, false,
                         Qt::AlignLeft, 0, 2);
        QList<QStringList> rows;
        for (const ReferencedDocument &d : input.references) {
            rows.append({d.number, d.title, d.revisionLabel.isEmpty() ? (labelText(language, QStringLiteral("未生效"), QStringLiteral("None effective"))) : d.revisionLabel,
                         flow::dateText(d.effectiveDate), d.citedIn.isEmpty() ? QStringLiteral("—") : d.citedIn});
        }
        flow::appendTable(cursor,
                          {(labelText(language, QStringLiteral("文件编号"), QStringLiteral("Number"))), (labelText(language, QStringLiteral("文件名称"), QStringLiteral("Title"))), (labelText(language, QStringLiteral("现行版本"), QStringLiteral("Revision"))),
                           (labelText(language, QStringLiteral("生效日期"), QStringLiteral("Effective"))), (labelText(language, QStringLiteral("引用章节"), QStringLiteral("Cited in")))},
                          rows, {19, 37, 13, 14, 17});
    });
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
    composition.unframedPages = 1;
    const LabelLanguage language = input.header.language;
    const PageGeometry &geometry = composition.geometry;
    const qreal width = geometry.body.width();
    std::vector<Section> &sections = composition.sections;

    // All sections but the contents are laid out in parallel (long chapters in parts).
    const bool annex = !input.references.isEmpty();
    const int firstChapter = kReleaseOrder + 1;
    sections.resize(std::size_t(firstChapter + input.chapters.size() + (annex ? 1 : 0)));
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
        Section &section = sections[std::size_t(firstChapter + c)];
        const QStringList parts = flow::splitMarkdown(
            QStringLiteral("# ") + flow::escapeMarkdown(chapter.title.simplified()) + QStringLiteral("\n\n") + chapter.markdown, target);
        section.flows.resize(parts.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            jobs.push_back(layoutJob(
                [part = parts.at(i), &input, width] {
                    auto document = makeFlowDocument(width, input.images);
                    document->setContentMarkdown(part, input.linkedNumbers);
                    return document;
                },
                section.flows[i], times, jobs.size()));
        }
    }
    const QHash<QString, QImage> none;
    single(sections[kCover], [&input](FlowDocument &document) { buildCover(document, input); }, none);
    single(sections[kHistory], [&input](FlowDocument &document) { buildHistory(document, input); }, none);
    single(sections[kReleaseOrder], [&input](FlowDocument &document) { buildReleaseOrder(document, input); }, input.images);
    if (annex)
        single(sections.back(), [&input](FlowDocument &document) { buildAnnex(document, input); }, none);

    // The contents, with provisional numbers of the same width, count their pages; then with
    // the real numbers until the numbering is stable (their number of pages does not depend on
    // the numbers, but check).
    const QString contentsTitle = (labelText(language, QStringLiteral("目录"), QStringLiteral("Contents")));
    QList<QTextBlock> rows;
    sections[kContents].flows.resize(1);
    sections[kContents].flows[0] = makeFlowDocument(width);
    finishLayout(composition, times, jobs, stats);
    const QList<ContentsEntry> entries = collectHeadings(sections, kReleaseOrder);
    QList<int> pages(entries.size(), 888);
    sections[kContents].flows[0] = contentsDocument(contentsTitle, entries, pages, width, &rows);
    composition.pageCount = paginateSections(sections, geometry);
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QList<int> assigned = headingPages(sections, entries, geometry);
        if (assigned == pages)
            break;
        pages = assigned;
        sections[kContents].flows[0] = contentsDocument(contentsTitle, entries, pages, width, &rows);
        composition.pageCount = paginateSections(sections, geometry);
    }

    // Bookmarks, and the contents' links.
    composition.outline.append({(labelText(language, QStringLiteral("封面"), QStringLiteral("Cover"))), 1, 0, geometry.body.top()});
    for (std::size_t i = 1; i < sections.size(); ++i)
        composition.outline.append(headingOutline(sections[i], geometry));
    const Section &contents = sections[kContents];
    for (int row = 0; row < rows.size(); ++row) {
        const QRectF block = contents.flows[0]->documentLayout()->blockBoundingRect(rows.at(row));
        const PagePosition at = contents.place(0, block.top(), geometry);
        const QRectF area(geometry.body.left(), at.y - pt(1), geometry.body.width(), block.height() + pt(2));
        const ContentsEntry &entry = entries.at(row);
        const PagePosition target = sections[std::size_t(entry.section)].place(entry.flow, entry.top, geometry);
        composition.links.append({at.page, area, target.page, target.y});
    }
    return composition;
}

} // namespace dc::render
