// Releasing approved revisions (now or on a later date), withdrawing documents, periodic
// reviews of effective revisions, and the default routes submissions take. Refusals are
// checked for their code, a message naming what they are about, and a store left as it was
// (see dctest::StoreState).

#include "core/services/verifier.h"
#include "core/store/storesettings.h"
#include "core/store/workflowstore.h"
#include "workflowfixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace dc;
using dctest::kPassword;
using dctest::names;
using dctest::stateOf;
using dctest::StoreState;
using S = RevisionStatus;

class TestRelease : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void release_refused();
    void release_byItsApprover();
    void withdraw_refused();
    void withdraw_inProgress();
    void obsoleteDocument_data();
    void obsoleteDocument();

    void schedule_futureRelease();
    void schedule_laterAction_data();
    void schedule_laterAction();

    void periodicReview_recorded();
    void periodicReview_refused();
    void dueReviews_overdueFirst();

    void defaultRoute();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    WorkflowService &wf() { return flow().workflow(); }
    DocumentService &docs() { return flow().documents(); }
    QString newDocument(const QString &title, const QString &owner = QStringLiteral("lisi"), int reviewMonths = 12)
    {
        return flow().newDocument(title, owner, reviewMonths);
    }
    S statusOf(const QString &number, const QString &label) { return flow().status(number, label); }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
};

void TestRelease::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestRelease::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestRelease::cleanup()
{
    m_session.close();
}

void TestRelease::release_refused()
{
    const QString n = newDocument(QStringLiteral("配置管理程序"));
    const auto refuse = [&](const User &who, ErrorCode expected, const QStringList &named, QDate effective = {}) {
        const StoreState before = stateOf(db());
        auto released = wf().release(who, kPassword, n, effective);
        if (released.ok() || released.code() != expected || !names(released.message(), named))
            return QStringLiteral("%1: %2").arg(who.name, released.ok() ? QStringLiteral("released") : released.message());
        if (!(stateOf(db()) == before))
            return QStringLiteral("%1: the store changed").arg(who.name);
        return QString();
    };
    const QStringList unapproved{n, QStringLiteral("A/0")};
    QCOMPARE(refuse(m_template.controller(), ErrorCode::InvalidState, unapproved), QString()); // draft
    DC_EXPECT_OK(flow().submit(n));
    QCOMPARE(refuse(m_template.controller(), ErrorCode::InvalidState, unapproved), QString()); // in review
    DC_EXPECT_OK(flow().review(n));
    QCOMPARE(refuse(m_template.controller(), ErrorCode::InvalidState, unapproved), QString()); // in approval
    DC_EXPECT_OK(flow().approve(n));

    const QDate yesterday = wf().today().addDays(-1);
    QCOMPARE(refuse(m_template.controller(), ErrorCode::InvalidInput, {yesterday.toString(Qt::ISODate), n}, yesterday), QString());
    QCOMPARE(refuse(m_template.author(), ErrorCode::PermissionDenied, {QStringLiteral("lisi"), n}), QString());
    QCOMPARE(refuse(m_template.reviewer(), ErrorCode::PermissionDenied, {QStringLiteral("zhaoliu"), n}), QString());
    QCOMPARE(refuse(m_template.allRoles, ErrorCode::PermissionDenied, {QStringLiteral("wujiu"), n}), QString()); // an approver, not this one
    QCOMPARE(refuse(m_template.reader(), ErrorCode::PermissionDenied, {QStringLiteral("chenjing"), n}), QString());
    {
        const StoreState before = stateOf(db());
        auto wrongPassword = wf().release(m_template.controller(), QStringLiteral("not-the-password"), n);
        DC_EXPECT_ERROR(wrongPassword, ErrorCode::AuthenticationFailed);
        QVERIFY2(names(wrongPassword.message(), {QStringLiteral("wangfang")}), qPrintable(wrongPassword.message()));
        QCOMPARE(stateOf(db()), before);
    }
    DC_EXPECT_OK(wf().release(m_template.controller(), kPassword, n));
    QCOMPARE(refuse(m_template.controller(), ErrorCode::InvalidState, unapproved), QString()); // already effective
}

