#include "ui/print/exportwork.h"

#include "core/render/pagestyle.h"
#include "core/services/background.h"
#include "core/services/session.h"
#include "ui/uilog.h"

#include <QCoreApplication>
#include <QDir>
#include <QProgressDialog>

#include <memory>

namespace dc::ExportWork {

namespace {

// How long an export may take before the busy dialog appears, so quick ones do not flash it.
constexpr int kProgressDelayMs = 300;

} // namespace

Result<ExportOutcome> exportPdf(Session &session, const User &actor, const ExportRequest &request, const QString &path, QWidget *parent)
{
    // The renderer's font must be set up on the GUI thread before a worker renders.
    if (const Status font = render::ensureRenderFont(); !font)
        return font.error();

    QProgressDialog progress(parent);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowTitle(QCoreApplication::translate("dc::ExportWork", "Export PDF"));
    progress.setLabelText(request.manual ? QCoreApplication::translate("dc::ExportWork", "Compiling the manual %1…").arg(request.number) : QCoreApplication::translate("dc::ExportWork", "Writing %1…").arg(request.number));
    progress.setCancelButton(nullptr);
    progress.setRange(0, 0);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kProgressDelayMs);
    progress.setValue(0);

    qCInfo(lcUi).noquote() << "export of" << request.number << "to" << path << "started on a worker thread";
    // Everything the worker touches is its own: copies of the inputs, a Session of its own.
    auto outcome = Background::runAndWait([ticket = session.ticket(), actor, request, path]() -> Result<ExportOutcome> {
        auto own = ticket.open();
        if (!own)
            return own.error();
        return own.value()->exports().exportPdf(actor, request, path);
    });
    qCInfo(lcUi).noquote() << "export of" << request.number << "finished:" << (outcome ? QStringLiteral("ok") : QStringLiteral("failed"));
    progress.reset();
    return outcome;
}

QString describe(const ExportRequest &request, const render::PdfIdentity &identity, const std::optional<ControlledCopy> &copy)
{
    QString what = identity.number + QLatin1Char(' ') + identity.revisionLabel;
    if (request.manual)
        what = QCoreApplication::translate("dc::ExportWork", "%1 (compiled manual)").arg(what);
    if (copy)
        return QCoreApplication::translate("dc::ExportWork", "%1, controlled copy No. %2 for %3").arg(what, QStringLiteral("%1").arg(copy->copyNumber, 3, 10, QLatin1Char('0')), copy->holder);
    switch (identity.stamp) {
    case render::StampKind::Controlled:
    case render::StampKind::Uncontrolled: return QCoreApplication::translate("dc::ExportWork", "%1, uncontrolled copy").arg(what);
    case render::StampKind::Draft: return QCoreApplication::translate("dc::ExportWork", "%1, stamped as a draft").arg(what);
    case render::StampKind::Obsolete: return QCoreApplication::translate("dc::ExportWork", "%1, stamped as obsolete").arg(what);
    }
    return what;
}

QString exportedMessage(const ExportRequest &request, const ExportOutcome &outcome)
{
    return QCoreApplication::translate("dc::ExportWork", "Wrote %1, to %2.").arg(describe(request, outcome.identity, outcome.copy), QDir::toNativeSeparators(outcome.path));
}

} // namespace dc::ExportWork
