// doc new, doc edit, doc list, doc show, search, numbering.
#include "app/cli/cliapp.h"
#include "app/cli/documentjson.h"
#include "app/cli/options.h"
#include "app/cli/output.h"

#include "core/services/documentservice.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"
#include "core/workflow/permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dc::cli {

namespace {


int docNew(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "doc new takes options only; give the number with --number."));
    for (const char *required : {"title", "type", "owner"}) {
        if (!app.isSet(QString::fromLatin1(required)))
            return usage(QCoreApplication::translate("dc::cli", "doc new needs --%1.").arg(QString::fromLatin1(required)));
    }
    NewDocument d;
    d.number = app.option(QStringLiteral("number")).trimmed();
    d.title = app.option(QStringLiteral("title"));
    d.titleEn = app.option(QStringLiteral("title-en"));
    const auto type = enumOption(app, QStringLiteral("type"), documentTypeFromKey, documentTypeKeys());
    const auto classification = enumOption(app, QStringLiteral("classification"), classificationFromKey, classificationKeys());
    for (const Status &parsed : {Status::from(type), Status::from(classification)}) {
        if (!parsed)
            return usage(parsed.message());
    }
    d.type = *type.value();
    d.classification = classification.value().value_or(Classification::Internal);
    d.owner = app.option(QStringLiteral("owner"));
    d.department = app.option(QStringLiteral("department"));
    auto review = intOption(app, QStringLiteral("review-months"), 0);
    auto retention = intOption(app, QStringLiteral("retention-years"), 0);
    if (!review)
        return fail(review.error());
    if (!retention)
        return fail(retention.error());
    d.reviewIntervalMonths = review.value();
    d.retentionYears = retention.value();
    for (const QString &text : app.parser().values(QStringLiteral("clause"))) {
        auto clause = ClauseRef::parse(text);
        if (!clause)
            return fail(clause.error());
        d.clauses.append(clause.value());
    }
    if (app.isSet(QStringLiteral("content"))) {
        auto content = readTextFile(app.option(QStringLiteral("content")));
        if (!content)
            return fail(content.error());
        d.content = content.value();
    }
    d.changeSummary = app.option(QStringLiteral("summary"));
    d.soaStandard = app.option(QStringLiteral("standard")).trimmed();
    if (!d.soaStandard.isEmpty() && d.type != DocumentType::Soa)
        return usage(QCoreApplication::translate("dc::cli", "--standard is for a Statement of Applicability (--type soa) only."));
    d.fromTemplate = d.type == DocumentType::Soa; // the table follows the template's introduction

    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto created = app.session().documents().create(actor.value(), d);
    if (!created)
        return fail(created.error());
    if (app.json())
        printJson(documentJson(created.value()));
    else
        out(QCoreApplication::translate("dc::cli", "Registered %1 %2, revision %3 (draft).\n").arg(created->number, created->title, created->currentLabel));
    return 0;
}

int docEdit(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "doc edit needs exactly one document number."));
    if (!app.isSet(QStringLiteral("content")) || !app.isSet(QStringLiteral("summary")))
        return usage(QCoreApplication::translate("dc::cli", "doc edit needs --content FILE.md and --summary TEXT."));
    auto content = readTextFile(app.option(QStringLiteral("content")));
    if (!content)
        return fail(content.error());
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    const RevisionStep step = app.isSet(QStringLiteral("major")) ? RevisionStep::Major : RevisionStep::Minor;
    auto revision = app.session().documents().editDraft(actor.value(), arguments.first(), content.value(), app.option(QStringLiteral("summary")), step);
    if (!revision)
        return fail(revision.error());
    if (app.json())
        printJson(revisionJson(revision.value(), false));
    else
        out(QCoreApplication::translate("dc::cli", "Saved draft %1 of %2 (SHA-256 %3).\n").arg(revision->label, arguments.first(), revision->contentHash.left(16)));
    return 0;
}

