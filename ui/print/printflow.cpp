#include "ui/print/printflow.h"

#include "ui/print/exportdialog.h"
#include "ui/print/exportwork.h"
#include "core/services/printsubject.h"
#include "core/services/session.h"
#include "core/render/pagestyle.h"
#include "core/render/pdfexport.h"
#include "core/services/exportservice.h"
#include "ui/workflow/modal.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPaintEngine>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

#include <optional>

namespace dc::PrintFlow {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("dc::PrintFlow", text);
}

// QPrintPreviewDialog asks for the pages (paintRequested) both to show them and to print
// them, on the same QPrinter. While it shows them the printer paints on Qt's preview engine,
// which records pictures (QPaintEngine::Picture); a printer or a PDF file never does.
bool isPreviewPainting(QPrinter *target)
{
    const QPaintEngine *engine = target->paintEngine();
    return engine && engine->type() == QPaintEngine::Picture;
}

// Paints the job's pages on `target`; fails when painting fails or the printer reports an
// error once the job was handed over (QPainter::end sends it).
Status paintJob(const PrintJob &job, QPrinter *target)
{
    const Result<int> pages = job.manual ? render::paintManual(*job.manual, target) : render::paintDocument(job.document, target);
    if (!pages)
        return pages.error();
    if (target->printerState() == QPrinter::Error || target->printerState() == QPrinter::Aborted)
        return Error{ErrorCode::Io, translate("The printer did not accept the job.")};
    return {};
}

// Shows the job in the preview dialog. Returns how printing it went, or nothing when the pages
// did not go to the printer: the preview closed with Esc or Close (rejected), or accepted
// without printing (Qt does that on some platforms when no output file is chosen).
std::optional<Status> runPreview(QPrinter &printer, const PrintJob &job, const QString &title, QWidget *parent)
{
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(title);
    if (parent)
        preview.resize(parent->window()->size() * 0.9);
    std::optional<Status> printed;
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&job, &printed](QPrinter *target) {
        const Status painted = paintJob(job, target);
        if (!isPreviewPainting(target))
            printed = painted;
    });
    if (Modal::exec(preview) != QDialog::Accepted)
        return std::nullopt;
    return printed;
}

// The pages went to the printer but their print is not recorded: says that they are no
// valid copy; true when the user wants to build and print them again.
bool askToPrintAgain(const QString &what, const QString &reason, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, translate("Print Not Recorded"),
                    translate("%1 was printed, but the print could not be recorded: %2").arg(what, reason), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("printRecordFailedBox"));
    box.setInformativeText(translate("The printed pages are no valid copy: destroy them. Print Again builds the pages anew "
                                     "(a controlled copy gets the next free number) and opens the preview again."));
    QPushButton *again = box.addButton(translate("Print &Again"), QMessageBox::AcceptRole);
    again->setObjectName(QStringLiteral("printAgainButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(again);
    Modal::exec(box);
    return box.clickedButton() == again;
}

} // namespace

Result<QString> exportPdf(Session &session, const User &actor, const QString &number, const QString &label, QWidget *parent,
                          QString *writtenPath)
{
    auto subject = session.printSubject(actor, number, label);
    if (!subject)
        return subject.error();
    ExportDialog dialog(ExportDialog::Mode::Export, subject.value(), session, actor, parent);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return QString();
    if (writtenPath && dialog.outcome())
        *writtenPath = dialog.outcome()->path;
    return dialog.statusMessage();
}

Result<QString> print(Session &session, const User &actor, const QString &number, const QString &label, QWidget *parent)
{
    auto subject = session.printSubject(actor, number, label);
    if (!subject)
        return subject.error();
    ExportDialog dialog(ExportDialog::Mode::Print, subject.value(), session, actor, parent);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return QString();
    const ExportRequest request = dialog.request();
    // Checked before anything is printed: painting cannot succeed without the font.
    if (const Status font = render::ensureRenderFont(); !font)
        return font.error();

    ExportService &service = session.exports();
    for (;;) {
        // Nothing is recorded until the printer took the pages.
        auto job = service.buildPrint(actor, request);
        if (!job)
            return job.error();
        const QString what = ExportWork::describe(request, render::identityOf(job->document), job->copy);

        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(subject->name());
        printer.setCreator(QStringLiteral("DocControl"));
        printer.setPageLayout(QPageLayout(QPageSize(request.options.pageSize), job->request.options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF()));
        const std::optional<Status> printed = runPreview(printer, job.value(), translate("Print Preview — %1").arg(subject->name()), parent);
        if (!printed)
            return QString();
        if (!printed.value())
            return Error{printed->code(), translate("Printing %1 failed: %2").arg(what, printed->message())};

        auto recorded = service.recordPrint(actor, job.value());
        if (recorded)
            return translate("Printed %1.").arg(ExportWork::describe(request, recorded->identity, recorded->copy));
        if (!askToPrintAgain(what, recorded.message(), parent))
            return Error{recorded.code(), translate("%1 was printed, but the print could not be recorded: %2").arg(what, recorded.message())};
    }
}

} // namespace dc::PrintFlow
