#include "core/services/tasks.h"

#include "core/services/documentservice.h"
#include "core/services/workflowservice.h"
#include "core/store/database.h"
#include "core/store/documentstore.h"
#include "core/store/workflowstore.h"
#include "core/workflow/permissions.h"

#include <algorithm>

namespace dc {

namespace {

// Every document whose current revision has `status`, page by page.
Result<QList<Document>> documentsWith(Database &db, const User &actor, RevisionStatus status)
{
    RegisterQuery query;
    query.filter.status = status;
    query.limit = 500;
    QList<Document> all;
    for (;;) {
        auto page = DocumentService(db).list(actor, query);
        if (!page)
            return page.error();
        all += page->rows;
        query.offset += query.limit;
        if (page->rows.isEmpty() || query.offset >= page->total)
            return all;
    }
}

Task taskFor(TaskKind kind, const Document &d, const Revision &r)
{
    Task t;
    t.kind = kind;
    t.number = d.number;
    t.title = d.title;
    t.label = r.label;
    t.from = r.author;
    return t;
}

// The review and approval tasks among the revisions with `status`.
Status addRoundTasks(Database &db, const User &actor, RevisionStatus status, QList<Task> &tasks)
{
    auto documents = documentsWith(db, actor, status);
    if (!documents)
        return documents.error();
    DocumentStore store(db);
    WorkflowStore workflow(db);
    const bool reviewing = status == RevisionStatus::InReview;
    for (const Document &d : documents.value()) {
        auto revision = store.currentRevision(d.id);
        if (!revision)
            return revision.error();
        const Status allowed = reviewing ? Permissions::mayReview(actor, d, revision.value()) : Permissions::mayApprove(actor, d, revision.value());
        if (!allowed)
            continue;
        auto round = workflow.openSubmission(revision->id);
        if (!round) {
            if (round.code() == ErrorCode::NotFound)
                continue;
            return round.error();
        }
        if (reviewing) {
            auto signedBy = workflow.signersIn(round->id, SignatureMeaning::Reviewed);
            if (!signedBy)
                return signedBy.error();
            QStringList pending;
            for (const RouteMember &m : round->reviewers) {
                if (!signedBy->contains(m.name))
                    pending << m.name;
            }
            const bool myTurn = round->sequential ? (!pending.isEmpty() && pending.constFirst() == actor.name) : pending.contains(actor.name);
            if (!myTurn)
                continue;
        } else if (round->approver.name != actor.name) {
            continue;
        }
        Task t = taskFor(reviewing ? TaskKind::Review : TaskKind::Approval, d, revision.value());
        t.since = round->submittedAt;
        tasks << t;
    }
    return {};
}

Status addReleaseTasks(Database &db, const User &actor, QList<Task> &tasks)
{
    auto documents = documentsWith(db, actor, RevisionStatus::Approved);
    if (!documents)
        return documents.error();
    DocumentStore store(db);
    WorkflowStore workflow(db);
    for (const Document &d : documents.value()) {
        auto revision = store.currentRevision(d.id);
        if (!revision)
            return revision.error();
        if (revision->effectiveDate.isValid())
            continue; // released already, waiting for its effective date
        auto signatures = workflow.signatures(revision->id);
        if (!signatures)
            return signatures.error();
        QString approver;
        QDateTime approvedAt;
        for (const Signature &s : signatures.value()) {
            if (s.meaning == SignatureMeaning::Approved) {
                approver = s.signer;
                approvedAt = s.signedAt;
            }
        }
        if (!Permissions::mayRelease(actor, d, approver))
            continue;
        Task t = taskFor(TaskKind::Release, d, revision.value());
        t.since = approvedAt;
        t.from = approver;
        tasks << t;
    }
    return {};
}

} // namespace

QString displayName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Review: return QCoreApplication::translate("dc::Tasks", "Review");
    case TaskKind::Approval: return QCoreApplication::translate("dc::Tasks", "Approve");
    case TaskKind::Release: return QCoreApplication::translate("dc::Tasks", "Release");
    case TaskKind::PeriodicReview: return QCoreApplication::translate("dc::Tasks", "Periodic review");
    }
    return {};
}

Result<QList<Task>> findTasks(Database &db, const User &actor, QDate today, int horizonDays)
{
    QList<Task> tasks;
    if (Permissions::seesEffectiveOnly(actor))
        return tasks; // readers sign nothing
    if (const Status found = addRoundTasks(db, actor, RevisionStatus::InReview, tasks); !found)
        return found.error();
    if (const Status found = addRoundTasks(db, actor, RevisionStatus::InApproval, tasks); !found)
        return found.error();
    if (const Status found = addReleaseTasks(db, actor, tasks); !found)
        return found.error();

    auto due = WorkflowService(db).dueReviews(actor, today.addDays(horizonDays));
    if (!due)
        return due.error();
    for (const DueReview &review : due.value()) {
        if (!Permissions::mayPeriodicReview(actor, review.document))
            continue;
        Task t = taskFor(TaskKind::PeriodicReview, review.document, review.revision);
        t.due = review.revision.nextReviewDate;
        t.overdue = t.due < today;
        t.from = review.document.owner;
        tasks << t;
    }

    // Overdue first (oldest due date first), then what waits longest, then upcoming reviews.
    std::stable_sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        const bool aDated = a.kind == TaskKind::PeriodicReview, bDated = b.kind == TaskKind::PeriodicReview;
        if (aDated != bDated)
            return !aDated;
        if (aDated)
            return a.due < b.due;
        return a.since < b.since;
    });
    return tasks;
}

} // namespace dc
