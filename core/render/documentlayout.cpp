#include "core/render/documentlayout.h"

#include "core/render/renderlog.h"
#include "core/render/stopwatch.h"

namespace dc::render {

void appendApprovalTable(QTextCursor &cursor, const QList<ApprovalLine> &approvals, bool withFingerprint, LabelLanguage language)
{
    // The role is the signing role (编制/审核/批准), never the signer's department.
    QStringList headers{labelText(language, QStringLiteral("角色"), QStringLiteral("Role")), labelText(language, QStringLiteral("姓名"), QStringLiteral("Name")),
                        labelText(language, QStringLiteral("部门"), QStringLiteral("Department")), labelText(language, QStringLiteral("日期"), QStringLiteral("Date"))};
    QList<int> widths{18, 24, 30, 28};
    if (withFingerprint) {
        headers.append(labelText(language, QStringLiteral("签名指纹"), QStringLiteral("Signature")));
        widths = {15, 18, 22, 17, 28};
    }
    QList<QStringList> rows;
    for (const ApprovalLine &line : approvals) {
        QStringList row{flow::meaningLabel(line.meaning, language), line.name, line.department.isEmpty() ? QStringLiteral("—") : line.department,
                        flow::dateText(line.date)};
        if (withFingerprint)
            row.append(line.fingerprint.isEmpty() ? QStringLiteral("—") : line.fingerprint);
        rows.append(row);
    }
    if (rows.isEmpty())
        rows.append(QStringList(headers.size(), QStringLiteral("—")));
    flow::appendTable(cursor, headers, rows, widths);
}

void appendHistoryTable(QTextCursor &cursor, const QList<HistoryRow> &history, LabelLanguage language)
{
    QList<QStringList> rows;
    for (const HistoryRow &row : history)
        rows.append({row.label, flow::dateText(row.date), row.summary, row.approver});
    if (rows.isEmpty())
        rows.append(QStringList(4, QStringLiteral("—")));
    flow::appendTable(cursor,
                      {labelText(language, QStringLiteral("版本"), QStringLiteral("Revision")), labelText(language, QStringLiteral("日期"), QStringLiteral("Date")),
                       labelText(language, QStringLiteral("修订说明"), QStringLiteral("Change summary")),
                       labelText(language, QStringLiteral("批准"), QStringLiteral("Approver"))},
                      rows, {14, 16, 50, 20});
}

qsizetype chunkChars()
{
    // About ten pages. Fixed, not derived from the number of threads: the page breaks (and
    // so the page numbers) must not depend on the machine.
    return 24000;
}

void finishLayout(Composition &composition, LayoutTimes &times, const std::vector<std::function<void()>> &jobs, RenderStats *stats)
{
    Stopwatch timer;
    composition.pool->run(jobs);
    const double buildMs = timer.lap();
    composition.pageCount = paginateSections(composition.sections, composition.geometry);
    qCDebug(lcRender) << "laid out" << composition.pageCount << "pages in" << qRound(buildMs + timer.ms()) << "ms on" << LayoutPool::defaultThreads() << "threads";
    if (stats) {
        stats->threads = LayoutPool::defaultThreads();
        stats->buildMs += buildMs;
        for (double ms : times.importMs)
            stats->parseMs += ms;
        for (double ms : times.layoutMs)
            stats->layoutMs += ms;
        stats->paginateMs += timer.ms();
    }
}

Composition composeDocument(const DocumentRender &input, const QSizeF &pagePoints, RenderStats *stats)
{
    Composition composition;
    composition.pool = std::make_unique<LayoutPool>(LayoutPool::defaultThreads());
    composition.geometry = PageGeometry::forPage(pagePoints);
    composition.header = input.header;
    composition.footer = input.footer;
    composition.stamp = input.stamp;
    const qreal width = composition.geometry.body.width();

    // The title block (title, number, revision, approval record, revision history) on its own
    // page(s), then the content, laid out in parts in parallel.
    const QStringList parts = flow::splitMarkdown(input.markdown, chunkChars());
    composition.sections.resize(2);
    Section &front = composition.sections[0];
    Section &content = composition.sections[1];
    front.flows.resize(1);
    content.flows.resize(parts.size());
    LayoutTimes times;
    std::vector<std::function<void()>> jobs;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        jobs.push_back(layoutJob(
            [&, i] {
                auto document = makeFlowDocument(width, input.images);
                document->setContentMarkdown(parts.at(i), input.linkedNumbers, input.tableWidths);
                return document;
            },
            content.flows[i], times, jobs.size()));
    }
    jobs.push_back(layoutJob(
        [&] {
            auto document = makeFlowDocument(width);
            document->append([&](QTextCursor &cursor) {
                flow::appendText(cursor, input.header.title, 18, true, Qt::AlignHCenter, 4, 3);
                const LabelLanguage language = input.header.language;
                flow::appendText(cursor,
                                 QStringLiteral("%1 %2    %3 %4    %5 %6")
                                     .arg(labelText(language, QStringLiteral("文件编号"), QStringLiteral("No.")), input.header.number,
                                          labelText(language, QStringLiteral("版本"), QStringLiteral("Revision")), input.header.revisionLabel,
                                          labelText(language, QStringLiteral("生效日期"), QStringLiteral("Effective")),
                                          flow::dateText(input.footer.effectiveDate)),
                                 10, false, Qt::AlignHCenter, 0, 8);
                flow::appendHeading(cursor, labelText(language, QStringLiteral("审批记录"), QStringLiteral("Approval record")), 2);
                appendApprovalTable(cursor, input.approvals, true, language);
                if (input.releaseAnchor.seq > 0)
                    flow::appendText(cursor, chainHeadText(input.releaseAnchor), 9, false, Qt::AlignLeft, 2, 0);
                flow::appendHeading(cursor, labelText(language, QStringLiteral("修订记录"), QStringLiteral("Revision history")), 2);
                appendHistoryTable(cursor, input.history, language);
            });
            return document;
        },
        front.flows[0], times, jobs.size()));
    finishLayout(composition, times, jobs, stats);

