#pragma once

#include "core/model/enums.h"
#include "core/model/result.h"
#include "core/model/searchresult.h"
#include "core/model/user.h"

#include <QList>
#include <QString>

namespace dc {

class Database;

// The full-text index over each document's number, titles and revision content: the current
// (latest) revision, which staff search, and the effective revision, which readers search, so
// that a reader never finds text of a draft. The index reads what it indexes from the store
// (the body as a reader sees it, markdownToPlainText). Updates run inside the caller's
// transaction, so the index always agrees with the documents.
namespace SearchIndex {

// Drops the document's entries. Call it before changing the text of an indexed revision (a
// draft's save, a disposal), then refresh() once it is changed.
Status forget(Database &db, qint64 documentId);

// (Re)indexes the document's current and effective revisions as the store holds them now.
Status refresh(Database &db, qint64 documentId);

// Re-indexes every document from its current and effective revisions.
Status rebuild(Database &db);

// Ranked matches for `query`: every whitespace-separated term must match (in the number,
// a title or the content). Chinese terms of any length and English words (stemmed) match.
// With `effectiveOnly`, the effective revisions only (what readers see). With `viewer`, only the
// documents that user may see (Visibility): hits, the total and so the snippets too.
// Fails with InvalidInput when the query holds nothing searchable.
Result<SearchResults> search(Database &db, const QString &query, int limit = 20, int offset = 0, bool effectiveOnly = false,
                             const std::optional<User> &viewer = std::nullopt);

} // namespace SearchIndex
} // namespace dc
