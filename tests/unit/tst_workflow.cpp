// The lifecycle of revisions: the state machine (and the store's own trigger behind it), the
// whole path from draft to obsolete, and what each role may not do in review and approval
// (segregation of duties, routes, order, duplicates). Every refusal is checked for its code,
// a message that names what it is about, and a store left exactly as it was (see
// dctest::StoreState). Releases, withdrawal and periodic reviews: tst_release.cpp.

#include "core/security/signingkey.h"
#include "core/store/auditlog.h"
#include "core/services/verifier.h"
#include "core/store/workflowstore.h"
#include "core/model/lifecycle.h"
#include "workflowfixture.h"

#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <utility>

using namespace dc;
using dctest::kPassword;
using dctest::names;
using dctest::rawSql;
using dctest::stateOf;
using dctest::StoreState;
using S = RevisionStatus;

Q_DECLARE_METATYPE(dc::RevisionStatus)
Q_DECLARE_METATYPE(dc::SignatureMeaning)

namespace {

const QList<S> kStatuses{S::Draft, S::InReview, S::InApproval, S::Approved, S::Effective, S::Superseded, S::Obsolete};

// DESIGN.md's lifecycle, written out independently of Lifecycle::transitions().
struct Expected {
    S from;
    Lifecycle::Action action;
    S to;
};
const QList<Expected> kExpected{
    {S::Draft, Lifecycle::Action::Submit, S::InReview},
    {S::InReview, Lifecycle::Action::CompleteReview, S::InApproval},
    {S::InReview, Lifecycle::Action::Reject, S::Draft},
    {S::InApproval, Lifecycle::Action::Approve, S::Approved},
    {S::InApproval, Lifecycle::Action::Reject, S::Draft},
    {S::Approved, Lifecycle::Action::BecomeEffective, S::Effective},
    {S::Effective, Lifecycle::Action::Supersede, S::Superseded},
    {S::Effective, Lifecycle::Action::Withdraw, S::Obsolete},
    {S::Draft, Lifecycle::Action::Withdraw, S::Obsolete},
    {S::InReview, Lifecycle::Action::Withdraw, S::Obsolete},
    {S::InApproval, Lifecycle::Action::Withdraw, S::Obsolete},
    {S::Approved, Lifecycle::Action::Withdraw, S::Obsolete},
};

bool expectedAllowed(S from, S to)
{
    return std::any_of(kExpected.cbegin(), kExpected.cend(), [&](const Expected &e) { return e.from == from && e.to == to; });
}

// The raw-SQL steps that bring a fresh draft to `status` along the lifecycle.
QList<S> pathTo(S status)
{
    const QList<S> forward{S::InReview, S::InApproval, S::Approved, S::Effective, S::Superseded};
    if (status == S::Draft)
        return {};
    if (status == S::Obsolete)
        return {S::Obsolete};
    return forward.mid(0, forward.indexOf(status) + 1);
}

// True when `wanted` occurs in `actions` in this order (other actions may come between).
// A clock that runs `hook` once, the first time it is read after being armed: a way to let
// another desk act in the middle of an action, at the moment the action takes the time.
class HookClock final : public Clock {
public:
    explicit HookClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override
    {
        if (m_hook)
            std::exchange(m_hook, {})();
        return m_now;
    }
    void arm(std::function<void()> hook) { m_hook = std::move(hook); }

private:
    QDateTime m_now;
    mutable std::function<void()> m_hook;
};

bool inOrder(const QStringList &actions, const QStringList &wanted)
{
    qsizetype at = 0;
    for (const QString &a : actions) {
        if (at < wanted.size() && a == wanted.at(at))
            ++at;
    }
    return at == wanted.size();
}

} // namespace

class TestWorkflow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void lifecycle_transitions();
    void lifecycle_pairs_data();
    void lifecycle_pairs();

    void fullPath();

    void sign_wrongRole_data();
    void sign_wrongRole();
    void segregationOfDuties();
    void segregationOfDuties_editor();
    void reader_seesNoWorkInProgress();
    void submit_badRoute_data();
    void submit_badRoute();
    void sign_twice();
    void sign_sequentialOrder();
    void sign_concurrentLastReviews();
    void reject_refused();
    void reject_earlierSignaturesStillVerify();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    WorkflowService &wf() { return flow().workflow(); }
    DocumentService &docs() { return flow().documents(); }
    const User &user(const QString &name) const { return m_template.user(name); }
    QString newDocument(const QString &title, const QString &owner = QStringLiteral("lisi"), int reviewMonths = 12)
    {
        return flow().newDocument(title, owner, reviewMonths);
    }
    S statusOf(const QString &number, const QString &label) { return flow().status(number, label); }

    FixedClock m_clock{dctest::fixedNow()};
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
};

void TestWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestWorkflow::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestWorkflow::cleanup()
{
    m_session.close();
}

void TestWorkflow::lifecycle_transitions()
{
    const QList<Lifecycle::Transition> &all = Lifecycle::transitions();
    QCOMPARE(all.size(), kExpected.size());
    for (const Expected &e : kExpected) {
        const bool listed = std::any_of(all.cbegin(), all.cend(), [&](const Lifecycle::Transition &t) {
            return t.from == e.from && t.action == e.action && t.to == e.to;
        });
        QVERIFY2(listed, qPrintable(toKey(e.from) + QStringLiteral(" → ") + toKey(e.to)));
        QCOMPARE(Lifecycle::next(e.from, e.action), std::optional<S>(e.to));
    }
    // Nothing moves a superseded or obsolete revision, and only a draft is submitted or editable.
    for (Lifecycle::Action a : {Lifecycle::Action::Submit, Lifecycle::Action::CompleteReview, Lifecycle::Action::Approve, Lifecycle::Action::Reject,
                                Lifecycle::Action::BecomeEffective, Lifecycle::Action::Supersede, Lifecycle::Action::Withdraw}) {
        QVERIFY(!Lifecycle::next(S::Superseded, a));
        QVERIFY(!Lifecycle::next(S::Obsolete, a));
    }
    for (S s : kStatuses) {
        QCOMPARE(Lifecycle::isEditable(s), s == S::Draft);
        QCOMPARE(Lifecycle::next(s, Lifecycle::Action::Submit).has_value(), s == S::Draft);
    }
}

void TestWorkflow::lifecycle_pairs_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<bool>("allowed");
    for (S from : kStatuses) {
        for (S to : kStatuses)
            QTest::addRow("%s → %s", qPrintable(toKey(from)), qPrintable(toKey(to))) << from << to << expectedAllowed(from, to);
    }
}

// Every (from, to) pair: the state machine and the store's trigger agree with DESIGN.md.
void TestWorkflow::lifecycle_pairs()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(bool, allowed);
    QCOMPARE(Lifecycle::isAllowed(from, to), allowed);
    if (from == to)
        return; // not a transition; the trigger ignores an UPDATE that keeps the status

    const QString number = newDocument(QStringLiteral("状态测试程序"));
    QVERIFY(!number.isEmpty());
    const qint64 id = flow().revision(number, QStringLiteral("A/0")).id;
    const auto setStatus = [&](S status) {
        return rawSql(db(), QStringLiteral("UPDATE revisions SET status = ? WHERE id = ?"), {toKey(status), id});
    };
    for (S step : pathTo(from))
        DC_EXPECT_OK(setStatus(step));
    QCOMPARE(statusOf(number, QStringLiteral("A/0")), from);

    const Status moved = setStatus(to);
    QVERIFY2(moved.ok() == allowed, qPrintable(moved.message()));
    QCOMPARE(statusOf(number, QStringLiteral("A/0")), allowed ? to : from);
    if (!allowed) {
        QVERIFY2(moved.message().contains(QStringLiteral("lifecycle")), qPrintable(moved.message()));
        // The service's own guard refuses before it reaches the store.
        const Status viaStore = WorkflowStore(db()).setStatus(id, from, to);
        DC_EXPECT_ERROR(viaStore, ErrorCode::InvalidState);
        QVERIFY2(names(viaStore.message(), {displayName(from), displayName(to)}), qPrintable(viaStore.message()));
        QCOMPARE(statusOf(number, QStringLiteral("A/0")), from);
    }
}

