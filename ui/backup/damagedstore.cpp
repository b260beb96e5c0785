#include "ui/backup/damagedstore.h"

#include "core/services/session.h"

#include "core/services/autobackup.h"
#include "ui/workflow/modal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace dc::DamagedStore {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(dc::DamagedStore)
};

// A file name beside the damaged store that is not taken yet.
QString freeNameBeside(const QString &path)
{
    const QFileInfo store(path);
    const QString stem = store.absolutePath() + QLatin1Char('/') + store.completeBaseName() + QStringLiteral("-restored");
    QString candidate = stem + QStringLiteral(".dcstore");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = stem + QLatin1Char('-') + QString::number(n) + QStringLiteral(".dcstore");
    return candidate;
}

// A message box through Modal, so tests can answer it.
void tell(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, const char *objectName)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QLatin1String(objectName));
    Modal::exec(box);
}

} // namespace

std::unique_ptr<Session> recover(QWidget *parent, const QString &path, const QString &why)
{
    const AutoBackup backups(AutoBackup::Settings::current());
    const QStringList available = backups.backups(path);

    QMessageBox box(QMessageBox::Critical, Text::tr("Damaged Store"), why, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("damagedStoreBox"));
    box.setInformativeText(available.isEmpty()
                               ? Text::tr("There is no automatic backup of this store on this desk. You can open it read-only to copy out what can still be read.")
                               : Text::tr("The newest automatic backup is %1 (%n backup(s) in all). Restoring makes a new store file and leaves the damaged one as it is.",
                                          nullptr, int(available.size()))
                                     .arg(QFileInfo(available.first()).fileName()));
    QPushButton *restore = box.addButton(Text::tr("&Restore Newest Backup…"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreBackupButton"));
    restore->setEnabled(!available.isEmpty());
    QPushButton *readOnly = box.addButton(Text::tr("Open &Read-Only"), QMessageBox::ActionRole);
    readOnly->setObjectName(QStringLiteral("openReadOnlyButton"));
    box.addButton(Text::tr("Open &Another Store…"), QMessageBox::RejectRole);
    box.setDefaultButton(available.isEmpty() ? readOnly : restore);
    Modal::exec(box);

    if (box.clickedButton() == readOnly) {
        auto opened = Session::open(path, Session::Access::Salvage);
        if (opened)
            return std::move(opened).value();
        tell(parent, QMessageBox::Critical, Text::tr("Cannot Open Store"), opened.message(), "salvageFailedBox");
        return nullptr;
    }
    if (box.clickedButton() != restore)
        return nullptr;
    QFileDialog chooser(parent, Text::tr("Restore Into a New Store"), QFileInfo(path).absolutePath(), Text::tr("DocControl stores (*.dcstore)"));
    chooser.setObjectName(QStringLiteral("restoreTargetDialog"));
    chooser.setAcceptMode(QFileDialog::AcceptSave);
    chooser.setDefaultSuffix(QStringLiteral("dcstore"));
    chooser.selectFile(freeNameBeside(path));
    if (Modal::exec(chooser) != QDialog::Accepted || chooser.selectedFiles().isEmpty())
        return nullptr;
    const QString target = chooser.selectedFiles().constFirst();
    auto restored = backups.restoreNewest(path, target);
    if (!restored) {
        tell(parent, QMessageBox::Critical, Text::tr("Restore Failed"), restored.message(), "restoreFailedBox");
        return nullptr;
    }
    tell(parent, QMessageBox::Information, Text::tr("Store Restored"),
         Text::tr("The backup made %1 was restored into %2 and verifies (audit trail up to event #%3). Changes after the backup are not in it.")
             .arg(QLocale().toString(restored->manifest.createdAt.toLocalTime(), QLocale::ShortFormat), QDir::toNativeSeparators(target))
             .arg(restored->manifest.headSeq),
         "storeRestoredBox");
    auto opened = Session::open(target);
    if (!opened) {
        tell(parent, QMessageBox::Critical, Text::tr("Cannot Open Store"), opened.message(), "restoredOpenFailedBox");
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace dc::DamagedStore
