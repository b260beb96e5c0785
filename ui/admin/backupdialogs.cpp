#include "ui/admin/backupdialogs.h"

#include "core/services/session.h"
#include "ui/admin/adminsupport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dc {

namespace {

// A path field with a Browse… button, as a form row.
QLineEdit *pathRow(QFormLayout *form, QWidget *parent, const QString &label, const char *name, const char *browseName,
                   const std::function<void()> &browse)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setMinimumWidth(380);
    auto *button = new QPushButton(QCoreApplication::translate("dc::BackupDialog", "&Browse…"), parent);
    button->setObjectName(QLatin1String(browseName));
    QObject::connect(button, &QPushButton::clicked, parent, browse);
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button);
    auto *caption = new QLabel(label, parent);
    caption->setBuddy(field);
    form->addRow(caption, row);
    return field;
}

QString absolute(const QString &path)
{
    const QString trimmed = path.trimmed();
    return trimmed.isEmpty() ? QString() : QFileInfo(trimmed).absoluteFilePath();
}

} // namespace

BackupDialog::BackupDialog(Session &session, const User &actor, QWidget *parent)
    : ActionDialog(parent), m_session(session), m_actor(actor)
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Back Up the Store"));
    auto *explain = new QLabel(tr("A consistent copy of the whole store, with a manifest of its checksum and the audit trail's head. "
                                  "Others may keep working meanwhile."),
                               this);
    explain->setWordWrap(true);
    body()->addWidget(explain);
    auto *form = new QFormLayout;
    m_path = pathRow(form, this, tr("&Backup file:"), "backupPath", "backupBrowse", [this] { browse(); });
    body()->addLayout(form);
    const QString location = m_session.storePath();
    const QString stem = Session::isDatabaseLocation(location) ? QStringLiteral("store") : QFileInfo(location).completeBaseName();
    const QString day = m_session.clock().nowUtc().date().toString(Qt::ISODate);
    m_path->setText(QDir(AdminSupport::lastFolder()).filePath(QStringLiteral("%1-%2.zip").arg(stem, day)));
    connect(m_path, &QLineEdit::textChanged, this, &BackupDialog::updateOk);
    okButton()->setText(tr("Back Up"));
    setCommit([this]() -> Status {
        const QString path = filePath();
        const Session::Ticket ticket = m_session.ticket();
        const User actor = m_actor;
        auto made = AdminSupport::runBusy(this, tr("Backing up to %1…").arg(QDir::toNativeSeparators(path)), [ticket, actor, path]() -> Result<BackupManifest> {
            auto worker = ticket.open();
            if (!worker)
                return worker.error();
            return worker.value()->backups().backup(actor, path);
        });
        if (!made)
            return made.error();
        m_manifest = made.value();
        AdminSupport::rememberFolder(path);
        m_session.refresh(); // the backup is recorded in the trail, by the worker's connection
        return {};
    });
    updateOk();
}

QString BackupDialog::filePath() const
{
    QString path = absolute(m_path->text());
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".zip");
    return path;
}

void BackupDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

void BackupDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Back Up the Store"), m_path->text(), tr("Backups (*.zip)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

QString BackupDialog::validate() const
{
    return m_path->text().trimmed().isEmpty() ? tr("Choose the file to write.") : QString();
}

RestoreDialog::RestoreDialog(QWidget *parent) : ActionDialog(parent)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a Backup"));
    auto *explain = new QLabel(tr("The backup is restored into a new store, its checksum checked and the restored store verified. "
                                  "Nothing existing is overwritten."),
                               this);
    explain->setWordWrap(true);
    body()->addWidget(explain);
    auto *form = new QFormLayout;
    m_backup = pathRow(form, this, tr("&Backup:"), "restoreBackupPath", "restoreBackupBrowse", [this] { browseBackup(); });
    m_target = pathRow(form, this, tr("&New store:"), "restoreTargetPath", "restoreTargetBrowse", [this] { browseTarget(); });
    body()->addLayout(form);
    connect(m_backup, &QLineEdit::textChanged, this, &RestoreDialog::updateOk);
    connect(m_target, &QLineEdit::textChanged, this, &RestoreDialog::updateOk);
    okButton()->setText(tr("Restore"));
    setCommit([this]() -> Status {
        const QString from = backupPath();
        const QString to = targetPath();
        auto restored = AdminSupport::runBusy(this, tr("Restoring and verifying %1…").arg(QDir::toNativeSeparators(to)),
                                              [from, to]() { return BackupService::restore(from, to); });
        if (!restored)
            return restored.error();
        m_outcome = restored.value();
        AdminSupport::rememberFolder(from);
        return {};
    });
    updateOk();
}

QString RestoreDialog::backupPath() const
{
    return absolute(m_backup->text());
}

QString RestoreDialog::targetPath() const
{
    const QString text = m_target->text().trimmed();
    if (Session::isDatabaseLocation(text))
        return text;
    QString path = absolute(text);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".dcstore");
    return path;
}

void RestoreDialog::setBackupPath(const QString &path)
{
    m_backup->setText(path);
}

void RestoreDialog::setTargetPath(const QString &path)
{
    m_target->setText(path);
}

void RestoreDialog::browseBackup()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a Backup"), AdminSupport::lastFolder(), tr("Backups (*.zip)"));
    if (chosen.isEmpty())
        return;
    m_backup->setText(chosen);
    if (m_target->text().trimmed().isEmpty())
        m_target->setText(QFileInfo(chosen).absoluteDir().filePath(QFileInfo(chosen).completeBaseName() + QStringLiteral("-restored.dcstore")));
}

void RestoreDialog::browseTarget()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Restore Into a New Store"), m_target->text(), tr("DocControl stores (*.dcstore)"));
    if (!chosen.isEmpty())
        m_target->setText(chosen);
}

QString RestoreDialog::validate() const
{
    if (m_backup->text().trimmed().isEmpty())
        return tr("Choose the backup to restore.");
    if (m_target->text().trimmed().isEmpty())
        return tr("Choose the new store to restore it into.");
    return {};
}

} // namespace dc
