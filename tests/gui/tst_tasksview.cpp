// "My tasks" on screen: the item model over findTasks (checked by QAbstractItemModelTester) and
// the left-hand page of the main window (Ctrl+2). Which tasks a user has: tests/unit/tst_tasks.cpp.

#include "guihelpers.h"
#include "core/services/session.h"
#include "core/services/workflowservice.h"
#include "ui/workflow/taskmodel.h"
#include "core/services/tasks.h"
#include "ui/workflow/tasksview.h"
#include "ui/workflow/overduebanner.h"
#include "ui/document/documentview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QPushButton>
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
    void dueColumnMarksOverdueRows();
    void bannerListsOverdueTasks();
    void bannerSkippedForTheRestOfTheDay();
    void signInShowsTheBannerOnlyWhenSomethingIsOverdue();
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

// Overdue tasks (the store was built a year and a half ago, so its periodic reviews and its
// review round are past their due dates) are drawn in red, first.
void TestTasksView::overdueRowsStandOut()
{
    auto db = Database::open(m_old);
    QVERIFY(db.ok());
    TaskModel model(sessionOn(*db.value()), user(*db.value(), QStringLiteral("liuyang")));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.overdueCount() > 0);
    QVERIFY(model.index(0, 0).data(TaskModel::OverdueRole).toBool());
    QVERIFY(model.index(0, TaskModel::DueColumn).data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
    // In a store built today liuyang's review of ISMS-P-003 is not due yet.
    auto fresh = Database::open(m_path);
    TaskModel current(sessionOn(*fresh.value()), user(*fresh.value(), QStringLiteral("liuyang")));
    QCOMPARE(current.rowCount(), 1);
    QVERIFY(!current.index(0, 0).data(TaskModel::OverdueRole).toBool());
    QVERIFY(!current.index(0, 0).data(Qt::ForegroundRole).isValid());
}

// The Due column: the date, and for overdue rows "overdue" in words, a warning icon and bold
// text (never colour alone).
void TestTasksView::dueColumnMarksOverdueRows()
{
    auto old = Database::open(m_old);
    TaskModel late(sessionOn(*old.value()), user(*old.value(), QStringLiteral("liuyang")));
    QCOMPARE(late.headerData(TaskModel::DueColumn, Qt::Horizontal).toString(), QStringLiteral("Due"));
    for (int row = 0; row < late.rowCount(); ++row) {
        const QModelIndex due = late.index(row, TaskModel::DueColumn);
        QVERIFY(due.data(TaskModel::OverdueRole).toBool()); // everything in that store is late
        QVERIFY2(due.data().toString().contains(QStringLiteral("(overdue)")), qPrintable(due.data().toString()));
        QVERIFY(!due.data(Qt::DecorationRole).isNull());
        QVERIFY(late.index(row, TaskModel::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
    }

    auto fresh = Database::open(m_path);
    TaskModel current(sessionOn(*fresh.value()), user(*fresh.value(), QStringLiteral("liuyang")));
    const QModelIndex due = current.index(0, TaskModel::DueColumn);
    QCOMPARE(due.data().toString(), current.taskAt(0)->due.toString(Qt::ISODate));
    QVERIFY(current.taskAt(0)->due >= QDate::currentDate());
    QVERIFY(due.data(Qt::DecorationRole).isNull());
    QVERIFY(!current.index(0, TaskModel::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
}

void TestTasksView::bannerListsOverdueTasks()
{
    auto old = Database::open(m_old);
    TaskModel late(sessionOn(*old.value()), user(*old.value(), QStringLiteral("liuyang")));
    int opened = 0;
    OverdueBanner banner(late, QDate::currentDate(), QStringLiteral("liuyang"), [&opened] { ++opened; });
    QVERIFY(banner.reminds());
    const QString text = test::child<QLabel>(&banner, "overdueReminderText")->text();
    QVERIFY2(text.startsWith(QString::number(late.overdueCount())), qPrintable(text));
    QVERIFY2(text.contains(late.taskAt(0)->number), qPrintable(text));
    banner.show();
    QTest::mouseClick(test::child<QPushButton>(&banner, "openOverdueTasks"), Qt::LeftButton);
    QCOMPARE(opened, 1);
    QVERIFY(!banner.isVisible());
    QVERIFY(!OverdueBanner::skippedToday(QStringLiteral("liuyang"), QDate::currentDate())); // not ticked

    auto fresh = Database::open(m_path);
    TaskModel current(sessionOn(*fresh.value()), user(*fresh.value(), QStringLiteral("liuyang")));
    OverdueBanner nothing(current, QDate::currentDate(), QStringLiteral("liuyang"), {});
    QVERIFY(!nothing.reminds());
    QVERIFY(nothing.isHidden());
}

void TestTasksView::bannerSkippedForTheRestOfTheDay()
{
    QSettings().clear();
    auto old = Database::open(m_old);
    TaskModel late(sessionOn(*old.value()), user(*old.value(), QStringLiteral("liuyang")));
    const QDate today = QDate::currentDate();
    {
        OverdueBanner banner(late, today, QStringLiteral("liuyang"), {});
        banner.show();
        test::child<QCheckBox>(&banner, "skipReminderToday")->setChecked(true);
        QTest::mouseClick(test::child<QPushButton>(&banner, "closeOverdueReminder"), Qt::LeftButton);
        QVERIFY(!banner.isVisible());
    }
    QVERIFY(OverdueBanner::skippedToday(QStringLiteral("liuyang"), today));
    QVERIFY(!OverdueBanner(late, today, QStringLiteral("liuyang"), {}).reminds());
    QVERIFY(OverdueBanner(late, today.addDays(1), QStringLiteral("liuyang"), {}).reminds()); // the next day again
    QVERIFY(OverdueBanner(late, today, QStringLiteral("wangfang"), {}).reminds());           // another user
    QSettings().clear();
}

void TestTasksView::signInShowsTheBannerOnlyWhenSomethingIsOverdue()
{
    QSettings().clear();
    for (const bool late : {true, false}) {
        MainWindow *window = test::openWindow(late ? m_old : m_path, QStringLiteral("liuyang"));
        QVERIFY(window);
        std::unique_ptr<MainWindow> owner(window);
        window->show();
        auto *banner = test::child<OverdueBanner>(window, "overdueBanner");
        QCOMPARE(banner->isVisible(), late);
        if (!late)
            continue;
        QVERIFY(!window->isShowingTasks());
        QTest::mouseClick(test::child<QPushButton>(window, "openOverdueTasks"), Qt::LeftButton);
        QVERIFY(window->isShowingTasks());
        QVERIFY(!banner->isVisible());
    }
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
