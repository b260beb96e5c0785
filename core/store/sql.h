#pragma once

#include "core/store/database.h"

#include <QSqlQuery>
#include <QVariantList>

namespace dc::Sql {

// Runs `sql` with positional `binds` (`?`): prepared on SQLite; on PostgreSQL with the values
// inlined as literals escaped by libpq, in one round trip. On failure the Error names `doing`.
Result<QSqlQuery> exec(Database &db, const QString &sql, const QVariantList &binds, const QString &doing);

// Runs several statements with no parameters, in order; stops at the first failure.
Status execAll(Database &db, const QStringList &statements, const QString &doing);

// UTC timestamps are stored as ISO 8601 text ("2026-11-21T08:00:00.000Z"): they sort as text
// and read the same on SQLite and PostgreSQL.
QString toText(const QDateTime &utc);
QDateTime dateTimeFrom(const QVariant &value);
QVariant dateOrNull(const QDate &date);
QDate dateFrom(const QVariant &value);

} // namespace dc::Sql
