#include "core/model/transitiontable.h"

#include "core/model/clausecatalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>

namespace dc {

namespace {

Q_LOGGING_CATEGORY(lcTransition, "doccontrol.model.transition", QtWarningMsg)

QString tr(const char *text)
{
    return QCoreApplication::translate("dc::TransitionTable", text);
}

const QMap<QPair<QString, QString>, TransitionTable> &builtinTables()
{
    static const QMap<QPair<QString, QString>, TransitionTable> tables = [] {
        QMap<QPair<QString, QString>, TransitionTable> all;
        const QDir dir(QStringLiteral(":/transitions"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                qCWarning(lcTransition) << "cannot read" << file.fileName();
                continue;
            }
            auto table = TransitionTable::fromJson(file.readAll());
            if (!table)
                qCWarning(lcTransition) << "ignoring" << file.fileName() << ":" << table.message();
            else
                all.insert({table->from(), table->to()}, std::move(table).value());
        }
        return all;
    }();
    return tables;
}

} // namespace

const TransitionTable *TransitionTable::builtin(const QString &from, const QString &to)
{
    const auto &tables = builtinTables();
    const auto it = tables.constFind({from, to});
    return it == tables.cend() ? nullptr : &it.value();
}

Result<TransitionTable> TransitionTable::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{ErrorCode::InvalidInput, tr("The transition table is not valid JSON.")};
    const QJsonObject root = document.object();
    TransitionTable table;
    table.m_from = root.value(QLatin1String("from")).toString();
    table.m_to = root.value(QLatin1String("to")).toString();
    const ClauseCatalog *from = ClauseCatalog::builtin(table.m_from);
    const ClauseCatalog *to = ClauseCatalog::builtin(table.m_to);
    if (!from || !to)
        return Error{ErrorCode::InvalidInput, tr("The transition table needs two editions that have catalogues (from \"%1\" to \"%2\").").arg(table.m_from, table.m_to)};
    const auto checked = [&](const ClauseCatalog *catalog, const QString &number) -> Result<QString> {
        const auto entry = catalog->find(number);
        if (!entry)
            return Error{ErrorCode::InvalidInput, tr("The transition table names %1 %2, which is not in its catalogue.").arg(catalog->id(), number)};
        return entry->number;
    };
    for (const QLatin1String section : {QLatin1String("clauses"), QLatin1String("controls")}) {
        const QJsonObject entries = root.value(section).toObject();
        // QJsonObject sorts its keys; the table's order is the catalogue's.
        QStringList numbers;
        for (const CatalogEntry &e : from->entries()) {
            if (entries.contains(e.number))
                numbers << e.number;
        }
        for (const QString &key : entries.keys()) {
            if (!from->contains(key))
                return Error{ErrorCode::InvalidInput, tr("The transition table names %1 %2, which is not in its catalogue.").arg(table.m_from, key)};
        }
        for (const QString &number : std::as_const(numbers)) {
            QStringList successors;
            for (const QJsonValue &value : entries.value(number).toArray()) {
                auto successor = checked(to, value.toString());
                if (!successor)
                    return successor.error();
                successors << successor.value();
            }
            if (successors.isEmpty())
                return Error{ErrorCode::InvalidInput, tr("The transition table maps %1 %2 to nothing.").arg(table.m_from, number)};
            table.m_order << number;
            table.m_successors.insert(number, successors);
        }
    }
    for (const QJsonValue &value : root.value(QLatin1String("newControls")).toArray()) {
        auto control = checked(to, value.toString());
        if (!control)
            return control.error();
        table.m_new << control.value();
    }
    return table;
}

QStringList TransitionTable::successors(const QString &number) const
{
    const ClauseCatalog *from = ClauseCatalog::builtin(m_from);
    const auto entry = from ? from->find(number) : std::nullopt;
    if (!entry)
        return {};
    if (m_successors.contains(entry->number))
        return m_successors.value(entry->number);
    // A heading: what its entries map to.
    QStringList all;
    for (const CatalogEntry &child : from->children(entry->number)) {
        for (const QString &s : successors(child.number)) {
            if (!all.contains(s))
                all << s;
        }
    }
    return all;
}

Result<TransitionProposal> proposeTransition(const ClauseRefs &current, const QString &to)
{
    QString from;
    for (const QString &id : ClauseCatalog::ids()) {
        if (ClauseCatalog::builtin(id)->successor() == to)
            from = id;
    }
    const TransitionTable *table = from.isEmpty() ? nullptr : TransitionTable::builtin(from, to);
    if (!table)
        return Error{ErrorCode::InvalidInput, tr("%1 succeeds no withdrawn edition; there is nothing to move to it.").arg(to)};
    TransitionProposal proposal;
    proposal.from = from;
    proposal.to = to;
    for (const ClauseRef &ref : current) {
        if (ref.standard != from)
            continue;
        ClauseRefs successors;
        for (const QString &number : table->successors(ref.clause)) {
            const ClauseRef next{to, number};
            successors << next;
            if (!current.contains(next) && !proposal.add.contains(next))
                proposal.add << next;
        }
        proposal.steps.append({ref, successors});
        if (!successors.isEmpty()) // a reference the table does not know stays as it is
            proposal.remove << ref;
    }
    return proposal;
}

} // namespace dc
