#pragma once

#include "core/model/result.h"

#include <QStringList>

namespace dc {

class Database;

// Moves a whole store between SQLite and PostgreSQL (either way): every row of every table,
// ids kept, so the audit trail, its hashes and every signature stay exactly as they were.
namespace StoreTransfer {

// The tables copied, in an order that satisfies every foreign key. The search index is not
// among them: it is derived, and rebuilt on the target in its own dialect.
const QStringList &tables();

// Copies everything `from` holds (one consistent snapshot) into `to`, a store create() just
// made, in one write transaction on `to`: on any failure `to` is left as empty as it was.
// The target's triggers stay on: revisions are written as drafts (their attachments with
// them) and then moved along the lifecycle to the status they have in `from`. Fails when
// `to` already holds anything. Both stores are at the current schema (open() sees to that).
Status copyAll(Database &from, Database &to);

} // namespace StoreTransfer
} // namespace dc