// The issue's "done when": draft → review (one rejection) → approval → release → a second
// revision supersedes the first → withdrawn; the audit trail verifies at the end.
void TestWorkflow::fullPath()
{
    const QString n = newDocument(QStringLiteral("信息安全事件管理程序"));
    QVERIFY(!n.isEmpty());
    m_clock.advanceSecs(60);
    auto edited = docs().editDraft(m_template.author(), n, QStringLiteral("# 信息安全事件管理程序\n\n事件分为四级。\n"), QStringLiteral("补充事件分级"));
    DC_EXPECT_OK(edited);

    m_clock.advanceSecs(60);
    auto submitted = wf().submit(m_template.controller(), n, dctest::FlowDriver::defaultRoute());
    DC_EXPECT_OK(submitted);
    QCOMPARE(submitted->status, S::InReview);
    QCOMPARE(submitted->label, QStringLiteral("A/0"));

    m_clock.advanceSecs(60);
    auto first = wf().sign(m_template.reviewer(), kPassword, n, SignatureMeaning::Reviewed, QStringLiteral("  同意  "));
    DC_EXPECT_OK(first);
    QCOMPARE(first->signer, QStringLiteral("zhaoliu"));
    QCOMPARE(first->meaning, SignatureMeaning::Reviewed);
    QCOMPARE(first->documentNumber, n);
    QCOMPARE(first->revisionLabel, QStringLiteral("A/0"));
    QCOMPARE(first->contentHash, edited->contentHash);
    QCOMPARE(first->signedAt, m_clock.nowUtc());
    QCOMPARE(first->comment, QStringLiteral("同意"));
    auto publicKey = WorkflowStore(db()).publicKey(first->keyId);
    DC_EXPECT_OK(publicKey);
    QVERIFY(SigningKey::verify(publicKey.value(), first->payload(), first->signature));
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::InReview); // sunqi has not signed yet

    // sunqi rejects; a rejection needs a comment.
    for (const QString &empty : {QString(), QStringLiteral("  \n ")}) {
        const StoreState before = stateOf(db());
        auto refused = wf().reject(m_template.reviewer2, n, empty);
        DC_EXPECT_ERROR(refused, ErrorCode::InvalidInput);
        QCOMPARE(stateOf(db()), before);
    }
    auto rejected = wf().reject(m_template.reviewer2, n, QStringLiteral("第 5 节缺少上报时限"));
    DC_EXPECT_OK(rejected);
    QCOMPARE(rejected->status, S::Draft);
    QCOMPARE(dctest::scalar(db(), QStringLiteral("SELECT outcome || ':' || comment FROM submissions ORDER BY id DESC LIMIT 1")).toString(),
             QStringLiteral("rejected:第 5 节缺少上报时限"));

    // Edit, resubmit: the new round needs both reviewers again (zhaoliu signed the old one).
    auto reworked = docs().editDraft(m_template.author(), n, QStringLiteral("# 信息安全事件管理程序\n\n事件分为四级，2 小时内上报。\n"),
                                     QStringLiteral("补充上报时限"));
    DC_EXPECT_OK(reworked);
    QCOMPARE(reworked->label, QStringLiteral("A/0"));
    DC_EXPECT_OK(wf().submit(m_template.controller(), n, dctest::FlowDriver::defaultRoute()));
    auto again = wf().sign(m_template.reviewer(), kPassword, n, SignatureMeaning::Reviewed, QStringLiteral("同意"));
    DC_EXPECT_OK(again);
    QCOMPARE(again->contentHash, reworked->contentHash);
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::InReview);
    DC_EXPECT_OK(wf().sign(m_template.reviewer2, kPassword, n, SignatureMeaning::Reviewed, QStringLiteral("同意")));
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::InApproval);
    DC_EXPECT_OK(wf().sign(m_template.approver, kPassword, n, SignatureMeaning::Approved, QStringLiteral("批准")));
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Approved);

    auto released = wf().release(m_template.controller(), kPassword, n);
    DC_EXPECT_OK(released);
    QVERIFY(!released->scheduled);
    QVERIFY(!released->superseded.has_value());
    QCOMPARE(released->released.status, S::Effective);
    QCOMPARE(released->released.effectiveDate, wf().today());
    QCOMPARE(released->released.nextReviewDate, wf().today().addMonths(12));

    // Editing the effective revision starts A/1 as a new draft; A/0 stays effective meanwhile.
    m_clock.advanceSecs(24 * 3600);
    auto next = docs().editDraft(m_template.author(), n, QStringLiteral("# 信息安全事件管理程序\n\n事件分为四级，1 小时内上报。\n"),
                                 QStringLiteral("缩短上报时限"));
    DC_EXPECT_OK(next);
    QCOMPARE(next->label, QStringLiteral("A/1"));
    QCOMPARE(next->status, S::Draft);
    QCOMPARE(next->author, QStringLiteral("lisi"));
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Effective);

    DC_EXPECT_OK(flow().toApproved(n));
    auto second = wf().release(m_template.controller(), kPassword, n);
    DC_EXPECT_OK(second);
    QCOMPARE(second->released.label, QStringLiteral("A/1"));
    QCOMPARE(second->released.status, S::Effective);
    QVERIFY(second->superseded.has_value());
    QCOMPARE(second->superseded->label, QStringLiteral("A/0"));
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Superseded);

    // Withdrawn: the effective revision becomes obsolete (a superseded one stays superseded).
    auto withdrawn = wf().withdraw(m_template.controller(), kPassword, n, QStringLiteral("  业务已停止  "));
    DC_EXPECT_OK(withdrawn);
    QCOMPARE(withdrawn->document.currentStatus, S::Obsolete);
    QCOMPARE(withdrawn->signature.meaning, SignatureMeaning::Withdrawn);
    QCOMPARE(withdrawn->signature.revisionLabel, QStringLiteral("A/1"));
    QCOMPARE(statusOf(n, QStringLiteral("A/1")), S::Obsolete);
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Superseded);
    QCOMPARE(dctest::scalar(db(), QStringLiteral("SELECT withdrawn_reason FROM documents WHERE number = ?"), {n}).toString(), QStringLiteral("业务已停止"));

    auto history = wf().history(m_template.controller(), n);
    DC_EXPECT_OK(history);
    QCOMPARE(history->revisions.size(), 2);
    QCOMPARE(history->signatures.size(), 10); // … and the withdrawal's
    QStringList actions;
    for (const Event &e : history->events)
        actions << e.action;
    const QStringList wanted{QStringLiteral("document.created"),  QStringLiteral("revision.edited"),    QStringLiteral("revision.submitted"),
                             QStringLiteral("signature.reviewed"), QStringLiteral("revision.rejected"),  QStringLiteral("revision.edited"),
                             QStringLiteral("revision.submitted"), QStringLiteral("signature.reviewed"), QStringLiteral("signature.reviewed"),
                             QStringLiteral("signature.approved"), QStringLiteral("signature.released"), QStringLiteral("revision.effective"),
                             QStringLiteral("revision.created"),   QStringLiteral("revision.submitted"), QStringLiteral("signature.released"),
                             QStringLiteral("revision.superseded"), QStringLiteral("revision.effective"), QStringLiteral("signature.withdrawn"),
                             QStringLiteral("document.withdrawn")};
    QVERIFY2(inOrder(actions, wanted), qPrintable(actions.join(QLatin1Char(' '))));
    // A reader sees the superseded revision and its signatures, not the obsolete one nor the events.
    auto readerView = wf().history(m_template.reader(), n);
    DC_EXPECT_OK(readerView);
    QCOMPARE(readerView->revisions.size(), 1);
    QCOMPARE(readerView->revisions.first().label, QStringLiteral("A/0"));
    QVERIFY(readerView->events.isEmpty());

    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.isEmpty() ? QString() : report->problems.first().message));
    QCOMPARE(report->revisions, 2);
    QCOMPARE(report->signatures, 10); // 1 + 2 reviews, approval, release; 2 reviews, approval, release; withdrawal
    QCOMPARE(report->keys, 8);       // one per user
    QVERIFY(report->events > 0);
    QCOMPARE(report->headSeq, report->events);
    QCOMPARE(report->headHash.size(), 64);
}

