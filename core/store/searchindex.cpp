#include "core/store/searchindex.h"

#include "core/search/plaintext.h"
#include "core/search/snippet.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/search/tokenizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace dc::SearchIndex {

namespace {

QString joined(const QStringList &tokens) { return tokens.join(QLatin1Char(' ')); }

// One query term as an FTS5 expression. Tokens are letters and digits only, so quoting them
// is safe whatever the user typed.
QString termExpression(const QString &term)
{
    const SearchTokens::Tokens tokens = SearchTokens::tokenize(term);
    if (tokens.sequence.isEmpty())
        return {};
    const auto isLoneCjk = SearchTokens::isSingleCjkCharacter;
    auto loneCharExpression = [](const QString &c) { return QStringLiteral("{title_chars body_chars} : \"%1\"").arg(c); };
    if (tokens.sequence.size() == 1 && isLoneCjk(tokens.sequence.first()))
        return loneCharExpression(tokens.sequence.first());
    // A lone Chinese character beside letters or digits (第3章) may be half of a bigram in the
    // text (第3章节), so such a term matches its parts anywhere rather than as a phrase.
    if (std::any_of(tokens.sequence.begin(), tokens.sequence.end(), isLoneCjk)) {
        QStringList parts;
        for (const QString &token : tokens.sequence)
            parts << (isLoneCjk(token) ? loneCharExpression(token) : QStringLiteral("{number title body} : \"%1\"").arg(token));
        return parts.join(QStringLiteral(" AND "));
    }
    // A trailing English word matches as a prefix too ("proc" finds "procedure").
    const bool lastIsWord = !SearchTokens::startsWithCjk(tokens.sequence.last());
    return QStringLiteral("{number title body} : \"%1\"%2").arg(joined(tokens.sequence), lastIsWord ? QStringLiteral("*") : QString());
}

const QString &currentRevisionJoin()
{
    static const QString join = QStringLiteral(
        " JOIN revisions r ON r.id = (SELECT max(id) FROM revisions WHERE document_id = d.id)");
    return join;
}

const QString &effectiveRevisionJoin()
{
    static const QString join = QStringLiteral(
        " JOIN revisions r ON r.id = (SELECT max(id) FROM revisions WHERE document_id = d.id AND status = 'effective')");
    return join;
}

} // namespace

// Effective revisions are indexed under the negated document id. The body is indexed as a
// reader sees it, so that markup inside a phrase (本程序规定**风险**评估) does not split it.
Status indexRow(Database &db, qint64 rowid, const QString &number, const QString &title, const QString &titleEn, const QString &content)
{
    const SearchTokens::Tokens titleTokens = SearchTokens::tokenize(title + QLatin1Char('\n') + titleEn);
    const SearchTokens::Tokens bodyTokens = SearchTokens::tokenize(markdownToPlainText(content));
    auto removed = Sql::exec(db, QStringLiteral("DELETE FROM search_index WHERE rowid = ?"), {rowid}, QCoreApplication::translate("dc::SearchIndex", "update the search index"));
    if (!removed)
        return removed.error();
    auto inserted = Sql::exec(db,
                              QStringLiteral("INSERT INTO search_index(rowid, number, title, body, title_chars, body_chars)"
                                             " VALUES (?, ?, ?, ?, ?, ?)"),
                              {rowid, joined(SearchTokens::tokenize(number).sequence), joined(titleTokens.sequence),
                               joined(bodyTokens.sequence), joined(titleTokens.chars), joined(bodyTokens.chars)},
                              QCoreApplication::translate("dc::SearchIndex", "update the search index"));
    return Status::from(inserted);
}

Status update(Database &db, qint64 documentId, const QString &number, const QString &title, const QString &titleEn,
              const QString &content)
{
    return indexRow(db, documentId, number, title, titleEn, content);
}

