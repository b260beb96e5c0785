// File ▸ New Document… (Ctrl+N) and Edit Details… on the Details tab, driven through the main
// window on a copy of the demo store with a script answering the dialogs: who gets them, the
// number shown live as the type changes, the template the first draft starts from, the new
// document selected in the register, and refusals shown in the dialog, which stays open.

#include "guihelpers.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/verifier.h"
#include "ui/document/detailspage.h"
#include "ui/document/documentview.h"
#include "ui/document/editdetailsdialog.h"
#include "ui/document/newdocumentdialog.h"
#include "ui/document/timelinemodel.h"
#include "ui/register/registermodel.h"
#include "ui/register/registerview.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;

class TestNewDocument final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newDocumentIsForControllers();
    void ctrlNRegistersADraftFromTheTemplate();
    void controllerMayTypeTheNumber();
    void refusalIsShownAndTheDialogStaysOpen();
    void editDetailsNeedsAChangeAndAReason();
    void editDetailsIsForControllers();
    void editDetailsShowsACoreRefusal();

private:
    MainWindow *open(const QString &userName, Session::Access access = Session::Access::ReadWrite);
    QAction *action(const char *name) const { return test::child<QAction>(m_window, name); }
    static void chooseType(QDialog &dialog, DocumentType type);
    int documentCount();
    // Opens Edit Details on `number` and lets `handler` fill in the dialog.
    void editDetails(const QString &number, const test::DialogScript::Handler &handler, test::DialogScript &script);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestNewDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.dcstore"));
    QVERIFY(DemoStore::openOrCreate(m_template).ok());
}

void TestNewDocument::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestNewDocument::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

MainWindow *TestNewDocument::open(const QString &userName, Session::Access access)
{
    delete m_window;
    m_window = nullptr;
    auto session = Session::open(m_path, access);
    if (!session)
        return nullptr;
    auto user = session.value()->signIn(userName, test::demoPassword());
    if (!user)
        return nullptr;
    m_window = new MainWindow(std::move(session).value(), user.value());
    m_window->show();
    return m_window;
}

void TestNewDocument::chooseType(QDialog &dialog, DocumentType type)
{
    auto *types = test::child<QComboBox>(&dialog, "newDocType");
    types->setCurrentIndex(types->findData(toKey(type)));
}

int TestNewDocument::documentCount()
{
    auto page = m_window->session().documents().list(m_window->user(), RegisterQuery{});
    return page ? page->total : -1;
}

