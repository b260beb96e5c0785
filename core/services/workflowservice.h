#pragma once

#include "core/model/clock.h"
#include "core/model/controlledcopy.h"
#include "core/model/document.h"
#include "core/model/documentlink.h"
#include "core/model/event.h"
#include "core/model/revision.h"
#include "core/model/signature.h"
#include "core/model/user.h"
#include "core/model/result.h"
#include "core/workflow/actions.h"
#include "core/workflow/reviewround.h"

#include <QCoreApplication>
#include <optional>

namespace dc {

class Database;
class UnlockedKey;

// What a release did: the revision released, whether it is effective yet or scheduled for a
// later date, and the revision it superseded.
struct ReleaseOutcome {
    Revision released;
    bool scheduled = false;
    std::optional<Revision> superseded;
    QList<ControlledCopy> toRecall; // controlled copies of the superseded revision still out
    QList<LinkedDocument> citedBy;  // documents in use that cite this one: their review may be due
    QStringList toAcknowledge;      // users asked to read and acknowledge it (AcknowledgementService)
};

// What a withdrawal did: the document (now obsolete), the controller's signature (meaning
// withdrawn) and the controlled copies of any of its revisions still out, to be recalled.
struct WithdrawOutcome {
    Document document;
    Signature signature;
    QList<ControlledCopy> toRecall;
    QList<LinkedDocument> citedBy; // documents in use that cited it: they must be reviewed
};

// What is due for review: an effective revision whose periodic review is due, or a document of
// external origin whose check for a newer edition is (ExternalRegister).
struct DueReview {
    Document document;
    Revision revision; // the effective revision; for an external check, the current one (without content)
    bool overdue = false;
    bool externalCheck = false;
    QDate due; // the next review date, or the next check
};

// Everything that happened to a document: its revisions, their signatures and its events.
struct DocumentHistory {
    Document document;
    QList<Revision> revisions;   // oldest first, without content
    QList<Signature> signatures; // oldest first
    QList<Event> events;         // oldest first
};

// The lifecycle of revisions (DESIGN.md): submit → review → approve → release → supersede /
// withdraw, periodic review, with roles, segregation of duties and electronic signatures.
// Each action is one transaction that also appends its events to the audit trail; a refused
// action changes nothing. Actions that sign take the signer's password again.
class WorkflowService final {
    Q_DECLARE_TR_FUNCTIONS(dc::WorkflowService)
public:
    explicit WorkflowService(Database &db, const Clock &clock = Clock::system()) : m_db(db), m_clock(clock) {}

    // Sends the current draft of `number` for review. Route fields left empty come from the
    // type's default route. Fails when the revision is not a draft, the actor may not submit
    // it, or a reviewer/approver is unknown, disabled, lacks the role or wrote the revision.
    Result<Revision> submit(const User &actor, const QString &number, const Route &route = {});

    // Signs the revision under review (Reviewed) or awaiting approval (Approved). The last
    // reviewer's signature moves it on to approval; the approver's makes it approved.
    Result<Signature> sign(const User &actor, const QString &password, const QString &number, SignatureMeaning meaning,
                           const QString &comment = {});
    // The same with a key the signer has already opened (Keyring::unlock), for a batch of signatures.
    Result<Signature> sign(const User &actor, const UnlockedKey &key, const QString &number, SignatureMeaning meaning,
                           const QString &comment = {});

    // Sends the revision back to draft with a required comment (a reviewer or the approver on its route).
    Result<Revision> reject(const User &actor, const QString &number, const QString &comment);

    // Releases the approved revision, signed, effective on `effective` (today when null; never
    // earlier). From that day it is effective and the previous effective revision superseded.
    Result<ReleaseOutcome> release(const User &actor, const QString &password, const QString &number, QDate effective = {});
    Result<ReleaseOutcome> release(const User &actor, const UnlockedKey &key, const QString &number, QDate effective = {});

    // Makes the document obsolete: its effective revision and any revision in progress. The
    // controller signs it (meaning withdrawn) with the password, over the content hash of the
    // effective revision (else the latest). Fails, changing nothing, without a reason, with a
    // wrong password, for anyone but a document controller (or administrator), or when the
    // document is already obsolete. A document that documents in use cite (LinkService) is
    // withdrawn only `despiteCitations`; otherwise it fails with InvalidState naming them.
    Result<WithdrawOutcome> withdraw(const User &actor, const QString &password, const QString &number, const QString &reason,
                                     bool despiteCitations = false);
    Result<WithdrawOutcome> withdraw(const User &actor, const UnlockedKey &key, const QString &number, const QString &reason,
                                     bool despiteCitations = false);

    // Records a signed periodic review of the effective revision that changes nothing, and
    // sets its next review date one review interval ahead.
    Result<Signature> periodicReview(const User &actor, const QString &password, const QString &number, const QString &comment = {});

    // Signs "I have read and understood" (meaning acknowledged, 已阅知悉) on the effective revision
    // of `number`, answering the request its release made of the actor. Fails, changing nothing,
    // when the document is hidden from the actor (as a missing one), has no effective revision,
    // asks nothing of the actor, or the password is wrong.
    Result<Signature> acknowledge(const User &actor, const QString &password, const QString &number);

    // Effective revisions due for periodic review and external documents due for their check by
    // `until` (today when null), of the documents the actor may see, earliest first (so overdue first).
    Result<QList<DueReview>> dueReviews(const User &actor, QDate until = {}) const;

    Result<DocumentHistory> history(const User &actor, const QString &number) const;

    // The open round of review of a revision with who has signed in it so far; nothing when
    // the revision is not under review or awaiting approval. Fails on a store error.
    Result<std::optional<ReviewRound>> openRound(qint64 revisionId) const;

    // Makes effective every revision released for a date that has come. Returns how many.
    Result<int> applyScheduledReleases();

    // The type's default route; setting it is for document controllers.
    Status setDefaultRoute(const User &actor, DocumentType type, const Route &route);

    QDate today() const;

private:
    struct Target;
    Result<Target> load(const QString &number) const;
    Result<Target> beginAction(const QString &number);
    // The document `actor` may withdraw now with this reason, or why not (before any password).
    Result<Target> withdrawable(const User &actor, const QString &number, const QString &reason, bool despiteCitations);
    // The state the action rules look at, read from the store; with it, whether `actor` may take
    // `action` now (WorkflowRules::availability, the rule the screens show).
    Result<WorkflowState> stateOf(const Target &target) const;
    Result<WorkflowState> authorize(const User &actor, const Target &target, WorkflowAction action) const;
    Status checkRoute(const Document &document, const Revision &revision, const Route &route) const;
    Result<Signature> makeSignature(const User &actor, const UnlockedKey &key, const Target &target, const Revision &revision,
                                    SignatureMeaning meaning, qint64 submissionId, const QString &comment);
    Result<std::optional<Revision>> makeEffective(const Document &document, const Revision &revision, const QString &actorName);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace dc
