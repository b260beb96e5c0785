// A laptop's 1366×768 screen and what an export tells (issue 14 item 8): Print and Export stay
// on the document tool bar, the editor's buttons stay on the screen, a window size saved on a
// larger screen reopens inside this one, and an export says where the file went.

#include "ui/document/documentview.h"
#include "ui/document/editdraftdialog.h"
#include "ui/print/exportdialog.h"
#include "ui/print/printsettings.h"
#include "ui/windowfit.h"
#include "guihelpers.h"
#include "core/services/appsettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUrl>

using namespace dc;

class TestSmallScreen final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void clampedKeepsWindowsInside_data();
    void clampedKeepsWindowsInside();
    void savedGeometryFromALargerScreenIsClamped();
    void printAndExportStayOnTheToolBar();
    void editorButtonsStayOnTheScreen();
    void exportSaysWhereTheFileWent();
    void freshAccountGetsADocumentsFolder();

private:
    MainWindow *open(const QString &userName);
    // With DC_SHOTS=/folder, saves `widget` there as `name`.png, to look at.
    static void shoot(QWidget *widget, const QString &name)
    {
        if (const QString folder = qEnvironmentVariable("DC_SHOTS"); !folder.isEmpty() && QDir().mkpath(folder))
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QList<MainWindow *> m_windows;
};

void TestSmallScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.dcstore"));
    QVERIFY(DemoStore::openOrCreate(m_template).ok());
}

void TestSmallScreen::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestSmallScreen::cleanup()
{
    qDeleteAll(m_windows);
    m_windows.clear();
    QSettings().clear();
}

MainWindow *TestSmallScreen::open(const QString &userName)
{
    MainWindow *window = test::openWindow(m_path, userName);
    if (window)
        m_windows << window;
    return window;
}

void TestSmallScreen::clampedKeepsWindowsInside_data()
{
    QTest::addColumn<QRect>("frame");
    QTest::addColumn<QRect>("expected");
    const QRect laptop(0, 0, 1366, 740); // 768 less a panel
    QTest::newRow("fits") << QRect(100, 50, 800, 600) << QRect(100, 50, 800, 600);
    QTest::newRow("too large") << QRect(200, 100, 1800, 1100) << QRect(0, 0, 1366, 740);
    QTest::newRow("off the right and bottom") << QRect(1000, 500, 800, 600) << QRect(566, 140, 800, 600);
    QTest::newRow("off the left and top") << QRect(-300, -40, 800, 600) << QRect(0, 0, 800, 600);
    QTest::newRow("second screen gone") << QRect(2200, 100, 1200, 700) << QRect(166, 40, 1200, 700);
}

void TestSmallScreen::clampedKeepsWindowsInside()
{
    QFETCH(QRect, frame);
    QFETCH(QRect, expected);
    QCOMPARE(WindowFit::clamped(frame, QRect(0, 0, 1366, 740)), expected);
}

void TestSmallScreen::savedGeometryFromALargerScreenIsClamped()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        // The window as it was on a larger screen, further right and down than this one reaches.
        QWidget large;
        large.setGeometry(available.x() + 300, available.y() + 200, available.width() + 500, available.height() + 400);
        AppSettings::set(AppSettings::windowGeometry, large.saveGeometry());
    }
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    QVERIFY2(available.contains(window->frameGeometry()),
             qPrintable(QStringLiteral("%1,%2 %3×%4 is not inside %5×%6")
                            .arg(window->frameGeometry().x())
                            .arg(window->frameGeometry().y())
                            .arg(window->frameGeometry().width())
                            .arg(window->frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height())));
}

void TestSmallScreen::printAndExportStayOnTheToolBar()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    window->resize(1366 * 9 / 10, 768 * 9 / 10); // the size a first start gives it on a 1366×768 screen
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showDocument(QStringLiteral("ISMS-P-003"));
    QTest::qWait(20);
    auto *bar = test::child<QToolBar>(window, "documentToolBar");
    for (const char *name : {"printAction", "exportAction"}) {
        auto *action = test::child<QAction>(window->documentView(), name);
        QWidget *button = bar->widgetForAction(action);
        QVERIFY2(button && button->isVisible(), name); // not behind the tool bar's "»"
        QVERIFY2(bar->rect().contains(button->geometry()), name);
    }
    shoot(window, QStringLiteral("document-1229x691"));
}

