// doc submit, doc sign, doc reject, doc release, doc withdraw, doc review, doc history,
// doc diff, review due, route set/list.
#include "app/cli/cliapp.h"
#include "app/cli/documentjson.h"
#include "app/cli/options.h"
#include "app/cli/output.h"
#include "app/cli/workflowjson.h"

#include "core/diff/diffformat.h"
#include "core/services/soaservice.h"
#include "core/services/documentservice.h"
#include "core/services/workflowservice.h"
#include "core/services/session.h"
#include "core/services/settingsservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace dc::cli {

namespace {

QStringList listOption(CliApp &app, const QString &name)
{
    QStringList items;
    for (const QString &item : app.option(name).split(QLatin1Char(','), Qt::SkipEmptyParts))
        items << item.trimmed();
    return items;
}

// Signs in and runs `action` with a WorkflowService; one document number expected.
template <typename Action>
int withWorkflow(CliApp &app, const QStringList &arguments, const QString &command, Action action)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "%1 needs exactly one document number.").arg(command));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    WorkflowService &workflow = app.session().workflow();
    return action(workflow, actor.value(), arguments.first());
}

int revisionDone(CliApp &app, const Result<Revision> &revision, const QString &message)
{
    if (!revision)
        return fail(revision.error());
    if (app.json())
        printJson(revisionJson(revision.value(), false));
    else
        out(message.arg(revision->label, displayName(revision->status)) + QLatin1Char('\n'));
    return 0;
}

int signatureDone(CliApp &app, const Result<Signature> &signature)
{
    if (!signature)
        return fail(signature.error());
    if (app.json()) {
        printJson(signatureJson(signature.value()));
    } else {
        out(QCoreApplication::translate("dc::cli", "Signed %1 revision %2 as %3 (signature #%4, content SHA-256 %5).\n")
                .arg(signature->documentNumber, signature->revisionLabel, displayName(signature->meaning))
                .arg(signature->id)
                .arg(signature->contentHash.left(16)));
    }
    return 0;
}

// The documents that cite the one released or withdrawn: their review is due.
void printCiting(const QList<LinkedDocument> &citing)
{
    if (citing.isEmpty())
        return;
    out(QCoreApplication::translate("dc::cli", "Cited by %n document(s); review whether they must change (doc edit, doc review):\n", nullptr, int(citing.size())));
    for (const LinkedDocument &d : citing)
        out(QStringLiteral("  ") + d.number + QStringLiteral("  ") + d.title + QLatin1Char('\n'));
}

QJsonArray citingJson(const QList<LinkedDocument> &citing)
{
    QJsonArray array;
    for (const LinkedDocument &d : citing)
        array.append(QJsonObject{{QStringLiteral("number"), d.number}, {QStringLiteral("title"), d.title}});
    return array;
}

int docSubmit(CliApp &app, const QStringList &arguments)
{
    Route route;
    route.reviewers = listOption(app, QStringLiteral("reviewers"));
    route.approver = app.option(QStringLiteral("approver"));
    route.sequential = app.isSet(QStringLiteral("sequential"));
    return withWorkflow(app, arguments, QStringLiteral("doc submit"), [&](WorkflowService &workflow, const User &actor, const QString &number) {
        return revisionDone(app, workflow.submit(actor, number, route),
                            QCoreApplication::translate("dc::cli", "Submitted revision %1 for review; it is now %2."));
    });
}

int docSign(CliApp &app, const QStringList &arguments)
{
    const QString as = app.option(QStringLiteral("as"));
    SignatureMeaning meaning;
    if (as == QLatin1String("reviewer"))
        meaning = SignatureMeaning::Reviewed;
    else if (as == QLatin1String("approver"))
        meaning = SignatureMeaning::Approved;
    else
        return usage(QCoreApplication::translate("dc::cli", "doc sign needs --as reviewer or --as approver."));
    return withWorkflow(app, arguments, QStringLiteral("doc sign"), [&](WorkflowService &workflow, const User &actor, const QString &number) {
        return signatureDone(app, workflow.sign(actor, app.password(), number, meaning, app.option(QStringLiteral("comment"))));
    });
}

