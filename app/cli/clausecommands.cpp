// doc clauses: a document's clause mapping (which clauses and controls of a standard it answers),
// listed with the catalogue's titles, or changed with --add / --remove through DocumentService::mapClauses.
#include "app/cli/cliapp.h"
#include "app/cli/documentjson.h"
#include "app/cli/options.h"
#include "app/cli/output.h"

#include "core/model/clausecatalog.h"
#include "core/model/transitiontable.h"
#include "core/services/documentservice.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace dc::cli {

namespace {

// The standard a bare clause number belongs to: --standard, else the one standard the document's
// clauses already use.
Result<QString> defaultStandard(CliApp &app, const Document &document)
{
    if (app.isSet(QStringLiteral("standard"))) {
        const QString standard = app.option(QStringLiteral("standard")).trimmed();
        if (!ClauseCatalog::ids().contains(standard))
            return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::cli", "Unknown standard \"%1\"; use one of %2.")
                                                      .arg(standard, ClauseCatalog::ids().join(QStringLiteral(", ")))};
        return standard;
    }
    QSet<QString> used;
    for (const ClauseRef &ref : document.clauses)
        used.insert(ref.standard);
    if (used.size() == 1)
        return *used.begin();
    return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::cli", "Say which standard the clauses belong to with --standard, e.g. --standard 27001:2022.")};
}

// The references a comma-separated option names: "A.5.1,8.2.5" (of `standard`) or "27001:2013 7.5".
Result<ClauseRefs> refsOption(CliApp &app, const QString &name, const Document &document)
{
    ClauseRefs refs;
    for (const QString &value : app.parser().values(name)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString text = part.trimmed();
            if (text.isEmpty())
                continue;
            if (text.contains(QLatin1Char(' '))) {
                auto ref = ClauseRef::parse(text);
                if (!ref)
                    return ref.error();
                refs.append(ref.value());
                continue;
            }
            auto standard = defaultStandard(app, document);
            if (!standard)
                return standard.error();
            refs.append(ClauseRef{standard.value(), text});
        }
    }
    return refs;
}

QJsonArray clausesJson(const ClauseRefs &clauses)
{
    QJsonArray list;
    for (const ClauseRef &ref : clauses) {
        const ClauseCatalog *catalog = ClauseCatalog::builtin(ref.standard);
        const auto entry = catalog ? catalog->find(ref.clause) : std::nullopt;
        list.append(QJsonObject{{QStringLiteral("standard"), ref.standard},
                                {QStringLiteral("clause"), ref.clause},
                                {QStringLiteral("titleZh"), entry ? entry->titleZh : QString()},
                                {QStringLiteral("titleEn"), entry ? entry->titleEn : QString()}});
    }
    return list;
}

void printClauses(const QString &number, const ClauseRefs &clauses)
{
    if (clauses.isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "%1 is mapped to no clause.\n").arg(number));
        return;
    }
    QList<QStringList> rows;
    for (const ClauseRef &ref : clauses) {
        const ClauseCatalog *catalog = ClauseCatalog::builtin(ref.standard);
        const auto entry = catalog ? catalog->find(ref.clause) : std::nullopt;
        rows.append({ref.standard, ref.clause, entry ? entry->title() : QCoreApplication::translate("dc::cli", "(not in the catalogue)")});
    }
    printTable({QCoreApplication::translate("dc::cli", "Standard"), QCoreApplication::translate("dc::cli", "Clause"), QCoreApplication::translate("dc::cli", "Title")}, rows);
}

QJsonObject proposalJson(const TransitionProposal &p)
{
    QJsonArray steps;
    for (const auto &step : p.steps) {
        QJsonArray to;
        for (const ClauseRef &ref : step.second)
            to.append(ref.clause);
        steps.append(QJsonObject{{QStringLiteral("from"), step.first.clause}, {QStringLiteral("to"), to}});
    }
    QJsonArray add, remove;
    for (const ClauseRef &ref : p.add)
        add.append(ref.toString());
    for (const ClauseRef &ref : p.remove)
        remove.append(ref.toString());
    return QJsonObject{{QStringLiteral("from"), p.from}, {QStringLiteral("to"), p.to}, {QStringLiteral("steps"), steps},
                       {QStringLiteral("add"), add}, {QStringLiteral("remove"), remove}};
}

void printProposal(const QString &number, const TransitionProposal &p)
{
    if (p.steps.isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "%1 is mapped to no clause of %2; nothing to move.\n").arg(number, p.from));
        return;
    }
    QList<QStringList> rows;
    for (const auto &step : p.steps) {
        QStringList to;
        for (const ClauseRef &ref : step.second)
            to << ref.clause;
        rows.append({step.first.clause, to.isEmpty() ? QCoreApplication::translate("dc::cli", "(no successor; kept)") : to.join(QStringLiteral(", "))});
    }
    printTable({p.from, p.to}, rows);
}

