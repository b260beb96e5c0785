#include "core/store/database.h"

#include "core/store/migrations.h"
#include "core/store/openmarkers.h"
#include "core/store/pgschema.h"
#include "core/store/storeconstants.h"
#include "core/store/storelog.h"
#include "core/fileio/fileidentity.h"
#include "core/fileio/openstores.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <cerrno>

namespace dc {

namespace {

using StoreConstants::kApplicationId;
using StoreConstants::kBusyTimeoutMs;
using StoreConstants::kSlowLockMs;

// SQLite's primary result codes, as Qt reports them in nativeErrorCode().
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADb = 26;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteFull = 13;

// Below this size the whole file is checked on every open: at about 1 ms per MiB that stays
// within an open's budget; above it, see setFullCheckLimit().
std::atomic<qint64> fullCheckLimit{32 * 1024 * 1024};


bool canWrite(const QString &path)
{
    const QFileInfo file(path);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

// The journal mode SQLite actually uses ("wal"; "delete" where WAL is impossible), for the log.
QString journalMode(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next() ? query.value(0).toString() : query.lastError().text();
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly, Dialect dialect)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly), m_dialect(dialect)
{
    m_db = QSqlDatabase::database(m_connectionName, false);
    if (m_dialect == Dialect::Sqlite)
        OpenStores::add(m_path);
}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_dialect == Dialect::Sqlite)
        OpenStores::remove(m_path);
    OpenMarkers::remove(m_openMarker);
}

void Database::removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

void Database::discard(std::unique_ptr<Database> created)
{
    if (!created)
        return;
    if (created->isPostgres()) {
        Database &db = *created;
        const Status removed = db.write([&db]() { return PgSchema::uninstall(db); });
        if (!removed)
            qCWarning(lcStore).noquote() << "could not remove the unfinished store from" << db.path() << ":" << removed.message();
        return;
    }
    const QString path = created->path();
    created.reset();
    removeFiles(path);
}

int Database::currentSchemaVersion() { return Migrations::latestVersion(); }

Error Database::readOnlyError() const
{
    return Error{ErrorCode::ReadOnlyStore, QCoreApplication::translate("dc::Database", "The store %1 is read-only; nothing was changed.").arg(QDir::toNativeSeparators(m_path))};
}

