#include "core/services/externalregister.h"

#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/linkstore.h"
#include "core/workflow/permissions.h"

#include <algorithm>

namespace dc {

namespace {

// The document `number`, which must be of type external.
Result<Document> externalDocument(Database &db, const QString &number)
{
    auto document = DocumentStore(db).find(number);
    if (!document)
        return document.error();
    if (document->type != DocumentType::External) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::ExternalRegister", "%1 is a %2, not a document of external origin; only those are in the register.")
                                                  .arg(number, displayName(document->type))};
    }
    return document;
}

QString dateText(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

} // namespace

QDate ExternalRegister::today() const { return m_clock.nowUtc().toLocalTime().date(); }

Result<ExternalOrigin> ExternalRegister::origin(const QString &number) const
{
    auto document = externalDocument(m_db, number);
    if (!document)
        return document.error();
    return LinkStore(m_db).external(document->id);
}

Result<ExternalOrigin> ExternalRegister::setOrigin(const User &actor, const QString &number, const ExternalOriginChange &change)
{
    return m_db.write([&]() -> Result<ExternalOrigin> {
        auto document = externalDocument(m_db, number);
        if (!document)
            return document.error();
        if (const Status allowed = Permissions::mayChangeMetadata(actor, document.value()); !allowed)
            return allowed.error();
        if (document->currentStatus == RevisionStatus::Obsolete)
            return Error{ErrorCode::InvalidState, tr("%1 has been withdrawn and is obsolete; its register entry cannot change.").arg(number)};
        LinkStore store(m_db);
        auto before = store.external(document->id);
        if (!before)
            return before.error();
        ExternalOrigin after = before.value();
        after.issuer = change.issuer.value_or(after.issuer).trimmed();
        after.reference = change.reference.value_or(after.reference).trimmed();
        after.edition = change.edition.value_or(after.edition).trimmed();
        after.location = change.location.value_or(after.location).trimmed();
        after.lastChecked = change.lastChecked.value_or(after.lastChecked);
        after.nextCheck = change.nextCheck.value_or(after.nextCheck);
        if (after.lastChecked.isValid() && after.lastChecked > today())
            return Error{ErrorCode::InvalidInput, tr("The last check of %1 on %2 is in the future.").arg(number, dateText(after.lastChecked))};
        if (after.lastChecked.isValid() && after.nextCheck.isValid() && after.nextCheck <= after.lastChecked)
            return Error{ErrorCode::InvalidInput, tr("The next check of %1 (%2) must come after the last one (%3).")
                                                      .arg(number, dateText(after.nextCheck), dateText(after.lastChecked))};
        if (after == before.value())
            return Error{ErrorCode::InvalidInput, tr("The register entry of %1 already holds these values; nothing was changed.").arg(number)};
        if (const Status stored = store.putExternal(document->id, after); !stored)
            return stored.error();
        const QJsonObject details{{QStringLiteral("before"), toJson(before.value())}, {QStringLiteral("after"), toJson(after)}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QLatin1String(kAction), number, details); !logged)
            return logged.error();
        return after;
    });
}

Result<QList<ExternalEntry>> ExternalRegister::entries() const
{
    return LinkStore(m_db).externalRegister(today());
}

Result<QList<ExternalEntry>> ExternalRegister::dueChecks(QDate until) const
{
    auto all = entries();
    if (!all)
        return all.error();
    QList<ExternalEntry> due;
    for (const ExternalEntry &e : all.value()) {
        if (!e.withdrawn && e.origin.nextCheck.isValid() && e.origin.nextCheck <= until)
            due << e;
    }
    std::stable_sort(due.begin(), due.end(), [](const ExternalEntry &a, const ExternalEntry &b) { return a.origin.nextCheck < b.origin.nextCheck; });
    return due;
}

QJsonObject ExternalRegister::toJson(const ExternalOrigin &origin)
{
    return QJsonObject{{QStringLiteral("issuer"), origin.issuer},
                       {QStringLiteral("reference"), origin.reference},
                       {QStringLiteral("edition"), origin.edition},
                       {QStringLiteral("location"), origin.location},
                       {QStringLiteral("last_checked"), dateText(origin.lastChecked)},
                       {QStringLiteral("next_check"), dateText(origin.nextCheck)}};
}

ExternalOrigin ExternalRegister::fromJson(const QJsonObject &json)
{
    return ExternalOrigin{json.value(QLatin1String("issuer")).toString(),
                          json.value(QLatin1String("reference")).toString(),
                          json.value(QLatin1String("edition")).toString(),
                          json.value(QLatin1String("location")).toString(),
                          QDate::fromString(json.value(QLatin1String("last_checked")).toString(), Qt::ISODate),
                          QDate::fromString(json.value(QLatin1String("next_check")).toString(), Qt::ISODate)};
}

} // namespace dc