// doc clauses N --transition 27001:2022: the proposal (--dry-run) or the move.
int transition(CliApp &app, const User &actor, const QString &number)
{
    const QString to = app.option(QStringLiteral("transition")).trimmed();
    DocumentService &documents = app.session().documents();
    auto proposal = documents.proposeTransition(actor, number, to);
    if (!proposal)
        return fail(proposal.error());
    if (app.isSet(QStringLiteral("dry-run"))) {
        if (app.json())
            printJson(QJsonObject{{QStringLiteral("number"), number}, {QStringLiteral("proposal"), proposalJson(proposal.value())}});
        else
            printProposal(number, proposal.value());
        return 0;
    }
    auto moved = documents.moveClauses(actor, number, to, app.option(QStringLiteral("reason")));
    if (!moved)
        return fail(moved.error());
    if (app.json()) {
        printJson(QJsonObject{{QStringLiteral("number"), number}, {QStringLiteral("proposal"), proposalJson(proposal.value())},
                              {QStringLiteral("clauses"), clausesJson(moved->clauses)}});
        return 0;
    }
    out(QCoreApplication::translate("dc::cli", "Moved the clause mapping of %1 from %2 to %3.\n").arg(number, proposal->from, to));
    printProposal(number, proposal.value());
    return 0;
}

int docClauses(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "doc clauses needs exactly one document number."));
    const bool moving = app.isSet(QStringLiteral("transition"));
    const bool changing = app.isSet(QStringLiteral("add")) || app.isSet(QStringLiteral("remove"));
    if (moving && changing)
        return usage(QCoreApplication::translate("dc::cli", "doc clauses takes --transition or --add/--remove, not both."));
    if (app.isSet(QStringLiteral("dry-run")) && !moving)
        return usage(QCoreApplication::translate("dc::cli", "--dry-run goes with --transition."));
    if (moving && !app.isSet(QStringLiteral("dry-run")) && !app.isSet(QStringLiteral("reason")))
        return usage(QCoreApplication::translate("dc::cli", "doc clauses needs --reason TEXT to change the mapping: every change of a document's details says why."));
    if (changing && !app.isSet(QStringLiteral("reason")))
        return usage(QCoreApplication::translate("dc::cli", "doc clauses needs --reason TEXT to change the mapping: every change of a document's details says why."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto shown = app.session().documents().show(actor.value(), arguments.first());
    if (!shown)
        return fail(shown.error());
    Document document = shown->document;
    if (moving)
        return transition(app, actor.value(), document.number);
    if (changing) {
        auto add = refsOption(app, QStringLiteral("add"), document);
        if (!add)
            return usage(add.message());
        auto remove = refsOption(app, QStringLiteral("remove"), document);
        if (!remove)
            return usage(remove.message());
        auto changed = app.session().documents().mapClauses(actor.value(), document.number, add.value(), remove.value(), app.option(QStringLiteral("reason")));
        if (!changed)
            return fail(changed.error());
        document = changed.value();
    }
    if (app.json()) {
        printJson(QJsonObject{{QStringLiteral("number"), document.number}, {QStringLiteral("clauses"), clausesJson(document.clauses)}});
        return 0;
    }
    if (changing)
        out(QCoreApplication::translate("dc::cli", "Changed the clause mapping of %1 %2.\n").arg(document.number, document.title));
    printClauses(document.number, document.clauses);
    return 0;
}

} // namespace

QList<Command> clauseCommands()
{
    return {
        Command{{QStringLiteral("doc"), QStringLiteral("clauses")},
                QStringLiteral("doc clauses N [--standard 27001:2022] [--add A.5.1,8.2.5] [--remove 7.5] [--transition 27001:2022 [--dry-run]] [--reason R] [--json]"),
                {valueOption("standard", QCoreApplication::translate("dc::cli", "The standard of bare clause numbers: 27001:2013, 27001:2022 or 20000-1:2018."),
                             QCoreApplication::translate("dc::cli", "STD")),
                 valueOption("add", QCoreApplication::translate("dc::cli", "Clauses to map, separated by commas (A.5.1,8.2.5 or \"27001:2013 7.5\")."),
                             QCoreApplication::translate("dc::cli", "CLAUSES")),
                 valueOption("remove", QCoreApplication::translate("dc::cli", "Clauses to unmap, separated by commas."), QCoreApplication::translate("dc::cli", "CLAUSES")),
                 valueOption("reason", QCoreApplication::translate("dc::cli", "Why the details change (required; recorded in the audit trail)."), QCoreApplication::translate("dc::cli", "TEXT")),
                 valueOption("transition", QCoreApplication::translate("dc::cli", "Move the mapping from the withdrawn edition onto this one (27001:2022): each old clause is replaced by its successors."),
                             QCoreApplication::translate("dc::cli", "STD")),
                 QCommandLineOption(QStringLiteral("dry-run"), QCoreApplication::translate("dc::cli", "With --transition: print the proposal and change nothing."))},
                docClauses},
    };
}

} // namespace dc::cli
