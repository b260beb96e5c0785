// report master-list: the master list of documents (受控文件清单) as CSV or a stamped PDF.
#include "app/cli/cliapp.h"
#include "app/cli/options.h"
#include "app/cli/output.h"

#include "core/services/masterlist.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace dc::cli {

namespace {

int reportMasterList(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "report master-list takes options only."));
    const QString format = app.isSet(QStringLiteral("format")) ? app.option(QStringLiteral("format")) : QStringLiteral("pdf");
    if (format != QLatin1String("pdf") && format != QLatin1String("csv"))
        return usage(QCoreApplication::translate("dc::cli", "--format is pdf or csv, not \"%1\".").arg(format));
    const QString path = app.option(QStringLiteral("out"));
    if (path.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "report master-list needs --out FILE."));
    auto filter = filterOptions(app);
    if (!filter)
        return usage(filter.message());

    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    MasterListService &service = app.session().masterList();
    render::PdfOptions options;
    options.pageSize = app.isSet(QStringLiteral("letter")) ? QPageSize::Letter : QPageSize::A4;
    const Status written = format == QLatin1String("csv") ? service.writeCsv(actor.value(), filter.value(), path) : service.writePdf(actor.value(), filter.value(), path, options);
    if (!written)
        return fail(written.error());
    auto list = service.build(actor.value(), filter.value()); // for the count reported
    const int count = list ? int(list->entries.size()) : 0;
    if (app.json())
        printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()}, {QStringLiteral("format"), format}, {QStringLiteral("documents"), count}});
    else
        out(QCoreApplication::translate("dc::cli", "Wrote the master list of %n documents to %1.\n", nullptr, count).arg(path));
    return 0;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        Command{{QStringLiteral("report"), QStringLiteral("master-list")},
                QStringLiteral("report master-list [--format pdf|csv] --out FILE [--type T] [--status S] [--owner O] [--department D] "
                               "[--classification C] [--clause C] [--letter] [--json]"),
                {valueOption("format", QCoreApplication::translate("dc::cli", "pdf (stamped, landscape; the default) or csv (UTF-8, for Excel)."), QCoreApplication::translate("dc::cli", "FORMAT")),
                 valueOption("out", QCoreApplication::translate("dc::cli", "The file to write."), QCoreApplication::translate("dc::cli", "FILE")),
                 valueOption("type", QCoreApplication::translate("dc::cli", "Document type: manual, policy, procedure, work_instruction, form, record, external, soa."), QCoreApplication::translate("dc::cli", "TYPE")),
                 valueOption("status", QCoreApplication::translate("dc::cli", "Status of the current revision."), QCoreApplication::translate("dc::cli", "STATUS")),
                 valueOption("owner", QCoreApplication::translate("dc::cli", "The owner's user name."), QCoreApplication::translate("dc::cli", "NAME")),
                 valueOption("department", QCoreApplication::translate("dc::cli", "The owning department."), QCoreApplication::translate("dc::cli", "DEPT")),
                 valueOption("classification", QCoreApplication::translate("dc::cli", "public, internal, confidential or secret."), QCoreApplication::translate("dc::cli", "LEVEL")),
                 valueOption("clause", QCoreApplication::translate("dc::cli", "A clause reference such as \"27001:2013 7.5\"."), QCoreApplication::translate("dc::cli", "CLAUSE")),
                 QCommandLineOption(QStringLiteral("letter"), QCoreApplication::translate("dc::cli", "US Letter pages instead of A4."))},
                reportMasterList},
    };
}

} // namespace dc::cli
