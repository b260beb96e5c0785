// File ▸ Import… (Ctrl+I) and files dropped on the main window, on a copy of the demo store with
// a script answering the dialogs: a .md file becomes a new document with the title it carries
// and the next number of its type; the manual as .docx becomes the next draft of the selected
// document; a dropped file opens the dialog prefilled, several files or another kind of file
// are refused with a message; readers cannot import; an empty change summary is refused and
// the store stays as it was. What was recognised is shown before anything is written.

#include "fixtures.h"
#include "guihelpers.h"
#include "core/services/documentservice.h"
#include "core/services/documentstate.h"
#include "core/services/importservice.h"
#include "core/services/session.h"
#include "core/services/verifier.h"
#include "ui/document/documentview.h"
#include "ui/import/importdialog.h"
#include "ui/register/registerview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

using namespace dc;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kProcedure = "# 信息安全事件管理程序\n\n## 1 目的\n\n规定信息安全事件的报告与处理。\n\n"
                              "| 级别 | 响应时间 |\n| --- | --- |\n| 高 | 1 小时 |\n\n![流程图](flow.png)\n";

QStringList notesOf(QDialog &dialog)
{
    QStringList notes;
    auto *list = test::child<QListWidget>(&dialog, "importNotes");
    for (int i = 0; i < list->count(); ++i)
        notes << list->item(i)->text();
    return notes;
}

} // namespace

class TestImport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void markdownBecomesANewDocument();
    void docxBecomesTheNextDraftOfTheSelectedDocument();
    void droppedFileOpensTheDialogPrefilled();
    void droppingSeveralOrOtherFilesIsRefused();
    void readersCannotImport();
    void emptySummaryIsRefusedAndNothingChanges();

private:
    MainWindow *open(const QString &userName, Session::Access access = Session::Access::ReadWrite);
    QAction *action(const char *name) const { return test::child<QAction>(m_window, name); }
    QString write(const QString &name, const QByteArray &bytes);
    int documentCount();
    int revisionCount(const QString &number);
    void drop(const QList<QUrl> &urls);

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    MainWindow *m_window = nullptr;
};

void TestImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.dcstore"_s);
    QVERIFY(DemoStore::openOrCreate(m_template).ok());
}

void TestImport::init()
{
    m_path = m_dir.filePath(u"demo.dcstore"_s);
    QVERIFY(test::copyStore(m_template, m_path));
}

void TestImport::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

MainWindow *TestImport::open(const QString &userName, Session::Access access)
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

QString TestImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

int TestImport::documentCount()
{
    auto page = m_window->session().documents().list(m_window->user(), RegisterQuery{});
    return page ? page->total : -1;
}

int TestImport::revisionCount(const QString &number)
{
    auto state = m_window->session().documentState(m_window->user(), number);
    return state ? int(state->revisions.size()) : -1;
}

