#pragma once

// Shared by the renderer tests: sample inputs, and poppler's command-line tools (pdftotext,
// pdfinfo) run as a reader would.

#include "core/render/renderinput.h"
#include "core/security/contenthash.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

namespace rendertest {

using namespace dc::render;

// A poppler tool's standard output; the test is skipped when the tool is not installed.
#define RENDERTEST_TOOL(result, program, arguments)                                                                     \
    QString result;                                                                                                     \
    do {                                                                                                                \
        if (QStandardPaths::findExecutable(QStringLiteral(program)).isEmpty())                                          \
            QSKIP(program " (poppler-utils) is not installed; it checks what a reader of the PDF sees.");               \
        QProcess process;                                                                                               \
        process.start(QStringLiteral(program), arguments);                                                              \
        QVERIFY2(process.waitForFinished(60000), program " did not finish");                                            \
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,                               \
                 qPrintable(QStringLiteral(program " failed: ") + QString::fromUtf8(process.readAllStandardError())));  \
        result = QString::fromUtf8(process.readAllStandardOutput());                                                    \
    } while (false)

// Runs of white space as one space: pdftotext's spacing is not what is being tested.
inline QString simplified(const QString &text)
{
    return text.simplified();
}

// The value of `key` in pdfinfo's output ("Title:           …").
inline QString infoValue(const QString &pdfinfo, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^") + QRegularExpression::escape(key) + QStringLiteral(":\\s*(.*)$"),
                                  QRegularExpression::MultilineOption);
    return line.match(pdfinfo).captured(1).trimmed();
}

inline QString sampleMarkdown(int sections = 6, int tableRows = 6)
{
    QString md;
    md += QStringLiteral("# 1 目的 Purpose\n\n为规范信息安全风险评估活动，确保符合 ISO/IEC 27001:2013 与 ISO/IEC 20000-1:2018 的要求，特制定本程序。\n\n");
    for (int s = 1; s <= sections; ++s) {
        md += QStringLiteral("## %1 风险评估步骤 Step %1\n\n").arg(s);
        md += QStringLiteral("信息安全部负责组织风险评估，质量管理部负责审核与记录保存。The risk owner accepts the residual risk "
                             "and the **treatment plan** is reviewed *every year*. 参见 [记录清单](https://example.com/r)。\n\n");
        md += QStringLiteral("- 识别资产 identify assets\n- 评估威胁 assess threats\n- 选择控制措施 select controls\n\n");
        md += QStringLiteral("| 步骤 Step | 负责人 Owner | 记录 Record |\n|---|---|---|\n");
        for (int r = 1; r <= tableRows; ++r)
            md += QStringLiteral("| 第 %1.%2 步 | 部门经理 | ISMS-F-%1%2 |\n").arg(s).arg(r);
        md += QStringLiteral("\n");
    }
    return md;
}

inline DocumentRender sampleDocument(StampKind kind = StampKind::Controlled)
{
    DocumentRender input;
    input.header = {QStringLiteral("星河云数据科技有限公司"), QStringLiteral("ISMS-P-012"), QStringLiteral("信息安全风险评估程序"),
                    QStringLiteral("B/2")};
    input.footer = {QStringLiteral("内部 Internal"), QDate(2026, 11, 1)};
    input.stamp.kind = kind;
    if (kind == StampKind::Controlled) {
        input.stamp.copyNumber = 7;
        input.stamp.holder = QStringLiteral("IT 部");
    }
    input.stamp.printDate = QDate(2026, 11, 21);
    input.approvals = {{ApprovalMeaning::Prepared, QStringLiteral("张伟"), QStringLiteral("信息安全经理"), QDate(2026, 10, 20), QStringLiteral("3f9a27c1")},
                       {ApprovalMeaning::Reviewed, QStringLiteral("李娜"), QStringLiteral("质量经理"), QDate(2026, 10, 25), QStringLiteral("88d01e4b")},
                       {ApprovalMeaning::Approved, QStringLiteral("王强"), QStringLiteral("总经理"), QDate(2026, 10, 28), QStringLiteral("c7e2905f")}};
    input.history = {{QStringLiteral("B/1"), QDate(2025, 3, 1), QStringLiteral("年度评审 Annual review"), QStringLiteral("王强"), {}, {}},
                     {QStringLiteral("B/2"), QDate(2026, 11, 1), QStringLiteral("增加供应商要求 Supplier clauses"), QStringLiteral("王强"), {}, {}}};
    input.markdown = sampleMarkdown();
    input.contentSha256 = dc::contentHash(input.markdown);
    input.author = QStringLiteral("张伟");
    return input;
}

