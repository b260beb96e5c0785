// verify, audit log.
#include "cliapp.h"
#include "output.h"
#include "workflowjson.h"

#include "services/verifier.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "workflow/permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dc::cli {

namespace {

int verify(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "verify takes no arguments (did you mean verify pdf FILE?)."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status allowed = Permissions::mayVerify(actor.value()); !allowed)
        return fail(allowed.error());
    auto report = Verifier(app.database()).run();
    if (!report)
        return fail(report.error());
    if (app.json()) {
        printJson(verifyJson(report.value()));
    } else {
        out(QCoreApplication::translate("dc::cli", "Checked %1 events, %2 revisions, %3 signatures and %4 keys.\n")
                .arg(report->events)
                .arg(report->revisions)
                .arg(report->signatures)
                .arg(report->keys));
        out(QCoreApplication::translate("dc::cli", "Audit trail head: event #%1, %2\n").arg(report->headSeq).arg(report->headHash));
        if (report->ok())
            out(QCoreApplication::translate("dc::cli", "OK: everything matches.\n"));
    }
    if (report->ok())
        return 0;
    err(QCoreApplication::translate("dc::cli", "doccontrol: verify FAILED: %1\n").arg(report->problems.first().message));
    for (qsizetype i = 1; i < report->problems.size(); ++i)
        err(QStringLiteral("  ") + report->problems.at(i).message + QLatin1Char('\n'));
    return 1;
}

int auditLog(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() > 1)
        return usage(QCoreApplication::translate("dc::cli", "audit log takes at most one document number."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (Permissions::seesEffectiveOnly(actor.value()))
        return fail(Error{ErrorCode::PermissionDenied, QCoreApplication::translate("dc::cli", "%1 may not read the audit trail (readers only see effective revisions).").arg(actor->name)});
    auto events = AuditLog(app.database()).events(arguments.value(0));
    if (!events)
        return fail(events.error());
    if (app.json()) {
        QJsonArray array;
        for (const Event &e : events.value())
            array.append(eventJson(e));
        printJson(array);
        return 0;
    }
    QList<QStringList> rows;
    for (const Event &e : events.value())
        rows << QStringList{QString::number(e.seq), e.at.toString(Qt::ISODate), e.user, e.action, e.object, e.hash.left(16)};
    printTable({QCoreApplication::translate("dc::cli", "EVENT"), QCoreApplication::translate("dc::cli", "TIME (UTC)"),
                QCoreApplication::translate("dc::cli", "USER"), QCoreApplication::translate("dc::cli", "ACTION"),
                QCoreApplication::translate("dc::cli", "OBJECT"), QCoreApplication::translate("dc::cli", "HASH")},
               rows);
    return 0;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        Command{{QStringLiteral("verify")}, QStringLiteral("verify [--json]"), {}, verify},
        Command{{QStringLiteral("audit"), QStringLiteral("log")}, QStringLiteral("audit log [N] [--json]"), {}, auditLog},
    };
}

} // namespace dc::cli
