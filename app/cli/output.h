#pragma once

#include "core/model/result.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace dc::cli {

// Writes to standard output / standard error as UTF-8.
void out(const QString &text);
void err(const QString &text);

// Prints `value` as indented JSON on standard output.
void printJson(const QJsonValue &value);

// Prints rows as a plain-text table with a header, aligning columns by their width on a
// terminal (Chinese characters take two cells).
void printTable(const QStringList &header, const QList<QStringList> &rows);

// Terminal cells `text` takes: East Asian wide characters count two.
int displayWidth(const QString &text);

// Exit status for an error: 3 authentication or permission, 4 not found, 5 the store cannot
// be used (missing, not a store, corrupt, newer, read-only), 1 anything else.
int exitCodeFor(ErrorCode code);

// Reports `error` on standard error as "doccontrol: <message>" and returns its exit status.
int fail(const Error &error);
// A usage error: reported with a hint to --help; exit status 2.
int usage(const QString &message);

} // namespace dc::cli
