#include "core/workflow/actions.h"

#include "core/model/signature.h"
#include "core/workflow/permissions.h"

#include <QCoreApplication>

namespace dc::WorkflowRules {

namespace {

// The refusals keep the translation contexts they had before the rules moved here (the
// screens' dc::WorkflowRules, the service's dc::WorkflowService), so existing translations
// still apply.
struct ScreenText {
    Q_DECLARE_TR_FUNCTIONS(dc::WorkflowRules)
};
struct ServiceText {
    Q_DECLARE_TR_FUNCTIONS(dc::WorkflowService)
};

Error notNow(const QString &message)
{
    return Error{ErrorCode::InvalidState, message};
}

Error denied(const QString &message)
{
    return Error{ErrorCode::PermissionDenied, message};
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

Error noRound(const Revision &r)
{
    return notNow(ScreenText::tr("Revision %1 has no open round of review.").arg(r.label));
}

Status mayEdit(const User &actor, const WorkflowState &s)
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
        return notNow(ScreenText::tr("Revision %1 is %2 and cannot change; it becomes editable again if it is rejected.")
                          .arg(r.label, displayName(r.status)));
    case RevisionStatus::Superseded:
    case RevisionStatus::Obsolete:
        break;
    }
    return notNow(ScreenText::tr("%1 is %2; it cannot be edited.").arg(s.document.number, displayName(r.status)));
}

Status maySubmit(const User &actor, const WorkflowState &s)
{
    // "Revision ISMS-P-003 A/1 is …": the command line needs the number, the screen reads it too.
    if (s.current.status != RevisionStatus::Draft)
        return notNow(ScreenText::tr("Revision %1 is %2; only a draft can be submitted.").arg(s.document.number + QLatin1Char(' ') + s.current.label, displayName(s.current.status)));
    return Permissions::maySubmit(actor, s.document, s.current);
}

Status maySign(const User &actor, const WorkflowState &s, SignatureMeaning meaning)
{
    const Revision &r = s.current;
    const QString &number = s.document.number;
    const bool reviewing = meaning == SignatureMeaning::Reviewed;
    if (r.status != (reviewing ? RevisionStatus::InReview : RevisionStatus::InApproval))
        return notNow(ServiceText::tr("%1 revision %2 is %3, so it cannot be signed as %4.").arg(number, r.label, displayName(r.status), displayName(meaning)));
    const Status allowed = reviewing ? Permissions::mayReview(actor, s.document, r) : Permissions::mayApprove(actor, s.document, r);
    if (!allowed)
        return allowed;
    if (!s.round)
        return noRound(r);
    const ReviewRound &round = *s.round;
    if (!reviewing) {
        if (!round.isApprover(actor.name))
            return denied(ServiceText::tr("%1 is not the approver of %2 revision %3 (the approver is %4).").arg(actor.name, number, r.label, round.approver));
        return {};
    }
    if (round.hasSigned(actor.name))
        return Error{ErrorCode::Duplicate, ServiceText::tr("%1 has already signed %2 revision %3 as %4.").arg(actor.name, number, r.label, displayName(meaning))};
    if (!round.isReviewer(actor.name))
        return denied(ServiceText::tr("%1 is not a reviewer of %2 revision %3 (reviewers: %4).").arg(actor.name, number, r.label, round.reviewers.join(QStringLiteral(", "))));
    if (!round.isTurnOf(actor.name))
        return notNow(ServiceText::tr("The reviews of %1 go in order: %2 reviews before %3.").arg(number, round.waitingFor(actor.name), actor.name));
    return {};
}

Status mayReject(const User &actor, const WorkflowState &s)
{
    const Revision &r = s.current;
    const bool reviewing = r.status == RevisionStatus::InReview;
    if (!reviewing && r.status != RevisionStatus::InApproval) {
        return notNow(ServiceText::tr("%1 revision %2 is %3; only a revision in review or approval can be rejected.")
                          .arg(s.document.number, r.label, displayName(r.status)));
    }
    const Status allowed = reviewing ? Permissions::mayReview(actor, s.document, r) : Permissions::mayApprove(actor, s.document, r);
    if (!allowed)
        return allowed;
    if (!s.round)
        return noRound(r);
    // In review any reviewer on the route may send it back, in approval only its approver.
    const bool onRoute = reviewing ? s.round->isReviewer(actor.name) : s.round->isApprover(actor.name);
    if (!onRoute)
        return denied(ServiceText::tr("%1 is not on the route of %2 revision %3 and so cannot reject it.").arg(actor.name, s.document.number, r.label));
    return {};
}

Status mayRelease(const User &actor, const WorkflowState &s)
{
    const Revision &r = s.current;
    if (r.status != RevisionStatus::Approved)
        return notNow(ServiceText::tr("%1 revision %2 is %3; only an approved revision can be released.").arg(s.document.number, r.label, displayName(r.status)));
    if (r.effectiveDate.isValid())
        return notNow(ServiceText::tr("%1 revision %2 is already released, effective %3.").arg(s.document.number, r.label, isoDate(r.effectiveDate)));
    return Permissions::mayRelease(actor, s.document, s.approvedBy);
}

Status mayWithdraw(const User &actor, const WorkflowState &s)
{
    if (s.current.status == RevisionStatus::Obsolete)
        return notNow(ScreenText::tr("%1 has already been withdrawn.").arg(s.document.number));
    return Permissions::mayWithdraw(actor, s.document);
}

Status mayReviewPeriodically(const User &actor, const WorkflowState &s)
{
    if (!s.hasEffective)
        return notNow(ServiceText::tr("%1 has no effective revision to review.").arg(s.document.number));
    return Permissions::mayPeriodicReview(actor, s.document);
}

} // namespace

Status availability(const User &actor, const WorkflowState &state, WorkflowAction action)
{
    if (state.readOnlyStore)
        return Error{ErrorCode::ReadOnlyStore, ScreenText::tr("The store is open read-only.")};
    switch (action) {
    case WorkflowAction::Edit: return mayEdit(actor, state);
    case WorkflowAction::Submit: return maySubmit(actor, state);
    case WorkflowAction::SignReview: return maySign(actor, state, SignatureMeaning::Reviewed);
    case WorkflowAction::SignApprove: return maySign(actor, state, SignatureMeaning::Approved);
    case WorkflowAction::Reject: return mayReject(actor, state);
    case WorkflowAction::Release: return mayRelease(actor, state);
    case WorkflowAction::Withdraw: return mayWithdraw(actor, state);
    case WorkflowAction::PeriodicReview: return mayReviewPeriodically(actor, state);
    case WorkflowAction::Acknowledge:
        if (!state.acknowledgementDue)
            return notNow(ScreenText::tr("%1 waits for no acknowledgement from %2.").arg(state.document.number, actor.name));
        return {};
    }
    return notNow(QString());
}

} // namespace dc::WorkflowRules
