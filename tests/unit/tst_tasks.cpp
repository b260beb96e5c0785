// "My tasks" as the core query findTasks: which revisions wait for whom (reviews only on the
// reviewer's turn, approvals for the approver on the route, releases for controllers and the
// approver, periodic reviews due within the horizon), in what order (overdue first, then the
// oldest), with segregation of duties applied and nothing for readers. The last test checks
// the query against the rules the document view shows, for every user and document.

#include "core/services/demostore.h"
#include "core/services/documentstate.h"
#include "core/services/tasks.h"
#include "core/store/auditlog.h"
#include "core/workflow/permissions.h"
#include "workflowfixture.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace dc;
using dctest::kPassword;

namespace {

// 2026-05-01: what the tests below call today (the clock says 2026-03-15 when they start).
const QDate kToday(2026, 5, 1);

QString describe(const Task &t)
{
    return QStringLiteral("%1 %2 %3").arg(displayName(t.kind), t.number, t.label);
}

} // namespace

class TestTasks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void review_waitsForTheReviewersWhoHaveNotSigned();
    void review_sequentialRoundWaitsForItsTurn();
    void approval_onlyForItsApprover();
    void release_forControllersAndItsApprover();
    void segregationOfDuties();
    void periodicReview_forWhoMayCarryItOut();
    void overdueFirstThenOldest();
    void everyTaskIsAnActionTheViewOffers();
    void demoTasksOfEachUser_data();
    void demoTasksOfEachUser();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    WorkflowService &wf() { return flow().workflow(); }
    const User &user(const QString &name) const { return m_template.user(name); }
    QList<Task> tasksOf(const QString &name, QDate today = kToday, int horizonDays = 30)
    {
        auto found = findTasks(db(), user(name), today, horizonDays);
        if (!found)
            qWarning("findTasks failed: %s", qPrintable(found.message()));
        return found ? found.value() : QList<Task>();
    }
    QStringList listOf(const QString &name, QDate today = kToday, int horizonDays = 30)
    {
        QStringList described;
        for (const Task &t : tasksOf(name, today, horizonDays))
            described << describe(t);
        return described;
    }
    // Records in the trail that `name` changed the content of `number` A/0, as an import or an
    // added attachment does: it makes them one of the revision's editors.
    Status recordChangeBy(const QString &name, const QString &number)
    {
        return db().write([&]() -> Status {
            return Status::from(AuditLog(db(), m_clock).append(name, QStringLiteral("attachment.added"), number + QStringLiteral(" A/0")));
        });
    }
    void setDay(int month, int day) { m_clock.set(QDateTime(QDate(2026, month, day), QTime(9, 30), QTimeZone::utc())); }

    FixedClock m_clock{dctest::fixedNow()};
    QTemporaryDir m_demoDir;
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
};

void TestTasks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestTasks::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestTasks::cleanup()
{
    m_session.close();
}

void TestTasks::review_waitsForTheReviewersWhoHaveNotSigned()
{
    const QString n = flow().newDocument(QStringLiteral("访问控制程序"));
    QVERIFY(listOf(QStringLiteral("zhaoliu")).isEmpty()); // a draft waits for nobody
    DC_EXPECT_OK(flow().submit(n)); // zhaoliu and sunqi in parallel, zhouba approves
    const QStringList review{QStringLiteral("Review ") + n + QStringLiteral(" A/0")};
    QCOMPARE(listOf(QStringLiteral("zhaoliu")), review);
    QCOMPARE(listOf(QStringLiteral("sunqi")), review);
    const QList<Task> tasks = tasksOf(QStringLiteral("zhaoliu"));
    QCOMPARE(tasks.constFirst().title, QStringLiteral("访问控制程序"));
    QCOMPARE(tasks.constFirst().since, dctest::fixedNow());
    QCOMPARE(tasks.constFirst().from, QStringLiteral("wangfang")); // who wrote A/0
    // Due a week after submission (DueDays' built-in review days); overdue only after that day.
    const QDate due = dctest::fixedNow().toLocalTime().date().addDays(7);
    QCOMPARE(tasks.constFirst().due, due);
    QVERIFY(tasks.constFirst().overdue); // kToday is weeks later
    QVERIFY(!tasksOf(QStringLiteral("zhaoliu"), due).constFirst().overdue);
    QVERIFY(tasksOf(QStringLiteral("zhaoliu"), due.addDays(1)).constFirst().overdue);
    // Not on the route, not yet their turn, or not theirs at all.
    for (const char *name : {"zhouba", "wujiu", "wangfang", "lisi", "admin", "chenjing"})
        QVERIFY2(listOf(QString::fromLatin1(name)).isEmpty(), name);

    DC_EXPECT_OK(wf().sign(user(QStringLiteral("zhaoliu")), kPassword, n, SignatureMeaning::Reviewed));
    QVERIFY(listOf(QStringLiteral("zhaoliu")).isEmpty());
    QCOMPARE(listOf(QStringLiteral("sunqi")), review);

    // Withdrawn in review: the round is closed and waits for nobody.
    DC_EXPECT_OK(wf().withdraw(m_template.controller(), kPassword, n, QStringLiteral("并入手册")));
    QVERIFY(listOf(QStringLiteral("sunqi")).isEmpty());
}

