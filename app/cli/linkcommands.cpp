// doc links (what a document cites and what cites it), doc external (the register entry of a
// document of external origin), report external (the register).
#include "app/cli/cliapp.h"
#include "app/cli/options.h"
#include "app/cli/output.h"

#include "core/services/externalregister.h"
#include "core/services/linkservice.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace dc::cli {

namespace {

QStringList numbersOption(CliApp &app, const QString &name)
{
    QStringList numbers;
    for (const QString &n : app.option(name).split(QLatin1Char(','), Qt::SkipEmptyParts))
        numbers << n.trimmed();
    return numbers;
}

QString originText(const LinkedDocument &d)
{
    QStringList origins;
    if (d.manual)
        origins << QCoreApplication::translate("dc::cli", "linked");
    if (d.text)
        origins << QCoreApplication::translate("dc::cli", "in the text");
    return origins.join(QStringLiteral(", "));
}

QJsonArray linkedJson(const QList<LinkedDocument> &documents)
{
    QJsonArray array;
    for (const LinkedDocument &d : documents) {
        QJsonArray origins;
        if (d.manual)
            origins.append(toKey(LinkOrigin::Manual));
        if (d.text)
            origins.append(toKey(LinkOrigin::Text));
        array.append(QJsonObject{{QStringLiteral("number"), d.number},
                                 {QStringLiteral("title"), d.title},
                                 {QStringLiteral("type"), toKey(d.type)},
                                 {QStringLiteral("status"), toKey(d.status)},
                                 {QStringLiteral("withdrawn"), d.withdrawn},
                                 {QStringLiteral("origins"), origins}});
    }
    return array;
}

void printLinked(const QString &heading, const QList<LinkedDocument> &documents)
{
    out(heading + QLatin1Char('\n'));
    if (documents.isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "  (none)\n"));
        return;
    }
    QList<QStringList> rows;
    for (const LinkedDocument &d : documents)
        rows << QStringList{QStringLiteral("  ") + d.number, displayName(d.status), originText(d), d.title};
    printTable({QCoreApplication::translate("dc::cli", "  NUMBER"), QCoreApplication::translate("dc::cli", "STATUS"),
                QCoreApplication::translate("dc::cli", "HOW"), QCoreApplication::translate("dc::cli", "TITLE")},
               rows);
}

int docLinks(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "doc links needs exactly one document number."));
    const QStringList add = numbersOption(app, QStringLiteral("add"));
    const QStringList remove = numbersOption(app, QStringLiteral("remove"));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    LinkService &service = app.session().links();
    auto links = add.isEmpty() && remove.isEmpty() ? service.links(actor.value(), arguments.first())
                                                   : service.changeLinks(actor.value(), arguments.first(), add, remove);
    if (!links)
        return fail(links.error());
    if (app.json()) {
        printJson(QJsonObject{{QStringLiteral("number"), links->number},
                              {QStringLiteral("cites"), linkedJson(links->cites)},
                              {QStringLiteral("citedBy"), linkedJson(links->citedBy)}});
        return 0;
    }
    printLinked(QCoreApplication::translate("dc::cli", "%1 cites:").arg(links->number), links->cites);
    printLinked(QCoreApplication::translate("dc::cli", "%1 is cited by:").arg(links->number), links->citedBy);
    return 0;
}

QJsonObject entryJson(const QString &number, const ExternalOrigin &origin)
{
    QJsonObject o = ExternalRegister::toJson(origin);
    o.insert(QStringLiteral("number"), number);
    return o;
}

int docExternal(CliApp &app, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(QCoreApplication::translate("dc::cli", "doc external needs exactly one document number."));
    ExternalOriginChange change;
    bool changing = false;
    const auto text = [&](const char *name, std::optional<QString> &field) {
        if (app.isSet(QLatin1String(name))) {
            field = app.option(QLatin1String(name));
            changing = true;
        }
    };
    text("issuer", change.issuer);
    text("reference", change.reference);
    text("edition", change.edition);
    text("location", change.location);
    for (const auto &[name, field] : {std::pair{"checked", &change.lastChecked}, std::pair{"next-check", &change.nextCheck}}) {
        if (!app.isSet(QLatin1String(name)))
            continue;
        const QString value = app.option(QLatin1String(name));
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!value.isEmpty() && !date.isValid())
            return usage(QCoreApplication::translate("dc::cli", "--%1 needs a date as YYYY-MM-DD, not \"%2\".").arg(QLatin1String(name), value));
        *field = date;
        changing = true;
    }
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    ExternalRegister &registry = app.session().externals();
    auto origin = changing ? registry.setOrigin(actor.value(), arguments.first(), change) : registry.origin(arguments.first());
    if (!origin)
        return fail(origin.error());
    if (app.json()) {
        printJson(entryJson(arguments.first(), origin.value()));
        return 0;
    }
    if (changing)
        out(QCoreApplication::translate("dc::cli", "Recorded the register entry of %1.\n").arg(arguments.first()));
    const QList<std::pair<QString, QString>> fields{
        {QCoreApplication::translate("dc::cli", "Issuer"), origin->issuer},
        {QCoreApplication::translate("dc::cli", "Reference"), origin->reference},
        {QCoreApplication::translate("dc::cli", "Edition"), origin->edition},
        {QCoreApplication::translate("dc::cli", "Original kept at"), origin->location},
        {QCoreApplication::translate("dc::cli", "Last checked"), origin->lastChecked.toString(Qt::ISODate)},
        {QCoreApplication::translate("dc::cli", "Next check"), origin->nextCheck.toString(Qt::ISODate)}};
    for (const auto &[label, value] : fields)
        out(label + QStringLiteral(": ") + value + QLatin1Char('\n'));
    return 0;
}

