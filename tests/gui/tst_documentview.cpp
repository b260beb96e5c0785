// The document view in the main window, driven as its users would: open a document, read its
// tabs, submit it through the route dialog, sign it as another user (a wrong password first),
// reject it with a comment, release it, start a new revision — dialogs answered by a script.

#include "ui/document/detailspage.h"
#include "ui/document/documentview.h"
#include "ui/document/editdraftdialog.h"
#include "ui/document/revisionsmodel.h"
#include "ui/document/timelinemodel.h"
#include "ui/editor/markdowneditor.h"
#include "guihelpers.h"
#include "ui/preview/documentpreview.h"
#include "ui/register/registermodel.h"
#include "ui/register/registerview.h"
#include "core/services/demostore.h"
#include "core/services/documentservice.h"
#include "core/services/userservice.h"
#include "core/store/database.h"
#include "core/services/workflowservice.h"
#include "ui/workflow/actiondialog.h"
#include "ui/workflow/routedialog.h"
#include "ui/workflow/signdialog.h"
#include "ui/workflow/workflowactions.h"

#include <QAbstractItemModelTester>
#include <algorithm>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

using namespace dc;

class TestDocumentView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsADocumentInFourTabs();
    void modelsPassTheTester();
    void actionsSayWhyTheyAreDisabled();
    void submitThroughTheRouteDialog();
    void signAsReviewerAfterAWrongPassword();
    void rejectNeedsAComment();
    void approveThenRelease();
    void releaseCanBeScheduled();
    void editingAnEffectiveDocumentStartsARevision();
    void withdrawNeedsAReason();
    void periodicReviewIsSigned();
    void scheduledReleaseBecomesEffective();
    void revisionRowShowsThatRevision();
    void readerSeesEffectiveRevisionsOnly();
    void cancelledEditIsOfferedAgain();
    void twoEditors_reloadTheirText();
    void twoEditors_saveMineOnTop();

private:
    // Saves `text` into the draft of `number` from another desk (its own connection), as
    // wangfang, while this window's editor is open.
    void saveFromAnotherDesk(const QString &number, const QString &text);
    MainWindow *open(const QString &userName);
    // Clicks the document tool bar's button for `which`.
    void click(MainWindow *window, WorkflowAction which);
    RevisionStatus statusOf(const QString &number);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QList<MainWindow *> m_windows;
};

void TestDocumentView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setFont(QFont(QStringLiteral("WenQuanYi Micro Hei"), 10));
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.dcstore"));
    auto demo = DemoStore::openOrCreate(m_template);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
}

void TestDocumentView::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestDocumentView::cleanup()
{
    qDeleteAll(m_windows);
    m_windows.clear();
}

MainWindow *TestDocumentView::open(const QString &userName)
{
    MainWindow *window = test::openWindow(m_path, userName);
    if (!window)
        return nullptr;
    m_windows << window;
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        return nullptr;
    return window;
}

void TestDocumentView::click(MainWindow *window, WorkflowAction which)
{
    QAction *action = window->documentView()->actions()->action(which);
    auto *bar = test::child<QToolBar>(window, "documentToolBar");
    auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(action));
    QVERIFY2(button && button->isEnabled(), qPrintable(action->toolTip()));
    if (button->isVisible())
        QTest::mouseClick(button, Qt::LeftButton);
    else
        action->trigger(); // in the tool bar's overflow menu on a narrow window
}

RevisionStatus TestDocumentView::statusOf(const QString &number)
{
    auto db = Database::open(m_path);
    const User admin = UserService(*db.value()).authenticate(QStringLiteral("admin"), test::demoPassword()).value();
    return DocumentService(*db.value()).show(admin, number)->revision.status;
}

