// soa check, soa set, soa refresh: the Statement of Applicability's table (SoaService). A new SoA
// is `doc new --type soa --standard 27001:2022`; `doc diff` names the controls that changed.
#include "app/cli/cliapp.h"
#include "app/cli/options.h"
#include "app/cli/output.h"

#include "core/services/session.h"
#include "core/services/soaservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dc::cli {

namespace {

QString translate(const char *text) { return QCoreApplication::translate("dc::cli", text); }

int soaCheck(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(translate("soa check needs a document number, e.g. soa check ISMS-SOA-001."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto table = app.session().soa().table(actor.value(), arguments.first(), app.option(QStringLiteral("revision")));
    if (!table)
        return fail(table.error());
    const Soa::Counts n = Soa::count(table.value());
    const Status valid = Soa::validate(table.value());
    if (app.json()) {
        printJson(QJsonObject{{QStringLiteral("document"), arguments.first()},
                              {QStringLiteral("standard"), table->standard},
                              {QStringLiteral("controls"), table->rows.size()},
                              {QStringLiteral("applicable"), n.applicable},
                              {QStringLiteral("excluded"), n.excluded},
                              {QStringLiteral("undecided"), n.undecided},
                              {QStringLiteral("valid"), valid.ok()},
                              {QStringLiteral("problem"), valid.message()}});
    } else {
        out(translate("%1 (%2): %3 controls, %4 applicable, %5 excluded, %6 undecided.\n")
                .arg(arguments.first(), table->standard)
                .arg(table->rows.size())
                .arg(n.applicable)
                .arg(n.excluded)
                .arg(n.undecided));
        out(valid ? translate("Ready to submit.\n") : translate("Not ready to submit: %1\n").arg(valid.message()));
    }
    return valid ? 0 : 1;
}

int soaSet(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return usage(translate("soa set needs a document number and a control, e.g. soa set ISMS-SOA-001 A.5.7 --applicable yes --reason risk."));
    SoaRowChange change;
    if (app.isSet(QStringLiteral("applicable"))) {
        change.applicable = soaApplicableFromText(app.option(QStringLiteral("applicable")));
        if (!change.applicable)
            return usage(translate("--applicable takes yes or no."));
    }
    if (app.isSet(QStringLiteral("reason"))) {
        QList<SoaReason> reasons;
        for (const QString &text : app.parser().values(QStringLiteral("reason"))) {
            const auto reason = soaReasonFromText(text);
            if (!reason)
                return usage(translate("Unknown reason \"%1\"; use one of %2.").arg(text, soaReasonKeys().join(QStringLiteral(", "))));
            reasons << *reason;
        }
        change.reasons = reasons;
    }
    if (app.isSet(QStringLiteral("justification")))
        change.justification = app.option(QStringLiteral("justification"));
    if (app.isSet(QStringLiteral("status"))) {
        change.status = soaStatusFromText(app.option(QStringLiteral("status")));
        if (!change.status)
            return usage(translate("Unknown status \"%1\"; use one of %2.").arg(app.option(QStringLiteral("status")), soaStatusKeys().join(QStringLiteral(", "))));
    }
    if (app.isSet(QStringLiteral("control-owner")))
        change.owner = app.option(QStringLiteral("control-owner"));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto saved = app.session().soa().setControl(actor.value(), arguments.at(0), arguments.at(1), change, app.option(QStringLiteral("summary")));
    if (!saved)
        return fail(saved.error());
    out(translate("Saved %1 %2 (%3).\n").arg(arguments.at(0), saved->label, arguments.at(1)));
    return 0;
}

int soaRefresh(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(translate("soa refresh needs a document number."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto changed = app.session().soa().refreshDocuments(actor.value(), arguments.first(), app.option(QStringLiteral("summary")));
    if (!changed)
        return fail(changed.error());
    if (app.json())
        printJson(QJsonObject{{QStringLiteral("document"), arguments.first()}, {QStringLiteral("changed"), QJsonArray::fromStringList(changed.value())}});
    else if (changed->isEmpty())
        out(translate("The implementing documents of %1 are up to date; nothing was saved.\n").arg(arguments.first()));
    else
        out(translate("Updated the implementing documents of %1 control(s): %2\n").arg(changed->size()).arg(changed->join(QStringLiteral(", "))));
    return 0;
}

} // namespace

QList<Command> soaCommands()
{
    const QCommandLineOption summary = valueOption("summary", translate("The change summary (修订说明)."), translate("TEXT"));
    return {
        Command{{QStringLiteral("soa"), QStringLiteral("check")}, QStringLiteral("soa check N [--revision R] [--json]"),
                {valueOption("revision", translate("The revision label, e.g. A/1."), translate("R"))}, soaCheck},
        Command{{QStringLiteral("soa"), QStringLiteral("set")},
                QStringLiteral("soa set N CONTROL [--applicable yes|no] [--reason R]... [--justification T] [--status S] [--control-owner NAME] --summary TEXT"),
                {valueOption("applicable", translate("yes or no."), translate("YES|NO")),
                 valueOption("reason", translate("Why the control applies: risk, legal, business or best_practice; repeat for several."), translate("R")),
                 valueOption("justification", translate("Why the control is excluded."), translate("TEXT")),
                 valueOption("status", translate("implemented, partial, planned or not_implemented."), translate("S")),
                 valueOption("control-owner", translate("Who owns the control."), translate("NAME")), summary},
                soaSet},
        Command{{QStringLiteral("soa"), QStringLiteral("refresh")}, QStringLiteral("soa refresh N --summary TEXT [--json]"), {summary}, soaRefresh},
    };
}

} // namespace dc::cli
