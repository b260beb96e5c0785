// doc set (a document's details), template show/set/reset (the templates of new documents).
#include "app/cli/cliapp.h"
#include "app/cli/documentjson.h"
#include "app/cli/options.h"
#include "app/cli/output.h"

#include "core/services/documentservice.h"
#include "core/services/earlierhistory.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace dc::cli {

namespace {

// The change the options describe; fails on a malformed value.
Result<MetadataChange> changeFromOptions(CliApp &app)
{
    MetadataChange change;
    const auto text = [&](const char *name) -> std::optional<QString> {
        const QString key = QString::fromLatin1(name);
        return app.isSet(key) ? std::optional<QString>(app.option(key)) : std::nullopt;
    };
    change.title = text("title");
    change.titleEn = text("title-en");
    change.owner = text("owner");
    change.department = text("department");
    auto classification = enumOption(app, QStringLiteral("classification"), classificationFromKey, classificationKeys());
    if (!classification)
        return classification.error();
    change.classification = classification.value();
    for (const auto &[name, field] : {std::pair{"review-months", &change.reviewIntervalMonths}, std::pair{"retention-years", &change.retentionYears}}) {
        if (!app.isSet(QString::fromLatin1(name)))
            continue;
        auto value = intOption(app, QString::fromLatin1(name), 0);
        if (!value)
            return value.error();
        *field = value.value();
    }
    const QStringList clauses = app.parser().values(QStringLiteral("clause"));
    if (!clauses.isEmpty() && app.isSet(QStringLiteral("no-clauses")))
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::cli", "Give either --clause or --no-clauses, not both.")};
    if (app.isSet(QStringLiteral("no-clauses")))
        change.clauses = ClauseRefs();
    for (const QString &clauseText : clauses) {
        auto clause = ClauseRef::parse(clauseText);
        if (!clause)
            return clause.error();
        if (!change.clauses)
            change.clauses = ClauseRefs();
        change.clauses->append(clause.value());
    }
    return change;
}

int docSet(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "doc set needs exactly one document number."));
    if (!app.isSet(QStringLiteral("reason")))
        return usage(QCoreApplication::translate("dc::cli", "doc set needs --reason TEXT: every change of a document's details says why."));
    auto change = changeFromOptions(app);
    if (!change)
        return usage(change.message());
    if (change->isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "doc set needs at least one field to change, e.g. --title or --owner."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto changed = app.session().documents().setMetadata(actor.value(), arguments.first(), change.value(), app.option(QStringLiteral("reason")));
    if (!changed)
        return fail(changed.error());
    if (app.json())
        printJson(documentJson(changed.value()));
    else
        out(QCoreApplication::translate("dc::cli", "Changed the details of %1 %2.\n").arg(changed->number, changed->title));
    return 0;
}

// doc history-add N --label A/0 --date 2019-03-01 --summary TEXT --approved-by NAME
int docHistoryAdd(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "doc history-add needs exactly one document number."));
    for (const char *required : {"label", "date", "summary", "approved-by"}) {
        if (!app.isSet(QString::fromLatin1(required)))
            return usage(QCoreApplication::translate("dc::cli", "doc history-add needs --%1.").arg(QString::fromLatin1(required)));
    }
    const QDate day = QDate::fromString(app.option(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid())
        return usage(QCoreApplication::translate("dc::cli", "--date needs a day as YYYY-MM-DD, not \"%1\".").arg(app.option(QStringLiteral("date"))));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    EarlierRevision entry;
    entry.label = app.option(QStringLiteral("label"));
    entry.releasedOn = day;
    entry.summary = app.option(QStringLiteral("summary"));
    entry.approvedBy = app.option(QStringLiteral("approved-by"));
    auto recorded = app.session().documents().recordEarlierRevision(actor.value(), arguments.first(), entry);
    if (!recorded)
        return fail(recorded.error());
    if (app.json()) {
        printJson(QJsonObject{{QStringLiteral("number"), arguments.first()},
                              {QStringLiteral("label"), recorded->label},
                              {QStringLiteral("releasedOn"), recorded->releasedOn.toString(Qt::ISODate)},
                              {QStringLiteral("summary"), recorded->summary},
                              {QStringLiteral("approvedBy"), recorded->approvedBy},
                              {QStringLiteral("recordedBy"), recorded->recordedBy},
                              {QStringLiteral("signed"), false}});
    } else {
        out(QCoreApplication::translate("dc::cli", "Recorded earlier revision %1 of %2, released %3, approved by %4 (%5).\n")
                .arg(recorded->label, arguments.first(), recorded->releasedOn.toString(Qt::ISODate), recorded->approvedBy, EarlierHistory::note()));
    }
    return 0;
}

// The type named by the first argument; a usage error names the valid ones.
std::optional<DocumentType> typeArgument(const QStringList &arguments)
{
    return arguments.isEmpty() ? std::nullopt : documentTypeFromKey(arguments.first());
}

QString unknownType(const QStringList &arguments)
{
    return QCoreApplication::translate("dc::cli", "Unknown type \"%1\"; use one of %2.").arg(arguments.value(0), documentTypeKeys().join(QStringLiteral(", ")));
}

int templateShow(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "template show needs a document type."));
    const auto type = typeArgument(arguments);
    if (!type)
        return usage(unknownType(arguments));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    const SettingsService &settings = app.session().settings();
    const QString text = settings.documentTemplate(*type);
    if (app.json()) {
        printJson(QJsonObject{{QStringLiteral("type"), toKey(*type)},
                              {QStringLiteral("source"), settings.hasOwnTemplate(*type) ? QStringLiteral("store") : QStringLiteral("built-in")},
                              {QStringLiteral("text"), text}});
    } else {
        out(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
    }
    return 0;
}

