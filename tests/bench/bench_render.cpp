// Renderer benchmark: exports a ~200-page and a ~20-page mixed Chinese/English document and a
// compiled manual of 11 chapters as stamped PDFs, and prints the time (with where it went:
// Markdown import, layout, painting the text, header/footer/stamp, page output, finishing) and
// the peak memory after each. Prints figures; checks only that the exports are right.
//
//   bench_render [repeats]      default 3; the best run is reported
//   DOCCONTROL_BENCH_OUTPUT=DIR keeps the PDFs in DIR
//   DOCCONTROL_BENCH_ONLY=TEXT runs only the exports whose name contains TEXT
#include "core/render/pageframe.h"
#include "core/render/pdfexport.h"
#include "core/render/stampart.h"
#include "core/security/contenthash.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <functional>

using namespace dc;
using namespace dc::render;

namespace {

const QStringList kTopics{QStringLiteral("信息安全风险评估"), QStringLiteral("变更管理"), QStringLiteral("事件管理"),
                          QStringLiteral("内部审核"), QStringLiteral("供应商管理"), QStringLiteral("业务连续性"),
                          QStringLiteral("访问控制"), QStringLiteral("数据备份与恢复"), QStringLiteral("容量管理"),
                          QStringLiteral("服务级别管理"), QStringLiteral("配置管理")};
const QStringList kRoles{QStringLiteral("信息安全部 Information Security"), QStringLiteral("质量管理部 Quality"),
                         QStringLiteral("运维中心 Operations"), QStringLiteral("总经理 General Manager"), QStringLiteral("IT 部 IT")};

// One section (## heading) of realistic procedure text: paragraphs, a list, a table.
QString section(int chapter, int number, int tableRows)
{
    const QString topic = kTopics[(chapter + number) % kTopics.size()];
    QString md;
    md += QStringLiteral("## %1.%2 %3要求 Requirements for %3\n\n").arg(chapter).arg(number).arg(topic);
    md += QStringLiteral("为规范%1活动，明确各部门职责，确保符合 ISO/IEC 27001:2013 附录 A 与 ISO/IEC 20000-1:2018 第 8 章的要求，"
                         "特制定本条款。The organisation shall plan, implement and control the processes needed to meet "
                         "the requirements for %1, and retain **documented information** to the extent necessary to have "
                         "confidence that the processes have been carried out as planned.\n\n")
              .arg(topic);
    md += QStringLiteral("本条款适用于公司所有信息系统、云平台与服务，包括 *生产环境*、测试环境和办公网络。各部门应在每年第一季度"
                         "完成评审，评审结果记录于 [记录清单](https://example.com/records) 中，并在管理评审会议上报告。"
                         "Nonconformities are recorded, their causes analysed and corrective actions tracked to closure "
                         "within 30 days.\n\n");
    md += QStringLiteral("- **策划 Plan**：确定%1的目标、范围与资源；\n"
                         "- **实施 Do**：按照批准的计划执行，保留实施记录；\n"
                         "- **检查 Check**：由质量管理部每季度检查执行情况 (quarterly review)；\n"
                         "- **改进 Act**：针对发现的问题采取纠正措施。\n\n")
              .arg(topic);
    md += QStringLiteral("### 职责分工 Responsibilities\n\n");
    md += QStringLiteral("| 编号 No. | 活动 Activity | 负责部门 Owner | 记录 Record | 保存期限 Retention |\n|---|---|---|---|---|\n");
    for (int row = 1; row <= tableRows; ++row) {
        md += QStringLiteral("| %1.%2.%3 | %4 第 %3 项 | %5 | ISMS-F-%6 | %7 年 |\n")
                  .arg(chapter)
                  .arg(number)
                  .arg(row)
                  .arg(topic, kRoles[row % kRoles.size()])
                  .arg(100 + row)
                  .arg(1 + row % 5);
    }
    md += QStringLiteral("\n各部门负责人应确保本部门人员理解并遵守上述要求；违反要求的，按《信息安全奖惩管理办法》处理。\n\n");
    return md;
}

QString chapter(int number, int sections, int tableRows)
{
    QString md = QStringLiteral("# %1 %2\n\n").arg(number).arg(kTopics[number % kTopics.size()] + QStringLiteral("程序 Procedure"));
    for (int i = 1; i <= sections; ++i)
        md += section(number, i, i % 4 == 0 ? tableRows * 4 : tableRows);
    return md;
}

DocumentRender document(int chapters, int sectionsPerChapter)
{
    DocumentRender input;
    input.header = {QStringLiteral("星河云数据科技有限公司"), QStringLiteral("ISMS-P-012"), QStringLiteral("信息安全风险评估程序"),
                    QStringLiteral("A/1")};
    input.footer = {QStringLiteral("内部 Internal"), QDate(2026, 11, 1)};
    input.stamp = {StampKind::Controlled, 7, QStringLiteral("IT 部"), {}, {}};
    input.approvals = {{ApprovalMeaning::Prepared, QStringLiteral("张伟"), QStringLiteral("信息安全经理"), QDate(2026, 10, 20), QStringLiteral("3f9a 27c1")},
                       {ApprovalMeaning::Reviewed, QStringLiteral("李娜"), QStringLiteral("质量经理"), QDate(2026, 10, 25), QStringLiteral("88d0 1e4b")},
                       {ApprovalMeaning::Approved, QStringLiteral("王强"), QStringLiteral("总经理"), QDate(2026, 10, 28), QStringLiteral("c7e2 905f")}};
    for (int i = 0; i < 6; ++i)
        input.history.append({QStringLiteral("A/%1").arg(i), QDate(2021 + i, 3, 1), QStringLiteral("年度评审修订 Annual review"), QStringLiteral("王强"), {}, {}});
    for (int c = 1; c <= chapters; ++c)
        input.markdown += chapter(c, sectionsPerChapter, 8);
    input.contentSha256 = contentHash(input.markdown);
    input.author = QStringLiteral("张伟");
    return input;
}

ManualRender manual(int chapters, int sectionsPerChapter)
{
    ManualRender input;
    input.header = {QStringLiteral("星河云数据科技有限公司"), QStringLiteral("ISMS-0001-2022"), QStringLiteral("信息安全与服务管理手册"),
                    QStringLiteral("A/1")};
    input.footer = {QStringLiteral("内部 Internal"), QDate(2026, 11, 1)};
    input.stamp = {StampKind::Uncontrolled, 0, {}, QDate(2026, 11, 21), {}};
    input.controlledStatus = QStringLiteral("受控 Controlled");
    input.standards = {QStringLiteral("ISO/IEC 27001:2013"), QStringLiteral("ISO/IEC 20000-1:2018")};
    input.releaseOrderMarkdown = QStringLiteral("本手册依据 ISO/IEC 27001:2013 与 ISO/IEC 20000-1:2018 编制，经批准自发布之日起实施。"
                                                "全体员工必须遵照执行。\n\n总经理：王强\n");
    input.releaseApprovals = {{ApprovalMeaning::Prepared, QStringLiteral("张伟"), QStringLiteral("管理者代表"), QDate(2026, 10, 20), {}},
                              {ApprovalMeaning::Reviewed, QStringLiteral("李娜"), QStringLiteral("质量经理"), QDate(2026, 10, 25), {}},
                              {ApprovalMeaning::Approved, QStringLiteral("王强"), QStringLiteral("总经理"), QDate(2026, 10, 28), {}}};
    for (int c = 1; c <= chapters; ++c) {
        QString body = chapter(c, sectionsPerChapter, 6);
        body.remove(0, body.indexOf(u'\n') + 1);  // the chapter title comes from the chapter
        input.chapters.append({QStringLiteral("%1 %2").arg(c).arg(kTopics[c % kTopics.size()]), body});
    }
    input.history = {{QStringLiteral("A/0"), QDate(2022, 3, 1), QStringLiteral("首次发布 First issue"), QStringLiteral("王强"), QStringLiteral("张伟"), QStringLiteral("李娜")},
                     {QStringLiteral("A/1"), QDate(2026, 11, 1), QStringLiteral("换版 ISO/IEC 27001:2022"), QStringLiteral("王强"), QStringLiteral("张伟"), QStringLiteral("李娜")}};
    input.contentSha256 = contentHash(input.releaseOrderMarkdown);
    input.author = QStringLiteral("张伟");
    return input;
}

double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "bench_render: %s\n", qPrintable(why));
    std::exit(1);
}

