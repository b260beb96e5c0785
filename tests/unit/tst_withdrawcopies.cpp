// Withdrawing a document is signed (meaning withdrawn, with the password, controllers and
// administrators only) and lists the controlled copies to recall; verify checks the signature
// and names a tampered one; the copies to recall after a release or a withdrawal, recalled in
// one step; the obsolete stamp carries the withdrawal date.

#include "core/render/renderinput.h"
#include "core/services/exportinput.h"
#include "core/services/exportservice.h"
#include "core/services/verifier.h"
#include "workflowfixture.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;
using dctest::kPassword;
using dctest::names;
using dctest::rawSql;
using dctest::stateOf;
using dctest::StoreState;
using S = RevisionStatus;

class TestWithdrawCopies : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void withdraw_refusedWithoutPassword();
    void withdraw_signedAndVerified();
    void withdraw_byAdministrator();
    void withdraw_tampered_data();
    void withdraw_tampered();
    void toRecall_afterRelease();
    void recallAll_oneStep();
    void obsoleteStamp_carriesDate();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    WorkflowService &wf() { return flow().workflow(); }
    ExportService exports() { return ExportService(db(), m_clock); }
    QString effectiveDocument(const QString &title)
    {
        const QString n = flow().newDocument(title, u"lisi"_s, 12);
        if (const Status s = flow().toEffective(n); !s)
            qWarning("%s", qPrintable(s.message()));
        return n;
    }
    // Issues a controlled copy of the effective revision to `holder` (an export, as the app does).
    bool issue(const QString &n, const QString &holder)
    {
        ExportRequest request{n, {}, ExportRequest::Copy::Controlled, holder, false, {}};
        auto done = exports().exportPdf(m_template.controller(), request, m_files.filePath(n + holder + u".pdf"_s));
        if (!done)
            qWarning("%s", qPrintable(done.message()));
        return done.ok();
    }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
    QTemporaryDir m_files;
};

void TestWithdrawCopies::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestWithdrawCopies::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestWithdrawCopies::cleanup()
{
    m_session.close();
}

// A wrong password, a missing one, or a user who is no controller: refused, store unchanged.
void TestWithdrawCopies::withdraw_refusedWithoutPassword()
{
    const QString n = effectiveDocument(u"供应商管理程序"_s);
    QVERIFY(issue(n, u"IT 部"_s));
    const StoreState before = stateOf(db());
    for (const QString &password : {u"not-the-password"_s, QString()}) {
        for (const User *who : std::initializer_list<const User *>{&m_template.controller(), &m_template.admin()}) {
            auto refused = wf().withdraw(*who, password, n, u"不再需要"_s);
            DC_EXPECT_ERROR(refused, ErrorCode::AuthenticationFailed);
            QVERIFY2(names(refused.message(), {who->name}), qPrintable(refused.message()));
        }
    }
    for (const User *who : std::initializer_list<const User *>{&m_template.reader(), &m_template.author(), &m_template.reviewer(), &m_template.approver}) {
        auto refused = wf().withdraw(*who, kPassword, n, u"不再需要"_s);
        DC_EXPECT_ERROR(refused, ErrorCode::PermissionDenied);
        QVERIFY2(names(refused.message(), {who->name, n}), qPrintable(refused.message()));
    }
    DC_EXPECT_ERROR(wf().withdraw(m_template.controller(), kPassword, n, u"  "_s), ErrorCode::InvalidInput);
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(flow().status(n, u"A/0"_s), S::Effective);
}

