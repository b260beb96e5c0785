#pragma once

#include "core/model/document.h"
#include "core/model/result.h"
#include "core/model/revision.h"
#include "core/store/workflowstore.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace dc {

class Database;

// A revision that may wait for someone, with what the rules need to decide whether it waits
// for the user asked about. Its status says which kind of task it may be: in review or in
// approval (an open round the user is on), approved (to be released), effective (periodic
// review due).
struct TaskCandidate {
    Document document;                    // with its owner; clauses not read
    Revision revision;                    // without content
    std::optional<Submission> submission; // the open round, reviewers in route order (rounds only)
    QStringList reviewersSigned;          // who signed as reviewer in that round (rounds only)
    QString approvedBy;                   // approved revisions: who approved, and when
    QDateTime approvedAt;
};

namespace TaskQuery {

// Every candidate task of the user called `userName`, read with a few set-based queries whose
// cost follows the work in progress, not the size of the register:
// - the open rounds of current revisions in review or approval that name the user on their
//   route (as reviewer or approver), with their reviewers, signatures and the revisions'
//   editors (Revision::editors, for segregation of duties);
// - the approved current revisions not released yet, with their approver;
// - the effective revisions whose next review date is on or before `reviewsDueBy`, earliest first.
// It checks no rule: the caller decides with WorkflowRules. Fails on a store error.
Result<QList<TaskCandidate>> candidates(Database &db, const QString &userName, QDate reviewsDueBy);

} // namespace TaskQuery
} // namespace dc