void report(const char *name, const QString &path, int repeats, const std::function<Status(RenderStats *)> &run)
{
    const QString only = qEnvironmentVariable("DOCCONTROL_BENCH_ONLY");
    if (!only.isEmpty() && !QString::fromUtf8(name).contains(only))
        return;
    RenderStats best;
    double bestMs = 1e100;
    double bestCpuMs = 0;
    for (int i = 0; i < repeats; ++i) {
        RenderStats stats;
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        if (const Status status = run(&stats); !status)
            die(status.message());
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (ms < bestMs) {
            bestMs = ms;
            bestCpuMs = cpuMs() - cpuStart;
            best = stats;
        }
    }
    const auto identity = readPdfIdentity(path);
    if (!identity)
        die(identity.message());
    std::printf("%-22s %4d pages %7.1f ms (CPU %6.1f ms) | layout %5.0f ms wall on %d threads (import %.0f + layout %.0f summed), "
                "paginate %.0f | paint: text %.0f, header/footer/stamp %.0f, page output %.0f, finish %.0f | %5.0f KB, peak RSS %ld MB\n",
                name, best.pages, bestMs, bestCpuMs, best.buildMs, best.threads, best.parseMs, best.layoutMs, best.paginateMs, best.bodyMs,
                best.frameMs, best.flushMs, best.finishMs, double(QFileInfo(path).size()) / 1024, peakRssKb() / 1024);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int repeats = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    QTemporaryDir temporary;
    const QString output = qEnvironmentVariable("DOCCONTROL_BENCH_OUTPUT");
    const QDir dir(output.isEmpty() ? temporary.path() : output);
    const PdfOptions options;

    const DocumentRender small = document(5, 4);
    const QString smallPath = dir.filePath(QStringLiteral("small.pdf"));
    report("document ~20 pages", smallPath, repeats, [&](RenderStats *stats) { return writeDocumentPdf(small, options, smallPath, stats); });

    const ManualRender book = manual(11, 5);
    const QString manualPath = dir.filePath(QStringLiteral("manual.pdf"));
    report("manual 11 chapters", manualPath, repeats, [&](RenderStats *stats) { return writeManualPdf(book, options, manualPath, stats); });

    const DocumentRender large = document(48, 5);
    const QString largePath = dir.filePath(QStringLiteral("large.pdf"));
    report("document ~200 pages", largePath, repeats, [&](RenderStats *stats) { return writeDocumentPdf(large, options, largePath, stats); });

    // The same document under each stamp, and as PDF/A.
    const QList<std::pair<const char *, Stamp>> stamps{{"  stamp uncontrolled", {StampKind::Uncontrolled, 0, {}, QDate(2026, 11, 21), {}}},
                                                       {"  stamp draft", {StampKind::Draft, 0, {}, {}, {}}},
                                                       {"  stamp obsolete", {StampKind::Obsolete, 0, {}, {}, {}}}};
    for (const auto &[name, stamp] : stamps) {
        DocumentRender stamped = large;
        stamped.stamp = stamp;
        report(name, largePath, repeats, [&](RenderStats *stats) { return writeDocumentPdf(stamped, options, largePath, stats); });
    }
    PdfOptions archival;
    archival.pdfA = true;
    report("  PDF/A-1b", largePath, repeats, [&](RenderStats *stats) { return writeDocumentPdf(large, archival, largePath, stats); });

    // What reusing the stamp outline saves: building it once per page instead of once per export.
    const PageGeometry geometry = PageGeometry::forPage(QSizeF(595, 842));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 200; ++i)
        const StampArt art(large.stamp, geometry, QTransform::fromScale(12.5, 12.5));
    std::printf("building the stamp outline 200 times (once per page): %.1f ms; once per export: %.2f ms\n",
                double(timer.nsecsElapsed()) / 1e6, double(timer.nsecsElapsed()) / 1e6 / 200);
    return 0;
}