int docReject(CliApp &app, const QStringList &arguments)
{
    if (app.option(QStringLiteral("comment")).trimmed().isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "doc reject needs --comment TEXT saying what must change."));
    return withWorkflow(app, arguments, QStringLiteral("doc reject"), [&](WorkflowService &workflow, const User &actor, const QString &number) {
        return revisionDone(app, workflow.reject(actor, number, app.option(QStringLiteral("comment"))),
                            QCoreApplication::translate("dc::cli", "Rejected revision %1; it is %2 again."));
    });
}

int docRelease(CliApp &app, const QStringList &arguments)
{
    QDate effective;
    if (app.isSet(QStringLiteral("effective"))) {
        effective = QDate::fromString(app.option(QStringLiteral("effective")), Qt::ISODate);
        if (!effective.isValid())
            return usage(QCoreApplication::translate("dc::cli", "--effective needs a date as YYYY-MM-DD, not \"%1\".").arg(app.option(QStringLiteral("effective"))));
    }
    return withWorkflow(app, arguments, QStringLiteral("doc release"), [&](WorkflowService &workflow, const User &actor, const QString &number) {
        auto released = workflow.release(actor, app.password(), number, effective);
        if (!released)
            return fail(released.error());
        if (app.json()) {
            QJsonObject o{{QStringLiteral("released"), revisionJson(released->released, false)}, {QStringLiteral("scheduled"), released->scheduled}};
            if (released->superseded)
                o.insert(QStringLiteral("superseded"), revisionJson(*released->superseded, false));
            QJsonArray recall;
            for (const ControlledCopy &copy : released->toRecall)
                recall.append(QJsonObject{{QStringLiteral("revision"), copy.label}, {QStringLiteral("copy"), copy.copyNumber}, {QStringLiteral("holder"), copy.holder}});
            o.insert(QStringLiteral("toRecall"), recall);
            o.insert(QStringLiteral("citedBy"), citingJson(released->citedBy));
            o.insert(QStringLiteral("toAcknowledge"), QJsonArray::fromStringList(released->toAcknowledge));
            printJson(o);
            return 0;
        }
        const QString date = released->released.effectiveDate.toString(Qt::ISODate);
        if (released->scheduled)
            out(QCoreApplication::translate("dc::cli", "Released %1 revision %2; it becomes effective on %3.\n").arg(number, released->released.label, date));
        else
            out(QCoreApplication::translate("dc::cli", "Released %1 revision %2, effective %3.\n").arg(number, released->released.label, date));
        if (released->superseded)
            out(QCoreApplication::translate("dc::cli", "Revision %1 is superseded.\n").arg(released->superseded->label));
        for (const ControlledCopy &copy : released->toRecall) {
            out(QCoreApplication::translate("dc::cli", "Recall controlled copy No. %1 of %2 from %3.\n")
                    .arg(copy.copyNumber, 3, 10, QLatin1Char('0'))
                    .arg(copy.label, copy.holder));
        }
        printCiting(released->citedBy);
        if (!released->toAcknowledge.isEmpty()) {
            out(QCoreApplication::translate("dc::cli", "Asked %n people to read and acknowledge it: %1.\n", nullptr, int(released->toAcknowledge.size()))
                    .arg(released->toAcknowledge.join(QStringLiteral(", "))));
        }
        return 0;
    });
}

