#pragma once

#include <QDateTime>
#include <QString>

namespace dc::TimeText {

// UTC timestamps are kept as ISO 8601 text with milliseconds ("2026-11-21T08:00:00.000Z"):
// they sort as text, read the same on SQLite and PostgreSQL, and are what signatures and
// audit events hash, so this one spelling must never change.
QString fromUtc(const QDateTime &utc);
QDateTime toUtc(const QString &text);

} // namespace dc::TimeText
