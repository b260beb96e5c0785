// verify, audit log, store grant, store copy.
#include "app/cli/cliapp.h"
#include "app/cli/output.h"
#include "app/cli/workflowjson.h"

#include "core/services/anchors.h"
#include "core/services/audittrail.h"
#include "core/services/backupservice.h"
#include "core/services/verifier.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <utility>

namespace dc::cli {

namespace {

int verify(CliApp &app, const QStringList &arguments)
{
    // verify --against FILE [FILE…]: the positional arguments are more anchor files.
    const QStringList anchorFiles = app.parser().values(QStringLiteral("against")) + (app.isSet(QStringLiteral("against")) ? arguments : QStringList());
    if (!arguments.isEmpty() && !app.isSet(QStringLiteral("against")))
        return usage(QCoreApplication::translate("dc::cli", "verify takes no arguments (did you mean verify pdf FILE or verify --against FILE?)."));
    QList<ChainAnchor> anchors;
    for (const QString &file : anchorFiles) {
        auto anchor = Anchors::read(file);
        if (!anchor)
            return fail(anchor.error());
        anchors << anchor.value();
    }
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto verified = app.session().verifier().run(actor.value(), anchors); // a lost head first among the problems
    if (!verified)
        return fail(verified.error());
    const VerifyReport &report = verified.value();
    if (app.json()) {
        printJson(verifyJson(report));
    } else {
        out(QCoreApplication::translate("dc::cli", "Checked %1 events, %2 revisions, %3 signatures and %4 keys.\n")
                .arg(report.events)
                .arg(report.revisions)
                .arg(report.signatures)
                .arg(report.keys));
        out(QCoreApplication::translate("dc::cli", "Audit trail head: event #%1, %2\n").arg(report.headSeq).arg(report.headHash));
        if (!anchors.isEmpty())
            out(QCoreApplication::translate("dc::cli", "Checked the head recorded by %n file(s).\n", nullptr, int(anchors.size())));
        if (report.ok())
            out(QCoreApplication::translate("dc::cli", "OK: everything matches.\n"));
    }
    if (report.ok())
        return 0;
    err(QCoreApplication::translate("dc::cli", "doccontrol: verify FAILED: %1\n").arg(report.problems.first().message));
    for (qsizetype i = 1; i < report.problems.size(); ++i)
        err(QStringLiteral("  ") + report.problems.at(i).message + QLatin1Char('\n'));
    return 1;
}

int auditLog(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() > 1)
        return usage(QCoreApplication::translate("dc::cli", "audit log takes at most one document number."));
    // The same filter as the app's audit log viewer (AuditTrail, filtered in the store).
    AuditFilter filter;
    filter.document = app.option(QStringLiteral("document"));
    if (!arguments.isEmpty()) {
        if (!filter.document.isEmpty() && filter.document != arguments.first())
            return usage(QCoreApplication::translate("dc::cli", "audit log: give the document number once (N or --document N)."));
        filter.document = arguments.first();
    }
    filter.user = app.option(QStringLiteral("by"));
    filter.action = app.option(QStringLiteral("event"));
    for (const auto &[name, date] : {std::pair{QStringLiteral("from"), &filter.from}, std::pair{QStringLiteral("to"), &filter.to}}) {
        if (!app.isSet(name))
            continue;
        auto parsed = AuditTrail::parseDate(app.option(name), QStringLiteral("--") + name);
        if (!parsed)
            return usage(parsed.error().message);
        *date = parsed.value();
    }
    if (const Status checked = AuditTrail::check(filter); !checked)
        return usage(checked.error().message);
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto page = app.session().auditTrail().find(actor.value(), filter);
    if (!page)
        return fail(page.error());
    QList<Event> events = page->events;
    std::reverse(events.begin(), events.end()); // oldest first, as the trail reads
    if (app.json()) {
        QJsonArray array;
        for (const Event &e : events)
            array.append(eventJson(e));
        printJson(array);
        return 0;
    }
    QList<QStringList> rows;
    for (const Event &e : events)
        rows << QStringList{QString::number(e.seq), e.at.toString(Qt::ISODate), e.user, e.action, e.object, e.hash.left(16)};
    printTable({QCoreApplication::translate("dc::cli", "EVENT"), QCoreApplication::translate("dc::cli", "TIME (UTC)"),
                QCoreApplication::translate("dc::cli", "USER"), QCoreApplication::translate("dc::cli", "ACTION"),
                QCoreApplication::translate("dc::cli", "OBJECT"), QCoreApplication::translate("dc::cli", "HASH")},
               rows);
    return 0;
}

// store grant ROLE: run by an administrator connected as the role that owns the tables.
int storeGrant(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "store grant needs exactly one PostgreSQL role, e.g. store grant doccontrol_app."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status granted = app.session().settings().grantDatabaseRole(actor.value(), arguments.first()); !granted)
        return fail(granted.error());
    out(QCoreApplication::translate("dc::cli", "The role %1 may now use the store; it cannot change its triggers, events or signatures.\n").arg(arguments.first()));
    return 0;
}

