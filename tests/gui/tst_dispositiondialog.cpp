// File ▸ Disposition… on the demo store: the controller sees the inspection record past its
// retention, a wrong password is shown in the sign dialog and changes nothing, Destroy… with the
// password and a reason empties the list and verify passes; Keep Longer… takes a document off
// the list; a reader has no such action.
#include "guihelpers.h"
#include "core/services/dispositionservice.h"
#include "core/services/session.h"
#include "core/services/verifier.h"
#include "ui/disposition/dispositiondialog.h"
#include "ui/mainwindow.h"
#include "ui/workflow/actiondialog.h"

#include <QAction>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QRadioButton>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

class TestDispositionDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void destroyWithSignature();
    void keepLonger();
    void legalHoldAndLift();
    void readerHasNoAction();

private:
    std::unique_ptr<Session> openAs(const QString &name, User &user)
    {
        auto session = Session::open(m_path);
        if (!session)
            return nullptr;
        auto signedIn = session.value()->signIn(name, test::demoPassword());
        if (!signedIn)
            return nullptr;
        user = signedIn.value();
        return std::move(session).value();
    }

    QTemporaryDir m_dir;
    QString m_template, m_path;
};

void TestDispositionDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.dcstore"_s);
    QVERIFY(DemoStore::openOrCreate(m_template).ok());
    m_path = m_dir.filePath(u"demo.dcstore"_s);
}

void TestDispositionDialog::init()
{
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestDispositionDialog::destroyWithSignature()
{
    User user;
    auto session = openAs(u"wangfang"_s, user);
    QVERIFY(session);
    DispositionDialog dialog(*session, user);
    auto *table = test::child<QTableWidget>(&dialog, "dispositionTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"ISMS-R-002"_s);
    auto *destroy = test::child<QPushButton>(&dialog, "destroyButton");
    QVERIFY(!destroy->isEnabled());
    table->selectRow(0);
    QVERIFY(destroy->isEnabled());

    test::DialogScript script;
    QString refusal;
    script.on(u"signDialog"_s, [&](QDialog &d) {
        auto &sign = static_cast<ActionDialog &>(d);
        test::child<QPlainTextEdit>(&d, "signComment")->setPlainText(u"保存期满，按记录控制程序销毁"_s);
        test::typeInto(test::child<QLineEdit>(&d, "signPassword"), u"wrong"_s);
        QVERIFY(!sign.tryAccept());
        refusal = sign.errorText();
        test::child<QLineEdit>(&d, "signPassword")->clear();
        test::typeInto(test::child<QLineEdit>(&d, "signPassword"), test::demoPassword());
        QVERIFY(sign.tryAccept());
    });
    QTest::mouseClick(destroy, Qt::LeftButton);
    QCOMPARE(script.seen(), QStringList{u"signDialog"_s});
    QVERIFY2(!refusal.isEmpty(), "the wrong password was not refused");
    QCOMPARE(table->rowCount(), 0);
    auto state = session->disposition().state(u"ISMS-R-002"_s);
    QVERIFY(state.ok() && state->disposed());
    auto report = session->verifier().run();
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->problems.value(0).message));
}

void TestDispositionDialog::keepLonger()
{
    User user;
    auto session = openAs(u"wangfang"_s, user);
    QVERIFY(session);
    DispositionDialog dialog(*session, user);
    auto *table = test::child<QTableWidget>(&dialog, "dispositionTable");
    table->selectRow(0);
    test::DialogScript script;
    script.on(u"keepDialog"_s, [](QDialog &d) {
        auto &keep = static_cast<ActionDialog &>(d);
        QVERIFY(!keep.okButton()->isEnabled()); // the reason is required
        test::typeInto(test::child<QLineEdit>(&d, "keepReason"), u"外部审计需要"_s);
        QVERIFY(keep.tryAccept());
    });
    QTest::mouseClick(test::child<QPushButton>(&dialog, "keepButton"), Qt::LeftButton);
    QCOMPARE(script.seen(), QStringList{u"keepDialog"_s});
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(session->disposition().state(u"ISMS-R-002"_s)->keepUntil.isValid());
}

// A hold takes the record off the list and blocks its destruction; lifting it brings it back.
void TestDispositionDialog::legalHoldAndLift()
{
    User user;
    auto session = openAs(u"wangfang"_s, user);
    QVERIFY(session);
    DispositionDialog dialog(*session, user);
    auto *table = test::child<QTableWidget>(&dialog, "dispositionTable");
    table->selectRow(0);
    test::DialogScript script;
    QString unknown;
    script.on(u"holdDialog"_s, [&](QDialog &d) {
        auto &hold = static_cast<ActionDialog &>(d);
        QCOMPARE(test::child<QLineEdit>(&d, "holdNumber")->text(), u"ISMS-R-002"_s); // the selected one
        QVERIFY(!hold.okButton()->isEnabled()); // the reason is required
        test::typeInto(test::child<QLineEdit>(&d, "holdReason"), u"劳动仲裁取证"_s);
        // A document that does not exist is refused by core, in the dialog.
        test::child<QLineEdit>(&d, "holdNumber")->setText(u"ISMS-R-999"_s);
        QVERIFY(!hold.tryAccept());
        unknown = hold.errorText();
        test::child<QLineEdit>(&d, "holdNumber")->setText(u"ISMS-R-002"_s);
        QVERIFY2(hold.tryAccept(), qPrintable(hold.errorText()));
    });
    QTest::mouseClick(test::child<QPushButton>(&dialog, "holdButton"), Qt::LeftButton);
    QCOMPARE(script.seen(), QStringList{u"holdDialog"_s});
    QVERIFY2(unknown.contains(u"ISMS-R-999"_s), qPrintable(unknown));
    QCOMPARE(table->rowCount(), 0);
    QCOMPARE(session->disposition().state(u"ISMS-R-002"_s)->legalHold, u"劳动仲裁取证"_s);
    QVERIFY(!session->disposition().destroy(user, test::demoPassword(), u"ISMS-R-002"_s, u"销毁"_s));

    test::DialogScript lift;
    lift.on(u"holdDialog"_s, [](QDialog &d) {
        auto &hold = static_cast<ActionDialog &>(d);
        QVERIFY(test::child<QLineEdit>(&d, "holdNumber")->text().isEmpty()); // nothing selected now
        test::typeInto(test::child<QLineEdit>(&d, "holdNumber"), u"ISMS-R-002"_s);
        test::child<QRadioButton>(&d, "holdLift")->setChecked(true);
        test::typeInto(test::child<QLineEdit>(&d, "holdReason"), u"仲裁结案"_s);
        QVERIFY2(hold.tryAccept(), qPrintable(hold.errorText()));
    });
    QTest::mouseClick(test::child<QPushButton>(&dialog, "holdButton"), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!session->disposition().state(u"ISMS-R-002"_s)->onHold());
}

void TestDispositionDialog::readerHasNoAction()
{
    std::unique_ptr<MainWindow> reader(test::openWindow(m_path, u"sunli"_s));
    QVERIFY(reader);
    auto *readerAction = reader->findChild<QAction *>(u"actionDisposition"_s);
    QVERIFY(readerAction);
    QVERIFY(!readerAction->isVisible());
    std::unique_ptr<MainWindow> controller(test::openWindow(m_path, u"wangfang"_s));
    QVERIFY(controller->findChild<QAction *>(u"actionDisposition"_s)->isVisible());
}

QTEST_MAIN(TestDispositionDialog)
#include "tst_dispositiondialog.moc"
