// Links between documents and the external register in the document view, on the demo store:
// the Details tab lists what a document cites and what cites it (a click opens the other one),
// Links… adds a link by hand, withdrawing a cited procedure asks first and then offers to start
// the review of the manual citing it, and an external standard shows its register entry.

#include "ui/document/detailspage.h"
#include "ui/document/documentview.h"
#include "ui/mainwindow.h"
#include "ui/workflow/actiondialog.h"
#include "ui/workflow/workflowactions.h"
#include "guihelpers.h"
#include "core/services/demostore.h"
#include "core/services/documentservice.h"
#include "core/services/userservice.h"
#include "core/store/database.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace dc;

namespace {
const QString kManual = QStringLiteral("ISMS-0001-2022");
const QString kProcedure = QStringLiteral("ISMS-P-001");
} // namespace

class TestLinksView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void detailsListCitesAndCitedBy();
    void linksDialogAddsALink();
    void withdrawingACitedDocumentAsksThenOffersReview();
    void externalStandardShowsItsRegisterEntry();

private:
    MainWindow *open(const QString &userName);
    DetailsPage *details(MainWindow *window, const QString &number);
    RevisionStatus statusOf(const QString &number);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QList<MainWindow *> m_windows;
};

void TestLinksView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.dcstore"));
    auto demo = DemoStore::openOrCreate(m_template);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
}

void TestLinksView::init()
{
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestLinksView::cleanup()
{
    qDeleteAll(m_windows);
    m_windows.clear();
}

MainWindow *TestLinksView::open(const QString &userName)
{
    MainWindow *window = test::openShownWindow(m_path, userName);
    if (window)
        m_windows << window;
    return window;
}

DetailsPage *TestLinksView::details(MainWindow *window, const QString &number)
{
    window->showDocument(number);
    window->documentView()->tabs()->setCurrentIndex(DocumentView::DetailsTab);
    return window->documentView()->details();
}

RevisionStatus TestLinksView::statusOf(const QString &number)
{
    auto db = Database::open(m_path);
    const User admin = UserService(*db.value()).authenticate(QStringLiteral("admin"), test::demoPassword()).value();
    return DocumentService(*db.value()).show(admin, number)->document.currentStatus;
}

void TestLinksView::detailsListCitesAndCitedBy()
{
    MainWindow *window = open(QStringLiteral("chenjing")); // a reader sees them too
    QVERIFY(window);
    DetailsPage *page = details(window, kProcedure);
    const QString citedBy = page->fieldText(QStringLiteral("detailCitedBy"));
    QVERIFY2(citedBy.contains(QStringLiteral("doccontrol:") + kManual), qPrintable(citedBy));
    QVERIFY(!page->linksButton()->isEnabled()); // readers link nothing
    auto *label = test::child<QLabel>(page, "detailCitedBy");
    Q_EMIT label->linkActivated(QStringLiteral("doccontrol:") + kManual);
    QCOMPARE(window->documentView()->number(), kManual);
    const QString cites = page->fieldText(QStringLiteral("detailCites"));
    for (const char *cited : {"ISMS-P-001", "ISMS-P-004", "ISMS-POL-001", "ISMS-F-001"})
        QVERIFY2(cites.contains(QLatin1String(cited)), qPrintable(cites));
}

void TestLinksView::linksDialogAddsALink()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    DetailsPage *page = details(window, QStringLiteral("ISMS-WI-001"));
    QVERIFY(!page->fieldText(QStringLiteral("detailCites")).contains(QStringLiteral("ISMS-F-001")));
    test::DialogScript script;
    script.on(QStringLiteral("linksDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<ActionDialog &>(shown);
        QVERIFY(!dialog.tryAccept()); // nothing changed yet
        test::typeInto(test::child<QLineEdit>(&dialog, "linksSearch"), QStringLiteral("ISMS-F-001"));
        auto *list = test::child<QListWidget>(&dialog, "linksList");
        QCOMPARE(list->count(), 1);
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    });
    QVERIFY(page->linksButton()->isEnabled());
    QTest::mouseClick(page->linksButton(), Qt::LeftButton);
    QVERIFY(script.seen().contains(QStringLiteral("linksDialog")));
    QTRY_VERIFY2(page->fieldText(QStringLiteral("detailCites")).contains(QStringLiteral("ISMS-F-001")), qPrintable(page->fieldText(QStringLiteral("detailCites"))));
}

