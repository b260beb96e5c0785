// The approval record and the manual's release order as printed: the audit trail's chain
// head at the release event (issue 11), so paper copies are anchors too, and the signing role
// in the 角色 Role column (issue 14 item 8). What a reader of the PDF sees (pdftotext).

#include "core/render/renderinput.h"
#include "core/services/anchors.h"
#include "core/services/exportservice.h"
#include "core/store/auditlog.h"
#include "pdftotext.h"
#include "workflowfixture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

class TestApprovalRecord : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void releaseAnchor_printedAsAtRelease();
    void approvalRecord_roleIsTheSigningRole();
    void printedChainHead_checkedAgainstTheStore();

private:
    Database &db() { return m_session.db(); }
    QString doc(const QString &stage) const { return m_docs.value(stage); }
    QString out(const QString &name) const { return m_out.filePath(name); }
    static ExportRequest uncontrolled(const QString &n, const QString &label = {}, bool manual = false)
    {
        return ExportRequest{n, label, ExportRequest::Copy::Uncontrolled, {}, manual, {}};
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
    QTemporaryDir m_out;
    QHash<QString, QString> m_docs; // "effective", "draft", "manual" → number
};

void TestApprovalRecord::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
    QVERIFY(m_out.isValid());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    dctest::FlowDriver flow(m_session.db(), m_clock, m_template);
    const QString effective = flow.newDocument(u"密码控制程序"_s);
    QVERIFY(!effective.isEmpty());
    DC_EXPECT_OK(flow.toEffective(effective));
    m_docs.insert(u"effective"_s, effective);
    const QString draft = flow.newDocument(u"信息安全事件管理程序"_s);
    QVERIFY(!draft.isEmpty());
    m_docs.insert(u"draft"_s, draft);
    NewDocument manual;
    manual.title = u"信息安全与服务管理手册"_s;
    manual.type = DocumentType::Manual;
    manual.owner = u"lisi"_s;
    manual.content = u"# 信息安全与服务管理手册\n\n## 发布令\n\n本手册自发布之日起实施。\n\n# 1 范围\n\n适用于全公司。\n"_s;
    auto created = flow.documents().create(m_template.controller(), manual);
    DC_EXPECT_OK(created);
    DC_EXPECT_OK(flow.toEffective(created->number));
    m_docs.insert(u"manual"_s, created->number);
}

// Issue 11: the approval record and the manual's release order print the chain head at the
// release event (from the trail), so a reprint later shows the same anchor; a draft has none.
void TestApprovalRecord::releaseAnchor_printedAsAtRelease()
{
    const QString n = doc(u"effective"_s);
    const QString manual = doc(u"manual"_s);
    const auto releaseEvent = [this](const QString &object) {
        auto events = AuditLog(db()).events(object);
        Event found;
        if (events) {
            for (const Event &e : events.value()) {
                if (e.object == object && e.action == u"revision.released")
                    found = e;
            }
        }
        return found;
    };
    const Event released = releaseEvent(n + u" A/0"_s);
    QVERIFY(released.seq > 0);
    const render::ReleaseAnchor anchor{released.seq, released.hash};
    const QString printed = render::chainHeadText(anchor);
    QCOMPARE(printed, u"链头 Chain head: #%1 %2…%3"_s.arg(released.seq).arg(released.hash.left(8), released.hash.right(8)));

    ExportService exports(db(), m_clock);
    const QString first = out(u"first.pdf"_s);
    DC_EXPECT_OK(exports.exportPdf(m_template.reader(), uncontrolled(n), first));
    PDFTOTEXT(text, first);
    QVERIFY2(text.contains(printed), qPrintable(text));

    // Later events move the trail's head; the reprint still shows the head at release.
    const QString second = out(u"second.pdf"_s);
    auto again = exports.exportPdf(m_template.reader(), uncontrolled(n), second);
    DC_EXPECT_OK(again);
    QVERIFY(again->identity.chainSeq > released.seq);
    PDFTOTEXT(reprint, second);
    QVERIFY2(reprint.contains(printed), qPrintable(reprint));
    auto job = exports.buildPrint(m_template.reader(), uncontrolled(n));
    DC_EXPECT_OK(job);
    QCOMPARE(job->document.releaseAnchor, anchor);

    // The manual's release order carries its own release.
    const Event manualReleased = releaseEvent(manual + u" A/0"_s);
    QVERIFY(manualReleased.seq > 0);
    const QString manualPath = out(u"manual.pdf"_s);
    DC_EXPECT_OK(exports.exportPdf(m_template.reader(), uncontrolled(manual, {}, true), manualPath));
    PDFTOTEXT(manualText, manualPath);
    const QString manualPrinted = render::chainHeadText({manualReleased.seq, manualReleased.hash});
    QVERIFY2(manualText.contains(manualPrinted), qPrintable(manualText));
    QVERIFY(manualText.indexOf(manualPrinted) > manualText.indexOf(u"发布令"_s));

    // A draft was never released: no chain head on it.
    const QString draft = out(u"draft.pdf"_s);
    DC_EXPECT_OK(exports.exportPdf(m_template.controller(), uncontrolled(doc(u"draft"_s)), draft));
    PDFTOTEXT(draftText, draft);
    QVERIFY2(!draftText.contains(u"链头"_s), qPrintable(draftText));
}

