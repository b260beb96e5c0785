#pragma once

#include "core/model/result.h"

#include <QStringList>

namespace dc {

class Database;

// The schema, as a list of steps; step N takes a store from user_version N-1 to N. Old stores
// are migrated one step at a time, never rebuilt.
namespace Migrations {

int latestVersion();

// The register's indexes on documents (one per sort column, each holding every equality
// filter), in SQL both SQLite and PostgreSQL take; PgSchema creates the same.
QStringList registerIndexStatements();

// The tables of links between documents and of documents of external origin, with their
// indexes, ids of type `idType` (SQLite INTEGER, PostgreSQL BIGINT); PgSchema creates the same.
QStringList linkStatements(const QString &idType);

// The table of the document numbers each document's current text cites (LinkStore's
// replaceCitations), ids of type `idType`, in SQL both SQLite and PostgreSQL take; PgSchema creates
// the same.
QStringList citationStatements(const QString &idType);
// Fills that table from every document's current text, for a store made before it existed.
Status recordAllCitations(Database &db);

// Runs every step after `fromVersion` and records the new version. The caller holds the
// transaction, so a failing step leaves the store at `fromVersion`.
Status migrate(Database &db, int fromVersion);

} // namespace Migrations
} // namespace dc