void TestNewDocument::newDocumentIsForControllers()
{
    QVERIFY(open(QStringLiteral("lijun"))); // an author
    QVERIFY(!action("actionNewDocument")->isEnabled());
    QVERIFY2(action("actionNewDocument")->statusTip().contains(QStringLiteral("document controllers only")),
             qPrintable(action("actionNewDocument")->statusTip()));
    test::DialogScript script;
    m_window->newDocument(); // called anyway: nothing opens
    QVERIFY(script.seen().isEmpty());

    QVERIFY(open(QStringLiteral("wangfang"), Session::Access::ReadOnly));
    QVERIFY(!action("actionNewDocument")->isEnabled());
    QVERIFY(action("actionNewDocument")->statusTip().contains(QStringLiteral("read-only")));

    QVERIFY(open(QStringLiteral("wangfang")));
    QVERIFY(action("actionNewDocument")->isEnabled());
    QCOMPARE(action("actionNewDocument")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
}

void TestNewDocument::ctrlNRegistersADraftFromTheTemplate()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    Session &session = m_window->session();
    const QString nextProcedure = session.documents().nextNumber(DocumentType::Procedure).value();
    const QString nextPolicy = session.documents().nextNumber(DocumentType::Policy).value();
    QCOMPARE(nextProcedure, QStringLiteral("ISMS-P-008"));
    const int before = documentCount();

    test::DialogScript script;
    script.on(QStringLiteral("newDocumentDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<NewDocumentDialog &>(shown);
        auto *number = test::child<QLineEdit>(&dialog, "newDocNumber");
        auto *preview = test::child<QPlainTextEdit>(&dialog, "newDocTemplate");
        QCOMPARE(number->text(), nextProcedure);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("## 1 目的 Purpose")));
        QVERIFY(!dialog.okButton()->isEnabled()); // no title yet

        // The number and the template follow the type.
        chooseType(dialog, DocumentType::Policy);
        QCOMPARE(number->text(), nextPolicy);
        QVERIFY(test::child<QLabel>(&dialog, "newDocNumberHint")->text().contains(QStringLiteral("{prefix}-POL-{seq:3}")));
        QCOMPARE(test::child<QSpinBox>(&dialog, "metaReviewMonths")->value(), 12);
        QVERIFY(preview->toPlainText().contains(QStringLiteral("## 3 方针声明 Policy statement")));
        QVERIFY(preview->toPlainText().contains(nextPolicy));
        chooseType(dialog, DocumentType::Procedure);
        QCOMPARE(number->text(), nextProcedure);
        QCOMPARE(test::child<QSpinBox>(&dialog, "metaReviewMonths")->value(), 24);

        test::typeInto(test::child<QLineEdit>(&dialog, "metaTitle"), QStringLiteral("信息安全事件管理程序"));
        test::typeInto(test::child<QLineEdit>(&dialog, "metaTitleEn"), QStringLiteral("Incident Management Procedure"));
        QVERIFY(preview->toPlainText().startsWith(QStringLiteral("# 信息安全事件管理程序\n\nIncident Management Procedure\n")));
        test::child<QPlainTextEdit>(&dialog, "metaClauses")->setPlainText(QStringLiteral("27001:2013 A.16.1.1\n20000-1:2018 8.6.1"));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window->registerView()->table(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(script.seen(), QStringList{QStringLiteral("newDocumentDialog")});

    QCOMPARE(documentCount(), before + 1);
    auto created = session.documents().show(m_window->user(), nextProcedure);
    QVERIFY2(created, qPrintable(created.message()));
    QCOMPARE(created->document.title, QStringLiteral("信息安全事件管理程序"));
    QCOMPARE(created->document.owner, QStringLiteral("wangfang"));
    QCOMPARE(created->document.clauses.size(), 2);
    QCOMPARE(created->revision.status, RevisionStatus::Draft);
    const QString content = created->revision.content;
    QVERIFY2(content.startsWith(QStringLiteral("# 信息安全事件管理程序\n")), qPrintable(content));
    for (const char *heading : {"## 1 目的 Purpose", "## 2 范围 Scope", "## 3 职责 Responsibilities", "## 4 程序 Procedure",
                                "## 5 相关文件 Related documents", "## 6 记录 Records"})
        QVERIFY2(content.contains(QString::fromUtf8(heading)), heading);
    QVERIFY(content.contains(QStringLiteral("**文件编号 No.：** ISMS-P-008")));

    // Selected in the register and shown.
    QCOMPARE(m_window->registerView()->currentNumber(), nextProcedure);
    QCOMPARE(m_window->documentView()->number(), nextProcedure);
    QCOMPARE(m_window->documentView()->tabs()->currentIndex(), int(DocumentView::ContentTab));
    auto report = session.verifier().run();
    QVERIFY(report && report->ok());
}

void TestNewDocument::controllerMayTypeTheNumber()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    test::DialogScript script;
    script.on(QStringLiteral("newDocumentDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<NewDocumentDialog &>(shown);
        auto *number = test::child<QLineEdit>(&dialog, "newDocNumber");
        QVERIFY(!number->isReadOnly());
        chooseType(dialog, DocumentType::Form);
        test::typeInto(number, QStringLiteral("ISMS-F-100"));
        chooseType(dialog, DocumentType::Record); // a typed number stays when the type changes
        QCOMPARE(number->text(), QStringLiteral("ISMS-F-100"));
        chooseType(dialog, DocumentType::Form);
        test::typeInto(test::child<QLineEdit>(&dialog, "metaTitle"), QStringLiteral("访问权限申请表"));
        QCOMPARE(dialog.newDocument().number, QStringLiteral("ISMS-F-100"));
        QVERIFY(dialog.tryAccept());
    });
    action("actionNewDocument")->trigger();
    auto created = m_window->session().documents().show(m_window->user(), QStringLiteral("ISMS-F-100"));
    QVERIFY2(created, qPrintable(created.message()));
    QVERIFY(created->revision.content.contains(QStringLiteral("## 2 表单 Form")));
    QCOMPARE(m_window->documentView()->number(), QStringLiteral("ISMS-F-100"));
}

void TestNewDocument::refusalIsShownAndTheDialogStaysOpen()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    const int before = documentCount();
    test::DialogScript script;
    script.on(QStringLiteral("newDocumentDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<NewDocumentDialog &>(shown);
        test::typeInto(test::child<QLineEdit>(&dialog, "newDocNumber"), QStringLiteral("ISMS-P-001")); // taken
        test::typeInto(test::child<QLineEdit>(&dialog, "metaTitle"), QStringLiteral("重复编号"));
        QVERIFY(!dialog.tryAccept());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("ISMS-P-001 is already used")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.created());
        // A bad clause is named before anything is sent.
        test::child<QPlainTextEdit>(&dialog, "metaClauses")->setPlainText(QStringLiteral("9001 7.5"));
        QVERIFY(!dialog.okButton()->isEnabled());
        dialog.reject();
    });
    action("actionNewDocument")->trigger();
    QCOMPARE(script.seen().size(), 1);
    QCOMPARE(documentCount(), before);
}

