#include "core/services/documentstate.h"

#include "core/services/documentservice.h"
#include "core/services/userservice.h"
#include "core/services/workflowservice.h"
#include "core/store/database.h"
#include "core/workflow/permissions.h"

namespace dc {

namespace {

// Gives the strings of this file their translation context.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(dc::WorkflowRules)
};

Error notNow(const QString &message)
{
    return Error{ErrorCode::InvalidState, message};
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

const Revision *DocumentState::effective() const
{
    for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
        if (it->status == RevisionStatus::Effective)
            return &*it;
    }
    return nullptr;
}

QString DocumentState::who(const QString &userName) const
{
    const QString display = displayNames.value(userName);
    if (display.isEmpty() || display == userName)
        return userName;
    return Text::tr("%1 (%2)").arg(display, userName);
}

QStringList DocumentState::pendingReviewers() const
{
    QStringList pending;
    if (!submission)
        return pending;
    for (const RouteMember &m : submission->reviewers) {
        if (!reviewersSigned.contains(m.name))
            pending << m.name;
    }
    return pending;
}

Result<DocumentState> DocumentState::load(Database &db, const User &actor, const QString &number)
{
    auto details = DocumentService(db).show(actor, number);
    if (!details)
        return details.error();
    auto history = WorkflowService(db).history(actor, number);
    if (!history)
        return history.error();
    auto users = UserService(db).users();
    if (!users)
        return users.error();

    DocumentState state;
    state.document = details->document;
    state.current = details->revision;
    state.revisions = history->revisions;
    state.signatures = history->signatures;
    state.events = history->events;
    state.readOnlyStore = db.isReadOnly();
    for (const User &u : users.value())
        state.displayNames.insert(u.name, u.displayName);
    for (const Signature &s : state.signatures) {
        if (s.revisionId == state.current.id && s.meaning == SignatureMeaning::Approved)
            state.approvedBy = s.signer;
    }

    const RevisionStatus status = state.current.status;
    if (status == RevisionStatus::InReview || status == RevisionStatus::InApproval) {
        // TEMPORARY: the open round is read from the workflow store until WorkflowService offers
        // it (see the report: WorkflowService::openRound).
        WorkflowStore store(db);
        auto open = store.openSubmission(state.current.id);
        if (open) {
            auto signedBy = store.signersIn(open->id, SignatureMeaning::Reviewed);
            if (!signedBy)
                return signedBy.error();
            state.submission = open.value();
            state.reviewersSigned = signedBy.value();
        } else if (open.code() != ErrorCode::NotFound) {
            return open.error();
        }
    }
    return state;
}

namespace WorkflowRules {

namespace {

Status mayEdit(const User &actor, const DocumentState &s)
{
    const Revision &r = s.current;
    switch (r.status) {
    case RevisionStatus::Draft:
        return Permissions::mayEditDraft(actor, s.document, r);
    case RevisionStatus::Effective:
        return Permissions::mayStartRevision(actor, s.document);
    case RevisionStatus::InReview:
    case RevisionStatus::InApproval:
    case RevisionStatus::Approved:
        return notNow(Text::tr("Revision %1 is %2 and cannot change; it becomes editable again if it is rejected.")
                          .arg(r.label, displayName(r.status)));
    case RevisionStatus::Superseded:
    case RevisionStatus::Obsolete:
        break;
    }
    return notNow(Text::tr("%1 is %2; it cannot be edited.").arg(s.document.number, displayName(r.status)));
}

Status maySign(const User &actor, const DocumentState &s, SignatureMeaning meaning)
{
    const Revision &r = s.current;
    const bool reviewing = meaning == SignatureMeaning::Reviewed;
    const RevisionStatus expected = reviewing ? RevisionStatus::InReview : RevisionStatus::InApproval;
    if (r.status != expected) {
        return notNow(reviewing ? Text::tr("Revision %1 is %2; only a revision in review is signed by its reviewers.").arg(r.label, displayName(r.status))
                                : Text::tr("Revision %1 is %2; only a revision awaiting approval is signed by its approver.").arg(r.label, displayName(r.status)));
    }
    const Status allowed = reviewing ? Permissions::mayReview(actor, s.document, r) : Permissions::mayApprove(actor, s.document, r);
    if (!allowed)
        return allowed;
    if (!s.submission)
        return notNow(Text::tr("Revision %1 has no open round of review.").arg(r.label));
    if (!reviewing) {
        if (s.submission->approver.name != actor.name)
            return Error{ErrorCode::PermissionDenied, Text::tr("The approver of revision %1 is %2.").arg(r.label, s.who(s.submission->approver.name))};
        return {};
    }
    bool onRoute = false;
    for (const RouteMember &m : s.submission->reviewers)
        onRoute = onRoute || m.name == actor.name;
    if (!onRoute)
        return Error{ErrorCode::PermissionDenied, Text::tr("You are not a reviewer of revision %1.").arg(r.label)};
    if (s.reviewersSigned.contains(actor.name))
        return notNow(Text::tr("You have already signed revision %1 as reviewer.").arg(r.label));
    if (s.submission->sequential) {
        const QStringList pending = s.pendingReviewers();
        if (!pending.isEmpty() && pending.constFirst() != actor.name)
            return notNow(Text::tr("The reviews go in order: %1 reviews before you.").arg(s.who(pending.constFirst())));
    }
    return {};
}

Status mayReject(const User &actor, const DocumentState &s)
{
    const Revision &r = s.current;
    if (r.status == RevisionStatus::InReview) {
        if (const Status allowed = Permissions::mayReview(actor, s.document, r); !allowed)
            return allowed;
        bool onRoute = false;
        if (s.submission) {
            for (const RouteMember &m : s.submission->reviewers)
                onRoute = onRoute || m.name == actor.name;
        }
        if (!onRoute)
            return Error{ErrorCode::PermissionDenied, Text::tr("Only the reviewers on its route can reject revision %1.").arg(r.label)};
        return {};
    }
    if (r.status == RevisionStatus::InApproval) {
        if (const Status allowed = Permissions::mayApprove(actor, s.document, r); !allowed)
            return allowed;
        if (!s.submission || s.submission->approver.name != actor.name)
            return Error{ErrorCode::PermissionDenied, Text::tr("Only its approver can reject revision %1 now.").arg(r.label)};
        return {};
    }
    return notNow(Text::tr("Revision %1 is %2; only a revision in review or awaiting approval can be rejected.").arg(r.label, displayName(r.status)));
}

Status mayRelease(const User &actor, const DocumentState &s)
{
    const Revision &r = s.current;
    if (r.status != RevisionStatus::Approved)
        return notNow(Text::tr("Revision %1 is %2; only an approved revision can be released.").arg(r.label, displayName(r.status)));
    if (r.effectiveDate.isValid())
        return notNow(Text::tr("Revision %1 is already released, effective %2.").arg(r.label, isoDate(r.effectiveDate)));
    return Permissions::mayRelease(actor, s.document, s.approvedBy);
}

Status mayWithdraw(const User &actor, const DocumentState &s)
{
    if (s.current.status == RevisionStatus::Obsolete)
        return notNow(Text::tr("%1 has already been withdrawn.").arg(s.document.number));
    return Permissions::mayWithdraw(actor, s.document);
}

Status mayReviewPeriodically(const User &actor, const DocumentState &s)
{
    if (!s.effective())
        return notNow(Text::tr("%1 has no effective revision to review.").arg(s.document.number));
    return Permissions::mayPeriodicReview(actor, s.document);
}

} // namespace

Status availability(const User &actor, const DocumentState &state, WorkflowAction action)
{
    if (state.readOnlyStore)
        return Error{ErrorCode::ReadOnlyStore, Text::tr("The store is open read-only.")};
    switch (action) {
    case WorkflowAction::Edit: return mayEdit(actor, state);
    case WorkflowAction::Submit:
        if (state.current.status != RevisionStatus::Draft)
            return notNow(Text::tr("Revision %1 is %2; only a draft can be submitted.").arg(state.current.label, displayName(state.current.status)));
        return Permissions::maySubmit(actor, state.document, state.current);
    case WorkflowAction::SignReview: return maySign(actor, state, SignatureMeaning::Reviewed);
    case WorkflowAction::SignApprove: return maySign(actor, state, SignatureMeaning::Approved);
    case WorkflowAction::Reject: return mayReject(actor, state);
    case WorkflowAction::Release: return mayRelease(actor, state);
    case WorkflowAction::Withdraw: return mayWithdraw(actor, state);
    case WorkflowAction::PeriodicReview: return mayReviewPeriodically(actor, state);
    }
    return notNow(QString());
}

QString progressText(const DocumentState &s)
{
    const Revision &r = s.current;
    const auto names = [&s](const QStringList &users) {
        QStringList shown;
        for (const QString &u : users)
            shown << s.who(u);
        return shown.join(Text::tr(", "));
    };
    switch (r.status) {
    case RevisionStatus::Draft:
        return Text::tr("Draft %1 by %2 — edit it, then submit it for review.").arg(r.label, s.who(r.author));
    case RevisionStatus::InReview:
    case RevisionStatus::InApproval: {
        if (!s.submission)
            return displayName(r.status);
        QStringList parts;
        if (!s.reviewersSigned.isEmpty())
            parts << Text::tr("reviewed by %1").arg(names(s.reviewersSigned));
        if (const QStringList pending = s.pendingReviewers(); !pending.isEmpty())
            parts << (s.submission->sequential ? Text::tr("waiting for %1 (in this order)") : Text::tr("waiting for %1")).arg(names(pending));
        parts << (r.status == RevisionStatus::InApproval ? Text::tr("waiting for the approver %1") : Text::tr("approver %1"))
                     .arg(s.who(s.submission->approver.name));
        return Text::tr("%1 %2 — %3").arg(displayName(r.status), r.label, parts.join(QStringLiteral("; ")));
    }
    case RevisionStatus::Approved:
        if (r.effectiveDate.isValid())
            return Text::tr("Approved %1 by %2 — released, effective %3.").arg(r.label, s.who(s.approvedBy), isoDate(r.effectiveDate));
        return Text::tr("Approved %1 by %2 — waiting to be released.").arg(r.label, s.who(s.approvedBy));
    case RevisionStatus::Effective:
        if (r.nextReviewDate.isValid())
            return Text::tr("Effective %1 since %2 · next review %3.").arg(r.label, isoDate(r.effectiveDate), isoDate(r.nextReviewDate));
        return Text::tr("Effective %1 since %2.").arg(r.label, isoDate(r.effectiveDate));
    case RevisionStatus::Superseded:
    case RevisionStatus::Obsolete:
        break;
    }
    return Text::tr("%1 %2.").arg(displayName(r.status), r.label);
}

} // namespace WorkflowRules
} // namespace dc