Error Database::queryError(const QSqlQuery &query, const QString &doing) const
{
    if (m_dialect == Dialect::Postgres)
        return postgresError(query, doing);
    const QSqlError error = query.lastError();
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == kSqliteCorrupt || code == kSqliteNotADb)
        return Error{ErrorCode::CorruptStore, QCoreApplication::translate("dc::Database", "The store %1 is damaged (%2).").arg(QDir::toNativeSeparators(m_path), error.databaseText())};
    if (code == kSqliteReadOnly)
        return readOnlyError();
    if (code == kSqliteFull)
        return Error{ErrorCode::Io, QCoreApplication::translate("dc::Database", "Could not %1: %2").arg(doing, systemError(ENOSPC))};
    return Error{ErrorCode::Database, QCoreApplication::translate("dc::Database", "Could not %1: %2").arg(doing, error.text())};
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path, bool readOnly, bool immutable)
{
    const QString name = QStringLiteral("doccontrol-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        // Reading a WAL store needs its -shm index file; in a folder that cannot be written
        // (read-only media or share) that file cannot be made, so open the file as immutable.
        const QFileInfo file(path);
        if (immutable || !QFileInfo(file.absolutePath()).isWritable()) {
            options += QStringLiteral(";QSQLITE_OPEN_URI");
            db.setDatabaseName(QUrl::fromLocalFile(file.absoluteFilePath()).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?immutable=1"));
        }
    }
    db.setConnectOptions(options);
    const bool opened = db.open();
    const QString why = db.lastError().text();
    db = QSqlDatabase();
    std::unique_ptr<Database> store(new Database(path, name, readOnly));
    if (!opened)
        return Error{ErrorCode::CannotOpen, QCoreApplication::translate("dc::Database", "Cannot open the store %1: %2").arg(QDir::toNativeSeparators(path), why)};
    return store;
}

Status Database::configure()
{
    QSqlQuery query(m_db);
    const QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
                              QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return queryError(query, QCoreApplication::translate("dc::Database", "configure the store"));
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString &location)
{
    auto where = StoreLocation::parse(location);
    if (!where)
        return where.error();
    if (where->isPostgres())
        return createPostgres(where.value());
    const QString &path = location;
    if (QFileInfo::exists(path))
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::Database", "%1 already exists; choose a new file name for the store.").arg(QDir::toNativeSeparators(path))};
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error{ErrorCode::Io, QCoreApplication::translate("dc::Database", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir))};
    {
        // Create the file first so its permissions are owner-only before any data is written;
        // SQLite gives its -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
            return Error{ErrorCode::Io, QCoreApplication::translate("dc::Database", "Cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto store = connect(path, false, false);
    Status ready = store ? store.value()->configure() : Status(store.error());
    if (ready) {
        Database &db = *store.value();
        db.m_openMarker = OpenMarkers::add(path);
        ready = db.write([&db]() -> Status {
            QSqlQuery query(db.m_db);
            if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
                return db.queryError(query, QCoreApplication::translate("dc::Database", "mark the file as a store"));
            return Migrations::migrate(db, 0);
        });
    }
    if (!ready) {
        if (store)
            store = Error{ready.error()}; // close the connection before removing the file
        removeFiles(path);
        return ready.error();
    }
    qCInfo(lcStore).noquote() << "created" << path << "schema" << currentSchemaVersion() << "journal" << journalMode(store.value()->m_db);
    return store;
}

Result<int> Database::probe(const QString &path, bool checkIntegrity)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Only SQLite opens the file (its own descriptors survive other connections in this
    // process); a QFile probe would drop the process's locks on it when closed. Without a -wal
    // file the main file holds every commit, so it is read as immutable: no lock is taken and
    // no -wal or -shm file is made beside a file we may refuse.
    const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    auto probe = connect(path, true, !hasWal);
    if (!probe)
        return probe.error();
    QSqlQuery query(probe.value()->m_db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
        const Error error = probe.value()->queryError(query, QCoreApplication::translate("dc::Database", "read the store header"));
        if (error.code == ErrorCode::CorruptStore && query.lastError().nativeErrorCode().toInt() == kSqliteNotADb)
            return Error{ErrorCode::NotAStore, QCoreApplication::translate("dc::Database", "%1 is not a DocControl store.").arg(shown)};
        return error;
    }
    if (query.value(0).toInt() != kApplicationId)
        return Error{ErrorCode::NotAStore, QCoreApplication::translate("dc::Database", "%1 is not a DocControl store.").arg(shown)};
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return probe.value()->queryError(query, QCoreApplication::translate("dc::Database", "read the schema version"));
    const int version = query.value(0).toInt();
    if (version > currentSchemaVersion()) {
        return Error{ErrorCode::NewerStore,
                     QCoreApplication::translate("dc::Database", "%1 was written by a newer DocControl (schema %2; this version reads up to %3). Update DocControl to open it.")
                         .arg(shown)
                         .arg(version)
                         .arg(currentSchemaVersion())};
    }
    if (!checkIntegrity)
        return version;
    // A file cut short (a copy that stopped, a full disk) is refused at once; without a -wal
    // file the header's page count is the whole store.
    if (!hasWal) {
        if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next())
            return probe.value()->queryError(query, QCoreApplication::translate("dc::Database", "read the store's size"));
        const qint64 pages = query.value(0).toLongLong();
        if (!query.exec(QStringLiteral("PRAGMA page_size")) || !query.next())
            return probe.value()->queryError(query, QCoreApplication::translate("dc::Database", "read the store's size"));
        if (pages * query.value(0).toLongLong() > QFileInfo(path).size())
            return Error{ErrorCode::CorruptStore, QCoreApplication::translate("dc::Database", "The store %1 is damaged (the file is shorter than its header says: it was cut short).").arg(shown)};
    }
    const bool uncleanEnd = OpenMarkers::uncleanEndBefore(path);
    if (!uncleanEnd && QFileInfo(path).size() >= fullCheckLimit)
        return version;
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return Error{ErrorCode::CorruptStore, QCoreApplication::translate("dc::Database", "The store %1 is damaged (%2).").arg(shown, query.lastError().databaseText())};
    if (query.value(0).toString() != QLatin1String("ok")) {
        // A writer that started meanwhile may be checkpointing into the main file we read as
        // immutable: look again through the WAL before calling the store damaged.
        if (!hasWal && QFileInfo::exists(path + QStringLiteral("-wal"))) {
            query = QSqlQuery();
            probe = Error{ErrorCode::Database, QString()};
            return Database::probe(path, checkIntegrity);
        }
        return Error{ErrorCode::CorruptStore, QCoreApplication::translate("dc::Database", "The store %1 is damaged (%2).").arg(shown, query.value(0).toString())};
    }
    if (uncleanEnd) {
        qCInfo(lcStore).noquote() << "checked" << path << "whole after a process ended with it open: ok";
        OpenMarkers::forgetUncleanEnds(path);
    }
    return version;
}

qint64 Database::setFullCheckLimit(qint64 bytes) { return fullCheckLimit.exchange(bytes); }

Status Database::checkPages()
{
    if (m_dialect == Dialect::Postgres)
        return {};
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return queryError(query, QCoreApplication::translate("dc::Database", "check the store's pages"));
    QStringList damage;
    while (query.next())
        damage.append(query.value(0).toString());
    if (damage == QStringList{QStringLiteral("ok")})
        return {};
    return Error{ErrorCode::CorruptStore, QCoreApplication::translate("dc::Database", "The store %1 is damaged (%2).").arg(QDir::toNativeSeparators(m_path), damage.mid(0, 3).join(QStringLiteral("; ")))};
}

Result<std::unique_ptr<Database>> Database::open(const QString &location, Access access)
{
    auto where = StoreLocation::parse(location);
    if (!where)
        return where.error();
    if (where->isPostgres())
        return openPostgres(where.value(), access);
    const QString &path = location;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::CannotOpen, QCoreApplication::translate("dc::Database", "There is no store at %1.").arg(shown)};
    if (!info.isFile() || !info.isReadable())
        return Error{ErrorCode::CannotOpen, QCoreApplication::translate("dc::Database", "%1 cannot be read.").arg(shown)};

    // Inspect read-only first, so a file we refuse is never touched.
    const Result<int> probed = probe(path, access != Access::Salvage);
    if (!probed) {
        qCInfo(lcStore).noquote() << "refused to open" << path << ":" << probed.message();
        return probed.error();
    }
    const int version = probed.value();

    const bool readOnly = access != Access::ReadWrite || !canWrite(path);
    if (readOnly && version < currentSchemaVersion()) {
        return Error{ErrorCode::ReadOnlyStore,
                     QCoreApplication::translate("dc::Database", "%1 needs to be upgraded to schema %2, but it is read-only.").arg(shown).arg(currentSchemaVersion())};
    }
    auto store = connect(path, readOnly, false);
    if (!store)
        return store.error();
    Database &db = *store.value();
    if (!readOnly) {
        if (const Status configured = db.configure(); !configured)
            return configured.error();
        db.m_openMarker = OpenMarkers::add(path);
        // An up-to-date store is opened without taking the write lock: a long write elsewhere
        // must not keep anyone from opening it.
        if (version < currentSchemaVersion()) {
            qCInfo(lcStore).noquote() << "migrating" << path << "from schema" << version << "to" << currentSchemaVersion();
            const Status migrated = db.write([&db]() -> Status {
                QSqlQuery query(db.m_db); // read again under the lock: another desk may have migrated meanwhile
                if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
                    return db.queryError(query, QCoreApplication::translate("dc::Database", "read the schema version"));
                const int from = query.value(0).toInt();
                query.finish(); // a statement left open would keep a migration from dropping an index
                return Migrations::migrate(db, from);
            });
            if (!migrated) {
                qCWarning(lcStore).noquote() << "migration of" << path << "failed:" << migrated.message();
                return migrated.error();
            }
        }
    } else {
        QSqlQuery query(db.m_db);
        if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
            return db.queryError(query, QCoreApplication::translate("dc::Database", "configure the store"));
    }
    qCDebug(lcStore).noquote() << "opened" << path << "schema" << version
                               << (!readOnly ? "read-write" : access != Access::ReadWrite ? "read-only (asked)" : "read-only (file or folder not writable)")
                               << "journal" << journalMode(db.m_db);
    return store;
}

Status Database::beginTransaction()
{
    if (m_dialect == Dialect::Postgres) {
        // One advisory lock per store, held to the end of the transaction: writers from every
        // desk take turns, as on SQLite, so the audit chain never forks and no update is lost.
        QSqlQuery begin(m_db);
        QElapsedTimer waited;
        waited.start();
        if (!begin.exec(QStringLiteral("BEGIN")) || !begin.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId))) {
            const QString why = begin.lastError().text();
            m_db.rollback();
            qCWarning(lcStore).noquote() << "no write lock on" << m_path << "after" << waited.elapsed() << "ms:" << why;
            return Error{ErrorCode::Database, QCoreApplication::translate("dc::Database", "Could not start a transaction: %1").arg(why)};
        }
        if (waited.elapsed() >= kSlowLockMs)
            qCInfo(lcStore).noquote() << "waited" << waited.elapsed() << "ms for the write lock on" << m_path << "(another desk was writing)";
        m_inTransaction = true;
        m_lockHeld.start();
        return {};
    }
    // IMMEDIATE takes the write lock at the start, so two writers never both read a state and
    // then act on it (the second waits, up to the busy timeout, and reads the first's result).
    QSqlQuery begin(m_db);
    QElapsedTimer waited;
    waited.start();
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        qCWarning(lcStore).noquote() << "no write lock on" << m_path << "after" << waited.elapsed() << "ms:" << begin.lastError().text();
        return Error{ErrorCode::Database, QCoreApplication::translate("dc::Database", "Could not start a transaction: %1").arg(begin.lastError().text())};
    }
    if (waited.elapsed() >= kSlowLockMs)
        qCInfo(lcStore).noquote() << "waited" << waited.elapsed() << "ms for the write lock on" << m_path << "(another connection was writing)";
    m_inTransaction = true;
    m_lockHeld.start();
    return {};
}