void TestDocumentView::showsADocumentInFourTabs()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    QVERIFY(window->registerView()->selectNumber(QStringLiteral("ISMS-P-003")));
    DocumentView *view = window->documentView();
    QCOMPARE(view->number(), QStringLiteral("ISMS-P-003"));

    auto *tabs = test::child<QTabWidget>(window, "documentTabs");
    QCOMPARE(tabs->count(), 5);
    QCOMPARE(tabs->tabText(0).remove(QLatin1Char('&')), QStringLiteral("Content"));
    QCOMPARE(tabs->tabText(3).remove(QLatin1Char('&')), QStringLiteral("Timeline"));
    QCOMPARE(tabs->tabText(4).remove(QLatin1Char('&')), QStringLiteral("Print Preview"));
    QVERIFY(test::child<QTextBrowser>(window, "preview")->toPlainText().contains(QStringLiteral("ISMS-P-003")));

    const QString progress = test::child<QLabel>(window, "workflowProgress")->text();
    QVERIFY2(progress.contains(QStringLiteral("陈静")) && progress.contains(QStringLiteral("刘洋")) && progress.contains(QStringLiteral("张伟")),
             qPrintable(progress));

    tabs->setCurrentIndex(DocumentView::DetailsTab);
    DetailsPage *details = view->details();
    QCOMPARE(details->fieldText(QStringLiteral("detailNumber")), QStringLiteral("ISMS-P-003"));
    QVERIFY(details->fieldText(QStringLiteral("detailOwner")).contains(QStringLiteral("李军")));
    QVERIFY(details->fieldText(QStringLiteral("detailReviewInterval")).contains(QStringLiteral("month")));
    QVERIFY(details->fieldText(QStringLiteral("detailRevision")).contains(QStringLiteral("A/1")));
    QCOMPARE(details->fieldText(QStringLiteral("detailHash")).remove(QLatin1Char(' ')).remove(QLatin1Char('\n')), view->state()->current.contentHash);

    // Revisions, newest first.
    RevisionsModel *revisions = view->revisionsModel();
    QCOMPARE(revisions->rowCount(), 2);
    QCOMPARE(revisions->index(0, RevisionsModel::LabelColumn).data().toString(), QStringLiteral("A/1"));
    QCOMPARE(revisions->index(0, RevisionsModel::StatusColumn).data().toString(), displayName(RevisionStatus::InReview));
    QCOMPARE(revisions->index(1, RevisionsModel::StatusColumn).data().toString(), displayName(RevisionStatus::Effective));
    QVERIFY(!revisions->index(1, RevisionsModel::NextReviewColumn).data().toString().isEmpty());
    QVERIFY(revisions->index(0, RevisionsModel::SummaryColumn).data().toString().contains(QStringLiteral("紧急变更")));

    // The timeline: events and signatures in time order, signers by name, with fingerprints.
    TimelineModel *timeline = view->timelineModel();
    QVERIFY(timeline->rowCount() > 5);
    QCOMPARE(timeline->index(0, TimelineModel::WhatColumn).data().toString(), QStringLiteral("Registered the document"));
    bool sawSignature = false, sawSubmission = false;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        const auto &e = timeline->entries().at(row);
        if (row > 0)
            QVERIFY(timeline->entries().at(row - 1).at <= e.at);
        if (e.kind == TimelineModel::Kind::Signature && e.what.contains(QStringLiteral("审核 Reviewed")) && e.who.contains(QStringLiteral("陈静"))) {
            sawSignature = true;
            QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{4}( [0-9a-f]{4}){3}$")).match(e.fingerprint).hasMatch());
        }
        if (e.what == QStringLiteral("Submitted for review") && e.revision == QStringLiteral("A/1")) {
            sawSubmission = true;
            QVERIFY2(e.detail.contains(QStringLiteral("刘洋")) && e.detail.contains(QStringLiteral("张伟")), qPrintable(e.detail));
        }
    }
    QVERIFY(sawSignature);
    QVERIFY(sawSubmission);
}

void TestDocumentView::modelsPassTheTester()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    DocumentView *view = window->documentView();
    QAbstractItemModelTester revisions(view->revisionsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timeline(view->timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const char *number : {"ISMS-P-003", "ISMS-POL-002", "ISMS-R-001", "no-such-document", "ISMS-0001-2022"}) {
        window->showDocument(QLatin1String(number));
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(view->revisionsModel()), static_cast<QAbstractItemModel *>(view->timelineModel())}) {
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    QVERIFY(model->index(row, column).data().isValid() || column > 0);
            }
        }
    }
    QCOMPARE(view->number(), QStringLiteral("ISMS-0001-2022"));
    window->showDocument(QStringLiteral("no-such-document"));
    QVERIFY(view->number().isEmpty());
    QCOMPARE(view->revisionsModel()->rowCount(), 0);
    QCOMPARE(view->timelineModel()->rowCount(), 0);
}

