#include "core/services/workflowservice.h"

#include "core/model/soatable.h"

#include "core/services/dispositionservice.h"
#include "core/services/keyring.h"
#include "core/services/linkservice.h"
#include "core/services/storedround.h"
#include "core/services/workflowtarget.h"
#include "core/store/searchindex.h"
#include "core/security/contenthash.h"
#include "core/store/attachmentstore.h"
#include "core/store/auditlog.h"
#include "core/store/copystore.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/visibility.h"
#include "core/services/acknowledgements.h"
#include "core/store/sql.h"
#include "core/store/storesettings.h"
#include "core/store/userstore.h"
#include "core/store/workflowstore.h"
#include "core/model/lifecycle.h"
#include "core/workflow/permissions.h"
#include "core/workflow/workflowlog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace dc {

QDate WorkflowService::today() const
{
    return m_clock.nowUtc().toLocalTime().date();
}

Result<WorkflowService::Target> WorkflowService::load(const QString &number) const
{
    DocumentStore documents(m_db);
    auto document = documents.find(number);
    if (!document)
        return document.error();
    auto revisions = documents.revisions(document->id);
    if (!revisions)
        return revisions.error();
    if (revisions->isEmpty())
        return Error{ErrorCode::CorruptStore, tr("%1 has no revisions.").arg(number)};
    Target target{document.value(), revisions.value()};
    if (target.latest().status == RevisionStatus::Obsolete)
        return Error{ErrorCode::InvalidState, tr("%1 has been withdrawn and is obsolete; nothing more can be done with it.").arg(number)};
    if (const Status kept = DispositionService::checkNotDisposed(m_db, target.document.id, number); !kept)
        return kept.error();
    // A content hash that no longer matches its content means the store was altered outside
    // DocumentControl: never sign or release on top of that.
    const Revision &latest = target.latest();
    auto holds = AttachmentStore(m_db).contentHolds(latest.id, latest.content, latest.contentHash);
    if (!holds)
        return holds.error();
    if (!holds.value())
        return Error{ErrorCode::CorruptStore, tr("The content of %1 revision %2 does not match its recorded hash; run verify.").arg(number, latest.label)};
    return target;
}

Result<WorkflowService::Target> WorkflowService::beginAction(const QString &number)
{
    // A release scheduled for a day that has come takes effect before anything else happens.
    if (auto applied = applyScheduledReleases(); !applied)
        return applied.error();
    return load(number);
}

Result<WorkflowState> WorkflowService::stateOf(const Target &target) const
{
    WorkflowState state;
    state.document = target.document;
    state.current = target.latest();
    state.hasEffective = target.withStatus(RevisionStatus::Effective) != nullptr;
    state.readOnlyStore = m_db.isReadOnly();
    if (state.current.status == RevisionStatus::InReview || state.current.status == RevisionStatus::InApproval) {
        auto round = openRound(state.current.id);
        if (!round)
            return round.error();
        state.round = round.value();
    }
    if (state.current.status == RevisionStatus::Approved) {
        auto signatures = WorkflowStore(m_db).signatures(state.current.id);
        if (!signatures)
            return signatures.error();
        for (const Signature &s : signatures.value()) {
            if (s.meaning == SignatureMeaning::Approved)
                state.approvedBy = s.signer;
        }
    }
    return state;
}

Result<WorkflowState> WorkflowService::authorize(const User &actor, const Target &target, WorkflowAction action) const
{
    // A document the actor may not see is, to them, a document that does not exist.
    if (const Status visible = Visibility::check(m_db, actor, target.document.id, target.document.number); !visible)
        return visible.error();
    auto state = stateOf(target);
    if (!state)
        return state;
    if (const Status allowed = WorkflowRules::availability(actor, state.value(), action); !allowed)
        return allowed.error();
    return state;
}

Result<std::optional<ReviewRound>> WorkflowService::openRound(qint64 revisionId) const
{
    WorkflowStore store(m_db);
    auto open = store.openSubmission(revisionId);
    if (!open)
        return open.code() == ErrorCode::NotFound ? Result<std::optional<ReviewRound>>(std::nullopt) : open.error();
    auto signedBy = store.signersIn(open->id, SignatureMeaning::Reviewed);
    if (!signedBy)
        return signedBy.error();
    return std::optional<ReviewRound>(reviewRoundOf(open.value(), signedBy.value()));
}

