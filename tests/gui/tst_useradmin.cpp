// User administration (Tools ▸ Users…) and the own password change (File ▸ Change Password…),
// driven through the main window with a script answering the dialogs.

#include "guihelpers.h"
#include "core/services/session.h"
#include "ui/users/userdialogs.h"
#include "ui/users/usermodel.h"
#include "ui/users/usersdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

class TestUserAdmin final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void usersMenuIsForAdministrators();
    void addsAUserAndDisablesOne();
    void refusalsAreShownInTheDialog();
    void changesRolesAndResetsAPassword();
    void changesTheClearance();
    void ownAccountCannotBeDisabled();
    void changesTheOwnPassword();

private:
    MainWindow *open(const QString &userName);
    QAction *action(const char *name) const { return test::child<QAction>(m_window, name); }
    Result<User> signIn(const QString &name, const QString &password);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestUserAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.dcstore"));
    QVERIFY(DemoStore::openOrCreate(m_template).ok());
}

void TestUserAdmin::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestUserAdmin::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

MainWindow *TestUserAdmin::open(const QString &userName)
{
    delete m_window;
    m_window = test::openWindow(m_path, userName);
    if (m_window)
        m_window->show();
    return m_window;
}

Result<User> TestUserAdmin::signIn(const QString &name, const QString &password)
{
    auto db = Database::open(m_path);
    return UserService(*db.value()).authenticate(name, password);
}

void TestUserAdmin::usersMenuIsForAdministrators()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    QVERIFY(!action("actionUsers")->isEnabled());
    QVERIFY(action("actionUsers")->statusTip().contains(QStringLiteral("administrators")));
    QVERIFY(open(QStringLiteral("admin")));
    QVERIFY(action("actionUsers")->isEnabled());
}