int docWithdraw(CliApp &app, const QStringList &arguments)
{
    if (app.option(QStringLiteral("reason")).trimmed().isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "doc withdraw needs --reason TEXT."));
    return withWorkflow(app, arguments, QStringLiteral("doc withdraw"), [&](WorkflowService &workflow, const User &actor, const QString &number) {
        auto withdrawn = workflow.withdraw(actor, app.password(), number, app.option(QStringLiteral("reason")), app.isSet(QStringLiteral("despite-citations")));
        if (!withdrawn)
            return fail(withdrawn.error());
        if (app.json()) {
            QJsonObject o = documentJson(withdrawn->document);
            o.insert(QStringLiteral("signature"), QJsonObject{{QStringLiteral("id"), withdrawn->signature.id},
                                                              {QStringLiteral("revision"), withdrawn->signature.revisionLabel},
                                                              {QStringLiteral("meaning"), toKey(withdrawn->signature.meaning)},
                                                              {QStringLiteral("contentSha256"), withdrawn->signature.contentHash}});
            QJsonArray recall;
            for (const ControlledCopy &copy : withdrawn->toRecall)
                recall.append(QJsonObject{{QStringLiteral("revision"), copy.label}, {QStringLiteral("copy"), copy.copyNumber}, {QStringLiteral("holder"), copy.holder}});
            o.insert(QStringLiteral("toRecall"), recall);
            o.insert(QStringLiteral("citedBy"), citingJson(withdrawn->citedBy));
            printJson(o);
            return 0;
        }
        out(QCoreApplication::translate("dc::cli", "Withdrew %1; it is obsolete. Signed as withdrawn over revision %2.\n").arg(number, withdrawn->signature.revisionLabel));
        for (const ControlledCopy &copy : withdrawn->toRecall) {
            out(QCoreApplication::translate("dc::cli", "Recall controlled copy No. %1 of %2 from %3.\n")
                    .arg(copy.copyNumber, 3, 10, QLatin1Char('0'))
                    .arg(copy.label, copy.holder));
        }
        printCiting(withdrawn->citedBy);
        return 0;
    });
}

int docReview(CliApp &app, const QStringList &arguments)
{
    return withWorkflow(app, arguments, QStringLiteral("doc review"), [&](WorkflowService &workflow, const User &actor, const QString &number) {
        return signatureDone(app, workflow.periodicReview(actor, app.password(), number, app.option(QStringLiteral("comment"))));
    });
}

int docHistory(CliApp &app, const QStringList &arguments)
{
    return withWorkflow(app, arguments, QStringLiteral("doc history"), [&](WorkflowService &workflow, const User &actor, const QString &number) {
        auto history = workflow.history(actor, number);
        if (!history)
            return fail(history.error());
        if (app.json())
            printJson(historyJson(history.value()));
        else
            printHistory(history.value());
        return 0;
    });
}