void TestTasks::review_sequentialRoundWaitsForItsTurn()
{
    const QString n = flow().newDocument(QStringLiteral("服务连续性管理程序"));
    DC_EXPECT_OK(flow().submit(n, dctest::FlowDriver::defaultRoute(true))); // zhaoliu, then sunqi
    QCOMPARE(listOf(QStringLiteral("zhaoliu")).size(), 1);
    QVERIFY(listOf(QStringLiteral("sunqi")).isEmpty()); // not yet their turn
    DC_EXPECT_OK(wf().sign(user(QStringLiteral("zhaoliu")), kPassword, n, SignatureMeaning::Reviewed));
    QVERIFY(listOf(QStringLiteral("zhaoliu")).isEmpty());
    QCOMPARE(listOf(QStringLiteral("sunqi")), QStringList{QStringLiteral("Review ") + n + QStringLiteral(" A/0")});
}

void TestTasks::approval_onlyForItsApprover()
{
    const QString n = flow().newDocument(QStringLiteral("变更管理程序"));
    DC_EXPECT_OK(flow().submit(n));
    QVERIFY(listOf(QStringLiteral("zhouba")).isEmpty()); // the reviews come first
    m_clock.advanceSecs(3600);
    DC_EXPECT_OK(flow().review(n));
    QCOMPARE(listOf(QStringLiteral("zhouba")), QStringList{QStringLiteral("Approve ") + n + QStringLiteral(" A/0")});
    QCOMPARE(tasksOf(QStringLiteral("zhouba")).constFirst().since, dctest::fixedNow()); // waiting since the submission
    QVERIFY(listOf(QStringLiteral("wujiu")).isEmpty()); // an approver, but not on this route
    QVERIFY(listOf(QStringLiteral("zhaoliu")).isEmpty());

    DC_EXPECT_OK(wf().reject(m_template.approver, n, QStringLiteral("职责描述不清")));
    QVERIFY(listOf(QStringLiteral("zhouba")).isEmpty());
}

void TestTasks::release_forControllersAndItsApprover()
{
    const QString n = flow().newDocument(QStringLiteral("供应商管理程序"));
    DC_EXPECT_OK(flow().submit(n));
    DC_EXPECT_OK(flow().review(n));
    m_clock.advanceSecs(7200);
    DC_EXPECT_OK(flow().approve(n));
    const QStringList release{QStringLiteral("Release ") + n + QStringLiteral(" A/0")};
    for (const char *name : {"wangfang", "admin", "zhouba"}) {
        const QList<Task> tasks = tasksOf(QString::fromLatin1(name));
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(describe(tasks.constFirst()), release.constFirst());
        QCOMPARE(tasks.constFirst().from, QStringLiteral("zhouba"));                 // who approved it
        QCOMPARE(tasks.constFirst().since, dctest::fixedNow().addSecs(7200));          // since the approval
    }
    for (const char *name : {"wujiu", "zhaoliu", "lisi"}) // another approver, a reviewer, the owner
        QVERIFY2(listOf(QString::fromLatin1(name)).isEmpty(), name);

    // Released for a later day, it no longer waits.
    DC_EXPECT_OK(wf().release(m_template.controller(), kPassword, n, QDate(2026, 4, 1)));
    QVERIFY(listOf(QStringLiteral("wangfang"), QDate(2026, 3, 15)).isEmpty());
    QVERIFY(listOf(QStringLiteral("zhouba"), QDate(2026, 3, 15)).isEmpty());
}