Status WorkflowService::checkRoute(const Document &document, const Revision &revision, const Route &route) const
{
    if (route.reviewers.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Name at least one reviewer for %1 (no default route is set for its type).").arg(document.number)};
    if (route.approver.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Name the approver for %1 (no default route is set for its type).").arg(document.number)};
    UserStore users(m_db);
    QSet<QString> seen;
    const auto check = [&](const QString &name, Role role) -> Status {
        auto user = users.find(name);
        if (!user)
            return user.code() == ErrorCode::NotFound ? Error{ErrorCode::InvalidInput, tr("\"%1\" on the route is not a user of this store.").arg(name)}
                                                      : user.error();
        if (!user->active)
            return Error{ErrorCode::InvalidInput, tr("%1 on the route is disabled.").arg(name)};
        const Status allowed = role == Role::Reviewer ? Permissions::mayReview(user.value(), document, revision)
                                                      : Permissions::mayApprove(user.value(), document, revision);
        if (!allowed)
            return Error{ErrorCode::InvalidInput, tr("%1 cannot be on the route of %2: %3").arg(name, document.number, allowed.message())};
        return {};
    };
    for (const QString &name : route.reviewers) {
        if (seen.contains(name))
            return Error{ErrorCode::InvalidInput, tr("%1 is named twice as a reviewer.").arg(name)};
        seen.insert(name);
        if (const Status ok = check(name, Role::Reviewer); !ok)
            return ok;
    }
    if (seen.contains(route.approver))
        return Error{ErrorCode::InvalidInput, tr("%1 cannot both review and approve the same revision.").arg(route.approver)};
    return check(route.approver, Role::Approver);
}

Result<Revision> WorkflowService::submit(const User &actor, const QString &number, const Route &given)
{
    auto target = beginAction(number);
    if (!target)
        return target.error();
    const Revision &revision = target->latest();
    if (auto allowed = authorize(actor, target.value(), WorkflowAction::Submit); !allowed)
        return allowed.error();
    if (target->document.type == DocumentType::Soa) {
        // A Statement of Applicability goes to review only with every control decided and justified.
        auto table = Soa::parse(revision.content);
        const Status valid = table ? Soa::validate(table.value()) : Status(table.error());
        if (!valid)
            return Error{ErrorCode::InvalidInput, tr("%1 %2 cannot be submitted: %3").arg(number, revision.label, valid.message())};
    }

    const Route fallback = StoreSettings(m_db).defaultRoute(target->document.type);
    Route route = given;
    if (route.reviewers.isEmpty()) {
        route.reviewers = fallback.reviewers;
        route.sequential = fallback.sequential;
    }
    if (route.approver.isEmpty())
        route.approver = fallback.approver;
    if (const Status valid = checkRoute(target->document, revision, route); !valid)
        return valid.error();

    return m_db.write([&]() -> Result<Revision> {
        UserStore users(m_db);
        QList<qint64> reviewerIds;
        for (const QString &name : route.reviewers)
            reviewerIds << users.find(name)->id;
        const qint64 approverId = users.find(route.approver)->id;
        WorkflowStore store(m_db);
        auto submission = store.insertSubmission(revision.id, actor.id, m_clock.nowUtc(), route.sequential, approverId, reviewerIds);
        if (!submission)
            return submission.error();
        if (const Status moved = store.setStatus(revision.id, RevisionStatus::Draft, RevisionStatus::InReview); !moved)
            return moved.error();
        logTransition(number, revision.label, RevisionStatus::Draft, RevisionStatus::InReview, actor.name);
        const QJsonObject details{{QStringLiteral("submission_id"), submission.value()},
                                  {QStringLiteral("content_sha256"), revision.contentHash},
                                  {QStringLiteral("reviewers"), QJsonArray::fromStringList(route.reviewers)},
                                  {QStringLiteral("approver"), route.approver},
                                  {QStringLiteral("sequential"), route.sequential}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("revision.submitted"), target->object(revision), details); !logged)
            return logged.error();
        return DocumentStore(m_db).revision(revision.documentId, revision.label);
    });
}

Result<Signature> WorkflowService::makeSignature(const User &actor, const UnlockedKey &key, const Target &target, const Revision &revision,
                                                 SignatureMeaning meaning, qint64 submissionId, const QString &comment)
{
    if (key.userId() != actor.id)
        return Error{ErrorCode::PermissionDenied, tr("%1 can only sign with their own key.").arg(actor.name)};
    // The account as stored now: a key opened before the account was disabled signs nothing.
    auto current = UserStore(m_db).find(actor.name);
    if (!current)
        return current.error();
    if (!current->active)
        return Error{ErrorCode::AuthenticationFailed, tr("The account \"%1\" is disabled; nothing was signed.").arg(actor.name)};
    Signature s;
    s.revisionId = revision.id;
    s.documentNumber = target.document.number;
    s.revisionLabel = revision.label;
    s.contentHash = revision.contentHash;
    s.meaning = meaning;
    s.signer = actor.name;
    s.signerDisplayName = actor.displayName;
    s.signedAt = m_clock.nowUtc();
    s.comment = comment.trimmed();
    s.keyId = key.keyId();
    s.submissionId = submissionId;
    s.signature = key.sign(s.payload());
    if (s.signature.isEmpty())
        return Error{ErrorCode::Io, tr("The signature could not be made.")};
    auto id = WorkflowStore(m_db).insertSignature(s, actor.id);
    if (!id)
        return id.error();
    s.id = id.value();
    const QJsonObject details = WorkflowStore::eventDetails(s);
    if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("signature.") + toKey(meaning), target.object(revision), details); !logged)
        return logged.error();
    qCDebug(lcWorkflow).noquote() << target.document.number << revision.label << "signed as" << toKey(meaning) << "by" << actor.name << "key" << s.keyId;
    return s;
}