int docDiff(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 3)
        return usage(QCoreApplication::translate("dc::cli", "doc diff needs a document number and two revision labels, e.g. doc diff ISMS-P-001 A/0 A/1."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    DocumentService &documents = app.session().documents();
    auto before = documents.show(actor.value(), arguments.at(0), arguments.at(1));
    if (!before)
        return fail(before.error());
    auto after = documents.show(actor.value(), arguments.at(0), arguments.at(2));
    if (!after)
        return fail(after.error());
    const TextDiff diff = diffTexts(before->revision.content, after->revision.content);
    // A Statement of Applicability also names the controls that changed.
    const QStringList controls = after->document.type == DocumentType::Soa
                                     ? SoaService::changes(before->revision.content, after->revision.content) : QStringList();
    if (app.json()) {
        printJson(QJsonObject{{QStringLiteral("document"), arguments.at(0)},
                              {QStringLiteral("from"), arguments.at(1)},
                              {QStringLiteral("to"), arguments.at(2)},
                              {QStringLiteral("identical"), diff.identical},
                              {QStringLiteral("summary"), diffSummary(diff)},
                              {QStringLiteral("approximate"), diff.approximate()},
                              {QStringLiteral("notice"), diffNotice(diff)},
                              {QStringLiteral("text"), formatDiffText(diff)},
                              {QStringLiteral("controls"), QJsonArray::fromStringList(controls)}});
        return 0;
    }
    DiffTextOptions options;
    options.oldLabel = arguments.at(0) + QLatin1Char(' ') + arguments.at(1);
    options.newLabel = arguments.at(0) + QLatin1Char(' ') + arguments.at(2);
    options.colour = isatty(fileno(stdout)) != 0;
    if (!diff.identical)
        out(formatDiffText(diff, options));
    if (!controls.isEmpty())
        out(QCoreApplication::translate("dc::cli", "Controls changed:\n") + controls.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    out(diffSummary(diff) + QLatin1Char('\n'));
    if (diff.approximate())
        out(diffNotice(diff) + QLatin1Char('\n'));
    return 0;
}

int reviewDue(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "review due takes options only."));
    int within = 0;
    if (app.isSet(QStringLiteral("within"))) {
        bool ok = false;
        within = app.option(QStringLiteral("within")).toInt(&ok);
        if (!ok || within < 0)
            return usage(QCoreApplication::translate("dc::cli", "--within needs a number of days, not \"%1\".").arg(app.option(QStringLiteral("within"))));
    }
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    WorkflowService &workflow = app.session().workflow();
    auto due = workflow.dueReviews(actor.value(), workflow.today().addDays(within));
    if (!due)
        return fail(due.error());
    if (app.json()) {
        QJsonArray array;
        for (const DueReview &d : due.value()) {
            array.append(QJsonObject{{QStringLiteral("number"), d.document.number},
                                     {QStringLiteral("title"), d.document.title},
                                     {QStringLiteral("revision"), d.revision.label},
                                     {QStringLiteral("owner"), d.document.owner},
                                     {QStringLiteral("nextReview"), d.due.toString(Qt::ISODate)},
                                     {QStringLiteral("kind"), d.externalCheck ? QStringLiteral("external-check") : QStringLiteral("periodic-review")},
                                     {QStringLiteral("overdue"), d.overdue}});
        }
        printJson(array);
        return 0;
    }
    if (due->isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "No document is due for review.\n"));
        return 0;
    }
    QList<QStringList> rows;
    for (const DueReview &d : due.value()) {
        rows << QStringList{d.document.number, d.externalCheck ? QCoreApplication::translate("dc::cli", "edition check") : d.revision.label,
                            d.due.toString(Qt::ISODate), d.overdue ? QCoreApplication::translate("dc::cli", "OVERDUE") : QString(), d.document.owner,
                            d.document.title};
    }
    printTable({QCoreApplication::translate("dc::cli", "NUMBER"), QCoreApplication::translate("dc::cli", "REVISION"),
                QCoreApplication::translate("dc::cli", "DUE"), QString(), QCoreApplication::translate("dc::cli", "OWNER"),
                QCoreApplication::translate("dc::cli", "TITLE")},
               rows);
    return 0;
}

int routeSet(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "route set needs a document type, e.g. route set procedure --reviewers a,b --approver c."));
    const auto type = documentTypeFromKey(arguments.first());
    if (!type)
        return usage(QCoreApplication::translate("dc::cli", "Unknown type \"%1\"; use one of %2.").arg(arguments.first(), documentTypeKeys().join(QStringLiteral(", "))));
    Route route;
    route.reviewers = listOption(app, QStringLiteral("reviewers"));
    route.approver = app.option(QStringLiteral("approver"));
    route.sequential = app.isSet(QStringLiteral("sequential"));
    if (route.reviewers.isEmpty() || route.approver.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "route set needs --reviewers A[,B] and --approver C."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    if (const Status saved = app.session().workflow().setDefaultRoute(actor.value(), *type, route); !saved)
        return fail(saved.error());
    out(QCoreApplication::translate("dc::cli", "Documents of type %1 now go to %2 for review and %3 for approval.\n")
            .arg(arguments.first(), route.reviewers.join(route.sequential ? QStringLiteral(" → ") : QStringLiteral(", ")), route.approver));
    return 0;
}

int routeList(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "route list takes no arguments."));
    auto session = app.openStore();
    if (!session)
        return fail(session.error());
    const SettingsService &settings = session.value()->settings();
    QJsonArray array;
    QList<QStringList> rows;
    for (const QString &key : documentTypeKeys()) {
        const Route route = settings.defaultRoute(*documentTypeFromKey(key));
        array.append(QJsonObject{{QStringLiteral("type"), key},
                                 {QStringLiteral("reviewers"), QJsonArray::fromStringList(route.reviewers)},
                                 {QStringLiteral("approver"), route.approver},
                                 {QStringLiteral("sequential"), route.sequential}});
        rows << QStringList{key, route.reviewers.join(route.sequential ? QStringLiteral(" → ") : QStringLiteral(", ")), route.approver};
    }
    if (app.json())
        printJson(array);
    else
        printTable({QCoreApplication::translate("dc::cli", "TYPE"), QCoreApplication::translate("dc::cli", "REVIEWERS"), QCoreApplication::translate("dc::cli", "APPROVER")}, rows);
    return 0;
}

} // namespace