void TestUserAdmin::addsAUserAndDisablesOne()
{
    QVERIFY(open(QStringLiteral("admin")));
    test::DialogScript script;
    script.on(QStringLiteral("addUserDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<AddUserDialog &>(shown);
        test::typeInto(test::child<QLineEdit>(&dialog, "newUserName"), QStringLiteral("zhouqiang"));
        test::typeInto(test::child<QLineEdit>(&dialog, "newDisplayName"), QStringLiteral("周强"));
        test::typeInto(test::child<QLineEdit>(&dialog, "newDepartment"), QStringLiteral("IT 运维部"));
        QVERIFY(test::child<QCheckBox>(&dialog, "roleReader")->isChecked()); // the default
        test::child<QCheckBox>(&dialog, "roleReader")->setChecked(false);
        QVERIFY(!dialog.okButton()->isEnabled()); // no role, no password
        test::child<QCheckBox>(&dialog, "roleReviewer")->setChecked(true);
        test::typeInto(test::child<QLineEdit>(&dialog, "newPassword"), QStringLiteral("first-pass"));
        test::typeInto(test::child<QLineEdit>(&dialog, "repeatPassword"), QStringLiteral("first-pasz"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.tryAccept());
        QVERIFY(dialog.errorText().contains(QStringLiteral("differ")));
        test::typeInto(test::child<QLineEdit>(&dialog, "repeatPassword"), QStringLiteral("first-pass"));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    });
    script.on(QStringLiteral("usersDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<UsersDialog &>(shown);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = dialog.model()->rowCount();
        QCOMPARE(before, 8);
        QTest::mouseClick(test::child<QPushButton>(&dialog, "addUserButton"), Qt::LeftButton);
        QCOMPARE(dialog.model()->rowCount(), before + 1);
        QVERIFY2(dialog.messageText().contains(QStringLiteral("zhouqiang")), qPrintable(dialog.messageText()));
        const int added = dialog.model()->rowOfName(QStringLiteral("zhouqiang"));
        QCOMPARE(dialog.model()->index(added, UserModel::DisplayColumn).data().toString(), QStringLiteral("周强"));
        QCOMPARE(dialog.model()->index(added, UserModel::RolesColumn).data().toString(), roleDisplayNames(Roles(Role::Reviewer)));

        QVERIFY(dialog.selectUser(QStringLiteral("sunli")));
        auto *toggle = test::child<QPushButton>(&dialog, "toggleActiveButton");
        QCOMPARE(toggle->text().remove(QLatin1Char('&')), QStringLiteral("Disable"));
        QTest::mouseClick(toggle, Qt::LeftButton);
        const int sunli = dialog.model()->rowOfName(QStringLiteral("sunli"));
        QCOMPARE(dialog.model()->index(sunli, UserModel::ActiveColumn).data().toString(), QStringLiteral("Disabled"));
        QVERIFY(dialog.model()->index(sunli, 0).data(Qt::ForegroundRole).isValid()); // greyed
        QCOMPARE(toggle->text().remove(QLatin1Char('&')), QStringLiteral("Enable"));
        QVERIFY(dialog.messageText().contains(QStringLiteral("sunli")));
        dialog.reject();
    });
    action("actionUsers")->trigger();
    QCOMPARE(script.seen(), (QStringList{QStringLiteral("usersDialog"), QStringLiteral("addUserDialog")}));

    auto added = signIn(QStringLiteral("zhouqiang"), QStringLiteral("first-pass"));
    QVERIFY2(added.ok(), qPrintable(added.message()));
    QVERIFY(added->has(Role::Reviewer));
    QVERIFY(!added->has(Role::Reader));
    QCOMPARE(added->department, QStringLiteral("IT 运维部"));
    auto disabled = signIn(QStringLiteral("sunli"), test::demoPassword());
    QVERIFY(!disabled.ok());
    QVERIFY(disabled.message().contains(QStringLiteral("disabled")));
}

void TestUserAdmin::refusalsAreShownInTheDialog()
{
    auto session = Session::open(m_path);
    QVERIFY(session.ok());
    const User admin = session.value()->signIn(QStringLiteral("admin"), test::demoPassword()).value();
    UsersDialog users(*session.value(), admin);
    test::DialogScript script;
    QString refusal;
    script.on(QStringLiteral("addUserDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<AddUserDialog &>(shown);
        test::typeInto(test::child<QLineEdit>(&dialog, "newUserName"), QStringLiteral("chenjing")); // taken
        test::typeInto(test::child<QLineEdit>(&dialog, "newPassword"), QStringLiteral("some-pass"));
        test::typeInto(test::child<QLineEdit>(&dialog, "repeatPassword"), QStringLiteral("some-pass"));
        QVERIFY(!dialog.tryAccept());
        QVERIFY(dialog.isVisible());
        refusal = dialog.errorText();
        test::typeInto(test::child<QLineEdit>(&dialog, "newUserName"), QStringLiteral("Bad Name"));
        QVERIFY(!dialog.okButton()->isEnabled()); // checked before core is asked
        dialog.reject();
    });
    users.addUser();
    QVERIFY2(refusal.contains(QStringLiteral("chenjing")), qPrintable(refusal));
    QCOMPARE(users.model()->rowCount(), 8);
}

void TestUserAdmin::changesRolesAndResetsAPassword()
{
    auto session = Session::open(m_path);
    QVERIFY(session.ok());
    const User admin = session.value()->signIn(QStringLiteral("admin"), test::demoPassword()).value();
    UsersDialog users(*session.value(), admin);
    users.show();
    QVERIFY(users.selectUser(QStringLiteral("liuyang")));
    test::DialogScript script;
    script.on(QStringLiteral("rolesDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<RolesDialog &>(shown);
        QVERIFY(test::child<QCheckBox>(&dialog, "roleReviewer")->isChecked());
        test::child<QCheckBox>(&dialog, "roleReviewer")->setChecked(false);
        QVERIFY(!dialog.okButton()->isEnabled()); // at least one role
        test::child<QCheckBox>(&dialog, "roleReviewer")->setChecked(true);
        test::child<QCheckBox>(&dialog, "roleApprover")->setChecked(true);
        QVERIFY(dialog.tryAccept());
    });
    script.on(QStringLiteral("resetPasswordDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<PasswordDialog &>(shown);
        test::typeInto(test::child<QLineEdit>(&dialog, "newPassword"), QStringLiteral("fresh-pass"));
        test::typeInto(test::child<QLineEdit>(&dialog, "repeatPassword"), QStringLiteral("fresh-pass"));
        QVERIFY(dialog.tryAccept());
    });
    QTest::mouseClick(test::child<QPushButton>(&users, "rolesButton"), Qt::LeftButton);
    QTest::mouseClick(test::child<QPushButton>(&users, "resetPasswordButton"), Qt::LeftButton);
    QCOMPARE(script.seen(), (QStringList{QStringLiteral("rolesDialog"), QStringLiteral("resetPasswordDialog")}));
    QVERIFY(users.messageText().contains(QStringLiteral("liuyang")));

    auto liuyang = signIn(QStringLiteral("liuyang"), QStringLiteral("fresh-pass"));
    QVERIFY2(liuyang.ok(), qPrintable(liuyang.message()));
    QVERIFY(liuyang->has(Role::Approver) && liuyang->has(Role::Reviewer));
    QVERIFY(!signIn(QStringLiteral("liuyang"), test::demoPassword()).ok());
}

// The clearance column, and the Clearance… dialog: sunli, a reader below 秘密, is cleared for it.
void TestUserAdmin::changesTheClearance()
{
    auto session = Session::open(m_path);
    QVERIFY(session.ok());
    const User admin = session.value()->signIn(QStringLiteral("admin"), test::demoPassword()).value();
    UsersDialog users(*session.value(), admin);
    users.show();
    QVERIFY(users.selectUser(QStringLiteral("sunli")));
    const int sunli = users.model()->rowOfName(QStringLiteral("sunli"));
    QVERIFY(sunli >= 0);
    QCOMPARE(users.model()->index(sunli, UserModel::ClearanceColumn).data().toString(), displayName(Classification::Internal));
    test::DialogScript script;
    script.on(QStringLiteral("clearanceDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<ClearanceDialog &>(shown);
        auto *box = test::child<QComboBox>(&dialog, "clearanceBox");
        QCOMPARE(box->currentData().toString(), QStringLiteral("internal"));
        box->setCurrentIndex(box->findData(QStringLiteral("confidential")));
        QVERIFY(dialog.tryAccept());
    });
    QTest::mouseClick(test::child<QPushButton>(&users, "clearanceButton"), Qt::LeftButton);
    QCOMPARE(script.seen(), QStringList{QStringLiteral("clearanceDialog")});
    QCOMPARE(users.model()->index(sunli, UserModel::ClearanceColumn).data().toString(), displayName(Classification::Confidential));
    auto signedIn = signIn(QStringLiteral("sunli"), test::demoPassword());
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.message()));
    QCOMPARE(signedIn->clearance, Classification::Confidential);
}

