// File ▸ Controlled Copies (the register with recall and destroy), the recall step after a
// signed withdrawal, and File ▸ Master List of Documents from the register's filter — driven
// through the main window over a copy of the demo store, dialogs answered by a script.

#include "guihelpers.h"
#include "ui/copies/copiesdialog.h"
#include "ui/copies/recalldialog.h"
#include "ui/register/masterlistdialog.h"
#include "ui/register/registermodel.h"
#include "ui/register/registerview.h"
#include "ui/workflow/citingdialog.h"
#include "ui/workflow/signdialog.h"
#include "ui/workflow/workflowactions.h"
#include "ui/document/documentview.h"
#include "core/services/demostore.h"
#include "core/services/exportservice.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/userservice.h"
#include "core/services/workflowservice.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {
const QString kNumber = u"ISMS-P-001"_s; // effective in the demo store

// With DOCCONTROL_KEEP_SCREENSHOTS=DIR, saves the dialog as DIR/NAME.png to look at.
void keepScreenshot(QWidget &dialog, const char *name)
{
    const QString dir = qEnvironmentVariable("DOCCONTROL_KEEP_SCREENSHOTS");
    if (!dir.isEmpty())
        dialog.grab().save(dir + u'/' + QLatin1String(name) + u".png"_s);
}
} // namespace

class TestCopiesView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void copiesView_recallAndDestroy();
    void copiesView_readOnlyForOthers();
    void withdraw_signsAndRecallsInOneStep();
    void release_offersTheRecall();
    void masterList_fromTheRegisterFilter();

private:
    MainWindow *open(const QString &userName);
    // Issues a controlled copy of kNumber to `holder` through the window's session.
    void issue(MainWindow *window, const QString &holder);
    QList<ControlledCopy> copies(MainWindow *window);
    static void trigger(MainWindow *window, const char *action);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QList<MainWindow *> m_windows;
};

void TestCopiesView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(u"WenQuanYi Micro Hei"_s, 10));
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.dcstore"_s);
    auto demo = DemoStore::openOrCreate(m_template);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
}

void TestCopiesView::init()
{
    m_path = m_dir.filePath(u"demo.dcstore"_s);
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestCopiesView::cleanup()
{
    qDeleteAll(m_windows);
    m_windows.clear();
}

MainWindow *TestCopiesView::open(const QString &userName)
{
    MainWindow *window = test::openWindow(m_path, userName);
    if (window) {
        m_windows << window;
        window->resize(1400, 900);
        window->show();
    }
    return window;
}

void TestCopiesView::issue(MainWindow *window, const QString &holder)
{
    ExportRequest request{kNumber, {}, ExportRequest::Copy::Controlled, holder, false, {}};
    auto done = window->session().exports().exportPdf(window->user(), request, m_dir.filePath(holder + u".pdf"_s));
    QVERIFY2(done.ok(), qPrintable(done.message()));
}

QList<ControlledCopy> TestCopiesView::copies(MainWindow *window)
{
    auto all = window->session().exports().copies(window->user(), kNumber);
    return all ? all.value() : QList<ControlledCopy>();
}

void TestCopiesView::trigger(MainWindow *window, const char *action)
{
    QAction *found = test::child<QAction>(window, action);
    QVERIFY(found);
    QVERIFY2(found->isEnabled(), action);
    found->trigger();
}

void TestCopiesView::copiesView_recallAndDestroy()
{
    MainWindow *window = open(u"wangfang"_s);
    QVERIFY(window);
    issue(window, u"IT 部"_s);
    issue(window, u"质量部"_s);
    test::DialogScript script;
    script.on(u"confirmDestroy"_s, [](QDialog &shown) { shown.done(QMessageBox::Yes); });
    script.on(u"copiesDialog"_s, [](QDialog &shown) {
        auto &dialog = static_cast<CopiesDialog &>(shown);
        auto *table = test::child<QTableWidget>(&dialog, "copiesTable");
        auto *recall = test::child<QPushButton>(&dialog, "recallCopyButton");
        auto *destroy = test::child<QPushButton>(&dialog, "destroyCopyButton");
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(!recall->isEnabled()); // nothing selected
        QCOMPARE(table->item(0, CopiesDialog::Holder)->text(), u"IT 部"_s);
        QCOMPARE(table->item(0, CopiesDialog::Copy)->text(), u"001"_s);
        QCOMPARE(table->item(0, CopiesDialog::State)->text(), displayName(ControlledCopy::Status::Issued));
        table->selectRow(0);
        QVERIFY(recall->isEnabled());
        QTest::mouseClick(recall, Qt::LeftButton);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(table->item(0, CopiesDialog::State)->text().startsWith(CopiesDialog::tr("Recalled %1").arg(QString()).trimmed()));
        table->selectRow(1);
        QTest::mouseClick(destroy, Qt::LeftButton);
        QVERIFY(table->item(1, CopiesDialog::State)->text().startsWith(CopiesDialog::tr("Destroyed %1").arg(QString()).trimmed()));
        table->selectRow(1);
        QVERIFY(!destroy->isEnabled()); // destroyed is final
        keepScreenshot(dialog, "copies-dialog");
        shown.reject();
    });
    trigger(window, "actionControlledCopies");
    QCOMPARE(script.seen(), (QStringList{u"copiesDialog"_s, u"confirmDestroy"_s}));
    const QList<ControlledCopy> now = copies(window);
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0).status, ControlledCopy::Status::Recalled);
    QCOMPARE(now.at(1).status, ControlledCopy::Status::Destroyed);
}