int templateSet(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return usage(QCoreApplication::translate("dc::cli", "template set needs a document type and a Markdown file, e.g. template set procedure procedure.md."));
    const auto type = typeArgument(arguments);
    if (!type)
        return usage(unknownType(arguments));
    auto text = readTextFile(arguments.at(1));
    if (!text)
        return fail(text.error());
    if (text->isEmpty())
        return fail(Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::cli", "%1 is empty; use template reset to go back to the built-in template.").arg(arguments.at(1))});
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status saved = app.session().settings().setDocumentTemplate(actor.value(), *type, text.value()); !saved)
        return fail(saved.error());
    out(QCoreApplication::translate("dc::cli", "New documents of type %1 now start from %2.\n").arg(displayName(*type), arguments.at(1)));
    return 0;
}

int templateReset(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "template reset needs a document type."));
    const auto type = typeArgument(arguments);
    if (!type)
        return usage(unknownType(arguments));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status saved = app.session().settings().setDocumentTemplate(actor.value(), *type, QString()); !saved)
        return fail(saved.error());
    out(QCoreApplication::translate("dc::cli", "New documents of type %1 start from the built-in template again.\n").arg(displayName(*type)));
    return 0;
}

// The language of printed pages' fixed labels: zh (Chinese only) or bilingual.
int labelsShow(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "labels show takes no arguments."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    out(app.session().settings().labelLanguage() + QLatin1Char('\n'));
    return 0;
}

int labelsSet(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "labels set needs zh (Chinese only) or bilingual."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status saved = app.session().settings().setLabelLanguage(actor.value(), arguments.at(0)); !saved)
        return fail(saved.error());
    out(QCoreApplication::translate("dc::cli", "Printed pages now carry %1 labels.\n")
            .arg(arguments.at(0) == QLatin1String("zh") ? QCoreApplication::translate("dc::cli", "Chinese-only") : QCoreApplication::translate("dc::cli", "bilingual")));
    return 0;
}

} // namespace

QList<Command> metadataCommands()
{
    return {
        Command{{QStringLiteral("doc"), QStringLiteral("set")},
                QStringLiteral("doc set N [--title T] [--title-en T] [--owner NAME] [--department D] [--classification C] "
                               "[--review-months M] [--retention-years Y] [--clause C]... [--no-clauses] --reason R [--json]"),
                {valueOption("title", QCoreApplication::translate("dc::cli", "The new title."), QCoreApplication::translate("dc::cli", "TITLE")),
                 valueOption("title-en", QCoreApplication::translate("dc::cli", "The new English title (empty to remove it)."), QCoreApplication::translate("dc::cli", "TITLE")),
                 valueOption("owner", QCoreApplication::translate("dc::cli", "The new owner's user name."), QCoreApplication::translate("dc::cli", "NAME")),
                 valueOption("department", QCoreApplication::translate("dc::cli", "The new owning department."), QCoreApplication::translate("dc::cli", "DEPT")),
                 valueOption("classification", QCoreApplication::translate("dc::cli", "public, internal, confidential or secret."), QCoreApplication::translate("dc::cli", "LEVEL")),
                 valueOption("review-months", QCoreApplication::translate("dc::cli", "Months between periodic reviews (1 to 120)."), QCoreApplication::translate("dc::cli", "M")),
                 valueOption("retention-years", QCoreApplication::translate("dc::cli", "Years a record is retained (0: not a retained record)."), QCoreApplication::translate("dc::cli", "Y")),
                 valueOption("clause", QCoreApplication::translate("dc::cli", "A clause reference such as \"27001:2013 7.5\"; the ones given replace the document's list."), QCoreApplication::translate("dc::cli", "CLAUSE")),
                 QCommandLineOption(QStringLiteral("no-clauses"), QCoreApplication::translate("dc::cli", "Remove every clause reference.")),
                 valueOption("reason", QCoreApplication::translate("dc::cli", "Why the details change (required; recorded in the audit trail)."), QCoreApplication::translate("dc::cli", "TEXT"))},
                docSet},
        Command{{QStringLiteral("doc"), QStringLiteral("history-add")},
                QStringLiteral("doc history-add N --label A/0 --date YYYY-MM-DD --summary TEXT --approved-by NAME [--json]"),
                {valueOption("label", QCoreApplication::translate("dc::cli", "The earlier revision's label, e.g. A/0."), QCoreApplication::translate("dc::cli", "LABEL")),
                 valueOption("date", QCoreApplication::translate("dc::cli", "The day it was released, before the first revision kept here."), QCoreApplication::translate("dc::cli", "YYYY-MM-DD")),
                 valueOption("summary", QCoreApplication::translate("dc::cli", "Its change summary (修订说明)."), QCoreApplication::translate("dc::cli", "TEXT")),
                 valueOption("approved-by", QCoreApplication::translate("dc::cli", "Who approved it on paper, as a name."), QCoreApplication::translate("dc::cli", "NAME"))},
                docHistoryAdd},
        Command{{QStringLiteral("template"), QStringLiteral("show")}, QStringLiteral("template show TYPE [--json]"), {}, templateShow},
        Command{{QStringLiteral("template"), QStringLiteral("set")}, QStringLiteral("template set TYPE FILE.md"), {}, templateSet},
        Command{{QStringLiteral("template"), QStringLiteral("reset")}, QStringLiteral("template reset TYPE"), {}, templateReset},
        Command{{QStringLiteral("labels"), QStringLiteral("show")}, QStringLiteral("labels show"), {}, labelsShow},
        Command{{QStringLiteral("labels"), QStringLiteral("set")}, QStringLiteral("labels set zh|bilingual"), {}, labelsSet},
    };
}

} // namespace dc::cli