void TestRelease::release_byItsApprover()
{
    const QString n = newDocument(QStringLiteral("可用性管理程序"));
    DC_EXPECT_OK(flow().toApproved(n));
    auto released = wf().release(m_template.approver, kPassword, n);
    DC_EXPECT_OK(released);
    QCOMPARE(released->released.status, S::Effective);
    auto signatures = WorkflowStore(db()).signatures(released->released.id);
    DC_EXPECT_OK(signatures);
    QCOMPARE(signatures->last().meaning, SignatureMeaning::Released);
    QCOMPARE(signatures->last().signer, QStringLiteral("zhouba"));
    // An effective revision is not submitted again; its successor is started by editing.
    const StoreState before = stateOf(db());
    auto resubmitted = wf().submit(m_template.controller(), n, dctest::FlowDriver::defaultRoute());
    DC_EXPECT_ERROR(resubmitted, ErrorCode::InvalidState);
    QVERIFY2(names(resubmitted.message(), {n, QStringLiteral("A/0")}), qPrintable(resubmitted.message()));
    QCOMPARE(stateOf(db()), before);
}

void TestRelease::withdraw_refused()
{
    const QString n = newDocument(QStringLiteral("信息分类程序"));
    DC_EXPECT_OK(flow().toEffective(n));
    const StoreState before = stateOf(db());
    for (const User *who : std::initializer_list<const User *>{&m_template.reader(), &m_template.author(), &m_template.reviewer(), &m_template.approver}) {
        auto withdrawn = wf().withdraw(*who, kPassword, n, QStringLiteral("不再需要"));
        DC_EXPECT_ERROR(withdrawn, ErrorCode::PermissionDenied);
        QVERIFY2(names(withdrawn.message(), {who->name, n}), qPrintable(withdrawn.message()));
    }
    for (const QString &reason : {QString(), QStringLiteral("   ")})
        DC_EXPECT_ERROR(wf().withdraw(m_template.controller(), kPassword, n, reason), ErrorCode::InvalidInput);
    DC_EXPECT_ERROR(wf().withdraw(m_template.controller(), kPassword, QStringLiteral("ISMS-P-404"), QStringLiteral("不再需要")), ErrorCode::NotFound);
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Effective);
}

// Withdrawing a document whose revision is in review cancels the review.
void TestRelease::withdraw_inProgress()
{
    const QString n = newDocument(QStringLiteral("信息传输程序"));
    DC_EXPECT_OK(flow().submit(n));
    DC_EXPECT_OK(wf().withdraw(m_template.controller(), kPassword, n, QStringLiteral("合并到访问控制程序")));
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Obsolete);
    QCOMPARE(dctest::scalar(db(), QStringLiteral("SELECT outcome FROM submissions")).toString(), QStringLiteral("cancelled"));
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY(report->ok());
}

// A release for a later date leaves the revision approved until that day comes.
void TestRelease::schedule_futureRelease()
{
    const QString n = newDocument(QStringLiteral("人员安全程序"), QStringLiteral("lisi"), 24);
    DC_EXPECT_OK(flow().toEffective(n));
    const QDate t0 = wf().today();
    QCOMPARE(flow().revision(n, QStringLiteral("A/0")).nextReviewDate, t0.addMonths(24));
    DC_EXPECT_OK(docs().editDraft(m_template.author(), n, QStringLiteral("# 人员安全程序\n\n离职当天收回权限。\n"), QStringLiteral("补充离职流程")));
    DC_EXPECT_OK(flow().toApproved(n));

    const QDate on = t0.addDays(10);
    auto released = wf().release(m_template.controller(), kPassword, n, on);
    DC_EXPECT_OK(released);
    QVERIFY(released->scheduled);
    QVERIFY(!released->superseded.has_value());
    QCOMPARE(released->released.status, S::Approved);
    QCOMPARE(released->released.effectiveDate, on);
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Effective);

    m_clock.advanceSecs(9 * 24 * 3600);
    QCOMPARE(wf().applyScheduledReleases().value(), 0);
    QCOMPARE(statusOf(n, QStringLiteral("A/1")), S::Approved);
    const StoreState before = stateOf(db());
    auto twice = wf().release(m_template.controller(), kPassword, n);
    DC_EXPECT_ERROR(twice, ErrorCode::InvalidState);
    QVERIFY2(names(twice.message(), {n, QStringLiteral("A/1"), on.toString(Qt::ISODate)}), qPrintable(twice.message()));
    QCOMPARE(stateOf(db()), before);

    m_clock.advanceSecs(24 * 3600);
    QCOMPARE(wf().today(), on);
    QCOMPARE(wf().applyScheduledReleases().value(), 1);
    const Revision a1 = flow().revision(n, QStringLiteral("A/1"));
    QCOMPARE(a1.status, S::Effective);
    QCOMPARE(a1.effectiveDate, on);
    QCOMPARE(a1.nextReviewDate, on.addMonths(24));
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Superseded);
    QCOMPARE(wf().applyScheduledReleases().value(), 0);
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY(report->ok());
}

