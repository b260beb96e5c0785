// Exporting and previewing a revision from the UI: the PDF preview pane, the export dialog, and
// the print and export actions. The print flow itself is tested in tst_printflow.cpp.

#include "guihelpers.h"
#include "core/services/session.h"
#include "printhelpers.h"
#include "ui/print/exportdialog.h"
#include "ui/print/pdfpreviewpane.h"
#include "ui/print/printactions.h"
#include "ui/print/printflow.h"
#include "ui/print/printsettings.h"
#include "core/services/printsubject.h"
#include "core/render/pdfidentity.h"
#include "core/services/exportservice.h"
#include "core/store/auditlog.h"
#include "core/store/documentstore.h"

#include <QAction>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPdfView>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace dc;

Q_DECLARE_METATYPE(dc::render::StampKind)

namespace {

constexpr int kRenderTimeoutMs = 60000;

} // namespace

class TestPrint final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void previewShowsTheRevisionAsPrinted();
    void previewStampFollowsTheStatus_data();
    void previewStampFollowsTheStatus();
    void readerCannotPreviewADraft();
    void onlyTheLastRequestIsShown();
    void previewNavigatesPages();

    void controlledCopyOffered_data();
    void controlledCopyOffered();
    void compiledManualOnlyForManuals();
    void holderAndFileAreRequired();
    void exportWritesUncontrolledThenControlledCopy();
    void failedExportStaysOpenAndIssuesNothing();

    void actionsFollowTheRevision();


private:
    User user(const char *name) const;
    qint64 auditHead() const;
    QList<ControlledCopy> copiesOf(const QString &number) const;
    QString label(const QString &number, int index) const;
    std::unique_ptr<ExportDialog> exportDialog(const User &actor, const QString &number) const;

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session; // the screens' door to the same store
};

void TestPrint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.dcstore"));
    auto demo = DemoStore::openOrCreate(m_template);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
}

void TestPrint::init()
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

void TestPrint::cleanup()
{
    ExportDialog::setSaveFileHook({});
    m_db.reset();
}

User TestPrint::user(const char *name) const
{
    auto found = UserService(*m_db).authenticate(QLatin1String(name), test::demoPassword());
    if (!found)
        qWarning("%s", qPrintable(found.message()));
    return found ? found.value() : User();
}

qint64 TestPrint::auditHead() const
{
    auto head = AuditLog(*m_db).head();
    return head ? head->seq : -1;
}

QList<ControlledCopy> TestPrint::copiesOf(const QString &number) const
{
    auto copies = ExportService(*m_db).copies(user("wangfang"), number);
    return copies ? copies.value() : QList<ControlledCopy>();
}

// The label of the index-th revision of `number`, oldest first.
QString TestPrint::label(const QString &number, int index) const
{
    DocumentStore documents(*m_db);
    auto document = documents.find(number);
    if (!document)
        return {};
    auto revisions = documents.revisions(document->id);
    return revisions && index < revisions->size() ? revisions->at(index).label : QString();
}

// The export dialog of `number` as `actor` opens it, shown; null when the revision cannot be read.
std::unique_ptr<ExportDialog> TestPrint::exportDialog(const User &actor, const QString &number) const
{
    auto subject = PrintSubject::load(*m_db, actor, number, {});
    if (!subject)
        return nullptr;
    auto dialog = std::make_unique<ExportDialog>(ExportDialog::Mode::Export, subject.value(), *m_session, actor);
    dialog->show();
    return dialog;
}