// store copy FROM TO: the whole store, verified, into a new file or an empty PostgreSQL database.
int storeCopy(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return usage(QCoreApplication::translate("dc::cli", "store copy needs the store to copy and a new one to copy it to, e.g. store copy docs.dcstore postgresql://dc@db/docs."));
    if (app.isSet(QStringLiteral("store")) && app.option(QStringLiteral("store")) != arguments.first())
        return usage(QCoreApplication::translate("dc::cli", "store copy names the store it copies itself; leave out --store."));
    app.useStore(arguments.first());
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto report = app.session().backups().copyStore(actor.value(), arguments.at(1));
    if (!report)
        return fail(report.error());
    if (app.json()) {
        QJsonObject o = verifyJson(report.value());
        o.insert(QStringLiteral("from"), arguments.first());
        o.insert(QStringLiteral("to"), arguments.at(1));
        printJson(o);
        return 0;
    }
    out(QCoreApplication::translate("dc::cli", "Copied %1 to %2.\n").arg(arguments.first(), arguments.at(1)));
    out(QCoreApplication::translate("dc::cli", "Verified the copy: %1 events, %2 revisions, %3 signatures and %4 keys; audit trail head event #%5, %6\n")
            .arg(report->events)
            .arg(report->revisions)
            .arg(report->signatures)
            .arg(report->keys)
            .arg(report->headSeq)
            .arg(report->headHash));
    return 0;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        Command{{QStringLiteral("verify")}, QStringLiteral("verify [--against FILE…] [--json]"),
                {QCommandLineOption(QStringLiteral("against"), QCoreApplication::translate("dc::cli", "A backup, bundle or exported PDF whose recorded audit-trail head the store must still hold, or a chain head printed on paper (\"#84 08c0922a…7d792e8d\") (repeatable)."),
                                    QCoreApplication::translate("dc::cli", "FILE"))},
                verify},
        Command{{QStringLiteral("audit"), QStringLiteral("log")},
                QStringLiteral("audit log [N] [--document N] [--by USER] [--event TYPE] [--from DATE] [--to DATE] [--json]"),
                {QCommandLineOption(QStringLiteral("document"), QCoreApplication::translate("dc::cli", "Only the events of this document and its revisions."), QCoreApplication::translate("dc::cli", "N")),
                 QCommandLineOption(QStringLiteral("by"), QCoreApplication::translate("dc::cli", "Only the events of this user (user name)."), QCoreApplication::translate("dc::cli", "USER")),
                 QCommandLineOption(QStringLiteral("event"), QCoreApplication::translate("dc::cli", "Only events of this kind, e.g. revision.released."), QCoreApplication::translate("dc::cli", "TYPE")),
                 QCommandLineOption(QStringLiteral("from"), QCoreApplication::translate("dc::cli", "Only events on or after this day (YYYY-MM-DD, local time)."), QCoreApplication::translate("dc::cli", "DATE")),
                 QCommandLineOption(QStringLiteral("to"), QCoreApplication::translate("dc::cli", "Only events on or before this day (YYYY-MM-DD, local time)."), QCoreApplication::translate("dc::cli", "DATE"))},
                auditLog},
        Command{{QStringLiteral("store"), QStringLiteral("grant")}, QStringLiteral("store grant ROLE"), {}, storeGrant},
        Command{{QStringLiteral("store"), QStringLiteral("copy")}, QStringLiteral("store copy FROM TO [--json]"), {}, storeCopy},
    };
}

} // namespace dc::cli
