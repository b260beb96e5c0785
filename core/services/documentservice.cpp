#include "core/services/documentservice.h"

#include "core/services/linkservice.h"
#include "core/model/soatable.h"

#include "core/model/clausecatalog.h"
#include "core/model/numberpattern.h"
#include "core/model/revisionlabel.h"
#include "core/model/soatable.h"
#include "core/security/contenthash.h"
#include "core/store/attachmentstore.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/visibility.h"
#include "core/store/storesettings.h"
#include "core/store/userstore.h"
#include "core/workflow/permissions.h"
#include "core/services/settingsservice.h"
#include "core/services/templates.h"
#include "core/services/workflowservice.h"

#include <QJsonArray>

#include <algorithm>
#include <QJsonObject>

namespace dc {

Status DocumentService::validate(const NewDocument &d) const
{
    if (d.title.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The document has no title.")};
    if (d.title.size() > 200 || d.titleEn.size() > 200)
        return Error{ErrorCode::InvalidInput, tr("A title may be at most 200 characters long.")};
    if (d.reviewIntervalMonths != 0 && (d.reviewIntervalMonths < 1 || d.reviewIntervalMonths > 120))
        return Error{ErrorCode::InvalidInput, tr("The review interval must be 1 to 120 months, not %1.").arg(d.reviewIntervalMonths)};
    if (d.retentionYears < 0 || d.retentionYears > 100)
        return Error{ErrorCode::InvalidInput, tr("The retention period must be 0 to 100 years, not %1.").arg(d.retentionYears)};
    if (d.content.size() > kMaxContentChars)
        return Error{ErrorCode::InvalidInput, tr("The content is larger than 8 MiB characters; attach large material instead.")};
    if (!d.number.isEmpty())
        return validateDocumentNumber(d.number);
    return {};
}

namespace {
// What one run of a pattern's sequence is counted under: its numbers' fixed start, and the year
// when the sequence restarts every year (the year may come after the sequence).
QString sequenceScope(const QString &start, bool yearly, int year)
{
    return yearly ? start + QLatin1Char('|') + QString::number(year) : start;
}
} // namespace

Result<QString> DocumentService::nextNumber(DocumentType type) const
{
    const StoreSettings settings(m_db);
    const NumberPattern pattern = settings.numberPattern(type);
    const int year = m_clock.nowUtc().date().year();
    const QString prefix = settings.numberPrefix();
    // Numbers are never deleted, so the next one follows the highest one the pattern made: in
    // any year (ISMS-0001-2022, then ISMS-0002-2026), or this year's when it restarts yearly.
    const bool yearly = pattern.resetsYearly();
    const QString start = yearly ? pattern.fixedStart(prefix, year) : pattern.fixedStartAnyYear(prefix);
    // The highest is recorded as numbers are given; read every number only when it is not, or
    // when the next one is taken already (a number typed by hand, a store written elsewhere).
    if (const int recorded = settings.highestSequence(pattern.text(), sequenceScope(start, yearly, year)); recorded >= 0) {
        const QString next = pattern.format(prefix, recorded + 1, year);
        if (!DocumentStore(m_db).numberExists(next))
            return next;
    }
    auto existing = DocumentStore(m_db).numbersStartingWith(start);
    if (!existing)
        return existing.error();
    const QRegularExpression matcher = yearly ? pattern.matcher(prefix, year) : pattern.matcherAnyYear(prefix);
    int highest = 0;
    for (const QString &number : existing.value()) {
        const auto match = matcher.match(number);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return pattern.format(prefix, highest + 1, year);
}

Status DocumentService::recordSequence(DocumentType type, const QString &number)
{
    StoreSettings settings(m_db);
    const NumberPattern pattern = settings.numberPattern(type);
    const int year = m_clock.nowUtc().date().year();
    const QString prefix = settings.numberPrefix();
    const bool yearly = pattern.resetsYearly();
    const auto match = (yearly ? pattern.matcher(prefix, year) : pattern.matcherAnyYear(prefix)).match(number);
    if (!match.hasMatch())
        return {};
    const QString scope = sequenceScope(yearly ? pattern.fixedStart(prefix, year) : pattern.fixedStartAnyYear(prefix), yearly, year);
    const int seq = match.captured(1).toInt();
    if (seq <= settings.highestSequence(pattern.text(), scope))
        return {};
    return settings.setHighestSequence(pattern.text(), scope, seq);
}

Result<Document> DocumentService::create(const User &actor, const NewDocument &input)
{
    if (!input.number.isEmpty()) {
        if (const Status allowed = Permissions::mayChooseNumber(actor); !allowed)
            return allowed.error();
    }
    if (const Status allowed = Permissions::mayRegisterDocument(actor); !allowed)
        return allowed.error();
    if (const Status valid = validate(input); !valid)
        return valid.error();
    for (const ClauseRef &ref : input.clauses) {
        if (const Status known = validateClauseRef(ref); !known)
            return known.error();
    }

    return m_db.write([&]() -> Result<Document> {
        DocumentStore documents(m_db);
        auto owner = UserStore(m_db).find(input.owner);
        if (!owner)
            return owner.code() == ErrorCode::NotFound
                       ? Error{ErrorCode::InvalidInput, tr("The owner \"%1\" is not a user of this store.").arg(input.owner)}
                       : owner.error();
        QString number = input.number;
        if (number.isEmpty()) {
            auto next = nextNumber(input.type);
            if (!next)
                return next.error();
            number = next.value();
        }
        if (documents.numberExists(number))
            return Error{ErrorCode::Duplicate, tr("The number %1 is already used by another document.").arg(number)};

        const QDateTime now = m_clock.nowUtc();
        Document document;
        document.number = number;
        document.title = input.title.trimmed();
        document.titleEn = input.titleEn.trimmed();
        document.type = input.type;
        document.owner = owner->name;
        document.department = input.department.trimmed().isEmpty() ? owner->department : input.department.trimmed();
        document.classification = input.classification;
        document.reviewIntervalMonths = input.reviewIntervalMonths > 0 ? input.reviewIntervalMonths
                                                                        : StoreSettings::defaultReviewIntervalMonths(input.type);
        document.retentionYears = input.retentionYears;
        document.clauses = input.clauses;
        document.createdAt = now;
        auto documentId = documents.insertDocument(document, owner->id);
        if (!documentId)
            return documentId.error();
        if (const Status recorded = recordSequence(document.type, number); !recorded)
            return recorded.error();

        Revision revision;
        revision.documentId = documentId.value();
        revision.label = RevisionLabel::first(StoreSettings(m_db).labelScheme());
        revision.content = input.content;
        if (input.fromTemplate && input.content.isEmpty()) {
            const QString text = SettingsService(m_db, m_clock).documentTemplate(document.type);
            revision.content = DocumentTemplates::fill(text, document, StoreSettings(m_db).organisation());
        }
        if (document.type == DocumentType::Soa && input.content.isEmpty()) {
            const QString preamble = revision.content.isEmpty() ? QStringLiteral("# ") + document.title + QLatin1Char('\n') : revision.content;
            auto generated = Soa::generate(input.soaStandard.isEmpty() ? QStringLiteral("27001:2022") : input.soaStandard, preamble);
            if (!generated)
                return generated.error();
            revision.content = Soa::write(generated.value());
        }
        revision.contentHash = contentHash(revision.content);
        revision.changeSummary = input.changeSummary.trimmed().isEmpty() ? tr("New document") : input.changeSummary.trimmed();
        revision.author = actor.name;
        revision.createdAt = now;
        revision.updatedAt = now;
        if (auto revisionId = documents.insertRevision(revision, actor.id); !revisionId)
            return revisionId.error();
        if (const Status indexed = SearchIndex::refresh(m_db, documentId.value()); !indexed)
            return indexed.error();
        const QJsonObject details{{QStringLiteral("title"), document.title},
                                  {QStringLiteral("type"), toKey(document.type)},
                                  {QStringLiteral("owner"), document.owner},
                                  {QStringLiteral("title_en"), document.titleEn},
                                  {QStringLiteral("department"), document.department},
                                  {QStringLiteral("classification"), toKey(document.classification)},
                                  {QStringLiteral("review_months"), document.reviewIntervalMonths},
                                  {QStringLiteral("retention_years"), document.retentionYears},
                                  {QStringLiteral("clauses"), QJsonArray::fromStringList(clauseKeys(document.clauses))},
                                  {QStringLiteral("revision"), revision.label},
                                  {QStringLiteral("content_sha256"), revision.contentHash}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("document.created"), number, details); !logged)
            return logged.error();
        auto created = documents.find(number);
        if (!created)
            return created.error();
        if (const Status linked = LinkService::syncTextLinks(m_db, m_clock, actor.name, created.value(), revision.content); !linked)
            return linked.error();
        if (const Status citing = LinkService::linkCitingTexts(m_db, m_clock, actor.name, created.value()); !citing)
            return citing.error();
        return created;
    });
}

Result<Revision> DocumentService::editDraft(const User &actor, const QString &number, const QString &content, const QString &summary,
                                           RevisionStep step, const DraftBase &base)
{
    return editDraft(actor, number, content, summary, step, {}, base);
}

Result<Revision> DocumentService::editDraft(const User &actor, const QString &number, const QString &content, const QString &summary,
                                           RevisionStep step, const QHash<QString, QByteArray> &images, const DraftBase &base)
{
    if (summary.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A change summary (修订说明) is required.")};
    if (content.size() > kMaxContentChars)
        return Error{ErrorCode::InvalidInput, tr("The content is larger than 8 MiB characters; attach large material instead.")};
    // A release scheduled for a day that has come makes its revision effective first.
    if (auto applied = WorkflowService(m_db, m_clock).applyScheduledReleases(); !applied)
        return applied.error();
    return m_db.write([&]() -> Result<Revision> {
        DocumentStore documents(m_db);
        auto document = Visibility::find(m_db, actor, number);
        if (!document)
            return document.error();
        auto current = documents.currentRevision(document->id);
        if (!current)
            return current.error();
        if (current->status == RevisionStatus::Obsolete)
            return Error{ErrorCode::InvalidState, tr("%1 has been withdrawn and is obsolete; it cannot be edited.").arg(number)};
        if (const Status unchanged = checkBase(number, current.value(), base); !unchanged)
            return unchanged.error();

        const QString hash = contentHash(content);
        QString action = QStringLiteral("revision.edited");
        if (current->status == RevisionStatus::Effective) {
            // Editing an effective document starts its next revision as a new draft.
            if (const Status allowed = Permissions::mayStartRevision(actor, document.value()); !allowed)
                return allowed.error();
            auto label = RevisionLabel::next(current->label, StoreSettings(m_db).labelScheme(), step);
            if (!label)
                return label.error();
            Revision revision;
            revision.documentId = document->id;
            revision.label = label.value();
            revision.content = content;
            revision.contentHash = hash;
            revision.changeSummary = summary.trimmed();
            revision.author = actor.name;
            revision.createdAt = m_clock.nowUtc();
            revision.updatedAt = revision.createdAt;
            if (auto inserted = documents.insertRevision(revision, actor.id); !inserted)
                return inserted.error();
            action = QStringLiteral("revision.created");
        } else {
            if (const Status allowed = Permissions::mayEditDraft(actor, document.value(), current.value()); !allowed)
                return allowed.error();
            // A save that changes nothing (text, summary, images) is not an edit: nothing is recorded.
            auto same = unchangedDraft(current.value(), content, summary.trimmed(), images);
            if (!same)
                return same.error();
            if (same.value())
                return Error{ErrorCode::InvalidInput, tr("Nothing was changed in %1 %2: the text and the change summary are as saved, so no edit was recorded.")
                                                          .arg(number, current->label)};
            if (const Status forgotten = SearchIndex::forget(m_db, document->id); !forgotten)
                return forgotten.error();
            if (const Status saved = documents.updateDraft(current->id, content, hash, summary.trimmed(), m_clock.nowUtc()); !saved)
                return saved.error();
        }
        if (const Status indexed = SearchIndex::refresh(m_db, document->id); !indexed)
            return indexed.error();
        auto latest = documents.currentRevision(document->id);
        if (!latest)
            return latest.error();
        Revision saved = latest.value();
        AttachmentStore attachments(m_db);
        for (auto it = images.cbegin(); it != images.cend(); ++it) {
            const QString mime = it.key().endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? QStringLiteral("image/png")
                               : it.key().endsWith(QLatin1String(".gif"), Qt::CaseInsensitive) ? QStringLiteral("image/gif")
                                                                                                   : QStringLiteral("image/jpeg");
            if (const Status stored = attachments.put(saved.id, Attachment{it.key(), mime, it.value(), {}}); !stored)
                return stored.error();
        }
        // A draft with attachments keeps a content hash that covers them.
        auto covering = attachments.currentContentHash(saved.id, content);
        if (!covering)
            return covering.error();
        if (covering.value() != saved.contentHash) {
            if (const Status sealed = documents.updateDraft(saved.id, content, covering.value(), summary.trimmed(), saved.updatedAt); !sealed)
                return sealed.error();
            saved.contentHash = covering.value();
        }
        const QJsonObject details{{QStringLiteral("content_sha256"), saved.contentHash}, {QStringLiteral("summary"), summary.trimmed()}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, action, number + QLatin1Char(' ') + saved.label, details); !logged)
            return logged.error();
        if (const Status linked = LinkService::syncTextLinks(m_db, m_clock, actor.name, document.value(), content); !linked)
            return linked.error();
        return saved;
    });
}

Result<bool> DocumentService::unchangedDraft(const Revision &current, const QString &content, const QString &summary,
                                             const QHash<QString, QByteArray> &images) const
{
    if (current.content != content || current.changeSummary != summary)
        return false;
    if (images.isEmpty())
        return true;
    auto stored = AttachmentStore(m_db).all(current.id);
    if (!stored)
        return stored.error();
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        const auto same = std::find_if(stored->cbegin(), stored->cend(), [&](const Attachment &a) { return a.name == it.key() && a.data == it.value(); });
        if (same == stored->cend())
            return false;
    }
    return true;
}

Status DocumentService::checkBase(const QString &number, const Revision &current, const DraftBase &base) const
{
    if (base.label.isEmpty())
        return {};
    if (current.label == base.label && current.contentHash == base.contentHash && current.updatedAt == base.updatedAt)
        return {};
    QString who = current.author;
    if (auto events = AuditLog(m_db).events(number + QLatin1Char(' ') + current.label); events && !events->isEmpty())
        who = events->last().user;
    if (current.label != base.label) {
        return Error{ErrorCode::Conflict, tr("%1 changed while you edited it: %2 started revision %3 (you opened %4). Reload to see it, or save your text as the next edit.")
                                              .arg(number, who, current.label, base.label)};
    }
    return Error{ErrorCode::Conflict, tr("%1 %2 was saved by %3 at %4 while you edited it. Reload to see the change, or save your text as the next edit.")
                                          .arg(number, current.label, who, current.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))};
}

