// backup, restore, bundle export/verify, import.
#include "app/cli/cliapp.h"
#include "app/cli/documentjson.h"
#include "app/cli/output.h"

#include "core/services/backupservice.h"
#include "core/services/bundleservice.h"
#include "core/services/importservice.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dc::cli {

namespace {

int backup(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "backup needs exactly one file to write, e.g. backup store-2026-11-21.zip."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto manifest = app.session().backups().backup(actor.value(), arguments.first());
    if (!manifest)
        return fail(manifest.error());
    if (app.json()) {
        printJson(manifest->toJson());
        return 0;
    }
    out(QCoreApplication::translate("dc::cli", "Backed up %1 documents and %2 revisions to %3.\n").arg(manifest->documents).arg(manifest->revisions).arg(arguments.first()));
    out(QCoreApplication::translate("dc::cli", "Store SHA-256 %1; audit trail head: event #%2, %3\n").arg(manifest->storeSha256).arg(manifest->headSeq).arg(manifest->headHash));
    return 0;
}

int restore(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1 || !app.isSet(QStringLiteral("to")))
        return usage(QCoreApplication::translate("dc::cli", "restore needs a backup file and --to NEWSTORE (a store file that does not exist yet, or an empty PostgreSQL database)."));
    auto restored = BackupService::restore(arguments.first(), app.option(QStringLiteral("to")));
    if (!restored)
        return fail(restored.error());
    if (app.json()) {
        QJsonObject o = restored->manifest.toJson();
        o.insert(QStringLiteral("store"), app.option(QStringLiteral("to")));
        o.insert(QStringLiteral("verified"), restored->report.ok());
        printJson(o);
        return 0;
    }
    out(QCoreApplication::translate("dc::cli", "Restored the backup of %1 made %2 by %3 into %4.\n")
            .arg(restored->manifest.organisation, restored->manifest.createdAt.toString(Qt::ISODate), restored->manifest.createdBy, app.option(QStringLiteral("to"))));
    out(QCoreApplication::translate("dc::cli", "Verified: %1 events, %2 revisions, %3 signatures; audit trail head event #%4.\n")
            .arg(restored->report.events)
            .arg(restored->report.revisions)
            .arg(restored->report.signatures)
            .arg(restored->report.headSeq));
    return 0;
}

int bundleExport(CliApp &app, const QStringList &arguments)
{
    if (!app.isSet(QStringLiteral("output")))
        return usage(QCoreApplication::translate("dc::cli", "bundle export needs -o FILE.zip."));
    BundleRequest request;
    request.numbers = arguments;
    request.holder = app.option(QStringLiteral("holder"));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto written = app.session().bundles().exportBundle(actor.value(), app.password(), request, app.option(QStringLiteral("output")));
    if (!written)
        return fail(written.error());
    if (app.json())
        printJson(QJsonObject{{QStringLiteral("file"), app.option(QStringLiteral("output"))}, {QStringLiteral("documents"), written.value()}});
    else
        out(QCoreApplication::translate("dc::cli", "Wrote %1 with %2 stamped PDFs and a signed manifest.\n").arg(app.option(QStringLiteral("output"))).arg(written.value()));
    return 0;
}

int bundleVerify(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "bundle verify needs exactly one bundle file."));
    QStringList trusted = app.parser().values(QStringLiteral("expect-key"));
    if (app.isSet(QStringLiteral("trusted-keys"))) {
        auto listed = BundleService::readTrustedKeys(app.parser().value(QStringLiteral("trusted-keys")));
        if (!listed)
            return fail(listed.error());
        trusted += listed.value();
    }
    auto report = BundleService::verifyBundle(arguments.first(), trusted);
    if (!report)
        return fail(report.error());
    if (app.json()) {
        printJson(QJsonObject{{QStringLiteral("ok"), report->ok()},
                              {QStringLiteral("organisation"), report->organisation},
                              {QStringLiteral("createdBy"), report->createdBy},
                              {QStringLiteral("exporterKey"), report->exporterKeyFingerprint},
                              {QStringLiteral("exporterKeyPinned"), report->exporterKeyPinned},
                              {QStringLiteral("chainSeq"), report->chainSeq},
                              {QStringLiteral("chainHead"), report->chainHead},
                              {QStringLiteral("files"), report->files},
                              {QStringLiteral("signatures"), report->signatures},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    } else {
        out(QCoreApplication::translate("dc::cli", "Bundle of %1 by %2 (manifest key %3): %4 files, %5 signatures.\n")
                .arg(report->organisation, report->createdBy, report->exporterKeyFingerprint)
                .arg(report->files)
                .arg(report->signatures));
        if (report->ok() && report->exporterKeyPinned) {
            out(QCoreApplication::translate("dc::cli", "OK: every file and signature matches the manifest, signed by the trusted key %1.\n").arg(report->exporterKeyFingerprint));
        } else if (report->ok()) {
            out(QCoreApplication::translate("dc::cli", "The files and signatures match the manifest, but its key %1 is self-declared: anyone can re-sign a bundle with their own key. "
                                                       "Check the fingerprint with the exporter and pass --expect-key %1.\n").arg(report->exporterKeyFingerprint));
        }
    }
    if (report->ok())
        return 0;
    for (const QString &problem : report->problems)
        err(QStringLiteral("doccontrol: ") + problem + QLatin1Char('\n'));
    return 1;
}

int import(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "import needs exactly one file (.md, .html, .odt, .docx, or .pdf to attach)."));
    NewDocument document;
    document.number = app.option(QStringLiteral("number"));
    document.title = app.option(QStringLiteral("title"));
    document.owner = app.option(QStringLiteral("owner"));
    if (app.isSet(QStringLiteral("type"))) {
        const auto type = documentTypeFromKey(app.option(QStringLiteral("type")));
        if (!type)
            return usage(QCoreApplication::translate("dc::cli", "Unknown type \"%1\"; use one of %2.").arg(app.option(QStringLiteral("type")), documentTypeKeys().join(QStringLiteral(", "))));
        document.type = *type;
    } else if (!app.isSet(QStringLiteral("into"))) {
        return usage(QCoreApplication::translate("dc::cli", "import needs --type TYPE for a new document, or --into N for a new revision of one."));
    }
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto revision = app.session().imports().importFile(actor.value(), arguments.first(), app.option(QStringLiteral("into")), document,
                                                               app.option(QStringLiteral("summary")));
    if (!revision)
        return fail(revision.error());
    if (app.json())
        printJson(revisionJson(revision.value(), false));
    else
        out(QCoreApplication::translate("dc::cli", "Imported %1 as revision %2 (%3).\n").arg(arguments.first(), revision->label, displayName(revision->status)));
    return 0;
}

} // namespace

