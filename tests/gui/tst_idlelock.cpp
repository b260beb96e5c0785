// The idle lock: the main window locks after the idle time, only the signed-in user's password
// unlocks it, anyone may sign out instead; and the settings dialog that sets the idle time.

#include "guihelpers.h"
#include "core/services/appsettings.h"
#include "ui/settings/settingsdialog.h"
#include "ui/signindialog.h"
#include "testfixture.h"
#include "ui/users/sessionlock.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace std::chrono_literals;

namespace {
const QString kOtherPassword = QStringLiteral("other-pass");
}

class TestIdleLock final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void locksWhenIdleAndOnlyTheUserUnlocks();
    void staysLockedAndSwallowsInput();
    void dialogsOverTheWindowAreCovered();
    void anyoneMaySignOut();
    void lockModeOfTheSignInDialog();
    void settingsSetTheIdleTime();

private:
    QTemporaryDir m_dir;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestIdleLock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("lock.dcstore"));
    auto db = test::makeStore(m_path, 2); // admin and reader
    QVERIFY(db);
    UserService users(*db);
    const User admin = users.authenticate(QStringLiteral("admin"), test::kAdminPassword).value();
    QVERIFY(users.addUser(admin, NewUser{QStringLiteral("other"), QStringLiteral("另一人"), {}, Role::Reviewer}, kOtherPassword).ok());
}

void TestIdleLock::init()
{
    m_window = test::openWindow(m_path, QStringLiteral("admin"), test::kAdminPassword);
    QVERIFY(m_window);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QCOMPARE(m_window->sessionLock()->timeout(), std::chrono::milliseconds(10min)); // the default
}

void TestIdleLock::cleanup()
{
    delete m_window;
    m_window = nullptr;
    QList<QPointer<QWidget>> windows; // opened by a sign-out
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<MainWindow *>(w))
            windows << w;
    }
    for (const QPointer<QWidget> &w : windows)
        delete w.data();
    QSettings().clear();
}

void TestIdleLock::locksWhenIdleAndOnlyTheUserUnlocks()
{
    SessionLock *lock = m_window->sessionLock();
    QSignalSpy locked(lock, &SessionLock::locked);
    QSignalSpy unlocked(lock, &SessionLock::unlocked);
    QStringList attempts;
    test::DialogScript script;
    script.on(QStringLiteral("signInDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<SignInDialog &>(shown);
        QVERIFY(dialog.isLockMode());
        QVERIFY(lock->isLocked());
        auto *cover = test::child<QWidget>(m_window, "lockCover");
        QVERIFY(cover && cover->isVisible());
        QCOMPARE(cover->geometry(), m_window->rect());
        auto *name = test::child<QLineEdit>(&dialog, "userName");
        auto *password = test::child<QLineEdit>(&dialog, "password");
        QCOMPARE(name->text(), QStringLiteral("admin"));
        QVERIFY(name->isReadOnly());
        // Another user's own password does not unlock, even with their name in the field.
        name->setText(QStringLiteral("other"));
        test::typeInto(password, kOtherPassword);
        attempts << QString::number(dialog.tryAccept());
        test::typeInto(password, QStringLiteral("wrong"));
        attempts << QString::number(dialog.tryAccept());
        attempts << dialog.errorText();
        test::typeInto(password, test::kAdminPassword);
        attempts << QString::number(dialog.tryAccept());
    });
    lock->setTimeout(30ms);
    QTRY_COMPARE(unlocked.count(), 1);
    QCOMPARE(locked.count(), 1);
    QCOMPARE(attempts.size(), 4);
    QCOMPARE(attempts.at(0), QStringLiteral("0"));
    QCOMPARE(attempts.at(1), QStringLiteral("0"));
    QVERIFY(attempts.at(2).contains(QStringLiteral("password")));
    QCOMPARE(attempts.at(3), QStringLiteral("1"));
    QVERIFY(!lock->isLocked());
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("lockCover")));
    lock->setTimeout(0ms);
}

void TestIdleLock::staysLockedAndSwallowsInput()
{
    SessionLock *lock = m_window->sessionLock();
    test::DialogScript script; // no handler: the unlock dialog is dismissed
    QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier); // File ▸ Lock
    QVERIFY(lock->isLocked());
    QTRY_COMPARE(script.seen(), QStringList{QStringLiteral("signInDialog")});
    QVERIFY(lock->isLocked());
    QVERIFY(test::child<QWidget>(m_window, "lockCover")->isVisible());

    // Behind the cover nothing reacts: Ctrl+2 would show the tasks.
    m_window->activateWindow(); // the dialog was shown without a window system
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(!m_window->isShowingTasks());

    script.on(QStringLiteral("signInDialog"), [](QDialog &shown) {
        test::typeInto(test::child<QLineEdit>(&shown, "password"), test::kAdminPassword);
        QVERIFY(static_cast<SignInDialog &>(shown).tryAccept());
    });
    QTest::mouseClick(test::child<QPushButton>(m_window, "unlockButton"), Qt::LeftButton);
    QVERIFY(!lock->isLocked());
    QVERIFY(QTest::qWaitForWindowActive(m_window)); // SessionLock activates it
    QTest::keyClick(m_window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(m_window->isShowingTasks());
}