void TestImport::drop(const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPointF at(m_window->width() / 2.0, m_window->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropped(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &dropped);
    QVERIFY(dropped.isAccepted());
}

void TestImport::markdownBecomesANewDocument()
{
    QVERIFY(open(u"wangfang"_s)); // a controller
    QVERIFY(action("actionImport")->isEnabled());
    QCOMPARE(action("actionImport")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    Session &session = m_window->session();
    const QString next = session.documents().nextNumber(DocumentType::Procedure).value();
    const int before = documentCount();
    const QString file = write(u"事件管理.md"_s, kProcedure);

    test::DialogScript script;
    script.on(u"importFileDialog"_s, [&](QDialog &shown) { // Browse…
        static_cast<QFileDialog &>(shown).selectFile(file);
        shown.accept();
    });
    script.on(u"importDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<ImportDialog &>(shown);
        QVERIFY(!dialog.okButton()->isEnabled()); // no file yet
        QTest::mouseClick(test::child<QPushButton>(&dialog, "importBrowse"), Qt::LeftButton);
        QCOMPARE(dialog.filePath(), QDir::toNativeSeparators(file));
        QVERIFY(dialog.preview());

        // What was recognised, before anything is written.
        const QString facts = test::child<QLabel>(&dialog, "importFacts")->text();
        QVERIFY2(facts.contains(u"Markdown"_s) && facts.contains(u"信息安全事件管理程序"_s) && facts.contains(u"2 heading"_s)
                     && facts.contains(u"1 table"_s) && facts.contains(u"0 image"_s),
                 qPrintable(facts));
        QVERIFY(test::child<QTextBrowser>(&dialog, "importText")->toPlainText().contains(u"规定信息安全事件的报告与处理。"_s));
        const QStringList notes = notesOf(dialog);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(u"flow.png"_s), qPrintable(notes.first()));

        // A new document: title from the file, the next number of the type, the actor as owner.
        QVERIFY(test::child<QRadioButton>(&dialog, "importAsNew")->isChecked());
        QVERIFY(!test::child<QRadioButton>(&dialog, "importAsDraft")->isEnabled()); // nothing selected
        QCOMPARE(test::child<QLineEdit>(&dialog, "importTitle")->text(), u"信息安全事件管理程序"_s);
        QCOMPARE(test::child<QLineEdit>(&dialog, "importNumber")->text(), next);
        QCOMPARE(test::child<QComboBox>(&dialog, "importOwner")->currentData().toString(), u"wangfang"_s);
        QVERIFY(!dialog.okButton()->isEnabled()); // no summary yet
        test::typeInto(test::child<QLineEdit>(&dialog, "importSummary"), u"从纸质版导入 Imported from paper"_s);
        QVERIFY(dialog.okButton()->isEnabled());
        if (const QString shots = qEnvironmentVariable("DC_SCREENSHOTS"); !shots.isEmpty())
        {
            QApplication::processEvents(); // the layout follows the recognised file
            dialog.grab().save(shots + u"/import-dialog.png"_s);
        }
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window->registerView()->table(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(script.seen(), (QStringList{u"importDialog"_s, u"importFileDialog"_s}));

    QCOMPARE(documentCount(), before + 1);
    auto created = session.documents().show(m_window->user(), next);
    QVERIFY2(created, qPrintable(created.message()));
    QCOMPARE(created->document.title, u"信息安全事件管理程序"_s);
    QCOMPARE(created->document.type, DocumentType::Procedure);
    QCOMPARE(created->document.owner, u"wangfang"_s);
    QCOMPARE(created->revision.status, RevisionStatus::Draft);
    QCOMPARE(created->revision.content, QString::fromUtf8(kProcedure));
    QCOMPARE(created->revision.changeSummary, u"从纸质版导入 Imported from paper"_s);
    // Selected in the register and shown.
    QCOMPARE(m_window->registerView()->currentNumber(), next);
    QCOMPARE(m_window->documentView()->number(), next);
    QCOMPARE(m_window->documentView()->tabs()->currentIndex(), int(DocumentView::ContentTab));
    auto report = session.verifier().run();
    QVERIFY(report && report->ok());
}

void TestImport::docxBecomesTheNextDraftOfTheSelectedDocument()
{
    QVERIFY(open(u"lijun"_s)); // an author, owner of the effective ISMS-P-004; no controller
    const QString number = u"ISMS-P-004"_s;
    QVERIFY(m_window->registerView()->selectNumber(number));
    QCOMPARE(m_window->documentView()->number(), number);
    const int revisions = revisionCount(number);
    const int documents = documentCount();
    const QString file = write(u"manual.docx"_s, fixtures::manualDocx());

    test::DialogScript script;
    script.on(u"importDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<ImportDialog &>(shown);
        auto *asNew = test::child<QRadioButton>(&dialog, "importAsNew");
        auto *asDraft = test::child<QRadioButton>(&dialog, "importAsDraft");
        QVERIFY(!asNew->isEnabled());
        QVERIFY2(asNew->toolTip().contains(u"document controllers only"_s), qPrintable(asNew->toolTip()));
        QVERIFY(asDraft->isEnabled() && asDraft->isChecked());
        QVERIFY2(asDraft->text().contains(number), qPrintable(asDraft->text()));
        test::typeInto(test::child<QLineEdit>(&dialog, "importFile"), file);
        QTest::keyClick(test::child<QLineEdit>(&dialog, "importFile"), Qt::Key_Return); // Enter reads the file (no summary yet: nothing imported)
        QVERIFY(dialog.isVisible());
        QCOMPARE(revisionCount(number), revisions);
        QVERIFY(dialog.preview());
        QVERIFY(test::child<QLabel>(&dialog, "importFacts")->text().contains(u"Word"_s));
        QCOMPARE(notesOf(dialog), QStringList{u"Attachment: org-chart.png"_s});
        test::typeInto(test::child<QLineEdit>(&dialog, "importSummary"), u"Manual text imported"_s);
        QVERIFY(dialog.tryAccept());
    });
    action("actionImport")->trigger();
    QCOMPARE(script.seen(), QStringList{u"importDialog"_s});

    QCOMPARE(revisionCount(number), revisions + 1);
    QCOMPARE(documentCount(), documents);
    auto shown = m_window->session().documents().show(m_window->user(), number);
    QVERIFY(shown);
    QCOMPARE(shown->revision.status, RevisionStatus::Draft);
    QCOMPARE(shown->revision.content, fixtures::expectedManualMarkdown());
    QCOMPARE(shown->revision.changeSummary, u"Manual text imported"_s);
    QCOMPARE(m_window->documentView()->number(), number);
    auto report = m_window->session().verifier().run();
    QVERIFY(report && report->ok());
}

void TestImport::droppedFileOpensTheDialogPrefilled()
{
    QVERIFY(open(u"wangfang"_s));
    QVERIFY(m_window->acceptDrops());
    const QString file = write(u"dropped.md"_s, kProcedure);
    const int before = documentCount();
    test::DialogScript script;
    script.on(u"importDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<ImportDialog &>(shown);
        QCOMPARE(dialog.filePath(), QDir::toNativeSeparators(file));
        QVERIFY(dialog.preview());
        QCOMPARE(dialog.preview()->title, u"信息安全事件管理程序"_s);
        QCOMPARE(test::child<QLineEdit>(&dialog, "importTitle")->text(), u"信息安全事件管理程序"_s);
        QVERIFY(test::child<QTextBrowser>(&dialog, "importText")->toPlainText().contains(u"信息安全事件管理程序"_s));
        dialog.reject();
    });
    drop({QUrl::fromLocalFile(file)});
    QCOMPARE(script.seen(), QStringList{u"importDialog"_s});
    QCOMPARE(documentCount(), before); // cancelled: nothing written
}

void TestImport::droppingSeveralOrOtherFilesIsRefused()
{
    QVERIFY(open(u"wangfang"_s));
    const int before = documentCount();
    const QString a = write(u"a.md"_s, kProcedure);
    const QString b = write(u"b.md"_s, kProcedure);
    const QString sheet = write(u"budget.xlsx"_s, QByteArray("PK"));
    QStringList messages;
    test::DialogScript script;
    script.on(u"importDropRefused"_s, [&](QDialog &shown) {
        messages << static_cast<QMessageBox &>(shown).text();
        shown.accept();
    });
    drop({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});
    drop({QUrl::fromLocalFile(sheet)});
    QCOMPARE(script.seen(), (QStringList{u"importDropRefused"_s, u"importDropRefused"_s}));
    QVERIFY2(messages.at(0).contains(u"2 files were dropped"_s) && messages.at(0).contains(u"one file at a time"_s), qPrintable(messages.at(0)));
    QVERIFY2(messages.at(1).contains(u"\"budget.xlsx\" cannot be imported"_s), qPrintable(messages.at(1)));
    QCOMPARE(documentCount(), before);
}

void TestImport::readersCannotImport()
{
    const QString file = write(u"reader.md"_s, kProcedure);
    QVERIFY(open(u"sunli"_s)); // a reader
    QVERIFY(!action("actionImport")->isEnabled());
    QVERIFY(!m_window->acceptDrops());
    const int before = documentCount();
    test::DialogScript script;
    action("actionImport")->trigger();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &dropped);
    QVERIFY(script.seen().isEmpty()); // nothing opens

    // The rule is core's: the import itself is refused and writes nothing.
    NewDocument document;
    document.type = DocumentType::Procedure;
    auto refused = m_window->session().imports().importFile(m_window->user(), file, {}, document, u"x"_s);
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
    auto intoRefused = m_window->session().imports().importFile(m_window->user(), file, u"ISMS-P-004"_s, {}, u"x"_s);
    QVERIFY(!intoRefused);
    QCOMPARE(documentCount(), before);

    // A read-only store: nobody imports.
    QVERIFY(open(u"wangfang"_s, Session::Access::ReadOnly));
    QVERIFY(!action("actionImport")->isEnabled());
    QVERIFY(action("actionImport")->statusTip().contains(u"read-only"_s));
}

