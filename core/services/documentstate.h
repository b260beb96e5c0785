#pragma once

#include "core/model/documentlink.h"
#include "core/model/event.h"
#include "core/model/result.h"
#include "core/model/revision.h"
#include "core/model/signature.h"
#include "core/model/user.h"
#include "core/workflow/actions.h"

#include <QHash>
#include <QList>

#include <optional>

namespace dc {

class Database;

// Everything the document view shows of one document: what the action rules look at (the
// WorkflowState: the current revision with its content, the open round of review, who approved
// it) and the revisions, signatures and events around it.
struct DocumentState : WorkflowState {
    QList<Revision> revisions;      // the visible revisions, oldest first, without content
    QList<Signature> signatures;    // oldest first
    QList<Event> events;            // oldest first; empty for readers
    QHash<QString, QString> displayNames; // user name → display name, for every user
    DocumentLinks links;            // what it cites and what cites it (LinkService)
    std::optional<ExternalOrigin> external; // the register entry, for a document of external origin

    // The effective revision, or null when the document has none.
    const Revision *effective() const;
    // "王芳 (wangfang)", or the name alone when the user has no display name.
    QString who(const QString &userName) const;

    // Reads the document as `actor` may see it. Fails as DocumentService::show does (unknown
    // number, a reader asking for a document without an effective revision, store errors).
    static Result<DocumentState> load(Database &db, const User &actor, const QString &number);
};

namespace WorkflowRules {

// A line saying where the current revision stands, e.g. "In review — signed: 陈静; waiting
// for: 刘洋; approver: 张伟", or "Effective since 2026-01-05 · next review 2027-01-05".
QString progressText(const DocumentState &state);

} // namespace WorkflowRules
} // namespace dc
