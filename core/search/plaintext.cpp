#include "core/search/plaintext.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <optional>

// Block structure is read line by line (fences, quotes, headings, lists, tables, breaks); the
// inline markup of each paragraph, heading and table cell is read with CommonMark's rules for
// delimiter runs, so that only what the renderer takes for emphasis is removed.

namespace dc {

namespace {

using References = QSet<QString>;

// Link labels match case-insensitively with inner white space collapsed.
QString normalizedLabel(const QString &label) { return label.simplified().toCaseFolded(); }

char32_t codePointBefore(const QString &s, qsizetype at)
{
    if (at <= 0)
        return U'\n';
    const QChar low = s.at(at - 1);
    if (low.isLowSurrogate() && at >= 2 && s.at(at - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(s.at(at - 2), low);
    return low.unicode();
}

char32_t codePointAt(const QString &s, qsizetype at)
{
    if (at >= s.size())
        return U'\n';
    const QChar high = s.at(at);
    if (high.isHighSurrogate() && at + 1 < s.size() && s.at(at + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(high, s.at(at + 1));
    return high.unicode();
}

bool isSpace(char32_t c) { return QChar::isSpace(c); }
// CommonMark counts Unicode punctuation and symbols (，。、 included) as punctuation.
bool isPunctuation(char32_t c) { return QChar::isPunct(c) || QChar::isSymbol(c); }
bool isAsciiPunctuation(QChar c) { return c.unicode() < 128 && (c.isPunct() || c.isSymbol()); }

// A run of `*`, `_` or `~`, or a piece of text (delimiter null).
struct Piece {
    QString text;
    QChar delimiter;
    qsizetype count = 0;    // delimiter characters still unmatched
    qsizetype original = 0; // the run's length as written
    bool canOpen = false;
    bool canClose = false;
};

// CommonMark's "process emphasis": matches closers with openers from left to right; what
// stays unmatched is literal text.
void matchEmphasis(QList<Piece> &pieces)
{
    // Per (delimiter, closer can open, length mod 3): the index below which no opener is left.
    QHash<int, qsizetype> openersBottom;
    for (qsizetype c = 0; c < pieces.size(); ++c) {
        Piece &closer = pieces[c];
        if (closer.delimiter.isNull() || !closer.canClose)
            continue;
        const int key = closer.delimiter.unicode() * 8 + (closer.canOpen ? 4 : 0) + int(closer.original % 3);
        while (closer.count > 0) {
            const qsizetype bottom = openersBottom.value(key, -1);
            qsizetype o = c - 1;
            for (; o > bottom; --o) {
                const Piece &opener = pieces.at(o);
                if (opener.delimiter != closer.delimiter || !opener.canOpen || opener.count == 0)
                    continue;
                if (closer.delimiter == QLatin1Char('~')) {
                    if (opener.count == closer.count)
                        break;
                    continue;
                }
                // The rule of three: a run that may both open and close pairs only when the two
                // lengths do not add up to a multiple of 3 (unless both are multiples of 3).
                const bool ruledOut = (opener.canClose || closer.canOpen) && (opener.original + closer.original) % 3 == 0
                                      && !(opener.original % 3 == 0 && closer.original % 3 == 0);
                if (!ruledOut)
                    break;
            }
            if (o <= bottom) {
                openersBottom.insert(key, c - 1);
                if (!closer.canOpen)
                    closer.canClose = false;
                break;
            }
            Piece &opener = pieces[o];
            const qsizetype use = closer.delimiter == QLatin1Char('~') ? closer.count
                                                                        : (opener.count >= 2 && closer.count >= 2 ? 2 : 1);
            opener.count -= use;
            closer.count -= use;
            for (qsizetype between = o + 1; between < c; ++between)
                pieces[between].canOpen = pieces[between].canClose = false;
        }
    }
}

// Tags that start a new line where a reader sees them; the others are inline.
bool isBreakingTag(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("br"), QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("tr"), QStringLiteral("td"),
        QStringLiteral("th"), QStringLiteral("li"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("table"),
        QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("hr"), QStringLiteral("blockquote"),
        QStringLiteral("pre"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("section")};
    return names.contains(name.toLower());
}

std::optional<QString> entity(const QString &name)
{
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},   {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},    {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},  {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("copy"), QStringLiteral("©")},  {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("mdash"), QStringLiteral("—")}, {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("middot"), QStringLiteral("·")}};
    if (!name.startsWith(QLatin1Char('#')))
        return named.contains(name) ? std::optional<QString>(named.value(name)) : std::nullopt;
    bool ok = false;
    const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
    uint code = name.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
    if (!ok)
        return std::nullopt;
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        code = 0xFFFD;
    const char32_t point = code;
    return QString::fromUcs4(&point, 1);
}

struct Link {
    QString text;
    qsizetype end = 0; // just past the link
};

// Link text, destinations and labels longer than this are read as plain text, which keeps
// the reading linear on text full of unmatched brackets.
constexpr qsizetype kMaxLinkPart = 4000;
// Links inside link or image text are read this deep; deeper ones stay as written.
constexpr int kMaxLinkDepth = 8;

qsizetype backtickRun(const QString &s, qsizetype at)
{
    qsizetype run = 0;
    while (at + run < s.size() && s.at(at + run) == QLatin1Char('`'))
        ++run;
    return run;
}

// Where the code span opened by `run` backticks at `at` closes (a run of exactly as many),
// searching up to `limit`; -1 when it does not.
qsizetype codeSpanEnd(const QString &s, qsizetype at, qsizetype run, qsizetype limit)
{
    for (qsizetype j = at + run; j < limit;) {
        if (s.at(j) != QLatin1Char('`')) {
            ++j;
            continue;
        }
        const qsizetype close = backtickRun(s, j);
        if (close == run)
            return j;
        j += close;
    }
    return -1;
}

// The index of the bracket closing the one at `open`, or -1; escapes and code spans skipped.
qsizetype closingBracket(const QString &s, qsizetype open)
{
    const qsizetype limit = std::min(s.size(), open + kMaxLinkPart);
    QSet<qsizetype> unclosedRuns;
    int depth = 0;
    for (qsizetype j = open; j < limit; ++j) {
        const QChar c = s.at(j);
        if (c == QLatin1Char('\\')) {
            ++j;
        } else if (c == QLatin1Char('`')) {
            const qsizetype run = backtickRun(s, j);
            const qsizetype end = unclosedRuns.contains(run) ? -1 : codeSpanEnd(s, j, run, limit);
            if (end < 0)
                unclosedRuns.insert(run);
            j = (end < 0 ? j : end) + run - 1;
        } else if (c == QLatin1Char('[')) {
            ++depth;
        } else if (c == QLatin1Char(']') && --depth == 0) {
            return j;
        }
    }
    return -1;
}

// An inline link, full/collapsed/shortcut reference link or (from `open` + 1) image.
std::optional<Link> linkAt(const QString &s, qsizetype open, const References &references)
{
    const qsizetype close = closingBracket(s, open);
    if (close < 0)
        return std::nullopt;
    const QString text = s.mid(open + 1, close - open - 1);
    const qsizetype after = close + 1;
    if (after < s.size() && s.at(after) == QLatin1Char('(')) {
        int depth = 0;
        for (qsizetype j = after; j < std::min(s.size(), after + kMaxLinkPart); ++j) {
            const QChar c = s.at(j);
            if (c == QLatin1Char('\\')) {
                ++j;
            } else if (c == QLatin1Char('(')) {
                ++depth;
            } else if (c == QLatin1Char(')') && --depth == 0) {
                // A destination with white space in it must be <…> or be followed by a title.
                const QString inside = s.mid(after + 1, j - after - 1).trimmed();
                const qsizetype space = inside.indexOf(QRegularExpression(QStringLiteral("\\s")));
                const QString rest = space < 0 ? QString() : inside.mid(space).trimmed();
                if (inside.startsWith(QLatin1Char('<')) || rest.isEmpty() || rest.startsWith(QLatin1Char('"'))
                    || rest.startsWith(QLatin1Char('\'')) || rest.startsWith(QLatin1Char('(')))
                    return Link{text, j + 1};
                break;
            }
        }
    }
    if (after < s.size() && s.at(after) == QLatin1Char('[')) {
        const qsizetype labelEnd = s.indexOf(QLatin1Char(']'), after);
        if (labelEnd > after && labelEnd - after < kMaxLinkPart) {
            const QString label = s.mid(after + 1, labelEnd - after - 1);
            if (references.contains(normalizedLabel(label.isEmpty() ? text : label)))
                return Link{text, labelEnd + 1};
        }
    }
    if (references.contains(normalizedLabel(text)))
        return Link{text, after};
    return std::nullopt;
}

QString inlineText(const QString &s, const References &references, int depth = 0);

// What `<…>` at `at` shows: an autolink's address, nothing for a tag or comment; or nullopt
// when it is a plain "<". `*end` is set just past it. `*noCommentEnd` is set once a comment
// was found never to close, so the rest of the text is not searched again.
std::optional<QString> angleAt(const QString &s, qsizetype at, qsizetype *end, bool *noCommentEnd)
{
    static const QRegularExpression uri(QStringLiteral("<([A-Za-z][A-Za-z0-9+.\\-]{1,31}:[^\\s<>]*)>"));
    static const QRegularExpression email(QStringLiteral(
        "<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~\\-]+@[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?)*)>"));
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("</?([A-Za-z][A-Za-z0-9\\-]*)(?:\\s+[^<>]*?)?\\s*/?>"));
    for (const QRegularExpression *pattern : {&uri, &email}) {
        const QRegularExpressionMatch m = pattern->match(s, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            *end = m.capturedEnd();
            return m.captured(1);
        }
    }
    if (!*noCommentEnd && QStringView(s).mid(at).startsWith(QLatin1String("<!--"))) {
        const QRegularExpressionMatch m = comment.match(s, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            *end = m.capturedEnd();
            return QString();
        }
        *noCommentEnd = true;
    }
    if (const QRegularExpressionMatch m = tag.match(s, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption); m.hasMatch()) {
        *end = m.capturedEnd();
        return isBreakingTag(m.captured(1)) ? QStringLiteral("\n") : QString();
    }
    return std::nullopt;
}

// The inline content of one paragraph, heading or table cell as a reader sees it; `depth`
// counts the links around it.
QString inlineText(const QString &s, const References &references, int depth)
{
    static const QRegularExpression entityPattern(QStringLiteral("&([A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});"));
    QList<Piece> pieces;
    QString pending;
    QSet<qsizetype> unclosedRuns; // backtick run lengths with no closing run further on
    bool noCommentEnd = false;
    auto flush = [&]() {
        if (!pending.isEmpty())
            pieces.append(Piece{pending, QChar(), 0, 0, false, false});
        pending.clear();
    };
    for (qsizetype i = 0; i < s.size();) {
        const QChar c = s.at(i);
        if (c == QLatin1Char('\\') && i + 1 < s.size() && (isAsciiPunctuation(s.at(i + 1)) || s.at(i + 1) == QLatin1Char('\n'))) {
            pending += s.at(i + 1); // an escaped character, or a hard line break
            i += 2;
        } else if (c == QLatin1Char('`')) {
            const qsizetype run = backtickRun(s, i);
            const qsizetype end = unclosedRuns.contains(run) ? -1 : codeSpanEnd(s, i, run, s.size());
            if (end < 0) {
                unclosedRuns.insert(run);
                pending += s.mid(i, run);
                i += run;
                continue;
            }
            QString code = s.mid(i + run, end - i - run);
            code.replace(QLatin1Char('\n'), QLatin1Char(' '));
            if (code.size() >= 2 && code.startsWith(QLatin1Char(' ')) && code.endsWith(QLatin1Char(' ')) && !code.trimmed().isEmpty())
                code = code.mid(1, code.size() - 2);
            pending += code;
            i = end + run;
        } else if (depth < kMaxLinkDepth
                   && (c == QLatin1Char('[') || (c == QLatin1Char('!') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('[')))) {
            const qsizetype open = c == QLatin1Char('!') ? i + 1 : i;
            if (const std::optional<Link> link = linkAt(s, open, references)) {
                pending += inlineText(link->text, references, depth + 1);
                i = link->end;
            } else {
                pending += s.mid(i, open - i + 1);
                i = open + 1;
            }
        } else if (c == QLatin1Char('<')) {
            qsizetype end = i + 1;
            const std::optional<QString> shown = angleAt(s, i, &end, &noCommentEnd);
            pending += shown.value_or(QStringLiteral("<"));
            i = shown ? end : i + 1;
        } else if (c == QLatin1Char('&')) {
            const QRegularExpressionMatch m = entityPattern.match(s, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            const std::optional<QString> decoded = m.hasMatch() ? entity(m.captured(1)) : std::nullopt;
            pending += decoded.value_or(QStringLiteral("&"));
            i = decoded ? m.capturedEnd() : i + 1;
        } else if (c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~')) {
            qsizetype run = 1;
            while (i + run < s.size() && s.at(i + run) == c)
                ++run;
            const char32_t before = codePointBefore(s, i);
            const char32_t after = codePointAt(s, i + run);
            const bool left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
            const bool right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
            Piece piece{QString(), c, run, run, left, right};
            if (c == QLatin1Char('_')) {
                piece.canOpen = left && (!right || isPunctuation(before));
                piece.canClose = right && (!left || isPunctuation(after));
            } else if (c == QLatin1Char('~') && run > 2) {
                piece.canOpen = piece.canClose = false;
            }
            flush();
            pieces.append(piece);
            i += run;
        } else {
            pending += c;
            ++i;
        }
    }
    flush();
    matchEmphasis(pieces);
    QString out;
    for (const Piece &piece : std::as_const(pieces))
        out += piece.delimiter.isNull() ? piece.text : QString(piece.count, piece.delimiter);
    return out;
}

// "> " prefixes of block quotes, nested or not.
QString withoutQuoteMarkers(const QString &line)
{
    static const QRegularExpression quote(QStringLiteral("^ {0,3}> ?"));
    QString rest = line;
    for (QRegularExpressionMatch m = quote.match(rest); m.hasMatch(); m = quote.match(rest))
        rest = rest.mid(m.capturedEnd());
    return rest;
}

bool isTableSeparator(const QString &line)
{
    static const QRegularExpression separator(QStringLiteral("^\\s*\\|?(\\s*:?-+:?\\s*\\|)*\\s*:?-+:?\\s*\\|?\\s*$"));
    return line.contains(QLatin1Char('|')) && separator.match(line).hasMatch();
}

// A table row's cells (split at unescaped pipes), each read as inline text, tab-separated.
QString tableRow(const QString &line, const References &references)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\\') && i + 1 < line.size()) {
            cell += line.mid(i, 2);
            ++i;
        } else if (line.at(i) == QLatin1Char('|')) {
            cells << cell;
            cell.clear();
        } else {
            cell += line.at(i);
        }
    }
    cells << cell;
    if (line.trimmed().startsWith(QLatin1Char('|')))
        cells.removeFirst();
    if (cells.size() > 1 && line.trimmed().endsWith(QLatin1Char('|')) && !line.trimmed().endsWith(QLatin1String("\\|")))
        cells.removeLast();
    for (QString &each : cells)
        each = inlineText(each.trimmed(), references);
    return cells.join(QLatin1Char('\t'));
}

struct Fence {
    QChar marker;
    qsizetype length = 0;
};

std::optional<Fence> fenceOpening(const QString &line)
{
    static const QRegularExpression opening(QStringLiteral("^ {0,3}(`{3,}|~{3,})(.*)$"));
    const QRegularExpressionMatch m = opening.match(line);
    if (!m.hasMatch() || (m.captured(1).startsWith(QLatin1Char('`')) && m.captured(2).contains(QLatin1Char('`'))))
        return std::nullopt;
    return Fence{m.captured(1).at(0), m.capturedLength(1)};
}

bool closesFence(const QString &line, const Fence &fence)
{
    const QString trimmed = line.trimmed();
    return trimmed.size() >= fence.length && trimmed.count(fence.marker) == trimmed.size();
}

} // namespace

QString markdownToPlainText(const QString &markdown)
{
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[((?:[^\\]\\\\]|\\\\.)+)\\]:\\s*\\S+.*$"));
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(?:[ \\t]+|$)"));
    static const QRegularExpression closingHashes(QStringLiteral("(?:^|[ \\t]+)#+[ \\t]*$"));
    static const QRegularExpression thematicBreak(QStringLiteral("^ {0,3}(?:(?:\\*[ \\t]*){3,}|(?:-[ \\t]*){3,}|(?:_[ \\t]*){3,})$"));
    static const QRegularExpression setextUnderline(QStringLiteral("^ {0,3}(?:=+|-+)[ \\t]*$"));
    static const QRegularExpression listMarker(QStringLiteral("^\\s*(?:[-+*]|\\d{1,9}[.)])(?:[ \\t]+|$)(?:\\[[ xX]\\](?:[ \\t]+|$))?"));