Result<Signature> WorkflowService::sign(const User &actor, const QString &password, const QString &number, SignatureMeaning meaning,
                                        const QString &comment)
{
    auto key = Keyring(m_db, m_clock).unlock(actor, password);
    if (!key)
        return key.error();
    return sign(actor, key.value(), number, meaning, comment);
}

Result<Signature> WorkflowService::sign(const User &actor, const UnlockedKey &key, const QString &number, SignatureMeaning meaning,
                                        const QString &comment)
{
    if (auto applied = applyScheduledReleases(); !applied)
        return applied.error();
    if (meaning != SignatureMeaning::Reviewed && meaning != SignatureMeaning::Approved)
        return Error{ErrorCode::InvalidInput, tr("Sign as reviewer or approver; releases and periodic reviews have their own commands.")};
    const bool reviewing = meaning == SignatureMeaning::Reviewed;
    const WorkflowAction action = reviewing ? WorkflowAction::SignReview : WorkflowAction::SignApprove;
    auto target = load(number);
    if (!target)
        return target.error();
    const Revision revision = target->latest();
    if (auto allowed = authorize(actor, target.value(), action); !allowed)
        return allowed.error();

    return m_db.write([&]() -> Result<Signature> {
        // Read again under the write lock: another reviewer may have signed meanwhile.
        auto fresh = load(number);
        if (!fresh)
            return fresh.error();
        if (fresh->latest().id != revision.id || fresh->latest().status != revision.status)
            return Error{ErrorCode::InvalidState, tr("%1 revision %2 changed meanwhile; look at it again before signing.").arg(number, revision.label)};
        auto state = authorize(actor, fresh.value(), action);
        if (!state)
            return state.error();
        ReviewRound &round = *state.value().round;
        auto signature = makeSignature(actor, key, fresh.value(), revision, meaning, round.submissionId, comment);
        if (!signature)
            return signature;
        WorkflowStore store(m_db);
        if (reviewing) {
            round.reviewersSigned << actor.name;
            if (round.reviewsComplete()) {
                if (const Status moved = store.setStatus(revision.id, RevisionStatus::InReview, RevisionStatus::InApproval); !moved)
                    return moved.error();
                logTransition(number, revision.label, RevisionStatus::InReview, RevisionStatus::InApproval, actor.name);
                if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("revision.reviewed"), fresh->object(revision)); !logged)
                    return logged.error();
            }
        } else {
            if (const Status moved = store.setStatus(revision.id, RevisionStatus::InApproval, RevisionStatus::Approved); !moved)
                return moved.error();
            logTransition(number, revision.label, RevisionStatus::InApproval, RevisionStatus::Approved, actor.name);
            if (const Status closed = store.closeSubmission(round.submissionId, QStringLiteral("approved"), actor.id, m_clock.nowUtc(), signature->comment); !closed)
                return closed.error();
            if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("revision.approved"), fresh->object(revision)); !logged)
                return logged.error();
        }
        return signature;
    });
}

