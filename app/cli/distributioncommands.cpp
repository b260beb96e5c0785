// doc distribution: a document's distribution list (分发范围), read and changed.
#include "app/cli/cliapp.h"
#include "app/cli/options.h"
#include "app/cli/output.h"

#include "core/services/documentservice.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dc::cli {

namespace {

int docDistribution(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "doc distribution needs exactly one document number."));
    const bool changing = app.isSet(QStringLiteral("add")) || app.isSet(QStringLiteral("remove"));
    DistributionList add, remove;
    if (changing) {
        auto added = parseDistribution(app.option(QStringLiteral("add")));
        if (!added)
            return usage(added.message());
        auto removed = parseDistribution(app.option(QStringLiteral("remove")));
        if (!removed)
            return usage(removed.message());
        add = added.value();
        remove = removed.value();
    }
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    const QString number = arguments.first();
    auto list = changing ? app.session().documents().changeDistribution(actor.value(), number, add, remove)
                         : app.session().documents().distribution(actor.value(), number);
    if (!list)
        return fail(list.error());
    if (app.json()) {
        QJsonArray users, departments;
        for (const DistributionMember &m : list.value())
            (m.kind == DistributionMember::Kind::User ? users : departments).append(m.name);
        printJson(QJsonObject{{QStringLiteral("number"), number}, {QStringLiteral("users"), users}, {QStringLiteral("departments"), departments}});
        return 0;
    }
    if (changing)
        out(QCoreApplication::translate("dc::cli", "Changed the distribution list of %1.\n").arg(number));
    if (list->isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "%1 has no distribution list.\n").arg(number));
        return 0;
    }
    QList<QStringList> rows;
    for (const DistributionMember &m : list.value()) {
        rows << QStringList{m.kind == DistributionMember::Kind::User ? QCoreApplication::translate("dc::cli", "user")
                                                                      : QCoreApplication::translate("dc::cli", "department"),
                            m.name};
    }
    printTable({QCoreApplication::translate("dc::cli", "KIND"), QCoreApplication::translate("dc::cli", "NAME")}, rows);
    return 0;
}

} // namespace

QList<Command> distributionCommands()
{
    return {
        Command{{QStringLiteral("doc"), QStringLiteral("distribution")},
                QStringLiteral("doc distribution N [--add user:NAME,dept:DEPT] [--remove user:NAME,dept:DEPT] [--json]"),
                {valueOption("add", QCoreApplication::translate("dc::cli", "Users and departments to add, separated by commas (user:sunli,dept:IT 部)."),
                             QCoreApplication::translate("dc::cli", "MEMBERS")),
                 valueOption("remove", QCoreApplication::translate("dc::cli", "Users and departments to remove, separated by commas."),
                             QCoreApplication::translate("dc::cli", "MEMBERS"))},
                docDistribution},
    };
}

} // namespace dc::cli
