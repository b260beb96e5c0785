// What the workflow parts look like: every main screen and dialog is laid out at a laptop's
// window size and checked for clipped labels and buttons. With DC_SHOTS=/folder each is also
// saved as a PNG there (DC_SHOTS_LANG=zh_CN with DC_SHOTS_QM=a.qm;b.qm shows them translated).

#include "ui/diff/diffview.h"
#include "ui/import/importdialog.h"
#include "ui/document/documentview.h"
#include "ui/document/editdraftdialog.h"
#include "guihelpers.h"
#include "ui/register/registerview.h"
#include "core/services/workflowservice.h"
#include "ui/users/sessionlock.h"
#include "ui/users/usersdialog.h"
#include "ui/workflow/signdialog.h"
#include "ui/workflow/taskmodel.h"
#include "ui/workflow/tasksview.h"
#include "ui/workflow/workflowactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace dc;

class TestScreens final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void documentView();
    void tasks();
    void dialogs();
    void documentDialogs();
    void userAdministration();
    void lockScreen();
    void administrationScreens();

private:
    MainWindow *open(const QString &path, const QString &userName);
    // Checks that no visible label or button of `top` is narrower than its text needs, and
    // saves `top` as `name`.png when DC_SHOTS is set.
    void look(QWidget *top, const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_old;
    QString m_shots;
    QList<MainWindow *> m_windows;
};

void TestScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));
    m_shots = qEnvironmentVariable("DC_SHOTS");
    if (!m_shots.isEmpty())
        QDir().mkpath(m_shots);
    if (const QString language = qEnvironmentVariable("DC_SHOTS_LANG"); !language.isEmpty()) {
        // DC_SHOTS_QM: the catalogues to load, separated by ";" (the last one is searched first).
        const QStringList catalogues = qEnvironmentVariable("DC_SHOTS_QM").split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &catalogue : catalogues) {
            auto *own = new QTranslator(qApp);
            if (!catalogue.isEmpty() && own->load(catalogue))
                QCoreApplication::installTranslator(own);
        }
        auto *qt = new QTranslator(qApp);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    QVERIFY(DemoStore::openOrCreate(m_path).ok());
    // A store whose documents became effective a year and a half ago: periodic reviews are due.
    m_old = m_dir.filePath(QStringLiteral("old.dcstore"));
    QVERIFY(DemoStore::openOrCreate(m_old, FixedClock(QDateTime::currentDateTimeUtc().addDays(-400))).ok());
}

void TestScreens::cleanup()
{
    qDeleteAll(m_windows);
    m_windows.clear();
}

MainWindow *TestScreens::open(const QString &path, const QString &userName)
{
    MainWindow *window = test::openWindow(path, userName);
    if (!window)
        return nullptr;
    m_windows << window;
    window->resize(1366, 820);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

void TestScreens::look(QWidget *top, const QString &name)
{
    QTest::qWait(20); // let the layouts of a page just shown settle
    const QList<QWidget *> all = top->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisibleTo(top) || w->width() == 0)
            continue;
        const auto *label = qobject_cast<QLabel *>(w);
        const bool clipped = (label && !label->wordWrap() && !label->text().isEmpty() && label->width() < label->minimumSizeHint().width())
                             || (label && label->wordWrap() && !label->text().isEmpty() && label->height() < label->heightForWidth(label->width()))
                             || (qobject_cast<QPushButton *>(w) && w->width() < w->minimumSizeHint().width())
                             || (qobject_cast<QCheckBox *>(w) && w->width() < w->minimumSizeHint().width());
        if (clipped) {
            const QString text = label ? label->text() : static_cast<QAbstractButton *>(w)->text();
            QFAIL(qPrintable(QStringLiteral("%1: \"%2\" (%3) is %4×%5 px but needs %6×%7")
                                 .arg(name, text, w->objectName())
                                 .arg(w->width())
                                 .arg(w->height())
                                 .arg(w->minimumSizeHint().width())
                                 .arg(label && label->wordWrap() ? label->heightForWidth(w->width()) : w->minimumSizeHint().height())));
        }
    }
    if (!m_shots.isEmpty())
        QVERIFY(top->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
}