Result<Revision> WorkflowService::reject(const User &actor, const QString &number, const QString &comment)
{
    if (comment.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A rejection needs a comment that says what must change.")};
    auto target = beginAction(number);
    if (!target)
        return target.error();
    const Revision &revision = target->latest();
    auto state = authorize(actor, target.value(), WorkflowAction::Reject);
    if (!state)
        return state.error();
    const qint64 submissionId = state->round->submissionId;

    return m_db.write([&]() -> Result<Revision> {
        WorkflowStore store(m_db);
        if (const Status closed = store.closeSubmission(submissionId, QStringLiteral("rejected"), actor.id, m_clock.nowUtc(), comment.trimmed()); !closed)
            return closed.error();
        if (const Status moved = store.setStatus(revision.id, revision.status, RevisionStatus::Draft); !moved)
            return moved.error();
        logTransition(number, revision.label, revision.status, RevisionStatus::Draft, actor.name);
        const QJsonObject details{{QStringLiteral("submission_id"), submissionId}, {QStringLiteral("comment"), comment.trimmed()},
                                  {QStringLiteral("stage"), toKey(revision.status)}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("revision.rejected"), target->object(revision), details); !logged)
            return logged.error();
        return DocumentStore(m_db).revision(revision.documentId, revision.label);
    });
}

Result<std::optional<Revision>> WorkflowService::makeEffective(const Document &document, const Revision &revision, const QString &actorName)
{
    WorkflowStore store(m_db);
    std::optional<Revision> superseded;
    auto all = DocumentStore(m_db).revisions(document.id);
    if (!all)
        return all.error();
    for (const Revision &r : all.value()) {
        if (r.status != RevisionStatus::Effective)
            continue;
        if (const Status moved = store.setStatus(r.id, RevisionStatus::Effective, RevisionStatus::Superseded); !moved)
            return moved.error();
        logTransition(document.number, r.label, RevisionStatus::Effective, RevisionStatus::Superseded, actorName);
        if (auto logged = AuditLog(m_db, m_clock).append(actorName, QStringLiteral("revision.superseded"), document.number + QLatin1Char(' ') + r.label,
                                                         QJsonObject{{QStringLiteral("by"), revision.label}});
            !logged)
            return logged.error();
        superseded = r;
        superseded->status = RevisionStatus::Superseded;
    }
    const QDate nextReview = revision.effectiveDate.addMonths(document.reviewIntervalMonths);
    if (const Status moved = store.setStatus(revision.id, RevisionStatus::Approved, RevisionStatus::Effective); !moved)
        return moved.error();
    logTransition(document.number, revision.label, RevisionStatus::Approved, RevisionStatus::Effective, actorName);
    if (const Status dated = store.setDates(revision.id, revision.effectiveDate, nextReview); !dated)
        return dated.error();
    const QJsonObject details{{QStringLiteral("effective_date"), revision.effectiveDate.toString(Qt::ISODate)},
                              {QStringLiteral("next_review_date"), nextReview.toString(Qt::ISODate)}};
    if (auto logged = AuditLog(m_db, m_clock).append(actorName, QStringLiteral("revision.effective"), document.number + QLatin1Char(' ') + revision.label, details); !logged)
        return logged.error();
    if (const Status indexed = SearchIndex::refresh(m_db, document.id); !indexed)
        return indexed.error();
    return superseded;
}

Result<ReleaseOutcome> WorkflowService::release(const User &actor, const QString &password, const QString &number, QDate effective)
{
    auto key = Keyring(m_db, m_clock).unlock(actor, password);
    if (!key)
        return key.error();
    return release(actor, key.value(), number, effective);
}