void TestRelease::schedule_laterAction_data()
{
    QTest::addColumn<QString>("action");
    for (const char *a : {"submit another document", "periodic review", "edit"})
        QTest::newRow(a) << QString::fromLatin1(a);
}

// Once the day of a scheduled release has passed, the next action sees the new revision as
// the effective one, even when nobody called applyScheduledReleases().
void TestRelease::schedule_laterAction()
{
    QFETCH(QString, action);
    const QString n = newDocument(QStringLiteral("物理安全程序"));
    const QString other = newDocument(QStringLiteral("机房管理程序"));
    DC_EXPECT_OK(flow().toEffective(n));
    DC_EXPECT_OK(docs().editDraft(m_template.author(), n, QStringLiteral("# 物理安全程序\n\n访客全程陪同。\n"), QStringLiteral("访客管理")));
    DC_EXPECT_OK(flow().toApproved(n));
    const QDate on = wf().today().addDays(3);
    DC_EXPECT_OK(wf().release(m_template.controller(), kPassword, n, on));
    m_clock.advanceSecs(5 * 24 * 3600);

    if (action == QLatin1String("submit another document")) {
        DC_EXPECT_OK(flow().submit(other));
    } else if (action == QLatin1String("periodic review")) {
        auto reviewed = wf().periodicReview(m_template.reviewer(), kPassword, n);
        DC_EXPECT_OK(reviewed);
        QCOMPARE(reviewed->revisionLabel, QStringLiteral("A/1")); // the revision in force today
    } else {
        auto next = docs().editDraft(m_template.author(), n, QStringLiteral("# 物理安全程序\n\n访客登记。\n"), QStringLiteral("访客登记"));
        DC_EXPECT_OK(next);
        QCOMPARE(next->label, QStringLiteral("A/2"));
    }
    QCOMPARE(statusOf(n, QStringLiteral("A/1")), S::Effective);
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Superseded);
    QCOMPARE(flow().revision(n, QStringLiteral("A/1")).effectiveDate, on);
}

void TestRelease::periodicReview_recorded()
{
    const QString n = newDocument(QStringLiteral("信息安全方针评审程序"));
    DC_EXPECT_OK(flow().toEffective(n));
    const Revision effective = flow().revision(n, QStringLiteral("A/0"));
    m_clock.set(dctest::fixedNow().addMonths(11));
    const int revisions = dctest::rowCount(db(), QStringLiteral("revisions"));

    auto signature = wf().periodicReview(m_template.reviewer(), kPassword, n, QStringLiteral(" 内容仍然适用 "));
    DC_EXPECT_OK(signature);
    QCOMPARE(signature->meaning, SignatureMeaning::PeriodicReview);
    QCOMPARE(signature->revisionLabel, QStringLiteral("A/0"));
    QCOMPARE(signature->contentHash, effective.contentHash);
    QCOMPARE(signature->comment, QStringLiteral("内容仍然适用"));
    QCOMPARE(dctest::rowCount(db(), QStringLiteral("revisions")), revisions);
    const Revision after = flow().revision(n, QStringLiteral("A/0"));
    QCOMPARE(after.status, S::Effective);
    QCOMPARE(after.effectiveDate, effective.effectiveDate);
    QCOMPARE(after.nextReviewDate, wf().today().addMonths(12));
    QVERIFY(after.nextReviewDate > effective.nextReviewDate);
    auto events = wf().history(m_template.controller(), n);
    DC_EXPECT_OK(events);
    QCOMPARE(events->events.last().action, QStringLiteral("revision.review_recorded"));
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY(report->ok());

    // The owner may record it too.
    DC_EXPECT_OK(wf().periodicReview(m_template.author(), kPassword, n));
}

