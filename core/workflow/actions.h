#pragma once

#include "core/model/document.h"
#include "core/model/result.h"
#include "core/model/revision.h"
#include "core/model/user.h"
#include "core/workflow/reviewround.h"

#include <optional>

namespace dc {

// What can be done to a document's current revision.
enum class WorkflowAction { Edit, Submit, SignReview, SignApprove, Reject, Release, Withdraw, PeriodicReview, Acknowledge };

// What the action rules look at: a document, its current revision and what surrounds it. The
// document view's DocumentState is one; WorkflowService builds one from the store before each
// action; the tasks query builds one per candidate.
struct WorkflowState {
    Document document;
    Revision current;                 // the latest revision (readers: the effective one they see)
    bool hasEffective = false;        // the document has an effective revision (periodic review)
    std::optional<ReviewRound> round; // the open round of review of `current`
    QString approvedBy;               // who approved `current`, once it is approved
    bool readOnlyStore = false;
    bool acknowledgementDue = false;  // the effective revision waits for the actor's acknowledgement (已阅知悉)
};

// The rules behind the workflow actions: Permissions (roles, segregation of duties), the
// lifecycle and the review round applied to one state. The screens enable an action only when
// its rule allows it and WorkflowService refuses it by the same rule, so the two never disagree.
namespace WorkflowRules {

// Ok when `actor` may take `action` now; otherwise the refusal: PermissionDenied (roles, not on
// the route, segregation of duties), InvalidState (not at this stage, not their turn yet),
// Duplicate (already signed) or ReadOnlyStore, with a message naming who, what and why.
Status availability(const User &actor, const WorkflowState &state, WorkflowAction action);

} // namespace WorkflowRules
} // namespace dc