// Whoever wrote or changed a revision neither reviews nor approves it, even when the route
// names them: the trail, not the route, says who changed it.
void TestTasks::segregationOfDuties()
{
    const QString reviewed = flow().newDocument(QStringLiteral("密码管理程序"));
    DC_EXPECT_OK(flow().submit(reviewed, Route{{QStringLiteral("wujiu"), QStringLiteral("zhaoliu")}, QStringLiteral("zhouba"), false}));
    QCOMPARE(listOf(QStringLiteral("wujiu")).size(), 1);
    DC_EXPECT_OK(recordChangeBy(QStringLiteral("wujiu"), reviewed));
    QVERIFY(listOf(QStringLiteral("wujiu")).isEmpty());
    QCOMPARE(listOf(QStringLiteral("zhaoliu")).size(), 1); // the other reviewer still reviews

    const QString approved = flow().newDocument(QStringLiteral("补丁管理程序"));
    DC_EXPECT_OK(flow().submit(approved, Route{{QStringLiteral("zhaoliu"), QStringLiteral("sunqi")}, QStringLiteral("wujiu"), false}));
    DC_EXPECT_OK(flow().review(approved));
    QCOMPARE(listOf(QStringLiteral("wujiu")), QStringList{QStringLiteral("Approve ") + approved + QStringLiteral(" A/0")});
    DC_EXPECT_OK(recordChangeBy(QStringLiteral("wujiu"), approved));
    QVERIFY(listOf(QStringLiteral("wujiu")).isEmpty());
}

// Periodic reviews go to reviewers, approvers, controllers and the document's owner; a reader
// has no task at all, not even for a document they own.
void TestTasks::periodicReview_forWhoMayCarryItOut()
{
    const QString ofLisi = flow().newDocument(QStringLiteral("信息分类程序"), QStringLiteral("lisi"), 1);
    const QString ofReader = flow().newDocument(QStringLiteral("介质处理程序"), QStringLiteral("chenjing"), 1);
    DC_EXPECT_OK(flow().toEffective(ofLisi));
    DC_EXPECT_OK(flow().toEffective(ofReader)); // both due 2026-04-15, overdue on kToday
    const QStringList both{QStringLiteral("Periodic review ") + ofLisi + QStringLiteral(" A/0"),
                           QStringLiteral("Periodic review ") + ofReader + QStringLiteral(" A/0")};
    for (const char *name : {"zhaoliu", "zhouba", "wangfang", "admin"}) {
        QStringList found = listOf(QString::fromLatin1(name));
        found.sort();
        QStringList expected = both;
        expected.sort();
        QCOMPARE(found, expected);
    }
    QCOMPARE(listOf(QStringLiteral("lisi")), QStringList{both.constFirst()}); // the owner, an author
    const QList<Task> own = tasksOf(QStringLiteral("lisi"));
    QCOMPARE(own.constFirst().from, QStringLiteral("lisi"));
    QCOMPARE(own.constFirst().due, QDate(2026, 4, 15));
    QVERIFY(own.constFirst().overdue);
    QVERIFY(!own.constFirst().since.isValid());
    QVERIFY(listOf(QStringLiteral("chenjing")).isEmpty());
    // Not yet due within the horizon on the day after the release.
    QVERIFY(listOf(QStringLiteral("zhaoliu"), QDate(2026, 3, 16), 7).isEmpty());
}