void TestWithdrawCopies::withdraw_signedAndVerified()
{
    const QString n = effectiveDocument(u"变更管理程序"_s);
    QVERIFY(issue(n, u"IT 部"_s));
    QVERIFY(issue(n, u"运维部"_s));
    // A draft of the next revision is in progress: withdrawn too, but the signature covers the effective one.
    DC_EXPECT_OK(flow().documents().editDraft(m_template.author(), n, u"# 变更管理程序\n\n新版草稿\n"_s, u"修订"_s));
    auto withdrawn = wf().withdraw(m_template.controller(), kPassword, n, u"并入 ITSM 手册"_s);
    DC_EXPECT_OK(withdrawn);
    QCOMPARE(withdrawn->document.currentStatus, S::Obsolete);
    QCOMPARE(withdrawn->signature.meaning, SignatureMeaning::Withdrawn);
    QCOMPARE(withdrawn->signature.revisionLabel, u"A/0"_s);
    QCOMPARE(withdrawn->signature.signer, m_template.controller().name);
    QCOMPARE(withdrawn->signature.comment, u"并入 ITSM 手册"_s);
    QCOMPARE(withdrawn->signature.contentHash,
             dctest::scalar(db(), u"SELECT content_hash FROM revisions r JOIN documents d ON d.id = r.document_id WHERE d.number = ? AND r.label = 'A/0'"_s, {n}).toString());
    QCOMPARE(withdrawn->toRecall.size(), 2);
    QCOMPARE(withdrawn->toRecall.at(0).holder, u"IT 部"_s);
    QCOMPARE(withdrawn->toRecall.at(1).holder, u"运维部"_s);
    QCOMPARE(flow().status(n, u"A/0"_s), S::Obsolete);
    QCOMPARE(flow().status(n, u"A/1"_s), S::Obsolete);
    QCOMPARE(displayName(SignatureMeaning::Withdrawn), u"Withdrawn"_s);
    QVERIFY(signatureMeaningFromKey(u"withdrawn"_s) == SignatureMeaning::Withdrawn);

    auto history = wf().history(m_template.controller(), n);
    DC_EXPECT_OK(history);
    QCOMPARE(history->signatures.constLast().meaning, SignatureMeaning::Withdrawn);
    QCOMPARE(history->events.constLast().action, u"document.withdrawn"_s);
    QCOMPARE(history->events.constLast().details.value(u"signature_id").toInteger(), withdrawn->signature.id);

    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
    // The copies to recall now include both (their revision is obsolete).
    auto toRecall = exports().toRecall(m_template.controller(), n);
    DC_EXPECT_OK(toRecall);
    QCOMPARE(toRecall->size(), 2);
}

// An administrator counts as a controller, and signs with the password like one.
void TestWithdrawCopies::withdraw_byAdministrator()
{
    const QString n = effectiveDocument(u"容量管理程序"_s);
    auto withdrawn = wf().withdraw(m_template.admin(), kPassword, n, u"业务调整"_s);
    DC_EXPECT_OK(withdrawn);
    QCOMPARE(withdrawn->signature.signer, m_template.admin().name);
    QVERIFY(withdrawn->toRecall.isEmpty());
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
}

void TestWithdrawCopies::withdraw_tampered_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<QStringList>("named");
    QTest::newRow("signature bytes changed") << u"bytes"_s << QStringList{u"withdrawn"_s, u"does not verify"_s};
    QTest::newRow("signature deleted") << u"gone"_s << QStringList{u"missing from the store"_s};
    QTest::newRow("withdrawn revision made effective again") << u"revived"_s << QStringList{u"{n} A/0"_s};
    QTest::newRow("a withdrawal signature added without a withdrawal") << u"forged"_s << QStringList{u"withdrawn"_s};
}

void TestWithdrawCopies::withdraw_tampered()
{
    QFETCH(QString, attack);
    QFETCH(QStringList, named);
    if (db().isPostgres())
        QSKIP("the attacks drop SQLite triggers; tst_tamper covers the store's own defences");
    const QString n = effectiveDocument(u"配置管理程序"_s);
    DC_EXPECT_OK(wf().withdraw(m_template.controller(), kPassword, n, u"并入变更管理"_s));
    named.replaceInStrings(u"{n}"_s, n);
    (void)rawSql(db(), u"DROP TRIGGER IF EXISTS signatures_no_update"_s);
    (void)rawSql(db(), u"DROP TRIGGER IF EXISTS signatures_no_delete"_s);
    (void)rawSql(db(), u"DROP TRIGGER IF EXISTS revisions_immutable"_s);
    (void)rawSql(db(), u"DROP TRIGGER IF EXISTS revisions_lifecycle"_s);
    if (attack == u"bytes") {
        QVERIFY(rawSql(db(), u"UPDATE signatures SET signature = ? WHERE meaning = 'withdrawn'"_s, {QByteArray(64, '\x01')}).ok());
    } else if (attack == u"gone") {
        QVERIFY(rawSql(db(), u"DELETE FROM signatures WHERE meaning = 'withdrawn'"_s).ok());
    } else if (attack == u"revived") {
        QVERIFY(rawSql(db(), u"UPDATE revisions SET status = 'effective' WHERE status = 'obsolete'"_s).ok());
    } else {
        // The controller's released signature relabelled as a withdrawal of the effective revision.
        QVERIFY(rawSql(db(), u"UPDATE signatures SET meaning = 'withdrawn' WHERE meaning = 'released'"_s).ok());
    }
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(!report->ok(), "the attack went unnoticed");
    QString first;
    for (const VerifyProblem &p : report->problems) {
        if (first.isEmpty() || (!names(first, named) && names(p.message, named)))
            first = p.message;
    }
    QVERIFY2(names(first, named), qPrintable(first));
}