    const PageGeometry &geometry = composition.geometry;
    composition.outline.append({QStringLiteral("审批与修订记录 Approval and history"), 1, 0, geometry.body.top()});
    composition.outline.append(headingOutline(content, geometry));
    return composition;
}

Composition composeTable(const TableRender &input, const QSizeF &pagePoints, RenderStats *stats)
{
    Composition composition;
    composition.pool = std::make_unique<LayoutPool>(1);
    composition.geometry = PageGeometry::forPage(pagePoints);
    composition.header = input.header;
    composition.footer = input.footer;
    composition.stamp = input.stamp;
    const qreal width = composition.geometry.body.width();
    composition.sections.resize(1);
    Section &section = composition.sections[0];
    section.flows.resize(1);
    LayoutTimes times;
    std::vector<std::function<void()>> jobs;
    jobs.push_back(layoutJob(
        [&] {
            auto document = makeFlowDocument(width);
            document->append([&](QTextCursor &cursor) {
                flow::appendText(cursor, input.title, 16, true, Qt::AlignHCenter, 0, 2);
                if (!input.subtitle.isEmpty())
                    flow::appendText(cursor, input.subtitle, 9, false, Qt::AlignHCenter, 0, 4);
                QList<QStringList> rows = input.rows;
                if (rows.isEmpty())
                    rows.append(QStringList(input.headers.size(), QStringLiteral("—")));
                flow::appendTable(cursor, input.headers, rows, input.percentWidths);
            });
            return document;
        },
        section.flows[0], times, jobs.size()));
    finishLayout(composition, times, jobs, stats);
    composition.outline.append({input.title, 1, 0, composition.geometry.body.top()});
    return composition;
}

} // namespace dc::render
