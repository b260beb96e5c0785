#pragma once

#include "app/cli/cliapp.h"
#include "core/model/enums.h"
#include "core/model/registerquery.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace dc::cli {

// How the commands read their options and files; each failure is an Error (InvalidInput)
// naming the option or file, to be reported with fail() or usage().

// An option that takes a value ("--title TEXT").
QCommandLineOption valueOption(const char *name, const QString &help, const QString &valueName);

// A text file given on the command line (--content, a template): must be readable UTF-8; a
// byte-order mark is dropped.
Result<QString> readTextFile(const QString &path);

// A whole-number option: `fallback` when it is not given.
Result<int> intOption(CliApp &app, const QString &name, int fallback);

// An option naming one of a fixed set of keys (a type, a status …): empty when not given,
// an error naming the unknown key and the valid ones otherwise.
template <typename E>
Result<std::optional<E>> enumOption(CliApp &app, const QString &name, std::optional<E> (*fromKey)(const QString &), const QStringList &keys)
{
    if (!app.isSet(name))
        return std::optional<E>();
    const std::optional<E> value = fromKey(app.option(name));
    if (!value)
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::cli", "Unknown %1 \"%2\"; use one of %3.")
                                                  .arg(name, app.option(name), keys.join(QStringLiteral(", ")))};
    return value;
}

// The register's filter options (--type, --status, --classification, --owner, --department,
// --clause), as doc list and report master-list take them.
Result<RegisterFilter> filterOptions(CliApp &app);

} // namespace dc::cli