void TestNewDocument::editDetails(const QString &number, const test::DialogScript::Handler &handler, test::DialogScript &script)
{
    m_window->showDocument(number);
    m_window->documentView()->tabs()->setCurrentIndex(DocumentView::DetailsTab);
    script.on(QStringLiteral("editDetailsDialog"), handler);
    auto *button = test::child<QPushButton>(m_window, "editDetailsButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestNewDocument::editDetailsNeedsAChangeAndAReason()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    const QString number = QStringLiteral("ISMS-P-003");
    const QString hashBefore = m_window->session().documents().show(m_window->user(), number)->revision.contentHash;
    test::DialogScript script;
    editDetails(number, [&](QDialog &shown) {
        auto &dialog = static_cast<EditDetailsDialog &>(shown);
        QCOMPARE(test::child<QLineEdit>(&dialog, "metaTitle")->text(), QStringLiteral("变更管理程序"));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.tryAccept());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Nothing has changed")), qPrintable(dialog.errorText()));
        test::typeInto(test::child<QLineEdit>(&dialog, "metaTitle"), QStringLiteral("IT 变更管理程序"));
        auto *classification = test::child<QComboBox>(&dialog, "metaClassification");
        classification->setCurrentIndex(classification->findData(QStringLiteral("confidential")));
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.tryAccept());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("reason")), qPrintable(dialog.errorText()));
        test::typeInto(test::child<QLineEdit>(&dialog, "editDetailsReason"), QStringLiteral("范围扩展到 IT 服务"));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }, script);
    QCOMPARE(script.seen(), QStringList{QStringLiteral("editDetailsDialog")});

    QCOMPARE(m_window->documentView()->details()->fieldText(QStringLiteral("detailTitle")), QStringLiteral("IT 变更管理程序"));
    QCOMPARE(m_window->documentView()->details()->fieldText(QStringLiteral("detailClassification")), displayName(Classification::Confidential));
    auto shown = m_window->session().documents().show(m_window->user(), number);
    QCOMPARE(shown->revision.contentHash, hashBefore);
    auto events = m_window->session().verifier().events(number);
    QVERIFY(events);
    const Event &last = events->constLast();
    QCOMPARE(last.action, QStringLiteral("document.metadata_set"));
    QCOMPARE(last.details.value(QLatin1String("reason")).toString(), QStringLiteral("范围扩展到 IT 服务"));
    const QJsonObject changes = last.details.value(QLatin1String("changes")).toObject();
    QCOMPARE(changes.keys(), (QStringList{QStringLiteral("classification"), QStringLiteral("title")})); // only what changed
    // The timeline says what changed and why.
    const TimelineModel *timeline = m_window->documentView()->timelineModel();
    const int lastRow = timeline->rowCount() - 1;
    QCOMPARE(timeline->index(lastRow, TimelineModel::WhatColumn).data().toString(), QStringLiteral("Changed the details"));
    const QString detail = timeline->index(lastRow, TimelineModel::DetailColumn).data().toString();
    QVERIFY2(detail.startsWith(QStringLiteral("范围扩展到 IT 服务 — ")) && detail.contains(QStringLiteral("title: 变更管理程序 → IT 变更管理程序"))
                 && detail.contains(QStringLiteral("classification: ") + displayName(Classification::Internal)),
             qPrintable(detail));
    // The register follows the Session's signal.
    QTRY_VERIFY(m_window->registerView()->model()->rowOfNumber(number) >= 0);
    const int row = m_window->registerView()->model()->rowOfNumber(number);
    QTRY_COMPARE(m_window->registerView()->model()->index(row, RegisterModel::TitleColumn).data().toString(), QStringLiteral("IT 变更管理程序"));
    auto report = m_window->session().verifier().run();
    QVERIFY(report && report->ok());
}

void TestNewDocument::editDetailsIsForControllers()
{
    QVERIFY(open(QStringLiteral("lijun")));
    m_window->showDocument(QStringLiteral("ISMS-P-003"));
    auto *button = test::child<QPushButton>(m_window, "editDetailsButton");
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(QStringLiteral("document controllers only")), qPrintable(button->toolTip()));
    QVERIFY(open(QStringLiteral("wangfang"), Session::Access::ReadOnly));
    m_window->showDocument(QStringLiteral("ISMS-P-003"));
    QVERIFY(!test::child<QPushButton>(m_window, "editDetailsButton")->isEnabled());
}

void TestNewDocument::editDetailsShowsACoreRefusal()
{
    QVERIFY(open(QStringLiteral("wangfang")));
    const QString number = QStringLiteral("ISMS-P-003");
    const int events = m_window->session().verifier().events().value().size();
    test::DialogScript script;
    editDetails(number, [&](QDialog &shown) {
        auto &dialog = static_cast<EditDetailsDialog &>(shown);
        test::typeInto(test::child<QLineEdit>(&dialog, "metaTitle"), QStringLiteral("IT 变更管理程序"));
        test::typeInto(test::child<QLineEdit>(&dialog, "editDetailsReason"), QStringLiteral("更名"));
        // Meanwhile another desk makes the same change.
        {
            auto other = Session::open(m_path);
            QVERIFY(other);
            auto admin = other.value()->signIn(QStringLiteral("admin"), test::demoPassword());
            QVERIFY(admin);
            MetadataChange change;
            change.title = QStringLiteral("IT 变更管理程序");
            QVERIFY(other.value()->documents().setMetadata(admin.value(), number, change, QStringLiteral("另一处")));
        }
        QVERIFY(!dialog.tryAccept());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("nothing was changed")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        dialog.reject();
    }, script);
    QCOMPARE(m_window->session().verifier().events().value().size(), events + 1); // the other desk's change only
}

QTEST_MAIN(TestNewDocument)
#include "tst_newdocument.moc"