// An author sees the register but may not recall; a reader does not get the register at all.
void TestCopiesView::copiesView_readOnlyForOthers()
{
    MainWindow *controller = open(u"wangfang"_s);
    QVERIFY(controller);
    issue(controller, u"IT 部"_s);
    MainWindow *author = open(u"lijun"_s);
    QVERIFY(author);
    test::DialogScript script;
    script.on(u"copiesDialog"_s, [](QDialog &shown) {
        auto *table = test::child<QTableWidget>(&shown, "copiesTable");
        QCOMPARE(table->rowCount(), 1);
        table->selectRow(0);
        QVERIFY(!test::child<QPushButton>(&shown, "recallCopyButton")->isEnabled());
        QVERIFY(!test::child<QPushButton>(&shown, "destroyCopyButton")->isEnabled());
        shown.reject();
    });
    trigger(author, "actionControlledCopies");
    QCOMPARE(script.seen(), QStringList{u"copiesDialog"_s});
    MainWindow *reader = open(u"sunli"_s);
    QVERIFY(reader);
    QVERIFY(!test::child<QAction>(reader, "actionControlledCopies")->isEnabled());
}

void TestCopiesView::withdraw_signsAndRecallsInOneStep()
{
    MainWindow *window = open(u"wangfang"_s);
    QVERIFY(window);
    issue(window, u"IT 部"_s);
    issue(window, u"运维部"_s);
    window->showDocument(kNumber);
    test::DialogScript script;
    script.on(u"withdrawDialog"_s, [](QDialog &shown) {
        auto &dialog = static_cast<SignDialog &>(shown);
        QCOMPARE(test::child<QLabel>(&dialog, "signMeaning")->text(), u"作废 Withdrawn"_s);
        const QString listed = test::child<QLabel>(&dialog, "copiesToRecall")->text();
        QVERIFY2(listed.contains(u"IT 部"_s) && listed.contains(u"运维部"_s), qPrintable(listed));
        QVERIFY(!dialog.tryAccept()); // no reason yet
        test::typeText(test::child<QPlainTextEdit>(&dialog, "signComment"), u"并入 ITSM 手册"_s);
        QVERIFY(!dialog.tryAccept()); // no password yet
        test::typeInto(test::child<QLineEdit>(&dialog, "signPassword"), u"wrong"_s);
        QVERIFY(!dialog.tryAccept()); // refused by core, stays open
        QVERIFY(!dialog.errorText().isEmpty());
        test::typeInto(test::child<QLineEdit>(&dialog, "signPassword"), test::demoPassword());
        keepScreenshot(dialog, "withdraw-dialog");
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    });
    script.on(u"recallDialog"_s, [](QDialog &shown) {
        auto &dialog = static_cast<RecallDialog &>(shown);
        auto *list = test::child<QListWidget>(&dialog, "recallList");
        QCOMPARE(list->count(), 2);
        QCOMPARE(dialog.checked().size(), 2);
        keepScreenshot(dialog, "recall-dialog");
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.recalled(), 2);
    });
    // The demo manual and two other documents cite it: the controller confirms first, and is
    // offered their review afterwards (declined here).
    script.on(u"citingDialog"_s, [](QDialog &shown) {
        auto &dialog = static_cast<CitingDialog &>(shown);
        if (dialog.mode() == CitingDialog::Mode::Confirm)
            QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
        else
            dialog.reject();
    });
    QAction *withdraw = window->documentView()->actions()->action(WorkflowAction::Withdraw);
    QVERIFY(withdraw->isEnabled());
    withdraw->trigger();
    QCOMPARE(script.seen(), (QStringList{u"citingDialog"_s, u"withdrawDialog"_s, u"recallDialog"_s, u"citingDialog"_s}));
    auto state = window->session().documentState(window->user(), kNumber);
    QVERIFY(state.ok());
    QCOMPARE(state->document.currentStatus, RevisionStatus::Obsolete);
    for (const ControlledCopy &c : copies(window))
        QCOMPARE(c.status, ControlledCopy::Status::Recalled);
}