void TestIdleLock::dialogsOverTheWindowAreCovered()
{
    // A dialog left open over the window (here a plain one with a text field) is hidden and
    // deaf while locked, and as it was afterwards.
    QDialog open(m_window);
    auto *field = new QLineEdit(&open);
    open.resize(300, 120);
    open.show();
    QVERIFY(QTest::qWaitForWindowExposed(&open));
    QTest::keyClicks(field, QStringLiteral("ab"));
    test::DialogScript script; // the unlock dialog is dismissed at first
    m_window->sessionLock()->lock();
    QTRY_COMPARE(script.seen().size(), 1);
    auto *cover = open.findChild<QWidget *>(QStringLiteral("lockCover"));
    QVERIFY(cover && cover->isVisible());
    QCOMPARE(cover->geometry(), open.rect());
    QTest::keyClicks(field, QStringLiteral("cd"));
    QCOMPARE(field->text(), QStringLiteral("ab"));

    script.on(QStringLiteral("signInDialog"), [](QDialog &shown) {
        test::typeInto(test::child<QLineEdit>(&shown, "password"), test::kAdminPassword);
        QVERIFY(static_cast<SignInDialog &>(shown).tryAccept());
    });
    QVERIFY(m_window->sessionLock()->askToUnlock());
    QVERIFY(!open.findChild<QWidget *>(QStringLiteral("lockCover")));
    QVERIFY(open.isVisible());
    QTest::keyClicks(field, QStringLiteral("cd"));
    QCOMPARE(field->text(), QStringLiteral("abcd"));
}

void TestIdleLock::anyoneMaySignOut()
{
    test::DialogScript script;
    script.on(QStringLiteral("signInDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<SignInDialog &>(shown);
        if (dialog.isLockMode()) {
            QTest::mouseClick(test::child<QPushButton>(&dialog, "signOutButton"), Qt::LeftButton);
            return;
        }
        // The next user signs in on the same store.
        QVERIFY(test::child<QLineEdit>(&dialog, "userName")->text().isEmpty());
        test::typeInto(test::child<QLineEdit>(&dialog, "userName"), QStringLiteral("other"));
        test::typeInto(test::child<QLineEdit>(&dialog, "password"), kOtherPassword);
        QVERIFY(dialog.tryAccept());
    });
    QSignalSpy signOut(m_window->sessionLock(), &SessionLock::signOutRequested);
    m_window->sessionLock()->lock();
    QTRY_COMPARE(signOut.count(), 1);
    MainWindow *next = nullptr;
    QTRY_VERIFY([&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *window = qobject_cast<MainWindow *>(w); window && window != m_window && window->isVisible())
                next = window;
        }
        return next != nullptr;
    }());
    QCOMPARE(next->user().name, QStringLiteral("other"));
    QVERIFY(!m_window->isVisible());
    QCOMPARE(script.seen(), (QStringList{QStringLiteral("signInDialog"), QStringLiteral("signInDialog")}));
    QCOMPARE(AppSettings::get(AppSettings::lastUser), QStringLiteral("other"));
}

void TestIdleLock::lockModeOfTheSignInDialog()
{
    const User admin = m_window->user();
    SignInDialog dialog(m_window->session(), admin.name);
    QVERIFY(!dialog.isLockMode());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("signOutButton")));
    dialog.lockTo(admin);
    QVERIFY(dialog.isLockMode());
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Unlock")));
    QVERIFY(test::child<QLabel>(&dialog, "signInHeading")->text().contains(QStringLiteral("locked")));
    dialog.show();
    QTest::mouseClick(test::child<QPushButton>(&dialog, "signOutButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), SignInDialog::SignOut);
    QVERIFY(!dialog.isVisible());
}

void TestIdleLock::settingsSetTheIdleTime()
{
    test::DialogScript script;
    script.on(QStringLiteral("settingsDialog"), [](QDialog &shown) {
        auto *minutes = test::child<QSpinBox>(&shown, "idleLockMinutes");
        QCOMPARE(minutes->value(), 10);
        minutes->setValue(3);
        auto *language = test::child<QComboBox>(&shown, "languageCombo");
        QCOMPARE(language->currentData().toString(), QString()); // the system's
        QCOMPARE(language->count(), 3);
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QVERIFY(test::child<QLabel>(&shown, "languageNote")->text().contains(QStringLiteral("started again")));
        shown.accept();
    });
    test::child<QAction>(m_window, "actionSettings")->trigger();
    QCOMPARE(script.seen(), QStringList{QStringLiteral("settingsDialog")});
    QCOMPARE(AppSettings::get(AppSettings::idleLockMinutes), 3);
    QCOMPARE(AppSettings::get(AppSettings::language), QStringLiteral("zh_CN"));
    QCOMPARE(m_window->sessionLock()->timeout(), std::chrono::milliseconds(3min));

    // Cancelling changes nothing; 0 never locks.
    script.on(QStringLiteral("settingsDialog"), [](QDialog &shown) {
        test::child<QSpinBox>(&shown, "idleLockMinutes")->setValue(0);
        shown.reject();
    });
    test::child<QAction>(m_window, "actionSettings")->trigger();
    QCOMPARE(AppSettings::get(AppSettings::idleLockMinutes), 3);
    script.on(QStringLiteral("settingsDialog"), [](QDialog &shown) {
        test::child<QSpinBox>(&shown, "idleLockMinutes")->setValue(0);
        QCOMPARE(test::child<QSpinBox>(&shown, "idleLockMinutes")->text(), QStringLiteral("Never"));
        shown.accept();
    });
    test::child<QAction>(m_window, "actionSettings")->trigger();
    QCOMPARE(m_window->sessionLock()->timeout(), std::chrono::milliseconds(0));
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
