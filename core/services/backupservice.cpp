#include "core/services/backupservice.h"

#include "core/archive/archivereader.h"
#include "core/archive/archivewriter.h"
#include "core/fileio/hashingdevice.h"
#include "core/fileio/openstores.h"
#include "core/fileio/outputfile.h"
#include "core/render/stopwatch.h"
#include "core/services/serviceslog.h"
#include "core/security/contenthash.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/storelocation.h"
#include "core/store/storesettings.h"
#include "core/workflow/permissions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>


namespace dc {

namespace {

const QString kStoreEntry = QStringLiteral("store.dcstore");
const QString kManifestEntry = QStringLiteral("manifest.json");
const QString kFormat = QStringLiteral("doccontrol-backup");


int count(Database &db, const QString &table)
{
    auto q = Sql::exec(db, QStringLiteral("SELECT count(*) FROM ") + table, {}, QStringLiteral("count"));
    return q && q.value().next() ? q.value().value(0).toInt() : 0;
}

// What a backup zip may hold: a manifest and a store.
ArchiveLimits backupLimits()
{
    ArchiveLimits limits;
    limits.maxEntries = 2;
    limits.maxRatio = 2000; // a store is mostly empty pages; the size caps still hold
    limits.maxTotalSize = qint64(16) << 30;
    limits.maxEntrySize = qint64(16) << 30;
    return limits;
}

} // namespace

QJsonObject BackupManifest::toJson() const
{
    return QJsonObject{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("formatVersion"), 1},
                       {QStringLiteral("organisation"), organisation},
                       {QStringLiteral("createdAt"), Sql::toText(createdAt)},
                       {QStringLiteral("createdBy"), createdBy},
                       {QStringLiteral("schemaVersion"), schemaVersion},
                       {QStringLiteral("storeSha256"), storeSha256},
                       {QStringLiteral("storeSize"), storeSize},
                       {QStringLiteral("auditHeadSeq"), headSeq},
                       {QStringLiteral("auditHeadHash"), headHash},
                       {QStringLiteral("documents"), documents},
                       {QStringLiteral("revisions"), revisions}};
}

Result<BackupManifest> BackupManifest::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("format")).toString() != kFormat || o.value(QLatin1String("formatVersion")).toInt() != 1)
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::BackupService", "The manifest is not that of a DocControl backup.")};
    BackupManifest m;
    m.organisation = o.value(QLatin1String("organisation")).toString();
    m.createdAt = Sql::dateTimeFrom(o.value(QLatin1String("createdAt")).toString());
    m.createdBy = o.value(QLatin1String("createdBy")).toString();
    m.schemaVersion = o.value(QLatin1String("schemaVersion")).toInt();
    m.storeSha256 = o.value(QLatin1String("storeSha256")).toString();
    m.storeSize = o.value(QLatin1String("storeSize")).toInteger();
    m.headSeq = o.value(QLatin1String("auditHeadSeq")).toInteger();
    m.headHash = o.value(QLatin1String("auditHeadHash")).toString();
    m.documents = o.value(QLatin1String("documents")).toInt();
    m.revisions = o.value(QLatin1String("revisions")).toInt();
    if (m.storeSha256.size() != 64 || m.storeSize <= 0)
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::BackupService", "The backup's manifest lacks the store's checksum or size.")};
    return m;
}

