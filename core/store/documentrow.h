#pragma once

#include "core/model/document.h"

#include <QSqlQuery>

namespace dc::DocumentRow {

// The columns of a document joined with its owner `u` and current revision `r`, in the order
// documentFrom() reads them.
QString columns();
// JOIN of a document d's current (latest) revision r, and of its effective revision r.
const QString &currentRevisionJoin();
const QString &effectiveRevisionJoin();
// FROM documents d, its owner u and its current (latest) revision r.
QString fromWithCurrentRevision();
// FROM documents d, its owner u and its effective revision r: what readers see. Documents
// without an effective revision drop out.
QString fromWithEffectiveRevision();
Document documentFrom(const QSqlQuery &query);
// The audit-trail actions that write or change a revision's content: their users are the
// revision's editors (segregation of duties). An SQL list for `e.action IN (…)`.
QString editingActions();

} // namespace dc::DocumentRow
