#include "core/store/searchindex.h"

#include "core/search/plaintext.h"
#include "core/search/tokenizer.h"
#include "core/store/database.h"
#include "core/store/documentrow.h"
#include "core/store/pgsearch.h"
#include "core/store/searchquery.h"
#include "core/store/sql.h"
#include "core/store/visibility.h"

#include <QCoreApplication>

namespace dc::SearchIndex {

namespace {

QString joined(const QStringList &tokens) { return tokens.join(QLatin1Char(' ')); }

QString doingUpdate() { return QCoreApplication::translate("dc::SearchIndex", "update the search index"); }

// One atom as an FTS5 expression. Tokens are letters and digits only, so quoting them is safe
// whatever the user typed.
QString fts5Expression(const SearchQuery::Atom &atom)
{
    if (atom.character)
        return QStringLiteral("{title_chars body_chars} : \"%1\"").arg(atom.tokens.first());
    return QStringLiteral("{number title body} : \"%1\"%2").arg(joined(atom.tokens), atom.prefix ? QStringLiteral("*") : QString());
}

Status removeEntry(Database &db, qint64 key)
{
    if (db.isPostgres())
        return PgSearch::remove(db, key);
    return Status::from(Sql::exec(db, QStringLiteral("DELETE FROM search_index WHERE rowid = ?"), {key}, doingUpdate()));
}

// Effective revisions are indexed under the negated document id. The body is indexed as a
// reader sees it, so that markup inside a phrase (本程序规定**风险**评估) does not split it.
Status indexRow(Database &db, qint64 key, const QString &number, const QString &title, const QString &titleEn, const QString &content)
{
    IndexedText text;
    text.number = SearchTokens::tokenize(number).sequence;
    const SearchTokens::Tokens titleTokens = SearchTokens::tokenize(title + QLatin1Char('\n') + titleEn);
    const SearchTokens::Tokens bodyTokens = SearchTokens::tokenize(markdownToPlainText(content));
    text.title = titleTokens.sequence;
    text.titleChars = titleTokens.chars;
    text.body = bodyTokens.sequence;
    text.bodyChars = bodyTokens.chars;
    if (db.isPostgres())
        return PgSearch::index(db, key, text);
    if (const Status removed = removeEntry(db, key); !removed)
        return removed;
    return Status::from(Sql::exec(db,
                                  QStringLiteral("INSERT INTO search_index(rowid, number, title, body, title_chars, body_chars)"
                                                 " VALUES (?, ?, ?, ?, ?, ?)"),
                                  {key, joined(text.number), joined(text.title), joined(text.body), joined(text.titleChars), joined(text.bodyChars)},
                                  doingUpdate()));
}

Result<SearchResults> searchSqlite(Database &db, const SearchQuery::Parsed &parsed, int limit, int offset, bool effectiveOnly,
                                   const QString &visibleDocuments)
{
    QStringList expressions;
    for (const SearchQuery::Atom &atom : parsed.atoms)
        expressions << QLatin1Char('(') + fts5Expression(atom) + QLatin1Char(')');
    const QString match = expressions.join(QStringLiteral(" AND "));
    // Staff search the current revisions (positive rowids), readers the effective ones (negative).
    // Entries of documents the searcher may not see are never counted nor read.
    QString visible = effectiveOnly ? QStringLiteral(" AND search_index.rowid < 0") : QStringLiteral(" AND search_index.rowid > 0");
    if (!visibleDocuments.isEmpty()) {
        visible += QStringLiteral(" AND search_index.rowid IN (SELECT %1d.id FROM documents d WHERE %2)")
                       .arg(effectiveOnly ? QStringLiteral("-") : QString(), visibleDocuments);
    }
    const QString documentJoin = effectiveOnly ? QStringLiteral(" JOIN documents d ON d.id = -top.entry") + DocumentRow::effectiveRevisionJoin()
                                               : QStringLiteral(" JOIN documents d ON d.id = top.entry") + DocumentRow::currentRevisionJoin();
    const QString doing = QCoreApplication::translate("dc::SearchIndex", "search");

    SearchResults results;
    auto counted = Sql::exec(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?") + visible, {match}, doing);
    if (!counted)
        return counted.error();
    if (counted.value().next())
        results.total = counted.value().value(0).toInt();

    // Rank inside the index and read the documents and texts of the page's hits only: a term
    // found in most of the store must not read every match's text.
    auto rows = Sql::exec(db,
                          QStringLiteral("WITH top AS (SELECT search_index.rowid AS entry, bm25(search_index, 8.0, 4.0, 1.0, 2.0, 0.5) AS score"
                                         " FROM search_index WHERE search_index MATCH ?")
                              + visible + QStringLiteral(" ORDER BY score, search_index.rowid LIMIT ? OFFSET ?) SELECT ") + SearchQuery::hitColumns()
                              + QStringLiteral(", top.score FROM top") + documentJoin + QStringLiteral(" ORDER BY top.score, d.number"),
                          {match, limit, offset}, doing);
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    while (q.next())
        results.hits.append(SearchQuery::hitFrom(q, parsed.highlightTerms, -q.value(8).toDouble())); // bm25 is lower-is-better
    return results;
}

} // namespace

Status update(Database &db, qint64 documentId, const QString &number, const QString &title, const QString &titleEn,
              const QString &content)
{
    return indexRow(db, documentId, number, title, titleEn, content);
}

Status updateEffective(Database &db, qint64 documentId)
{
    auto row = Sql::exec(db,
                         QStringLiteral("SELECT d.number, d.title, d.title_en, r.content FROM documents d") + DocumentRow::effectiveRevisionJoin()
                             + QStringLiteral(" WHERE d.id = ?"),
                         {documentId}, doingUpdate());
    if (!row)
        return row.error();
    if (!row.value().next())
        return removeEntry(db, -documentId);
    const QSqlQuery &q = row.value();
    return indexRow(db, -documentId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
}

Status rebuild(Database &db)
{
    const QString doing = QCoreApplication::translate("dc::SearchIndex", "rebuild the search index");
    if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM search_index"), {}, doing); !cleared)
        return cleared.error();
    auto rows = Sql::exec(db, QStringLiteral("SELECT d.id, d.number, d.title, d.title_en, r.content FROM documents d") + DocumentRow::currentRevisionJoin(),
                          {}, doing);
    if (!rows)
        return rows.error();
    QSqlQuery &query = rows.value();
    while (query.next()) {
        const Status indexed = update(db, query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                                      query.value(3).toString(), query.value(4).toString());
        if (!indexed)
            return indexed;
        if (const Status effective = updateEffective(db, query.value(0).toLongLong()); !effective)
            return effective;
    }
    return {};
}

Result<SearchResults> search(Database &db, const QString &query, int limit, int offset, bool effectiveOnly, const std::optional<User> &viewer)
{
    const Result<SearchQuery::Parsed> parsed = SearchQuery::parse(query);
    if (!parsed)
        return parsed.error();
    const QString visibleDocuments = viewer && !viewer->seesEveryClassification() ? Visibility::condition(*viewer) : QString();
    if (db.isPostgres())
        return PgSearch::search(db, parsed.value(), limit, offset, effectiveOnly, visibleDocuments);
    return searchSqlite(db, parsed.value(), limit, offset, effectiveOnly, visibleDocuments);
}

} // namespace dc::SearchIndex