void TestWorkflow::sign_wrongRole_data()
{
    QTest::addColumn<bool>("inApproval"); // else in review
    QTest::addColumn<QString>("who");
    QTest::addColumn<SignatureMeaning>("meaning");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QStringList>("named"); // "#" stands for the document number
    const auto R = SignatureMeaning::Reviewed;
    const auto A = SignatureMeaning::Approved;
    QTest::newRow("reader as reviewer") << false << QStringLiteral("chenjing") << R << ErrorCode::PermissionDenied << QStringList{QStringLiteral("chenjing")};
    QTest::newRow("author as reviewer") << false << QStringLiteral("lisi") << R << ErrorCode::PermissionDenied << QStringList{QStringLiteral("lisi")};
    QTest::newRow("approver as reviewer") << false << QStringLiteral("zhouba") << R << ErrorCode::PermissionDenied << QStringList{QStringLiteral("zhouba")};
    QTest::newRow("reviewer as approver") << true << QStringLiteral("zhaoliu") << A << ErrorCode::PermissionDenied << QStringList{QStringLiteral("zhaoliu")};
    QTest::newRow("controller as approver") << true << QStringLiteral("wangfang") << A << ErrorCode::PermissionDenied << QStringList{QStringLiteral("wangfang")};
    QTest::newRow("reviewer not on the route") << false << QStringLiteral("wujiu") << R << ErrorCode::PermissionDenied
                                               << QStringList{QStringLiteral("wujiu"), QStringLiteral("#"), QStringLiteral("A/0")};
    QTest::newRow("approver not on the route") << true << QStringLiteral("wujiu") << A << ErrorCode::PermissionDenied
                                               << QStringList{QStringLiteral("wujiu"), QStringLiteral("#"), QStringLiteral("zhouba")};
    QTest::newRow("approval before the reviews") << false << QStringLiteral("zhouba") << A << ErrorCode::InvalidState
                                                 << QStringList{QStringLiteral("#"), QStringLiteral("A/0")};
    QTest::newRow("review after the reviews") << true << QStringLiteral("zhaoliu") << R << ErrorCode::InvalidState
                                              << QStringList{QStringLiteral("#"), QStringLiteral("A/0")};
    QTest::newRow("release through sign") << true << QStringLiteral("zhouba") << SignatureMeaning::Released << ErrorCode::InvalidInput << QStringList{};
    QTest::newRow("periodic review through sign") << false << QStringLiteral("zhaoliu") << SignatureMeaning::PeriodicReview << ErrorCode::InvalidInput
                                                   << QStringList{};
}

