#pragma once

#include "core/model/result.h"
#include "core/model/user.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dc {

class Database;

// What waits for a user.
enum class TaskKind { Review, Approval, Release, PeriodicReview, ExternalCheck, Acknowledge };

struct Task {
    TaskKind kind = TaskKind::Review;
    QString number;
    QString title;
    QString label;       // the revision concerned
    QDateTime since;     // when it started waiting (submitted, approved, released); null for periodic reviews
    QDate due;           // periodic reviews: the next review date; external checks: the next check;
                         // the other kinds: the day they started waiting plus their DueDays
    bool overdue = false; // due before today
    QString from;        // who it comes from: the revision's author, its approver for a release, the owner for a periodic review
};

// The tasks of `actor`: revisions in review where the actor is a reviewer whose signature is
// still missing (and, in a sequential round, whose turn it is), revisions awaiting the actor's
// approval, approved revisions the actor may release, and effective revisions whose periodic
// review is due within `horizonDays` and that the actor may carry out. A task is exactly an
// action WorkflowRules::availability allows (segregation of duties included); Besides, every
// effective revision that waits for the actor's acknowledgement (已阅知悉), readers included. Document controllers also get the documents of external origin whose check for a newer
// edition is due within `horizonDays` (ExternalRegister). Reviews, approvals, releases and acknowledgements are due after the
// days DueDays sets for their kind and document type. Overdue tasks come first (earliest due date first), then the others oldest first. One query over the store
// (TaskQuery), not a scan of the register. Fails on a store error.
Result<QList<Task>> findTasks(Database &db, const User &actor, QDate today, int horizonDays = 30);

// "Review", "Approve", "Release", "Periodic review", "Edition check", "Acknowledge" for people.
QString displayName(TaskKind kind);

} // namespace dc
