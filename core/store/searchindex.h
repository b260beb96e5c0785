#pragma once

#include "core/model/enums.h"
#include "core/model/result.h"
#include "core/model/searchresult.h"
#include "core/model/user.h"

#include <QList>
#include <QString>

namespace dc {

class Database;

// The full-text index over each document's number, titles and revision content: one entry for
// the current (latest) revision, which staff search, and one for the effective revision, which
// readers search, so that a reader never finds text of a draft. Updates run inside the
// caller's transaction, so the index always agrees with the documents.
namespace SearchIndex {

// (Re)indexes one document's current revision; `content` is its Markdown, indexed as the text
// a reader sees (markdownToPlainText).
Status update(Database &db, qint64 documentId, const QString &number, const QString &title, const QString &titleEn,
              const QString &content);

// (Re)indexes the document's effective revision from the store; removes its entry when it has
// none (withdrawn, or not yet released).
Status updateEffective(Database &db, qint64 documentId);

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