// Releasing the next revision lists the copies of the one it supersedes; toRecall lists every
// issued copy whose revision is no longer effective, not those of the effective one.
void TestWithdrawCopies::toRecall_afterRelease()
{
    const QString n = effectiveDocument(u"事件管理程序"_s);
    QVERIFY(issue(n, u"IT 部"_s));
    QVERIFY(issue(n, u"质量部"_s));
    auto none = exports().toRecall(m_template.controller());
    DC_EXPECT_OK(none);
    QVERIFY(none->isEmpty());
    DC_EXPECT_OK(flow().documents().editDraft(m_template.author(), n, u"# 事件管理程序\n\n第二版\n"_s, u"修订"_s));
    DC_EXPECT_OK(flow().toApproved(n));
    auto released = wf().release(m_template.controller(), kPassword, n);
    DC_EXPECT_OK(released);
    QCOMPARE(released->toRecall.size(), 2);
    QVERIFY(issue(n, u"IT 部"_s)); // a copy of the new effective revision: not to recall
    auto toRecall = exports().toRecall(m_template.controller());
    DC_EXPECT_OK(toRecall);
    QCOMPARE(toRecall->size(), 2);
    for (const ControlledCopy &c : toRecall.value())
        QCOMPARE(c.label, u"A/0"_s);
    DC_EXPECT_ERROR(exports().toRecall(m_template.reader()), ErrorCode::PermissionDenied);
}

// Recalling the copies in one step: all or none, controllers only.
void TestWithdrawCopies::recallAll_oneStep()
{
    const QString n = effectiveDocument(u"问题管理程序"_s);
    QVERIFY(issue(n, u"IT 部"_s));
    QVERIFY(issue(n, u"质量部"_s));
    QVERIFY(issue(n, u"人事部"_s));
    auto withdrawn = wf().withdraw(m_template.controller(), kPassword, n, u"并入事件管理"_s);
    DC_EXPECT_OK(withdrawn);
    QCOMPARE(withdrawn->toRecall.size(), 3);
    const StoreState before = stateOf(db());
    DC_EXPECT_ERROR(exports().recallAll(m_template.author(), withdrawn->toRecall), ErrorCode::PermissionDenied);
    QCOMPARE(stateOf(db()), before);
    // One of them already destroyed: the batch is refused as a whole.
    DC_EXPECT_OK(exports().destroy(m_template.controller(), n, u"A/0"_s, 3));
    const StoreState afterDestroy = stateOf(db());
    auto refused = exports().recallAll(m_template.controller(), withdrawn->toRecall);
    DC_EXPECT_ERROR(refused, ErrorCode::InvalidState);
    QVERIFY2(names(refused.message(), {u"003"_s, n}), qPrintable(refused.message()));
    QCOMPARE(stateOf(db()), afterDestroy);
    auto recalled = exports().recallAll(m_template.controller(), withdrawn->toRecall.mid(0, 2));
    DC_EXPECT_OK(recalled);
    QCOMPARE(recalled->size(), 2);
    for (const ControlledCopy &c : recalled.value())
        QCOMPARE(c.status, ControlledCopy::Status::Recalled);
    auto left = exports().toRecall(m_template.controller(), n);
    DC_EXPECT_OK(left);
    QVERIFY(left->isEmpty());
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
}

// A withdrawn document prints 作废 OBSOLETE with the day it was withdrawn; a superseded one without.
void TestWithdrawCopies::obsoleteStamp_carriesDate()
{
    const QString n = effectiveDocument(u"可用性管理程序"_s);
    m_clock.set(dctest::fixedNow().addDays(3));
    DC_EXPECT_OK(wf().withdraw(m_template.controller(), kPassword, n, u"业务调整"_s));
    auto source = ExportInput::load(db(), m_template.controller(), n, {});
    DC_EXPECT_OK(source);
    const QDate day = dctest::fixedNow().addDays(3).toLocalTime().date();
    QCOMPARE(source->withdrawnOn, day);
    const render::Stamp stamp = ExportInput::stampFor(source->revision, 0, {}, day, source->withdrawnOn);
    QCOMPARE(stamp.kind, render::StampKind::Obsolete);
    QCOMPARE(render::stampText(stamp), u"作废 OBSOLETE "_s + day.toString(Qt::ISODate));
    render::Stamp superseded;
    superseded.kind = render::StampKind::Obsolete;
    QCOMPARE(render::stampText(superseded), u"作废 OBSOLETE"_s);
    const QString pdf = m_files.filePath(u"obsolete.pdf"_s);
    auto exported = exports().exportPdf(m_template.controller(), ExportRequest{n, {}, ExportRequest::Copy::Uncontrolled, {}, false, {}}, pdf);
    DC_EXPECT_OK(exported);
    QCOMPARE(exported->identity.stamp, render::StampKind::Obsolete);
}

QTEST_MAIN(TestWithdrawCopies)
#include "tst_withdrawcopies.moc"