void TestSmallScreen::editorButtonsStayOnTheScreen()
{
    EditRequest request;
    request.number = QStringLiteral("ISMS-P-001");
    request.title = QStringLiteral("信息安全事件管理程序");
    request.label = QStringLiteral("A/0");
    request.content = QStringLiteral("# 目的\n");
    request.summary = QStringLiteral("首次发布");
    EditDraftDialog dialog(request);
    const QRect available = dialog.screen()->availableGeometry();
    // The frame (title bar and borders) comes on top of the dialog's own size.
    QVERIFY2(dialog.height() + 30 <= available.height(), qPrintable(QString::number(dialog.height())));
    QVERIFY(dialog.width() <= available.width());
    QCOMPARE(WindowFit::fitted(QSize(980, 760), QRect(0, 0, 1366, 740)), QSize(980, 700));
    QCOMPARE(WindowFit::fitted(QSize(980, 760), QRect(0, 0, 1920, 1050)), QSize(980, 760));
}

void TestSmallScreen::exportSaysWhereTheFileWent()
{
    AppSettings::set(PrintSettings::exportFolder, m_dir.path());
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    window->resize(1366, 708);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->showDocument(QStringLiteral("ISMS-P-001"));
    test::DialogScript script;
    QString written;
    script.on(QStringLiteral("exportDialog"), [&](QDialog &dialog) {
        written = static_cast<ExportDialog &>(dialog).filePath();
        QTest::mouseClick(static_cast<ExportDialog &>(dialog).okButton(), Qt::LeftButton);
    });
    test::child<QAction>(window->documentView(), "exportAction")->trigger();
    QVERIFY(QFileInfo::exists(written));
    const QString message = window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QDir::toNativeSeparators(written)), qPrintable(message));
    // The message has the room to be read: the store's path gives way while it shows.
    QVERIFY(!test::child<QLabel>(window, "storeLabel")->isVisible());
    auto *link = test::child<QLabel>(window, "openExportFolder");
    QVERIFY(link->isVisible());
    QVERIFY2(link->text().contains(QUrl::fromLocalFile(QFileInfo(written).absolutePath()).toString(QUrl::FullyEncoded)), qPrintable(link->text()));
    QVERIFY(link->text().contains(QStringLiteral("Open Folder")));
    shoot(window, QStringLiteral("exported"));
    // Gone with its message.
    window->statusBar()->clearMessage();
    QVERIFY(!link->isVisible());
    QVERIFY(test::child<QLabel>(window, "storeLabel")->isVisible());
}

void TestSmallScreen::freshAccountGetsADocumentsFolder()
{
    // A fresh account: a home folder without Documents, no export folder remembered.
    const QByteArray home = qgetenv("HOME");
    const QString fresh = m_dir.filePath(QStringLiteral("fresh-home"));
    QVERIFY(QDir().mkpath(fresh));
    qputenv("HOME", QFile::encodeName(fresh));
    qunsetenv("XDG_DOCUMENTS_DIR");
    const auto restore = qScopeGuard([&] { qputenv("HOME", home); });
    AppSettings::set(PrintSettings::exportFolder, QString());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY2(documents.startsWith(fresh), qPrintable(documents));
    QVERIFY(!QFileInfo::exists(documents));

    auto session = Session::open(m_path);
    QVERIFY(session.ok());
    auto user = session.value()->signIn(QStringLiteral("wangfang"), test::demoPassword());
    QVERIFY(user.ok());
    auto subject = session.value()->printSubject(user.value(), QStringLiteral("ISMS-P-001"), {});
    QVERIFY(subject.ok());
    ExportDialog dialog(ExportDialog::Mode::Export, subject.value(), *session.value(), user.value());
    QCOMPARE(QFileInfo(dialog.filePath()).absolutePath(), documents);
    QVERIFY(QFileInfo(documents).isDir());
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(!test::child<QLabel>(&dialog, "fileHint")->isVisibleTo(&dialog));

    // A folder that is not there: Export is disabled, and the dialog says why.
    test::typeInto(test::child<QLineEdit>(&dialog, "fileEdit"), m_dir.filePath(QStringLiteral("missing/x.pdf")));
    QVERIFY(!dialog.okButton()->isEnabled());
    auto *hint = test::child<QLabel>(&dialog, "fileHint");
    QVERIFY(hint->isVisibleTo(&dialog));
    QVERIFY2(hint->text().contains(QStringLiteral("does not exist")), qPrintable(hint->text()));
    QCOMPARE(dialog.okButton()->toolTip(), hint->text());
}

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
