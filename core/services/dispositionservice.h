#pragma once

#include "core/model/clock.h"
#include "core/model/disposition.h"
#include "core/model/result.h"
#include "core/model/signature.h"
#include "core/model/user.h"

#include <QCoreApplication>
#include <QList>

namespace dc {

class Database;
class UnlockedKey;

// Retention and disposition of records (ISO/IEC 27001 7.5.3 "retention and disposition").
//
// When retention ends is retentionEnd() (core/model/disposition.h): a withdrawn document
// `retentionYears` after its withdrawal (at once with 0), a record in use `retentionYears` after
// the effective date of its effective revision (never with 0); any other document in use never.
// The disposition list holds the documents whose retention ended on or before today, that are not
// disposed of, not under a legal hold and not kept longer past today.
//
// Only document controllers (and administrators) see the list and decide:
//  - destroy: signed with the password (meaning "disposed", over the content hash of the
//    effective revision, else the latest), it empties the content of every revision of the
//    document — the text, the attachments' data and so the text the search index holds — in one
//    transaction with one document.disposed event. Numbers, titles, revision labels, content
//    hashes, signatures and events stay, so the trail still verifies, and verify accepts the
//    missing content only because that event records it.
//  - keep until a later date, with a reason (document.kept, audited): the document leaves the
//    list until that day.
// A legal hold (document.hold_set / document.hold_lifted, with a reason) keeps a document off
// the list and makes destroy refuse it, naming the hold. Every refusal changes nothing.
class DispositionService final {
    Q_DECLARE_TR_FUNCTIONS(dc::DispositionService)
public:
    explicit DispositionService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // The documents due for disposition today, earliest due first. Controllers only.
    Result<QList<DispositionItem>> due(const User &actor) const;

    // The hold, keep-until decision and disposal of `number`. Fails when it does not exist.
    Result<RetentionState> state(const QString &number) const;

    // Destroys the content of `number` as described above, signed with `password`. Fails,
    // changing nothing, when the actor is no controller, the password is wrong, the reason is
    // empty, or the document is not due (held, kept longer, already disposed, retention running).
    Result<Signature> destroy(const User &actor, const QString &password, const QString &number, const QString &reason);
    Result<Signature> destroy(const User &actor, const UnlockedKey &key, const QString &number, const QString &reason);

    // Keeps `number` past its retention until `until` (after today), with a reason. Fails,
    // changing nothing, unless the document is due, the actor a controller and the reason given.
    Status keep(const User &actor, const QString &number, const QDate &until, const QString &reason);

    // Places (`hold`) or lifts a legal hold on `number` with a reason. Fails, changing nothing,
    // when the actor is no controller, the reason is empty, the document is disposed of, or it is
    // already (not) held.
    Status setHold(const User &actor, const QString &number, bool hold, const QString &reason);

    // Whether `number`'s content was disposed of: a refusal naming the day, else success. For the
    // services that read or change content (workflow, previews, exports).
    static Status checkNotDisposed(Database &db, qint64 documentId, const QString &number);

    static constexpr const char *kDisposed = "document.disposed";
    static constexpr const char *kKept = "document.kept";
    static constexpr const char *kHoldSet = "document.hold_set";
    static constexpr const char *kHoldLifted = "document.hold_lifted";

private:
    struct Candidate;
    Result<QList<Candidate>> candidates(const QString &number = {}) const;
    Result<Candidate> dueCandidate(const User &actor, const QString &number, const QString &reason) const;
    QDate today() const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
