// The print flow (PrintFlow::print) through the real QPrintPreviewDialog: its pages against the
// PDF export's; nothing recorded until the pages went to the printer (a preview closed with Esc
// or Close, or a cancelled print dialog, leaves the store exactly as it was); a print on a PDF
// printer records one controlled copy, whose number the printed stamp shows; a copy number
// taken at another desk meanwhile is said, and printing again gets the next one.

#include "../unit/workflowfixture.h"
#include "core/services/session.h"
#include "guihelpers.h"
#include "printhelpers.h"
#include "ui/print/exportdialog.h"
#include "ui/print/printflow.h"
#include "ui/print/printsettings.h"
#include "core/render/pdfexport.h"
#include "core/services/exportservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using dctest::stateOf;
using dctest::StoreState;

namespace {

const QString kNumber = QStringLiteral("ISMS-P-001"); // effective in the demo store

// The controlled copy for `holder` in the print dialog, then on to the preview.
void askForControlledCopy(QDialog &dialog, const QString &holder)
{
    test::choose(test::child<QRadioButton>(&dialog, "controlledRadio"));
    test::typeInto(test::child<QLineEdit>(&dialog, "holderEdit"), holder);
    QTest::mouseClick(static_cast<ExportDialog &>(dialog).okButton(), Qt::LeftButton);
}

// Paints the preview's pages (again) as the dialog does when it is shown; returns how many.
int previewPages(QDialog &dialog)
{
    auto *widget = dialog.findChild<QPrintPreviewWidget *>();
    if (!widget)
        return -1;
    widget->updatePreview();
    return widget->pageCount();
}

// What the preview's Print button does once the system's print dialog (not driven here) is
// accepted: the pages painted again on the dialog's own printer — here a PDF printer writing
// `file` — then the preview accepted.
void printToPdf(QDialog &dialog, const QString &file)
{
    auto &preview = static_cast<QPrintPreviewDialog &>(dialog);
    preview.printer()->setOutputFormat(QPrinter::PdfFormat);
    preview.printer()->setOutputFileName(file);
    auto *widget = preview.findChild<QPrintPreviewWidget *>();
    QVERIFY(widget);
    widget->print();
    preview.accept();
}

// Page `page` of a PDF as an image (108 dpi).
QImage pageImage(const QString &path, int page)
{
    QPdfDocument document;
    if (document.load(path) != QPdfDocument::Error::None || page >= document.pageCount())
        return {};
    return document.render(page, (document.pagePointSize(page) * 1.5).toSize());
}

} // namespace

class TestPrintFlow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void printGivesTheSamePagesAsTheExport_data();
    void printGivesTheSamePagesAsTheExport();
    void closedPreviewRecordsNothing_data();
    void closedPreviewRecordsNothing();
    void cancelledPrintDialogRecordsNothing();
    void printedControlledCopyIsRecorded();
    void copyTakenMeanwhileIsPrintedAgain();

private:
    User user(const char *name) const;
    QList<ControlledCopy> copiesOf(const QString &number) const;
    // Paints `job` with its stamp naming copy `copyNumber` on a PDF printer, as the flow does.
    bool paintWithCopyNumber(PrintJob job, int copyNumber, const QString &file) const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session; // the screens' door to the same store
};

void TestPrintFlow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.dcstore"));
    auto demo = DemoStore::openOrCreate(m_template);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
}

void TestPrintFlow::init()
{
    // A fresh copy per test: copy numbers and the audit trail start from the demo's.
    m_path = m_dir.filePath(QStringLiteral("demo.dcstore"));
    m_session.reset();
    m_db.reset();
    QVERIFY(test::copyStore(m_template, m_path));
    auto opened = Database::open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    m_db = std::move(opened).value();
    auto session = Session::open(m_path);
    QVERIFY2(session.ok(), qPrintable(session.message()));
    m_session = std::move(session).value();
    AppSettings::set(PrintSettings::exportFolder, m_dir.path());
}

void TestPrintFlow::cleanup()
{
    m_session.reset();
    m_db.reset();
}

User TestPrintFlow::user(const char *name) const
{
    auto found = UserService(*m_db).authenticate(QLatin1String(name), test::demoPassword());
    if (!found)
        qWarning("%s", qPrintable(found.message()));
    return found ? found.value() : User();
}

