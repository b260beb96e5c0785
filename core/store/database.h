#pragma once

#include "core/model/result.h"
#include "core/store/storelocation.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>

class QSqlQuery;

namespace dc {

// One open DocControl store: an SQLite file with foreign keys on, WAL journaling, a busy
// timeout and the schema migrated to the current version — or a PostgreSQL database
// (`postgresql://user@host:port/dbname`) holding the same schema. Every write goes through
// write(), which wraps it in one transaction; on PostgreSQL that transaction first takes the
// store's write lock, so writers from every desk follow one another as they do on SQLite.
class Database final {
public:
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    enum class Dialect { Sqlite, Postgres };

    // Creates a new store at `location`: a file that must not exist (made readable by its
    // owner only), or an existing PostgreSQL database that holds no store yet. On failure
    // nothing is left behind.
    static Result<std::unique_ptr<Database>> create(const QString &location);

    // Salvage: read-only and without the integrity check, to copy out what can still be read
    // from a damaged store (reads of damaged pages fail with CorruptStore).
    enum class Access { ReadWrite, ReadOnly, Salvage };

    // Opens an existing store and migrates it forward. Fails, leaving the file untouched, when
    // the file is missing, is not a DocControl store, is corrupt, or comes from a newer version.
    // A store opened ReadOnly (an auditor's view), or whose file cannot be written, opens
    // read-only: reads work, every write is refused with ReadOnlyStore, the file never changes.
    // `location` is a file path or a postgresql:// URL.
    static Result<std::unique_ptr<Database>> open(const QString &location, Access access = Access::ReadWrite);

    static int currentSchemaVersion();

    // Opening a store file reads its header and checks it was not cut short. Every page is
    // checked too (PRAGMA quick_check) when the file is smaller than this limit, when a process
    // of this desk ended with it open, and by checkPages(); larger files open without reading
    // them whole. The default is 32 MiB; tests lower it. Returns the limit it replaces.
    static qint64 setFullCheckLimit(qint64 bytes);

    // Checks every page of the store file (on PostgreSQL there is nothing to check: the server
    // keeps its files). Fails with CorruptStore naming the damage.
    Status checkPages();

    // Deletes a store file and its -wal, -shm and -journal companions: what a failed creation
    // cleans up. The store must not be open.
    static void removeFiles(const QString &path);

    // Closes a store that create() just made and removes it again (its files, or its tables on
    // PostgreSQL): what a creation that failed after create() cleans up.
    static void discard(std::unique_ptr<Database> created);

    // The store's file, or its PostgreSQL URL (never with a password).
    QString path() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::Postgres; }
    // True when `file` is this store's file or one of its -wal, -shm or -journal companions,
    // compared by device and inode (whatever links lead there) and by resolved name (for a
    // companion not made yet): what an export or a backup must never write to, and what
    // nothing but SQLite may open while the store is open.
    bool ownsFile(const QString &file) const;
    bool isReadOnly() const { return m_readOnly; }
    QSqlDatabase &connection() { return m_db; }

    // Runs `work` in one transaction: commits when it returns ok, rolls back otherwise, so a
    // refused action leaves the store as it was. `work` returns Status or Result<T>.
    template <typename Work>
    std::invoke_result_t<Work> write(Work &&work);

    // Runs `work` in one read transaction, so everything it reads is one consistent snapshot,
    // while writers go on (WAL): what a long export renders from. Inside a write transaction it
    // simply runs there. `work` must not write.
    template <typename Work>
    std::invoke_result_t<Work> read(Work &&work);

    // Called after each committed write transaction (the outermost one), on the writing thread:
    // how the Session learns that something changed and tells the screens.
    void setCommitHook(std::function<void()> hook) { m_commitHook = std::move(hook); }

    // Turns a failed query into an Error, naming what was being done.
    Error queryError(const QSqlQuery &query, const QString &doing) const;

    Error readOnlyError() const;

private:
    Database(QString path, QString connectionName, bool readOnly, Dialect dialect = Dialect::Sqlite);
    static Result<std::unique_ptr<Database>> connect(const QString &path, bool readOnly, bool immutable);
    // PostgreSQL (postgresdatabase.cpp).
    static Result<std::unique_ptr<Database>> connectPostgres(const StoreLocation &location, bool readOnly);
    static Result<std::unique_ptr<Database>> createPostgres(const StoreLocation &location);
    static Result<std::unique_ptr<Database>> openPostgres(const StoreLocation &location, Access access);
    Result<int> postgresSchemaVersion();
    Error postgresError(const QSqlQuery &query, const QString &doing) const;
    // Reads the header and checks the file read-only, creating nothing beside it; returns the
    // schema version or why the file is refused.
    static Result<int> probe(const QString &path, bool checkIntegrity);
    Status configure();
    Status beginTransaction();
    Status beginRead();
    void endRead();
    Status commitTransaction();
    void rollbackTransaction(const Error &why); // logs why
    void noteLockHeld(const char *outcome) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    Dialect m_dialect = Dialect::Sqlite;
    bool m_inTransaction = false;
    QElapsedTimer m_lockHeld; // since the write lock was taken, for the slow-write diagnostic
    bool m_inRead = false;
    std::function<void()> m_commitHook;
    QString m_openMarker; // see OpenMarkers: this desk has the store open for writing
};

template <typename Work>
std::invoke_result_t<Work> Database::write(Work &&work)
{
    if (m_readOnly)
        return readOnlyError();
    if (m_inTransaction) // nested: the outer transaction decides
        return work();
    if (m_inRead)
        return Error{ErrorCode::InvalidState, QStringLiteral("A write was attempted inside a read transaction.")};
    if (const Status begun = beginTransaction(); !begun)
        return begun.error();
    auto result = work();
    if (!result.ok()) {
        rollbackTransaction(result.error());
        return result;
    }
    if (const Status committed = commitTransaction(); !committed)
        return committed.error();
    if (m_commitHook)
        m_commitHook();
    return result;
}

template <typename Work>
std::invoke_result_t<Work> Database::read(Work &&work)
{
    if (m_inTransaction || m_inRead)
        return work();
    if (const Status begun = beginRead(); !begun)
        return begun.error();
    auto result = work();
    endRead();
    return result;
}

} // namespace dc