void TestPrint::previewShowsTheRevisionAsPrinted()
{
    PdfPreviewPane pane;
    pane.resize(700, 800);
    pane.show();
    QCOMPARE(pane.objectName(), QStringLiteral("pdfPreview"));
    const qint64 before = auditHead();
    const int copiesBefore = int(copiesOf(QStringLiteral("ISMS-P-001")).size());

    QSignalSpy rendered(&pane, &PdfPreviewPane::rendered);
    pane.showRevision(*m_session, user("wangfang"), QStringLiteral("ISMS-P-001"));
    QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 1, kRenderTimeoutMs);
    QVERIFY(pane.pageCount() > 0);
    QCOMPARE(rendered.at(0).at(0).toInt(), pane.pageCount());
    QVERIFY(pane.message().isEmpty());
    QVERIFY(test::child<QWidget>(&pane, "previewBar")->isVisible());
    QCOMPARE(test::child<QLabel>(&pane, "previewPageLabel")->text(), QStringLiteral("Page 1 of %1").arg(pane.pageCount()));
    QVERIFY(test::child<QLabel>(&pane, "previewCaption")->text().contains(QStringLiteral("UNCONTROLLED COPY")));

    // The pages are an uncontrolled print of the effective revision, and nothing is recorded.
    auto identity = render::readPdfIdentity(pane.pdfPath());
    QVERIFY2(identity.ok(), qPrintable(identity.message()));
    QCOMPARE(identity->number, QStringLiteral("ISMS-P-001"));
    QCOMPARE(identity->stamp, render::StampKind::Uncontrolled);
    QCOMPARE(identity->copyNumber, 0);
    QCOMPARE(auditHead(), before);
    QCOMPARE(int(copiesOf(QStringLiteral("ISMS-P-001")).size()), copiesBefore);

    // The temporary file belongs to the pane.
    const QString file = pane.pdfPath();
    pane.showMessage(QStringLiteral("nothing"));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(pane.pageCount(), 0);
}

void TestPrint::previewStampFollowsTheStatus_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("revision"); // index, oldest first; -1: as exports choose
    QTest::addColumn<render::StampKind>("stamp");
    QTest::newRow("effective") << QStringLiteral("ISMS-P-002") << -1 << render::StampKind::Uncontrolled;
    QTest::newRow("draft") << QStringLiteral("ISMS-R-001") << -1 << render::StampKind::Draft;
    QTest::newRow("in approval") << QStringLiteral("ISMS-P-007") << -1 << render::StampKind::Draft;
    QTest::newRow("superseded") << QStringLiteral("ISMS-POL-002") << 0 << render::StampKind::Obsolete;
    QTest::newRow("draft after effective") << QStringLiteral("ISMS-WI-002") << 1 << render::StampKind::Draft;
}

void TestPrint::previewStampFollowsTheStatus()
{
    QFETCH(QString, number);
    QFETCH(int, revision);
    QFETCH(render::StampKind, stamp);
    const QString wanted = revision < 0 ? QString() : label(number, revision);
    QVERIFY(revision < 0 || !wanted.isEmpty());

    PdfPreviewPane pane;
    QSignalSpy rendered(&pane, &PdfPreviewPane::rendered);
    pane.showRevision(*m_session, user("wangfang"), number, wanted);
    QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 1, kRenderTimeoutMs);
    auto identity = render::readPdfIdentity(pane.pdfPath());
    QVERIFY2(identity.ok(), qPrintable(identity.message()));
    QCOMPARE(identity->stamp, stamp);
    if (!wanted.isEmpty())
        QCOMPARE(identity->revisionLabel, wanted);
}

void TestPrint::readerCannotPreviewADraft()
{
    PdfPreviewPane pane;
    pane.show();
    QSignalSpy rendered(&pane, &PdfPreviewPane::rendered);
    QSignalSpy unavailable(&pane, &PdfPreviewPane::unavailable);
    const User reader = user("sunli");

    // An effective revision first, then a document that has only a draft.
    pane.showRevision(*m_session, reader, QStringLiteral("ISMS-P-001"));
    QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 1, kRenderTimeoutMs);
    pane.showRevision(*m_session, reader, QStringLiteral("ISMS-R-001"));
    QCOMPARE(unavailable.count(), 1);
    const QString message = unavailable.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("ISMS-R-001")) && message.contains(QStringLiteral("sunli")), qPrintable(message));
    QCOMPARE(pane.message(), message);
    QVERIFY(test::child<QLabel>(&pane, "previewMessage")->isVisible());
    QCOMPARE(test::child<QLabel>(&pane, "previewMessage")->text(), message);
    QCOMPARE(pane.pageCount(), 0);
    QVERIFY(!test::child<QToolButton>(&pane, "previewNext")->isEnabled());
    QVERIFY(!test::child<QWidget>(&pane, "previewBar")->isVisible());

    // A number that does not exist says so too.
    pane.showRevision(*m_session, reader, QStringLiteral("NO-SUCH-1"));
    QCOMPARE(unavailable.count(), 2);
    QVERIFY(pane.message().contains(QStringLiteral("NO-SUCH-1")));
}

