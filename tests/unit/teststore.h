#pragma once

// Shared helpers for the unit tests: a store with one user per role, built once per test
// executable (Argon2id costs ~0.1 s a user) and copied for every test that needs a fresh one.

#include "core/model/clock.h"
#include "core/model/enums.h"
#include "core/model/user.h"
#include "core/services/userservice.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/storelocation.h"
#include "testsupport.h"

#include <QDate>
#include <QDateTime>
#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTime>
#include <QTimeZone>
#include <QVariant>

#include <memory>

namespace dctest {

inline const QString kPassword = QStringLiteral("Pa55-word-2026");

// The PostgreSQL server the suites run against when ctest runs them a second time for that
// backend (DOCCONTROL_TEST_POSTGRES, a URL of its maintenance database); empty for SQLite.
inline QString postgresServer() { return qEnvironmentVariable("DOCCONTROL_TEST_POSTGRES"); }
inline bool onPostgres() { return !postgresServer().isEmpty(); }

// Makes a new database on the test server — empty, or a copy of `templateLocation`'s database
// (CREATE DATABASE … TEMPLATE copies it whole, fast) — and returns its postgresql:// location.
inline dc::Result<QString> newPostgresDatabase(const QString &templateLocation = {})
{
    auto server = dc::StoreLocation::parse(postgresServer());
    if (!server || !server->isPostgres())
        return dc::Error{dc::ErrorCode::InvalidInput, QStringLiteral("DOCCONTROL_TEST_POSTGRES is not a postgresql:// URL")};
    static QAtomicInt counter;
    dc::StoreLocation made = server.value();
    made.database = QStringLiteral("dct_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddOrdered(1));
    QString sql = QStringLiteral("CREATE DATABASE %1").arg(made.database);
    if (!templateLocation.isEmpty())
        sql += QStringLiteral(" TEMPLATE ") + dc::StoreLocation::parse(templateLocation)->database;
    const QString connection = QStringLiteral("dctest-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(server->host);
        if (server->port > 0)
            db.setPort(server->port);
        db.setUserName(server->user);
        db.setDatabaseName(server->database);
        if (!db.open())
            error = db.lastError().text();
        else if (QSqlQuery query(db); !query.exec(sql))
            error = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        return dc::Error{dc::ErrorCode::Database, QStringLiteral("cannot make a test database: ") + error};
    return made.display();
}

// A copy of the (closed) store at `from`, opened: a file copied to `path`, or on PostgreSQL a
// new database made from `from`'s (then `path` is not used).
inline dc::Result<std::unique_ptr<dc::Database>> copyStore(const QString &from, const QString &path)
{
    if (onPostgres()) {
        auto database = newPostgresDatabase(from);
        if (!database)
            return database.error();
        return dc::Database::open(database.value());
    }
    if (!QFile::copy(from, path))
        return dc::Error{dc::ErrorCode::Io, QStringLiteral("cannot copy the store to ") + path};
    return dc::Database::open(path);
}

// Skips the current test on PostgreSQL: for what only a store file has (its bytes, its
// companions, file permissions).
#define DCTEST_SQLITE_ONLY(why)                                                                     \
    do {                                                                                            \
        if (dctest::onPostgres())                                                                   \
            QSKIP("SQLite only: " why);                                                             \
    } while (false)

// 2026-03-15 09:30 UTC: every test's "now".
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(9, 30), QTimeZone::utc());
}

// The bytes of a file, to prove a refused action left it alone.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// A tampering statement as the store's dialect wants it: PostgreSQL names a trigger's table when
// it drops it, and guards attachments with one trigger where SQLite has three.
inline QString portableSql(const dc::Database &db, const QString &sql)
{
    static const QRegularExpression dropTrigger(QStringLiteral("^DROP TRIGGER (IF EXISTS )?(\\w+)$"));
    if (!db.isPostgres())
        return sql;
    static const QRegularExpression zeroblob(QStringLiteral("zeroblob\\((\\d+)\\)"));
    if (sql.contains(zeroblob))
        return QString(sql).replace(zeroblob, QStringLiteral("decode(repeat('00', \\1), 'hex')"));
    const QRegularExpressionMatch match = dropTrigger.match(sql.trimmed());
    if (!match.hasMatch())
        return sql;
    QString trigger = match.captured(2);
    if (trigger.startsWith(QLatin1String("attachments_frozen")))
        trigger = QStringLiteral("attachments_frozen");
    for (const char *table : {"user_keys", "revisions", "signatures", "events", "attachments"}) {
        if (trigger.startsWith(QLatin1String(table)))
            return QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(trigger, QLatin1String(table));
    }
    return sql;
}

// One value of a single-row, single-column query (or an invalid QVariant when it fails).
inline QVariant scalar(dc::Database &db, const QString &sql, const QVariantList &binds = {})
{
    auto q = dc::Sql::exec(db, sql, binds, QStringLiteral("test query"));
    if (!q || !q.value().next())
        return {};
    return q.value().value(0);
}

// Moves every revision of a document to `status` by raw SQL, one lifecycle step at a time (the
// store refuses any other status change): a shortcut for tests about reading, not workflow.
inline dc::Status forceStatus(dc::Database &db, qint64 documentId, dc::RevisionStatus status)
{
    using S = dc::RevisionStatus;
    QList<S> path{S::InReview, S::InApproval, S::Approved, S::Effective};
    if (status == S::Superseded || status == S::Obsolete)
        path << status;
    else
        path = path.mid(0, path.indexOf(status) + 1);
    for (S step : path) {
        auto q = dc::Sql::exec(db, QStringLiteral("UPDATE revisions SET status = ? WHERE document_id = ?"), {dc::toKey(step), documentId},
                               QStringLiteral("force the status"));
        if (!q)
            return q.error();
    }
    return {};
}

inline int rowCount(dc::Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toInt();
}

// A store with an administrator, a document controller, an author, a reviewer and a reader.
class StoreTemplate final {
public:
    dc::User admin;      // "admin": Admin
    dc::User controller; // "wangfang": Controller, 信息安全部
    dc::User author;     // "lisi": Author, IT 部
    dc::User reviewer;   // "zhaoliu": Reviewer
    dc::User reader;     // "chenjing": Reader
    QString error;       // why prepare() failed

