#include "core/services/audittrail.h"

#include "core/services/reportcsv.h"
#include "core/services/serviceslog.h"
#include "core/store/auditlog.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/visibility.h"
#include "core/workflow/permissions.h"

#include <QJsonDocument>

namespace dc {

namespace {

// The first instant of `day` in `zone`, as the store writes times (UTC text, which sorts).
QString startOf(const QDate &day, const QTimeZone &zone)
{
    return Sql::toText(day.startOfDay(zone).toUTC());
}

// Leaves out the events of documents hidden from `viewer` (the document's own events, whose
// object is its number, and its revisions', "NUMBER LABEL"); events about no document (users,
// settings, the store) stay. Empty when the viewer sees every document.
QString visibleEvents(const User &viewer)
{
    if (viewer.seesEveryClassification())
        return {};
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM documents d WHERE (events.object = d.number"
                          " OR substr(events.object, 1, length(d.number) + 1) = d.number || ' ') AND NOT ")
        + Visibility::condition(viewer) + QLatin1Char(')');
}

} // namespace

Status AuditTrail::check(const AuditFilter &filter)
{
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return Error{ErrorCode::InvalidInput, tr("The first day (%1) is after the last day (%2).")
                                                  .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate))};
    return {};
}

Result<QDate> AuditTrail::parseDate(const QString &text, const QString &what)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid() || text.trimmed().size() != 10)
        return Error{ErrorCode::InvalidInput, tr("%1 needs a date like 2026-11-21, not \"%2\".").arg(what, text)};
    return date;
}

Result<AuditPage> AuditTrail::find(const User &actor, const AuditFilter &filter, qint64 beforeSeq, int limit) const
{
    if (const Status allowed = Permissions::mayReadAuditTrail(actor); !allowed)
        return allowed.error();
    if (const Status checked = check(filter); !checked)
        return checked.error();
    QStringList conditions;
    QVariantList binds;
    if (!filter.document.isEmpty()) {
        // The document itself ("ISMS-P-001") and its revisions ("ISMS-P-001 A/1"), not "ISMS-P-0011".
        conditions << QStringLiteral("(object = ? OR substr(object, 1, ?) = ?)");
        binds << filter.document << QVariant(int(filter.document.size()) + 1) << QString(filter.document + QLatin1Char(' '));
    }
    if (!filter.user.isEmpty()) {
        conditions << QStringLiteral("user_name = ?");
        binds << filter.user;
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        binds << filter.action;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        binds << startOf(filter.from, filter.zone);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        binds << startOf(filter.to.addDays(1), filter.zone);
    }
    if (beforeSeq > 0) {
        conditions << QStringLiteral("seq < ?");
        binds << beforeSeq;
    }
    if (const QString visible = visibleEvents(actor); !visible.isEmpty())
        conditions << visible;
    QString tail = QStringLiteral("ORDER BY seq DESC");
    if (limit > 0)
        tail += QStringLiteral(" LIMIT ") + QString::number(limit + 1); // one more: are there older ones?
    auto events = AuditLog(m_db).select(conditions.join(QStringLiteral(" AND ")), binds, tail);
    if (!events)
        return events.error();
    AuditPage page;
    page.events = events.value();
    if (limit > 0 && page.events.size() > limit) {
        page.events.removeLast();
        page.more = true;
    }
    return page;
}

Result<QStringList> AuditTrail::actions(const User &actor) const
{
    if (const Status allowed = Permissions::mayReadAuditTrail(actor); !allowed)
        return allowed.error();
    const QString visible = visibleEvents(actor);
    auto q = Sql::exec(m_db,
                       QStringLiteral("SELECT DISTINCT action FROM events") + (visible.isEmpty() ? QString() : QStringLiteral(" WHERE ") + visible)
                           + QStringLiteral(" ORDER BY action"),
                       {}, tr("read the audit trail"));
    if (!q)
        return q.error();
    QStringList all;
    while (q.value().next())
        all << q.value().value(0).toString();
    return all;
}

QStringList AuditTrail::csvHeaders()
{
    return {tr("Event"), tr("Time (UTC)"), tr("User"), tr("Action"), tr("Object"), tr("Details"), tr("Hash")};
}

QStringList AuditTrail::csvCells(const Event &e)
{
    return {QString::number(e.seq), Sql::toText(e.at), e.user, e.action, e.object,
            QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), e.hash};
}

Status AuditTrail::writeCsv(const User &actor, const AuditFilter &filter, const QString &path) const
{
    auto page = find(actor, filter);
    if (!page)
        return page.error();
    QList<QStringList> rows;
    for (const Event &e : page->events)
        rows << csvCells(e);
    if (const Status written = ReportCsv::write(m_db, ReportCsv::bytes(csvHeaders(), rows), path); !written)
        return written;
    qCInfo(lcServices).noquote() << "audit trail of" << page->events.size() << "events written as CSV to" << path;
    return {};
}

} // namespace dc
