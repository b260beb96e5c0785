// export pdf, export manual, copies list/recall/destroy, verify pdf.
#include "app/cli/cliapp.h"
#include "app/cli/output.h"

#include "core/services/exportservice.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dc::cli {

namespace {

QString copyNumberText(int n) { return QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0')); }

QJsonObject copyJson(const ControlledCopy &c)
{
    return QJsonObject{{QStringLiteral("document"), c.number},     {QStringLiteral("revision"), c.label},
                       {QStringLiteral("copy"), c.copyNumber},     {QStringLiteral("holder"), c.holder},
                       {QStringLiteral("status"), toKey(c.status)}, {QStringLiteral("issuedBy"), c.issuedBy},
                       {QStringLiteral("issuedAt"), c.issuedAt.toString(Qt::ISODate)},
                       {QStringLiteral("recalledAt"), c.recalledAt.isValid() ? QJsonValue(c.recalledAt.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("destroyedAt"), c.destroyedAt.isValid() ? QJsonValue(c.destroyedAt.toString(Qt::ISODate)) : QJsonValue()}};
}

int exportCommand(CliApp &app, const QStringList &arguments, bool manual)
{
    const QString command = manual ? QStringLiteral("export manual") : QStringLiteral("export pdf");
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "%1 needs exactly one document number.").arg(command));
    if (!app.isSet(QStringLiteral("output")))
        return usage(QCoreApplication::translate("dc::cli", "%1 needs -o FILE.pdf.").arg(command));
    const bool controlled = app.isSet(QStringLiteral("controlled"));
    if (controlled && app.isSet(QStringLiteral("uncontrolled")))
        return usage(QCoreApplication::translate("dc::cli", "Choose --controlled or --uncontrolled, not both."));
    if (controlled && app.option(QStringLiteral("holder")).trimmed().isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "A controlled copy needs --holder NAME (a person or a department)."));
    ExportRequest request;
    request.number = arguments.first();
    request.label = app.option(QStringLiteral("revision"));
    request.copy = controlled ? ExportRequest::Copy::Controlled : ExportRequest::Copy::Uncontrolled;
    request.holder = app.option(QStringLiteral("holder"));
    request.manual = manual;
    request.options.pageSize = app.isSet(QStringLiteral("letter")) ? QPageSize::Letter : QPageSize::A4;
    request.options.pdfA = app.isSet(QStringLiteral("pdfa"));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto exported = app.session().exports().exportPdf(actor.value(), request, app.option(QStringLiteral("output")));
    if (!exported)
        return fail(exported.error());
    if (app.json()) {
        QJsonObject o{{QStringLiteral("file"), QFileInfo(exported->path).absoluteFilePath()},
                      {QStringLiteral("document"), exported->identity.number},
                      {QStringLiteral("revision"), exported->identity.revisionLabel},
                      {QStringLiteral("stamp"), render::stampKindKey(exported->identity.stamp)},
                      {QStringLiteral("copy"), exported->identity.copyNumber},
                      {QStringLiteral("sha256"), exported->fileSha256}};
        printJson(o);
    } else if (exported->copy) {
        out(QCoreApplication::translate("dc::cli", "Wrote %1: controlled copy No. %2 of %3 %4 for %5.\n")
                .arg(exported->path, copyNumberText(exported->copy->copyNumber), exported->identity.number, exported->identity.revisionLabel, exported->copy->holder));
    } else {
        out(QCoreApplication::translate("dc::cli", "Wrote %1: %2 %3, stamped %4.\n")
                .arg(exported->path, exported->identity.number, exported->identity.revisionLabel, render::stampKindKey(exported->identity.stamp)));
    }
    return 0;
}

