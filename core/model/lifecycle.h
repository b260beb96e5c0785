#pragma once

#include "core/model/enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace dc::Lifecycle {

// What can happen to a revision (DESIGN.md):
//   draft ─submit→ in_review ─all reviewers sign→ in_approval ─approver signs→ approved
//   in_review / in_approval ─reject→ draft;  approved ─release (effective date comes)→ effective
//   effective ─next revision effective→ superseded;  withdraw: effective or in progress → obsolete
enum class Action { Submit, CompleteReview, Approve, Reject, BecomeEffective, Supersede, Withdraw };

struct Transition {
    RevisionStatus from;
    Action action;
    RevisionStatus to;
};

// Every allowed transition; nothing else may change a revision's status.
const QList<Transition> &transitions();

// The status `action` leads to from `from`, or nothing when the action is not allowed there.
std::optional<RevisionStatus> next(RevisionStatus from, Action action);

// True when some action moves a revision from `from` to `to`.
bool isAllowed(RevisionStatus from, RevisionStatus to);

// From submission on, a revision's content never changes.
inline bool isEditable(RevisionStatus status) { return status == RevisionStatus::Draft; }

} // namespace dc::Lifecycle