void TestDocumentView::actionsSayWhyTheyAreDisabled()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    WorkflowActions *actions = window->documentView()->actions();
    QVERIFY(!actions->action(WorkflowAction::Edit)->isEnabled()); // nothing selected
    QVERIFY(actions->action(WorkflowAction::Edit)->toolTip().contains(QStringLiteral("Select a document")));

    window->showDocument(QStringLiteral("ISMS-P-003"));
    QAction *edit = actions->action(WorkflowAction::Edit);
    QVERIFY(!edit->isEnabled());
    QVERIFY2(edit->toolTip().contains(QStringLiteral("cannot change")), qPrintable(edit->toolTip()));
    QVERIFY(edit->toolTip().contains(QStringLiteral("Ctrl+E")));
    QVERIFY(!actions->action(WorkflowAction::SignReview)->isEnabled());
    QVERIFY(actions->action(WorkflowAction::SignReview)->toolTip().contains(QStringLiteral("reviewers only")));
    QVERIFY(actions->action(WorkflowAction::Withdraw)->isEnabled());

    // The same actions sit in the Document menu with their shortcuts.
    QCOMPARE(actions->action(WorkflowAction::SignReview)->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    const QList<QKeySequence> shortcuts = [&] {
        QList<QKeySequence> all;
        for (QAction *a : actions->actions())
            all << a->shortcut();
        return all;
    }();
    QCOMPARE(QSet<QKeySequence>(shortcuts.cbegin(), shortcuts.cend()).size(), shortcuts.size()); // all different

    window->showDocument(QStringLiteral("ISMS-P-001"));
    QVERIFY(edit->isEnabled());
    QVERIFY2(edit->toolTip().contains(QStringLiteral("new revision")), qPrintable(edit->toolTip()));
}

void TestDocumentView::submitThroughTheRouteDialog()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    QVERIFY(window->registerView()->selectNumber(QStringLiteral("ISMS-R-001")));
    test::DialogScript script;
    script.on(QStringLiteral("routeDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<RouteDialog &>(shown);
        // The type's default route: chenjing and liuyang review, zhangwei approves.
        QCOMPARE(dialog.route().reviewers, (QStringList{QStringLiteral("chenjing"), QStringLiteral("liuyang")}));
        QCOMPARE(dialog.route().approver, QStringLiteral("zhangwei"));
        auto *list = test::child<QListWidget>(&dialog, "reviewerList");
        QVERIFY(list->findItems(QStringLiteral("王芳"), Qt::MatchContains).isEmpty()); // the author
        list->item(0)->setCheckState(Qt::Unchecked); // only liuyang, then
        auto *sequential = test::child<QCheckBox>(&dialog, "sequentialCheck");
        QVERIFY(!sequential->isChecked());
        QTest::mouseClick(sequential, Qt::LeftButton, {}, QPoint(8, sequential->height() / 2)); // on the box, not past the label
        QVERIFY(sequential->isChecked());
        QVERIFY(dialog.route().sequential);
        QVERIFY(dialog.tryAccept());
    });
    click(window, WorkflowAction::Submit);
    QCOMPARE(script.seen(), QStringList{QStringLiteral("routeDialog")});

    QCOMPARE(statusOf(QStringLiteral("ISMS-R-001")), RevisionStatus::InReview);
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Submitted ISMS-R-001 A/0 for review"));
    const DocumentState *state = &*window->documentView()->state();
    QCOMPARE(state->current.status, RevisionStatus::InReview);
    QCOMPARE(state->round->reviewers.size(), 1);
    QCOMPARE(state->round->reviewers.constFirst(), QStringLiteral("liuyang"));
    QVERIFY(state->round->sequential);
    // The register follows the Session's announcement of the write, from the event loop.
    RegisterModel *model = window->registerView()->model();
    QTRY_COMPARE(model->index(model->rowOfNumber(QStringLiteral("ISMS-R-001")), RegisterModel::StatusColumn).data().toString(),
                 displayName(RevisionStatus::InReview));
    QVERIFY(!window->documentView()->actions()->action(WorkflowAction::Submit)->isEnabled());
}