void TestUserAdmin::ownAccountCannotBeDisabled()
{
    auto session = Session::open(m_path);
    QVERIFY(session.ok());
    const User admin = session.value()->signIn(QStringLiteral("admin"), test::demoPassword()).value();
    UsersDialog users(*session.value(), admin);
    QVERIFY(users.selectUser(QStringLiteral("admin")));
    auto *toggle = test::child<QPushButton>(&users, "toggleActiveButton");
    QVERIFY(!toggle->isEnabled());
    QVERIFY(toggle->toolTip().contains(QStringLiteral("own account")));
    QVERIFY(users.selectUser(QStringLiteral("wangfang")));
    QVERIFY(toggle->isEnabled());
    QVERIFY(!users.selectUser(QStringLiteral("nobody")));
}

void TestUserAdmin::changesTheOwnPassword()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    test::DialogScript script;
    script.on(QStringLiteral("changePasswordDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<PasswordDialog &>(shown);
        auto *old = test::child<QLineEdit>(&dialog, "oldPassword");
        test::typeInto(old, QStringLiteral("not-it"));
        test::typeInto(test::child<QLineEdit>(&dialog, "newPassword"), QStringLiteral("wang-2026"));
        test::typeInto(test::child<QLineEdit>(&dialog, "repeatPassword"), QStringLiteral("wang-2026"));
        QVERIFY(!dialog.tryAccept());
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("wrong")), qPrintable(dialog.errorText()));
        QCOMPARE(old->selectedText(), QStringLiteral("not-it"));
        test::typeInto(old, test::demoPassword());
        QVERIFY(dialog.tryAccept());
    });
    action("actionChangePassword")->trigger();
    QCOMPARE(script.seen(), QStringList{QStringLiteral("changePasswordDialog")});
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("password was changed")));
    QVERIFY(signIn(QStringLiteral("wangfang"), QStringLiteral("wang-2026")).ok());
    QVERIFY(!signIn(QStringLiteral("wangfang"), test::demoPassword()).ok());
}

QTEST_MAIN(TestUserAdmin)
#include "tst_useradmin.moc"
