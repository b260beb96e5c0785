#include "core/services/linkservice.h"

#include "core/search/citations.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/linkstore.h"
#include "core/store/sql.h"
#include "core/store/visibility.h"
#include "core/workflow/permissions.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace dc {

namespace {

QStringList sorted(QStringList numbers)
{
    numbers.removeDuplicates();
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

// The ids of the documents numbered `numbers`, in that order.
Result<QList<qint64>> idsOf(Database &db, const QStringList &numbers)
{
    QList<qint64> ids;
    DocumentStore documents(db);
    for (const QString &number : numbers) {
        auto found = documents.find(number);
        if (!found)
            return found.error();
        ids << found->id;
    }
    return ids;
}

} // namespace

Result<DocumentLinks> LinkService::links(const User &actor, const QString &number) const
{
    return m_db.read([&]() -> Result<DocumentLinks> {
        auto document = Visibility::find(m_db, actor, number);
        if (!document)
            return document.error();
        LinkStore store(m_db);
        auto cites = store.outgoing(document->id);
        if (!cites)
            return cites.error();
        auto citedBy = store.incoming(document->id);
        if (!citedBy)
            return citedBy.error();
        DocumentLinks links{document->number, cites.value(), citedBy.value()};
        if (Permissions::seesEffectiveOnly(actor)) {
            const auto hidden = [](const LinkedDocument &d) { return !d.effective; };
            links.cites.removeIf(hidden);
            links.citedBy.removeIf(hidden);
        }
        // Nor a document classified above the actor's clearance: not even its number.
        auto visibleCites = visibleTo(m_db, actor, links.cites);
        if (!visibleCites)
            return visibleCites.error();
        auto visibleCitedBy = visibleTo(m_db, actor, links.citedBy);
        if (!visibleCitedBy)
            return visibleCitedBy.error();
        links.cites = visibleCites.value();
        links.citedBy = visibleCitedBy.value();
        return links;
    });
}

Result<DocumentLinks> LinkService::changeLinks(const User &actor, const QString &number, const QStringList &add, const QStringList &remove)
{
    if (add.isEmpty() && remove.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Name at least one document to link or unlink.")};
    auto changed = m_db.write([&]() -> Status {
        DocumentStore documents(m_db);
        auto document = Visibility::find(m_db, actor, number);
        if (!document)
            return document.error();
        if (!Permissions::mayChangeMetadata(actor, document.value()) && !Permissions::mayStartRevision(actor, document.value()))
            return Error{ErrorCode::PermissionDenied, tr("%1 may not change the links of %2 (authors or document controllers may).").arg(actor.name, number)};
        auto current = documents.currentRevision(document->id);
        if (!current)
            return current.error();
        if (current->status == RevisionStatus::Obsolete)
            return Error{ErrorCode::InvalidState, tr("%1 has been withdrawn and is obsolete; its links cannot change.").arg(number)};
        LinkStore store(m_db);
        auto before = store.targets(document->id, LinkOrigin::Manual);
        if (!before)
            return before.error();
        QStringList after = before.value();
        for (const QString &gone : remove) {
            if (!after.removeOne(gone.trimmed()))
                return Error{ErrorCode::NotFound, tr("%1 has no link added by hand to %2; nothing was changed.").arg(number, gone.trimmed())};
        }
        for (const QString &wanted : add) {
            const QString target = wanted.trimmed();
            if (target == document->number)
                return Error{ErrorCode::InvalidInput, tr("%1 cannot cite itself.").arg(number)};
            if (!documents.numberExists(target))
                return Error{ErrorCode::NotFound, tr("There is no document %1 to link %2 to; nothing was changed.").arg(target, number)};
            after << target;
        }
        after = sorted(after);
        if (after == before.value())
            return Error{ErrorCode::InvalidInput, tr("%1 already has exactly these links; nothing was changed.").arg(number)};
        auto ids = idsOf(m_db, after);
        if (!ids)
            return ids.error();
        if (const Status replaced = store.replace(document->id, LinkOrigin::Manual, ids.value()); !replaced)
            return replaced;
        return record(m_db, m_clock, actor.name, document.value(), LinkOrigin::Manual, before.value(), after);
    });
    if (!changed)
        return changed.error();
    return links(actor, number);
}

Status LinkService::syncTextLinks(Database &db, const Clock &clock, const QString &actorName, const Document &document, const QString &content)
{
    const QStringList cited = Citations::numbersIn(content, document.number);
    LinkStore store(db);
    if (const Status recorded = store.replaceCitations(document.id, cited); !recorded)
        return recorded;
    DocumentStore documents(db);
    QStringList named;
    for (const QString &number : cited) {
        if (documents.numberExists(number))
            named << number;
    }
    named = sorted(named);
    auto before = store.targets(document.id, LinkOrigin::Text);
    if (!before)
        return before.error();
    if (before.value() == named)
        return {};
    auto ids = idsOf(db, named);
    if (!ids)
        return ids.error();
    if (const Status replaced = store.replace(document.id, LinkOrigin::Text, ids.value()); !replaced)
        return replaced;
    return record(db, clock, actorName, document, LinkOrigin::Text, before.value(), named);
}

Status LinkService::linkCitingTexts(Database &db, const Clock &clock, const QString &actorName, const Document &registered)
{
    // The texts that cited the number before it was registered, as syncTextLinks recorded them.
    auto candidates = Sql::exec(db, QStringLiteral("SELECT d.number, r.content FROM cited_numbers c JOIN documents d ON d.id = c.document_id"
                                                   " JOIN revisions r ON r.id = d.current_revision_id"
                                                   " WHERE c.number = ? AND d.id <> ? AND d.withdrawn_at IS NULL ORDER BY d.number"),
                                {registered.number, registered.id}, tr("find the texts that name a document"));
    if (!candidates)
        return candidates.error();
    QList<std::pair<QString, QString>> texts;
    while (candidates.value().next())
        texts.append(std::pair{candidates.value().value(0).toString(), candidates.value().value(1).toString()});
    DocumentStore documents(db);
    for (const auto &[number, content] : texts) {
        auto citing = documents.find(number);
        if (!citing)
            return citing.error();
        if (const Status synced = syncTextLinks(db, clock, actorName, citing.value(), content); !synced)
            return synced;
    }
    return {};
}

Result<QList<LinkedDocument>> LinkService::visibleTo(Database &db, const User &viewer, const QList<LinkedDocument> &documents)
{
    QList<LinkedDocument> visible;
    for (const LinkedDocument &linked : documents) {
        auto found = Visibility::find(db, viewer, linked.number);
        if (found)
            visible.append(linked);
        else if (found.code() != ErrorCode::NotFound)
            return found.error();
    }
    return visible;
}

Result<QList<LinkedDocument>> LinkService::citing(Database &db, qint64 documentId)
{
    auto incoming = LinkStore(db).incoming(documentId);
    if (!incoming)
        return incoming.error();
    QList<LinkedDocument> inUse = incoming.value();
    inUse.removeIf([](const LinkedDocument &d) { return d.withdrawn; });
    return inUse;
}

Status LinkService::record(Database &db, const Clock &clock, const QString &actorName, const Document &from, LinkOrigin origin,
                           const QStringList &before, const QStringList &after)
{
    QStringList added;
    QStringList removed;
    for (const QString &n : after) {
        if (!before.contains(n))
            added << n;
    }
    for (const QString &n : before) {
        if (!after.contains(n))
            removed << n;
    }
    const QJsonObject details{{QStringLiteral("origin"), toKey(origin)},
                              {QStringLiteral("links"), QJsonArray::fromStringList(after)},
                              {QStringLiteral("added"), QJsonArray::fromStringList(added)},
                              {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}};
    return Status::from(AuditLog(db, clock).append(actorName, QLatin1String(kAction), from.number, details));
}

} // namespace dc
