#pragma once

#include "core/model/event.h"
#include "core/model/result.h"
#include "core/model/user.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace dc {

class Database;

// What part of the audit trail to show; every field left empty matches everything, and the
// fields given must all match.
struct AuditFilter {
    QString document; // a document number: its own events and its revisions' ("ISMS-P-001 A/1")
    QString user;     // who acted (user name, exactly)
    QString action;   // the event kind ("revision.released"), exactly
    QDate from;       // first day, inclusive
    QDate to;         // last day, inclusive
    QTimeZone zone = QTimeZone::systemTimeZone(); // the days are days of this zone

    bool isEmpty() const { return document.isEmpty() && user.isEmpty() && action.isEmpty() && !from.isValid() && !to.isValid(); }
};

// One page of the trail, newest first; `more` when older events match too.
struct AuditPage {
    QList<Event> events;
    bool more = false;
};

// The audit trail as people read it: filtered in the store (SQL on SQLite and PostgreSQL), newest
// first, a page at a time; and exported as CSV. Only those who may read it (Permissions::
// mayReadAuditTrail) get anything. Reads only.
class AuditTrail final {
    Q_DECLARE_TR_FUNCTIONS(dc::AuditTrail)
public:
    explicit AuditTrail(Database &db) : m_db(db) {}

    // Up to `limit` events matching `filter` older than `beforeSeq` (0: from the head), newest
    // first; `limit` 0: all. The events of documents hidden from `actor` (Visibility) and of
    // their revisions are left out, as if the trail never held them. Fails when `actor` may not read the trail, when `from` is after
    // `to`, or on a store error.
    Result<AuditPage> find(const User &actor, const AuditFilter &filter, qint64 beforeSeq = 0, int limit = 0) const;

    // The event kinds of the events `actor` may read, sorted (for a filter's choice).
    Result<QStringList> actions(const User &actor) const;

    // "2026-11-21" → the date; an error naming `what` ("--from") for anything else.
    static Result<QDate> parseDate(const QString &text, const QString &what);
    // The filter checked: fails when `from` is after `to`.
    static Status check(const AuditFilter &filter);

    // The CSV columns (translated) and an event's cells: seq, time (UTC, ISO 8601), user,
    // action, object, details (compact JSON), hash.
    static QStringList csvHeaders();
    static QStringList csvCells(const Event &event);
    // Every event matching `filter`, newest first, as CSV (as the master list writes it:
    // UTF-8 with BOM, CRLF, formula-safe cells) written atomically to `path`.
    Status writeCsv(const User &actor, const AuditFilter &filter, const QString &path) const;

private:
    Database &m_db;
};

} // namespace dc