void TestRelease::periodicReview_refused()
{
    const QString draft = newDocument(QStringLiteral("草稿程序"));
    auto noEffective = wf().periodicReview(m_template.reviewer(), kPassword, draft);
    DC_EXPECT_ERROR(noEffective, ErrorCode::InvalidState);
    QVERIFY2(names(noEffective.message(), {draft}), qPrintable(noEffective.message()));

    const QString n = newDocument(QStringLiteral("资产管理程序"));
    DC_EXPECT_OK(flow().toEffective(n));
    const StoreState before = stateOf(db());
    auto byReader = wf().periodicReview(m_template.reader(), kPassword, n);
    DC_EXPECT_ERROR(byReader, ErrorCode::PermissionDenied);
    QVERIFY2(names(byReader.message(), {QStringLiteral("chenjing"), n}), qPrintable(byReader.message()));
    auto wrongPassword = wf().periodicReview(m_template.reviewer(), QStringLiteral("not-the-password"), n);
    DC_EXPECT_ERROR(wrongPassword, ErrorCode::AuthenticationFailed);
    QVERIFY2(names(wrongPassword.message(), {QStringLiteral("zhaoliu")}), qPrintable(wrongPassword.message()));
    QCOMPARE(stateOf(db()), before);
}

void TestRelease::dueReviews_overdueFirst()
{
    const QString monthly = newDocument(QStringLiteral("每月评审程序"), QStringLiteral("lisi"), 1);
    const QString quarterly = newDocument(QStringLiteral("季度评审程序"), QStringLiteral("lisi"), 3);
    const QString withdrawn = newDocument(QStringLiteral("已废止程序"), QStringLiteral("lisi"), 1);
    for (const QString &n : {quarterly, monthly, withdrawn})
        DC_EXPECT_OK(flow().toEffective(n));
    DC_EXPECT_OK(wf().withdraw(m_template.controller(), kPassword, withdrawn, QStringLiteral("废止")));
    QVERIFY(wf().dueReviews(m_template.reader())->isEmpty());

    m_clock.set(dctest::fixedNow().addMonths(1).addDays(5));
    auto today = wf().dueReviews(m_template.reader());
    DC_EXPECT_OK(today);
    QCOMPARE(today->size(), 1);
    QCOMPARE(today->first().document.number, monthly);
    QVERIFY(today->first().overdue);

    auto ahead = wf().dueReviews(m_template.reader(), wf().today().addMonths(3));
    DC_EXPECT_OK(ahead);
    QCOMPARE(ahead->size(), 2);
    QCOMPARE(ahead->at(0).document.number, monthly);
    QVERIFY(ahead->at(0).overdue);
    QCOMPARE(ahead->at(1).document.number, quarterly);
    QVERIFY(!ahead->at(1).overdue);
    QCOMPARE(ahead->at(1).revision.label, QStringLiteral("A/0"));

    DC_EXPECT_OK(wf().periodicReview(m_template.author(), kPassword, monthly)); // lisi owns it
    QVERIFY(wf().dueReviews(m_template.reader())->isEmpty());
    auto afterReview = wf().dueReviews(m_template.reader(), wf().today().addMonths(3));
    DC_EXPECT_OK(afterReview);
    QCOMPARE(afterReview->size(), 2);
    QCOMPARE(afterReview->at(0).document.number, monthly); // due again in a month
    QVERIFY(!afterReview->at(0).overdue);
}

void TestRelease::obsoleteDocument_data()
{
    QTest::addColumn<QString>("action");
    for (const char *a : {"edit", "submit", "sign", "reject", "release", "withdraw", "periodic review"})
        QTest::newRow(a) << QString::fromLatin1(a);
}