void TestDocumentView::signAsReviewerAfterAWrongPassword()
{
    MainWindow *window = open(QStringLiteral("liuyang"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-P-003"));
    test::DialogScript script;
    QString wrongPasswordError;
    script.on(QStringLiteral("signDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<SignDialog &>(shown);
        QCOMPARE(dialog.request().meaning, SignatureMeaning::Reviewed);
        QCOMPARE(test::child<QLabel>(&dialog, "signSigner")->text(), QStringLiteral("刘洋 (liuyang)"));
        QCOMPARE(test::child<QLabel>(&dialog, "signRevision")->text(), QStringLiteral("A/1 (In review)"));
        QVERIFY(test::child<QPushButton>(&dialog, "viewChangesButton")->isEnabled()); // against A/0, effective
        auto *password = test::child<QLineEdit>(&dialog, "signPassword");
        QTest::keyClicks(password, QStringLiteral("wrong"));
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        wrongPasswordError = dialog.errorText();
        test::typeInto(password, test::demoPassword());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    });
    script.on(QStringLiteral("changesDialog"), [](QDialog &shown) { shown.reject(); });
    click(window, WorkflowAction::SignReview);
    QVERIFY2(wrongPasswordError.contains(QStringLiteral("password")), qPrintable(wrongPasswordError));
    QCOMPARE(statusOf(QStringLiteral("ISMS-P-003")), RevisionStatus::InApproval);
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Signed ISMS-P-003 A/1 as reviewer"));
    QVERIFY(!window->documentView()->actions()->action(WorkflowAction::SignReview)->isEnabled());
    const auto &entries = window->documentView()->timelineModel()->entries();
    QVERIFY(entries.constLast().what.contains(QStringLiteral("Review complete")));
}

void TestDocumentView::rejectNeedsAComment()
{
    MainWindow *window = open(QStringLiteral("zhangwei"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-P-007"));
    test::DialogScript script;
    script.on(QStringLiteral("rejectDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<ActionDialog &>(shown);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.tryAccept()); // no comment, no rejection
        QVERIFY(dialog.isVisible());
        test::typeText(test::child<QPlainTextEdit>(&dialog, "commentEdit"), QStringLiteral("恢复时间目标未写明"));
        QVERIFY(dialog.okButton()->isEnabled());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    });
    click(window, WorkflowAction::Reject);
    QCOMPARE(statusOf(QStringLiteral("ISMS-P-007")), RevisionStatus::Draft);
    QVERIFY(window->statusBar()->currentMessage().startsWith(QStringLiteral("Rejected ISMS-P-007 A/0")));
    const auto &entries = window->documentView()->timelineModel()->entries();
    QCOMPARE(entries.constLast().kind, TimelineModel::Kind::Rejection);
    QCOMPARE(entries.constLast().detail, QStringLiteral("恢复时间目标未写明"));
    QVERIFY(entries.constLast().who.contains(QStringLiteral("张伟")));
}

void TestDocumentView::approveThenRelease()
{
    MainWindow *approver = open(QStringLiteral("zhangwei"));
    QVERIFY(approver);
    approver->showDocument(QStringLiteral("ISMS-P-007"));
    test::DialogScript script;
    script.on(QStringLiteral("signDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<SignDialog &>(shown);
        QCOMPARE(test::child<QLabel>(&dialog, "signMeaning")->text(), QStringLiteral("批准 Approved"));
        QVERIFY(!test::child<QPushButton>(&dialog, "viewChangesButton")->isEnabled()); // a first revision
        // The approver reads both reviewers' signatures and comments before signing.
        const QString reviews = test::child<QLabel>(&dialog, "reviewComments")->text();
        QVERIFY2(reviews.contains(QStringLiteral("chenjing")) && reviews.contains(QStringLiteral("liuyang")) && reviews.count(QStringLiteral("Agreed.")) == 2,
                 qPrintable(reviews));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, "signPassword"), test::demoPassword());
        QVERIFY(dialog.tryAccept());
    });
    click(approver, WorkflowAction::SignApprove);
    QCOMPARE(statusOf(QStringLiteral("ISMS-P-007")), RevisionStatus::Approved);
    QCOMPARE(approver->statusBar()->currentMessage(), QStringLiteral("Signed ISMS-P-007 A/0 as approver"));

    MainWindow *controller = open(QStringLiteral("wangfang"));
    QVERIFY(controller);
    controller->showDocument(QStringLiteral("ISMS-P-007"));
    script.on(QStringLiteral("signDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<SignDialog &>(shown);
        QCOMPARE(test::child<QLabel>(&dialog, "signMeaning")->text(), QStringLiteral("发布 Released"));
        auto *date = test::child<QDateEdit>(&dialog, "effectiveDate");
        QCOMPARE(date->date(), QDate::currentDate());
        QTest::keyClicks(test::child<QLineEdit>(&dialog, "signPassword"), test::demoPassword());
        QVERIFY(dialog.tryAccept());
    });
    click(controller, WorkflowAction::Release);
    QCOMPARE(statusOf(QStringLiteral("ISMS-P-007")), RevisionStatus::Effective);
    QVERIFY2(controller->statusBar()->currentMessage().startsWith(QStringLiteral("Released ISMS-P-007 A/0, effective today")),
             qPrintable(controller->statusBar()->currentMessage()));
    QVERIFY(test::child<QLabel>(controller, "workflowProgress")->text().contains(QStringLiteral("Effective A/0")));
    QVERIFY(controller->documentView()->actions()->action(WorkflowAction::PeriodicReview)->isEnabled());
}

void TestDocumentView::releaseCanBeScheduled()
{
    {
        auto db = Database::open(m_path);
        const User zhangwei = UserService(*db.value()).authenticate(QStringLiteral("zhangwei"), test::demoPassword()).value();
        QVERIFY(WorkflowService(*db.value()).sign(zhangwei, test::demoPassword(), QStringLiteral("ISMS-P-007"), SignatureMeaning::Approved).ok());
    }
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-P-007"));
    const QDate later = QDate::currentDate().addDays(10);
    test::DialogScript script;
    script.on(QStringLiteral("signDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<SignDialog &>(shown);
        test::child<QDateEdit>(&dialog, "effectiveDate")->setDate(later);
        QTest::keyClicks(test::child<QLineEdit>(&dialog, "signPassword"), test::demoPassword());
        QVERIFY(dialog.tryAccept());
    });
    click(window, WorkflowAction::Release);
    QCOMPARE(statusOf(QStringLiteral("ISMS-P-007")), RevisionStatus::Approved); // until that day
    QCOMPARE(window->statusBar()->currentMessage(),
             QStringLiteral("Released ISMS-P-007 A/0, effective %1").arg(later.toString(Qt::ISODate)));
    QAction *release = window->documentView()->actions()->action(WorkflowAction::Release);
    QVERIFY(!release->isEnabled());
    QVERIFY(release->toolTip().contains(QStringLiteral("already released")));
}

void TestDocumentView::editingAnEffectiveDocumentStartsARevision()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-P-001"));
    test::DialogScript script;
    script.on(QStringLiteral("editDraftDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<EditDraftDialog &>(shown);
        auto *notice = test::child<QLabel>(&dialog, "newRevisionNotice");
        QVERIFY(notice && notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("next revision")));
        QTextEdit *text = dialog.editor()->textEdit();
        text->moveCursor(QTextCursor::End);
        test::typeText(text, QStringLiteral("新增一段。"));
        QVERIFY(!dialog.tryAccept()); // the change summary is required
        QVERIFY(dialog.errorText().contains(QStringLiteral("summary")));
        test::typeInto(test::child<QLineEdit>(&dialog, "changeSummary"), QStringLiteral("补充说明"));
        QVERIFY(dialog.tryAccept());
    });
    click(window, WorkflowAction::Edit);
    QCOMPARE(script.seen(), QStringList{QStringLiteral("editDraftDialog")});
    const DocumentState &state = *window->documentView()->state();
    QCOMPARE(state.current.label, QStringLiteral("A/1"));
    QCOMPARE(state.current.status, RevisionStatus::Draft);
    QVERIFY(state.current.content.contains(QStringLiteral("新增一段。")));
    QCOMPARE(state.current.changeSummary, QStringLiteral("补充说明"));
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Started revision A/1 of ISMS-P-001 as a draft"));
    QVERIFY(window->documentView()->actions()->action(WorkflowAction::Submit)->isEnabled());
}

