#include "core/store/pgsearch.h"

#include "core/store/database.h"
#include "core/store/documentrow.h"
#include "core/store/searchquery.h"
#include "core/store/sql.h"

#include <QCoreApplication>

namespace dc::PgSearch {

namespace {

// Tokens per stored part: below the 16383 positions a tsvector keeps, leaving room for the
// number and the titles in part 0. Parts overlap, so a phrase of up to kOverlap tokens that
// crosses a boundary is still found in one part.
constexpr int kPartTokens = 15000;
constexpr int kOverlap = 64;
// Rank weights for D (body), C (unused), B (titles), A (number): titles count above the body.
const QLatin1String kWeights("'{0.1, 0.2, 0.5, 1.0}'");

QString doingUpdate() { return QCoreApplication::translate("dc::SearchIndex", "update the search index"); }

// A lexeme quoted for tsquery input. Tokens hold letters and digits only; quotes and
// backslashes are escaped all the same.
QString quoted(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString tsquery(const SearchQuery::Atom &atom)
{
    QStringList lexemes;
    for (const QString &token : atom.tokens)
        lexemes << quoted(token);
    if (atom.prefix)
        lexemes.last() += QLatin1String(":*");
    return lexemes.join(QLatin1String(" <-> "));
}

// The SQL that tests one atom against one row of search_index; its tsquery text is bound.
QString atomMatch(const SearchQuery::Atom &atom)
{
    return atom.character ? QStringLiteral("chars @@ to_tsquery('simple', ?)") : QStringLiteral("terms @@ to_tsquery('doccontrol', ?)");
}

QString atomRank(const SearchQuery::Atom &atom)
{
    return atom.character ? QStringLiteral("ts_rank(%1, chars, to_tsquery('simple', ?))").arg(kWeights)
                          : QStringLiteral("ts_rank(%1, terms, to_tsquery('doccontrol', ?))").arg(kWeights);
}

} // namespace

QStringList configurationStatements()
{
    return {
        QStringLiteral("CREATE TEXT SEARCH DICTIONARY doccontrol_english (TEMPLATE = snowball, Language = english)"),
        QStringLiteral("CREATE TEXT SEARCH CONFIGURATION doccontrol (PARSER = default)"),
        QStringLiteral("ALTER TEXT SEARCH CONFIGURATION doccontrol ADD MAPPING FOR asciiword WITH doccontrol_english"),
        QStringLiteral("ALTER TEXT SEARCH CONFIGURATION doccontrol ADD MAPPING FOR word, numword, asciihword, hword, numhword,"
                       " hword_asciipart, hword_part, hword_numpart, int, uint, float, sfloat, version WITH simple"),
    };
}

Status checkConfiguration(Database &db)
{
    auto probe = Sql::exec(db, QStringLiteral("SELECT length(to_tsvector('doccontrol', ?)), to_tsvector('doccontrol', ?) @@ to_tsquery('simple', ?)"),
                           {QStringLiteral("风险 险评"), QStringLiteral("风险 险评"), quoted(QStringLiteral("险评"))},
                           QCoreApplication::translate("dc::SearchIndex", "check the search configuration"));
    if (!probe)
        return probe.error();
    if (!probe.value().next() || probe.value().value(0).toInt() != 2 || !probe.value().value(1).toBool()) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("dc::SearchIndex", "The database %1 cannot index Chinese text: its character type (LC_CTYPE) does not treat Chinese characters as letters. Create it with ENCODING 'UTF8' and a UTF-8 locale such as C.UTF-8.")
                         .arg(db.path())};
    }
    return {};
}

Status remove(Database &db, qint64 key)
{
    return Status::from(Sql::exec(db, QStringLiteral("DELETE FROM search_index WHERE doc_key = ?"), {key}, doingUpdate()));
}