void TestPrint::previewNavigatesPages()
{
    PdfPreviewPane pane;
    pane.resize(700, 800);
    pane.show();
    QSignalSpy rendered(&pane, &PdfPreviewPane::rendered);
    pane.showRevision(*m_session, user("wangfang"), QStringLiteral("ISMS-0001-2022"), {}, PdfPreviewPane::Layout::Manual);
    QTRY_COMPARE_WITH_TIMEOUT(rendered.count(), 1, kRenderTimeoutMs);
    const int pages = pane.pageCount();
    QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
    auto *previous = test::child<QToolButton>(&pane, "previewPrevious");
    auto *next = test::child<QToolButton>(&pane, "previewNext");
    auto *pageLabel = test::child<QLabel>(&pane, "previewPageLabel");
    QCOMPARE(pane.currentPage(), 0);
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(pane.currentPage(), 1);
    QCOMPARE(pageLabel->text(), QStringLiteral("Page 2 of %1").arg(pages));
    QVERIFY(previous->isEnabled());
    pane.goToPage(pages - 1);
    QCOMPARE(pageLabel->text(), QStringLiteral("Page %1 of %1").arg(pages));
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(pane.currentPage(), pages - 2);

    // Zooming leaves "fit width"; choosing it again returns to it.
    auto *fitWidth = test::child<QToolButton>(&pane, "previewFitWidth");
    QVERIFY(fitWidth->isChecked());
    QTest::mouseClick(test::child<QToolButton>(&pane, "previewZoomIn"), Qt::LeftButton);
    QVERIFY(!fitWidth->isChecked());
    QCOMPARE(pane.view()->zoomMode(), QPdfView::ZoomMode::Custom);
    QTest::mouseClick(fitWidth, Qt::LeftButton);
    QCOMPARE(pane.view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);

    // Asking for the same revision again reuses the pages.
    const QString file = pane.pdfPath();
    pane.showRevision(*m_session, user("wangfang"), QStringLiteral("ISMS-0001-2022"), {}, PdfPreviewPane::Layout::Manual);
    QCOMPARE(rendered.count(), 2);
    QCOMPARE(pane.pdfPath(), file);
}

void TestPrint::controlledCopyOffered_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("offered");
    QTest::addColumn<QString>("why");
    QTest::newRow("controller, effective") << QStringLiteral("wangfang") << QStringLiteral("ISMS-P-001") << true << QString();
    QTest::newRow("admin, effective") << QStringLiteral("admin") << QStringLiteral("ISMS-P-001") << true << QString();
    QTest::newRow("reader, effective") << QStringLiteral("sunli") << QStringLiteral("ISMS-P-001") << false << QStringLiteral("controllers only");
    QTest::newRow("author, effective") << QStringLiteral("lijun") << QStringLiteral("ISMS-P-001") << false << QStringLiteral("controllers only");
    QTest::newRow("controller, draft") << QStringLiteral("wangfang") << QStringLiteral("ISMS-R-001") << false << QStringLiteral("effective revision");
}

void TestPrint::controlledCopyOffered()
{
    QFETCH(QString, userName);
    QFETCH(QString, number);
    QFETCH(bool, offered);
    QFETCH(QString, why);
    const User actor = user(userName.toLatin1().constData());
    const auto opened = exportDialog(actor, number);
    QVERIFY(opened);
    ExportDialog &dialog = *opened;
    QCOMPARE(dialog.objectName(), QStringLiteral("exportDialog"));
    auto *controlled = test::child<QRadioButton>(&dialog, "controlledRadio");
    auto *holder = test::child<QLineEdit>(&dialog, "holderEdit");
    QCOMPARE(controlled->isEnabled(), offered);
    QCOMPARE(test::child<QLabel>(&dialog, "controlledHint")->isVisible(), !offered);
    QVERIFY(test::child<QRadioButton>(&dialog, "uncontrolledRadio")->isChecked());
    QVERIFY(!holder->isEnabled()); // until a controlled copy is chosen
    if (offered) {
        test::choose(controlled);
        QVERIFY(controlled->isChecked());
        QVERIFY(holder->isEnabled());
    } else {
        QVERIFY2(controlled->toolTip().contains(why), qPrintable(controlled->toolTip()));
        QCOMPARE(holder->toolTip(), controlled->toolTip());
        test::choose(controlled);
        QVERIFY(!controlled->isChecked());
        QCOMPARE(dialog.request().copy, ExportRequest::Copy::Uncontrolled);
    }
}

