#pragma once

#include "core/model/result.h"
#include "core/model/searchresult.h"

#include <QString>

namespace dc {

class Database;
namespace SearchQuery { struct Parsed; }

// The search index on SQLite: a contentless FTS5 table (it keeps the inverted index and each
// entry's length, not a copy of the text) with one entry per indexed revision. A document whose
// current revision is also its effective one (the usual case) has one entry serving staff and
// readers; one with a draft or a review in progress has two. An entry's rowid is
// documentId * 4 + flags (1: current, 2: effective), so a search filters and joins on it
// without another lookup.
//
// A contentless entry can only be removed by giving FTS5 the very tokens it was written with.
// `search_entries` keeps, per entry, the revision, number and titles it was written from and a
// fingerprint of that revision's text; the text itself is read back from the revision. Should
// the text have changed since (a draft saved before forget()), the fingerprint no longer
// matches and the whole index is rebuilt rather than left with stale entries.
namespace SqliteSearch {

// Removes the document's entries. Call it before changing the text of an indexed revision.
Status forget(Database &db, qint64 documentId);
// Writes the document's entries anew from its current and effective revisions in the store.
Status refresh(Database &db, qint64 documentId);
// Empties the index and writes every document's entries.
Status rebuild(Database &db);
Result<SearchResults> search(Database &db, const SearchQuery::Parsed &parsed, int limit, int offset, bool effectiveOnly,
                             const QString &visibleDocuments);

} // namespace SqliteSearch
} // namespace dc
