// Due dates of reviews, approvals, releases and acknowledgements (DueDays): the built-in days,
// a store-wide number per kind, a number per kind and document type, which one wins, when a
// task is overdue, and the setting itself — who may change it, which numbers it takes, that a
// refusal leaves the store as it was, that the change is audited and that verify replays it.

#include "core/services/demostore.h"
#include "core/services/duedays.h"
#include "core/services/settingsservice.h"
#include "core/services/tasks.h"
#include "core/services/userservice.h"
#include "core/services/verifier.h"
#include "core/services/workflowservice.h"
#include "core/store/auditlog.h"
#include "workflowfixture.h"

#include <QStandardPaths>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

class TestDueDays final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void builtIn_data();
    void builtIn();
    void typeWinsOverStoreWide();
    void validate_data();
    void validate();
    void roundTakesItsTypesDays();
    void overdueOnlyAfterTheDueDay();
    void acknowledgementDueAfterFourteenDays();
    void set_isAuditedAndReplayed();
    void set_refusedChangesNothing_data();
    void set_refusedChangesNothing();

private:
    Database &db() { return m_session.db(); }
    dctest::FlowDriver &flow() { return m_session.flow(); }
    SettingsService settings() { return SettingsService(db(), m_clock); }
    QList<Task> tasksOf(const User &actor, QDate today)
    {
        auto found = findTasks(db(), actor, today);
        if (!found)
            qWarning("findTasks failed: %s", qPrintable(found.message()));
        return found ? found.value() : QList<Task>();
    }
    QDate submittedOn() const { return dctest::fixedNow().toLocalTime().date(); }

    FixedClock m_clock{dctest::fixedNow()};
    QTemporaryDir m_demoDir;
    dctest::WorkflowTemplate m_template;
    dctest::WorkflowSession m_session;
};

void TestDueDays::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_template.prepare(m_clock), qPrintable(m_template.error));
}

void TestDueDays::init()
{
    m_clock.set(dctest::fixedNow());
    const QString failed = m_session.open(m_template, m_clock);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestDueDays::cleanup()
{
    m_session.close();
}

void TestDueDays::builtIn_data()
{
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("key");
    QTest::newRow("review") << TaskKind::Review << 7 << u"review"_s;
    QTest::newRow("approval") << TaskKind::Approval << 5 << u"approval"_s;
    QTest::newRow("release") << TaskKind::Release << 2 << u"release"_s;
    QTest::newRow("acknowledge") << TaskKind::Acknowledge << 14 << u"acknowledge"_s;
    QTest::newRow("periodic review keeps its date") << TaskKind::PeriodicReview << 0 << QString();
    QTest::newRow("edition check keeps its date") << TaskKind::ExternalCheck << 0 << QString();
}

void TestDueDays::builtIn()
{
    QFETCH(TaskKind, kind);
    QFETCH(int, days);
    QFETCH(QString, key);
    QCOMPARE(DueDays::builtIn(kind), days);
    QCOMPARE(DueDays::applies(kind), days > 0);
    QCOMPARE(DueDays::kindKey(kind), key);
    if (days > 0) {
        QCOMPARE(DueDays::kindFromKey(key), std::optional<TaskKind>(kind));
        QCOMPARE(DueDays().days(kind, DocumentType::Procedure), days);
        const QDateTime since(QDate(2026, 3, 15), QTime(12, 0));
        QCOMPARE(DueDays().dueDate(kind, DocumentType::Procedure, since), QDate(2026, 3, 15).addDays(days));
    } else {
        QVERIFY(!DueDays().dueDate(kind, DocumentType::Procedure, QDateTime::currentDateTime()).isValid());
    }
}

void TestDueDays::typeWinsOverStoreWide()
{
    const DueDays set(QMap<QString, int>{{u"due.review"_s, 10}, {u"due.review.policy"_s, 3}, {u"due.release"_s, 0}, {u"due.approval.form"_s, 400}});
    QCOMPARE(set.days(TaskKind::Review, DocumentType::Policy), 3);     // the type's own
    QCOMPARE(set.days(TaskKind::Review, DocumentType::Procedure), 10); // the store-wide one
    QCOMPARE(set.days(TaskKind::Approval, DocumentType::Policy), 5);   // built in
    QCOMPARE(set.days(TaskKind::Release, DocumentType::Policy), 2);    // a value out of range is ignored
    QCOMPARE(set.days(TaskKind::Approval, DocumentType::Form), 5);
    QCOMPARE(set.own(TaskKind::Review, std::nullopt), std::optional<int>(10));
    QCOMPARE(set.own(TaskKind::Review, DocumentType::Policy), std::optional<int>(3));
    QCOMPARE(set.own(TaskKind::Review, DocumentType::Form), std::nullopt);
    QCOMPARE(DueDays::settingKey(TaskKind::Acknowledge, DocumentType::WorkInstruction), u"due.acknowledge.work_instruction"_s);
}

void TestDueDays::validate_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("valid");
    QTest::newRow("zero") << 0 << false;
    QTest::newRow("negative") << -3 << false;
    QTest::newRow("one") << 1 << true;
    QTest::newRow("a year") << 365 << true;
    QTest::newRow("past a year") << 366 << false;
}

