// ack, report acknowledgements, acknowledgement require: read-and-acknowledge (已阅知悉).
#include "app/cli/cliapp.h"
#include "app/cli/options.h"
#include "app/cli/output.h"
#include "app/cli/workflowjson.h"

#include "core/services/acknowledgements.h"
#include "core/services/session.h"
#include "core/services/workflowservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace dc::cli {

namespace {

int ack(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "ack needs exactly one document number."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto signature = app.session().workflow().acknowledge(actor.value(), app.password(), arguments.first());
    if (!signature)
        return fail(signature.error());
    if (app.json()) {
        printJson(signatureJson(signature.value()));
        return 0;
    }
    out(QCoreApplication::translate("dc::cli", "%1 has read and understood %2 revision %3 (已阅知悉; signature #%4, content SHA-256 %5).\n")
            .arg(actor->name, signature->documentNumber, signature->revisionLabel)
            .arg(signature->id)
            .arg(signature->contentHash.left(16)));
    return 0;
}

int reportAcknowledgements(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "report acknowledgements takes options only."));
    AcknowledgementFilter filter;
    filter.number = app.option(QStringLiteral("document"));
    filter.department = app.option(QStringLiteral("department"));
    filter.outstandingOnly = !app.isSet(QStringLiteral("all"));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto rows = app.session().acknowledgements().report(actor.value(), filter);
    if (!rows)
        return fail(rows.error());
    const QDateTime now = app.session().clock().nowUtc();
    if (app.json()) {
        QJsonArray array;
        for (const Acknowledgement &a : rows.value()) {
            QJsonObject o{{QStringLiteral("document"), a.number}, {QStringLiteral("title"), a.title}, {QStringLiteral("revision"), a.label},
                          {QStringLiteral("user"), a.user}, {QStringLiteral("display"), a.userDisplayName}, {QStringLiteral("department"), a.department},
                          {QStringLiteral("requested"), a.requestedAt.toString(Qt::ISODate)}, {QStringLiteral("days"), a.days(now)},
                          {QStringLiteral("acknowledged"), a.outstanding() ? QJsonValue() : QJsonValue(a.acknowledgedAt.toString(Qt::ISODate))}};
            array.append(o);
        }
        printJson(array);
        return 0;
    }
    if (rows->isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "No acknowledgement is outstanding.\n"));
        return 0;
    }
    // Per document, then per department: who has not acknowledged, and for how many days.
    QList<QStringList> table;
    for (const Acknowledgement &a : rows.value()) {
        table << QStringList{a.number + QLatin1Char(' ') + a.label, a.department, a.user, a.requestedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                             a.outstanding() ? QCoreApplication::translate("dc::cli", "%n day(s) outstanding", nullptr, a.days(now))
                                             : QCoreApplication::translate("dc::cli", "acknowledged %1").arg(a.acknowledgedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")))};
    }
    printTable({QCoreApplication::translate("dc::cli", "DOCUMENT"), QCoreApplication::translate("dc::cli", "DEPARTMENT"), QCoreApplication::translate("dc::cli", "USER"),
                QCoreApplication::translate("dc::cli", "RELEASED"), QCoreApplication::translate("dc::cli", "STATE")},
               table);
    QMap<QString, int> perDepartment;
    for (const Acknowledgement &a : rows.value()) {
        if (a.outstanding())
            ++perDepartment[a.department.isEmpty() ? QCoreApplication::translate("dc::cli", "(no department)") : a.department];
    }
    for (auto it = perDepartment.cbegin(); it != perDepartment.cend(); ++it)
        out(QCoreApplication::translate("dc::cli", "%1: %n outstanding\n", nullptr, it.value()).arg(it.key()));
    return 0;
}

int acknowledgementRequire(CliApp &app, const QStringList &arguments)
{
    const std::optional<DocumentType> parsed = arguments.size() == 2 ? documentTypeFromKey(arguments.first()) : std::nullopt;
    const QString answer = arguments.value(1);
    if (!parsed || (answer != QLatin1String("yes") && answer != QLatin1String("no")))
        return usage(QCoreApplication::translate("dc::cli", "acknowledgement require needs a document type and yes or no."));
    const DocumentType type = parsed.value();
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status set = app.session().acknowledgements().setRequired(actor.value(), type, answer == QLatin1String("yes")); !set)
        return fail(set.error());
    out(answer == QLatin1String("yes") ? QCoreApplication::translate("dc::cli", "Releasing a %1 now asks its distribution list to acknowledge it.\n").arg(displayName(type))
                                       : QCoreApplication::translate("dc::cli", "Releasing a %1 no longer asks for acknowledgements.\n").arg(displayName(type)));
    return 0;
}

} // namespace

QList<Command> acknowledgementCommands()
{
    return {
        Command{{QStringLiteral("ack")}, QStringLiteral("ack N [--json]"), {}, ack},
        Command{{QStringLiteral("report"), QStringLiteral("acknowledgements")},
                QStringLiteral("report acknowledgements [--document N] [--department D] [--all] [--json]"),
                {valueOption("document", QCoreApplication::translate("dc::cli", "Only this document."), QCoreApplication::translate("dc::cli", "N")),
                 valueOption("department", QCoreApplication::translate("dc::cli", "Only the users of this department."), QCoreApplication::translate("dc::cli", "DEPT")),
                 QCommandLineOption(QStringLiteral("all"), QCoreApplication::translate("dc::cli", "Acknowledged requests too, not only outstanding ones."))},
                reportAcknowledgements},
        Command{{QStringLiteral("acknowledgement"), QStringLiteral("require")}, QStringLiteral("acknowledgement require TYPE yes|no"), {}, acknowledgementRequire},
    };
}

} // namespace dc::cli