void TestPrint::compiledManualOnlyForManuals()
{
    const User controller = user("wangfang");
    const auto manual = exportDialog(controller, QStringLiteral("ISMS-0001-2022"));
    const auto procedure = exportDialog(controller, QStringLiteral("ISMS-P-001"));
    QVERIFY(manual && procedure);
    ExportDialog &forManual = *manual;
    QVERIFY(test::child<QGroupBox>(&forManual, "contentsGroup")->isVisible());
    QVERIFY(forManual.request().manual);
    QVERIFY(forManual.filePath().endsWith(QStringLiteral("_manual.pdf")));
    test::choose(test::child<QRadioButton>(&forManual, "documentRadio"));
    QVERIFY(!forManual.request().manual);
    QVERIFY(!forManual.filePath().endsWith(QStringLiteral("_manual.pdf")));

    QVERIFY(!test::child<QGroupBox>(procedure.get(), "contentsGroup")->isVisible());
    QVERIFY(!procedure->request().manual);
}

void TestPrint::holderAndFileAreRequired()
{
    const User controller = user("wangfang");
    const auto opened = exportDialog(controller, QStringLiteral("ISMS-P-001"));
    QVERIFY(opened);
    ExportDialog &dialog = *opened;
    QVERIFY(dialog.okButton()->isEnabled()); // a suggested file in the export folder
    QCOMPARE(QFileInfo(dialog.filePath()).absolutePath(), QFileInfo(m_dir.path()).absoluteFilePath());
    // A suggestion never overwrites an earlier export.
    QFile earlier(dialog.filePath());
    QVERIFY(earlier.open(QIODevice::WriteOnly));
    earlier.close();
    const QString next = exportDialog(controller, QStringLiteral("ISMS-P-001"))->filePath();
    QVERIFY(!QFile::exists(next));
    QVERIFY(next.endsWith(QStringLiteral("_A-0-2.pdf")));

    test::choose(test::child<QRadioButton>(&dialog, "controlledRadio"));
    QVERIFY(!dialog.okButton()->isEnabled());
    test::typeInto(test::child<QLineEdit>(&dialog, "holderEdit"), QStringLiteral("IT 部"));
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.request().holder, QStringLiteral("IT 部"));

    auto *file = test::child<QLineEdit>(&dialog, "fileEdit");
    test::typeInto(file, QStringLiteral(" "));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.tryAccept());
    QVERIFY(dialog.errorText().contains(QStringLiteral("file")));
    test::typeInto(file, m_dir.filePath(QStringLiteral("missing/folder/x.pdf")));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.tryAccept());
    QVERIFY(dialog.errorText().contains(QStringLiteral("does not exist")));
    // A name without a suffix gets ".pdf".
    test::typeInto(file, QStringLiteral("copy-for-it"));
    QCOMPARE(dialog.filePath(), QDir(m_dir.path()).filePath(QStringLiteral("copy-for-it.pdf")));
}