void TestDocumentView::withdrawNeedsAReason()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-F-001"));
    test::DialogScript script;
    // The manual cites the form: confirmed first; the offer to review it afterwards is declined
    // (tst_linksview covers both).
    script.on(QStringLiteral("citingDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<ActionDialog &>(shown);
        if (dialog.okButton()->text() == QStringLiteral("Withdraw Anyway"))
            QVERIFY(dialog.tryAccept());
        else
            dialog.reject();
    });
    script.on(QStringLiteral("withdrawDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<ActionDialog &>(shown);
        QVERIFY(!dialog.tryAccept());
        test::typeText(test::child<QPlainTextEdit>(&dialog, "signComment"), QStringLiteral("表单已并入 ITSM 系统"));
        QVERIFY(!dialog.tryAccept()); // withdrawing signs: the password too
        test::typeInto(test::child<QLineEdit>(&dialog, "signPassword"), test::demoPassword());
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    });
    click(window, WorkflowAction::Withdraw);
    QCOMPARE(statusOf(QStringLiteral("ISMS-F-001")), RevisionStatus::Obsolete);
    const QList<QAction *> all = window->documentView()->actions()->actions();
    for (QAction *action : all)
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName())); // nothing more can be done
    QCOMPARE(window->documentView()->timelineModel()->entries().constLast().detail, QStringLiteral("表单已并入 ITSM 系统"));
}

