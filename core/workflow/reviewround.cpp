#include "core/workflow/reviewround.h"

namespace dc {

QStringList ReviewRound::pendingReviewers() const
{
    QStringList pending;
    for (const QString &reviewer : reviewers) {
        if (!hasSigned(reviewer))
            pending << reviewer;
    }
    return pending;
}

QString ReviewRound::waitingFor(const QString &user) const
{
    if (!sequential)
        return {};
    for (const QString &before : reviewers) {
        if (before == user)
            break;
        if (!hasSigned(before))
            return before;
    }
    return {};
}

bool ReviewRound::isTurnOf(const QString &user) const
{
    return isReviewer(user) && !hasSigned(user) && waitingFor(user).isEmpty();
}

bool ReviewRound::reviewsComplete() const
{
    return !reviewers.isEmpty() && pendingReviewers().isEmpty();
}

} // namespace dc