void TestTasks::overdueFirstThenOldest()
{
    // Created in one order, due and submitted in another, so the order found is the query's own.
    const QString later = flow().newDocument(QStringLiteral("变更管理程序"), QStringLiteral("lisi"), 1);
    const QString earlier = flow().newDocument(QStringLiteral("事件管理程序"), QStringLiteral("lisi"), 1);
    const QString upcoming = flow().newDocument(QStringLiteral("容量管理程序"), QStringLiteral("lisi"), 2);
    const QString distant = flow().newDocument(QStringLiteral("供应商管理程序"), QStringLiteral("lisi"), 12);
    const QString youngerRound = flow().newDocument(QStringLiteral("访问控制程序"));
    const QString olderRound = flow().newDocument(QStringLiteral("备份管理程序"));
    DC_EXPECT_OK(flow().toEffective(earlier)); // 03-15: due 04-15
    setDay(3, 20);
    DC_EXPECT_OK(flow().toEffective(later));    // due 04-20
    DC_EXPECT_OK(flow().toEffective(upcoming)); // due 05-20
    DC_EXPECT_OK(flow().toEffective(distant));  // due 2027-03-20
    setDay(3, 21);
    DC_EXPECT_OK(flow().submit(olderRound));
    setDay(3, 22);
    DC_EXPECT_OK(flow().submit(youngerRound));

    const QList<Task> tasks = tasksOf(QStringLiteral("zhaoliu"));
    QStringList found;
    QList<bool> overdue;
    for (const Task &t : tasks) {
        found << t.number;
        overdue << t.overdue;
    }
    // The rounds were due a week after submission (03-28, 03-29), before the reviews (04-15, 04-20).
    QCOMPARE(found, (QStringList{olderRound, youngerRound, earlier, later, upcoming}));
    QCOMPARE(overdue, (QList<bool>{true, true, true, true, false}));
    QCOMPARE(tasks.at(0).due, QDate(2026, 3, 28));
    QCOMPARE(tasks.at(1).due, QDate(2026, 3, 29));
    QCOMPARE(tasks.at(2).due, QDate(2026, 4, 15));
    QCOMPARE(tasks.at(3).due, QDate(2026, 4, 20));
    QCOMPARE(tasks.at(4).due, QDate(2026, 5, 20));

    // The horizon decides which coming reviews show.
    QVERIFY(!listOf(QStringLiteral("zhaoliu"), kToday, 0).contains(QStringLiteral("Periodic review ") + upcoming + QStringLiteral(" A/0")));
    const QList<Task> year = tasksOf(QStringLiteral("zhaoliu"), kToday, 365);
    QCOMPARE(year.size(), 6);
    QCOMPARE(year.constLast().number, distant);
}

// The query and the document view's rules never disagree: for every user and document, a task
// is listed exactly when the view offers its action (a periodic review also when it is due).
void TestTasks::everyTaskIsAnActionTheViewOffers()
{
    const QString parallel = flow().newDocument(QStringLiteral("访问控制程序"));
    const QString sequential = flow().newDocument(QStringLiteral("服务连续性管理程序"));
    const QString inApproval = flow().newDocument(QStringLiteral("变更管理程序"));
    const QString approved = flow().newDocument(QStringLiteral("供应商管理程序"));
    const QString effective = flow().newDocument(QStringLiteral("信息分类程序"), QStringLiteral("lisi"), 1);
    const QString redrafted = flow().newDocument(QStringLiteral("密码管理程序"), QStringLiteral("lisi"), 1);
    const QString draft = flow().newDocument(QStringLiteral("事件管理程序"));
    const QString withdrawn = flow().newDocument(QStringLiteral("补丁管理程序"));
    DC_EXPECT_OK(flow().submit(parallel));
    DC_EXPECT_OK(wf().sign(user(QStringLiteral("zhaoliu")), kPassword, parallel, SignatureMeaning::Reviewed));
    DC_EXPECT_OK(flow().submit(sequential, dctest::FlowDriver::defaultRoute(true)));
    DC_EXPECT_OK(flow().submit(inApproval));
    DC_EXPECT_OK(flow().review(inApproval));
    DC_EXPECT_OK(flow().toApproved(approved));
    DC_EXPECT_OK(flow().toEffective(effective));
    DC_EXPECT_OK(flow().toEffective(redrafted));
    DC_EXPECT_OK(flow().documents().editDraft(m_template.author(), redrafted, QStringLiteral("# 密码管理程序\n\n密钥每年轮换。\n"), QStringLiteral("增加密钥轮换")));
    DC_EXPECT_OK(flow().submit(withdrawn));
    DC_EXPECT_OK(wf().withdraw(m_template.controller(), kPassword, withdrawn, QStringLiteral("并入手册")));

    const QList<QPair<TaskKind, WorkflowAction>> kinds{{TaskKind::Review, WorkflowAction::SignReview},
                                                       {TaskKind::Approval, WorkflowAction::SignApprove},
                                                       {TaskKind::Release, WorkflowAction::Release},
                                                       {TaskKind::PeriodicReview, WorkflowAction::PeriodicReview}};
    int listed = 0;
    for (const char *who : {"admin", "wangfang", "lisi", "zhaoliu", "sunqi", "zhouba", "wujiu", "chenjing"}) {
        const User &actor = user(QString::fromLatin1(who));
        QSet<QString> tasks;
        for (const Task &t : tasksOf(actor.name))
            tasks.insert(QStringLiteral("%1 %2").arg(int(t.kind)).arg(t.number));
        listed += int(tasks.size());
        for (const QString &number : {parallel, sequential, inApproval, approved, effective, redrafted, draft, withdrawn}) {
            auto state = DocumentState::load(db(), actor, number); // readers cannot load documents in progress
            for (const auto &[kind, action] : kinds) {
                bool offered = state.ok() && !Permissions::seesEffectiveOnly(actor) && WorkflowRules::availability(actor, state.value(), action).ok();
                if (kind == TaskKind::PeriodicReview && offered)
                    offered = state->effective()->nextReviewDate <= kToday.addDays(30);
                const bool isTask = tasks.contains(QStringLiteral("%1 %2").arg(int(kind)).arg(number));
                QVERIFY2(isTask == offered, qPrintable(QStringLiteral("%1, %2, %3: task %4, offered %5")
                                                           .arg(actor.name, number, displayName(kind)).arg(isTask).arg(offered)));
            }
        }
    }
    QVERIFY(listed >= 15); // the scenario gives everyone but the reader some work
}

