#pragma once

#include "core/model/clock.h"
#include "core/model/event.h"
#include "core/model/result.h"

#include <QList>
#include <QVariantList>

namespace dc {

class Database;

// The audit trail: appends events to the hash chain and reads them back. The events table
// refuses UPDATE and DELETE (triggers), so the chain only grows; verify() checks it.
class AuditLog final {
public:
    explicit AuditLog(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // Appends an event after the current head, inside the caller's transaction (so the event
    // and the change it records commit together or not at all).
    Result<Event> append(const QString &user, const QString &action, const QString &object, const QJsonObject &details = {});

    // Events whose object starts with `objectPrefix` ("ISMS-P-001"), oldest first; all when empty.
    Result<QList<Event>> events(const QString &objectPrefix = {}) const;

    // Up to `limit` events after `afterSeq`, oldest first, and for each whether its hash matches
    // its content (Event::hashMatches, checked against the details as stored): what verify
    // reads, a batch at a time.
    struct Checked {
        QList<Event> events;
        QList<bool> intact;
    };
    Result<Checked> checkedEvents(qint64 afterSeq, int limit) const;

    // Events matching `condition` (SQL over the columns seq, at, user_name, action, object;
    // empty: all) with `binds`, followed by `tail` ("ORDER BY seq DESC LIMIT 51").
    Result<QList<Event>> select(const QString &condition, const QVariantList &binds, const QString &tail) const;

    // Events after `seq`, oldest first: what changed since a reader last looked.
    Result<QList<Event>> since(qint64 seq) const;

    // The last event (seq 0 and the genesis hash when the chain is empty).
    Result<Event> head() const;

private:
    Result<Checked> read(const QString &sql, const QVariantList &binds, bool checkHashes) const;
    Result<QList<Event>> read(const QString &sql, const QVariantList &binds) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