QList<ControlledCopy> TestPrintFlow::copiesOf(const QString &number) const
{
    auto copies = ExportService(*m_db).copies(user("wangfang"), number);
    return copies ? copies.value() : QList<ControlledCopy>();
}

bool TestPrintFlow::paintWithCopyNumber(PrintJob job, int copyNumber, const QString &file) const
{
    job.document.stamp.copyNumber = copyNumber;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(file);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    return render::paintDocument(job.document, &printer).ok();
}

void TestPrintFlow::printGivesTheSamePagesAsTheExport_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("manual");
    QTest::addColumn<bool>("letter");
    QTest::newRow("procedure, A4") << QStringLiteral("ISMS-P-001") << false << false;
    QTest::newRow("procedure, Letter") << QStringLiteral("ISMS-P-002") << false << true;
    QTest::newRow("draft") << QStringLiteral("ISMS-R-001") << false << false;
    QTest::newRow("compiled manual") << QStringLiteral("ISMS-0001-2022") << true << false;
}

void TestPrintFlow::printGivesTheSamePagesAsTheExport()
{
    QFETCH(QString, number);
    QFETCH(bool, manual);
    QFETCH(bool, letter);
    const User controller = user("wangfang");
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    const QString exported = m_dir.filePath(QStringLiteral("exported.pdf"));
    QFile::remove(printed);

    int shownPages = -1;
    test::DialogScript script;
    script.on(QStringLiteral("printDialog"), [&](QDialog &dialog) {
        QVERIFY(!test::child<QLineEdit>(&dialog, "fileEdit")->isVisible());
        QVERIFY(!test::child<QCheckBox>(&dialog, "pdfACheck")->isVisible());
        test::child<QComboBox>(&dialog, "pageSizeCombo")->setCurrentIndex(letter ? 1 : 0);
        if (manual)
            test::choose(test::child<QRadioButton>(&dialog, "manualRadio"));
        QTest::mouseClick(static_cast<ExportDialog &>(dialog).okButton(), Qt::LeftButton);
    });
    script.on(QStringLiteral("printPreview"), [&](QDialog &dialog) {
        shownPages = previewPages(dialog);
        printToPdf(dialog, printed);
    });
    const qint64 events = stateOf(*m_db).events;
    auto outcome = PrintFlow::print(*m_session, controller, number, {}, nullptr);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QVERIFY2(outcome->startsWith(QStringLiteral("Printed %1").arg(number)), qPrintable(outcome.value()));
    QCOMPARE(stateOf(*m_db).events, events + 1); // the print is recorded

    ExportRequest request{number, {}, ExportRequest::Copy::Uncontrolled, {}, manual, {}};
    request.options.pageSize = letter ? QPageSize::Letter : QPageSize::A4;
    auto written = ExportService(*m_db).exportPdf(controller, request, exported);
    QVERIFY2(written.ok(), qPrintable(written.message()));

    const int pages = test::pdfPageCount(exported);
    QVERIFY(pages > 0);
    QCOMPARE(test::pdfPageCount(printed), pages);
    QCOMPARE(shownPages, pages); // the preview showed them all
    QPdfDocument printedDocument;
    QCOMPARE(printedDocument.load(printed), QPdfDocument::Error::None);
    const QSizeF expectedPage = QPageSize(request.options.pageSize).sizePoints();
    QVERIFY2(qAbs(printedDocument.pagePointSize(0).width() - expectedPage.width()) < 1.5,
             qPrintable(QStringLiteral("%1").arg(printedDocument.pagePointSize(0).width())));
    const QString exportedText = test::pdfText(exported);
    QVERIFY(!exportedText.isEmpty());
    QVERIFY(exportedText.contains(number));
    QCOMPARE(test::pdfText(printed), exportedText);
}

void TestPrintFlow::closedPreviewRecordsNothing_data()
{
    QTest::addColumn<bool>("controlled");
    QTest::addColumn<QString>("how");
    QTest::newRow("controlled copy, Esc") << true << QStringLiteral("esc");
    QTest::newRow("controlled copy, window closed") << true << QStringLiteral("close");
    QTest::newRow("uncontrolled, Esc") << false << QStringLiteral("esc");
    // On Windows and macOS Qt accepts the preview when no PDF file name was chosen: only the
    // preview painted the pages.
    QTest::newRow("controlled copy, accepted without printing") << true << QStringLiteral("accept");
}