void TestWorkflow::sign_wrongRole()
{
    QFETCH(bool, inApproval);
    QFETCH(QString, who);
    QFETCH(SignatureMeaning, meaning);
    QFETCH(ErrorCode, expected);
    QFETCH(QStringList, named);
    const QString n = newDocument(QStringLiteral("访问控制程序"));
    DC_EXPECT_OK(flow().submit(n));
    if (inApproval)
        DC_EXPECT_OK(flow().review(n));
    named.replaceInStrings(QStringLiteral("#"), n);

    const StoreState before = stateOf(db());
    auto signature = wf().sign(user(who), kPassword, n, meaning, QStringLiteral("越权签署"));
    DC_EXPECT_ERROR(signature, expected);
    QVERIFY2(names(signature.message(), named), qPrintable(signature.message()));
    QCOMPARE(stateOf(db()), before);
}

// The author of a revision neither reviews nor approves it, whatever roles they hold.
void TestWorkflow::segregationOfDuties()
{
    const QString n = newDocument(QStringLiteral("密码管理程序"), QStringLiteral("wujiu"));
    DC_EXPECT_OK(flow().toEffective(n));
    auto own = docs().editDraft(m_template.allRoles, n, QStringLiteral("# 密码管理程序\n\n密钥每年轮换。\n"), QStringLiteral("增加密钥轮换"));
    DC_EXPECT_OK(own);
    QCOMPARE(own->label, QStringLiteral("A/1"));
    QCOMPARE(own->author, QStringLiteral("wujiu"));
    const QStringList named{QStringLiteral("wujiu"), n, QStringLiteral("A/1")};

    const Route routes[] = {{{QStringLiteral("wujiu"), QStringLiteral("zhaoliu")}, QStringLiteral("zhouba"), false},
                            {{QStringLiteral("zhaoliu")}, QStringLiteral("wujiu"), false}};
    for (const Route &route : routes) {
        const StoreState before = stateOf(db());
        auto submitted = wf().submit(m_template.allRoles, n, route); // a route naming the author is bad input
        DC_EXPECT_ERROR(submitted, ErrorCode::InvalidInput);
        QVERIFY2(names(submitted.message(), named), qPrintable(submitted.message()));
        QCOMPARE(stateOf(db()), before);
    }

    DC_EXPECT_OK(wf().submit(m_template.allRoles, n, dctest::FlowDriver::defaultRoute()));
    StoreState before = stateOf(db());
    auto review = wf().sign(m_template.allRoles, kPassword, n, SignatureMeaning::Reviewed);
    DC_EXPECT_ERROR(review, ErrorCode::PermissionDenied);
    QVERIFY2(names(review.message(), named), qPrintable(review.message()));
    auto rejectOwn = wf().reject(m_template.allRoles, n, QStringLiteral("自己退回"));
    DC_EXPECT_ERROR(rejectOwn, ErrorCode::PermissionDenied);
    QCOMPARE(stateOf(db()), before);

    DC_EXPECT_OK(flow().review(n));
    before = stateOf(db());
    auto approval = wf().sign(m_template.allRoles, kPassword, n, SignatureMeaning::Approved);
    DC_EXPECT_ERROR(approval, ErrorCode::PermissionDenied);
    QVERIFY2(names(approval.message(), named), qPrintable(approval.message()));
    QCOMPARE(stateOf(db()), before);

    // Per revision: wujiu reviews a revision somebody else wrote.
    const QString other = newDocument(QStringLiteral("备份管理程序"));
    DC_EXPECT_OK(flow().submit(other, Route{{QStringLiteral("wujiu")}, QStringLiteral("zhouba"), false}));
    DC_EXPECT_OK(wf().sign(m_template.allRoles, kPassword, other, SignatureMeaning::Reviewed));
    QCOMPARE(statusOf(other, QStringLiteral("A/0")), S::InApproval);
}