void TestScreens::documentView()
{
    MainWindow *window = open(m_path, QStringLiteral("wangfang"));
    QVERIFY(window);
    QVERIFY(window->registerView()->selectNumber(QStringLiteral("ISMS-P-003")));
    look(window, QStringLiteral("document-content"));
    auto *tabs = test::child<QTabWidget>(window, "documentTabs");
    tabs->setCurrentIndex(DocumentView::TimelineTab);
    look(window, QStringLiteral("document-timeline"));
    tabs->setCurrentIndex(DocumentView::DetailsTab);
    look(window, QStringLiteral("document-details"));
    QVERIFY(window->registerView()->selectNumber(QStringLiteral("ISMS-POL-002")));
    tabs->setCurrentIndex(DocumentView::RevisionsTab);
    look(window, QStringLiteral("document-revisions"));
}

void TestScreens::tasks()
{
    MainWindow *window = open(m_old, QStringLiteral("liuyang"));
    QVERIFY(window);
    window->showTasks();
    auto *table = test::child<QTableView>(window, "tasksTable");
    QVERIFY(table->model()->rowCount() > 1);
    const int review = [&] {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(TaskModel::KindRole).toInt() == int(TaskKind::Review))
                return row;
        }
        return 0;
    }();
    table->selectRow(review);
    look(window, QStringLiteral("tasks"));
}

void TestScreens::dialogs()
{
    MainWindow *reviewer = open(m_path, QStringLiteral("liuyang"));
    QVERIFY(reviewer);
    reviewer->showDocument(QStringLiteral("ISMS-P-003"));
    test::DialogScript script;
    script.on(QStringLiteral("changesDialog"), [&](QDialog &shown) {
        look(&shown, QStringLiteral("dialog-changes"));
        shown.reject();
    });
    script.on(QStringLiteral("signDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<SignDialog &>(shown);
        test::typeText(test::child<QPlainTextEdit>(&dialog, "signComment"), QStringLiteral("同意。"));
        test::typeInto(test::child<QLineEdit>(&dialog, "signPassword"), QStringLiteral("wrong"));
        QVERIFY(!dialog.tryAccept());
        look(&dialog, QStringLiteral("dialog-sign"));
        QTest::mouseClick(test::child<QPushButton>(&dialog, "viewChangesButton"), Qt::LeftButton);
        dialog.reject();
    });
    reviewer->documentView()->actions()->run(WorkflowAction::SignReview);
    script.on(QStringLiteral("rejectDialog"), [&](QDialog &shown) {
        look(&shown, QStringLiteral("dialog-reject"));
        shown.reject();
    });
    reviewer->documentView()->actions()->run(WorkflowAction::Reject);

    MainWindow *controller = open(m_path, QStringLiteral("wangfang"));
    QVERIFY(controller);
    controller->showDocument(QStringLiteral("ISMS-R-001"));
    script.on(QStringLiteral("routeDialog"), [&](QDialog &shown) {
        look(&shown, QStringLiteral("dialog-route"));
        shown.reject();
    });
    controller->documentView()->actions()->run(WorkflowAction::Submit);
    controller->showDocument(QStringLiteral("ISMS-P-001"));
    script.on(QStringLiteral("editDraftDialog"), [&](QDialog &shown) {
        look(&shown, QStringLiteral("dialog-edit"));
        shown.reject();
    });
    controller->documentView()->actions()->run(WorkflowAction::Edit);
    script.on(QStringLiteral("settingsDialog"), [&](QDialog &shown) {
        look(&shown, QStringLiteral("dialog-settings"));
        shown.reject();
    });
    test::child<QAction>(controller, "actionSettings")->trigger();

    // A release signs too, with the effective date.
    auto db = Database::open(m_path);
    const User zhangwei = UserService(*db.value()).authenticate(QStringLiteral("zhangwei"), test::demoPassword()).value();
    QVERIFY(WorkflowService(*db.value()).sign(zhangwei, test::demoPassword(), QStringLiteral("ISMS-P-007"), SignatureMeaning::Approved).ok());
    controller->showDocument(QStringLiteral("ISMS-P-007"));
    script.on(QStringLiteral("signDialog"), [&](QDialog &shown) {
        look(&shown, QStringLiteral("dialog-release"));
        shown.reject();
    });
    controller->documentView()->actions()->run(WorkflowAction::Release);
    QCOMPARE(script.seen().size(), 7);
}

