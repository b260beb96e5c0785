#include "core/model/lifecycle.h"

#include <QStringList>

namespace dc::Lifecycle {

const QList<Transition> &transitions()
{
    using S = RevisionStatus;
    static const QList<Transition> all{
        {S::Draft, Action::Submit, S::InReview},
        {S::InReview, Action::CompleteReview, S::InApproval},
        {S::InReview, Action::Reject, S::Draft},
        {S::InApproval, Action::Approve, S::Approved},
        {S::InApproval, Action::Reject, S::Draft},
        {S::Approved, Action::BecomeEffective, S::Effective},
        {S::Effective, Action::Supersede, S::Superseded},
        {S::Effective, Action::Withdraw, S::Obsolete},
        {S::Draft, Action::Withdraw, S::Obsolete},
        {S::InReview, Action::Withdraw, S::Obsolete},
        {S::InApproval, Action::Withdraw, S::Obsolete},
        {S::Approved, Action::Withdraw, S::Obsolete},
    };
    return all;
}

std::optional<RevisionStatus> next(RevisionStatus from, Action action)
{
    for (const Transition &t : transitions()) {
        if (t.from == from && t.action == action)
            return t.to;
    }
    return std::nullopt;
}

bool isAllowed(RevisionStatus from, RevisionStatus to)
{
    for (const Transition &t : transitions()) {
        if (t.from == from && t.to == to)
            return true;
    }
    return false;
}

} // namespace dc::Lifecycle