int copiesList(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() > 1)
        return usage(QCoreApplication::translate("dc::cli", "copies list takes at most one document number."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto copies = app.session().exports().copies(actor.value(), arguments.value(0));
    if (!copies)
        return fail(copies.error());
    if (app.json()) {
        QJsonArray array;
        for (const ControlledCopy &c : copies.value())
            array.append(copyJson(c));
        printJson(array);
        return 0;
    }
    QList<QStringList> rows;
    for (const ControlledCopy &c : copies.value()) {
        rows << QStringList{c.number, c.label, copyNumberText(c.copyNumber), c.holder, displayName(c.status), c.issuedAt.toString(Qt::ISODate), c.issuedBy};
    }
    printTable({QCoreApplication::translate("dc::cli", "NUMBER"), QCoreApplication::translate("dc::cli", "REVISION"), QCoreApplication::translate("dc::cli", "COPY"),
                QCoreApplication::translate("dc::cli", "HOLDER"), QCoreApplication::translate("dc::cli", "STATUS"), QCoreApplication::translate("dc::cli", "ISSUED (UTC)"),
                QCoreApplication::translate("dc::cli", "BY")},
               rows);
    return 0;
}

int copiesChange(CliApp &app, const QStringList &arguments, bool destroy)
{
    if (arguments.size() != 3)
        return usage(QCoreApplication::translate("dc::cli", "copies recall/destroy needs a document number, a revision and a copy number, e.g. copies recall ISMS-P-001 A/0 7."));
    bool ok = false;
    const int copyNumber = arguments.at(2).toInt(&ok);
    if (!ok || copyNumber < 1)
        return usage(QCoreApplication::translate("dc::cli", "\"%1\" is not a copy number.").arg(arguments.at(2)));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    ExportService &service = app.session().exports();
    auto changed = destroy ? service.destroy(actor.value(), arguments.at(0), arguments.at(1), copyNumber)
                           : service.recall(actor.value(), arguments.at(0), arguments.at(1), copyNumber);
    if (!changed)
        return fail(changed.error());
    if (app.json())
        printJson(copyJson(changed.value()));
    else
        out(QCoreApplication::translate("dc::cli", "Controlled copy No. %1 of %2 %3 (%4) is now %5.\n")
                .arg(copyNumberText(copyNumber), changed->number, changed->label, changed->holder, displayName(changed->status).toLower()));
    return 0;
}

int verifyPdf(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "verify pdf needs exactly one PDF file."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto check = app.session().exports().checkPdf(arguments.first());
    if (!check)
        return fail(check.error());
    const render::PdfIdentity &id = check->identity;
    if (app.json()) {
        QJsonObject o{{QStringLiteral("document"), id.number},
                      {QStringLiteral("title"), check->title},
                      {QStringLiteral("revision"), id.revisionLabel},
                      {QStringLiteral("copy"), id.copyNumber},
                      {QStringLiteral("stamp"), render::stampKindKey(id.stamp)},
                      {QStringLiteral("revisionStatus"), toKey(check->revisionStatus)},
                      {QStringLiteral("stillEffective"), check->stillEffective},
                      {QStringLiteral("effectiveRevision"), check->effectiveLabel},
                      {QStringLiteral("matchesRecord"), check->matchesRecord}};
        if (check->copy)
            o.insert(QStringLiteral("copyStatus"), toKey(check->copy->status));
        printJson(o);
    } else {
        out(QCoreApplication::translate("dc::cli", "%1 %2, revision %3").arg(id.number, check->title, id.revisionLabel));
        if (id.copyNumber > 0)
            out(QCoreApplication::translate("dc::cli", ", controlled copy No. %1").arg(copyNumberText(id.copyNumber))
                + (check->copy ? QStringLiteral(" (") + check->copy->holder + QStringLiteral(", ") + displayName(check->copy->status).toLower() + QLatin1Char(')') : QString()));
        out(QStringLiteral("\n"));
        out(check->stillEffective ? QCoreApplication::translate("dc::cli", "This revision is the effective one.\n")
                                  : QCoreApplication::translate("dc::cli", "This revision is %1, NOT effective (effective now: %2).\n")
                                        .arg(displayName(check->revisionStatus), check->effectiveLabel.isEmpty() ? QStringLiteral("—") : check->effectiveLabel));
        out(check->matchesRecord ? QCoreApplication::translate("dc::cli", "The file is exactly as this store exported it.\n")
                                 : QCoreApplication::translate("dc::cli", "The file does NOT match any export recorded in this store: it was changed or made elsewhere.\n"));
    }
    return check->matchesRecord && check->stillEffective ? 0 : 1;
}

} // namespace

QList<Command> exportCommands()
{
    const QList<QCommandLineOption> exportOptions{
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("dc::cli", "The PDF file to write."), QCoreApplication::translate("dc::cli", "FILE.pdf")),
        QCommandLineOption(QStringLiteral("revision"), QCoreApplication::translate("dc::cli", "The revision (default: the effective one, else the latest)."), QCoreApplication::translate("dc::cli", "R")),
        QCommandLineOption(QStringLiteral("controlled"), QCoreApplication::translate("dc::cli", "Issue a controlled copy (next copy number) to --holder.")),
        QCommandLineOption(QStringLiteral("uncontrolled"), QCoreApplication::translate("dc::cli", "An uncontrolled copy, valid on the day it is printed (the default).")),
        QCommandLineOption(QStringLiteral("holder"), QCoreApplication::translate("dc::cli", "Who holds the controlled copy."), QCoreApplication::translate("dc::cli", "NAME")),
        QCommandLineOption(QStringLiteral("letter"), QCoreApplication::translate("dc::cli", "US Letter pages instead of A4.")),
        QCommandLineOption(QStringLiteral("pdfa"), QCoreApplication::translate("dc::cli", "Write PDF/A-1b for archiving.")),
    };
    return {
        Command{{QStringLiteral("export"), QStringLiteral("pdf")},
                QStringLiteral("export pdf N [--revision R] [--controlled --holder H | --uncontrolled] [--letter] [--pdfa] -o FILE.pdf [--json]"), exportOptions,
                [](CliApp &app, const QStringList &arguments) { return exportCommand(app, arguments, false); }},
        Command{{QStringLiteral("export"), QStringLiteral("manual")},
                QStringLiteral("export manual N [--revision R] [--controlled --holder H] [--letter] [--pdfa] -o FILE.pdf [--json]"), exportOptions,
                [](CliApp &app, const QStringList &arguments) { return exportCommand(app, arguments, true); }},
        Command{{QStringLiteral("copies"), QStringLiteral("list")}, QStringLiteral("copies list [N] [--json]"), {}, copiesList},
        Command{{QStringLiteral("copies"), QStringLiteral("recall")}, QStringLiteral("copies recall N R COPY [--json]"), {},
                [](CliApp &app, const QStringList &arguments) { return copiesChange(app, arguments, false); }},
        Command{{QStringLiteral("copies"), QStringLiteral("destroy")}, QStringLiteral("copies destroy N R COPY [--json]"), {},
                [](CliApp &app, const QStringList &arguments) { return copiesChange(app, arguments, true); }},
        Command{{QStringLiteral("verify"), QStringLiteral("pdf")}, QStringLiteral("verify pdf FILE.pdf [--json]"), {}, verifyPdf},
    };
}

} // namespace dc::cli
