// "My tasks" on screen: the item model over findTasks (checked by QAbstractItemModelTester) and
// the left-hand page of the main window (Ctrl+2). Which tasks a user has: tests/unit/tst_tasks.cpp.

#include "guihelpers.h"
#include "core/services/session.h"
#include "core/services/workflowservice.h"
#include "ui/workflow/taskmodel.h"
#include "core/services/tasks.h"
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

#include <vector>

using namespace dc;

class TestTasksView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void signingRemovesTheTask();
    void overdueRowsStandOut();
    void modelPassesTheTester();
    void ctrl2ShowsTasksAndARowShowsItsDocument();

private:
    User user(Database &db, const QString &name);
    // A Session on the same store as `db`, as the screens get it; closed before the next test.
    Session &sessionOn(const Database &db)
    {
        m_sessions.push_back(std::move(Session::open(db.path())).value());
        return *m_sessions.back();
    }
    std::vector<std::unique_ptr<Session>> m_sessions;
    QTemporaryDir m_dir;
    QString m_template;
    QString m_old; // built a year and a half ago: every periodic review is overdue
    QString m_path;
};

void TestTasksView::initTestCase()
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

void TestTasksView::init()
{
    m_sessions.clear();
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    QVERIFY(test::copyStore(m_template, m_path));
}

User TestTasksView::user(Database &db, const QString &name)
{
    return UserService(db).authenticate(name, test::demoPassword()).value();
}

void TestTasksView::signingRemovesTheTask()
{
    auto db = Database::open(m_path);
    const User liuyang = user(*db.value(), QStringLiteral("liuyang"));
    TaskModel model(sessionOn(*db.value()), liuyang);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, TaskModel::NumberColumn).data().toString(), QStringLiteral("ISMS-P-003"));
    QCOMPARE(model.index(0, TaskModel::KindColumn).data(TaskModel::KindRole).toInt(), int(TaskKind::Review));
    QCOMPARE(model.index(0, TaskModel::FromColumn).data().toString(), QStringLiteral("王芳")); // who wrote it

    QVERIFY(WorkflowService(*db.value()).sign(liuyang, test::demoPassword(), QStringLiteral("ISMS-P-003"), SignatureMeaning::Reviewed).ok());
    model.refresh();
    QCOMPARE(model.rowCount(), 0);
    // …and now it waits for the approver.
    TaskModel approver(sessionOn(*db.value()), user(*db.value(), QStringLiteral("zhangwei")));
    QCOMPARE(approver.rowCount(), 2);
    QVERIFY(approver.rowOfNumber(QStringLiteral("ISMS-P-003")) >= 0);
}

// Overdue periodic reviews (the store was built a year and a half ago) are drawn in red, first.
void TestTasksView::overdueRowsStandOut()
{
    auto db = Database::open(m_old);
    QVERIFY(db.ok());
    TaskModel model(sessionOn(*db.value()), user(*db.value(), QStringLiteral("liuyang")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.overdueCount() > 0);
    QVERIFY(model.index(0, 0).data(TaskModel::OverdueRole).toBool());
    QVERIFY(model.index(0, TaskModel::WhenColumn).data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    const int last = model.rowCount() - 1;
    QVERIFY(!model.index(last, 0).data(TaskModel::OverdueRole).toBool()); // liuyang's review of ISMS-P-003
    QVERIFY(!model.index(last, 0).data(Qt::ForegroundRole).isValid());
}

void TestTasksView::modelPassesTheTester()
{
    auto db = Database::open(m_old);
    TaskModel model(sessionOn(*db.value()), user(*db.value(), QStringLiteral("wangfang")));
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

void TestTasksView::ctrl2ShowsTasksAndARowShowsItsDocument()
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

QTEST_MAIN(TestTasksView)
#include "tst_tasksview.moc"
