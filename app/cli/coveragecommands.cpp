// coverage: which effective documents answer each clause and control of a standard, and the gaps
// (CoverageService), as a table, JSON or a stamped PDF.
#include "app/cli/cliapp.h"
#include "app/cli/options.h"
#include "app/cli/output.h"

#include "core/services/coverage.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace dc::cli {

namespace {

QJsonObject documentJson(const CoverageDocument &d)
{
    QJsonObject o{{QStringLiteral("number"), d.number},
                  {QStringLiteral("title"), d.title},
                  {QStringLiteral("titleEn"), d.titleEn},
                  {QStringLiteral("revision"), d.revision},
                  {QStringLiteral("status"), toKey(d.status)},
                  {QStringLiteral("mappedTo"), d.mappedTo}};
    if (!d.clauses.isEmpty())
        o.insert(QStringLiteral("clauses"), QJsonArray::fromStringList(d.clauses));
    return o;
}

QJsonArray documentsJson(const QList<CoverageDocument> &documents)
{
    QJsonArray list;
    for (const CoverageDocument &d : documents)
        list.append(documentJson(d));
    return list;
}

QJsonObject reportJson(const CoverageReport &report, bool gapsOnly)
{
    QJsonArray entries;
    for (const CoverageEntry &e : report.shown(gapsOnly)) {
        entries.append(QJsonObject{{QStringLiteral("number"), e.clause.number},
                                   {QStringLiteral("parent"), e.clause.parent},
                                   {QStringLiteral("kind"), toKey(e.clause.kind)},
                                   {QStringLiteral("titleZh"), e.clause.titleZh},
                                   {QStringLiteral("titleEn"), e.clause.titleEn},
                                   {QStringLiteral("requiresDocumentedInformation"), e.clause.requiresDocumentedInformation},
                                   {QStringLiteral("gap"), e.isGap()},
                                   {QStringLiteral("documents"), documentsJson(e.documents)},
                                   {QStringLiteral("pending"), documentsJson(e.pending)}});
    }
    QJsonObject o{{QStringLiteral("standard"), report.standard},
                  {QStringLiteral("standardName"), report.standardName},
                  {QStringLiteral("nationalEquivalent"), report.nationalEquivalent},
                  {QStringLiteral("predecessor"), report.predecessor},
                  {QStringLiteral("gapsOnly"), gapsOnly},
                  {QStringLiteral("clauses"), report.clauseCount()},
                  {QStringLiteral("covered"), report.coveredCount()},
                  {QStringLiteral("gaps"), report.gapCount()},
                  {QStringLiteral("entries"), entries},
                  {QStringLiteral("withdrawnOnly"), documentsJson(report.withdrawnOnly)}};
    if (!report.successor.isEmpty()) {
        o.insert(QStringLiteral("withdrawn"), QJsonObject{{QStringLiteral("successor"), report.successor},
                                                          {QStringLiteral("certificatesLapsed"), report.certificatesLapsed.toString(Qt::ISODate)}});
    }
    return o;
}

void printReport(const CoverageReport &report, bool gapsOnly)
{
    out(report.standardName + QLatin1Char(' ') + report.titleZh + QLatin1Char('\n'));
    QList<QStringList> rows;
    for (const CoverageEntry &e : report.shown(gapsOnly)) {
        QString status;
        if (e.isGap())
            status = QCoreApplication::translate("dc::cli", "GAP");
        else if (e.isCoverable() && e.isCovered())
            status = QCoreApplication::translate("dc::cli", "covered");
        const QString required = e.clause.requiresDocumentedInformation ? QCoreApplication::translate("dc::cli", "required") : QString();
        const QStringList documents = CoverageService::documentsCell(e).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        rows.append({e.clause.number, e.clause.title(), required, documents.value(0, QStringLiteral("—")), status});
        for (qsizetype i = 1; i < documents.size(); ++i)
            rows.append({QString(), QString(), QString(), documents.at(i), QString()});
    }
    printTable({QCoreApplication::translate("dc::cli", "Clause"), QCoreApplication::translate("dc::cli", "Title"),
                QCoreApplication::translate("dc::cli", "Doc. info"), QCoreApplication::translate("dc::cli", "Documents"),
                QCoreApplication::translate("dc::cli", "Status")},
               rows);
    if (!report.withdrawnOnly.isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "\nMapped only to the withdrawn %1 (map them to %2):\n").arg(report.predecessor, report.standard));
        QList<QStringList> withdrawn;
        for (const CoverageDocument &d : report.withdrawnOnly)
            withdrawn.append({d.number, d.revision, d.title, d.clauses.join(QStringLiteral(", "))});
        printTable({QCoreApplication::translate("dc::cli", "Number"), QCoreApplication::translate("dc::cli", "Revision"),
                    QCoreApplication::translate("dc::cli", "Title"), QCoreApplication::translate("dc::cli", "Clauses")},
                   withdrawn);
    }
    out(QLatin1Char('\n') + CoverageService::summary(report) + QLatin1String(".\n"));
}

int coverage(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "coverage takes options only."));
    const QString standard = app.option(QStringLiteral("standard")).trimmed();
    if (standard.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "coverage needs --standard, one of %1.").arg(ClauseCatalog::ids().join(QStringLiteral(", "))));
    if (!ClauseCatalog::builtin(standard))
        return fail(CoverageService::unknownStandard(standard));
    const bool gapsOnly = app.isSet(QStringLiteral("gaps-only"));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    CoverageService &service = app.session().coverage();
    auto report = service.build(actor.value(), standard);
    if (!report)
        return fail(report.error());
    const QString pdf = app.option(QStringLiteral("pdf"));
    if (!pdf.isEmpty()) {
        render::PdfOptions options;
        options.pageSize = app.isSet(QStringLiteral("letter")) ? QPageSize::Letter : QPageSize::A4;
        if (const Status written = service.writePdf(actor.value(), standard, gapsOnly, pdf, options); !written)
            return fail(written.error());
    }
    if (app.json()) {
        QJsonObject o = reportJson(report.value(), gapsOnly);
        if (!pdf.isEmpty())
            o.insert(QStringLiteral("file"), QFileInfo(pdf).absoluteFilePath());
        printJson(o);
    } else if (!pdf.isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "Wrote the coverage report of %1 to %2.\n%3.\n").arg(report->standard, pdf, CoverageService::summary(report.value())));
    } else {
        printReport(report.value(), gapsOnly);
    }
    return 0;
}

} // namespace

QList<Command> coverageCommands()
{
    return {
        Command{{QStringLiteral("coverage")},
                QStringLiteral("coverage --standard 27001:2022 [--gaps-only] [--pdf FILE] [--letter] [--json]"),
                {valueOption("standard", QCoreApplication::translate("dc::cli", "The standard of bare clause numbers: 27001:2013, 27001:2022 or 20000-1:2018."),
                             QCoreApplication::translate("dc::cli", "STD")),
                 QCommandLineOption(QStringLiteral("gaps-only"), QCoreApplication::translate("dc::cli", "List only the clauses that require documented information and have no effective document.")),
                 valueOption("pdf", QCoreApplication::translate("dc::cli", "Also write the report as a stamped PDF to this file."), QCoreApplication::translate("dc::cli", "FILE")),
                 QCommandLineOption(QStringLiteral("letter"), QCoreApplication::translate("dc::cli", "US Letter pages instead of A4."))},
                coverage},
    };
}

} // namespace dc::cli