Result<ReleaseOutcome> WorkflowService::release(const User &actor, const UnlockedKey &key, const QString &number, QDate effective)
{
    if (auto applied = applyScheduledReleases(); !applied)
        return applied.error();
    if (!effective.isValid())
        effective = today();
    auto target = load(number);
    if (!target)
        return target.error();
    const Revision &revision = target->latest();
    if (effective < today())
        return Error{ErrorCode::InvalidInput, tr("The effective date %1 for %2 revision %3 is in the past; release with today's date or a later one.")
                                                  .arg(effective.toString(Qt::ISODate), number, revision.label)};
    if (auto allowed = authorize(actor, target.value(), WorkflowAction::Release); !allowed)
        return allowed.error();

    return m_db.write([&]() -> Result<ReleaseOutcome> {
        WorkflowStore store(m_db);
        auto signature = makeSignature(actor, key, target.value(), revision, SignatureMeaning::Released, 0, QString());
        if (!signature)
            return signature.error();
        if (const Status dated = store.setDates(revision.id, effective, QDate()); !dated)
            return dated.error();
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("revision.released"), target->object(revision),
                                                         QJsonObject{{QStringLiteral("effective_date"), effective.toString(Qt::ISODate)}});
            !logged)
            return logged.error();
        ReleaseOutcome outcome;
        outcome.scheduled = effective > today();
        qCInfo(lcWorkflow).noquote() << number << revision.label << "released by" << actor.name << "effective" << effective.toString(Qt::ISODate);
        Revision released = revision;
        released.effectiveDate = effective;
        if (!outcome.scheduled) {
            auto superseded = makeEffective(target->document, released, actor.name);
            if (!superseded)
                return superseded.error();
            outcome.superseded = superseded.value();
            if (outcome.superseded) {
                auto copies = CopyStore(m_db).copies(0, outcome.superseded->id);
                if (!copies)
                    return copies.error();
                for (const ControlledCopy &copy : copies.value()) {
                    if (copy.status == ControlledCopy::Status::Issued)
                        outcome.toRecall << copy;
                }
            }
        }
        auto fresh = DocumentStore(m_db).revision(revision.documentId, revision.label);
        if (!fresh)
            return fresh.error();
        outcome.released = fresh.value();
        auto citing = LinkService::citing(m_db, revision.documentId);
        if (!citing)
            return citing.error();
        auto visible = LinkService::visibleTo(m_db, actor, citing.value());  // an approver may release
        if (!visible)
            return visible.error();
        outcome.citedBy = visible.value();
        auto asked = AcknowledgementService::requestOnRelease(m_db, m_clock, actor.name, target->document, revision);
        if (!asked)
            return asked.error();
        outcome.toAcknowledge = asked.value();
        return outcome;
    });
}

Result<int> WorkflowService::applyScheduledReleases()
{
    if (m_db.isReadOnly())
        return 0;
    auto due = Sql::exec(m_db,
                         QStringLiteral("SELECT d.number FROM revisions r JOIN documents d ON d.id = r.document_id"
                                        " WHERE r.status = 'approved' AND r.effective_date IS NOT NULL AND r.effective_date <= ? ORDER BY r.id"),
                         {today().toString(Qt::ISODate)}, tr("find releases that have become effective"));
    if (!due)
        return due.error();
    QStringList numbers;
    while (due.value().next())
        numbers << due.value().value(0).toString();
    if (numbers.isEmpty())
        return 0;
    return m_db.write([&]() -> Result<int> {
        for (const QString &number : numbers) {
            auto target = load(number);
            if (!target)
                return target.error();
            if (auto made = makeEffective(target->document, target->latest(), QStringLiteral("system")); !made)
                return made.error();
        }
        return static_cast<int>(numbers.size());
    });
}