void TestRelease::obsoleteDocument()
{
    QFETCH(QString, action);
    // Withdrawn while in review (withdrawing an effective revision is part of fullPath): no
    // signature needed to get here, and the refusals are the same.
    const QString n = newDocument(QStringLiteral("远程办公程序"));
    DC_EXPECT_OK(flow().submit(n));
    DC_EXPECT_OK(wf().withdraw(m_template.controller(), kPassword, n, QStringLiteral("远程办公已取消")));
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Obsolete);
    const StoreState before = stateOf(db());
    Status done;
    if (action == QLatin1String("edit"))
        done = Status::from(docs().editDraft(m_template.author(), n, QStringLiteral("新内容"), QStringLiteral("恢复")));
    else if (action == QLatin1String("submit"))
        done = Status::from(wf().submit(m_template.controller(), n, dctest::FlowDriver::defaultRoute()));
    else if (action == QLatin1String("sign"))
        done = Status::from(wf().sign(m_template.reviewer(), kPassword, n, SignatureMeaning::Reviewed));
    else if (action == QLatin1String("reject"))
        done = Status::from(wf().reject(m_template.reviewer(), n, QStringLiteral("退回")));
    else if (action == QLatin1String("release"))
        done = Status::from(wf().release(m_template.controller(), kPassword, n));
    else if (action == QLatin1String("withdraw"))
        done = Status::from(wf().withdraw(m_template.controller(), kPassword, n, QStringLiteral("再次废止")));
    else
        done = Status::from(wf().periodicReview(m_template.reviewer(), kPassword, n));
    DC_EXPECT_ERROR(done, ErrorCode::InvalidState);
    QVERIFY2(names(done.message(), {n}), qPrintable(done.message()));
    QCOMPARE(stateOf(db()), before);
}

void TestRelease::defaultRoute()
{
    const QString n = newDocument(QStringLiteral("问题管理程序"));
    const Route route{{QStringLiteral("zhaoliu"), QStringLiteral("sunqi")}, QStringLiteral("zhouba"), true};
    const StoreState before = stateOf(db());
    auto none = wf().submit(m_template.controller(), n);
    DC_EXPECT_ERROR(none, ErrorCode::InvalidInput);
    QVERIFY2(names(none.message(), {n}), qPrintable(none.message()));
    const Status notController = wf().setDefaultRoute(m_template.reviewer(), DocumentType::Procedure, route);
    DC_EXPECT_ERROR(notController, ErrorCode::PermissionDenied);
    QVERIFY2(names(notController.message(), {QStringLiteral("zhaoliu")}), qPrintable(notController.message()));
    const Status readerApproves = wf().setDefaultRoute(m_template.controller(), DocumentType::Procedure, Route{{QStringLiteral("zhaoliu")}, QStringLiteral("chenjing"), false});
    DC_EXPECT_ERROR(readerApproves, ErrorCode::InvalidInput);
    QVERIFY2(names(readerApproves.message(), {QStringLiteral("chenjing")}), qPrintable(readerApproves.message()));
    const Status unknown = wf().setDefaultRoute(m_template.controller(), DocumentType::Procedure, Route{{QStringLiteral("nobody")}, QStringLiteral("zhouba"), false});
    QVERIFY(!unknown.ok());
    QVERIFY2(names(unknown.message(), {QStringLiteral("nobody")}), qPrintable(unknown.message()));
    QCOMPARE(stateOf(db()), before);

    DC_EXPECT_OK(wf().setDefaultRoute(m_template.controller(), DocumentType::Procedure, route));
    QCOMPARE(StoreSettings(db()).defaultRoute(DocumentType::Procedure).reviewers, route.reviewers);
    auto submitted = wf().submit(m_template.controller(), n);
    DC_EXPECT_OK(submitted);
    auto open = WorkflowStore(db()).openSubmission(submitted->id);
    DC_EXPECT_OK(open);
    QCOMPARE(open->reviewers.size(), 2);
    QCOMPARE(open->reviewers.at(0).name, QStringLiteral("zhaoliu"));
    QCOMPARE(open->reviewers.at(1).name, QStringLiteral("sunqi"));
    QCOMPARE(open->approver.name, QStringLiteral("zhouba"));
    QVERIFY(open->sequential);

    // A route given in part takes the rest from the default.
    const QString partial = newDocument(QStringLiteral("发布管理程序"));
    auto withReviewer = wf().submit(m_template.controller(), partial, Route{{QStringLiteral("wujiu")}, QString(), false});
    DC_EXPECT_OK(withReviewer);
    auto partialOpen = WorkflowStore(db()).openSubmission(withReviewer->id);
    DC_EXPECT_OK(partialOpen);
    QCOMPARE(partialOpen->reviewers.size(), 1);
    QCOMPARE(partialOpen->reviewers.first().name, QStringLiteral("wujiu"));
    QCOMPARE(partialOpen->approver.name, QStringLiteral("zhouba"));
}

QTEST_GUILESS_MAIN(TestRelease)
#include "tst_release.moc"