// A chapter's body with headings down to the fourth level: "C.1", "C.1.1", "C.1.1.1", "C.2" …
inline QString manualChapterMarkdown(int chapter, int sections)
{
    QString md;
    for (int s = 1; s <= sections; ++s) {
        md += QStringLiteral("## %1.%2 小节 Section %1.%2\n\n").arg(chapter).arg(s);
        md += QStringLiteral("信息安全部负责组织风险评估，质量管理部负责审核与记录保存。The risk owner accepts the residual risk "
                             "and the **treatment plan** is reviewed *every year*.\n\n");
        if (s == 1) {
            md += QStringLiteral("### %1.1.1 条款 Clause %1.1.1\n\n按《文件和记录控制程序》（ISMS-P-001）执行。\n\n").arg(chapter);
            md += QStringLiteral("#### %1.1.1.1 细则 Detail %1.1.1.1\n\n- 识别资产 identify assets\n- 评估威胁 assess threats\n\n").arg(chapter);
        }
        md += QStringLiteral("| 步骤 Step | 负责人 Owner | 记录 Record |\n|---|---|---|\n");
        for (int r = 1; r <= 5; ++r)
            md += QStringLiteral("| 第 %1.%2 步 | 部门经理 | ISMS-F-%1%2 |\n").arg(s).arg(r);
        md += QStringLiteral("\n");
    }
    return md;
}

inline ManualRender sampleManual(int chapters = 5)
{
    ManualRender input;
    input.header = {QStringLiteral("星河云数据科技有限公司"), QStringLiteral("ISMS-0001-2022"), QStringLiteral("信息安全与服务管理手册"),
                    QStringLiteral("A/1")};
    input.footer = {QStringLiteral("内部 Internal"), QDate(2026, 11, 1)};
    input.stamp = {StampKind::Uncontrolled, 0, {}, QDate(2026, 11, 21), {}};
    input.controlledStatus = QStringLiteral("受控 Controlled");
    input.standards = {QStringLiteral("ISO/IEC 27001:2013"), QStringLiteral("ISO/IEC 20000-1:2018")};
    input.releaseOrderTitle = QStringLiteral("0.1 发布令");
    input.releaseOrderMarkdown = QStringLiteral("本手册经批准，自发布之日起实施，全体员工必须遵照执行。\n");
    input.approvedOn = QDate(2026, 10, 28);
    input.releasedOn = QDate(2026, 10, 30);
    input.releaseApprovals = {{ApprovalMeaning::Prepared, QStringLiteral("张伟"), QStringLiteral("管理者代表"), QDate(2026, 10, 20), {}},
                              {ApprovalMeaning::Reviewed, QStringLiteral("李娜"), QStringLiteral("质量经理"), QDate(2026, 10, 25), {}},
                              {ApprovalMeaning::Approved, QStringLiteral("王强"), QStringLiteral("总经理"), QDate(2026, 10, 28), {}}};
    const QStringList titles{QStringLiteral("范围 Scope"), QStringLiteral("引用标准 *ISO/IEC 27001:2013* & [20000-1]"), QStringLiteral("术语和定义 Terms"),
                             QStringLiteral("组织环境 Context"), QStringLiteral("领导力 Leadership"), QStringLiteral("策划 Planning"),
                             QStringLiteral("支持 Support"), QStringLiteral("运行 Operation"), QStringLiteral("绩效评价 Evaluation"),
                             QStringLiteral("改进 Improvement"), QStringLiteral("附录 Annex")};
    for (int c = 0; c < chapters; ++c) {
        // Chapters of different lengths, so they start on different pages.
        input.chapters.append({QStringLiteral("%1 %2").arg(c + 1).arg(titles.value(c % titles.size())), manualChapterMarkdown(c + 1, 1 + c % 4)});
    }
    input.chapters.prepend({QStringLiteral("0.2 任命书"), QStringLiteral("任命陈静同志为管理者代表。\n")});
    input.references = {{QStringLiteral("ISMS-P-001"), QStringLiteral("文件和记录控制程序"), QStringLiteral("B/0"), QDate(2026, 1, 5), QStringLiteral("1.1.1, 2.1.1")},
                         {QStringLiteral("ISMS-P-007"), QStringLiteral("业务连续性管理程序"), {}, {}, QStringLiteral("8.7.2")}};
    input.history = {{QStringLiteral("A/0"), QDate(2022, 3, 1), QStringLiteral("首次发布 First issue"), QStringLiteral("王强"), QStringLiteral("张伟"), QStringLiteral("李娜")},
                     {QStringLiteral("A/1"), QDate(2026, 11, 1), QStringLiteral("换版 Edition 2"), QStringLiteral("王强"), QStringLiteral("张伟"), QStringLiteral("李娜、陈静")}};
    input.contentSha256 = dc::contentHash(input.releaseOrderMarkdown);
    input.author = QStringLiteral("张伟");
    return input;
}

} // namespace rendertest
