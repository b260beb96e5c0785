// The rules that decide which workflow actions a user may take on a document's current
// revision (WorkflowRules::availability) and the rules of the review round (ReviewRound), as
// pure functions over values; then the same rules over the demo store, where the document
// view's state and WorkflowService must agree: an action the view offers succeeds, and one it
// refuses is refused by the service with the same code and message, changing nothing.

#include "core/services/demostore.h"
#include "core/services/documentstate.h"
#include "core/services/userservice.h"
#include "core/services/workflowservice.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/workflow/actions.h"
#include "core/workflow/reviewround.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using S = RevisionStatus;
using A = WorkflowAction;

Q_DECLARE_METATYPE(dc::WorkflowAction)

namespace {

const QList<A> kActions{A::Edit, A::Submit, A::SignReview, A::SignApprove, A::Reject, A::Release, A::Withdraw, A::PeriodicReview};

// The people of the value tests, by name; roles as their names suggest in the unit tests.
User person(const QString &name)
{
    static const QHash<QString, Roles> roles{
        {QStringLiteral("wangfang"), Roles(Role::Controller)},
        {QStringLiteral("lisi"), Roles(Role::Author)},
        {QStringLiteral("zhaoliu"), Roles(Role::Reviewer)},
        {QStringLiteral("sunqi"), Roles(Role::Reviewer)},
        {QStringLiteral("zhouba"), Roles(Role::Approver)},
        {QStringLiteral("wujiu"), Role::Author | Role::Reviewer | Role::Approver},
        {QStringLiteral("chenjing"), Roles(Role::Reader)},
    };
    Q_ASSERT(roles.contains(name));
    User u;
    u.name = name;
    u.roles = roles.value(name);
    return u;
}

// ISMS-P-012 A/0, owned and written by lisi, at `stage`. In review the route is zhaoliu then
// sunqi (parallel unless "sequential"), approved by zhouba. Stages: draft, review (zhaoliu has
// signed), sequential (nobody has signed), approval, approved, scheduled (released for a later
// day), effective, obsolete, no round (in review, its round lost), edited (in review, wujiu
// changed the content and is on the route), edited approval (wujiu changed it and approves).
WorkflowState stateAt(const QString &stage)
{
    WorkflowState s;
    s.document.number = QStringLiteral("ISMS-P-012");
    s.document.owner = QStringLiteral("lisi");
    s.current.label = QStringLiteral("A/0");
    s.current.author = QStringLiteral("lisi");
    s.current.editors = {QStringLiteral("lisi")};
    ReviewRound round;
    round.submissionId = 7;
    round.reviewers = {QStringLiteral("zhaoliu"), QStringLiteral("sunqi")};
    round.approver = QStringLiteral("zhouba");
    const QHash<QString, S> statusOf{{QStringLiteral("draft"), S::Draft},           {QStringLiteral("review"), S::InReview},
                                     {QStringLiteral("sequential"), S::InReview},   {QStringLiteral("approval"), S::InApproval},
                                     {QStringLiteral("approved"), S::Approved},     {QStringLiteral("scheduled"), S::Approved},
                                     {QStringLiteral("effective"), S::Effective},   {QStringLiteral("obsolete"), S::Obsolete},
                                     {QStringLiteral("no round"), S::InReview},     {QStringLiteral("edited"), S::InReview},
                                     {QStringLiteral("edited approval"), S::InApproval}};
    Q_ASSERT(statusOf.contains(stage));
    s.current.status = statusOf.value(stage);
    if (stage == QStringLiteral("review"))
        round.reviewersSigned = {QStringLiteral("zhaoliu")};
    if (stage == QStringLiteral("sequential"))
        round.sequential = true;
    if (s.current.status == S::InApproval)
        round.reviewersSigned = round.reviewers;
    if (stage.startsWith(QStringLiteral("edited"))) {
        s.current.editors << QStringLiteral("wujiu");
        if (s.current.status == S::InReview)
            round.reviewers = {QStringLiteral("wujiu"), QStringLiteral("zhaoliu")};
        else
            round.approver = QStringLiteral("wujiu");
    }
    if ((s.current.status == S::InReview || s.current.status == S::InApproval) && stage != QStringLiteral("no round"))
        s.round = round;
    if (s.current.status == S::Approved)
        s.approvedBy = QStringLiteral("zhouba");
    if (stage == QStringLiteral("scheduled"))
        s.current.effectiveDate = QDate(2026, 4, 1);
    if (s.current.status == S::Effective) {
        s.hasEffective = true;
        s.current.effectiveDate = QDate(2026, 1, 5);
    }
    return s;
}

} // namespace

class TestActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reviewRound_data();
    void reviewRound();
    void rules_data();
    void rules();
    void readOnlyStoreRefusesEverything();
    void screenAndServiceAgree_data();
    void screenAndServiceAgree();

private:
    QTemporaryDir m_dir;
    QString m_demo; // the demo store, closed; each row of screenAndServiceAgree works on a copy
};

void TestActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.dcstore"));
    auto demo = DemoStore::openOrCreate(m_demo);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
}

void TestActions::reviewRound_data()
{
    QTest::addColumn<bool>("sequential");
    QTest::addColumn<QStringList>("signedBy");
    QTest::addColumn<QStringList>("pending");
    QTest::addColumn<QStringList>("turn");    // whose turn it is among a, b, c and the outsider x
    QTest::addColumn<QString>("cWaitsFor");   // waitingFor("c")
    QTest::addColumn<bool>("complete");
    const QStringList abc{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("parallel, nobody signed") << false << QStringList() << abc << abc << QString() << false;
    QTest::newRow("parallel, b signed") << false << QStringList{QStringLiteral("b")} << QStringList{QStringLiteral("a"), QStringLiteral("c")}
                                        << QStringList{QStringLiteral("a"), QStringLiteral("c")} << QString() << false;
    QTest::newRow("parallel, all signed out of order") << false << QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")} << QStringList()
                                                       << QStringList() << QString() << true;
    QTest::newRow("sequential, nobody signed") << true << QStringList() << abc << QStringList{QStringLiteral("a")} << QStringLiteral("a") << false;
    QTest::newRow("sequential, a signed") << true << QStringList{QStringLiteral("a")} << QStringList{QStringLiteral("b"), QStringLiteral("c")}
                                          << QStringList{QStringLiteral("b")} << QStringLiteral("b") << false;
    QTest::newRow("sequential, a and b signed") << true << QStringList{QStringLiteral("a"), QStringLiteral("b")} << QStringList{QStringLiteral("c")}
                                                << QStringList{QStringLiteral("c")} << QString() << false;
    QTest::newRow("sequential, all signed") << true << abc << QStringList() << QStringList() << QString() << true;
}

void TestActions::reviewRound()
{
    QFETCH(bool, sequential);
    QFETCH(QStringList, signedBy);
    QFETCH(QStringList, pending);
    QFETCH(QStringList, turn);
    QFETCH(QString, cWaitsFor);
    QFETCH(bool, complete);
    ReviewRound round;
    round.sequential = sequential;
    round.reviewers = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    round.approver = QStringLiteral("z");
    round.reviewersSigned = signedBy;

    QCOMPARE(round.pendingReviewers(), pending);
    QStringList whoseTurn;
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("x"), QStringLiteral("z")}) {
        if (round.isTurnOf(name))
            whoseTurn << name;
    }
    QCOMPARE(whoseTurn, turn);
    QCOMPARE(round.waitingFor(QStringLiteral("c")), cWaitsFor);
    QCOMPARE(round.waitingFor(QStringLiteral("a")), QString()); // nobody is ahead of the first
    QCOMPARE(round.reviewsComplete(), complete);
    QVERIFY(round.isApprover(QStringLiteral("z")));
    QVERIFY(!round.isApprover(QStringLiteral("a")));
    QVERIFY(!round.isReviewer(QStringLiteral("z")));
    QVERIFY(!ReviewRound().reviewsComplete()); // a round without reviewers is never complete
}

