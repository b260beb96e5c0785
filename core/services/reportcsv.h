#pragma once

#include "core/model/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dc {

class Database;

// Generated reports as CSV for Excel, one way for all of them: UTF-8 with a BOM, CRLF line
// ends, every cell quoted when it needs it and formula-safe (MasterListService::csvField).
namespace ReportCsv {

// The bytes of a CSV file with `headers` as its first line, then one line per row.
QByteArray bytes(const QStringList &headers, const QList<QStringList> &rows);

// Writes `bytes` atomically to `path` (a partial file renamed over it when complete); refuses
// the store's own files. Fails naming the file on an I/O error, leaving `path` as it was.
Status write(Database &db, const QByteArray &bytes, const QString &path);

} // namespace ReportCsv
} // namespace dc