void TestDocumentView::periodicReviewIsSigned()
{
    MainWindow *window = open(QStringLiteral("chenjing"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-P-001"));
    test::DialogScript script;
    script.on(QStringLiteral("signDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<SignDialog &>(shown);
        QCOMPARE(test::child<QLabel>(&dialog, "signMeaning")->text(), QStringLiteral("定期评审 Periodic review"));
        QCOMPARE(test::child<QLabel>(&dialog, "signRevision")->text(), QStringLiteral("A/0 (Effective)"));
        QVERIFY(!test::child<QPushButton>(&dialog, "viewChangesButton")->isEnabled()); // nothing changes
        test::typeText(test::child<QPlainTextEdit>(&dialog, "signComment"), QStringLiteral("仍然适用"));
        QTest::keyClicks(test::child<QLineEdit>(&dialog, "signPassword"), test::demoPassword());
        QVERIFY(dialog.tryAccept());
    });
    click(window, WorkflowAction::PeriodicReview);
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Recorded and signed the periodic review of ISMS-P-001 A/0"));
    const auto &entries = window->documentView()->timelineModel()->entries();
    const auto signature = std::find_if(entries.cbegin(), entries.cend(), [](const TimelineModel::Entry &e) {
        return e.what.contains(QStringLiteral("定期评审 Periodic review"));
    });
    QVERIFY(signature != entries.cend());
    QCOMPARE(signature->detail, QStringLiteral("仍然适用"));
    QCOMPARE(statusOf(QStringLiteral("ISMS-P-001")), RevisionStatus::Effective); // no new revision
}

void TestDocumentView::scheduledReleaseBecomesEffective()
{
    // Released a while ago for today: the window makes it effective when it opens.
    const QString past = m_dir.filePath(QStringLiteral("past.dcstore"));
    {
        const FixedClock yesterday(QDateTime::currentDateTimeUtc().addDays(-3));
        QVERIFY(test::copyStore(m_path, past));
        auto db = Database::open(past);
        UserService users(*db.value(), yesterday);
        const User zhangwei = users.authenticate(QStringLiteral("zhangwei"), test::demoPassword()).value();
        const User wangfang = users.authenticate(QStringLiteral("wangfang"), test::demoPassword()).value();
        WorkflowService workflow(*db.value(), yesterday);
        QVERIFY(workflow.sign(zhangwei, test::demoPassword(), QStringLiteral("ISMS-P-007"), SignatureMeaning::Approved).ok());
        auto released = workflow.release(wangfang, test::demoPassword(), QStringLiteral("ISMS-P-007"), QDate::currentDate().addDays(-1));
        QVERIFY2(released.ok() && released->scheduled, qPrintable(released.message()));
    }
    m_path = past;
    QCOMPARE(statusOf(QStringLiteral("ISMS-P-007")), RevisionStatus::Approved);
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    QCOMPARE(statusOf(QStringLiteral("ISMS-P-007")), RevisionStatus::Effective);
    QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("became effective")), qPrintable(window->statusBar()->currentMessage()));
}

