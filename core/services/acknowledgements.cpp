#include "core/services/acknowledgements.h"

#include "core/store/acknowledgementstore.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/distributionstore.h"
#include "core/store/storesettings.h"
#include "core/workflow/permissions.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dc {

bool AcknowledgementService::required(DocumentType type) const
{
    return StoreSettings(m_db).requiresAcknowledgement(type);
}

Status AcknowledgementService::setRequired(const User &actor, DocumentType type, bool required)
{
    if (const Status allowed = Permissions::mayRegisterDocument(actor); !allowed)
        return allowed;
    if (this->required(type) == required)
        return {};
    return m_db.write([&]() -> Status {
        if (const Status saved = StoreSettings(m_db).setRequiresAcknowledgement(type, required); !saved)
            return saved;
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("settings.acknowledgement_set"), QStringLiteral("type ") + toKey(type),
                                                           QJsonObject{{QStringLiteral("required"), required}}));
    });
}

Result<QList<Acknowledgement>> AcknowledgementService::report(const User &actor, AcknowledgementFilter filter) const
{
    if (!actor.isController())
        filter.user = actor.name;
    return AcknowledgementStore(m_db).find(filter);
}

Result<QStringList> AcknowledgementService::requestOnRelease(Database &db, const Clock &clock, const QString &actorName, const Document &document,
                                                             const Revision &revision)
{
    if (!StoreSettings(db).requiresAcknowledgement(document.type))
        return QStringList();
    auto recipients = DistributionStore(db).recipients(document.id);
    if (!recipients)
        return recipients.error();
    if (recipients->isEmpty())
        return QStringList();
    if (const Status asked = AcknowledgementStore(db).request(revision.id, recipients.value(), clock.nowUtc()); !asked)
        return asked.error();
    auto logged = AuditLog(db, clock).append(actorName, QStringLiteral("acknowledgement.requested"), document.number + QLatin1Char(' ') + revision.label,
                                             QJsonObject{{QStringLiteral("users"), QJsonArray::fromStringList(recipients.value())}});
    if (!logged)
        return logged.error();
    return recipients;
}

} // namespace dc
