#pragma once

#include "core/model/document.h"
#include "core/model/result.h"
#include "core/model/user.h"

#include <QString>

namespace dc {

class Database;

// Access by classification (ISO/IEC 27001 A.5.10, 7.5.3): the one rule that decides which
// documents a user may see, used by every path that lists, searches, opens, prints or exports
// documents. A document is visible when the user sees every classification (administrators and
// document controllers), when its classification is at or below the user's clearance, or when
// the user owns it, wrote one of its revisions, is a reviewer or approver on one of its
// revisions' routes, or is on its distribution list (in person or through their department).
namespace Visibility {

// The rule as an SQL condition over the documents row aliased `alias` (default "d"). It holds
// only the user's id and fixed classification keys, so it needs no bound values; for users who
// see everything it is "1 = 1". Works on SQLite and PostgreSQL.
QString condition(const User &viewer, const QString &alias = QStringLiteral("d"));

// Whether the classification alone lets `viewer` see a document of `classification`.
bool clears(const User &viewer, Classification classification);

// The document numbered `number` when `viewer` may see it. A hidden document fails exactly as
// a missing one (NotFound, "There is no document numbered …"), so its existence does not leak.
Result<Document> find(Database &db, const User &viewer, const QString &number);

// Fails like find() when `viewer` may not see the document `documentId` numbered `number`.
Status check(Database &db, const User &viewer, qint64 documentId, const QString &number);

} // namespace Visibility
} // namespace dc
