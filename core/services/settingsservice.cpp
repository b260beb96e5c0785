#include "core/services/settingsservice.h"

#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/pgschema.h"
#include "core/store/storesettings.h"
#include "core/workflow/permissions.h"

#include <QJsonObject>

namespace dc {

QString SettingsService::organisation() const { return StoreSettings(m_db).organisation(); }
QString SettingsService::organisationEn() const { return StoreSettings(m_db).organisationEn(); }
LabelScheme SettingsService::labelScheme() const { return StoreSettings(m_db).labelScheme(); }
QString SettingsService::numberPrefix() const { return StoreSettings(m_db).numberPrefix(); }
NumberPattern SettingsService::numberPattern(DocumentType type) const { return StoreSettings(m_db).numberPattern(type); }
Route SettingsService::defaultRoute(DocumentType type) const { return StoreSettings(m_db).defaultRoute(type); }

Status SettingsService::setNumberPattern(const User &actor, DocumentType type, const QString &pattern)
{
    if (const Status allowed = Permissions::mayRegisterDocument(actor); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        StoreSettings settings(m_db);
        const QString before = settings.numberPattern(type).text();
        if (const Status saved = settings.setNumberPattern(type, pattern); !saved)
            return saved;
        const QJsonObject details{{QStringLiteral("type"), toKey(type)},
                                  {QStringLiteral("before"), before},
                                  {QStringLiteral("after"), pattern}};
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("settings.numbering_set"),
                                                           QStringLiteral("settings numbering ") + toKey(type), details));
    });
}

Status SettingsService::setOrganisation(const User &actor, const QString &name, const QString &nameEn)
{
    if (const Status allowed = Permissions::mayManageUsers(actor); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        StoreSettings settings(m_db);
        const QJsonObject details{{QStringLiteral("before"), settings.organisation()},
                                  {QStringLiteral("beforeEn"), settings.organisationEn()},
                                  {QStringLiteral("after"), name},
                                  {QStringLiteral("afterEn"), nameEn}};
        if (const Status saved = settings.setOrganisation(name, nameEn); !saved)
            return saved;
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("settings.organisation_set"),
                                                           QStringLiteral("settings organisation"), details));
    });
}

Status SettingsService::grantDatabaseRole(const User &actor, const QString &role)
{
    if (const Status allowed = Permissions::mayManageUsers(actor); !allowed)
        return allowed;
    if (!m_db.isPostgres())
        return Error{ErrorCode::InvalidState, tr("Database roles exist on a PostgreSQL store only; %1 is a file.").arg(m_db.path())};
    return m_db.write([&]() -> Status {
        if (const Status granted = PgSchema::grant(m_db, role); !granted)
            return granted;
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("store.role_granted"), QStringLiteral("store"),
                                                           QJsonObject{{QStringLiteral("role"), role}}));
    });
}

} // namespace dc
