#pragma once

#include "core/model/clock.h"
#include "core/model/user.h"
#include "core/model/result.h"
#include "core/services/verifier.h"

#include <QCoreApplication>
#include <QJsonObject>

class QIODevice;

namespace dc {

class Database;

// What a backup holds, from its manifest.
struct BackupManifest {
    QString organisation;
    QDateTime createdAt;
    QString createdBy;
    int schemaVersion = 0;
    QString storeSha256;
    qint64 storeSize = 0;
    qint64 headSeq = 0;      // the audit trail's last event when the backup was made
    QString headHash;
    int documents = 0;
    int revisions = 0;

    QJsonObject toJson() const;
    static Result<BackupManifest> fromJson(const QJsonObject &json);
};

struct RestoreOutcome {
    BackupManifest manifest;
    VerifyReport report;
};

// Backups of a store that may be in use, and their restoration into a new store.
// A backup is a zip with the store (a consistent snapshot made with SQLite's VACUUM INTO) and
// manifest.json: its SHA-256, size, schema version and the audit trail's head.
class BackupService final {
    Q_DECLARE_TR_FUNCTIONS(dc::BackupService)
public:
    explicit BackupService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // Writes the backup to `path` (atomically) and records it in the audit trail. Administrators
    // only. Other users may keep writing meanwhile: the snapshot holds everything committed
    // before it started.
    // Automatic: the desk's own daily backup (AutoBackup), made for whoever is signed in.
    enum class Trigger { Requested, Automatic };
    Result<BackupManifest> backup(const User &actor, const QString &path, Trigger trigger = Trigger::Requested);

    // Reads a backup through and checks the store inside against the manifest's checksum,
    // without restoring it. Fails when the file is no complete, intact backup.
    static Result<BackupManifest> check(const QString &backupPath);

    // Restores the backup at `backupPath` into a new store at `storePath`, which must not
    // exist, checks the store's checksum and runs verify on it; on any failure nothing is left
    // at `storePath`. Never overwrites anything.
    // `storePath` may also be a postgresql:// URL naming an empty database: the backup is
    // restored and verified beside it first, then copied in (copyStore) and verified again.
    static Result<RestoreOutcome> restore(const QString &backupPath, const QString &storePath);

    // `store copy`: copies this whole store — every document, revision, signature and event,
    // ids and audit chain unchanged — into a new store at `target` (a file that must not exist,
    // or an empty PostgreSQL database), runs verify on the copy and records the copy in this
    // store's trail. Administrators only. On any failure nothing is left at `target`.
    Result<VerifyReport> copyStore(const User &actor, const QString &target);

private:
    // The snapshot of a PostgreSQL store a backup holds: an SQLite store at `file` (new).
    Status snapshotPostgres(const QString &file);
    // Copies `from` into a new store at `target` and verifies the copy; removes it on failure.
    static Result<VerifyReport> copyVerified(Database &from, const QString &target);
    // Reads a backup through: its manifest, and its store checked against the manifest's
    // checksum while it is written to `store` (when given).
    static Result<BackupManifest> read(const QString &backupPath, QIODevice *store);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
