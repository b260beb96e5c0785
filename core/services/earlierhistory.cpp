// EarlierHistory::read and DocumentService::recordEarlierRevision: revisions released before
// the store existed, recorded in the audit trail.
#include "core/services/earlierhistory.h"

#include "core/model/revisionlabel.h"
#include "core/services/documentservice.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/workflow/permissions.h"

#include <QJsonObject>

#include <algorithm>

namespace dc {

QString EarlierHistory::note()
{
    return QStringLiteral("记录，非本系统签署 recorded, not signed here");
}

Result<QList<EarlierRevision>> EarlierHistory::read(Database &db, const QString &number)
{
    auto events = AuditLog(db).events(number);
    if (!events)
        return events.error();
    QList<EarlierRevision> entries;
    for (const Event &e : events.value()) {
        if (e.object != number || e.action != kAction)
            continue;
        const QJsonObject &d = e.details;
        entries.append(EarlierRevision{d.value(QLatin1String("label")).toString(),
                                       QDate::fromString(d.value(QLatin1String("released_on")).toString(), Qt::ISODate),
                                       d.value(QLatin1String("summary")).toString(), d.value(QLatin1String("approved_by")).toString(),
                                       e.user, e.at});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const EarlierRevision &a, const EarlierRevision &b) { return a.releasedOn < b.releasedOn; });
    return entries;
}

Result<QList<EarlierRevision>> DocumentService::earlierRevisions(const QString &number) const
{
    return EarlierHistory::read(m_db, number);
}

Result<EarlierRevision> DocumentService::recordEarlierRevision(const User &actor, const QString &number, EarlierRevision entry)
{
    Document named;
    named.number = number;
    if (const Status allowed = Permissions::mayChangeMetadata(actor, named); !allowed)
        return allowed.error();
    entry.label = entry.label.trimmed();
    entry.summary = entry.summary.trimmed();
    entry.approvedBy = entry.approvedBy.trimmed();
    if (entry.label.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the earlier revision's label, e.g. A/0.")};
    if (entry.label.size() > 20)
        return Error{ErrorCode::InvalidInput, tr("A revision label may be at most 20 characters long.")};
    if (!entry.releasedOn.isValid())
        return Error{ErrorCode::InvalidInput, tr("Give the day revision %1 was released on (YYYY-MM-DD).").arg(entry.label)};
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    if (entry.releasedOn > today)
        return Error{ErrorCode::InvalidInput, tr("Revision %1 cannot have been released on %2: that is after today (%3).")
                                                  .arg(entry.label, entry.releasedOn.toString(Qt::ISODate), today.toString(Qt::ISODate))};
    if (entry.summary.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the change summary (修订说明) of revision %1.").arg(entry.label)};
    if (entry.approvedBy.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Give the name of who approved revision %1 on paper.").arg(entry.label)};

    return m_db.write([&]() -> Result<EarlierRevision> {
        DocumentStore documents(m_db);
        auto document = documents.find(number);
        if (!document)
            return document.error();
        auto revisions = documents.revisions(document->id);
        if (!revisions)
            return revisions.error();
        if (!revisions->isEmpty()) {
            const Revision &first = revisions->constFirst();
            const QDate firstDay = first.createdAt.toLocalTime().date();
            if (entry.releasedOn >= firstDay)
                return Error{ErrorCode::InvalidInput, tr("An earlier revision must be released before the first revision kept here (%1, %2); %3 is not.")
                                                          .arg(first.label, firstDay.toString(Qt::ISODate), entry.releasedOn.toString(Qt::ISODate))};
        }
        for (const Revision &r : std::as_const(revisions.value())) {
            if (r.label.compare(entry.label, Qt::CaseInsensitive) == 0)
                return Error{ErrorCode::Duplicate, tr("%1 already has a revision %2 kept here.").arg(number, r.label)};
        }
        auto earlier = EarlierHistory::read(m_db, number);
        if (!earlier)
            return earlier.error();
        for (const EarlierRevision &e : std::as_const(earlier.value())) {
            if (e.label.compare(entry.label, Qt::CaseInsensitive) == 0)
                return Error{ErrorCode::Duplicate, tr("%1 already has an earlier revision %2 recorded.").arg(number, e.label)};
        }
        const QJsonObject details{{QStringLiteral("label"), entry.label},
                                  {QStringLiteral("released_on"), entry.releasedOn.toString(Qt::ISODate)},
                                  {QStringLiteral("summary"), entry.summary},
                                  {QStringLiteral("approved_by"), entry.approvedBy},
                                  {QStringLiteral("signed"), false}};
        auto logged = AuditLog(m_db, m_clock).append(actor.name, QString(EarlierHistory::kAction), number, details);
        if (!logged)
            return logged.error();
        entry.recordedBy = actor.name;
        entry.recordedAt = logged->at;
        return entry;
    });
}

} // namespace dc