Result<QHash<QString, QByteArray>> DocumentService::images(const User &actor, const QString &number, const QString &label) const
{
    auto details = show(actor, number, label);
    if (!details)
        return details.error();
    auto all = AttachmentStore(m_db).all(details->revision.id);
    if (!all)
        return all.error();
    QHash<QString, QByteArray> images;
    for (const Attachment &a : all.value()) {
        if (a.mimeType.startsWith(QLatin1String("image/")))
            images.insert(a.name, a.data);
    }
    return images;
}

Result<DocumentDetails> DocumentService::show(const User &actor, const QString &number, const QString &label) const
{
    DocumentStore documents(m_db);
    auto document = Visibility::find(m_db, actor, number);
    if (!document)
        return document.error();
    auto all = documents.revisions(document->id);
    if (!all)
        return all.error();

    DocumentDetails details;
    details.document = Permissions::visibleDocument(actor, document.value(), all.value());
    const bool effectiveOnly = Permissions::seesEffectiveOnly(actor);
    for (const Revision &r : all.value()) {
        if (effectiveOnly && r.status != RevisionStatus::Effective && r.status != RevisionStatus::Superseded)
            continue;
        Revision entry = r;
        entry.content.clear();
        details.history.append(entry);
    }

    const Revision *chosen = nullptr;
    for (const Revision &r : all.value()) {
        const bool wanted = label.isEmpty() ? (!effectiveOnly || r.status == RevisionStatus::Effective) : r.label == label;
        if (wanted)
            chosen = &r; // the last match is the newest
    }
    if (!chosen) {
        if (!label.isEmpty())
            return Error{ErrorCode::NotFound, tr("%1 has no revision %2.").arg(number, label)};
        return Error{ErrorCode::NotFound, tr("%1 has no effective revision yet.").arg(number)};
    }
    if (const Status readable = Permissions::mayRead(actor, *chosen); !readable)
        return readable.error();
    details.revision = *chosen;
    return details;
}

Result<RegisterPage> DocumentService::list(const User &actor, RegisterQuery query) const
{
    query.filter.effectiveOnly = query.filter.effectiveOnly || Permissions::seesEffectiveOnly(actor);
    query.filter.viewer = actor;
    query.limit = std::clamp(query.limit, 1, 1000);
    query.offset = std::max(query.offset, 0);
    return queryRegister(m_db, query);
}

Result<SearchResults> DocumentService::search(const User &actor, const QString &query, int limit, int offset) const
{
    return SearchIndex::search(m_db, query, std::clamp(limit, 1, 500), std::max(offset, 0), Permissions::seesEffectiveOnly(actor), actor);
}

} // namespace dc
