#include "ui/admin/adminactions.h"

#include "core/services/session.h"
#include "core/workflow/permissions.h"
#include "ui/admin/administrationdialog.h"
#include "ui/admin/adminsupport.h"
#include "ui/admin/backupdialogs.h"
#include "ui/admin/bundledialogs.h"
#include "ui/mainwindow.h"
#include "ui/register/registermodel.h"
#include "ui/register/registerview.h"
#include "ui/workflow/modal.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace dc {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(dc::AdminActions)
};

constexpr int kStatusMessageMs = 8000;

QAction *addAction(QMenu *menu, const QString &text, const char *name, const QKeySequence &shortcut, const Status &allowed,
                   const QString &tip)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    action->setEnabled(allowed.ok());
    action->setStatusTip(allowed ? tip : allowed.message());
    action->setToolTip(allowed ? tip : allowed.message());
    return action;
}

} // namespace

void addAdministrationActions(QMenu *tools, MainWindow *window, std::function<void(const QString &)> openStore)
{
    const User &user = window->user();
    const bool readOnly = window->session().isReadOnly();
    tools->addSeparator();
    QAction *administration = addAction(tools, Text::tr("&Administration…"), "actionAdministration", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), Status(),
                                        Text::tr("Numbering patterns and default routes of each document type"));
    QObject::connect(administration, &QAction::triggered, window, [window] { AdminActions::openAdministration(window); });

    Status mayBackUp = Permissions::mayVerify(user);
    if (!mayBackUp)
        mayBackUp = Error{ErrorCode::PermissionDenied, Text::tr("Only administrators back up the store.")};
    QAction *backup = addAction(tools, Text::tr("&Back Up…"), "actionBackup", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), mayBackUp,
                                Text::tr("Write a consistent backup of the store with its checksum and audit trail head"));
    QObject::connect(backup, &QAction::triggered, window, [window] { AdminActions::backUp(window); });
    QAction *restore = addAction(tools, Text::tr("&Restore…"), "actionRestore", {}, Status(), Text::tr("Restore a backup into a new store, verified"));
    QObject::connect(restore, &QAction::triggered, window, [window, openStore] { AdminActions::restore(window, openStore); });

    tools->addSeparator();
    Status mayExport;
    if (readOnly)
        mayExport = Error{ErrorCode::ReadOnlyStore, Text::tr("The store is open read-only.")};
    QAction *bundle = addAction(tools, Text::tr("&Export Bundle…"), "actionBundleExport", {}, mayExport,
                                Text::tr("A signed zip of stamped PDFs that can be checked offline"));
    QObject::connect(bundle, &QAction::triggered, window, [window] { AdminActions::exportBundle(window); });
    QAction *verify = addAction(tools, Text::tr("&Verify Bundle…"), "actionBundleVerify", {}, Status(),
                                Text::tr("Check a bundle's files and signatures against its signed manifest"));
    QObject::connect(verify, &QAction::triggered, window, [window] { AdminActions::verifyBundle(window); });
}

namespace AdminActions {

void openAdministration(MainWindow *window)
{
    AdministrationDialog dialog(window->session(), window->user(), window);
    Modal::exec(dialog);
}

void backUp(MainWindow *window)
{
    BackupDialog dialog(window->session(), window->user(), window);
    if (Modal::exec(dialog) != QDialog::Accepted || !dialog.manifest())
        return;
    const BackupManifest &manifest = *dialog.manifest();
    const QString path = QDir::toNativeSeparators(dialog.filePath());
    AdminSupport::tell(window, QMessageBox::Information, Text::tr("Backup Written"),
                       Text::tr("Backed up %1 documents and %2 revisions to %3.\n\nStore SHA-256 %4\nAudit trail head: event #%5, %6")
                           .arg(manifest.documents)
                           .arg(manifest.revisions)
                           .arg(path, manifest.storeSha256)
                           .arg(manifest.headSeq)
                           .arg(manifest.headHash),
                       "backupDoneBox");
    window->statusBar()->showMessage(Text::tr("Backed up to %1").arg(path), kStatusMessageMs);
}

void restore(MainWindow *window, const std::function<void(const QString &)> &openStore)
{
    RestoreDialog dialog(window);
    if (Modal::exec(dialog) != QDialog::Accepted || !dialog.outcome())
        return;
    const RestoreOutcome &outcome = *dialog.outcome();
    const QString target = dialog.targetPath();
    const auto answer = AdminSupport::tell(
        window, QMessageBox::Question, Text::tr("Store Restored"),
        Text::tr("The backup of %1 made %2 by %3 was restored into %4 and verifies: %5 events, %6 revisions, %7 signatures; audit trail head event #%8.\n\n"
           "Open the restored store now?")
            .arg(outcome.manifest.organisation, QLocale().toString(outcome.manifest.createdAt.toLocalTime(), QLocale::ShortFormat),
                 outcome.manifest.createdBy, QDir::toNativeSeparators(target))
            .arg(outcome.report.events)
            .arg(outcome.report.revisions)
            .arg(outcome.report.signatures)
            .arg(outcome.report.headSeq),
        "restoreDoneBox", QMessageBox::Open | QMessageBox::Close);
    if (answer == QMessageBox::Open && openStore)
        openStore(target);
}

void exportBundle(MainWindow *window)
{
    BundleExportDialog dialog(window->session(), window->user(), window->registerView()->currentNumber(), window->registerView()->model()->filter(),
                              window);
    if (Modal::exec(dialog) != QDialog::Accepted)
        return;
    window->statusBar()->showMessage(Text::tr("Wrote %1 with %2 stamped PDFs and a signed manifest").arg(QDir::toNativeSeparators(dialog.filePath())).arg(dialog.written()),
                                     kStatusMessageMs);
}

void verifyBundle(MainWindow *window)
{
    BundleVerifyDialog dialog(window);
    if (Modal::exec(dialog) != QDialog::Accepted || !dialog.report())
        return;
    BundleReportDialog report(dialog.filePath(), *dialog.report(), window);
    Modal::exec(report);
}

} // namespace AdminActions
} // namespace dc
