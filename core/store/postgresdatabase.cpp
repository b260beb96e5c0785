// Database on PostgreSQL: connecting through Qt's QPSQL driver, creating the schema in an
// empty database, recognising a store, and naming PostgreSQL's errors. The rest of Database
// (transactions, queries) is shared with SQLite; see database.cpp.
#include "core/store/database.h"

#include "core/store/pgschema.h"
#include "core/store/sql.h"
#include "core/store/storeconstants.h"
#include "core/store/storelog.h"
#include "core/fileio/fileidentity.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cerrno>

namespace dc {

namespace {

// PostgreSQL's SQLSTATE codes that mean something to the user.
const QLatin1String kReadOnlyTransaction("25006");
const QLatin1String kDiskFull("53100");
const QLatin1String kLockTimeout("55P03");

// True when libpq's connection error says the server wants a (correct) password.
bool needsPassword(const QString &error)
{
    return error.contains(QLatin1String("no password supplied")) || error.contains(QLatin1String("password authentication failed"));
}

} // namespace

Result<std::unique_ptr<Database>> Database::connectPostgres(const StoreLocation &location, bool readOnly)
{
    const QString shown = location.display();
    const QString name = QStringLiteral("doccontrol-pg-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!db.isValid()) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Error{ErrorCode::CannotOpen, QCoreApplication::translate("dc::Database", "Cannot open the store %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).").arg(shown)};
        }
        db.setHostName(location.host);
        if (location.port > 0)
            db.setPort(location.port);
        db.setUserName(location.user);
        db.setDatabaseName(location.database);
        // The password, when the server asks for one, comes from PGPASSWORD or ~/.pgpass (libpq),
        // or from the user (the app asks and sets it for the location).
        if (const QString typed = location.password(); !typed.isEmpty())
            db.setPassword(typed);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=doccontrol"));
        db.open();
    }
    std::unique_ptr<Database> store(new Database(shown, name, readOnly, Dialect::Postgres));
    if (!store->m_db.isOpen() && needsPassword(store->m_db.lastError().text())) {
        return Error{ErrorCode::AuthenticationFailed,
                     QCoreApplication::translate("dc::Database", "The PostgreSQL server of %1 wants a password for %2: %3")
                         .arg(shown, location.user.isEmpty() ? QCoreApplication::translate("dc::Database", "this login") : location.user,
                              store->m_db.lastError().text().trimmed())};
    }
    if (!store->m_db.isOpen())
        return Error{ErrorCode::CannotOpen, QCoreApplication::translate("dc::Database", "Cannot open the store %1: %2").arg(shown, store->m_db.lastError().text().trimmed())};
    QStringList settings{QStringLiteral("SET lock_timeout = %1").arg(StoreConstants::kBusyTimeoutMs),
                         QStringLiteral("SET client_min_messages = warning")};
    if (readOnly)
        settings << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    if (const Status configured = Sql::execAll(*store, settings, QCoreApplication::translate("dc::Database", "configure the store")); !configured)
        return configured.error();
    return store;
}

Result<int> Database::postgresSchemaVersion()
{
    auto marker = Sql::exec(*this, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {QString::fromLatin1(PgSchema::kMarkerTable)},
                            QCoreApplication::translate("dc::Database", "read the store header"));
    if (!marker)
        return marker.error();
    if (!marker.value().next() || !marker.value().value(0).toBool())
        return Error{ErrorCode::NotAStore, QCoreApplication::translate("dc::Database", "%1 holds no DocControl store.").arg(m_path)};
    auto row = Sql::exec(*this, QStringLiteral("SELECT application_id, schema_version FROM %1").arg(QLatin1String(PgSchema::kMarkerTable)), {},
                         QCoreApplication::translate("dc::Database", "read the schema version"));
    if (!row)
        return row.error();
    if (!row.value().next() || row.value().value(0).toInt() != StoreConstants::kApplicationId)
        return Error{ErrorCode::NotAStore, QCoreApplication::translate("dc::Database", "%1 holds no DocControl store.").arg(m_path)};
    return row.value().value(1).toInt();
}

