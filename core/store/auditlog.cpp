#include "core/store/auditlog.h"

#include "core/model/parallel.h"
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <vector>

namespace dc {

namespace {

const QString kColumns = QStringLiteral("seq, at, user_name, action, object, details, prev_hash, hash");

// An event as its row holds it; time and details are parsed by complete().
struct RawEvent {
    Event event;
    QString at, details;
};

RawEvent rawEventFrom(const QSqlQuery &q)
{
    RawEvent raw;
    raw.event.seq = q.value(0).toLongLong();
    raw.at = q.value(1).toString();
    raw.event.user = q.value(2).toString();
    raw.event.action = q.value(3).toString();
    raw.event.object = q.value(4).toString();
    raw.details = q.value(5).toString();
    raw.event.prevHash = q.value(6).toString();
    raw.event.hash = q.value(7).toString();
    return raw;
}

void complete(RawEvent &raw)
{
    raw.event.at = Sql::dateTimeFrom(raw.at);
    raw.event.details = QJsonDocument::fromJson(raw.details.toUtf8()).object();
}

Event eventFrom(const QSqlQuery &q)
{
    RawEvent raw = rawEventFrom(q);
    complete(raw);
    return raw.event;
}

} // namespace

Result<Event> AuditLog::head() const
{
    auto q = Sql::exec(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM events ORDER BY seq DESC LIMIT 1"), {},
                       QCoreApplication::translate("dc::AuditLog", "read the audit trail"));
    if (!q)
        return q.error();
    if (!q.value().next()) {
        Event none;
        none.hash = Event::genesisHash();
        return none;
    }
    return eventFrom(q.value());
}

Result<Event> AuditLog::append(const QString &user, const QString &action, const QString &object, const QJsonObject &details)
{
    return m_db.write([&]() -> Result<Event> {
        auto last = head();
        if (!last)
            return last.error();
        Event e;
        e.seq = last->seq + 1;
        e.at = m_clock.nowUtc();
        e.user = user;
        e.action = action;
        e.object = object;
        e.details = details;
        e.prevHash = last->hash;
        e.hash = e.computeHash();
        auto inserted = Sql::exec(m_db,
                                  QStringLiteral("INSERT INTO events(seq, at, user_name, action, object, details, prev_hash, hash)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {e.seq, Sql::toText(e.at), e.user, e.action, e.object,
                                   QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)), e.prevHash, e.hash},
                                  QCoreApplication::translate("dc::AuditLog", "record the event in the audit trail"));
        if (!inserted)
            return inserted.error();
        if (m_db.isPostgres()) {
            // Delivered to the other desks' ChangeFeed when the transaction commits; ids only.
            auto notified = Sql::exec(m_db, QStringLiteral("SELECT pg_notify(?, ?)"), {ChangeFeed::channel(), QString::number(e.seq)},
                                      QCoreApplication::translate("dc::AuditLog", "record the event in the audit trail"));
            if (!notified)
                return notified.error();
        }
        return e;
    });
}

Result<QList<Event>> AuditLog::events(const QString &objectPrefix) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM events");
    QVariantList binds;
    if (!objectPrefix.isEmpty()) {
        sql += QStringLiteral(" WHERE object = ? OR substr(object, 1, ?) = ?");
        binds = {objectPrefix, QVariant(objectPrefix.size() + 1), QString(objectPrefix + QLatin1Char(' '))};
    }
    sql += QStringLiteral(" ORDER BY seq");
    return read(sql, binds);
}

Result<QList<Event>> AuditLog::select(const QString &condition, const QVariantList &binds, const QString &tail) const
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM events");
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition;
    return read(sql + QLatin1Char(' ') + tail, binds);
}

Result<QList<Event>> AuditLog::since(qint64 seq) const
{
    return read(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM events WHERE seq > ? ORDER BY seq"), {seq});
}

Result<AuditLog::Checked> AuditLog::checkedEvents(qint64 afterSeq, int limit) const
{
    return read(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM events WHERE seq > ? ORDER BY seq LIMIT ?"), {afterSeq, limit}, true);
}

Result<AuditLog::Checked> AuditLog::read(const QString &sql, const QVariantList &binds, bool checkHashes) const
{
    auto q = Sql::exec(m_db, sql, binds, QCoreApplication::translate("dc::AuditLog", "read the audit trail"));
    if (!q)
        return q.error();
    // Parsing each event's time and JSON details costs more than reading its row: done on every
    // core once the rows are read (verify reads the whole trail, and checks the hashes there
    // while the details are still at hand as stored).
    std::vector<RawEvent> raw;
    while (q.value().next())
        raw.push_back(rawEventFrom(q.value()));
    Checked checked;
    if (checkHashes)
        checked.intact.resize(static_cast<qsizetype>(raw.size()));
    bool *intact = checked.intact.data(); // detached once, here, not by every thread; null when not checking
    inParallel(static_cast<qsizetype>(raw.size()), [&raw, intact](qsizetype i) {
        RawEvent &r = raw[static_cast<size_t>(i)];
        complete(r);
        if (intact)
            intact[i] = r.event.hashMatches(r.details.toUtf8());
        r.at = QString(); // parsed: freed now, not when the whole trail has been read
        r.details = QString();
    });
    checked.events.reserve(static_cast<qsizetype>(raw.size()));
    for (RawEvent &r : raw)
        checked.events.append(std::move(r.event));
    return checked;
}

Result<QList<Event>> AuditLog::read(const QString &sql, const QVariantList &binds) const
{
    auto checked = read(sql, binds, false);
    if (!checked)
        return checked.error();
    return std::move(checked->events);
}

} // namespace dc
