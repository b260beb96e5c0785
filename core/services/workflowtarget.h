#pragma once

// WorkflowService's view of one document while it acts on it, shared by the files that
// implement WorkflowService (workflowservice.cpp, workflowacknowledge.cpp). Not a public type.

#include "core/model/document.h"
#include "core/model/revision.h"
#include "core/services/workflowservice.h"

#include <QList>

namespace dc {

struct WorkflowService::Target {
    Document document;
    QList<Revision> revisions; // oldest first

    const Revision &latest() const { return revisions.constLast(); }
    const Revision *withStatus(RevisionStatus status) const
    {
        for (auto it = revisions.crbegin(); it != revisions.crend(); ++it) {
            if (it->status == status)
                return &*it;
        }
        return nullptr;
    }
    QString object(const Revision &r) const { return document.number + QLatin1Char(' ') + r.label; }
};

} // namespace dc