    // Builds the template store. Returns false (with `error`) when anything fails.
    bool prepare(const dc::Clock &clock, dc::LabelScheme scheme = dc::LabelScheme::EditionRevision)
    {
        if (!m_dir.isValid()) {
            error = QStringLiteral("no temporary folder");
            return false;
        }
        m_path = m_dir.filePath(QStringLiteral("template.dcstore"));
        if (onPostgres()) {
            auto database = newPostgresDatabase();
            if (!database) {
                error = database.message();
                return false;
            }
            m_path = database.value();
        }
        dc::NewStore init;
        init.organisation = QStringLiteral("云启信息技术有限公司");
        init.organisationEn = QStringLiteral("Yunqi Information Technology Co., Ltd.");
        init.admin = QStringLiteral("admin");
        init.password = kPassword;
        init.scheme = scheme;
        auto store = dc::UserService::initStore(m_path, init, clock);
        if (!store) {
            error = store.message();
            return false;
        }
        dc::UserService users(*store.value(), clock);
        auto adminUser = users.authenticate(QStringLiteral("admin"), kPassword);
        if (!adminUser) {
            error = adminUser.message();
            return false;
        }
        admin = adminUser.value();
        const struct {
            dc::User *user;
            const char *name;
            const char *display;
            const char *department;
            dc::Role role;
        } wanted[] = {
            {&controller, "wangfang", "王芳", "信息安全部", dc::Role::Controller},
            {&author, "lisi", "李四", "IT 部", dc::Role::Author},
            {&reviewer, "zhaoliu", "赵六", "质量部", dc::Role::Reviewer},
            {&reader, "chenjing", "陈静", "人事部", dc::Role::Reader},
        };
        for (const auto &w : wanted) {
            auto added = users.addUser(admin,
                                       dc::NewUser{QString::fromUtf8(w.name), QString::fromUtf8(w.display),
                                                   QString::fromUtf8(w.department), dc::Roles(w.role)},
                                       kPassword);
            if (!added) {
                error = added.message();
                return false;
            }
            *w.user = added.value();
        }
        return true; // the store closes here, so the template file is complete on its own
    }

    // A fresh copy of the template at `path`, opened. On PostgreSQL the copy is a new database
    // and `path` is not used: the store's location is its path().
    dc::Result<std::unique_ptr<dc::Database>> copyTo(const QString &path) const
    {
        return copyStore(m_path, path);
    }

