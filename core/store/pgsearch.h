#pragma once

#include "core/model/result.h"
#include "core/model/searchresult.h"

#include "core/store/indexedtext.h"

#include <QStringList>

namespace dc {

class Database;
namespace SearchQuery { struct Parsed; }

// The search index on PostgreSQL: the tokenizer's tokens become lexemes of a `tsvector` through
// the store's text search configuration `doccontrol` (the simple dictionary; English words
// stemmed like SQLite's porter tokenizer, without stop words), searched through GIN indexes.
// A tsvector keeps positions up to 16383, so a long body is stored in parts that overlap by a
// few tokens; a document matches when each atom of the query matches in one of its parts.
namespace PgSearch {

// The text search configuration and its dictionary; install() runs these with the schema.
QStringList configurationStatements();
// Fails with a message for the administrator when the database cannot index Chinese (its
// LC_CTYPE does not take CJK characters for letters).
Status checkConfiguration(Database &db);

Status index(Database &db, qint64 key, const IndexedText &text);
Status remove(Database &db, qint64 key);
// `visibleDocuments`, when not empty, is an SQL condition over documents d (Visibility) that
// every hit's document must meet.
Result<SearchResults> search(Database &db, const SearchQuery::Parsed &query, int limit, int offset, bool effectiveOnly,
                             const QString &visibleDocuments = QString());

} // namespace PgSearch
} // namespace dc
