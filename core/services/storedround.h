#pragma once

// Inside services only: the review round as the rules see it, from a submission as the store
// holds it (WorkflowService::openRound and the tasks query both read rounds).

#include "core/store/workflowstore.h"
#include "core/workflow/reviewround.h"

namespace dc {

inline ReviewRound reviewRoundOf(const Submission &submission, const QStringList &reviewersSigned)
{
    ReviewRound round;
    round.submissionId = submission.id;
    round.sequential = submission.sequential;
    for (const RouteMember &m : submission.reviewers)
        round.reviewers << m.name;
    round.approver = submission.approver.name;
    round.submittedAt = submission.submittedAt;
    round.reviewersSigned = reviewersSigned;
    return round;
}

} // namespace dc
