#pragma once

// The command-line suites' second backend and plain SQL on a store of either kind. ctest runs
// some suites again with DOCCONTROL_TEST_POSTGRES set to a throwaway server's maintenance
// database (the *_postgres variants); those suites then make each store as a new database
// there. Tests that play an attacker, or check what a store holds, reach it with querySql().

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace dctest {

inline QString testPostgresServer() { return qEnvironmentVariable("DOCCONTROL_TEST_POSTGRES"); }
inline bool cliOnPostgres() { return !testPostgresServer().isEmpty(); }
inline bool isPostgresLocation(const QString &location) { return location.startsWith(QLatin1String("postgresql://")); }

// Opens a connection of this process to `location` (a store file or a postgresql:// URL), runs
// `work(db)` when it opened, else returns the error text; closes it.
template <typename Work>
QString withConnection(const QString &location, Work work)
{
    const QString name = QUuid::createUuid().toString();
    QString error;
    {
        QSqlDatabase db;
        if (isPostgresLocation(location)) {
            const QUrl url(location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            const QString socket = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
            db.setHostName(socket.isEmpty() ? url.host() : socket);
            if (url.port() > 0)
                db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
        }
        if (db.open())
            work(db);
        else
            error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// `sql` on the store at `location`: the first column of its rows joined by '\n' (empty for a
// statement without rows), or the error text.
inline QString querySql(const QString &location, const QString &sql)
{
    QString result;
    const QString error = withConnection(location, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            result = q.lastError().text();
            return;
        }
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        result = rows.join(QLatin1Char('\n'));
    });
    return error.isEmpty() ? result : error;
}

// A new, empty database on the test server: its postgresql:// URL (empty, with a warning, when
// it cannot be made).
inline QString newPostgresStore()
{
    static QAtomicInt counter;
    QUrl url(testPostgresServer());
    const QString database = QStringLiteral("dccli_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddOrdered(1));
    const QString failed = querySql(url.toString(), QStringLiteral("CREATE DATABASE ") + database);
    if (!failed.isEmpty()) {
        qWarning("cannot make a test database: %s", qPrintable(failed));
        return {};
    }
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

// What a PostgreSQL store holds, every row of every table in a stable order: what a refused
// command must leave as it was (on SQLite the tests compare the file's bytes).
inline QByteArray postgresContent(const QString &location)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString error = withConnection(location, [&](QSqlDatabase &db) {
        QStringList tables = db.tables();
        tables.sort();
        for (const QString &table : tables) {
            QSqlQuery q(db);
            hash.addData(table.toUtf8());
            if (!q.exec(QStringLiteral("SELECT t::text FROM %1 t ORDER BY 1").arg(table)))
                hash.addData(q.lastError().text().toUtf8());
            while (q.next())
                hash.addData(QByteArray(q.value(0).toString().toUtf8() + '\x1e'));
        }
    });
    hash.addData(error.toUtf8());
    return hash.result();
}

} // namespace dctest
