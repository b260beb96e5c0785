// DocumentService::distribution and changeDistribution: who must receive a document (`doc
// distribution`, the Details tab).
#include "core/services/documentservice.h"

#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/distributionstore.h"
#include "core/store/documentstore.h"
#include "core/store/sql.h"
#include "core/store/userstore.h"
#include "core/store/visibility.h"
#include "core/workflow/permissions.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dc {

namespace {

QJsonArray keysOf(const DistributionList &list)
{
    QJsonArray keys;
    for (const DistributionMember &m : list)
        keys.append(m.key());
    return keys;
}

} // namespace

Result<DistributionList> DocumentService::distribution(const User &actor, const QString &number) const
{
    auto document = Visibility::find(m_db, actor, number);
    if (!document)
        return document.error();
    return DistributionStore(m_db).members(document->id);
}

Result<DistributionList> DocumentService::changeDistribution(const User &actor, const QString &number, const DistributionList &add,
                                                             const DistributionList &remove)
{
    Document named;
    named.number = number;
    if (const Status allowed = Permissions::mayChangeMetadata(actor, named); !allowed)
        return allowed.error();
    if (add.isEmpty() && remove.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Name at least one user or department to add to or remove from the distribution list.")};
    return m_db.write([&]() -> Result<DistributionList> {
        auto document = DocumentStore(m_db).find(number);
        if (!document)
            return document.error();
        DistributionStore store(m_db);
        auto before = store.members(document->id);
        if (!before)
            return before.error();
        for (const DistributionMember &m : remove) {
            if (!before->contains(m))
                return Error{ErrorCode::InvalidInput, tr("%1 is not on the distribution list of %2.").arg(m.key(), number)};
            if (const Status removed = store.remove(document->id, m); !removed)
                return removed.error();
        }
        for (const DistributionMember &m : add) {
            if (before->contains(m) && !remove.contains(m))
                return Error{ErrorCode::InvalidInput, tr("%1 is already on the distribution list of %2.").arg(m.key(), number)};
            if (m.kind == DistributionMember::Kind::User) {
                if (auto user = UserStore(m_db).find(m.name); !user)
                    return user.error();
            } else {
                auto members = Sql::exec(m_db, QStringLiteral("SELECT count(*) FROM users WHERE department = ?"), {m.name},
                                         tr("look up the department"));
                if (!members)
                    return members.error();
                if (!members.value().next() || members.value().value(0).toInt() == 0)
                    return Error{ErrorCode::NotFound, tr("No user belongs to the department \"%1\".").arg(m.name)};
            }
            if (remove.contains(m))
                continue; // removed and added again: on the list as before
            if (const Status added = store.add(document->id, m); !added)
                return added.error();
        }
        auto after = store.members(document->id);
        if (!after)
            return after.error();
        if (after.value() == before.value())
            return Error{ErrorCode::InvalidInput, tr("The distribution list of %1 would stay as it is.").arg(number)};
        const QJsonObject details{{QStringLiteral("added"), keysOf(add)}, {QStringLiteral("removed"), keysOf(remove)},
                                  {QStringLiteral("members"), keysOf(after.value())}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("document.distribution_set"), number, details); !logged)
            return logged.error();
        return after;
    });
}

} // namespace dc