QList<Command> workflowCommands()
{
    const QCommandLineOption comment = valueOption("comment", QCoreApplication::translate("dc::cli", "A comment recorded with the action."), QCoreApplication::translate("dc::cli", "TEXT"));
    const QCommandLineOption reviewers = valueOption("reviewers", QCoreApplication::translate("dc::cli", "Reviewers' user names, comma-separated."), QCoreApplication::translate("dc::cli", "A[,B]"));
    const QCommandLineOption approver = valueOption("approver", QCoreApplication::translate("dc::cli", "The approver's user name."), QCoreApplication::translate("dc::cli", "NAME"));
    const QCommandLineOption sequential(QStringLiteral("sequential"), QCoreApplication::translate("dc::cli", "Reviewers sign one after another, in the order given."));
    return {
        Command{{QStringLiteral("doc"), QStringLiteral("submit")}, QStringLiteral("doc submit N [--reviewers A[,B]] [--approver C] [--sequential] [--json]"),
                {reviewers, approver, sequential}, docSubmit},
        Command{{QStringLiteral("doc"), QStringLiteral("sign")}, QStringLiteral("doc sign N --as reviewer|approver [--comment TEXT] [--json]"),
                {valueOption("as", QCoreApplication::translate("dc::cli", "reviewer or approver."), QCoreApplication::translate("dc::cli", "ROLE")), comment}, docSign},
        Command{{QStringLiteral("doc"), QStringLiteral("reject")}, QStringLiteral("doc reject N --comment TEXT [--json]"), {comment}, docReject},
        Command{{QStringLiteral("doc"), QStringLiteral("release")}, QStringLiteral("doc release N [--effective YYYY-MM-DD] [--json]"),
                {valueOption("effective", QCoreApplication::translate("dc::cli", "The day the revision becomes effective (today by default)."), QCoreApplication::translate("dc::cli", "DATE"))},
                docRelease},
        Command{{QStringLiteral("doc"), QStringLiteral("withdraw")}, QStringLiteral("doc withdraw N --reason TEXT [--despite-citations] [--json]"),
                {valueOption("reason", QCoreApplication::translate("dc::cli", "Why the document is withdrawn."), QCoreApplication::translate("dc::cli", "TEXT")),
                 QCommandLineOption(QStringLiteral("despite-citations"),
                                    QCoreApplication::translate("dc::cli", "Withdraw it although documents in use cite it (they are listed; review them)."))},
                docWithdraw},
        Command{{QStringLiteral("doc"), QStringLiteral("review")}, QStringLiteral("doc review N [--comment TEXT] [--json]"), {comment}, docReview},
        Command{{QStringLiteral("doc"), QStringLiteral("history")}, QStringLiteral("doc history N [--json]"), {}, docHistory},
        Command{{QStringLiteral("doc"), QStringLiteral("diff")}, QStringLiteral("doc diff N R1 R2 [--json]"), {}, docDiff},
        Command{{QStringLiteral("review"), QStringLiteral("due")}, QStringLiteral("review due [--within DAYS] [--json]"),
                {valueOption("within", QCoreApplication::translate("dc::cli", "Also list reviews and external documents' checks due within this many days."), QCoreApplication::translate("dc::cli", "DAYS"))}, reviewDue},
        Command{{QStringLiteral("route"), QStringLiteral("set")}, QStringLiteral("route set TYPE --reviewers A[,B] --approver C [--sequential]"),
                {reviewers, approver, sequential}, routeSet},
        Command{{QStringLiteral("route"), QStringLiteral("list")}, QStringLiteral("route list [--json]"), {}, routeList},
    };
}

} // namespace dc::cli
