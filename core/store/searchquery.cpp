#include "core/store/searchquery.h"

#include "core/search/snippet.h"
#include "core/search/tokenizer.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace dc::SearchQuery {

namespace {

QList<Atom> termAtoms(const QString &term)
{
    const SearchTokens::Tokens tokens = SearchTokens::tokenize(term);
    if (tokens.sequence.isEmpty())
        return {};
    const auto isLoneCjk = SearchTokens::isSingleCjkCharacter;
    // A lone Chinese character beside letters or digits (第3章) may be half of a bigram in the
    // text (第3章节), so such a term matches its parts anywhere rather than as a phrase.
    if (std::any_of(tokens.sequence.begin(), tokens.sequence.end(), isLoneCjk)) {
        QList<Atom> atoms;
        for (const QString &token : tokens.sequence)
            atoms << Atom{isLoneCjk(token), {token}, false};
        return atoms;
    }
    // A trailing English word matches as a prefix too ("proc" finds "procedure").
    return {Atom{false, tokens.sequence, !SearchTokens::startsWithCjk(tokens.sequence.last())}};
}

} // namespace

Result<Parsed> parse(const QString &query)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    static const QRegularExpression edgePunctuation(QStringLiteral("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$"));
    Parsed parsed;
    for (const QString &term : query.split(whitespace, Qt::SkipEmptyParts)) {
        parsed.atoms << termAtoms(term);
        parsed.highlightTerms << QString(term).remove(edgePunctuation);
    }
    if (parsed.atoms.isEmpty())
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::SearchIndex", "The search \"%1\" has no letters, digits or Chinese characters to look for.").arg(query)};
    return parsed;
}

const QString &hitColumns()
{
    static const QString columns = QStringLiteral("d.id, d.number, d.title, d.title_en, d.type, r.label, r.status, r.content");
    return columns;
}

SearchHit hitFrom(const QSqlQuery &q, const QStringList &highlightTerms, double score)
{
    SearchHit hit;
    hit.documentId = q.value(0).toLongLong();
    hit.number = q.value(1).toString();
    hit.title = q.value(2).toString();
    hit.titleEn = q.value(3).toString();
    hit.type = documentTypeFromKey(q.value(4).toString()).value_or(DocumentType::Procedure);
    hit.label = q.value(5).toString();
    hit.status = revisionStatusFromKey(q.value(6).toString()).value_or(RevisionStatus::Draft);
    hit.snippet = makeSnippet(q.value(7).toString(), highlightTerms);
    hit.score = score;
    return hit;
}

} // namespace dc::SearchQuery