void TestPrint::exportWritesUncontrolledThenControlledCopy()
{
    const User controller = user("wangfang");
    const QString number = QStringLiteral("ISMS-P-001");
    // One copy was issued before (e.g. by another desk): the dialog's is the next one.
    auto earlier = ExportService(*m_db).exportPdf(controller, ExportRequest{number, {}, ExportRequest::Copy::Controlled, QStringLiteral("质量管理部"), false, {}},
                                                  m_dir.filePath(QStringLiteral("earlier.pdf")));
    QVERIFY2(earlier.ok(), qPrintable(earlier.message()));
    const int issued = earlier->copy->copyNumber;

    const QString uncontrolledPath = m_dir.filePath(QStringLiteral("uncontrolled.pdf"));
    const QString controlledPath = m_dir.filePath(QStringLiteral("controlled.pdf"));
    QString chosen;
    ExportDialog::setSaveFileHook([&chosen](QWidget *, const QString &current) {
        Q_UNUSED(current)
        return chosen;
    });
    test::DialogScript script;
    script.on(QStringLiteral("exportDialog"), [&](QDialog &dialog) {
        QTest::mouseClick(test::child<QPushButton>(&dialog, "browseButton"), Qt::LeftButton);
        QTest::mouseClick(static_cast<ExportDialog &>(dialog).okButton(), Qt::LeftButton);
    });

    chosen = uncontrolledPath;
    auto first = PrintFlow::exportPdf(*m_session, controller, number, {}, nullptr);
    QVERIFY2(first.ok(), qPrintable(first.message()));
    QVERIFY2(first->startsWith(QStringLiteral("Wrote ISMS-P-001")) && first->contains(QStringLiteral("uncontrolled copy"))
                 && first->contains(QDir::toNativeSeparators(uncontrolledPath)),
             qPrintable(first.value()));
    auto identity = render::readPdfIdentity(uncontrolledPath);
    QVERIFY2(identity.ok(), qPrintable(identity.message()));
    QCOMPARE(identity->stamp, render::StampKind::Uncontrolled);
    QCOMPARE(int(copiesOf(number).size()), 1);

    chosen = controlledPath;
    script.on(QStringLiteral("exportDialog"), [&](QDialog &dialog) {
        test::choose(test::child<QRadioButton>(&dialog, "controlledRadio"));
        test::typeInto(test::child<QLineEdit>(&dialog, "holderEdit"), QStringLiteral("IT 部"));
        QTest::mouseClick(test::child<QPushButton>(&dialog, "browseButton"), Qt::LeftButton);
        QTest::mouseClick(static_cast<ExportDialog &>(dialog).okButton(), Qt::LeftButton);
    });
    auto second = PrintFlow::exportPdf(*m_session, controller, number, {}, nullptr);
    QVERIFY2(second.ok(), qPrintable(second.message()));
    QVERIFY2(second->contains(QStringLiteral("controlled copy %1 for IT 部").arg(test::copyNumberText(issued + 1))), qPrintable(second.value()));
    identity = render::readPdfIdentity(controlledPath);
    QVERIFY2(identity.ok(), qPrintable(identity.message()));
    QCOMPARE(identity->stamp, render::StampKind::Controlled);
    QCOMPARE(identity->copyNumber, issued + 1);
    const QList<ControlledCopy> copies = copiesOf(number);
    QCOMPARE(copies.size(), 2);
    QCOMPARE(copies.last().copyNumber, issued + 1);
    QCOMPARE(copies.last().holder, QStringLiteral("IT 部"));
    QCOMPARE(copies.last().status, ControlledCopy::Status::Issued);
    // The check of a file finds it recorded.
    auto check = ExportService(*m_db).checkPdf(controlledPath);
    QVERIFY2(check.ok(), qPrintable(check.message()));
    QVERIFY(check->matchesRecord);

    // Cancelling writes and records nothing.
    const qint64 head = auditHead();
    script.on(QStringLiteral("exportDialog"), [](QDialog &dialog) { dialog.reject(); });
    auto cancelled = PrintFlow::exportPdf(*m_session, controller, number, {}, nullptr);
    QVERIFY(cancelled.ok());
    QVERIFY(cancelled->isEmpty());
    QCOMPARE(auditHead(), head);
}