// The preview painted the pages (a controlled copy's with its foreseen number) and was closed
// without printing: the store is exactly as it was, and the status bar gets nothing.
void TestPrintFlow::closedPreviewRecordsNothing()
{
    QFETCH(bool, controlled);
    QFETCH(QString, how);
    const StoreState before = stateOf(*m_db);
    int shownPages = -1;
    bool stillOpen = false;
    test::DialogScript script;
    script.on(QStringLiteral("printDialog"), [&](QDialog &dialog) {
        if (controlled)
            askForControlledCopy(dialog, QStringLiteral("IT 部"));
        else
            QTest::mouseClick(static_cast<ExportDialog &>(dialog).okButton(), Qt::LeftButton);
    });
    script.on(QStringLiteral("printPreview"), [&](QDialog &dialog) {
        shownPages = previewPages(dialog);
        if (how == QLatin1String("esc"))
            QTest::keyClick(&dialog, Qt::Key_Escape);
        else if (how == QLatin1String("close"))
            dialog.close();
        else
            dialog.accept();
        stillOpen = dialog.isVisible();
    });
    auto outcome = PrintFlow::print(*m_session, user("wangfang"), kNumber, {}, nullptr);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(script.seen(), (QStringList{QStringLiteral("printDialog"), QStringLiteral("printPreview")}));
    QVERIFY(!stillOpen);
    QVERIFY(shownPages > 0);
    QVERIFY2(outcome->isEmpty(), qPrintable(outcome.value()));
    QCOMPARE(stateOf(*m_db), before);
    QVERIFY(copiesOf(kNumber).isEmpty());
}

void TestPrintFlow::cancelledPrintDialogRecordsNothing()
{
    test::DialogScript script; // rejects the print dialog
    const StoreState before = stateOf(*m_db);
    auto outcome = PrintFlow::print(*m_session, user("wangfang"), kNumber, {}, nullptr);
    QVERIFY(outcome.ok());
    QVERIFY(outcome->isEmpty());
    QCOMPARE(script.seen(), QStringList{QStringLiteral("printDialog")}); // no preview
    QCOMPARE(stateOf(*m_db), before);

    // A reader cannot print a draft at all: no dialog, the reason.
    auto refused = PrintFlow::print(*m_session, user("sunli"), QStringLiteral("ISMS-R-001"), {}, nullptr);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
    QCOMPARE(script.seen().size(), 1);
    QCOMPARE(stateOf(*m_db), before);
}

// Printed on a PDF printer: exactly one copy is issued, with the number the pages show.
void TestPrintFlow::printedControlledCopyIsRecorded()
{
    const User controller = user("wangfang");
    // One copy was issued before (e.g. by another desk): the print's is the next one.
    auto earlier = ExportService(*m_db).exportPdf(controller, ExportRequest{kNumber, {}, ExportRequest::Copy::Controlled, QStringLiteral("质量管理部"), false, {}},
                                                  m_dir.filePath(QStringLiteral("earlier.pdf")));
    QVERIFY2(earlier.ok(), qPrintable(earlier.message()));
    const int expected = earlier->copy->copyNumber + 1;

    const QString printed = m_dir.filePath(QStringLiteral("printed-copy.pdf"));
    test::DialogScript script;
    script.on(QStringLiteral("printDialog"), [](QDialog &dialog) { askForControlledCopy(dialog, QStringLiteral("IT 部")); });
    script.on(QStringLiteral("printPreview"), [&](QDialog &dialog) {
        // Showing the pages recorded nothing yet.
        QCOMPARE(copiesOf(kNumber).size(), 1);
        printToPdf(dialog, printed);
    });
    auto outcome = PrintFlow::print(*m_session, controller, kNumber, {}, nullptr);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(outcome.value(), QStringLiteral("Printed %1 A/0, controlled copy %2 for IT 部.").arg(kNumber, test::copyNumberText(expected)));
    const QList<ControlledCopy> copies = copiesOf(kNumber);
    QCOMPARE(copies.size(), 2);
    QCOMPARE(copies.last().copyNumber, expected);
    QCOMPARE(copies.last().holder, QStringLiteral("IT 部"));
    QCOMPARE(copies.last().status, ControlledCopy::Status::Issued);

    // The text layer names the document; the stamp is drawn as outlines (never text), so the
    // printed pages are compared with the same pages stamped with the recorded number.
    const QString text = test::pdfText(printed);
    QVERIFY2(text.contains(kNumber), qPrintable(text.left(300)));
    auto job = ExportService(*m_db).buildPrint(controller, ExportRequest{kNumber, {}, ExportRequest::Copy::Controlled, QStringLiteral("IT 部"), false, {}});
    QVERIFY2(job.ok(), qPrintable(job.message()));
    QCOMPARE(job->copy->copyNumber, expected + 1);
    const QString recordedNumber = m_dir.filePath(QStringLiteral("recorded-number.pdf"));
    const QString nextNumber = m_dir.filePath(QStringLiteral("next-number.pdf"));
    QVERIFY(paintWithCopyNumber(job.value(), expected, recordedNumber));
    QVERIFY(paintWithCopyNumber(job.value(), expected + 1, nextNumber));
    const QImage page = pageImage(printed, 0);
    QVERIFY(!page.isNull());
    QCOMPARE(page, pageImage(recordedNumber, 0));
    QVERIFY(page != pageImage(nextNumber, 0));
}