// New Document (with a title typed, so the template shows it) and Edit Details.
void TestScreens::documentDialogs()
{
    MainWindow *controller = open(m_path, QStringLiteral("wangfang"));
    QVERIFY(controller);
    test::DialogScript script;
    script.on(QStringLiteral("newDocumentDialog"), [&](QDialog &shown) {
        test::typeInto(test::child<QLineEdit>(&shown, "metaTitle"), QStringLiteral("信息安全事件管理程序"));
        test::typeInto(test::child<QLineEdit>(&shown, "metaTitleEn"), QStringLiteral("Incident Management Procedure"));
        look(&shown, QStringLiteral("dialog-new-document"));
        shown.reject();
    });
    test::child<QAction>(controller, "actionNewDocument")->trigger();
    controller->showDocument(QStringLiteral("ISMS-P-003"));
    script.on(QStringLiteral("editDetailsDialog"), [&](QDialog &shown) {
        test::typeInto(test::child<QLineEdit>(&shown, "editDetailsReason"), QStringLiteral("归口部门调整"));
        look(&shown, QStringLiteral("dialog-edit-details"));
        shown.reject();
    });
    controller->documentView()->tabs()->setCurrentIndex(DocumentView::DetailsTab);
    QTest::mouseClick(test::child<QPushButton>(controller, "editDetailsButton"), Qt::LeftButton);
    QCOMPARE(script.seen(), (QStringList{QStringLiteral("newDocumentDialog"), QStringLiteral("editDetailsDialog")}));
}

void TestScreens::userAdministration()
{
    MainWindow *window = open(m_path, QStringLiteral("admin"));
    QVERIFY(window);
    test::DialogScript script;
    script.on(QStringLiteral("addUserDialog"), [&](QDialog &shown) {
        test::typeInto(test::child<QLineEdit>(&shown, "newUserName"), QStringLiteral("zhouqiang"));
        test::typeInto(test::child<QLineEdit>(&shown, "newDisplayName"), QStringLiteral("周强"));
        look(&shown, QStringLiteral("dialog-adduser"));
        shown.reject();
    });
    script.on(QStringLiteral("usersDialog"), [&](QDialog &shown) {
        auto &users = static_cast<UsersDialog &>(shown);
        users.selectUser(QStringLiteral("liuyang"));
        look(&shown, QStringLiteral("dialog-users"));
        QTest::mouseClick(test::child<QPushButton>(&shown, "addUserButton"), Qt::LeftButton);
        shown.reject();
    });
    test::child<QAction>(window, "actionUsers")->trigger();
    QCOMPARE(script.seen().size(), 2);
}

void TestScreens::lockScreen()
{
    MainWindow *window = open(m_path, QStringLiteral("wangfang"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-P-003"));
    test::DialogScript script;
    script.on(QStringLiteral("signInDialog"), [&](QDialog &shown) {
        look(window, QStringLiteral("lock-cover"));
        look(&shown, QStringLiteral("dialog-unlock"));
        shown.reject();
    });
    window->sessionLock()->lock();
    QTRY_COMPARE(script.seen().size(), 1);
}

// Issue 14 item 7 and item 2: administration, the audit log, verify and import, as a
// controller and an administrator see them.
void TestScreens::administrationScreens()
{
    MainWindow *window = open(m_path, QStringLiteral("admin"));
    QVERIFY(window);
    test::DialogScript script;
    script.on(QStringLiteral("administrationDialog"), [&](QDialog &shown) {
        shown.resize(1000, 560);
        look(&shown, QStringLiteral("dialog-administration"));
        shown.reject();
    });
    script.on(QStringLiteral("auditLogDialog"), [&](QDialog &shown) {
        shown.resize(1200, 700);
        look(&shown, QStringLiteral("dialog-auditlog"));
        shown.reject();
    });
    script.on(QStringLiteral("verifyDialog"), [&](QDialog &shown) {
        QCoreApplication::processEvents(); // the dialog verifies once it shows
        look(&shown, QStringLiteral("dialog-verify"));
        shown.reject();
    });
    const QString source = m_dir.filePath(QStringLiteral("信息安全事件管理程序.md"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("# 信息安全事件管理程序\n\n## 1 目的\n\n规范信息安全事件的报告、评估与处置。\n\n## 2 职责\n\n"
                                  "| 级别 | 响应时间 |\n|---|---|\n| 高 | 1 小时 |\n| 中 | 4 小时 |\n")
                       .toUtf8());
    }
    script.on(QStringLiteral("importDialog"), [&](QDialog &shown) {
        static_cast<ImportDialog &>(shown).setFilePath(source);
        shown.resize(1100, 600);
        look(&shown, QStringLiteral("dialog-import"));
        shown.reject();
    });
    for (const char *action : {"actionAdministration", "actionAuditLog", "actionVerifyStore", "actionImport"})
        test::child<QAction>(window, action)->trigger();
    QCOMPARE(script.seen().size(), 4);
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