void TestDueDays::validate()
{
    QFETCH(int, days);
    QFETCH(bool, valid);
    const Status checked = DueDays::validate(days);
    QCOMPARE(checked.ok(), valid);
    if (!valid) {
        QCOMPARE(checked.code(), ErrorCode::InvalidInput);
        QVERIFY2(checked.message().contains(QString::number(days)), qPrintable(checked.message())); // names the bad value
    }
}

void TestDueDays::roundTakesItsTypesDays()
{
    const QString n = flow().newDocument(u"访问控制程序"_s); // a procedure
    DC_EXPECT_OK(flow().submit(n));
    const User &reviewer = m_template.reviewer();
    QCOMPARE(tasksOf(reviewer, submittedOn()).constFirst().due, submittedOn().addDays(7));

    DC_EXPECT_OK(settings().setDueDays(m_template.controller(), TaskKind::Review, std::nullopt, 10));
    QCOMPARE(tasksOf(reviewer, submittedOn()).constFirst().due, submittedOn().addDays(10));
    DC_EXPECT_OK(settings().setDueDays(m_template.controller(), TaskKind::Review, DocumentType::Policy, 2)); // another type
    QCOMPARE(tasksOf(reviewer, submittedOn()).constFirst().due, submittedOn().addDays(10));
    DC_EXPECT_OK(settings().setDueDays(m_template.admin(), TaskKind::Review, DocumentType::Procedure, 3));
    QCOMPARE(tasksOf(reviewer, submittedOn()).constFirst().due, submittedOn().addDays(3));

    // The approval is due after the approval's days, counted from the submission.
    DC_EXPECT_OK(settings().setDueDays(m_template.controller(), TaskKind::Approval, DocumentType::Procedure, 20));
    DC_EXPECT_OK(flow().review(n));
    const QList<Task> approvals = tasksOf(m_template.approver, submittedOn());
    QCOMPARE(approvals.size(), 1);
    QCOMPARE(approvals.constFirst().kind, TaskKind::Approval);
    QCOMPARE(approvals.constFirst().due, submittedOn().addDays(20));

    // The release: two days after the approval.
    DC_EXPECT_OK(flow().approve(n));
    const QList<Task> releases = tasksOf(m_template.controller(), submittedOn());
    QCOMPARE(releases.size(), 1);
    QCOMPARE(releases.constFirst().kind, TaskKind::Release);
    QCOMPARE(releases.constFirst().due, submittedOn().addDays(2));
}

void TestDueDays::overdueOnlyAfterTheDueDay()
{
    const QString n = flow().newDocument(u"事件管理程序"_s);
    DC_EXPECT_OK(flow().submit(n));
    const QDate due = submittedOn().addDays(7);
    QVERIFY(!tasksOf(m_template.reviewer(), due).constFirst().overdue);
    QVERIFY(tasksOf(m_template.reviewer(), due.addDays(1)).constFirst().overdue);
    // A longer deadline makes the same task current again.
    DC_EXPECT_OK(settings().setDueDays(m_template.controller(), TaskKind::Review, std::nullopt, 30));
    QVERIFY(!tasksOf(m_template.reviewer(), due.addDays(1)).constFirst().overdue);
}