Status Database::beginRead()
{
    QSqlQuery begin(m_db);
    const QString sql = m_dialect == Dialect::Postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                                                       : QStringLiteral("BEGIN DEFERRED");
    if (!begin.exec(sql))
        return Error{ErrorCode::Database, QCoreApplication::translate("dc::Database", "Could not start a transaction: %1").arg(begin.lastError().text())};
    m_inRead = true;
    return {};
}

void Database::endRead()
{
    m_inRead = false;
    m_db.rollback(); // nothing was written: ending the transaction releases the snapshot
}

// Every other desk's writer waits while one holds the lock: a long hold is worth knowing about.
void Database::noteLockHeld(const char *outcome) const
{
    if (m_lockHeld.isValid() && m_lockHeld.elapsed() >= kSlowLockMs)
        qCInfo(lcStore).noquote() << "held the write lock on" << m_path << "for" << m_lockHeld.elapsed() << "ms," << outcome;
}

Status Database::commitTransaction()
{
    m_inTransaction = false;
    noteLockHeld("committed");
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        qCWarning(lcStore).noquote() << "commit on" << m_path << "failed, rolled back:" << why;
        m_db.rollback();
        return Error{ErrorCode::Database, QCoreApplication::translate("dc::Database", "Could not save the change: %1").arg(why)};
    }
    return {};
}

void Database::rollbackTransaction(const Error &why)
{
    qCInfo(lcStore).noquote() << "rolled back a write on" << m_path << ":" << why.message;
    m_inTransaction = false;
    noteLockHeld("rolled back");
    m_db.rollback();
}

bool Database::ownsFile(const QString &file) const
{
    if (m_dialect == Dialect::Postgres)
        return false;
    const std::optional<FileIdentity> target = fileIdentity(file);
    const QString targetName = resolvedPath(file);
    const QString storeName = resolvedPath(m_path);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString own = m_path + QLatin1String(suffix);
        if (target) {
            if (const std::optional<FileIdentity> mine = fileIdentity(own); mine && *mine == *target)
                return true;
        }
        if (!targetName.isEmpty() && targetName == storeName + QLatin1String(suffix))
            return true;
    }
    return false;
}

} // namespace dc
