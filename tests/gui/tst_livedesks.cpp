// Two app windows on one PostgreSQL store, each with its own Session, as two desks would have
// them: what a third desk registers, and each signature it makes, shows in both windows'
// registers within moments, without F5 (LISTEN/NOTIFY). PostgreSQL only (tst_livedesks_postgres).

#include "core/services/demostore.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/workflowservice.h"
#include "ui/mainwindow.h"
#include "ui/register/registermodel.h"
#include "ui/register/registerview.h"

#include "../unit/teststore.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace dc;

class TestLiveDesks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowsFollowAnotherDesk();

private:
    MainWindow *openWindow(const QString &userName);
    QString m_location;
    QList<MainWindow *> m_windows;
};

void TestLiveDesks::initTestCase()
{
    if (!dctest::onPostgres())
        QSKIP("PostgreSQL only: on SQLite the windows look for other desks' writes every few seconds");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    auto database = dctest::newPostgresDatabase();
    QVERIFY2(database.ok(), qPrintable(database.message()));
    m_location = database.value();
    auto demo = DemoStore::openOrCreate(m_location);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
}

void TestLiveDesks::cleanupTestCase()
{
    qDeleteAll(m_windows);
}

MainWindow *TestLiveDesks::openWindow(const QString &userName)
{
    auto session = Session::open(m_location);
    if (!session)
        return nullptr;
    auto user = session.value()->signIn(userName, QString::fromLatin1(DemoStore::kPassword));
    if (!user)
        return nullptr;
    auto *window = new MainWindow(std::move(session).value(), user.value());
    m_windows << window;
    window->show();
    return window;
}

void TestLiveDesks::windowsFollowAnotherDesk()
{
    MainWindow *controllerDesk = openWindow(QStringLiteral("wangfang"));
    MainWindow *approverDesk = openWindow(QStringLiteral("zhangwei"));
    QVERIFY(controllerDesk && approverDesk);
    QVERIFY(QTest::qWaitForWindowExposed(approverDesk));
    RegisterModel *seenByController = controllerDesk->registerView()->model();
    RegisterModel *seenByApprover = approverDesk->registerView()->model();
    const int before = seenByController->total();
    QCOMPARE(seenByApprover->total(), before);

    // The third desk.
    auto desk = Session::open(m_location);
    QVERIFY(desk.ok());
    Session &third = *desk.value();
    const QString password = QString::fromLatin1(DemoStore::kPassword);
    auto wangfang = third.signIn(QStringLiteral("wangfang"), password);
    QVERIFY(wangfang.ok());
    NewDocument d;
    d.title = QStringLiteral("远程办公安全程序");
    d.type = DocumentType::Procedure;
    d.owner = QStringLiteral("lijun");
    d.content = QStringLiteral("# 远程办公安全程序\n\n## 1 目的\n\n规范远程办公。\n");
    auto created = third.documents().create(wangfang.value(), d);
    QVERIFY2(created.ok(), qPrintable(created.message()));
    const QString number = created->number;
    QTRY_COMPARE_WITH_TIMEOUT(seenByController->total(), before + 1, 3000);
    QTRY_COMPARE_WITH_TIMEOUT(seenByApprover->total(), before + 1, 3000);

    const auto statusIn = [&number](RegisterModel *model) {
        const int row = model->rowOfNumber(number);
        return row < 0 ? QString() : model->index(row, RegisterModel::StatusColumn).data(RegisterModel::SortKeyRole).toString();
    };
    QCOMPARE(statusIn(seenByApprover), QStringLiteral("draft"));
    DC_EXPECT_OK(third.workflow().submit(wangfang.value(), number, Route{{QStringLiteral("chenjing")}, QStringLiteral("zhangwei"), false}));
    QTRY_COMPARE_WITH_TIMEOUT(statusIn(seenByApprover), QStringLiteral("in_review"), 3000);
    auto reviewer = third.signIn(QStringLiteral("chenjing"), password);
    QVERIFY(reviewer.ok());
    DC_EXPECT_OK(third.workflow().sign(reviewer.value(), password, number, SignatureMeaning::Reviewed, QStringLiteral("同意")));
    // The reviewer's signature moves it on to the approver, whose window shows it at once.
    QTRY_COMPARE_WITH_TIMEOUT(statusIn(seenByApprover), QStringLiteral("in_approval"), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(statusIn(seenByController), QStringLiteral("in_approval"), 3000);
}

QTEST_MAIN(TestLiveDesks)
#include "tst_livedesks.moc"
