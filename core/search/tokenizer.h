#pragma once

#include <QString>
#include <QStringList>

namespace dc::SearchTokens {

// The tokens a text is indexed and searched by. Chinese (and other CJK) text has no spaces
// between words, so instead of segmenting words it is indexed as overlapping two-character
// tokens — 风险评估 gives 风险 险评 评估 — which lets a query of any length ≥ 2 match as a
// phrase; single characters go to a separate stream so one-character queries work too.
// Other letters and digits form lower-cased words; everything else separates.
struct Tokens {
    QStringList sequence; // words and CJK bigrams in text order (a lone CJK character stays as is)
    QStringList chars;    // every CJK character, in order
};

Tokens tokenize(const QString &text);

// True for a Han, kana or Hangul code point.
bool isCjk(char32_t codePoint);
// True when `token` is one CJK character (one code point, which may take two UTF-16 units).
bool isSingleCjkCharacter(const QString &token);
// True when `token` starts with a CJK character (a bigram or a lone character, not a word).
bool startsWithCjk(const QString &token);

} // namespace dc::SearchTokens
