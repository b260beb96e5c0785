#include "migrations.h"

#include "database.h"
#include "search/searchindex.h"
#include "sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>
#include <vector>

namespace dc::Migrations {

namespace {


// Version 1: users, documents and their revisions, and store-wide settings.
Status toVersion1(Database &db)
{
    return Sql::execAll(db, {
        QStringLiteral("CREATE TABLE settings ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE users ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " department TEXT NOT NULL DEFAULT '',"
                       " roles TEXT NOT NULL,"
                       " password_hash TEXT NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE documents ("
                       " id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL CHECK (title <> ''),"
                       " title_en TEXT NOT NULL DEFAULT '',"
                       " type TEXT NOT NULL,"
                       " owner_id INTEGER NOT NULL REFERENCES users(id),"
                       " department TEXT NOT NULL DEFAULT '',"
                       " classification TEXT NOT NULL,"
                       " review_interval_months INTEGER NOT NULL DEFAULT 12,"
                       " retention_years INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE revisions ("
                       " id INTEGER PRIMARY KEY,"
                       " document_id INTEGER NOT NULL REFERENCES documents(id),"
                       " label TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " content TEXT NOT NULL,"
                       " content_hash TEXT NOT NULL,"
                       " change_summary TEXT NOT NULL CHECK (change_summary <> ''),"
                       " author_id INTEGER NOT NULL REFERENCES users(id),"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " effective_date TEXT,"
                       " next_review_date TEXT,"
                       " UNIQUE (document_id, label))"),
    }, QCoreApplication::translate("dc::Migrations", "create the version 1 schema"));
}

// Version 2: clause references, and indexes for the register's filters and sorting.
Status toVersion2(Database &db)
{
    return Sql::execAll(db, {
        QStringLiteral("CREATE TABLE document_clauses ("
                       " document_id INTEGER NOT NULL REFERENCES documents(id),"
                       " standard TEXT NOT NULL,"
                       " clause TEXT NOT NULL,"
                       " PRIMARY KEY (document_id, standard, clause))"),
        QStringLiteral("CREATE INDEX document_clauses_by_clause ON document_clauses(clause, document_id)"),
        QStringLiteral("CREATE INDEX revisions_by_document ON revisions(document_id, id)"),
        QStringLiteral("CREATE INDEX documents_by_type ON documents(type, number)"),
        QStringLiteral("CREATE INDEX documents_by_owner ON documents(owner_id, number)"),
        QStringLiteral("CREATE INDEX documents_by_department ON documents(department, number)"),
        QStringLiteral("CREATE INDEX documents_by_classification ON documents(classification, number)"),
        QStringLiteral("CREATE INDEX documents_by_title ON documents(title)"),
    }, QCoreApplication::translate("dc::Migrations", "create the version 2 schema"));
}

// Version 3: full-text search, built from what the store already holds.
Status toVersion3(Database &db)
{
    if (const Status created = SearchIndex::createSchema(db); !created)
        return created;
    return SearchIndex::rebuild(db);
}

const std::vector<std::function<Status(Database &)>> &steps()
{
    static const std::vector<std::function<Status(Database &)>> all{toVersion1, toVersion2, toVersion3};
    return all;
}

} // namespace

int latestVersion() { return static_cast<int>(steps().size()); }

Status migrate(Database &db, int fromVersion)
{
    for (int version = fromVersion + 1; version <= latestVersion(); ++version) {
        if (const Status stepped = steps()[static_cast<size_t>(version - 1)](db); !stepped)
            return stepped;
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
            return db.queryError(query, QCoreApplication::translate("dc::Migrations", "record the schema version"));
    }
    return {};
}

} // namespace dc::Migrations
