#include "ui/print/printflow.h"

#include "core/services/session.h"

#include "ui/print/exportdialog.h"
#include "ui/print/exportwork.h"
#include "core/services/printsubject.h"
#include "core/render/pagestyle.h"
#include "core/render/pdfexport.h"
#include "core/services/exportservice.h"
#include "ui/workflow/modal.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace dc::PrintFlow {

namespace {

PreviewHook &previewHook()
{
    static PreviewHook installed;
    return installed;
}

// Shows the real preview; true when the user printed.
bool runPreviewDialog(QPrinter &printer, const std::function<void(QPrinter *)> &paint, const QString &title, QWidget *parent)
{
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(title);
    if (parent)
        preview.resize(parent->window()->size() * 0.9);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&paint](QPrinter *target) { paint(target); });
    return Modal::exec(preview) == QDialog::Accepted;
}

} // namespace

void setPreviewHook(PreviewHook hook)
{
    previewHook() = std::move(hook);
}

Result<QString> exportPdf(Session &session, const User &actor, const QString &number, const QString &label, QWidget *parent)
{
    auto subject = session.printSubject(actor, number, label);
    if (!subject)
        return subject.error();
    ExportDialog dialog(ExportDialog::Mode::Export, subject.value(), session, actor, parent);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return QString();
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
    // Checked before anything is recorded: painting cannot succeed without the font.
    if (const Status font = render::ensureRenderFont(); !font)
        return font.error();

    ExportService &service = session.exports();
    auto job = service.preparePrint(actor, request);
    if (!job)
        return job.error();
    const QString what = ExportWork::describe(request, render::identityOf(job->document), job->copy);

    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(subject->name());
    printer.setCreator(QStringLiteral("DocControl"));
    printer.setPageLayout(QPageLayout(QPageSize(request.options.pageSize), QPageLayout::Portrait, QMarginsF()));
    Status painted;
    const auto paint = [&job, &painted](QPrinter *target) {
        const Result<int> pages = job->manual ? render::paintManual(*job->manual, target) : render::paintDocument(job->document, target);
        painted = pages ? Status() : Status(pages.error());
    };
    const bool printed = previewHook() ? previewHook()(printer, paint)
                                       : runPreviewDialog(printer, paint, QCoreApplication::translate("dc::PrintFlow", "Print Preview — %1").arg(subject->name()), parent);
    if (printed && painted)
        return QCoreApplication::translate("dc::PrintFlow", "Printed %1.").arg(what);

    QString message = !painted ? QCoreApplication::translate("dc::PrintFlow", "Printing %1 failed: %2").arg(what, painted.message()) : QCoreApplication::translate("dc::PrintFlow", "Printing %1 was cancelled.").arg(what);
    if (job->copy) {
        const ControlledCopy &copy = *job->copy;
        const QString copyNumber = QStringLiteral("%1").arg(copy.copyNumber, 3, 10, QLatin1Char('0'));
        const auto destroyed = service.destroy(actor, copy.number, copy.label, copy.copyNumber);
        message += QLatin1Char(' ')
            + (destroyed ? QCoreApplication::translate("dc::PrintFlow", "Controlled copy No. %1 is recorded as destroyed.").arg(copyNumber)
                         : QCoreApplication::translate("dc::PrintFlow", "Controlled copy No. %1 stays issued: %2").arg(copyNumber, destroyed.message()));
    }
    if (!painted)
        return Error{painted.code(), message};
    return message;
}

} // namespace dc::PrintFlow