void TestTasks::demoTasksOfEachUser_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QStringList>("expected"); // "kind number label"
    // In the demo ISMS-P-003 A/1 waits for liuyang's review (chenjing signed) and ISMS-P-007 for
    // zhangwei's approval; nothing is approved yet and no periodic review is due. The released
    // information security policy waits for its distribution list's acknowledgements (sunli, lijun, zhaomin).
    QTest::newRow("pending reviewer") << "liuyang" << QStringList{QStringLiteral("Review ISMS-P-003 A/1")};
    QTest::newRow("reviewer who signed") << "chenjing" << QStringList();
    QTest::newRow("approver") << "zhangwei" << QStringList{QStringLiteral("Approve ISMS-P-007 A/0")};
    // The demo's external standard is overdue for its edition check (a controller's task).
    QTest::newRow("controller") << "wangfang" << QStringList{QStringLiteral("Edition check ISMS-EXT-001 2025")};
    QTest::newRow("reader") << "sunli" << QStringList{QStringLiteral("Acknowledge ISMS-POL-001 A/0")};
    QTest::newRow("author on the distribution list") << "lijun" << QStringList{QStringLiteral("Acknowledge ISMS-POL-001 A/0")};
}

void TestTasks::demoTasksOfEachUser()
{
    QFETCH(QString, userName);
    QFETCH(QStringList, expected);
    QVERIFY(m_demoDir.isValid());
    auto demo = DemoStore::openOrCreate(m_demoDir.filePath(QStringLiteral("demo.dcstore"))); // made by the first row, reused
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    Database &store = *demo.value();
    const User actor = UserService(store).authenticate(userName, QString::fromLatin1(DemoStore::kPassword)).value();
    auto tasks = findTasks(store, actor, WorkflowService(store).today());
    QVERIFY2(tasks.ok(), qPrintable(tasks.message()));
    QStringList found;
    for (const Task &t : tasks.value()) {
        found << describe(t);
        if (t.kind == TaskKind::ExternalCheck) {
            QVERIFY(t.overdue);
            QVERIFY(t.due.isValid());
        } else {
            QVERIFY(t.since.isValid());
            QVERIFY(!t.overdue);
        }
        QVERIFY(!t.title.isEmpty());
    }
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestTasks)
#include "tst_tasks.moc"
