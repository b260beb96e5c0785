#pragma once

#include "core/model/clock.h"
#include "core/model/user.h"
#include "core/model/result.h"
#include "core/services/backupservice.h"

#include <QCoreApplication>
#include <QStringList>

namespace dc {

class BackupService;
class Database;
class Session;

// The backups a desk makes by itself of each store it writes to: at most one a day and one on
// signing out, in the backup format of BackupService, each read back and checked before it
// counts, the newest `keep` kept. They live in the user's data folder, one folder per store.
class AutoBackup final {
    Q_DECLARE_TR_FUNCTIONS(dc::AutoBackup)
public:
    struct Settings {
        bool enabled = true;
        QString folder; // where every store's folder of backups goes
        int keep = 7;

        // The desk's settings (AppSettings), with the defaults filled in.
        static Settings current();
        // "backups" in the user's data folder.
        static QString defaultFolder();
    };

    explicit AutoBackup(Settings settings, const Clock &clock = Clock::system()) : m_settings(std::move(settings)), m_clock(clock) {}

    // The folder holding the backups of the store at `storePath`.
    QString folderFor(const QString &storePath) const;
    // Its automatic backups, newest first.
    QStringList backups(const QString &storePath) const;
    // Whether a daily backup is due: enabled, and none made in the last 24 hours.
    bool due(const QString &storePath) const;
    // False for a PostgreSQL store: its server backs it up (pg_dump, replication), not each desk.
    static bool applies(const QString &storePath);

    // Makes a backup now, reads it back to check it, and removes the oldest beyond `keep`.
    // Returns its path. A failed backup leaves nothing in the folder.
    Result<QString> run(Database &db, const User &actor);
    Result<QString> run(Session &session, const User &actor);

    // Restores the newest backup of the store that verifies into the new file `target`; fails,
    // naming what each one lacked, when none does.
    Result<RestoreOutcome> restoreNewest(const QString &storePath, const QString &target) const;

private:
    Result<QString> run(BackupService &service, const QString &storePath, const User &actor);
    Settings m_settings;
    const Clock &m_clock;
};

} // namespace dc
