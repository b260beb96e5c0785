#pragma once

#include "core/model/result.h"
#include "core/model/user.h"
#include "core/render/renderinput.h"

#include <QCoreApplication>

namespace dc {

class Database;

// The annex of the compiled manual: the documents whose numbers the manual's text names (its
// procedures, policies, work instructions, forms and records), each with its current
// (effective) revision and the numbered sections that name it.
namespace ManualReferences {

// The annex rows for the manual `manualNumber` with text `markdown` (the numbers it cites, as
// Citations::inText finds them), as `actor` may see them: numbers the store does not hold are
// left out, and so are documents the actor may not read (for a reader: documents with no
// effective revision); ordered by number. Fails only on a store error.
Result<QList<render::ReferencedDocument>> collect(Database &db, const User &actor, const QString &manualNumber, const QString &markdown);

} // namespace ManualReferences
} // namespace dc
