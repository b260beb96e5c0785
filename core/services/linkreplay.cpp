#include "core/services/linkreplay.h"

#include "core/services/externalregister.h"
#include "core/services/linkservice.h"
#include "core/store/database.h"
#include "core/store/sql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace dc {

namespace {

QString shown(const QStringList &numbers)
{
    return numbers.isEmpty() ? QCoreApplication::translate("dc::LinkReplay", "none") : numbers.join(QStringLiteral(", "));
}

} // namespace

void LinkReplay::follow(const Event &e)
{
    if (e.action == QLatin1String(LinkService::kAction)) {
        QStringList links;
        for (const QJsonValue &v : e.details.value(QLatin1String("links")).toArray())
            links << v.toString();
        m_links.insert(e.object + QLatin1Char(' ') + e.details.value(QLatin1String("origin")).toString(), links);
    } else if (e.action == QLatin1String(ExternalRegister::kAction)) {
        m_external.insert(e.object, e.details.value(QLatin1String("after")).toObject());
    }
}

Result<QList<VerifyProblem>> LinkReplay::compare(Database &db) const
{
    const QMap<QString, QStringList> &impliedLinks = m_links;
    QMap<QString, QJsonObject> impliedExternal = m_external; // what is left once the store's entries are matched

    QList<VerifyProblem> problems;
    auto links = Sql::exec(db, QStringLiteral("SELECT f.number, l.origin, t.number FROM document_links l JOIN documents f ON f.id = l.from_document"
                                              " JOIN documents t ON t.id = l.to_document ORDER BY f.number, l.origin, t.number"),
                           {}, tr("read the links between documents"));
    if (!links)
        return links.error();
    QMap<QString, QStringList> stored;
    while (links.value().next())
        stored[links.value().value(0).toString() + QLatin1Char(' ') + links.value().value(1).toString()] << links.value().value(2).toString();
    QStringList keys = stored.keys() + impliedLinks.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : keys) {
        const QString number = key.section(QLatin1Char(' '), 0, -2);
        const QString origin = key.section(QLatin1Char(' '), -1);
        if (stored.value(key) != impliedLinks.value(key))
            problems.append({number, tr("%1 cites %2 (%3) in the store, but the audit trail records %4.")
                                         .arg(number, shown(stored.value(key)), origin, shown(impliedLinks.value(key)))});
    }

    auto entries = Sql::exec(db, QStringLiteral("SELECT d.number, e.issuer, e.reference, e.edition, e.location, e.last_checked, e.next_check"
                                                " FROM external_documents e JOIN documents d ON d.id = e.document_id ORDER BY d.number"),
                             {}, tr("read the register of external documents"));
    if (!entries)
        return entries.error();
    while (entries.value().next()) {
        const auto &row = entries.value();
        const QString number = row.value(0).toString();
        const ExternalOrigin inStore{row.value(1).toString(), row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                                     Sql::dateFrom(row.value(5)), Sql::dateFrom(row.value(6))};
        const auto recorded = impliedExternal.constFind(number);
        if (recorded == impliedExternal.cend())
            problems.append({number, tr("%1 has an entry in the register of external documents, but the audit trail never recorded it.").arg(number)});
        else if (ExternalRegister::fromJson(recorded.value()) != inStore)
            problems.append({number, tr("The register entry of %1 is not the one the audit trail records: it was changed outside DocControl.").arg(number)});
        impliedExternal.remove(number);
    }
    for (auto it = impliedExternal.cbegin(); it != impliedExternal.cend(); ++it)
        problems.append({it.key(), tr("The register entry of %1, recorded in the audit trail, is missing from the store.").arg(it.key())});
    return problems;
}

} // namespace dc