// Issue 14 item 8: the approval record's 角色 Role column names the signing role (编制, 审核,
// 批准); the signer's department has a column of its own.
void TestApprovalRecord::approvalRecord_roleIsTheSigningRole()
{
    const QString n = doc(u"effective"_s);
    ExportService exports(db(), m_clock);
    auto job = exports.buildPrint(m_template.reader(), uncontrolled(n));
    DC_EXPECT_OK(job);
    const QList<render::ApprovalLine> &lines = job->document.approvals;
    QVERIFY(lines.size() >= 3);
    QCOMPARE(lines.first().meaning, render::ApprovalMeaning::Prepared);
    QCOMPARE(lines.last().meaning, render::ApprovalMeaning::Approved);
    const QString path = out(u"record.pdf"_s);
    DC_EXPECT_OK(exports.exportPdf(m_template.reader(), uncontrolled(n), path));
    PDFTOTEXT(text, path);
    const qsizetype header = text.indexOf(u"角色 Role 姓名 Name 部门 Department"_s);
    QVERIFY2(header >= 0, qPrintable(text));
    for (const QString &role : {u"编制 Prepared"_s, u"审核 Reviewed"_s, u"批准 Approved"_s})
        QVERIFY2(text.indexOf(role, header) > header, qPrintable(role));
}

// The chain head printed on paper is an anchor verify --against can check.
void TestApprovalRecord::printedChainHead_checkedAgainstTheStore()
{
    auto job = ExportService(db(), m_clock).buildPrint(m_template.reader(), uncontrolled(doc(u"effective"_s)));
    DC_EXPECT_OK(job);
    const render::ReleaseAnchor release = job->document.releaseAnchor;
    QVERIFY(release.seq > 0);
    const QString printed = render::chainHeadText(release); // as on the page
    auto anchor = Anchors::read(printed);
    DC_EXPECT_OK(anchor);
    QCOMPARE(anchor->seq, release.seq);
    auto checked = Anchors::check(db(), {anchor.value()});
    DC_EXPECT_OK(checked);
    QVERIFY2(checked->isEmpty(), qPrintable(checked->isEmpty() ? QString() : checked->first().message));
    // Typed by hand as "#SEQ first…last" too, "..." for the ellipsis.
    auto typed = Anchors::read(u"#%1 %2...%3"_s.arg(release.seq).arg(release.head.left(8), release.head.right(8)));
    DC_EXPECT_OK(typed);
    QVERIFY(Anchors::check(db(), {typed.value()})->isEmpty());

    // Another event at that number (a rewritten trail), or a trail that ends before it.
    const QString other = u"#%1 %2…%3"_s.arg(release.seq).arg(u"00000000"_s, release.head.right(8));
    auto rewritten = Anchors::check(db(), {Anchors::read(other).value()});
    DC_EXPECT_OK(rewritten);
    QCOMPARE(rewritten->size(), 1);
    QVERIFY2(rewritten->first().message.contains(u"rewritten"_s), qPrintable(rewritten->first().message));
    auto truncated = Anchors::check(db(), {Anchors::read(u"#999999 %1…%2"_s.arg(release.head.left(8), release.head.right(8))).value()});
    DC_EXPECT_OK(truncated);
    QCOMPARE(truncated->size(), 1);
    QVERIFY2(truncated->first().message.contains(u"truncated"_s), qPrintable(truncated->first().message));
}

QTEST_MAIN(TestApprovalRecord)
#include "tst_approvalrecord.moc"