// Between showing the pages and printing them another desk issued the copy number they show:
// the record fails, a message box says so, and printing again gives the next number.
void TestPrintFlow::copyTakenMeanwhileIsPrintedAgain()
{
    const User controller = user("wangfang");
    auto otherDesk = Database::open(m_path);
    QVERIFY2(otherDesk.ok(), qPrintable(otherDesk.message()));
    const QString printed = m_dir.filePath(QStringLiteral("printed-copy.pdf"));
    QString boxText;
    int previews = 0;
    int taken = 0; // the copy number the other desk got
    bool printAgain = true;
    test::DialogScript script;
    script.on(QStringLiteral("printDialog"), [](QDialog &dialog) { askForControlledCopy(dialog, QStringLiteral("IT 部")); });
    script.on(QStringLiteral("printPreview"), [&](QDialog &dialog) {
        if (++previews == 1) {
            auto exported = ExportService(*otherDesk.value())
                                .exportPdf(controller, ExportRequest{kNumber, {}, ExportRequest::Copy::Controlled, QStringLiteral("质量管理部"), false, {}},
                                           m_dir.filePath(QStringLiteral("other-desk.pdf")));
            QVERIFY2(exported.ok(), qPrintable(exported.message()));
            taken = exported->copy->copyNumber;
        }
        printToPdf(dialog, printed);
    });
    script.on(QStringLiteral("printRecordFailedBox"), [&](QDialog &dialog) {
        auto &box = static_cast<QMessageBox &>(dialog);
        boxText = box.text() + QLatin1Char('\n') + box.informativeText();
        if (printAgain)
            test::child<QPushButton>(&box, "printAgainButton")->click();
        else
            box.reject();
    });

    auto outcome = PrintFlow::print(*m_session, controller, kNumber, {}, nullptr);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    QCOMPARE(script.seen(), (QStringList{QStringLiteral("printDialog"), QStringLiteral("printPreview"), QStringLiteral("printRecordFailedBox"),
                                         QStringLiteral("printPreview")}));
    QCOMPARE(taken, 1);
    QVERIFY2(boxText.contains(QStringLiteral("No. 001")) && boxText.contains(QStringLiteral("destroy")), qPrintable(boxText));
    QVERIFY2(outcome->contains(QStringLiteral("No. 002")), qPrintable(outcome.value()));
    QList<ControlledCopy> copies = copiesOf(kNumber);
    QCOMPARE(copies.size(), 2);
    QCOMPARE(copies.last().holder + QLatin1Char(' ') + QString::number(copies.last().copyNumber), QStringLiteral("IT 部 2"));

    // Declined, the flow ends with the conflict and the store keeps only the other desk's copy.
    printAgain = false;
    previews = 0;
    const StoreState before = stateOf(*m_db);
    auto declined = PrintFlow::print(*m_session, controller, kNumber, {}, nullptr);
    QVERIFY(!declined.ok());
    QCOMPARE(declined.code(), ErrorCode::Conflict);
    QCOMPARE(taken, 3);
    QVERIFY2(declined.message().contains(QStringLiteral("No. 003")), qPrintable(declined.message()));
    copies = copiesOf(kNumber);
    QCOMPARE(copies.size(), 3);
    QCOMPARE(copies.last().holder, QStringLiteral("质量管理部"));
    QCOMPARE(stateOf(*m_db).events, before.events + 1); // the other desk's export only
}

QTEST_MAIN(TestPrintFlow)
#include "tst_printflow.moc"