Result<std::unique_ptr<Database>> Database::createPostgres(const StoreLocation &location)
{
    auto store = connectPostgres(location, false);
    if (!store)
        return store.error();
    Database &db = *store.value();
    if (auto existing = db.postgresSchemaVersion(); existing || existing.error().code != ErrorCode::NotAStore) {
        if (!existing)
            return existing.error();
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::Database", "%1 already holds a DocControl store; name an empty database for a new one.").arg(db.path())};
    }
    // PostgreSQL changes its schema in transactions: a failure here leaves the database empty.
    const Status installed = db.write([&db]() { return PgSchema::install(db, StoreConstants::kApplicationId, currentSchemaVersion()); });
    if (!installed)
        return installed.error();
    qCInfo(lcStore).noquote() << "created" << db.path() << "schema" << currentSchemaVersion() << "on PostgreSQL";
    return store;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const StoreLocation &location, Access access)
{
    auto store = connectPostgres(location, access != Access::ReadWrite);
    if (!store)
        return store.error();
    Database &db = *store.value();
    const Result<int> version = db.postgresSchemaVersion();
    if (!version) {
        qCInfo(lcStore).noquote() << "refused to open" << db.path() << ":" << version.message();
        return version.error();
    }
    if (version.value() > currentSchemaVersion()) {
        return Error{ErrorCode::NewerStore,
                     QCoreApplication::translate("dc::Database", "%1 was written by a newer DocControl (schema %2; this version reads up to %3). Update DocControl to open it.")
                         .arg(db.path())
                         .arg(version.value())
                         .arg(currentSchemaVersion())};
    }
    if (version.value() < currentSchemaVersion()) {
        if (db.isReadOnly()) {
            return Error{ErrorCode::ReadOnlyStore,
                         QCoreApplication::translate("dc::Database", "%1 holds a store of schema %2 that needs an upgrade to schema %3; open it once for writing as the owner of its tables.")
                             .arg(db.path())
                             .arg(version.value())
                             .arg(currentSchemaVersion())};
        }
        qCInfo(lcStore).noquote() << "upgrading" << db.path() << "from schema" << version.value() << "to" << currentSchemaVersion();
        const Status upgraded = db.write([&db]() -> Status {
            const Result<int> now = db.postgresSchemaVersion(); // again under the write lock: another desk may have upgraded meanwhile
            if (!now)
                return now.error();
            return now.value() == currentSchemaVersion() ? Status{} : PgSchema::upgrade(db, now.value(), currentSchemaVersion());
        });
        if (!upgraded) {
            qCWarning(lcStore).noquote() << "upgrade of" << db.path() << "failed:" << upgraded.message();
            return upgraded.error();
        }
    }
    qCDebug(lcStore).noquote() << "opened" << db.path() << "schema" << version.value() << (db.isReadOnly() ? "read-only" : "read-write");
    return store;
}

Error Database::postgresError(const QSqlQuery &query, const QString &doing) const
{
    const QSqlError error = query.lastError();
    const QString state = error.nativeErrorCode();
    if (state == kReadOnlyTransaction)
        return readOnlyError();
    if (state == kDiskFull)
        return Error{ErrorCode::Io, QCoreApplication::translate("dc::Database", "Could not %1: %2").arg(doing, systemError(ENOSPC))};
    if (state == kLockTimeout)
        return Error{ErrorCode::Database, QCoreApplication::translate("dc::Database", "Could not %1: another desk kept the store busy; try again.").arg(doing)};
    if (state.startsWith(QLatin1String("08")) || !m_db.isOpen())
        return Error{ErrorCode::CannotOpen, QCoreApplication::translate("dc::Database", "Could not %1: the connection to the store %2 was lost (%3).").arg(doing, m_path, error.text().trimmed())};
    const QString why = error.databaseText().trimmed().isEmpty() ? error.text().trimmed() : error.databaseText().trimmed();
    return Error{ErrorCode::Database, QCoreApplication::translate("dc::Database", "Could not %1: %2").arg(doing, why)};
}

} // namespace dc