int docList(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "doc list takes options only."));
    RegisterQuery query;
    auto filter = filterOptions(app);
    if (!filter)
        return usage(filter.message());
    query.filter = filter.value();
    if (app.isSet(QStringLiteral("sort"))) {
        const auto column = registerColumnFromKey(app.option(QStringLiteral("sort")));
        if (!column)
            return usage(QCoreApplication::translate("dc::cli", "Cannot sort by \"%1\"; use one of %2.").arg(app.option(QStringLiteral("sort")), registerColumnKeys().join(QStringLiteral(", "))));
        query.sortBy = *column;
    }
    query.order = app.isSet(QStringLiteral("desc")) ? Qt::DescendingOrder : Qt::AscendingOrder;
    auto limit = intOption(app, QStringLiteral("limit"), 100);
    auto offset = intOption(app, QStringLiteral("offset"), 0);
    if (!limit)
        return fail(limit.error());
    if (!offset)
        return fail(offset.error());
    if (limit.value() < 1 || offset.value() < 0)
        return usage(QCoreApplication::translate("dc::cli", "--limit must be at least 1 and --offset at least 0."));
    query.limit = limit.value();
    query.offset = offset.value();

    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto page = app.session().documents().list(actor.value(), query);
    if (!page)
        return fail(page.error());
    if (app.json()) {
        QJsonArray rows;
        for (const Document &d : page->rows)
            rows.append(documentJson(d));
        printJson(QJsonObject{{QStringLiteral("total"), page->total}, {QStringLiteral("offset"), query.offset}, {QStringLiteral("documents"), rows}});
        return 0;
    }
    if (page->rows.isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "No documents match.\n"));
        return 0;
    }
    QList<QStringList> rows;
    for (const Document &d : page->rows)
        rows << QStringList{d.number, d.currentLabel, displayName(d.currentStatus), displayName(d.type), d.owner, d.title};
    printTable({QCoreApplication::translate("dc::cli", "NUMBER"), QCoreApplication::translate("dc::cli", "REV"), QCoreApplication::translate("dc::cli", "STATUS"), QCoreApplication::translate("dc::cli", "TYPE"), QCoreApplication::translate("dc::cli", "OWNER"), QCoreApplication::translate("dc::cli", "TITLE")}, rows);
    if (page->total > query.offset + page->rows.size())
        out(QCoreApplication::translate("dc::cli", "(%1 of %2 documents; use --offset %3 for more)\n").arg(page->rows.size()).arg(page->total).arg(query.offset + page->rows.size()));
    return 0;
}

int docShow(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "doc show needs exactly one document number."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto details = app.session().documents().show(actor.value(), arguments.first(), app.option(QStringLiteral("revision")));
    if (!details)
        return fail(details.error());
    if (app.json()) {
        printJson(detailsJson(details.value()));
        return 0;
    }
    out(detailsText(details.value()));
    return 0;
}

int search(CliApp &app, const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "search needs something to look for."));
    auto limit = intOption(app, QStringLiteral("limit"), 20);
    if (!limit)
        return fail(limit.error());
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto results = app.session().documents().search(actor.value(), arguments.join(QLatin1Char(' ')), limit.value());
    if (!results)
        return fail(results.error());
    if (app.json()) {
        QJsonArray hits;
        for (const SearchHit &hit : results->hits)
            hits.append(hitJson(hit));
        printJson(QJsonObject{{QStringLiteral("total"), results->total}, {QStringLiteral("hits"), hits}});
        return 0;
    }
    for (const SearchHit &hit : results->hits)
        out(QStringLiteral("%1  %2  [%3 %4]\n    %5\n").arg(hit.number, hit.title, hit.label, displayName(hit.status), hit.snippet.marked(QStringLiteral("["), QStringLiteral("]"))));
    out(QCoreApplication::translate("dc::cli", "%n match(es)\n", nullptr, results->total));
    return 0;
}

int numberingList(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "numbering list takes no arguments."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    SettingsService &settings = app.session().settings();
    DocumentService &documents = app.session().documents();
    QJsonObject json;
    QList<QStringList> rows;
    for (const QString &key : documentTypeKeys()) {
        const DocumentType type = *documentTypeFromKey(key);
        auto next = documents.nextNumber(type);
        if (!next)
            return fail(next.error());
        json.insert(key, QJsonObject{{QStringLiteral("pattern"), settings.numberPattern(type).text()}, {QStringLiteral("next"), next.value()}});
        rows << QStringList{key, settings.numberPattern(type).text(), next.value()};
    }
    if (app.json())
        printJson(QJsonObject{{QStringLiteral("prefix"), settings.numberPrefix()}, {QStringLiteral("types"), json}});
    else
        printTable({QCoreApplication::translate("dc::cli", "TYPE"), QCoreApplication::translate("dc::cli", "PATTERN"), QCoreApplication::translate("dc::cli", "NEXT")}, rows);
    return 0;
}

int numberingSet(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return usage(QCoreApplication::translate("dc::cli", "numbering set needs a type and a pattern, e.g. numbering set procedure \"{prefix}-P-{seq:3}\"."));
    const auto type = documentTypeFromKey(arguments.first());
    if (!type)
        return usage(QCoreApplication::translate("dc::cli", "Unknown type \"%1\"; use one of %2.").arg(arguments.first(), documentTypeKeys().join(QStringLiteral(", "))));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status saved = app.session().settings().setNumberPattern(actor.value(), *type, arguments.at(1)); !saved)
        return fail(saved.error());
    out(QCoreApplication::translate("dc::cli", "Documents of type %1 are now numbered %2.\n").arg(arguments.first(), arguments.at(1)));
    return 0;
}

} // namespace