// Issue 11, defect 1: wujiu (author, reviewer and approver) owns a draft the controller wrote,
// edits it, and may then neither review nor approve it; and verify names a signature the trail
// shows was made by someone who changed the content.
void TestWorkflow::segregationOfDuties_editor()
{
    const QString n = newDocument(QStringLiteral("变更管理程序"), QStringLiteral("wujiu")); // written by wangfang
    DC_EXPECT_OK(docs().editDraft(m_template.allRoles, n, QStringLiteral("# 变更管理程序\n\n吴九改过。\n"), QStringLiteral("吴九修改")));
    auto draft = DocumentStore(db()).revision(DocumentStore(db()).find(n)->id, QStringLiteral("A/0"));
    DC_EXPECT_OK(draft);
    QCOMPARE(draft->author, QStringLiteral("wangfang"));
    QVERIFY(draft->editors.contains(QStringLiteral("wujiu")));
    const QStringList named{QStringLiteral("wujiu"), n, QStringLiteral("A/0")};

    for (const Route &route : {Route{{QStringLiteral("wujiu")}, QStringLiteral("zhouba"), false}, Route{{QStringLiteral("zhaoliu")}, QStringLiteral("wujiu"), false}}) {
        const StoreState before = stateOf(db());
        auto submitted = wf().submit(m_template.allRoles, n, route);
        DC_EXPECT_ERROR(submitted, ErrorCode::InvalidInput);
        QVERIFY2(names(submitted.message(), named), qPrintable(submitted.message()));
        QCOMPARE(stateOf(db()), before);
    }
    // Routed by the controller past the check (as an older version did): signing is refused too.
    DC_EXPECT_OK(flow().submit(n, Route{{QStringLiteral("zhaoliu")}, QStringLiteral("zhouba"), false}));
    DC_EXPECT_OK(rawSql(db(), QStringLiteral("UPDATE submission_reviewers SET user_id = (SELECT id FROM users WHERE name = 'wujiu')")));
    const StoreState before = stateOf(db());
    auto review = wf().sign(m_template.allRoles, kPassword, n, SignatureMeaning::Reviewed);
    DC_EXPECT_ERROR(review, ErrorCode::PermissionDenied);
    QVERIFY2(names(review.message(), named), qPrintable(review.message()));
    QCOMPARE(stateOf(db()), before);

    // A signature the trail shows breaks segregation of duties: verify names it.
    const QString other = newDocument(QStringLiteral("事件管理程序"));
    DC_EXPECT_OK(flow().submit(other, Route{{QStringLiteral("wujiu")}, QStringLiteral("zhouba"), false}));
    DC_EXPECT_OK(wf().sign(m_template.allRoles, kPassword, other, SignatureMeaning::Reviewed));
    auto clean = Verifier(db()).run();
    DC_EXPECT_OK(clean);
    QVERIFY(clean->ok());
    DC_EXPECT_OK(db().write([&]() { return Status::from(AuditLog(db()).append(QStringLiteral("wujiu"), QStringLiteral("revision.edited"), other + QStringLiteral(" A/0"))); }));
    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY(!report->ok());
    const bool flagged = std::any_of(report->problems.cbegin(), report->problems.cend(), [&](const VerifyProblem &p) {
        return p.message.contains(QStringLiteral("segregation of duties")) && names(p.message, {QStringLiteral("wujiu"), other});
    });
    QVERIFY2(flagged, qPrintable(report->problems.first().message));
}

// Issue 11, defect 5: a reader sees neither the label nor the status of a revision in review,
// in the document's metadata as little as in its history.
void TestWorkflow::reader_seesNoWorkInProgress()
{
    const QString n = newDocument(QStringLiteral("访问控制程序"));
    DC_EXPECT_OK(flow().toEffective(n));
    DC_EXPECT_OK(docs().editDraft(m_template.author(), n, QStringLiteral("# 访问控制程序\n\n新版。\n"), QStringLiteral("新版")));
    DC_EXPECT_OK(flow().submit(n));
    const User &reader = m_template.reader();
    auto shown = docs().show(reader, n);
    DC_EXPECT_OK(shown);
    QCOMPARE(shown->document.currentLabel, QStringLiteral("A/0"));
    QCOMPARE(shown->document.currentStatus, S::Effective);
    for (const Revision &r : shown->history)
        QCOMPARE(r.label, QStringLiteral("A/0"));
    auto history = wf().history(reader, n);
    DC_EXPECT_OK(history);
    QCOMPARE(history->document.currentLabel, QStringLiteral("A/0"));
    QCOMPARE(history->document.currentStatus, S::Effective);
    QCOMPARE(history->revisions.size(), 1);
    // Others still see the revision in review.
    QCOMPARE(wf().history(m_template.controller(), n)->document.currentStatus, S::InReview);
}

