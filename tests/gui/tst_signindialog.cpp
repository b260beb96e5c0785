// The sign-in dialog, driven without exec(): fields filled by typing, tryAccept() as the hook.

#include "ui/signindialog.h"
#include "core/services/session.h"
#include "testfixture.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

class TestSignInDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void prefillsTheLastUser();
    void rejectsWrongCredentials_data();
    void rejectsWrongCredentials();
    void enterKeepsItOpenOnFailure();
    void acceptsRightPassword();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session; // the screens' door to the same store
};

void TestSignInDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = test::makeStore(m_dir.filePath(QStringLiteral("signin.dcstore")), 0);
    QVERIFY(m_db);
    auto session = Session::open(m_db->path());
    QVERIFY2(session.ok(), qPrintable(session.message()));
    m_session = std::move(session).value();
}

void TestSignInDialog::prefillsTheLastUser()
{
    SignInDialog dialog(*m_session, QStringLiteral("reader"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userName"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(name && password);
    QCOMPARE(name->text(), QStringLiteral("reader"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(password->text().isEmpty());
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("signInError"))->isHidden());
}

void TestSignInDialog::rejectsWrongCredentials_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("wrong password") << QStringLiteral("admin") << QStringLiteral("wrong") << QStringLiteral("password");
    QTest::newRow("empty password") << QStringLiteral("admin") << QString() << QStringLiteral("password");
    QTest::newRow("unknown user") << QStringLiteral("nobody") << test::kAdminPassword << QStringLiteral("password");
    QTest::newRow("no user name") << QString() << test::kAdminPassword << QStringLiteral("user name");
}

void TestSignInDialog::rejectsWrongCredentials()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, messagePart);
    SignInDialog dialog(*m_session, user);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("password")), password);

    QVERIFY(!dialog.tryAccept());
    QVERIFY2(dialog.errorText().contains(messagePart), qPrintable(dialog.errorText()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("signInError"))->isVisible());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.user().name.isEmpty());
}

void TestSignInDialog::enterKeepsItOpenOnFailure()
{
    SignInDialog dialog(*m_session, QStringLiteral("admin"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::keyClick(password, Qt::Key_Return); // the default button: the same check
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(password->selectedText(), QStringLiteral("wrong")); // ready to be typed over

    QTest::keyClicks(password, test::kAdminPassword);
    QTest::keyClick(password, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestSignInDialog::acceptsRightPassword()
{
    SignInDialog dialog(*m_session);
    dialog.show();
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("userName"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(name->text().isEmpty());
    dialog.setErrorText(QStringLiteral("a silent sign-in failed"));
    QCOMPARE(dialog.errorText(), QStringLiteral("a silent sign-in failed"));
    QTest::keyClicks(name, QStringLiteral("reader"));
    QTest::keyClicks(password, test::kAdminPassword);
    QVERIFY(dialog.tryAccept());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QVERIFY(dialog.errorText().isEmpty());
    QCOMPARE(dialog.user().name, QStringLiteral("reader"));
    QVERIFY(dialog.user().has(Role::Reader));
    QVERIFY(!dialog.user().has(Role::Admin));
}

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