void TestActions::rules_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("who");
    QTest::addColumn<WorkflowAction>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<ErrorCode>("code");    // when refused
    QTest::addColumn<QStringList>("named"); // what the refusal's message must name
    const auto ok = [](const char *row, const char *stage, const char *who, A action) {
        QTest::newRow(row) << QString::fromUtf8(stage) << QString::fromUtf8(who) << action << true << ErrorCode::InvalidInput << QStringList();
    };
    const auto no = [](const char *row, const char *stage, const char *who, A action, ErrorCode code, const QStringList &named) {
        QTest::newRow(row) << QString::fromUtf8(stage) << QString::fromUtf8(who) << action << false << code << named;
    };
    const auto N = QStringLiteral("ISMS-P-012");
    const auto L = QStringLiteral("A/0");
    using E = ErrorCode;

    ok("author edits her draft", "draft", "lisi", A::Edit);
    ok("author submits her draft", "draft", "lisi", A::Submit);
    ok("controller submits a draft", "draft", "wangfang", A::Submit);
    no("reviewer cannot edit a draft", "draft", "zhaoliu", A::Edit, E::PermissionDenied, {QStringLiteral("zhaoliu"), N});
    no("reviewer cannot submit", "draft", "zhaoliu", A::Submit, E::PermissionDenied, {QStringLiteral("zhaoliu"), N});
    no("a draft is not signed", "draft", "zhaoliu", A::SignReview, E::InvalidState, {N, L, displayName(S::Draft)});
    no("a draft is not rejected", "draft", "zhaoliu", A::Reject, E::InvalidState, {N, L});
    no("a draft is not released", "draft", "wangfang", A::Release, E::InvalidState, {N, L, QStringLiteral("only an approved")});
    no("a draft has no periodic review", "draft", "wangfang", A::PeriodicReview, E::InvalidState, {N, QStringLiteral("no effective revision")});
    ok("controller withdraws a draft", "draft", "wangfang", A::Withdraw);
    no("author cannot withdraw", "draft", "lisi", A::Withdraw, E::PermissionDenied, {QStringLiteral("lisi"), QStringLiteral("controllers only")});

    ok("pending reviewer signs", "review", "sunqi", A::SignReview);
    no("no second signature", "review", "zhaoliu", A::SignReview, E::Duplicate, {QStringLiteral("zhaoliu"), N, L, QStringLiteral("already signed")});
    no("reviewer not on the route", "review", "wujiu", A::SignReview, E::PermissionDenied, {QStringLiteral("wujiu"), N, QStringLiteral("zhaoliu, sunqi")});
    no("controller is no reviewer", "review", "wangfang", A::SignReview, E::PermissionDenied, {QStringLiteral("reviewers only")});
    no("approver waits for the reviews", "review", "zhouba", A::SignApprove, E::InvalidState, {N, L, displayName(S::InReview)});
    ok("reviewer who signed may still reject", "review", "zhaoliu", A::Reject);
    no("reviewer off the route cannot reject", "review", "wujiu", A::Reject, E::PermissionDenied, {QStringLiteral("wujiu"), N, QStringLiteral("not on the route")});
    no("approver cannot reject in review", "review", "zhouba", A::Reject, E::PermissionDenied, {QStringLiteral("zhouba"), QStringLiteral("reviewers only")});
    no("revision in review is locked", "review", "lisi", A::Edit, E::InvalidState, {L, QStringLiteral("cannot change")});
    no("revision in review is not submitted again", "review", "lisi", A::Submit, E::InvalidState, {N, L, QStringLiteral("only a draft")});
    no("no round, no signature", "no round", "zhaoliu", A::SignReview, E::InvalidState, {L, QStringLiteral("no open round")});
    no("no round, no rejection", "no round", "zhaoliu", A::Reject, E::InvalidState, {L, QStringLiteral("no open round")});

    ok("first reviewer's turn", "sequential", "zhaoliu", A::SignReview);
    no("second reviewer waits", "sequential", "sunqi", A::SignReview, E::InvalidState, {N, QStringLiteral("zhaoliu reviews before sunqi")});
    ok("second reviewer may reject out of turn", "sequential", "sunqi", A::Reject);

    no("an editor does not review", "edited", "wujiu", A::SignReview, E::PermissionDenied, {QStringLiteral("wujiu"), N, L, QStringLiteral("segregation of duties")});
    no("an editor does not reject", "edited", "wujiu", A::Reject, E::PermissionDenied, {QStringLiteral("segregation of duties")});
    ok("the other reviewer of an edited revision signs", "edited", "zhaoliu", A::SignReview);
    no("an editor does not approve", "edited approval", "wujiu", A::SignApprove, E::PermissionDenied, {QStringLiteral("wujiu"), QStringLiteral("segregation of duties")});

    ok("approver approves", "approval", "zhouba", A::SignApprove);
    ok("approver rejects", "approval", "zhouba", A::Reject);
    no("another approver is not its approver", "approval", "wujiu", A::SignApprove, E::PermissionDenied, {QStringLiteral("wujiu"), N, QStringLiteral("zhouba")});
    no("another approver cannot reject", "approval", "wujiu", A::Reject, E::PermissionDenied, {QStringLiteral("wujiu"), N});
    no("reviewer cannot reject in approval", "approval", "zhaoliu", A::Reject, E::PermissionDenied, {QStringLiteral("approvers only")});
    no("no review after the reviews", "approval", "sunqi", A::SignReview, E::InvalidState, {N, L, displayName(S::InApproval)});

    ok("controller releases", "approved", "wangfang", A::Release);
    ok("its approver releases", "approved", "zhouba", A::Release);
    no("another approver does not release", "approved", "wujiu", A::Release, E::PermissionDenied, {QStringLiteral("wujiu"), N});
    no("an approved revision is locked", "approved", "lisi", A::Edit, E::InvalidState, {QStringLiteral("cannot change")});
    no("released for a later day", "scheduled", "wangfang", A::Release, E::InvalidState, {N, L, QStringLiteral("2026-04-01")});

    ok("editing starts a revision", "effective", "lisi", A::Edit);
    no("reviewer cannot start a revision", "effective", "zhaoliu", A::Edit, E::PermissionDenied, {QStringLiteral("start a new revision")});
    no("effective is not released again", "effective", "wangfang", A::Release, E::InvalidState, {N, L, displayName(S::Effective)});
    no("effective is not signed", "effective", "zhouba", A::SignApprove, E::InvalidState, {N, L});
    ok("reviewer reviews periodically", "effective", "zhaoliu", A::PeriodicReview);
    ok("owner reviews periodically", "effective", "lisi", A::PeriodicReview);
    no("reader reviews nothing", "effective", "chenjing", A::PeriodicReview, E::PermissionDenied, {QStringLiteral("chenjing may not")});
    ok("controller withdraws", "effective", "wangfang", A::Withdraw);
    no("reader cannot withdraw", "effective", "chenjing", A::Withdraw, E::PermissionDenied, {QStringLiteral("chenjing")});

    no("withdrawn once", "obsolete", "wangfang", A::Withdraw, E::InvalidState, {N, QStringLiteral("already been withdrawn")});
    no("obsolete is not edited", "obsolete", "wangfang", A::Edit, E::InvalidState, {N, QStringLiteral("cannot be edited")});
}