Result<WorkflowService::Target> WorkflowService::withdrawable(const User &actor, const QString &number, const QString &reason, bool despiteCitations)
{
    if (reason.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Withdrawing a document needs a reason.")};
    auto target = beginAction(number);
    if (!target)
        return target.error();
    if (auto allowed = authorize(actor, target.value(), WorkflowAction::Withdraw); !allowed)
        return allowed.error();
    if (!despiteCitations) {
        auto citing = LinkService::citing(m_db, target->document.id);
        if (!citing)
            return citing.error();
        QStringList numbers;
        for (const LinkedDocument &d : citing.value())
            numbers << d.number;
        if (!numbers.isEmpty())
            return Error{ErrorCode::InvalidState, tr("%1 is cited by %2; withdraw it only after confirming that these documents will be reviewed.")
                                                      .arg(number, numbers.join(QStringLiteral(", ")))};
    }
    return target;
}

Result<WithdrawOutcome> WorkflowService::withdraw(const User &actor, const QString &password, const QString &number, const QString &reason,
                                                  bool despiteCitations)
{
    // Who may withdraw is checked before the password: opening a key may create it (a write).
    if (auto allowed = withdrawable(actor, number, reason, despiteCitations); !allowed)
        return allowed.error();
    auto key = Keyring(m_db, m_clock).unlock(actor, password);
    if (!key)
        return key.error();
    return withdraw(actor, key.value(), number, reason, despiteCitations);
}

Result<WithdrawOutcome> WorkflowService::withdraw(const User &actor, const UnlockedKey &key, const QString &number, const QString &reason,
                                                  bool despiteCitations)
{
    auto target = withdrawable(actor, number, reason, despiteCitations);
    if (!target)
        return target.error();
    // The signature covers what is taken out of use: the effective revision, else the latest.
    const Revision *effective = target->withStatus(RevisionStatus::Effective);
    const Revision signedRevision = effective ? *effective : target->latest();
    auto holds = AttachmentStore(m_db).contentHolds(signedRevision.id, signedRevision.content, signedRevision.contentHash);
    if (!holds)
        return holds.error();
    if (!holds.value())
        return Error{ErrorCode::CorruptStore, tr("The content of %1 revision %2 does not match its recorded hash; run verify.").arg(number, signedRevision.label)};
    return m_db.write([&]() -> Result<WithdrawOutcome> {
        WithdrawOutcome outcome;
        auto signature = makeSignature(actor, key, target.value(), signedRevision, SignatureMeaning::Withdrawn, 0, reason);
        if (!signature)
            return signature.error();
        outcome.signature = signature.value();
        WorkflowStore store(m_db);
        QJsonArray withdrawn;
        for (const Revision &r : target->revisions) {
            if (r.status == RevisionStatus::Superseded || r.status == RevisionStatus::Obsolete)
                continue;
            if (auto open = store.openSubmission(r.id); open) {
                if (const Status closed = store.closeSubmission(open->id, QStringLiteral("cancelled"), actor.id, m_clock.nowUtc(), reason.trimmed()); !closed)
                    return closed.error();
            }
            if (const Status moved = store.setStatus(r.id, r.status, RevisionStatus::Obsolete); !moved)
                return moved.error();
            logTransition(number, r.label, r.status, RevisionStatus::Obsolete, actor.name);
            withdrawn.append(r.label);
        }
        auto marked = Sql::exec(m_db, QStringLiteral("UPDATE documents SET withdrawn_at = ?, withdrawn_reason = ? WHERE id = ?"),
                                {Sql::toText(m_clock.nowUtc()), reason.trimmed(), target->document.id}, tr("withdraw the document"));
        if (!marked)
            return marked.error();
        const QJsonObject details{{QStringLiteral("reason"), reason.trimmed()},
                                  {QStringLiteral("revisions"), withdrawn},
                                  {QStringLiteral("signature_id"), outcome.signature.id},
                                  {QStringLiteral("signed_revision"), signedRevision.label}};
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("document.withdrawn"), number, details); !logged)
            return logged.error();
        if (const Status indexed = SearchIndex::refresh(m_db, target->document.id); !indexed)
            return indexed.error();
        auto copies = CopyStore(m_db).copies(target->document.id);
        if (!copies)
            return copies.error();
        for (const ControlledCopy &copy : copies.value()) {
            if (copy.status == ControlledCopy::Status::Issued)
                outcome.toRecall << copy;
        }
        auto document = DocumentStore(m_db).find(number);
        if (!document)
            return document.error();
        outcome.document = document.value();
        auto citing = LinkService::citing(m_db, target->document.id);
        if (!citing)
            return citing.error();
        outcome.citedBy = citing.value();
        qCInfo(lcWorkflow).noquote() << number << "withdrawn by" << actor.name << "signed over" << signedRevision.label;
        return outcome;
    });
}

