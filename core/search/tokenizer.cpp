#include "core/search/tokenizer.h"

namespace dc::SearchTokens {

bool isCjk(char32_t codePoint)
{
    switch (QChar::script(codePoint)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Bopomofo:
        return true;
    default:
        return false;
    }
}

bool isSingleCjkCharacter(const QString &token)
{
    const QList<uint> points = token.toUcs4();
    return points.size() == 1 && isCjk(char32_t(points.first()));
}

bool startsWithCjk(const QString &token)
{
    const QList<uint> points = token.left(2).toUcs4();
    return !points.isEmpty() && isCjk(char32_t(points.first()));
}

namespace {

QString fromCodePoints(const QList<uint> &points, qsizetype from, qsizetype count)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + from, count);
}

// Emits the bigrams of one run of CJK characters.
void emitCjkRun(const QList<uint> &points, qsizetype start, qsizetype end, Tokens &out)
{
    const qsizetype length = end - start;
    if (length == 1)
        out.sequence << fromCodePoints(points, start, 1);
    for (qsizetype i = start; i + 1 < end; ++i)
        out.sequence << fromCodePoints(points, i, 2);
    for (qsizetype i = start; i < end; ++i)
        out.chars << fromCodePoints(points, i, 1);
}

} // namespace

Tokens tokenize(const QString &text)
{
    Tokens out;
    const QList<uint> points = text.toUcs4();
    enum class Run { None, Word, Cjk } run = Run::None;
    qsizetype runStart = 0;

    auto flush = [&](qsizetype end) {
        if (run == Run::Word)
            out.sequence << fromCodePoints(points, runStart, end - runStart).toLower();
        else if (run == Run::Cjk)
            emitCjkRun(points, runStart, end, out);
        run = Run::None;
    };

    for (qsizetype i = 0; i < points.size(); ++i) {
        const char32_t c = points[i];
        const Run kind = isCjk(c) ? Run::Cjk : (QChar::isLetterOrNumber(c) ? Run::Word : Run::None);
        if (kind != run) {
            flush(i);
            run = kind;
            runStart = i;
        }
    }
    flush(points.size());
    return out;
}

} // namespace dc::SearchTokens
