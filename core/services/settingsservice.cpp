#include "core/services/settingsservice.h"

#include "core/services/templates.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/pgschema.h"
#include "core/store/storesettings.h"
#include "core/workflow/permissions.h"

#include <QCryptographicHash>
#include <QJsonObject>

namespace dc {

QString SettingsService::organisation() const { return StoreSettings(m_db).organisation(); }
QString SettingsService::organisationEn() const { return StoreSettings(m_db).organisationEn(); }
LabelScheme SettingsService::labelScheme() const { return StoreSettings(m_db).labelScheme(); }
QString SettingsService::numberPrefix() const { return StoreSettings(m_db).numberPrefix(); }
NumberPattern SettingsService::numberPattern(DocumentType type) const { return StoreSettings(m_db).numberPattern(type); }
Route SettingsService::defaultRoute(DocumentType type) const { return StoreSettings(m_db).defaultRoute(type); }

QString SettingsService::documentTemplate(DocumentType type) const
{
    const QString own = StoreSettings(m_db).documentTemplate(type);
    return own.isEmpty() ? DocumentTemplates::builtIn(type) : own;
}

int SettingsService::defaultReviewIntervalMonths(DocumentType type) { return StoreSettings::defaultReviewIntervalMonths(type); }

bool SettingsService::hasOwnTemplate(DocumentType type) const { return !StoreSettings(m_db).documentTemplate(type).isEmpty(); }

Status SettingsService::setDocumentTemplate(const User &actor, DocumentType type, const QString &text)
{
    if (const Status allowed = Permissions::mayRegisterDocument(actor); !allowed)
        return allowed;
    if (!text.isEmpty() && text.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The template is blank; to go back to the built-in template, reset it.")};
    if (text.size() > DocumentTemplates::kMaxChars)
        return Error{ErrorCode::InvalidInput, tr("The template is longer than %1 characters.").arg(DocumentTemplates::kMaxChars)};
    return m_db.write([&]() -> Status {
        StoreSettings settings(m_db);
        const QString before = settings.documentTemplate(type);
        if (before == text)
            return Error{ErrorCode::InvalidInput, text.isEmpty() ? tr("Documents of type %1 already start from the built-in template.").arg(toKey(type))
                                                                 : tr("The template of %1 is already this text; nothing was changed.").arg(toKey(type))};
        if (const Status saved = settings.setDocumentTemplate(type, text); !saved)
            return saved;
        const QJsonObject details{{QStringLiteral("type"), toKey(type)},
                                  {QStringLiteral("before_sha256"), templateDigest(before)},
                                  {QStringLiteral("after_sha256"), templateDigest(text)},
                                  {QStringLiteral("text"), text}};
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("settings.template_set"),
                                                           QStringLiteral("settings template ") + toKey(type), details));
    });
}

QString SettingsService::templateDigest(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

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

QString SettingsService::labelLanguage() const
{
    return StoreSettings(m_db).labelLanguage();
}

Status SettingsService::setLabelLanguage(const User &actor, const QString &language)
{
    if (const Status allowed = Permissions::mayRegisterDocument(actor); !allowed)
        return allowed;
    return m_db.write([&]() -> Status {
        StoreSettings settings(m_db);
        const QString before = settings.labelLanguage();
        if (before == language)
            return Error{ErrorCode::InvalidInput, tr("The labels are already \"%1\".").arg(language)};
        if (const Status saved = settings.setLabelLanguage(language); !saved)
            return saved;
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("settings.labels_set"), QStringLiteral("settings labels.language"),
                                                           QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), language}}));
    });
}

Result<DueDays> SettingsService::dueDays() const { return DueDays::load(m_db); }

Status SettingsService::setDueDays(const User &actor, TaskKind kind, std::optional<DocumentType> type, int days)
{
    return DueDays::set(m_db, m_clock, actor, kind, type, days);
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
