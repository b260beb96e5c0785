// DocumentService::setMetadata: changing a document's details (`doc set`, Edit details).
#include "core/services/documentservice.h"

#include "core/model/clausecatalog.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/searchindex.h"
#include "core/store/userstore.h"
#include "core/workflow/permissions.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dc {

namespace {

// Adds {"before": …, "after": …} under `key` when the two differ.
void noteChange(QJsonObject &changes, const char *key, const QJsonValue &before, const QJsonValue &after)
{
    if (before != after)
        changes.insert(QLatin1String(key), QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), after}});
}

} // namespace

Status DocumentService::validate(const MetadataChange &c) const
{
    if (c.title && c.title->trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The document has no title.")};
    if ((c.title && c.title->trimmed().size() > 200) || (c.titleEn && c.titleEn->trimmed().size() > 200))
        return Error{ErrorCode::InvalidInput, tr("A title may be at most 200 characters long.")};
    if (c.owner && c.owner->trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The document needs an owner.")};
    if (c.reviewIntervalMonths && (*c.reviewIntervalMonths < 1 || *c.reviewIntervalMonths > 120))
        return Error{ErrorCode::InvalidInput, tr("The review interval must be 1 to 120 months, not %1.").arg(*c.reviewIntervalMonths)};
    if (c.retentionYears && (*c.retentionYears < 0 || *c.retentionYears > 100))
        return Error{ErrorCode::InvalidInput, tr("The retention period must be 0 to 100 years, not %1.").arg(*c.retentionYears)};
    return {};
}

Result<Document> DocumentService::setMetadata(const User &actor, const QString &number, const MetadataChange &change, const QString &reason)
{
    Document named;
    named.number = number;
    if (const Status allowed = Permissions::mayChangeMetadata(actor, named); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the reason for changing the details of %1.").arg(number)};
    if (const Status valid = validate(change); !valid)
        return valid.error();

    return m_db.write([&]() -> Result<Document> {
        DocumentStore documents(m_db);
        auto found = documents.find(number);
        if (!found)
            return found.error();
        if (found->currentStatus == RevisionStatus::Obsolete)
            return Error{ErrorCode::InvalidState, tr("%1 has been withdrawn and is obsolete; its details stay as they were.").arg(number)};
        const Document before = found.value();
        Document after = before;
        if (change.title)
            after.title = change.title->trimmed();
        if (change.titleEn)
            after.titleEn = change.titleEn->trimmed();
        if (change.department)
            after.department = change.department->trimmed();
        if (change.classification)
            after.classification = *change.classification;
        if (change.reviewIntervalMonths)
            after.reviewIntervalMonths = *change.reviewIntervalMonths;
        if (change.retentionYears)
            after.retentionYears = *change.retentionYears;
        if (change.clauses) {
            // Every clause added must be in its standard's catalogue; one mapped before the
            // catalogues existed may stay.
            for (const ClauseRef &ref : *change.clauses) {
                if (before.clauses.contains(ref))
                    continue;
                if (const Status known = validateClauseRef(ref); !known)
                    return known.error();
            }
            after.clauses = *change.clauses;
        }
        auto owner = UserStore(m_db).find(change.owner ? change.owner->trimmed() : before.owner);
        if (!owner)
            return owner.code() == ErrorCode::NotFound
                       ? Error{ErrorCode::InvalidInput, tr("The owner \"%1\" is not a user of this store.").arg(change.owner->trimmed())}
                       : owner.error();
        after.owner = owner->name;

        QJsonObject changes;
        noteChange(changes, "title", before.title, after.title);
        noteChange(changes, "title_en", before.titleEn, after.titleEn);
        noteChange(changes, "owner", before.owner, after.owner);
        noteChange(changes, "department", before.department, after.department);
        noteChange(changes, "classification", toKey(before.classification), toKey(after.classification));
        noteChange(changes, "review_months", before.reviewIntervalMonths, after.reviewIntervalMonths);
        noteChange(changes, "retention_years", before.retentionYears, after.retentionYears);
        noteChange(changes, "clauses", QJsonArray::fromStringList(clauseKeys(before.clauses)), QJsonArray::fromStringList(clauseKeys(after.clauses)));
        if (changes.isEmpty())
            return Error{ErrorCode::InvalidInput, tr("The details of %1 are already as given; nothing was changed.").arg(number)};

        if (const Status saved = documents.updateMetadata(after, owner->id); !saved)
            return saved.error();
        // The titles are searched: the index follows them, for the current and the effective revision.
        if (const Status indexed = SearchIndex::refresh(m_db, before.id); !indexed)
            return indexed.error();
        const QJsonObject details{{QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("changes"), changes}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("document.metadata_set"), number, details); !logged)
            return logged.error();
        return documents.find(number);
    });
}

} // namespace dc