Result<BackupManifest> BackupService::backup(const User &actor, const QString &path, Trigger trigger)
{
    if (const Status allowed = Permissions::mayVerify(actor); !allowed && trigger == Trigger::Requested)
        return Error{ErrorCode::PermissionDenied, tr("%1 may not back up the store (administrators only).").arg(actor.name)};
    // Everything is made beside the target, owner-only like the store, under names the next
    // run sweeps if this one is killed; nothing goes to a shared temporary folder.
    const render::Stopwatch timer;
    auto output = OutputFile::create(path, OutputFile::Mode::OwnerOnly, [this](const QString &file) { return m_db.ownsFile(file); });
    if (!output)
        return output.error();
    const QString snapshot = output.value()->scratchPath(QStringLiteral("store"));
    if (m_db.isPostgres()) {
        // The same zip as for a file store: the PostgreSQL store copied into an SQLite one,
        // from one REPEATABLE READ snapshot.
        if (const Status copied = snapshotPostgres(snapshot); !copied)
            return Error{copied.code(), tr("Cannot write the backup %1: %2").arg(path, copied.message())};
    } else {
        {
            QFile empty(snapshot); // VACUUM INTO fills an empty file and keeps its permissions
            if (!empty.open(QIODevice::NewOnly | QIODevice::WriteOnly))
                return Error{ErrorCode::Io, tr("Cannot write the backup of the store beside %1: %2").arg(path, empty.errorString())};
            empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        // VACUUM INTO reads one consistent snapshot, whatever other connections commit meanwhile.
        if (auto vacuumed = Sql::exec(m_db, QStringLiteral("VACUUM INTO ?"), {snapshot}, tr("copy the store")); !vacuumed)
            return Error{vacuumed.code(), tr("Cannot write the backup %1: %2").arg(path, vacuumed.message())};
    }

    BackupManifest manifest;
    {
        auto copy = Database::open(snapshot, Database::Access::ReadOnly);
        if (!copy)
            return copy.error();
        Database &db = *copy.value();
        auto head = AuditLog(db).head();
        if (!head)
            return head.error();
        manifest.organisation = StoreSettings(db).organisation();
        manifest.schemaVersion = Database::currentSchemaVersion();
        manifest.headSeq = head->seq;
        manifest.headHash = head->hash;
        manifest.documents = count(db, QStringLiteral("documents"));
        manifest.revisions = count(db, QStringLiteral("revisions"));
    }
    manifest.createdAt = m_clock.nowUtc();
    manifest.createdBy = actor.name;
    manifest.storeSha256 = fileSha256(snapshot);
    manifest.storeSize = QFileInfo(snapshot).size();

    auto writer = ArchiveWriter::create(output.value()->partialPath(), ArchiveFormat::Zip);
    if (!writer)
        return writer.error();
    QFile store(snapshot);
    if (!store.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read the snapshot: %1").arg(store.errorString())};
    Status written = writer.value()->addData(kManifestEntry, QJsonDocument(manifest.toJson()).toJson(), manifest.createdAt);
    if (written)
        written = writer.value()->addFile(kStoreEntry, store, manifest.createdAt);
    if (written)
        written = writer.value()->finish();
    if (!written)
        return Error{ErrorCode::Io, tr("Cannot write the backup %1: %2").arg(path, output.value()->explain(written.error()).message)};
    QJsonObject details{{QStringLiteral("file"), QFileInfo(path).fileName()},
                              {QStringLiteral("store_sha256"), manifest.storeSha256},
                              {QStringLiteral("audit_head_seq"), manifest.headSeq},
                              {QStringLiteral("audit_head_hash"), manifest.headHash}};
    if (trigger == Trigger::Automatic)
        details.insert(QStringLiteral("automatic"), true);
    if (auto logged = m_db.write([&]() { return AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("store.backup"), QStringLiteral("store"), details); }); !logged)
        return logged.error();
    if (const Status moved = output.value()->commit(); !moved)
        return Error{ErrorCode::Io, tr("The backup was recorded but the file could not be written: %1").arg(moved.message())};
    qCInfo(lcServices).noquote() << (trigger == Trigger::Automatic ? "automatic backup" : "backup") << "written to" << output.value()->target()
                                 << QFileInfo(output.value()->target()).size() << "bytes in" << qRound(timer.ms()) << "ms, audit head" << manifest.headSeq;
    return manifest;
}

Result<BackupManifest> BackupService::read(const QString &backupPath, QIODevice *store)
{
    if (const Status readable = OpenStores::refuseIfOpen(backupPath); !readable)
        return readable.error();
    auto reader = ArchiveReader::open(backupPath, backupLimits());
    if (!reader)
        return reader.error();
    std::optional<BackupManifest> manifest;
    HashingDevice storeBytes(store);
    bool haveStore = false;
    while (true) {
        auto more = reader.value()->next();
        if (!more)
            return more.error();
        if (!more.value())
            break;
        const QString name = reader.value()->entry().name;
        if (name == kManifestEntry) {
            auto bytes = reader.value()->readEntryAll(1 << 20);
            if (!bytes)
                return bytes.error();
            auto parsed = BackupManifest::fromJson(QJsonDocument::fromJson(bytes.value()).object());
            if (!parsed)
                return parsed.error();
            manifest = parsed.value();
        } else if (name == kStoreEntry && !haveStore) {
            if (const Status read = reader.value()->readEntry(storeBytes); !read)
                return read.error();
            haveStore = true;
        } else {
            return Error{ErrorCode::InvalidInput, tr("The backup holds an unexpected file \"%1\".").arg(name)};
        }
    }
    if (!manifest || !haveStore)
        return Error{ErrorCode::InvalidInput, tr("%1 is not a complete DocControl backup (it needs %2 and %3).").arg(backupPath, kManifestEntry, kStoreEntry)};
    if (storeBytes.hex() != manifest->storeSha256)
        return Error{ErrorCode::CorruptStore, tr("The store inside the backup does not match its checksum: the backup is damaged.")};
    return manifest.value();
}

Result<BackupManifest> BackupService::check(const QString &backupPath)
{
    return read(backupPath, nullptr);
}

Result<RestoreOutcome> BackupService::restore(const QString &backupPath, const QString &storePath)
{
    if (StoreLocation::isPostgresUrl(storePath)) {
        // Restored and verified as a file in a private folder first, then copied in.
        const QTemporaryDir scratch;
        if (!scratch.isValid())
            return Error{ErrorCode::Io, tr("Cannot make a folder to restore the backup in: %1").arg(scratch.errorString())};
        auto restored = restore(backupPath, scratch.filePath(QStringLiteral("restored.dcstore")));
        if (!restored)
            return restored.error();
        auto file = Database::open(scratch.filePath(QStringLiteral("restored.dcstore")), Database::Access::ReadOnly);
        if (!file)
            return file.error();
        auto copied = copyVerified(*file.value(), storePath);
        if (!copied)
            return copied.error();
        restored.value().report = copied.value();
        return restored;
    }
    if (QFileInfo::exists(storePath) || QFileInfo::exists(storePath + QStringLiteral("-wal")))
        return Error{ErrorCode::Duplicate, tr("%1 already exists; restore never overwrites a store. Choose a new file.").arg(storePath)};
    // Written beside the new store under a name the next run sweeps if this one is killed.
    auto output = OutputFile::create(storePath, OutputFile::Mode::OwnerOnly, {});
    if (!output)
        return output.error();
    const QString partial = output.value()->partialPath();
    Result<BackupManifest> manifest = Error{ErrorCode::Io, QString()};
    {
        QFile out(partial);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(storePath, out.errorString())};
        manifest = read(backupPath, &out);
    }
    if (!manifest)
        return manifest.error();
    // Never replaces an existing file, so a store made meanwhile is not overwritten either.
    if (const Status placed = output.value()->commit(OutputFile::Replace::Never); !placed) {
        return placed.code() == ErrorCode::Duplicate ? Error{ErrorCode::Duplicate, tr("Cannot create %1; it may have been created meanwhile.").arg(storePath)}
                                                     : placed.error();
    }

    RestoreOutcome outcome;
    outcome.manifest = manifest.value();
    {
        auto db = Database::open(storePath);
        if (!db) {
            Database::removeFiles(storePath);
            return db.error();
        }
        auto report = Verifier(*db.value()).run();
        if (!report) {
            db = report.error();
            Database::removeFiles(storePath);
            return report.error();
        }
        outcome.report = report.value();
    }
    qCInfo(lcServices).noquote() << "restored" << backupPath << "to" << storePath << "verified:" << outcome.report.ok() << "audit head" << outcome.report.headSeq;
    if (!outcome.report.ok() || outcome.report.headSeq != manifest->headSeq || outcome.report.headHash != manifest->headHash) {
        Database::removeFiles(storePath);
        const QString why = !outcome.report.ok() ? outcome.report.problems.first().message
                                                 : tr("its audit trail ends at event #%1, the manifest says #%2.").arg(outcome.report.headSeq).arg(manifest->headSeq);
        return Error{ErrorCode::CorruptStore, tr("The restored store does not verify: %1").arg(why)};
    }
    return outcome;
}

} // namespace dc
