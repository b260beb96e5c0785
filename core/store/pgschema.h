#pragma once

#include "core/model/result.h"

namespace dc {

class Database;

// The schema on PostgreSQL: the same tables, columns and rules as the SQLite migrations at
// their latest version, in PostgreSQL's dialect. PL/pgSQL triggers refuse what the SQLite
// triggers refuse (a submitted revision, a signature or an event changed, a status moved off
// the lifecycle), so an application role with plain table rights cannot get round them.
namespace PgSchema {

// The table that marks a PostgreSQL database as a DocControl store and holds its schema version.
inline constexpr const char *kMarkerTable = "doccontrol_store";

// Creates every table, index and trigger in the connected (empty) database and records the
// schema version. Runs inside the caller's transaction, so a failure leaves nothing behind.
Status install(Database &db, int applicationId, int schemaVersion);

// Takes a store of schema `fromVersion` to `toVersion` (only 6 → 7 exists: the register's
// columns, indexes and triggers). Needs the tables' owner; runs in the caller's transaction, so
// a failure leaves the store as it was.
Status upgrade(Database &db, int fromVersion, int toVersion);

// Gives the application role `role` what DocControl needs and nothing more: it reads every
// table, adds rows, changes only the tables whose rows change (drafts, statuses, users, copies,
// settings) and deletes only search index entries and clause references. The tables stay the owner's, so the role
// can neither drop nor disable a trigger, nor change or delete an event or a signature.
// `role` must be a plain lower-case identifier; runs in the caller's transaction.
Status grant(Database &db, const QString &role);

// Drops everything install() made: what a failed store creation cleans up.
Status uninstall(Database &db);

} // namespace PgSchema

} // namespace dc