void TestActions::rules()
{
    QFETCH(QString, stage);
    QFETCH(QString, who);
    QFETCH(WorkflowAction, action);
    QFETCH(bool, allowed);
    QFETCH(ErrorCode, code);
    QFETCH(QStringList, named);
    const Status decided = WorkflowRules::availability(person(who), stateAt(stage), action);
    if (allowed) {
        QVERIFY2(decided.ok(), qPrintable(decided.message()));
        return;
    }
    DC_EXPECT_ERROR(decided, code);
    for (const QString &part : std::as_const(named))
        QVERIFY2(decided.message().contains(part), qPrintable(decided.message() + QStringLiteral(" lacks ") + part));
}

// A store open read-only (an auditor's view) offers no action at all, whoever asks.
void TestActions::readOnlyStoreRefusesEverything()
{
    for (const QString &stage : {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("approved"), QStringLiteral("effective")}) {
        WorkflowState state = stateAt(stage);
        int allowedBefore = 0;
        for (A action : kActions)
            allowedBefore += WorkflowRules::availability(person(QStringLiteral("wangfang")), state, action).ok() ? 1 : 0;
        QVERIFY2(allowedBefore > 0, qPrintable(stage)); // so the refusals below are the store's doing
        state.readOnlyStore = true;
        for (const QString &who : {QStringLiteral("wangfang"), QStringLiteral("lisi"), QStringLiteral("zhaoliu"), QStringLiteral("zhouba")}) {
            for (A action : kActions)
                DC_EXPECT_ERROR(WorkflowRules::availability(person(who), state, action), ErrorCode::ReadOnlyStore);
        }
    }
}