QList<Command> archiveCommands()
{
    return {
        Command{{QStringLiteral("backup")}, QStringLiteral("backup FILE.zip [--json]"), {}, backup},
        Command{{QStringLiteral("restore")}, QStringLiteral("restore FILE.zip --to NEWSTORE [--json]"),
                {QCommandLineOption(QStringLiteral("to"), QCoreApplication::translate("dc::cli", "The new store: a file to create, or an empty PostgreSQL database (postgresql://…)."), QCoreApplication::translate("dc::cli", "NEWSTORE"))},
                restore},
        Command{{QStringLiteral("bundle"), QStringLiteral("export")}, QStringLiteral("bundle export [N...] [--holder H] -o FILE.zip [--json]"),
                {QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")}, QCoreApplication::translate("dc::cli", "The bundle to write."), QCoreApplication::translate("dc::cli", "FILE.zip")),
                 QCommandLineOption(QStringLiteral("holder"), QCoreApplication::translate("dc::cli", "Controlled copies for this holder (default: uncontrolled copies)."), QCoreApplication::translate("dc::cli", "NAME"))},
                bundleExport},
        Command{{QStringLiteral("bundle"), QStringLiteral("verify")}, QStringLiteral("bundle verify FILE.zip [--expect-key FINGERPRINT]… [--trusted-keys FILE] [--json]"),
                {QCommandLineOption(QStringLiteral("expect-key"), QCoreApplication::translate("dc::cli", "The fingerprint of the exporter's key you trust (repeatable)."), QCoreApplication::translate("dc::cli", "FINGERPRINT")),
                 QCommandLineOption(QStringLiteral("trusted-keys"), QCoreApplication::translate("dc::cli", "A file of trusted key fingerprints, one per line."), QCoreApplication::translate("dc::cli", "FILE"))},
                bundleVerify},
        Command{{QStringLiteral("import")}, QStringLiteral("import FILE [--type TYPE --title T --number N --owner O | --into N] [--summary S] [--json]"),
                {QCommandLineOption(QStringLiteral("type"), QCoreApplication::translate("dc::cli", "The new document's type."), QCoreApplication::translate("dc::cli", "TYPE")),
                 QCommandLineOption(QStringLiteral("title"), QCoreApplication::translate("dc::cli", "The title (default: the file's own title)."), QCoreApplication::translate("dc::cli", "TITLE")),
                 QCommandLineOption(QStringLiteral("number"), QCoreApplication::translate("dc::cli", "The document number (default: the next of the type)."), QCoreApplication::translate("dc::cli", "N")),
                 QCommandLineOption(QStringLiteral("owner"), QCoreApplication::translate("dc::cli", "The owner (default: you)."), QCoreApplication::translate("dc::cli", "NAME")),
                 QCommandLineOption(QStringLiteral("into"), QCoreApplication::translate("dc::cli", "Make the file a new draft revision of this document (a PDF is attached to its draft)."), QCoreApplication::translate("dc::cli", "N")),
                 QCommandLineOption(QStringLiteral("summary"), QCoreApplication::translate("dc::cli", "The change summary."), QCoreApplication::translate("dc::cli", "TEXT"))},
                import},
    };
}

} // namespace dc::cli