void TestLinksView::withdrawingACitedDocumentAsksThenOffersReview()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    window->showDocument(kProcedure);
    QAction *withdraw = window->documentView()->actions()->action(WorkflowAction::Withdraw);
    QVERIFY(withdraw->isEnabled());
    {
        // Declining the question withdraws nothing and asks for no signature.
        test::DialogScript script;
        script.on(QStringLiteral("citingDialog"), [](QDialog &shown) {
            QVERIFY(test::child<QLabel>(&shown, "citingHeading")->text().contains(kProcedure));
            QCOMPARE(test::child<QListWidget>(&shown, "citingList")->item(0)->data(Qt::UserRole).toString(), kManual);
            shown.reject();
        });
        withdraw->trigger();
        QCOMPARE(script.seen(), QStringList{QStringLiteral("citingDialog")});
        QCOMPARE(statusOf(kProcedure), RevisionStatus::Effective);
    }
    test::DialogScript script;
    int citing = 0;
    script.on(QStringLiteral("citingDialog"), [&citing](QDialog &shown) {
        auto &dialog = static_cast<ActionDialog &>(shown);
        ++citing;
        if (citing == 2) { // after the withdrawal: start the manual's review
            auto *list = test::child<QListWidget>(&dialog, "citingList");
            QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        }
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    });
    script.on(QStringLiteral("withdrawDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<ActionDialog &>(shown);
        test::typeText(test::child<QPlainTextEdit>(&dialog, "signComment"), QStringLiteral("并入新程序"));
        test::typeInto(test::child<QLineEdit>(&dialog, "signPassword"), test::demoPassword());
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    });
    withdraw->trigger();
    QCOMPARE(script.seen(), (QStringList{QStringLiteral("citingDialog"), QStringLiteral("withdrawDialog"), QStringLiteral("citingDialog")}));
    QCOMPARE(statusOf(kProcedure), RevisionStatus::Obsolete);
    QCOMPARE(statusOf(kManual), RevisionStatus::Draft); // its next revision, to review
}

void TestLinksView::externalStandardShowsItsRegisterEntry()
{
    MainWindow *window = open(QStringLiteral("wangfang"));
    QVERIFY(window);
    DetailsPage *page = details(window, QStringLiteral("ISMS-EXT-001"));
    QCOMPARE(page->fieldText(QStringLiteral("detailReference")), QStringLiteral("GB/T 22080-2025"));
    QVERIFY(page->externalButton()->isVisibleTo(page));
    QVERIFY(page->externalButton()->isEnabled());
    test::DialogScript script;
    script.on(QStringLiteral("externalDialog"), [](QDialog &shown) {
        auto &dialog = static_cast<ActionDialog &>(shown);
        auto *next = test::child<QLineEdit>(&dialog, "externalNextCheck");
        next->clear();
        test::typeInto(next, QStringLiteral("not a date"));
        QVERIFY(!dialog.tryAccept());
        next->clear();
        test::typeInto(next, QStringLiteral("2099-01-01"));
        QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    });
    QTest::mouseClick(page->externalButton(), Qt::LeftButton);
    QTRY_COMPARE(page->fieldText(QStringLiteral("detailNextCheck")), QStringLiteral("2099-01-01"));
    // A procedure has no register rows.
    page = details(window, kProcedure);
    QVERIFY(!page->externalButton()->isVisibleTo(page));
}

QTEST_MAIN(TestLinksView)
#include "tst_linksview.moc"