void TestActions::screenAndServiceAgree_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("number");
    QTest::addColumn<WorkflowAction>("action");
    QTest::addColumn<QString>("refusal"); // empty: allowed

    // The demo: ISMS-R-001 is a draft by wangfang, ISMS-P-003 A/1 in review (chenjing signed,
    // liuyang not yet), ISMS-P-007 awaits zhangwei's approval, ISMS-P-001 is effective.
    QTest::newRow("author submits a draft") << "wangfang" << "ISMS-R-001" << A::Submit << QString();
    QTest::newRow("reviewer cannot submit") << "chenjing" << "ISMS-R-001" << A::Submit << QStringLiteral("may not");
    QTest::newRow("draft cannot be signed") << "chenjing" << "ISMS-R-001" << A::SignReview << QStringLiteral("Draft");
    QTest::newRow("pending reviewer signs") << "liuyang" << "ISMS-P-003" << A::SignReview << QString();
    QTest::newRow("no second signature") << "chenjing" << "ISMS-P-003" << A::SignReview << QStringLiteral("already signed");
    QTest::newRow("controller is no reviewer") << "wangfang" << "ISMS-P-003" << A::SignReview << QStringLiteral("reviewers only");
    QTest::newRow("reviewer rejects") << "liuyang" << "ISMS-P-003" << A::Reject << QString();
    QTest::newRow("approver waits for reviews") << "zhangwei" << "ISMS-P-003" << A::SignApprove << QStringLiteral("cannot be signed");
    QTest::newRow("revision in review is locked") << "wangfang" << "ISMS-P-003" << A::Edit << QStringLiteral("cannot change");
    QTest::newRow("approver approves") << "zhangwei" << "ISMS-P-007" << A::SignApprove << QString();
    QTest::newRow("reviewer cannot approve") << "liuyang" << "ISMS-P-007" << A::SignApprove << QStringLiteral("approvers only");
    QTest::newRow("reviewer cannot reject in approval") << "liuyang" << "ISMS-P-007" << A::Reject << QStringLiteral("approvers only");
    QTest::newRow("effective: edit starts a revision") << "wangfang" << "ISMS-P-001" << A::Edit << QString();
    QTest::newRow("reviewer cannot start a revision") << "chenjing" << "ISMS-P-001" << A::Edit << QStringLiteral("start a new revision");
    QTest::newRow("only approved is released") << "wangfang" << "ISMS-P-001" << A::Release << QStringLiteral("approved");
    QTest::newRow("controller withdraws") << "wangfang" << "ISMS-P-001" << A::Withdraw << QString();
    QTest::newRow("reviewer cannot withdraw") << "chenjing" << "ISMS-P-001" << A::Withdraw << QStringLiteral("controllers only");
    QTest::newRow("reviewer reviews periodically") << "chenjing" << "ISMS-P-001" << A::PeriodicReview << QString();
    QTest::newRow("reader reviews nothing") << "sunli" << "ISMS-P-001" << A::PeriodicReview << QStringLiteral("sunli may not");
    QTest::newRow("draft has no periodic review") << "wangfang" << "ISMS-R-001" << A::PeriodicReview << QStringLiteral("no effective revision");
}

void TestActions::screenAndServiceAgree()
{
    QFETCH(QString, userName);
    QFETCH(QString, number);
    QFETCH(WorkflowAction, action);
    QFETCH(QString, refusal);
    const QString path = m_dir.filePath(QStringLiteral("row.dcstore"));
    Database::removeFiles(path);
    QVERIFY(QFile::copy(m_demo, path));
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.message()));
    const QString password = QString::fromLatin1(DemoStore::kPassword);
    const User actor = UserService(*db.value()).authenticate(userName, password).value();

    // What the document view offers.
    auto state = DocumentState::load(*db.value(), actor, number);
    QVERIFY2(state.ok(), qPrintable(state.message()));
    const Status offered = WorkflowRules::availability(actor, state.value(), action);
    if (refusal.isEmpty())
        QVERIFY2(offered.ok(), qPrintable(offered.message()));
    else
        QVERIFY2(!offered && offered.message().contains(refusal), qPrintable(offered.message()));
    if (action == A::Edit)
        return; // editing is DocumentService's, not WorkflowService's

    // What the service does when asked anyway.
    const auto events = [&] { return Sql::exec(*db.value(), QStringLiteral("SELECT count(*) FROM events"), {}, QStringLiteral("count")).value(); };
    auto before = events();
    QVERIFY(before.next());
    WorkflowService workflow(*db.value());
    const Route route{{QStringLiteral("liuyang")}, QStringLiteral("zhangwei"), false};
    Status done;
    switch (action) {
    case A::Edit: break;
    case A::Submit: done = Status::from(workflow.submit(actor, number, route)); break;
    case A::SignReview: done = Status::from(workflow.sign(actor, password, number, SignatureMeaning::Reviewed)); break;
    case A::SignApprove: done = Status::from(workflow.sign(actor, password, number, SignatureMeaning::Approved)); break;
    case A::Reject: done = Status::from(workflow.reject(actor, number, QStringLiteral("请补充职责"))); break;
    case A::Release: done = Status::from(workflow.release(actor, password, number)); break;
    // The screen asks the controller to confirm the documents that cite it before it withdraws.
    case A::Withdraw: done = Status::from(workflow.withdraw(actor, password, number, QStringLiteral("合并到手册"), true)); break;
    case A::PeriodicReview: done = Status::from(workflow.periodicReview(actor, password, number)); break;
    case A::Acknowledge: done = Status::from(workflow.acknowledge(actor, password, number)); break;
    }
    auto after = events();
    QVERIFY(after.next());
    if (offered) {
        QVERIFY2(done.ok(), qPrintable(done.message()));
        QVERIFY(after.value(0).toInt() > before.value(0).toInt());
        return;
    }
    QVERIFY(!done);
    QCOMPARE(done.code(), offered.code());
    QCOMPARE(done.message(), offered.message());
    QCOMPARE(after.value(0).toInt(), before.value(0).toInt()); // a refused action changes nothing
}

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