void TestImport::emptySummaryIsRefusedAndNothingChanges()
{
    QVERIFY(open(u"wangfang"_s));
    const QString number = u"ISMS-P-001"_s;
    QVERIFY(m_window->registerView()->selectNumber(number));
    const int revisions = revisionCount(number);
    const int documents = documentCount();
    const QString file = write(u"summary.md"_s, kProcedure);
    test::DialogScript script;
    script.on(u"importDialog"_s, [&](QDialog &shown) {
        auto &dialog = static_cast<ImportDialog &>(shown);
        dialog.setFilePath(file);
        test::child<QRadioButton>(&dialog, "importAsDraft")->setChecked(true);
        QVERIFY(!dialog.okButton()->isEnabled());
        QVERIFY(!dialog.tryAccept());
        QVERIFY2(dialog.errorText().contains(u"change summary"_s), qPrintable(dialog.errorText()));
        test::typeInto(test::child<QLineEdit>(&dialog, "importSummary"), u"   "_s); // blanks are no summary
        QVERIFY(!dialog.tryAccept());
        QVERIFY(dialog.isVisible());
        test::child<QRadioButton>(&dialog, "importAsNew")->setChecked(true);
        QVERIFY(!dialog.tryAccept());
        dialog.reject();
    });
    action("actionImport")->trigger();
    QCOMPARE(script.seen(), QStringList{u"importDialog"_s});
    QCOMPARE(revisionCount(number), revisions);
    QCOMPARE(documentCount(), documents);
}

QTEST_MAIN(TestImport)
#include "tst_importdialog.moc"
