// "My tasks": what waits for each demo user, in what order, as a checked item model and as the
// left-hand page of the main window (Ctrl+2).

#include "guihelpers.h"
#include "core/services/workflowservice.h"
#include "core/services/documentstate.h"
#include "ui/workflow/taskmodel.h"
#include "ui/workflow/taskscanner.h"
#include "ui/workflow/tasksview.h"
#include "ui/document/documentview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

Q_DECLARE_METATYPE(dc::TaskKind)

class TestTasks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void tasksOfEachUser_data();
    void tasksOfEachUser();
    void signingRemovesTheTask();
    void sequentialRoundShowsOnlyTheNextReviewer();
    void approvedRevisionWaitsForRelease();
    void overduePeriodicReviewsComeFirst();
    void modelPassesTheTester();
    void ctrl2ShowsTasksAndARowShowsItsDocument();

private:
    User user(Database &db, const QString &name);
    QTemporaryDir m_dir;
    QString m_template;
    QString m_old; // built a year and a half ago: every periodic review is overdue
    QString m_path;
};

void TestTasks::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.dcstore"));
    QVERIFY(DemoStore::openOrCreate(m_template).ok());
    m_old = m_dir.filePath(QStringLiteral("old.dcstore"));
    const FixedClock past(QDateTime::currentDateTimeUtc().addDays(-540));
    auto old = DemoStore::openOrCreate(m_old, past);
    QVERIFY2(old.ok(), qPrintable(old.message()));
}

void TestTasks::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    QVERIFY(test::copyStore(m_template, m_path));
}

User TestTasks::user(Database &db, const QString &name)
{
    return UserService(db).authenticate(name, test::demoPassword()).value();
}

void TestTasks::tasksOfEachUser_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QStringList>("expected"); // "kind number label"
    // In the demo ISMS-P-003 A/1 waits for liuyang's review (chenjing signed) and ISMS-P-007 for
    // zhangwei's approval; nothing is approved yet and no periodic review is due.
    QTest::newRow("pending reviewer") << "liuyang" << QStringList{QStringLiteral("Review ISMS-P-003 A/1")};
    QTest::newRow("reviewer who signed") << "chenjing" << QStringList();
    QTest::newRow("approver") << "zhangwei" << QStringList{QStringLiteral("Approve ISMS-P-007 A/0")};
    QTest::newRow("controller") << "wangfang" << QStringList();
    QTest::newRow("reader") << "sunli" << QStringList();
}

void TestTasks::tasksOfEachUser()
{
    QFETCH(QString, userName);
    QFETCH(QStringList, expected);
    auto db = Database::open(m_path);
    auto tasks = findTasks(*db.value(), user(*db.value(), userName), QDate::currentDate());
    QVERIFY2(tasks.ok(), qPrintable(tasks.message()));
    QStringList found;
    for (const Task &t : tasks.value())
        found << QStringLiteral("%1 %2 %3").arg(displayName(t.kind), t.number, t.label);
    QCOMPARE(found, expected);
    for (const Task &t : tasks.value()) {
        QVERIFY(t.since.isValid());
        QVERIFY(!t.overdue);
        QVERIFY(!t.title.isEmpty());
    }
}

void TestTasks::signingRemovesTheTask()
{
    auto db = Database::open(m_path);
    const User liuyang = user(*db.value(), QStringLiteral("liuyang"));
    TaskModel model(*db.value(), liuyang);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TaskModel::NumberColumn).data().toString(), QStringLiteral("ISMS-P-003"));
    QCOMPARE(model.index(0, TaskModel::KindColumn).data(TaskModel::KindRole).toInt(), int(TaskKind::Review));
    QCOMPARE(model.index(0, TaskModel::FromColumn).data().toString(), QStringLiteral("王芳")); // who wrote it

    QVERIFY(WorkflowService(*db.value()).sign(liuyang, test::demoPassword(), QStringLiteral("ISMS-P-003"), SignatureMeaning::Reviewed).ok());
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    // …and now it waits for the approver.
    TaskModel approver(*db.value(), user(*db.value(), QStringLiteral("zhangwei")));
    QCOMPARE(approver.rowCount(), 2);
    QVERIFY(approver.rowOfNumber(QStringLiteral("ISMS-P-003")) >= 0);
}

void TestTasks::sequentialRoundShowsOnlyTheNextReviewer()
{
    auto db = Database::open(m_path);
    WorkflowService workflow(*db.value());
    const Route route{{QStringLiteral("chenjing"), QStringLiteral("liuyang")}, QStringLiteral("zhangwei"), true};
    QVERIFY(workflow.submit(user(*db.value(), QStringLiteral("wangfang")), QStringLiteral("ISMS-R-001"), route).ok());
    const auto numbers = [&](const QString &name) {
        QStringList found;
        const auto tasks = findTasks(*db.value(), user(*db.value(), name), QDate::currentDate());
        for (const Task &t : tasks.value())
            found << t.number;
        return found;
    };
    QVERIFY(numbers(QStringLiteral("chenjing")).contains(QStringLiteral("ISMS-R-001")));
    QVERIFY(!numbers(QStringLiteral("liuyang")).contains(QStringLiteral("ISMS-R-001"))); // not yet their turn
    QVERIFY(workflow.sign(user(*db.value(), QStringLiteral("chenjing")), test::demoPassword(), QStringLiteral("ISMS-R-001"),
                          SignatureMeaning::Reviewed).ok());
    QVERIFY(!numbers(QStringLiteral("chenjing")).contains(QStringLiteral("ISMS-R-001")));
    QVERIFY(numbers(QStringLiteral("liuyang")).contains(QStringLiteral("ISMS-R-001")));
}