    const QStringList lines = markdown.split(lineBreak);
    References references;
    for (const QString &line : lines) {
        if (const QRegularExpressionMatch m = definition.match(withoutQuoteMarkers(line)); m.hasMatch())
            references.insert(normalizedLabel(m.captured(1)));
    }

    QStringList out;
    QStringList paragraph;
    auto endParagraph = [&]() {
        if (!paragraph.isEmpty())
            out << inlineText(paragraph.join(QLatin1Char('\n')), references);
        paragraph.clear();
    };
    std::optional<Fence> fence;
    bool inTable = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = withoutQuoteMarkers(lines.at(i));
        if (fence) {
            if (closesFence(line, *fence))
                fence.reset();
            else
                out << line;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            endParagraph();
            inTable = false;
            out << QString();
            continue;
        }
        if (inTable) {
            out << tableRow(line, references);
            continue;
        }
        if ((fence = fenceOpening(line))) {
            endParagraph();
            continue;
        }
        if (definition.match(line).hasMatch()) {
            endParagraph();
            continue;
        }
        if (const QRegularExpressionMatch m = heading.match(line); m.hasMatch()) {
            endParagraph();
            out << inlineText(line.mid(m.capturedEnd()).remove(closingHashes).trimmed(), references);
            continue;
        }
        if (line.contains(QLatin1Char('|')) && i + 1 < lines.size() && isTableSeparator(withoutQuoteMarkers(lines.at(i + 1)))) {
            endParagraph();
            out << tableRow(line, references);
            ++i; // the separator row
            inTable = true;
            continue;
        }
        if (thematicBreak.match(line).hasMatch() || (!paragraph.isEmpty() && setextUnderline.match(line).hasMatch())) {
            endParagraph();
            continue;
        }
        QString text = line;
        if (const QRegularExpressionMatch m = listMarker.match(text); m.hasMatch()) {
            endParagraph(); // each item is a paragraph of its own
            text = text.mid(m.capturedEnd());
        }
        if (!text.trimmed().isEmpty())
            paragraph << text.trimmed();
    }
    endParagraph();

    // Trailing blanks dropped and runs of empty lines kept to one.
    QStringList kept;
    for (const QString &line : std::as_const(out)) {
        QString trimmed = line;
        while (!trimmed.isEmpty() && trimmed.back().isSpace())
            trimmed.chop(1);
        if (!trimmed.isEmpty() || (!kept.isEmpty() && !kept.last().isEmpty()))
            kept << trimmed;
    }
    while (!kept.isEmpty() && kept.last().isEmpty())
        kept.removeLast();
    return kept.join(QLatin1Char('\n'));
}

} // namespace dc