Result<Signature> WorkflowService::periodicReview(const User &actor, const QString &password, const QString &number, const QString &comment)
{
    auto target = beginAction(number);
    if (!target)
        return target.error();
    if (auto allowed = authorize(actor, target.value(), WorkflowAction::PeriodicReview); !allowed)
        return allowed.error();
    const Revision *effective = target->withStatus(RevisionStatus::Effective); // the rule made sure there is one
    auto holds = AttachmentStore(m_db).contentHolds(effective->id, effective->content, effective->contentHash);
    if (!holds)
        return holds.error();
    if (!holds.value())
        return Error{ErrorCode::CorruptStore, tr("The content of %1 revision %2 does not match its recorded hash; run verify.").arg(number, effective->label)};
    auto key = Keyring(m_db, m_clock).unlock(actor, password);
    if (!key)
        return key.error();
    const Revision reviewed = *effective;
    return m_db.write([&]() -> Result<Signature> {
        auto signature = makeSignature(actor, key.value(), target.value(), reviewed, SignatureMeaning::PeriodicReview, 0, comment);
        if (!signature)
            return signature;
        const QDate next = today().addMonths(target->document.reviewIntervalMonths);
        if (const Status dated = WorkflowStore(m_db).setDates(reviewed.id, reviewed.effectiveDate, next); !dated)
            return dated.error();
        if (auto logged = AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("revision.review_recorded"), target->object(reviewed),
                                                         QJsonObject{{QStringLiteral("next_review_date"), next.toString(Qt::ISODate)}});
            !logged)
            return logged.error();
        return signature;
    });
}

Result<DocumentHistory> WorkflowService::history(const User &actor, const QString &number) const
{
    DocumentStore documents(m_db);
    auto document = Visibility::find(m_db, actor, number);
    if (!document)
        return document.error();
    auto revisions = documents.revisions(document->id);
    if (!revisions)
        return revisions.error();
    DocumentHistory history;
    history.document = Permissions::visibleDocument(actor, document.value(), revisions.value());
    const bool effectiveOnly = Permissions::seesEffectiveOnly(actor);
    WorkflowStore store(m_db);
    for (Revision r : revisions.value()) {
        if (effectiveOnly && r.status != RevisionStatus::Effective && r.status != RevisionStatus::Superseded)
            continue;
        r.content.clear();
        history.revisions.append(r);
        auto signatures = store.signatures(r.id);
        if (!signatures)
            return signatures.error();
        history.signatures += signatures.value();
    }
    if (!effectiveOnly) {
        auto events = AuditLog(m_db).events(number);
        if (!events)
            return events.error();
        history.events = events.value();
    }
    return history;
}

Status WorkflowService::setDefaultRoute(const User &actor, DocumentType type, const Route &route)
{
    if (const Status allowed = Permissions::mayRegisterDocument(actor); !allowed)
        return allowed;
    UserStore users(m_db);
    for (const QString &name : route.reviewers + QStringList{route.approver}) {
        if (name.isEmpty())
            continue;
        auto user = users.find(name);
        if (!user)
            return user.error();
        const Role needed = name == route.approver ? Role::Approver : Role::Reviewer;
        if (!user->has(needed))
            return Error{ErrorCode::InvalidInput, tr("%1 does not hold the %2 role.").arg(name, roleDisplayNames(Roles(needed)))};
    }
    return m_db.write([&]() -> Status {
        if (const Status saved = StoreSettings(m_db).setDefaultRoute(type, route); !saved)
            return saved;
        const QJsonObject details{{QStringLiteral("reviewers"), QJsonArray::fromStringList(route.reviewers)},
                                  {QStringLiteral("approver"), route.approver},
                                  {QStringLiteral("sequential"), route.sequential}};
        return Status::from(AuditLog(m_db, m_clock).append(actor.name, QStringLiteral("route.set"), QStringLiteral("route ") + toKey(type), details));
    });
}

} // namespace dc
