#include "core/services/tasks.h"

#include "core/services/duedays.h"
#include "core/services/externalregister.h"
#include "core/services/storedround.h"
#include "core/store/taskquery.h"
#include "core/workflow/actions.h"
#include "core/workflow/permissions.h"
#include "core/store/acknowledgementstore.h"
#include "core/store/visibility.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace dc {

namespace {

// The task a candidate revision may be, by its status, and the action that carries it out.
struct KindAndAction {
    TaskKind kind;
    WorkflowAction action;
};

std::optional<KindAndAction> taskOf(RevisionStatus status)
{
    switch (status) {
    case RevisionStatus::InReview: return KindAndAction{TaskKind::Review, WorkflowAction::SignReview};
    case RevisionStatus::InApproval: return KindAndAction{TaskKind::Approval, WorkflowAction::SignApprove};
    case RevisionStatus::Approved: return KindAndAction{TaskKind::Release, WorkflowAction::Release};
    case RevisionStatus::Effective: return KindAndAction{TaskKind::PeriodicReview, WorkflowAction::PeriodicReview};
    case RevisionStatus::Draft:
    case RevisionStatus::Superseded:
    case RevisionStatus::Obsolete:
        break;
    }
    return std::nullopt;
}

WorkflowState stateOf(const TaskCandidate &c)
{
    WorkflowState state;
    state.document = c.document;
    state.current = c.revision; // for a periodic review the effective revision, all its rule looks at
    state.hasEffective = c.revision.status == RevisionStatus::Effective;
    if (c.submission)
        state.round = reviewRoundOf(*c.submission, c.reviewersSigned);
    state.approvedBy = c.approvedBy;
    // readOnlyStore stays false: what waits for someone does not depend on how this desk opened the store.
    return state;
}

} // namespace

QString displayName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Review: return QCoreApplication::translate("dc::Tasks", "Review");
    case TaskKind::Approval: return QCoreApplication::translate("dc::Tasks", "Approve");
    case TaskKind::Release: return QCoreApplication::translate("dc::Tasks", "Release");
    case TaskKind::PeriodicReview: return QCoreApplication::translate("dc::Tasks", "Periodic review");
    case TaskKind::ExternalCheck: return QCoreApplication::translate("dc::Tasks", "Edition check");
    case TaskKind::Acknowledge: return QCoreApplication::translate("dc::Tasks", "Acknowledge");
    }
    return {};
}

Result<QList<Task>> findTasks(Database &db, const User &actor, QDate today, int horizonDays)
{
    QList<Task> tasks;
    const auto deadlines = DueDays::load(db);
    if (!deadlines)
        return deadlines.error();
    const DueDays &dueDays = deadlines.value();
    AcknowledgementFilter mine;
    mine.user = actor.name;
    auto acknowledgements = AcknowledgementStore(db).find(mine);
    if (!acknowledgements)
        return acknowledgements.error();
    for (const Acknowledgement &a : acknowledgements.value()) {
        Task t;
        t.kind = TaskKind::Acknowledge;
        t.number = a.number;
        t.title = a.title;
        t.label = a.label;
        t.since = a.requestedAt;
        t.due = dueDays.dueDate(t.kind, a.type, t.since);
        t.overdue = t.due.isValid() && t.due < today;
        tasks << t;
    }
    if (Permissions::seesEffectiveOnly(actor))
        return tasks; // readers sign nothing else
    auto candidates = TaskQuery::candidates(db, actor.name, today.addDays(horizonDays));
    if (!candidates)
        return candidates.error();
    for (const TaskCandidate &c : candidates.value()) {
        const auto task = taskOf(c.revision.status);
        if (!task || !WorkflowRules::availability(actor, stateOf(c), task->action))
            continue;
        // A task is always about a document its holder may see (on its route, its owner, a
        // controller); the one rule still has the last word.
        if (const Status visible = Visibility::check(db, actor, c.document.id, c.document.number); !visible) {
            if (visible.code() == ErrorCode::NotFound)
                continue;
            return visible.error();
        }
        Task t;
        t.kind = task->kind;
        t.number = c.document.number;
        t.title = c.document.title;
        t.label = c.revision.label;
        switch (t.kind) {
        case TaskKind::Review:
        case TaskKind::Approval:
            t.since = c.submission->submittedAt;
            t.from = c.revision.author;
            break;
        case TaskKind::Release:
            t.since = c.approvedAt;
            t.from = c.approvedBy;
            break;
        case TaskKind::PeriodicReview:
            t.due = c.revision.nextReviewDate;
            t.overdue = t.due < today;
            t.from = c.document.owner;
            break;
        case TaskKind::ExternalCheck:
        case TaskKind::Acknowledge: // not a workflow candidate: read above
            break;
        }
        if (DueDays::applies(t.kind)) {
            t.due = dueDays.dueDate(t.kind, c.document.type, t.since);
            t.overdue = t.due.isValid() && t.due < today;
        }
        tasks << t;
    }
    if (actor.isController()) {
        auto checks = ExternalRegister(db).dueChecks(today.addDays(horizonDays));
        if (!checks)
            return checks.error();
        for (const ExternalEntry &e : checks.value()) {
            Task t;
            t.kind = TaskKind::ExternalCheck;
            t.number = e.number;
            t.title = e.title;
            t.label = e.origin.edition;
            t.due = e.origin.nextCheck;
            t.overdue = t.due < today;
            t.from = e.origin.issuer;
            tasks << t;
        }
    }

    // Overdue first (oldest due date first), then what waits longest, then upcoming reviews.
    std::stable_sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.overdue && a.due != b.due)
            return a.due < b.due;
        const auto dated = [](const Task &t) { return t.kind == TaskKind::PeriodicReview || t.kind == TaskKind::ExternalCheck; };
        const bool aDated = dated(a), bDated = dated(b);
        if (aDated != bDated)
            return !aDated;
        if (aDated)
            return a.due < b.due;
        return a.since < b.since;
    });
    return tasks;
}

} // namespace dc