// Releasing the next revision offers to recall the copies of the one it supersedes.
void TestCopiesView::release_offersTheRecall()
{
    MainWindow *window = open(u"wangfang"_s);
    QVERIFY(window);
    issue(window, u"IT 部"_s);
    Session &session = window->session();
    const auto user = [&](const QString &name) { return session.users().authenticate(name, test::demoPassword()).value(); };
    // The next revision, written by the controller and taken through review and approval by others.
    QVERIFY(session.documents().editDraft(window->user(), kNumber, u"# 文件和记录控制程序\n\n第二版。\n"_s, u"修订"_s).ok());
    QVERIFY(session.workflow().submit(window->user(), kNumber, Route{{u"chenjing"_s}, u"zhangwei"_s, false}).ok());
    QVERIFY(session.workflow().sign(user(u"chenjing"_s), test::demoPassword(), kNumber, SignatureMeaning::Reviewed).ok());
    QVERIFY(session.workflow().sign(user(u"zhangwei"_s), test::demoPassword(), kNumber, SignatureMeaning::Approved).ok());
    window->showDocument(kNumber);
    test::DialogScript script;
    script.on(u"signDialog"_s, [](QDialog &shown) {
        auto &dialog = static_cast<SignDialog &>(shown);
        QTest::keyClicks(test::child<QLineEdit>(&dialog, "signPassword"), test::demoPassword());
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    });
    script.on(u"recallDialog"_s, [](QDialog &shown) {
        auto &dialog = static_cast<RecallDialog &>(shown);
        QVERIFY(test::child<QLabel>(&dialog, "recallHeading")->text().contains(u"A/0"_s));
        QCOMPARE(dialog.checked().size(), 1);
        QCOMPARE(dialog.checked().first().holder, u"IT 部"_s);
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    });
    QAction *release = window->documentView()->actions()->action(WorkflowAction::Release);
    QVERIFY(release->isEnabled());
    release->trigger();
    // Then the review of the documents citing it is offered (declined here).
    QCOMPARE(script.seen(), (QStringList{u"signDialog"_s, u"recallDialog"_s, u"citingDialog"_s}));
    const QList<ControlledCopy> now = copies(window);
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().status, ControlledCopy::Status::Recalled);
}

void TestCopiesView::masterList_fromTheRegisterFilter()
{
    MainWindow *window = open(u"wangfang"_s);
    QVERIFY(window);
    RegisterFilter policies;
    policies.type = DocumentType::Policy;
    window->registerView()->model()->setFilter(policies);
    const QString csv = m_dir.filePath(u"master-list.csv"_s);
    const QString pdf = m_dir.filePath(u"master-list"_s); // the suffix is added
    QFile::remove(csv);
    test::DialogScript script;
    int run = 0;
    script.on(u"masterListDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<MasterListDialog &>(shown);
        QVERIFY(test::child<QLabel>(&dialog, "masterListFilter")->text().contains(displayName(DocumentType::Policy)));
        if (run++ == 0) {
            dialog.setFormat(MasterListDialog::Format::Csv);
            test::typeInto(test::child<QLineEdit>(&dialog, "masterListPath"), csv);
        } else {
            QCOMPARE(dialog.format(), MasterListDialog::Format::Pdf);
            test::typeInto(test::child<QLineEdit>(&dialog, "masterListPath"), pdf);
        }
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    });
    trigger(window, "actionMasterList");
    trigger(window, "actionMasterList");
    QCOMPARE(run, 2);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.contains(displayName(DocumentType::Policy)), qPrintable(line));
    QFile made(pdf + u".pdf"_s);
    QVERIFY(made.open(QIODevice::ReadOnly));
    QVERIFY(made.readAll().contains("/MediaBox [0 0 842.000000 595.000000]"));
    if (qEnvironmentVariableIsSet("DOCCONTROL_KEEP_MASTER_LIST"))
        QFile::copy(made.fileName(), qEnvironmentVariable("DOCCONTROL_KEEP_MASTER_LIST"));
}

QTEST_MAIN(TestCopiesView)
#include "tst_copiesview.moc"