Status index(Database &db, qint64 key, const IndexedText &text)
{
    if (const Status removed = remove(db, key); !removed)
        return removed;
    int part = 0;
    qsizetype start = 0;
    do {
        const QStringList body = text.body.mid(start, kPartTokens);
        QVariantList binds{key, part};
        QString terms = QStringLiteral("setweight(to_tsvector('doccontrol', ?), 'D')");
        QString chars = QStringLiteral("''::tsvector");
        if (part == 0) {
            // Single characters need no positions; the body's would outgrow a tsvector's 1 MB.
            terms = QStringLiteral("setweight(to_tsvector('doccontrol', ?), 'A') || setweight(to_tsvector('doccontrol', ?), 'B') || ") + terms;
            chars = QStringLiteral("setweight(to_tsvector('simple', ?), 'B') || strip(to_tsvector('simple', ?))");
            binds << IndexedText::joined(text.number) << IndexedText::joined(text.title) << IndexedText::joined(body)
                  << IndexedText::joined(text.titleChars) << IndexedText::joined(text.bodyChars);
        } else {
            binds << IndexedText::joined(body);
        }
        auto inserted = Sql::exec(db, QStringLiteral("INSERT INTO search_index(doc_key, part, terms, chars) VALUES (?, ?, %1, %2)").arg(terms, chars),
                                  binds, doingUpdate());
        if (!inserted)
            return inserted.error();
        ++part;
        start += kPartTokens - kOverlap;
    } while (start + kOverlap < text.body.size());
    return {};
}

Result<SearchResults> search(Database &db, const SearchQuery::Parsed &query, int limit, int offset, bool effectiveOnly,
                             const QString &visibleDocuments)
{
    QStringList any, all, ranks;
    QVariantList rankBinds, anyBinds, allBinds;
    for (const SearchQuery::Atom &atom : query.atoms) {
        const QString text = tsquery(atom);
        ranks << atomRank(atom);
        rankBinds << text;
        any << atomMatch(atom);
        anyBinds << text;
        all << QStringLiteral("bool_or(%1)").arg(atomMatch(atom));
        allBinds << text;
    }
    // Staff search the current revisions (positive keys), readers the effective ones (negative).
    // Entries of documents the searcher may not see are never counted nor read.
    const QString visible = visibleDocuments.isEmpty() ? QString()
                                                       : QStringLiteral(" AND doc_key IN (SELECT %1d.id FROM documents d WHERE %2)")
                                                             .arg(effectiveOnly ? QStringLiteral("-") : QString(), visibleDocuments);
    const QString matches = QStringLiteral("WITH m AS (SELECT doc_key, max(%1) AS score FROM search_index WHERE doc_key %2 0%5 AND (%3)"
                                           " GROUP BY doc_key HAVING %4) ")
                                .arg(ranks.join(QLatin1String(" + ")), effectiveOnly ? QStringLiteral("<") : QStringLiteral(">"),
                                     any.join(QLatin1String(" OR ")), all.join(QLatin1String(" AND ")), visible);
    const QVariantList binds = rankBinds + anyBinds + allBinds;
    const QString doing = QCoreApplication::translate("dc::SearchIndex", "search");

    SearchResults results;
    auto counted = Sql::exec(db, matches + QStringLiteral("SELECT count(*) FROM m"), binds, doing);
    if (!counted)
        return counted.error();
    if (counted.value().next())
        results.total = counted.value().value(0).toInt();

    // Rank first and read the documents and texts of the page's hits only.
    const QString documentJoin = effectiveOnly ? QStringLiteral(" JOIN documents d ON d.id = -top.doc_key") + DocumentRow::effectiveRevisionJoin()
                                               : QStringLiteral(" JOIN documents d ON d.id = top.doc_key") + DocumentRow::currentRevisionJoin();
    auto rows = Sql::exec(db,
                          matches + QStringLiteral(", top AS (SELECT doc_key, score FROM m ORDER BY score DESC, abs(doc_key) LIMIT ? OFFSET ?) SELECT ")
                              + SearchQuery::hitColumns() + QStringLiteral(", top.score FROM top") + documentJoin
                              + QStringLiteral(" ORDER BY top.score DESC, d.number"),
                          binds + QVariantList{limit, offset}, doing);
    if (!rows)
        return rows.error();
    QSqlQuery &q = rows.value();
    while (q.next())
        results.hits.append(SearchQuery::hitFrom(q, query.highlightTerms, q.value(8).toDouble()));
    return results;
}

} // namespace dc::PgSearch
