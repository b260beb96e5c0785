#pragma once

#include "core/model/user.h"
#include "core/services/backupservice.h"
#include "ui/workflow/actiondialog.h"

#include <optional>

class QLineEdit;

namespace dc {

class Session;

// Tools ▸ Backup…: the file to write (the last folder used, named after the store and the
// day), then BackupService::backup on a worker thread with a connection of its own (as
// `backup FILE.zip`; administrators only, which the core checks). The manifest it recorded is
// kept for the result message.
class BackupDialog final : public ActionDialog {
    Q_OBJECT
public:
    BackupDialog(Session &session, const User &actor, QWidget *parent = nullptr);

    QString filePath() const;
    void setFilePath(const QString &path);
    void browse();
    // After acceptance: what the backup holds.
    const std::optional<BackupManifest> &manifest() const { return m_manifest; }

protected:
    QString validate() const override;

private:
    Session &m_session;
    User m_actor;
    QLineEdit *m_path = nullptr;
    std::optional<BackupManifest> m_manifest;
};

// Tools ▸ Restore…: a backup and the new store to restore it into, then BackupService::restore
// on a worker thread (as `restore FILE.zip --to NEWSTORE`): it never overwrites anything, checks
// the checksum and verifies the restored store, leaving nothing behind on failure.
class RestoreDialog final : public ActionDialog {
    Q_OBJECT
public:
    explicit RestoreDialog(QWidget *parent = nullptr);

    QString backupPath() const;
    QString targetPath() const;
    void setBackupPath(const QString &path);
    void setTargetPath(const QString &path);
    const std::optional<RestoreOutcome> &outcome() const { return m_outcome; }

protected:
    QString validate() const override;

private:
    void browseBackup();
    void browseTarget();

    QLineEdit *m_backup = nullptr;
    QLineEdit *m_target = nullptr;
    std::optional<RestoreOutcome> m_outcome;
};

} // namespace dc