void TestPrint::failedExportStaysOpenAndIssuesNothing()
{
    const User controller = user("wangfang");
    const QString number = QStringLiteral("ISMS-P-001");
    // A folder where the file should be: nothing can be written there.
    const QString blocked = m_dir.filePath(QStringLiteral("blocked.pdf"));
    QVERIFY(QDir().mkpath(blocked));
    const qint64 head = auditHead();

    const auto opened = exportDialog(controller, number);
    QVERIFY(opened);
    ExportDialog &dialog = *opened;
    test::choose(test::child<QRadioButton>(&dialog, "controlledRadio"));
    test::typeInto(test::child<QLineEdit>(&dialog, "holderEdit"), QStringLiteral("IT 部"));
    dialog.setFilePath(blocked);
    QVERIFY(!dialog.tryAccept());
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("blocked.pdf")), qPrintable(dialog.errorText()));
    QVERIFY(!dialog.outcome().has_value());
    QVERIFY(copiesOf(number).isEmpty());
    QCOMPARE(auditHead(), head);

    // Corrected, the same dialog writes copy No. 001.
    const QString path = m_dir.filePath(QStringLiteral("fine.pdf"));
    dialog.setFilePath(path);
    QVERIFY2(dialog.tryAccept(), qPrintable(dialog.errorText()));
    QVERIFY(dialog.outcome().has_value());
    QCOMPARE(dialog.outcome()->copy->copyNumber, 1);
    QVERIFY(dialog.statusMessage().contains(test::copyNumberText(1)));
    QVERIFY(QFile::exists(path));
}

void TestPrint::onlyTheLastRequestIsShown()
{
    // Asked for two revisions in a row, the pane shows the second only.
    PdfPreviewPane pane;
    QSignalSpy rendered(&pane, &PdfPreviewPane::rendered);
    pane.showRevision(*m_session, user("wangfang"), QStringLiteral("ISMS-0001-2022"), {}, PdfPreviewPane::Layout::Manual);
    QVERIFY(pane.isRendering());
    QVERIFY(pane.message().isEmpty());
    pane.showRevision(*m_session, user("wangfang"), QStringLiteral("ISMS-P-002"));
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isRendering() && rendered.count() > 0, kRenderTimeoutMs);
    QTest::qWait(100);
    QCOMPARE(rendered.count(), 1);
    auto identity = render::readPdfIdentity(pane.pdfPath());
    QVERIFY2(identity.ok(), qPrintable(identity.message()));
    QCOMPARE(identity->number, QStringLiteral("ISMS-P-002"));
    QCOMPARE(QDir(QFileInfo(pane.pdfPath()).absolutePath()).entryList(QDir::Files).size(), 1); // the first one's file is gone
}

void TestPrint::actionsFollowTheRevision()
{
    QWidget window;
    PrintActions actions(*m_session, user("sunli"), &window);
    QCOMPARE(actions.printAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QCOMPARE(actions.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QVERIFY(!actions.printAction()->isEnabled());

    actions.setRevision(QStringLiteral("ISMS-P-001"));
    QVERIFY(actions.printAction()->isEnabled());
    QVERIFY(actions.exportAction()->isEnabled());
    actions.setRevision(QStringLiteral("ISMS-R-001"));
    QVERIFY(!actions.printAction()->isEnabled());
    QVERIFY2(actions.printAction()->toolTip().contains(QStringLiteral("not effective")), qPrintable(actions.printAction()->toolTip()));

    // Triggered, an export announces what it wrote.
    actions.setRevision(QStringLiteral("ISMS-P-001"));
    QSignalSpy changed(&actions, &PrintActions::documentChanged);
    test::DialogScript script;
    script.on(QStringLiteral("exportDialog"), [](QDialog &dialog) {
        QVERIFY(!test::child<QRadioButton>(&dialog, "controlledRadio")->isEnabled());
        QTest::mouseClick(static_cast<ExportDialog &>(dialog).okButton(), Qt::LeftButton);
    });
    actions.exportAction()->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("ISMS-P-001"));
    QVERIFY(changed.at(0).at(1).toString().startsWith(QStringLiteral("Wrote ISMS-P-001")));

    // A store open read-only cannot record a print.
    auto readOnly = Session::open(m_path, Session::Access::ReadOnly);
    QVERIFY(readOnly.ok());
    PrintActions auditorActions(*readOnly.value(), user("sunli"), &window);
    auditorActions.setRevision(QStringLiteral("ISMS-P-001"));
    QVERIFY(!auditorActions.exportAction()->isEnabled());
    QVERIFY(auditorActions.exportAction()->toolTip().contains(QStringLiteral("read-only")));
}

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
