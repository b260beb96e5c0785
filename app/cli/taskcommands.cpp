// tasks (what waits for the acting user, with due dates) and due-days list/set (how long each
// kind of task may wait, per document type).
#include "app/cli/cliapp.h"
#include "app/cli/options.h"
#include "app/cli/output.h"

#include "core/services/duedays.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"
#include "core/services/tasks.h"
#include "core/services/workflowservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dc::cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dc::cli", text); }

const QList<TaskKind> kDueKinds{TaskKind::Review, TaskKind::Approval, TaskKind::Release, TaskKind::Acknowledge};

QString kindKeyOf(TaskKind kind)
{
    switch (kind) {
    case TaskKind::PeriodicReview: return QStringLiteral("periodic-review");
    case TaskKind::ExternalCheck: return QStringLiteral("external-check");
    default: return DueDays::kindKey(kind);
    }
}

int tasks(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(tr("tasks takes options only."));
    const auto within = intOption(app, QStringLiteral("within"), 30);
    if (!within)
        return usage(within.message());
    if (within.value() < 0)
        return usage(tr("--within needs a number of days, not \"%1\".").arg(within.value()));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto found = app.session().tasks(actor.value(), app.session().workflow().today(), within.value());
    if (!found)
        return fail(found.error());
    QList<Task> shown;
    for (const Task &t : found.value()) {
        if (!app.isSet(QStringLiteral("overdue")) || t.overdue)
            shown << t;
    }
    if (app.json()) {
        QJsonArray array;
        for (const Task &t : std::as_const(shown)) {
            array.append(QJsonObject{{QStringLiteral("kind"), kindKeyOf(t.kind)},
                                     {QStringLiteral("number"), t.number},
                                     {QStringLiteral("title"), t.title},
                                     {QStringLiteral("revision"), t.label},
                                     {QStringLiteral("since"), t.since.isValid() ? QJsonValue(t.since.toUTC().toString(Qt::ISODate)) : QJsonValue()},
                                     {QStringLiteral("due"), t.due.isValid() ? QJsonValue(t.due.toString(Qt::ISODate)) : QJsonValue()},
                                     {QStringLiteral("overdue"), t.overdue},
                                     {QStringLiteral("from"), t.from}});
        }
        printJson(array);
        return 0;
    }
    if (shown.isEmpty()) {
        out(app.isSet(QStringLiteral("overdue")) ? tr("Nothing you have to do is overdue.\n") : tr("Nothing waits for you.\n"));
        return 0;
    }
    QList<QStringList> rows;
    for (const Task &t : std::as_const(shown)) {
        rows << QStringList{displayName(t.kind), t.number, t.label, t.due.toString(Qt::ISODate), t.overdue ? tr("OVERDUE") : QString(), t.from, t.title};
    }
    printTable({tr("TASK"), tr("NUMBER"), tr("REVISION"), tr("DUE"), QString(), tr("FROM"), tr("TITLE")}, rows);
    return 0;
}

int dueDaysList(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(tr("due-days list takes options only."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto set = app.session().settings().dueDays();
    if (!set)
        return fail(set.error());
    QJsonObject json;
    QList<QStringList> rows;
    for (TaskKind kind : kDueKinds) {
        const auto storeWide = set.value().own(kind, std::nullopt);
        QJsonObject types;
        QStringList own;
        for (const QString &typeKey : documentTypeKeys()) {
            const DocumentType type = documentTypeFromKey(typeKey).value();
            types.insert(typeKey, set.value().days(kind, type));
            if (const auto forType = set.value().own(kind, type))
                own << QStringLiteral("%1=%2").arg(typeKey).arg(*forType);
        }
        json.insert(DueDays::kindKey(kind), QJsonObject{{QStringLiteral("builtIn"), DueDays::builtIn(kind)},
                                                        {QStringLiteral("store"), storeWide ? QJsonValue(*storeWide) : QJsonValue()},
                                                        {QStringLiteral("types"), types}});
        rows << QStringList{DueDays::kindKey(kind), QString::number(storeWide.value_or(DueDays::builtIn(kind))),
                            storeWide ? tr("store") : tr("built-in"), own.join(QStringLiteral(", "))};
    }
    if (app.json()) {
        printJson(json);
        return 0;
    }
    printTable({tr("KIND"), tr("DAYS"), tr("FROM"), tr("PER TYPE")}, rows);
    return 0;
}

int dueDaysSet(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 2)
        return usage(tr("due-days set needs a kind (review, approval, release or acknowledge) and a number of days, e.g. due-days set review 5 --type policy."));
    const auto kind = DueDays::kindFromKey(arguments.at(0));
    if (!kind)
        return usage(tr("Unknown kind \"%1\"; use one of review, approval, release, acknowledge.").arg(arguments.at(0)));
    bool number = false;
    const int days = arguments.at(1).toInt(&number);
    if (!number)
        return usage(tr("The number of days must be a whole number, not \"%1\".").arg(arguments.at(1)));
    const auto type = enumOption<DocumentType>(app, QStringLiteral("type"), documentTypeFromKey, documentTypeKeys());
    if (!type)
        return usage(type.message());
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status saved = app.session().settings().setDueDays(actor.value(), *kind, type.value(), days); !saved)
        return fail(saved.error());
    out(type.value() ? tr("%1 tasks on documents of type %2 are now due after %3 days.\n").arg(displayName(*kind), displayName(*type.value())).arg(days)
                     : tr("%1 tasks are now due after %2 days, unless their document type says otherwise.\n").arg(displayName(*kind)).arg(days));
    return 0;
}

} // namespace

QList<Command> taskCommands()
{
    return {
        Command{{QStringLiteral("tasks")}, QStringLiteral("tasks [--overdue] [--within DAYS] [--json]"),
                {QCommandLineOption(QStringLiteral("overdue"), tr("Only the tasks that are overdue.")),
                 valueOption("within", tr("List periodic reviews and edition checks due within this many days (30 unless given)."), tr("DAYS"))},
                tasks},
        Command{{QStringLiteral("due-days"), QStringLiteral("list")}, QStringLiteral("due-days list [--json]"), {}, dueDaysList},
        Command{{QStringLiteral("due-days"), QStringLiteral("set")}, QStringLiteral("due-days set review|approval|release|acknowledge DAYS [--type TYPE]"),
                {valueOption("type", tr("Only for documents of this type (otherwise store-wide)."), tr("TYPE"))},
                dueDaysSet},
    };
}

} // namespace dc::cli