void TestTasks::approvedRevisionWaitsForRelease()
{
    auto db = Database::open(m_path);
    WorkflowService workflow(*db.value());
    QVERIFY(workflow.sign(user(*db.value(), QStringLiteral("zhangwei")), test::demoPassword(), QStringLiteral("ISMS-P-007"),
                          SignatureMeaning::Approved).ok());
    // The controller may release it, and so may the approver who approved it.
    for (const QString &name : {QStringLiteral("wangfang"), QStringLiteral("zhangwei")}) {
        const QList<Task> tasks = findTasks(*db.value(), user(*db.value(), name), QDate::currentDate()).value();
        QCOMPARE(tasks.size(), 1);
        QCOMPARE(tasks.constFirst().kind, TaskKind::Release);
        QCOMPARE(tasks.constFirst().number, QStringLiteral("ISMS-P-007"));
        QCOMPARE(tasks.constFirst().from, QStringLiteral("zhangwei"));
    }
    const auto reviewer = findTasks(*db.value(), user(*db.value(), QStringLiteral("liuyang")), QDate::currentDate());
    for (const Task &t : reviewer.value())
        QVERIFY(t.kind != TaskKind::Release); // a reviewer releases nothing
    // Released for a later day, it no longer waits.
    QVERIFY(workflow.release(user(*db.value(), QStringLiteral("wangfang")), test::demoPassword(), QStringLiteral("ISMS-P-007"),
                             QDate::currentDate().addDays(5)).ok());
    QVERIFY(findTasks(*db.value(), user(*db.value(), QStringLiteral("wangfang")), QDate::currentDate())->isEmpty());
}

void TestTasks::overduePeriodicReviewsComeFirst()
{
    auto db = Database::open(m_old);
    QVERIFY(db.ok());
    // liuyang: the periodic reviews (overdue: the documents became effective 540 days ago) and a
    // review of ISMS-P-003 A/1.
    const QList<Task> tasks = findTasks(*db.value(), user(*db.value(), QStringLiteral("liuyang")), QDate::currentDate()).value();
    QVERIFY(tasks.size() > 3);
    int firstNotOverdue = -1;
    for (int i = 0; i < tasks.size(); ++i) {
        if (!tasks.at(i).overdue && firstNotOverdue < 0)
            firstNotOverdue = i;
        if (firstNotOverdue >= 0)
            QVERIFY2(!tasks.at(i).overdue, "an overdue task after one that is not");
        if (tasks.at(i).overdue) {
            QCOMPARE(tasks.at(i).kind, TaskKind::PeriodicReview);
            QVERIFY(tasks.at(i).due < QDate::currentDate());
            if (i > 0)
                QVERIFY(tasks.at(i - 1).due <= tasks.at(i).due);
        }
    }
    QVERIFY(firstNotOverdue > 0);
    QCOMPARE(tasks.at(firstNotOverdue).kind, TaskKind::Review);
    QCOMPARE(tasks.at(firstNotOverdue).number, QStringLiteral("ISMS-P-003"));

    TaskModel model(*db.value(), user(*db.value(), QStringLiteral("liuyang")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.overdueCount() > 0);
    QVERIFY(model.index(0, 0).data(TaskModel::OverdueRole).toBool());
    QVERIFY(model.index(0, TaskModel::WhenColumn).data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    QVERIFY(!findTasks(*db.value(), user(*db.value(), QStringLiteral("sunli")), QDate::currentDate())->size()); // readers review nothing
}

void TestTasks::modelPassesTheTester()
{
    auto db = Database::open(m_old);
    TaskModel model(*db.value(), user(*db.value(), QStringLiteral("wangfang")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.index(row, column).data().toString().isEmpty() || column == TaskModel::FromColumn);
    }
    QCOMPARE(model.headerData(TaskModel::KindColumn, Qt::Horizontal).toString(), QStringLiteral("Task"));
    model.setTasks({});
    QCOMPARE(model.rowCount(), 0);
    model.refresh();
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.lastError().isEmpty());
}

void TestTasks::ctrl2ShowsTasksAndARowShowsItsDocument()
{
    MainWindow *window = test::openWindow(m_path, QStringLiteral("liuyang"));
    QVERIFY(window);
    std::unique_ptr<MainWindow> owner(window);
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto *tabs = test::child<QTabBar>(window, "leftTabs");
    QCOMPARE(tabs->tabText(1), QStringLiteral("My Tasks (1)"));
    QVERIFY(!window->isShowingTasks());

    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(window->isShowingTasks());
    QCOMPARE(tabs->currentIndex(), 1);
    auto *table = test::child<QTableView>(window, "tasksTable");
    QVERIFY(table->isVisible());
    QVERIFY(test::child<QLabel>(window, "taskSummary")->text().contains(QStringLiteral("1 task")));
    const QModelIndex first = table->model()->index(0, TaskModel::TitleColumn);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
    QCOMPARE(window->documentView()->number(), QStringLiteral("ISMS-P-003"));
    QVERIFY(window->documentView()->actions() != nullptr);

    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(!window->isShowingTasks());
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QVERIFY(window->isShowingTasks());
}

QTEST_MAIN(TestTasks)
#include "tst_tasks.moc"