QList<Command> documentCommands()
{
    const QCommandLineOption type = valueOption("type", QCoreApplication::translate("dc::cli", "Document type: manual, policy, procedure, work_instruction, form, record, external, soa."), QCoreApplication::translate("dc::cli", "TYPE"));
    const QCommandLineOption classification = valueOption("classification", QCoreApplication::translate("dc::cli", "public, internal, confidential or secret."), QCoreApplication::translate("dc::cli", "LEVEL"));
    const QCommandLineOption owner = valueOption("owner", QCoreApplication::translate("dc::cli", "The owner's user name."), QCoreApplication::translate("dc::cli", "NAME"));
    const QCommandLineOption department = valueOption("department", QCoreApplication::translate("dc::cli", "The owning department."), QCoreApplication::translate("dc::cli", "DEPT"));
    const QCommandLineOption clause = valueOption("clause", QCoreApplication::translate("dc::cli", "A clause reference such as \"27001:2013 7.5\"."), QCoreApplication::translate("dc::cli", "CLAUSE"));
    const QCommandLineOption content = valueOption("content", QCoreApplication::translate("dc::cli", "A Markdown file with the content."), QCoreApplication::translate("dc::cli", "FILE.md"));
    const QCommandLineOption summary = valueOption("summary", QCoreApplication::translate("dc::cli", "The change summary (修订说明)."), QCoreApplication::translate("dc::cli", "TEXT"));
    const QCommandLineOption limit = valueOption("limit", QCoreApplication::translate("dc::cli", "At most this many rows."), QCoreApplication::translate("dc::cli", "N"));
    return {
        Command{{QStringLiteral("doc"), QStringLiteral("new")},
                QStringLiteral("doc new [--number N] --title T [--title-en T] --type TYPE --owner NAME [--department D] "
                               "[--classification C] [--review-months M] [--retention-years Y] [--clause C]... [--content FILE.md] [--summary S] [--standard STD]"),
                {valueOption("number", QCoreApplication::translate("dc::cli", "The document number; generated from the type's pattern when omitted."), QCoreApplication::translate("dc::cli", "N")),
                 valueOption("title", QCoreApplication::translate("dc::cli", "The title."), QCoreApplication::translate("dc::cli", "TITLE")), valueOption("title-en", QCoreApplication::translate("dc::cli", "The English title."), QCoreApplication::translate("dc::cli", "TITLE")),
                 type, owner, department, classification,
                 valueOption("review-months", QCoreApplication::translate("dc::cli", "Months between periodic reviews (default: 12 for manuals and policies, 24 for procedures, instructions and forms, 36 for records)."), QCoreApplication::translate("dc::cli", "M")),
                 valueOption("retention-years", QCoreApplication::translate("dc::cli", "Years a record is retained."), QCoreApplication::translate("dc::cli", "Y")), clause, content, summary,
                 valueOption("standard", QCoreApplication::translate("dc::cli", "For --type soa: the standard whose Annex A controls the table lists (default 27001:2022)."), QCoreApplication::translate("dc::cli", "STD"))},
                docNew},
        Command{{QStringLiteral("doc"), QStringLiteral("edit")}, QStringLiteral("doc edit N --content FILE.md --summary TEXT [--major]"),
                {content, summary,
                 QCommandLineOption(QStringLiteral("major"), QCoreApplication::translate("dc::cli", "When the document is effective, start a new edition (A/3 → B/0) rather than a revision (A/3 → A/4)."))},
                docEdit},
        Command{{QStringLiteral("doc"), QStringLiteral("list")},
                QStringLiteral("doc list [--type T] [--status S] [--owner O] [--department D] [--classification C] [--clause C] "
                               "[--sort COLUMN] [--desc] [--limit N] [--offset N] [--json]"),
                {type, valueOption("status", QCoreApplication::translate("dc::cli", "Status of the current revision."), QCoreApplication::translate("dc::cli", "STATUS")), owner, department, classification, clause,
                 valueOption("sort", QCoreApplication::translate("dc::cli", "number, title, type, status, owner, department, classification or updated."), QCoreApplication::translate("dc::cli", "COLUMN")),
                 QCommandLineOption(QStringLiteral("desc"), QCoreApplication::translate("dc::cli", "Sort descending.")), limit,
                 valueOption("offset", QCoreApplication::translate("dc::cli", "Skip this many rows."), QCoreApplication::translate("dc::cli", "N"))},
                docList},
        Command{{QStringLiteral("doc"), QStringLiteral("show")}, QStringLiteral("doc show N [--revision R] [--json]"),
                {valueOption("revision", QCoreApplication::translate("dc::cli", "The revision label, e.g. A/1."), QCoreApplication::translate("dc::cli", "R"))}, docShow},
        Command{{QStringLiteral("search")}, QStringLiteral("search QUERY... [--limit N] [--json]"), {limit}, search},
        Command{{QStringLiteral("numbering"), QStringLiteral("list")}, QStringLiteral("numbering list [--json]"), {}, numberingList},
        Command{{QStringLiteral("numbering"), QStringLiteral("set")}, QStringLiteral("numbering set TYPE PATTERN"), {}, numberingSet},
    };
}

} // namespace dc::cli