void TestDocumentView::revisionRowShowsThatRevision()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-POL-002"));
    DocumentView *view = window->documentView();
    auto *tabs = test::child<QTabWidget>(window, "documentTabs");
    tabs->setCurrentIndex(DocumentView::RevisionsTab);
    auto *table = test::child<QTableView>(window, "revisionsTable");
    const int older = view->revisionsModel()->rowOfLabel(QStringLiteral("A/0"));
    QCOMPARE(older, 1);
    const QModelIndex index = view->revisionsModel()->index(older, RevisionsModel::LabelColumn);
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(tabs->currentIndex(), int(DocumentView::ContentTab));
    const QString text = test::child<QTextBrowser>(window, "preview")->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Revision A/0")) || text.contains(QStringLiteral("A/0")), qPrintable(text.left(200)));
    QVERIFY(text.contains(displayName(RevisionStatus::Superseded)));
}

void TestDocumentView::readerSeesEffectiveRevisionsOnly()
{
    MainWindow *window = open(QStringLiteral("sunli"));
    QVERIFY(window);
    RegisterModel *model = window->registerView()->model();
    QVERIFY(model->rowOfNumber(QStringLiteral("ISMS-R-001")) < 0); // a draft only
    QVERIFY(model->rowOfNumber(QStringLiteral("ISMS-P-001")) >= 0);
    window->showDocument(QStringLiteral("ISMS-R-001"));
    QVERIFY(window->preview()->number().isEmpty());
    const QString why = test::child<QTextBrowser>(window, "preview")->toPlainText();
    QVERIFY2(why.contains(QStringLiteral("no effective revision")), qPrintable(why));

    // ISMS-P-003: the effective A/0, not the A/1 in review; no events, the signatures only.
    window->showDocument(QStringLiteral("ISMS-P-003"));
    DocumentView *view = window->documentView();
    QCOMPARE(view->state()->current.label, QStringLiteral("A/0"));
    QCOMPARE(view->revisionsModel()->rowCount(), 1);
    const auto &entries = view->timelineModel()->entries();
    QVERIFY(!entries.isEmpty());
    for (const auto &e : entries)
        QCOMPARE(e.kind, TimelineModel::Kind::Signature);
    for (QAction *action : view->actions()->actions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(!test::child<QAction>(window, "actionUsers")->isEnabled());
}

void TestDocumentView::cancelledEditIsOfferedAgain()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-R-001"));
    test::DialogScript script;
    script.on(QStringLiteral("editDraftDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<EditDraftDialog &>(shown);
        QVERIFY(!dialog.offersRecovery());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("newRevisionNotice"))); // a draft is edited in place
        QCOMPARE(test::child<QLineEdit>(&dialog, "changeSummary")->text(), QStringLiteral("首次发布")); // the draft's own
        QTextEdit *text = dialog.editor()->textEdit();
        text->moveCursor(QTextCursor::End);
        test::typeText(text, QStringLiteral("未保存的一句。"));
        dialog.reject(); // asks first (below): the text stays to be restored
    });
    script.on(QStringLiteral("unsavedChangesBox"), [](QDialog &shown) {
        QTest::mouseClick(test::child<QPushButton>(&shown, "closeWithoutSavingButton"), Qt::LeftButton);
    });
    click(window, WorkflowAction::Edit);
    QCOMPARE(statusOf(QStringLiteral("ISMS-R-001")), RevisionStatus::Draft);
    QVERIFY(!window->documentView()->state()->current.content.contains(QStringLiteral("未保存的一句。")));

    bool offered = false;
    script.on(QStringLiteral("editDraftDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<EditDraftDialog &>(shown);
        offered = dialog.offersRecovery();
        QTest::mouseClick(test::child<QPushButton>(&dialog, "restoreDraftButton"), Qt::LeftButton);
        QVERIFY(dialog.markdown().contains(QStringLiteral("未保存的一句。")));
        QVERIFY(dialog.tryAccept());
    });
    click(window, WorkflowAction::Edit);
    QVERIFY(offered);
    QVERIFY(window->documentView()->state()->current.content.contains(QStringLiteral("未保存的一句。")));
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Saved the draft of ISMS-R-001 A/0"));
    // Saved: nothing is left to recover.
    script.on(QStringLiteral("editDraftDialog"), [&](QDialog &shown) {
        offered = static_cast<EditDraftDialog &>(shown).offersRecovery();
        shown.reject();
    });
    click(window, WorkflowAction::Edit);
    QVERIFY(!offered);
}

