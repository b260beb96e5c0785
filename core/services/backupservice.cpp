#include "backupservice.h"

#include "archive/archivereader.h"
#include "archive/archivewriter.h"
#include "security/contenthash.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/storesettings.h"
#include "workflow/permissions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

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

Result<BackupManifest> BackupService::backup(const User &actor, const QString &path)
{
    if (const Status allowed = Permissions::mayVerify(actor); !allowed)
        return Error{ErrorCode::PermissionDenied, tr("%1 may not back up the store (administrators only).").arg(actor.name)};
    if (m_db.ownsFile(path))
        return Error{ErrorCode::InvalidInput, tr("The backup cannot overwrite the store itself.")};
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{ErrorCode::Io, tr("Cannot create a temporary folder for the backup: %1").arg(scratch.errorString())};
    const QString snapshot = scratch.filePath(kStoreEntry);
    // VACUUM INTO reads one consistent snapshot, whatever other connections commit meanwhile.
    if (auto vacuumed = Sql::exec(m_db, QStringLiteral("VACUUM INTO ?"), {snapshot}, tr("copy the store")); !vacuumed)
        return vacuumed.error();

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

    // The zip is finished beside its target and moved there only once the backup is recorded.
    const QString partial = path + QStringLiteral(".part");
    auto writer = ArchiveWriter::create(partial, ArchiveFormat::Zip);
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
        return written.error();
    const QJsonObject details{{QStringLiteral("file"), QFileInfo(path).fileName()},
                              {QStringLiteral("store_sha256"), manifest.storeSha256},
                              {QStringLiteral("audit_head_seq"), manifest.headSeq},
                              {QStringLiteral("audit_head_hash"), manifest.headHash}};
    if (auto logged = m_db.write([&]() { return AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("store.backup"), QStringLiteral("store"), details); }); !logged) {
        QFile::remove(partial);
        return logged.error();
    }
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return Error{ErrorCode::Io, tr("The backup was recorded but %1 could not be written: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    }
    return manifest;
}

Result<RestoreOutcome> BackupService::restore(const QString &backupPath, const QString &storePath)
{
    if (QFileInfo::exists(storePath) || QFileInfo::exists(storePath + QStringLiteral("-wal")))
        return Error{ErrorCode::Duplicate, tr("%1 already exists; restore never overwrites a store. Choose a new file.").arg(storePath)};
    ArchiveLimits limits;
    limits.maxEntries = 2;
    limits.maxRatio = 2000; // a store is mostly empty pages; the size caps still hold
    limits.maxTotalSize = qint64(16) << 30;
    limits.maxEntrySize = qint64(16) << 30;
    auto reader = ArchiveReader::open(backupPath, limits);
    if (!reader)
        return reader.error();

    const QString partial = storePath + QStringLiteral(".restoring");
    QFile::remove(partial);
    std::optional<BackupManifest> manifest;
    bool haveStore = false;
    const auto fail = [&](const Error &error) -> Result<RestoreOutcome> {
        QFile::remove(partial);
        return error;
    };
    while (true) {
        auto more = reader.value()->next();
        if (!more)
            return fail(more.error());
        if (!more.value())
            break;
        const QString name = reader.value()->entry().name;
        if (name == kManifestEntry) {
            auto bytes = reader.value()->readEntryAll(1 << 20);
            if (!bytes)
                return fail(bytes.error());
            auto parsed = BackupManifest::fromJson(QJsonDocument::fromJson(bytes.value()).object());
            if (!parsed)
                return fail(parsed.error());
            manifest = parsed.value();
        } else if (name == kStoreEntry) {
            QFile out(partial);
            if (!out.open(QIODevice::NewOnly | QIODevice::WriteOnly))
                return fail(Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(partial, out.errorString())});
            out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            if (const Status read = reader.value()->readEntry(out); !read)
                return fail(read.error());
            haveStore = true;
        } else {
            return fail(Error{ErrorCode::InvalidInput, tr("The backup holds an unexpected file \"%1\".").arg(name)});
        }
    }
    if (!manifest || !haveStore)
        return fail(Error{ErrorCode::InvalidInput, tr("%1 is not a complete DocControl backup (it needs %2 and %3).").arg(backupPath, kManifestEntry, kStoreEntry)});
    if (fileSha256(partial) != manifest->storeSha256)
        return fail(Error{ErrorCode::CorruptStore, tr("The store inside the backup does not match its checksum: the backup is damaged.")});
    // Rename never replaces an existing file, so a store made meanwhile is not overwritten either.
    if (!QFile::rename(partial, storePath))
        return fail(Error{ErrorCode::Duplicate, tr("Cannot create %1; it may have been created meanwhile.").arg(storePath)});

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
    if (!outcome.report.ok() || outcome.report.headSeq != manifest->headSeq || outcome.report.headHash != manifest->headHash) {
        Database::removeFiles(storePath);
        const QString why = !outcome.report.ok() ? outcome.report.problems.first().message
                                                 : tr("its audit trail ends at event #%1, the manifest says #%2.").arg(outcome.report.headSeq).arg(manifest->headSeq);
        return Error{ErrorCode::CorruptStore, tr("The restored store does not verify: %1").arg(why)};
    }
    return outcome;
}

} // namespace dc
