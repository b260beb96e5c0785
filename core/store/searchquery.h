#pragma once

#include "core/model/result.h"
#include "core/model/searchresult.h"

#include <QList>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace dc::SearchQuery {

// What a search asks for, whichever store answers it: every atom must match somewhere in a
// document. A sequence atom is a phrase of tokens (words, CJK bigrams) in the number, a title
// or the body, its last word also as a prefix; a character atom is one CJK character, looked
// up in the single-character stream.
struct Atom {
    bool character = false;
    QStringList tokens;
    bool prefix = false;
};

struct Parsed {
    QList<Atom> atoms;
    QStringList highlightTerms; // what the user typed, without quotes or brackets around it
};

// Splits the query into terms at whitespace and each term into atoms. Fails with InvalidInput
// when nothing in it is searchable.
Result<Parsed> parse(const QString &query);

// The columns both backends select for a hit, in this order, ending with its score; and the hit
// they describe (score higher is better).
const QString &hitColumns();
SearchHit hitFrom(const QSqlQuery &query, const QStringList &highlightTerms, double score);

} // namespace dc::SearchQuery