int reportExternal(CliApp &app, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(QCoreApplication::translate("dc::cli", "report external takes options only."));
    auto actor = app.signIn();
    if (!actor)
        return fail(actor.error());
    auto entries = app.session().externals().entries();
    if (!entries)
        return fail(entries.error());
    if (app.json()) {
        QJsonArray array;
        for (const ExternalEntry &e : entries.value()) {
            QJsonObject o = entryJson(e.number, e.origin);
            o.insert(QStringLiteral("title"), e.title);
            o.insert(QStringLiteral("overdue"), e.overdue);
            o.insert(QStringLiteral("withdrawn"), e.withdrawn);
            array.append(o);
        }
        printJson(array);
        return 0;
    }
    if (entries->isEmpty()) {
        out(QCoreApplication::translate("dc::cli", "The store holds no document of external origin.\n"));
        return 0;
    }
    QList<QStringList> rows;
    for (const ExternalEntry &e : entries.value()) {
        rows << QStringList{e.number, e.origin.issuer, e.origin.reference, e.origin.edition, e.origin.lastChecked.toString(Qt::ISODate),
                            e.origin.nextCheck.toString(Qt::ISODate) + (e.overdue ? QCoreApplication::translate("dc::cli", " OVERDUE") : QString()),
                            e.origin.location, e.title};
    }
    printTable({QCoreApplication::translate("dc::cli", "NUMBER"), QCoreApplication::translate("dc::cli", "ISSUER"),
                QCoreApplication::translate("dc::cli", "REFERENCE"), QCoreApplication::translate("dc::cli", "EDITION"),
                QCoreApplication::translate("dc::cli", "CHECKED"), QCoreApplication::translate("dc::cli", "NEXT CHECK"),
                QCoreApplication::translate("dc::cli", "ORIGINAL"), QCoreApplication::translate("dc::cli", "TITLE")},
               rows);
    return 0;
}

} // namespace

QList<Command> linkCommands()
{
    const QString text = QCoreApplication::translate("dc::cli", "TEXT");
    const QString date = QCoreApplication::translate("dc::cli", "DATE");
    return {
        Command{{QStringLiteral("doc"), QStringLiteral("links")}, QStringLiteral("doc links N [--add NUM[,NUM]] [--remove NUM[,NUM]] [--json]"),
                {valueOption("add", QCoreApplication::translate("dc::cli", "Documents this one cites, to link by hand (numbers, comma-separated)."), QCoreApplication::translate("dc::cli", "NUMBERS")),
                 valueOption("remove", QCoreApplication::translate("dc::cli", "Links added by hand to remove (numbers, comma-separated)."), QCoreApplication::translate("dc::cli", "NUMBERS"))},
                docLinks},
        Command{{QStringLiteral("doc"), QStringLiteral("external")},
                QStringLiteral("doc external N [--issuer TEXT] [--reference TEXT] [--edition TEXT] [--location TEXT] [--checked DATE] [--next-check DATE] [--json]"),
                {valueOption("issuer", QCoreApplication::translate("dc::cli", "Who issued the document (a standards body, an authority, a supplier)."), text),
                 valueOption("reference", QCoreApplication::translate("dc::cli", "The issuer's reference, e.g. GB/T 22080-2025."), text),
                 valueOption("edition", QCoreApplication::translate("dc::cli", "The edition held."), text),
                 valueOption("location", QCoreApplication::translate("dc::cli", "Where the original is kept."), text),
                 valueOption("checked", QCoreApplication::translate("dc::cli", "The day it was last checked for a newer edition."), date),
                 valueOption("next-check", QCoreApplication::translate("dc::cli", "The day of the next check (it appears in review due from then)."), date)},
                docExternal},
        Command{{QStringLiteral("report"), QStringLiteral("external")}, QStringLiteral("report external [--json]"), {}, reportExternal},
    };
}

} // namespace dc::cli