    QString path() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// Takes a store back to before migration 12 (the numbers each current text cites), as a store
// of schema 11 was; the caller records the old version. For tests of the upgrade path.
inline dc::Status undoCitedNumbers(dc::Database &db)
{
    return dc::Sql::execAll(db, {QStringLiteral("DROP TABLE cited_numbers")}, QStringLiteral("undo migration 12"));
}

// Takes a store back to before migration 11 (the contentless search index), as a store of
// schema 10 was (so migration 12 is undone first): the version 3 index table, empty (the
// upgrade writes the entries anew). The PostgreSQL schema has nothing of migration 11. For
// tests of the upgrade path.
inline dc::Status undoContentlessIndex(dc::Database &db)
{
    if (const dc::Status undone = undoCitedNumbers(db); !undone)
        return undone;
    if (db.isPostgres())
        return {};
    return dc::Sql::execAll(db, {QStringLiteral("DROP TABLE search_entries"), QStringLiteral("DROP TABLE search_index"),
                                 QStringLiteral("CREATE VIRTUAL TABLE search_index USING fts5(number, title, body, title_chars, body_chars,"
                                                " tokenize = 'porter unicode61 remove_diacritics 2')")},
                            QStringLiteral("undo migration 11"));
}

// Takes a store back to before migration 10 (legal holds, keep-until dates, disposal), as a
// store of schema 9 was but for the revisions' and attachments' guards, which migration 10
// makes anew (so migration 11 is undone first); the caller records the old version. For tests
// of the upgrade path.
inline dc::Status undoRetention(dc::Database &db)
{
    if (const dc::Status undone = undoContentlessIndex(db); !undone)
        return undone;
    QStringList statements;
    if (db.isPostgres())
        statements << QStringLiteral("DROP TRIGGER documents_disposal_final ON documents");
    else
        statements << QStringLiteral("DROP TRIGGER documents_disposal_final") << QStringLiteral("DROP TRIGGER revisions_immutable")
                   << QStringLiteral("DROP TRIGGER attachments_frozen_update");
    for (const char *column : {"legal_hold", "keep_until", "keep_reason", "disposed_at"})
        statements << QStringLiteral("ALTER TABLE documents DROP COLUMN ") + QLatin1String(column);
    return dc::Sql::execAll(db, statements, QStringLiteral("undo migration 10"));
}

// Takes a store back to before migration 9 (users' clearance, distribution lists), as a store
// of schema 8 was (so migration 10 is undone first); the caller records the old version. For
// tests of the upgrade path.
inline dc::Status undoAccessControl(dc::Database &db)
{
    if (const dc::Status undone = undoRetention(db); !undone)
        return undone;
    return dc::Sql::execAll(db, {QStringLiteral("DROP TABLE acknowledgements"), QStringLiteral("DROP TABLE document_distribution"), QStringLiteral("DROP INDEX submission_reviewers_by_user"),
                                 QStringLiteral("DROP INDEX submissions_by_approver"), QStringLiteral("ALTER TABLE users DROP COLUMN clearance")},
                            QStringLiteral("undo migration 9"));
}

// Takes a store back to before migration 8 (links between documents, the external register), as
// a store of schema 7 was (so migration 9 is undone first); the caller records the old version.
inline dc::Status undoLinks(dc::Database &db)
{
    if (const dc::Status undone = undoAccessControl(db); !undone)
        return undone;
    return dc::Sql::execAll(db, {QStringLiteral("DROP TABLE external_documents"), QStringLiteral("DROP TABLE document_links")},
                            QStringLiteral("undo migration 8"));
}

// Takes a store back to before migration 7 (the register's columns, triggers and indexes), as
// a store of schema 6 was (so migrations 9 and 8 are undone first); the caller records the old
// version. For tests of the upgrade path.
inline dc::Status undoRegisterColumns(dc::Database &db)
{
    if (const dc::Status undone = undoLinks(db); !undone)
        return undone;
    QStringList statements;
    if (db.isPostgres())
        statements << QStringLiteral("DROP FUNCTION doccontrol_track_revision() CASCADE");
    else
        statements << QStringLiteral("DROP TRIGGER documents_track_new_revision") << QStringLiteral("DROP TRIGGER documents_track_revision");
    for (const char *index : {"number", "title", "type", "department", "classification", "owner_id", "current_status", "current_updated_at",
                              "effective_updated_at"})
        statements << QStringLiteral("DROP INDEX register_by_") + QLatin1String(index);
    statements << QStringLiteral("CREATE INDEX documents_by_type ON documents(type, number)")
               << QStringLiteral("CREATE INDEX documents_by_owner ON documents(owner_id, number)")
               << QStringLiteral("CREATE INDEX documents_by_department ON documents(department, number)")
               << QStringLiteral("CREATE INDEX documents_by_classification ON documents(classification, number)")
               << QStringLiteral("CREATE INDEX documents_by_title ON documents(title)");
    for (const char *column : {"current_revision_id", "current_status", "current_updated_at", "effective_revision_id", "effective_updated_at"})
        statements << QStringLiteral("ALTER TABLE documents DROP COLUMN ") + QLatin1String(column);
    return dc::Sql::execAll(db, statements, QStringLiteral("undo migration 7"));
}

} // namespace dctest