void TestDueDays::acknowledgementDueAfterFourteenDays()
{
    QVERIFY(m_demoDir.isValid());
    auto demo = DemoStore::openOrCreate(m_demoDir.filePath(u"demo.dcstore"_s));
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    Database &store = *demo.value();
    const User reader = UserService(store).authenticate(u"sunli"_s, QString::fromLatin1(DemoStore::kPassword)).value();
    const QDate today = WorkflowService(store).today();
    auto tasks = findTasks(store, reader, today);
    QVERIFY2(tasks.ok(), qPrintable(tasks.message()));
    QCOMPARE(tasks.value().size(), 1);
    const Task &ack = tasks.value().constFirst();
    QCOMPARE(ack.kind, TaskKind::Acknowledge);
    QCOMPARE(ack.due, ack.since.toLocalTime().date().addDays(14));
    QVERIFY(!findTasks(store, reader, ack.due).value().constFirst().overdue);
    QVERIFY(findTasks(store, reader, ack.due.addDays(1)).value().constFirst().overdue);
}

void TestDueDays::set_isAuditedAndReplayed()
{
    DC_EXPECT_OK(settings().setDueDays(m_template.controller(), TaskKind::Acknowledge, DocumentType::Policy, 21));
    DC_EXPECT_OK(settings().setDueDays(m_template.controller(), TaskKind::Acknowledge, DocumentType::Policy, 10));
    const Event last = AuditLog(db()).head().value();
    QCOMPARE(last.action, u"settings.due_days_set"_s);
    QCOMPARE(last.user, m_template.controller().name);
    QCOMPARE(last.details.value("key"_L1).toString(), u"due.acknowledge.policy"_s);
    QCOMPARE(last.details.value("before"_L1).toInt(), 21);
    QCOMPARE(last.details.value("after"_L1).toInt(), 10);
    QCOMPARE(settings().dueDays().value().own(TaskKind::Acknowledge, DocumentType::Policy), std::optional<int>(10));

    auto report = Verifier(db()).run();
    QVERIFY2(report.ok(), qPrintable(report.message()));
    QVERIFY2(report.value().ok(), report.value().problems.isEmpty() ? "" : qPrintable(report.value().problems.constFirst().message));

    // Changed outside DocControl: verify names the setting.
    DC_EXPECT_OK(dctest::rawSql(db(), u"UPDATE settings SET value = '90' WHERE key = 'due.acknowledge.policy'"_s));
    DC_EXPECT_OK(dctest::rawSql(db(), u"INSERT INTO settings(key, value) VALUES ('due.release', '1')"_s));
    report = Verifier(db()).run();
    QVERIFY(report.ok());
    QStringList objects;
    for (const VerifyProblem &p : report.value().problems)
        objects << p.object;
    QVERIFY2(objects.contains(u"due.acknowledge.policy"_s), qPrintable(objects.join(u", "_s)));
    QVERIFY2(objects.contains(u"due.release"_s), qPrintable(objects.join(u", "_s)));
}

void TestDueDays::set_refusedChangesNothing_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<int>("days");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("named");
    QTest::newRow("a reviewer") << u"zhaoliu"_s << TaskKind::Review << 3 << ErrorCode::PermissionDenied << QString();
    QTest::newRow("an author") << u"lisi"_s << TaskKind::Review << 3 << ErrorCode::PermissionDenied << QString();
    QTest::newRow("zero days") << u"wangfang"_s << TaskKind::Review << 0 << ErrorCode::InvalidInput << u"0"_s;
    QTest::newRow("past a year") << u"admin"_s << TaskKind::Approval << 400 << ErrorCode::InvalidInput << u"400"_s;
    QTest::newRow("periodic review") << u"wangfang"_s << TaskKind::PeriodicReview << 3 << ErrorCode::InvalidInput << QString();
    QTest::newRow("the value already set") << u"wangfang"_s << TaskKind::Release << 4 << ErrorCode::InvalidInput << u"4"_s;
}

void TestDueDays::set_refusedChangesNothing()
{
    QFETCH(QString, actor);
    QFETCH(TaskKind, kind);
    QFETCH(int, days);
    QFETCH(ErrorCode, code);
    QFETCH(QString, named);
    DC_EXPECT_OK(settings().setDueDays(m_template.controller(), TaskKind::Release, DocumentType::Form, 4));
    const dctest::StoreState before = dctest::stateOf(db());
    const Status refused = settings().setDueDays(m_template.user(actor), kind, DocumentType::Form, days);
    QVERIFY(!refused);
    QCOMPARE(refused.code(), code);
    if (!named.isEmpty())
        QVERIFY2(refused.message().contains(named), qPrintable(refused.message()));
    QCOMPARE(dctest::stateOf(db()), before);
}

QTEST_GUILESS_MAIN(TestDueDays)
#include "tst_duedays.moc"