void TestDocumentView::saveFromAnotherDesk(const QString &number, const QString &text)
{
    auto otherDesk = Database::open(m_path);
    QVERIFY2(otherDesk, qPrintable(otherDesk.message()));
    auto user = UserService(*otherDesk.value()).authenticate(QStringLiteral("wangfang"), QString::fromLatin1(DemoStore::kPassword));
    QVERIFY2(user, qPrintable(user.message()));
    auto saved = DocumentService(*otherDesk.value()).editDraft(user.value(), number, text, QStringLiteral("另一处的修改"));
    QVERIFY2(saved, qPrintable(saved.message()));
}

// Two desks edit one draft: the second save is refused, the editor shows the other change and,
// asked to, loads the other text; saved again, it goes on top of it.
void TestDocumentView::twoEditors_reloadTheirText()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-R-001"));
    test::DialogScript script;
    QString details;
    script.on(QStringLiteral("editConflictBox"), [&](QDialog &shown) {
        auto &box = static_cast<QMessageBox &>(shown);
        details = box.detailedText();
        test::child<QPushButton>(&box, "reloadButton")->click();
    });
    script.on(QStringLiteral("editDraftDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<EditDraftDialog &>(shown);
        saveFromAnotherDesk(QStringLiteral("ISMS-R-001"), QStringLiteral("# 记录\n\n另一处写的一段。\n"));
        QTextEdit *text = dialog.editor()->textEdit();
        text->moveCursor(QTextCursor::End);
        test::typeText(text, QStringLiteral("我写的一句。"));
        QVERIFY(!dialog.tryAccept());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Loaded the text saved meanwhile")), qPrintable(dialog.errorText()));
        QVERIFY(dialog.markdown().contains(QStringLiteral("另一处写的一段。")));
        QVERIFY(!dialog.markdown().contains(QStringLiteral("我写的一句。")));
        text->moveCursor(QTextCursor::End);
        test::typeText(text, QStringLiteral("在其基础上补充。"));
        QVERIFY(dialog.tryAccept());
    });
    click(window, WorkflowAction::Edit);
    QCOMPARE(script.seen(), (QStringList{QStringLiteral("editDraftDialog"), QStringLiteral("editConflictBox")}));
    QVERIFY2(details.contains(QStringLiteral("另一处写的一段。")), qPrintable(details));
    const QString content = window->documentView()->state()->current.content;
    QVERIFY(content.contains(QStringLiteral("另一处写的一段。")));
    QVERIFY(content.contains(QStringLiteral("在其基础上补充。")));
}

void TestDocumentView::twoEditors_saveMineOnTop()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    window->showDocument(QStringLiteral("ISMS-R-001"));
    test::DialogScript script;
    script.on(QStringLiteral("editConflictBox"), [&](QDialog &shown) { test::child<QPushButton>(&shown, "saveMineButton")->click(); });
    script.on(QStringLiteral("editDraftDialog"), [&](QDialog &shown) {
        auto &dialog = static_cast<EditDraftDialog &>(shown);
        saveFromAnotherDesk(QStringLiteral("ISMS-R-001"), QStringLiteral("# 记录\n\n另一处写的一段。\n"));
        QTextEdit *text = dialog.editor()->textEdit();
        text->moveCursor(QTextCursor::End);
        test::typeText(text, QStringLiteral("我写的一句。"));
        QVERIFY(dialog.tryAccept());
    });
    click(window, WorkflowAction::Edit);
    QCOMPARE(script.seen(), (QStringList{QStringLiteral("editDraftDialog"), QStringLiteral("editConflictBox")}));
    QVERIFY(window->documentView()->state()->current.content.contains(QStringLiteral("我写的一句。")));
}

QTEST_MAIN(TestDocumentView)
#include "tst_documentview.moc"