void TestWorkflow::submit_badRoute_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("reviewers");
    QTest::addColumn<QString>("approver");
    QTest::addColumn<ErrorCode>("expected");
    QTest::addColumn<QStringList>("named"); // "#" stands for the document number
    const QString zhouba = QStringLiteral("zhouba");
    const QString wangfang = QStringLiteral("wangfang");
    QTest::newRow("unknown reviewer") << wangfang << QStringList{QStringLiteral("nobody")} << zhouba << ErrorCode::InvalidInput
                                      << QStringList{QStringLiteral("nobody")};
    QTest::newRow("unknown approver") << wangfang << QStringList{QStringLiteral("zhaoliu")} << QStringLiteral("nobody") << ErrorCode::InvalidInput
                                      << QStringList{QStringLiteral("nobody")};
    QTest::newRow("reader as reviewer") << wangfang << QStringList{QStringLiteral("chenjing")} << zhouba << ErrorCode::InvalidInput
                                        << QStringList{QStringLiteral("chenjing")};
    QTest::newRow("reviewer as approver") << wangfang << QStringList{QStringLiteral("zhaoliu")} << QStringLiteral("sunqi") << ErrorCode::InvalidInput
                                          << QStringList{QStringLiteral("sunqi")};
    QTest::newRow("reviewer twice") << wangfang << QStringList{QStringLiteral("zhaoliu"), QStringLiteral("zhaoliu")} << zhouba << ErrorCode::InvalidInput
                                    << QStringList{QStringLiteral("zhaoliu")};
    QTest::newRow("approver also reviews") << wangfang << QStringList{QStringLiteral("wujiu")} << QStringLiteral("wujiu") << ErrorCode::InvalidInput
                                           << QStringList{QStringLiteral("wujiu")};
    QTest::newRow("no reviewer") << wangfang << QStringList{} << zhouba << ErrorCode::InvalidInput << QStringList{QStringLiteral("#")};
    QTest::newRow("no approver") << wangfang << QStringList{QStringLiteral("zhaoliu")} << QString() << ErrorCode::InvalidInput << QStringList{QStringLiteral("#")};
    QTest::newRow("submitted by a reader") << QStringLiteral("chenjing") << QStringList{QStringLiteral("zhaoliu")} << zhouba << ErrorCode::PermissionDenied
                                           << QStringList{QStringLiteral("chenjing"), QStringLiteral("#")};
    QTest::newRow("submitted by a reviewer") << QStringLiteral("zhaoliu") << QStringList{QStringLiteral("sunqi")} << zhouba << ErrorCode::PermissionDenied
                                             << QStringList{QStringLiteral("zhaoliu"), QStringLiteral("#")};
}

void TestWorkflow::submit_badRoute()
{
    QFETCH(QString, who);
    QFETCH(QStringList, reviewers);
    QFETCH(QString, approver);
    QFETCH(ErrorCode, expected);
    QFETCH(QStringList, named);
    const QString n = newDocument(QStringLiteral("变更管理程序"));
    named.replaceInStrings(QStringLiteral("#"), n);
    const StoreState before = stateOf(db());
    auto submitted = wf().submit(user(who), n, Route{reviewers, approver, false});
    DC_EXPECT_ERROR(submitted, expected);
    QVERIFY2(names(submitted.message(), named), qPrintable(submitted.message()));
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::Draft);
}

void TestWorkflow::sign_twice()
{
    const QString n = newDocument(QStringLiteral("容量管理程序"));
    DC_EXPECT_OK(flow().submit(n));
    DC_EXPECT_OK(wf().sign(m_template.reviewer(), kPassword, n, SignatureMeaning::Reviewed));
    const StoreState before = stateOf(db());
    auto twice = wf().sign(m_template.reviewer(), kPassword, n, SignatureMeaning::Reviewed);
    DC_EXPECT_ERROR(twice, ErrorCode::Duplicate);
    QVERIFY2(names(twice.message(), {QStringLiteral("zhaoliu"), n, QStringLiteral("A/0")}), qPrintable(twice.message()));
    QCOMPARE(stateOf(db()), before);
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::InReview);
}

void TestWorkflow::sign_sequentialOrder()
{
    const QString n = newDocument(QStringLiteral("服务连续性管理程序"));
    DC_EXPECT_OK(flow().submit(n, dctest::FlowDriver::defaultRoute(true)));
    const StoreState before = stateOf(db());
    auto early = wf().sign(m_template.reviewer2, kPassword, n, SignatureMeaning::Reviewed);
    DC_EXPECT_ERROR(early, ErrorCode::InvalidState);
    QVERIFY2(names(early.message(), {n, QStringLiteral("zhaoliu"), QStringLiteral("sunqi")}), qPrintable(early.message()));
    QCOMPARE(stateOf(db()), before);
    DC_EXPECT_OK(wf().sign(m_template.reviewer(), kPassword, n, SignatureMeaning::Reviewed));
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::InReview);
    DC_EXPECT_OK(wf().sign(m_template.reviewer2, kPassword, n, SignatureMeaning::Reviewed));
    QCOMPARE(statusOf(n, QStringLiteral("A/0")), S::InApproval);
}

