#include "core/store/indexedtext.h"

#include "core/search/plaintext.h"
#include "core/search/tokenizer.h"

namespace dc {

IndexedText IndexedText::of(const QString &number, const QString &title, const QString &titleEn, const QString &markdown)
{
    IndexedText text;
    text.number = SearchTokens::tokenize(number).sequence;
    const SearchTokens::Tokens titleTokens = SearchTokens::tokenize(title + QLatin1Char('\n') + titleEn);
    const SearchTokens::Tokens bodyTokens = SearchTokens::tokenize(markdownToPlainText(markdown));
    text.title = titleTokens.sequence;
    text.titleChars = titleTokens.chars;
    text.body = bodyTokens.sequence;
    text.bodyChars = bodyTokens.chars;
    return text;
}

} // namespace dc
