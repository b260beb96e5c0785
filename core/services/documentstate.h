#pragma once

#include "core/model/document.h"
#include "core/model/event.h"
#include "core/model/revision.h"
#include "core/model/signature.h"
#include "core/model/user.h"
#include "core/model/result.h"
#include "core/store/workflowstore.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace dc {

class Database;

// What can be done to a document from the document view.
enum class WorkflowAction { Edit, Submit, SignReview, SignApprove, Reject, Release, Withdraw, PeriodicReview };

// Everything the document view shows of one document and needs to decide which actions
// apply: the current revision (with its content), the revisions, signatures and events, and
// the open round of review (who is on the route, who has signed).
struct DocumentState {
    Document document;
    Revision current;               // as DocumentService::show gives it (readers: the effective one)
    QList<Revision> revisions;      // the visible revisions, oldest first, without content
    QList<Signature> signatures;    // oldest first
    QList<Event> events;            // oldest first; empty for readers
    std::optional<Submission> submission; // the open round of review of `current`
    QStringList reviewersSigned;    // who has signed in that round
    QString approvedBy;             // who approved `current`, when it was approved
    QHash<QString, QString> displayNames; // user name → display name, for every user
    bool readOnlyStore = false;

    // The effective revision, or null when the document has none.
    const Revision *effective() const;
    // "王芳 (wangfang)", or the name alone when the user has no display name.
    QString who(const QString &userName) const;
    // The reviewers of the open round who have not signed yet, in route order.
    QStringList pendingReviewers() const;

    // Reads the document as `actor` may see it. Fails as DocumentService::show does (unknown
    // number, a reader asking for a document without an effective revision, store errors).
    static Result<DocumentState> load(Database &db, const User &actor, const QString &number);
};

// The rules behind the document view's actions: Permissions and the lifecycle applied to the
// state shown, so that an action is only offered when core would accept it. Each returns ok
// or a message saying why not (shown as the disabled action's tool tip); core checks again.
namespace WorkflowRules {

Status availability(const User &actor, const DocumentState &state, WorkflowAction action);

// A line saying where the current revision stands, e.g. "In review — signed: 陈静; waiting
// for: 刘洋; approver: 张伟", or "Effective since 2026-01-05 · next review 2027-01-05".
QString progressText(const DocumentState &state);

} // namespace WorkflowRules
} // namespace dc
