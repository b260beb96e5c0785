// disposition list, disposition destroy, disposition keep, doc hold: retention and disposition
// of records (DispositionService).
#include "app/cli/cliapp.h"
#include "app/cli/options.h"
#include "app/cli/output.h"
#include "app/cli/workflowjson.h"

#include "core/services/dispositionservice.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dc::cli {

namespace {

int dispositionList(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "disposition list takes options only."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto due = app.session().disposition().due(actor.value());
    if (!due)
        return fail(due.error());
    if (app.json()) {
        QJsonArray array;
        for (const DispositionItem &item : due.value()) {
            array.append(QJsonObject{{QStringLiteral("number"), item.number},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("type"), toKey(item.type)},
                                     {QStringLiteral("retention_years"), item.retentionYears},
                                     {QStringLiteral("basis"), item.end.basis == RetentionBasis::Withdrawn ? QStringLiteral("withdrawn") : QStringLiteral("record_effective")},
                                     {QStringLiteral("from"), item.end.from.toString(Qt::ISODate)},
                                     {QStringLiteral("due"), item.due.toString(Qt::ISODate)},
                                     {QStringLiteral("keep_reason"), item.keepReason}});
        }
        printJson(array);
        return 0;
    }
    if (due->isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "No document is due for disposition.\n"));
        return 0;
    }
    QList<QStringList> rows;
    for (const DispositionItem &item : due.value())
        rows << QStringList{item.number, item.title, displayName(item.type), item.due.toString(Qt::ISODate), describe(item.end, item.retentionYears)};
    printTable({QCoreApplication::translate("dc::cli", "NUMBER"), QCoreApplication::translate("dc::cli", "TITLE"), QCoreApplication::translate("dc::cli", "TYPE"), QCoreApplication::translate("dc::cli", "DUE"), QCoreApplication::translate("dc::cli", "RETENTION")}, rows);
    return 0;
}

int dispositionDestroy(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "disposition destroy needs exactly one document number."));
    const QString reason = app.option(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "disposition destroy needs --reason TEXT."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto signature = app.session().disposition().destroy(actor.value(), app.password(), arguments.first(), reason);
    if (!signature)
        return fail(signature.error());
    if (app.json()) {
        printJson(signatureJson(signature.value()));
        return 0;
    }
    out(QCoreApplication::translate("dc::cli", "Destroyed the content of %1; its record, hashes and signatures remain (销毁; signature #%2 over %3 content SHA-256 %4).\n")
            .arg(signature->documentNumber)
            .arg(signature->id)
            .arg(signature->revisionLabel, signature->contentHash.left(16)));
    return 0;
}

int dispositionKeep(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "disposition keep needs exactly one document number."));
    const QDate until = QDate::fromString(app.option(QStringLiteral("until")), Qt::ISODate);
    if (!until.isValid())
        return usage(QCoreApplication::translate("dc::cli", "disposition keep needs --until YYYY-MM-DD."));
    const QString reason = app.option(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "disposition keep needs --reason TEXT."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status kept = app.session().disposition().keep(actor.value(), arguments.first(), until, reason); !kept)
        return fail(kept.error());
    out(QCoreApplication::translate("dc::cli", "%1 is kept until %2.\n").arg(arguments.first(), until.toString(Qt::ISODate)));
    return 0;
}

int docHold(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "doc hold needs exactly one document number."));
    const QString reason = app.option(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "doc hold needs --reason TEXT."));
    const bool lift = app.isSet(QStringLiteral("lift"));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status set = app.session().disposition().setHold(actor.value(), arguments.first(), !lift, reason); !set)
        return fail(set.error());
    out(lift ? QCoreApplication::translate("dc::cli", "Lifted the legal hold on %1.\n").arg(arguments.first()) : QCoreApplication::translate("dc::cli", "%1 is under a legal hold: it will not be disposed of.\n").arg(arguments.first()));
    return 0;
}

} // namespace

QList<Command> dispositionCommands()
{
    const QCommandLineOption reason = valueOption("reason", QCoreApplication::translate("dc::cli", "Why (recorded in the audit trail)."), QCoreApplication::translate("dc::cli", "TEXT"));
    return {
        Command{{QStringLiteral("disposition"), QStringLiteral("list")}, QStringLiteral("disposition list [--json]"), {}, dispositionList},
        Command{{QStringLiteral("disposition"), QStringLiteral("destroy")}, QStringLiteral("disposition destroy N --reason TEXT [--json]"), {reason},
                dispositionDestroy},
        Command{{QStringLiteral("disposition"), QStringLiteral("keep")}, QStringLiteral("disposition keep N --until YYYY-MM-DD --reason TEXT"),
                {valueOption("until", QCoreApplication::translate("dc::cli", "Keep it until this day."), QCoreApplication::translate("dc::cli", "DATE")), reason}, dispositionKeep},
        Command{{QStringLiteral("doc"), QStringLiteral("hold")}, QStringLiteral("doc hold N --reason TEXT [--lift]"),
                {reason, QCommandLineOption(QStringLiteral("lift"), QCoreApplication::translate("dc::cli", "Lift the legal hold instead of placing it."))}, docHold},
    };
}

} // namespace dc::cli