Status updateEffective(Database &db, qint64 documentId)
{
    auto row = Sql::exec(db,
                         QStringLiteral("SELECT d.number, d.title, d.title_en, r.content FROM documents d") + effectiveRevisionJoin()
                             + QStringLiteral(" WHERE d.id = ?"),
                         {documentId}, QCoreApplication::translate("dc::SearchIndex", "update the search index"));
    if (!row)
        return row.error();
    if (!row.value().next()) {
        return Status::from(Sql::exec(db, QStringLiteral("DELETE FROM search_index WHERE rowid = ?"), {-documentId},
                                      QCoreApplication::translate("dc::SearchIndex", "update the search index")));
    }
    const QSqlQuery &q = row.value();
    return indexRow(db, -documentId, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
}

Status rebuild(Database &db)
{
    if (auto cleared = Sql::exec(db, QStringLiteral("DELETE FROM search_index"), {}, QCoreApplication::translate("dc::SearchIndex", "rebuild the search index")); !cleared)
        return cleared.error();
    auto rows = Sql::exec(db,
                          QStringLiteral("SELECT d.id, d.number, d.title, d.title_en, r.content FROM documents d")
                              + currentRevisionJoin(),
                          {}, QCoreApplication::translate("dc::SearchIndex", "rebuild the search index"));
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

Result<SearchResults> search(Database &db, const QString &query, int limit, int offset, bool effectiveOnly)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    static const QRegularExpression edgePunctuation(QStringLiteral("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$"));
    const QStringList terms = query.split(whitespace, Qt::SkipEmptyParts);
    QStringList expressions;
    for (const QString &term : terms) {
        const QString expression = termExpression(term);
        if (!expression.isEmpty())
            expressions << QLatin1Char('(') + expression + QLatin1Char(')');
    }
    QStringList highlightTerms; // what the user typed, without quotes or brackets around it
    for (const QString &term : terms)
        highlightTerms << QString(term).remove(edgePunctuation);
    if (expressions.isEmpty())
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::SearchIndex", "The search \"%1\" has no letters, digits or Chinese characters to look for.").arg(query)};
    const QString match = expressions.join(QStringLiteral(" AND "));
    // Staff search the current revisions (positive rowids), readers the effective ones (negative).
    const QString visible = effectiveOnly ? QStringLiteral(" AND search_index.rowid < 0") : QStringLiteral(" AND search_index.rowid > 0");
    const QString documentJoin = effectiveOnly ? QStringLiteral(" JOIN documents d ON d.id = -search_index.rowid") + effectiveRevisionJoin()
                                               : QStringLiteral(" JOIN documents d ON d.id = search_index.rowid") + currentRevisionJoin();

    SearchResults results;
    auto counted = Sql::exec(db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?") + visible, {match}, QCoreApplication::translate("dc::SearchIndex", "search"));
    if (!counted)
        return counted.error();
    if (counted.value().next())
        results.total = counted.value().value(0).toInt();

    auto rows = Sql::exec(db,
                          QStringLiteral("SELECT d.id, d.number, d.title, d.title_en, d.type, r.label, r.status, r.content,"
                                         " bm25(search_index, 8.0, 4.0, 1.0, 2.0, 0.5) AS score"
                                         " FROM search_index")
                              + documentJoin + QStringLiteral(" WHERE search_index MATCH ?") + visible + QStringLiteral(" ORDER BY score, d.number LIMIT ? OFFSET ?"),
                          {match, limit, offset}, QCoreApplication::translate("dc::SearchIndex", "search"));
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    while (q.next()) {
        SearchHit hit;
        hit.documentId = q.value(0).toLongLong();
        hit.number = q.value(1).toString();
        hit.title = q.value(2).toString();
        hit.titleEn = q.value(3).toString();
        hit.type = documentTypeFromKey(q.value(4).toString()).value_or(DocumentType::Procedure);
        hit.label = q.value(5).toString();
        hit.status = revisionStatusFromKey(q.value(6).toString()).value_or(RevisionStatus::Draft);
        hit.snippet = makeSnippet(q.value(7).toString(), highlightTerms);
        hit.score = -q.value(8).toDouble(); // bm25 is lower-is-better
        results.hits.append(hit);
    }
    return results;
}

} // namespace dc::SearchIndex