// Two reviewers sign at the same time from two desks (two connections to one store): whatever
// the interleaving, a revision that holds all its reviewers' signatures is in approval.
void TestWorkflow::sign_concurrentLastReviews()
{
    const QString n = newDocument(QStringLiteral("并发审核程序"));
    DC_EXPECT_OK(flow().submit(n));
    auto otherDesk = Database::open(db().path());
    DC_EXPECT_OK(otherDesk);
    WorkflowService other(*otherDesk.value(), m_clock);
    HookClock clock(m_clock.nowUtc());
    WorkflowService here(db(), clock);
    bool ran = false;
    Status otherSigned;
    // sunqi signs on the other desk while zhaoliu's signature is being made here.
    clock.arm([&] {
        ran = true;
        otherSigned = Status::from(other.sign(m_template.reviewer2, kPassword, n, SignatureMeaning::Reviewed));
    });
    const Status hereSigned = Status::from(here.sign(m_template.reviewer(), kPassword, n, SignatureMeaning::Reviewed));
    QVERIFY(ran);
    QVERIFY2(hereSigned.ok() || otherSigned.ok(), qPrintable(hereSigned.message() + QLatin1Char('/') + otherSigned.message()));

    const int stored = dctest::scalar(db(), QStringLiteral("SELECT count(*) FROM signatures WHERE meaning = 'reviewed'")).toInt();
    QCOMPARE(stored, int(hereSigned.ok()) + int(otherSigned.ok()));
    QVERIFY2(stored < 2 || statusOf(n, QStringLiteral("A/0")) == S::InApproval,
             "both reviewers signed, but the revision is still in review (and neither can sign again)");
}

void TestWorkflow::reject_refused()
{
    const QString n = newDocument(QStringLiteral("事件管理程序"));
    // A draft cannot be rejected.
    auto draft = wf().reject(m_template.reviewer(), n, QStringLiteral("退回"));
    DC_EXPECT_ERROR(draft, ErrorCode::InvalidState);
    QVERIFY2(names(draft.message(), {n, QStringLiteral("A/0")}), qPrintable(draft.message()));

    DC_EXPECT_OK(flow().submit(n));
    const StoreState before = stateOf(db());
    const struct {
        const User *who;
        ErrorCode expected;
    } refused[] = {{&m_template.reader(), ErrorCode::PermissionDenied},
                   {&m_template.allRoles, ErrorCode::PermissionDenied}, // a reviewer, but not on this route
                   {&m_template.approver, ErrorCode::PermissionDenied}}; // the approver's turn has not come
    for (const auto &r : refused) {
        auto rejected = wf().reject(*r.who, n, QStringLiteral("退回"));
        DC_EXPECT_ERROR(rejected, r.expected);
        QVERIFY2(names(rejected.message(), {r.who->name}), qPrintable(rejected.message()));
    }
    QCOMPARE(stateOf(db()), before);

    // In approval only the approver on the route rejects, back to draft.
    DC_EXPECT_OK(flow().review(n));
    DC_EXPECT_ERROR(wf().reject(m_template.reviewer(), n, QStringLiteral("退回")), ErrorCode::PermissionDenied);
    auto byApprover = wf().reject(m_template.approver, n, QStringLiteral("职责描述不清"));
    DC_EXPECT_OK(byApprover);
    QCOMPARE(byApprover->status, S::Draft);
}

// A rejected round leaves the signatures made in it; reworking the draft must not turn them
// into signatures that no longer verify.
void TestWorkflow::reject_earlierSignaturesStillVerify()
{
    const QString n = newDocument(QStringLiteral("补丁管理程序"));
    DC_EXPECT_OK(flow().submit(n));
    auto signedFirst = wf().sign(m_template.reviewer(), kPassword, n, SignatureMeaning::Reviewed, QStringLiteral("同意"));
    DC_EXPECT_OK(signedFirst);
    DC_EXPECT_OK(wf().reject(m_template.reviewer2, n, QStringLiteral("补充紧急补丁流程")));
    auto reworked = docs().editDraft(m_template.author(), n, QStringLiteral("# 补丁管理程序\n\n紧急补丁 24 小时内安装。\n"), QStringLiteral("紧急补丁"));
    DC_EXPECT_OK(reworked);
    QVERIFY(reworked->contentHash != signedFirst->contentHash);

    auto report = Verifier(db()).run();
    DC_EXPECT_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.isEmpty() ? QString() : report->problems.first().message));
    // The signature still says what zhaoliu signed: the content as it was then.
    auto signatures = WorkflowStore(db()).signatures(reworked->id);
    DC_EXPECT_OK(signatures);
    QCOMPARE(signatures->size(), 1);
    QCOMPARE(signatures->first().contentHash, signedFirst->contentHash);
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
