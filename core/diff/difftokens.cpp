#include "core/diff/difftokens.h"

#include "core/search/tokenizer.h"

namespace dc::diff {

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = normalised.split(QLatin1Char('\n'));
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

namespace {

enum class CharClass { Word, Space, Single };

CharClass classify(char32_t c)
{
    if (SearchTokens::isCjk(c))
        return CharClass::Single;
    if (QChar::isSpace(c))
        return CharClass::Space;
    if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
        return CharClass::Word;
    return CharClass::Single;
}

} // namespace

QStringList wordTokens(const QString &line)
{
    QStringList tokens;
    qsizetype start = 0;
    CharClass runClass = CharClass::Single;
    qsizetype i = 0;
    while (i < line.size()) {
        // One code point, which may take two UTF-16 units.
        const qsizetype width = (line.at(i).isHighSurrogate() && i + 1 < line.size() && line.at(i + 1).isLowSurrogate()) ? 2 : 1;
        const char32_t c = width == 2 ? QChar::surrogateToUcs4(line.at(i), line.at(i + 1)) : char32_t(line.at(i).unicode());
        const CharClass cls = classify(c);
        const bool continues = i > start && cls == runClass && cls != CharClass::Single;
        if (!continues) {
            if (i > start)
                tokens.append(line.mid(start, i - start));
            start = i;
            runClass = cls;
        }
        i += width;
    }
    if (i > start)
        tokens.append(line.mid(start, i - start));
    return tokens;
}

} // namespace dc::diff
