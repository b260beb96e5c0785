#include "core/diff/textdiff.h"

#include "core/diff/difftokens.h"
#include "core/diff/sequencediff.h"

#include <QHash>

#include <algorithm>
#include <utility>
#include <vector>

namespace dc {

using diff::DiffBudget;
using diff::EditKind;
using diff::EditRun;

namespace {

// Removed and added lines at least this similar (0…1) are shown as one changed line.
constexpr double kPairingThreshold = 0.5;
// Above this many removed × added lines in one block, lines are paired by position only.
constexpr qint64 kMaxPairingMatrix = 4096;
// Work allowances (see DiffBudget) for one comparison: the line search, and the pairing and
// word diffs of replaced lines (tokenising a character costs one unit too). Each is about a
// tenth of a second of work; ordinary revisions of thousands of lines use a few per cent.
constexpr qint64 kLineBudget = 30'000'000;
constexpr qint64 kWordBudget = 30'000'000;
// Cutting a character into tokens costs about as much as this many steps of the search.
constexpr qint64 kTokeniseCost = 16;

// Gives equal strings equal ids, so sequences of strings can be compared as ints.
class Interner {
public:
    QList<int> ids(const QStringList &items)
    {
        QList<int> out;
        out.reserve(items.size());
        for (const QString &item : items) {
            auto it = m_ids.constFind(item);
            if (it == m_ids.cend())
                it = m_ids.insert(item, int(m_ids.size()));
            out.append(it.value());
        }
        return out;
    }

private:
    QHash<QString, int> m_ids;
};

// A stretch of a changed line: text common to both lines, or what was deleted and inserted.
struct Segment {
    bool equal = true;
    QString text;     // equal segments
    QString deleted;  // change segments
    QString inserted; // change segments
};

QList<Segment> segmentsOf(const QStringList &a, const QStringList &b, const QList<EditRun> &runs)
{
    QList<Segment> segments;
    qsizetype ai = 0;
    qsizetype bi = 0;
    auto change = [&]() -> Segment & {
        if (segments.isEmpty() || segments.last().equal)
            segments.append(Segment{false, {}, {}, {}});
        return segments.last();
    };
    for (const EditRun &run : runs) {
        for (qsizetype i = 0; i < run.count; ++i) {
            switch (run.kind) {
            case EditKind::Keep:
                if (segments.isEmpty() || !segments.last().equal)
                    segments.append(Segment{});
                segments.last().text += a.at(ai++);
                ++bi;
                break;
            case EditKind::Delete:
                change().deleted += a.at(ai++);
                break;
            case EditKind::Insert:
                change().inserted += b.at(bi++);
                break;
            }
        }
    }
    return segments;
}

bool isBlank(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// Folds an equal stretch that sits between two changes into them when it is only white space
// or no longer than the changes on either side, so "[-the cat-]{+a dog+}" reads as one change
// instead of "[-the-]{+a+} [-cat-]{+dog+}".
void mergeSmallEqualities(QList<Segment> &segments)
{
    auto size = [](const Segment &s) { return std::max(s.deleted.size(), s.inserted.size()); };
    qsizetype i = 1;
    while (i + 1 < segments.size()) {
        const Segment &middle = segments.at(i);
        const Segment &before = segments.at(i - 1);
        const Segment &after = segments.at(i + 1);
        const bool between = middle.equal && !before.equal && !after.equal;
        if (between && (isBlank(middle.text) || (middle.text.size() <= size(before) && middle.text.size() <= size(after)))) {
            Segment merged{false, {}, before.deleted + middle.text + after.deleted, before.inserted + middle.text + after.inserted};
            segments[i - 1] = std::move(merged);
            segments.remove(i, 2);
            i = std::max<qsizetype>(1, i - 1);
        } else {
            ++i;
        }
    }
}

QList<DiffSpan> spansOf(const QList<Segment> &segments)
{
    QList<DiffSpan> spans;
    for (const Segment &s : segments) {
        if (s.equal) {
            spans.append({DiffOp::Equal, s.text});
            continue;
        }
        if (!s.deleted.isEmpty())
            spans.append({DiffOp::Delete, s.deleted});
        if (!s.inserted.isEmpty())
            spans.append({DiffOp::Insert, s.inserted});
    }
    return spans;
}

// A line cut into word tokens, as ids shared by all lines of one block.
struct TokenisedLine {
    QList<int> ids;
    QList<qsizetype> lengths; // of each token
    qsizetype size = 0;       // of the whole line
};

QList<TokenisedLine> tokenise(const QStringList &lines, Interner &interner)
{
    QList<TokenisedLine> out;
    out.reserve(lines.size());
    for (const QString &line : lines) {
        const QStringList tokens = diff::wordTokens(line);
        TokenisedLine t;
        t.ids = interner.ids(tokens);
        for (const QString &token : tokens)
            t.lengths.append(token.size());
        t.size = line.size();
        out.append(std::move(t));
    }
    return out;
}

// How alike two lines are: twice the characters they share over the characters of both.
double similarity(const TokenisedLine &a, const TokenisedLine &b, DiffBudget &budget)
{
    const qsizetype total = a.size + b.size;
    if (total == 0)
        return 1.0;
    if (2.0 * double(std::min(a.size, b.size)) / double(total) < kPairingThreshold)
        return 0.0; // cannot reach the threshold
    qsizetype shared = 0;
    qsizetype ai = 0;
    for (const EditRun &run : diff::diffSequences(a.ids, b.ids, budget)) {
        if (run.kind == EditKind::Insert)
            continue;
        for (qsizetype i = 0; i < run.count; ++i, ++ai) {
            if (run.kind == EditKind::Keep)
                shared += a.lengths.at(ai);
        }
    }
    return 2.0 * double(shared) / double(total);
}

qsizetype characters(const QStringList &lines)
{
    qsizetype total = 0;
    for (const QString &line : lines)
        total += line.size();
    return total;
}

// Which removed line (index into `removed`) became which added line: an order-keeping
// matching that maximises the total similarity of the pairs, each at least the threshold.
// Within `budget`: a block it cannot pay for is not paired at all.
QList<std::pair<qsizetype, qsizetype>> pairLines(const QStringList &removedLines, const QStringList &addedLines, DiffBudget &budget)
{
    QList<std::pair<qsizetype, qsizetype>> pairs;
    const qsizetype k = removedLines.size();
    const qsizetype m = addedLines.size();
    if (k == 0 || m == 0)
        return pairs;
    if (!budget.take(kTokeniseCost * (characters(removedLines) + characters(addedLines))))
        return pairs;
    Interner interner;
    const QList<TokenisedLine> removed = tokenise(removedLines, interner);
    const QList<TokenisedLine> added = tokenise(addedLines, interner);
    if (qint64(k) * qint64(m) > kMaxPairingMatrix) {
        for (qsizetype i = 0; i < std::min(k, m); ++i) {
            if (similarity(removed.at(i), added.at(i), budget) >= kPairingThreshold)
                pairs.append({i, i});
        }
        return pairs;
    }
    // best[i][j]: the best total for removed[i..] and added[j..].
    const size_t width = size_t(m + 1);
    std::vector<double> score(size_t(k) * size_t(m));
    std::vector<double> best(size_t(k + 1) * width, 0.0);
    for (qsizetype i = 0; i < k; ++i) {
        for (qsizetype j = 0; j < m; ++j)
            score[size_t(i) * size_t(m) + size_t(j)] = similarity(removed.at(i), added.at(j), budget);
    }
    for (qsizetype i = k - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            const double s = score[size_t(i) * size_t(m) + size_t(j)];
            double value = std::max(best[size_t(i + 1) * width + size_t(j)], best[size_t(i) * width + size_t(j + 1)]);
            if (s >= kPairingThreshold)
                value = std::max(value, s + best[size_t(i + 1) * width + size_t(j + 1)]);
            best[size_t(i) * width + size_t(j)] = value;
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < k && j < m) {
        const double here = best[size_t(i) * width + size_t(j)];
        const double s = score[size_t(i) * size_t(m) + size_t(j)];
        if (s >= kPairingThreshold && here == s + best[size_t(i + 1) * width + size_t(j + 1)]) {
            pairs.append({i, j});
            ++i;
            ++j;
        } else if (here == best[size_t(i + 1) * width + size_t(j)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return pairs;
}

QList<DiffSpan> diffWordsWithin(const QString &oldLine, const QString &newLine, DiffBudget &budget);

// Builds every line of the comparison, context included, in order. Pairing and word diffs
// draw on `budget`.
class LineBuilder {
public:
    LineBuilder(const QStringList &oldLines, const QStringList &newLines, DiffBudget &budget)
        : m_old(oldLines), m_new(newLines), m_budget(budget)
    {
    }

    void keep(qsizetype count)
    {
        flushBlock();
        for (qsizetype i = 0; i < count; ++i) {
            DiffLine line;
            line.kind = DiffLine::Kind::Context;
            line.oldNumber = int(m_oldAt + 1);
            line.newNumber = int(m_newAt + 1);
            line.oldText = m_old.at(m_oldAt++);
            line.newText = line.oldText;
            ++m_newAt;
            m_lines.append(std::move(line));
        }
    }
    void remove(qsizetype count) { m_removed += count; }
    void insert(qsizetype count) { m_inserted += count; }

    QList<DiffLine> finish()
    {
        flushBlock();
        return std::move(m_lines);
    }

private:
    // Emits a block of removed and added lines that replace each other: paired lines as
    // Changed, the others Removed before Added between the pairs.
    void flushBlock()
    {
        if (m_removed == 0 && m_inserted == 0)
            return;
        const QStringList removed = m_old.mid(m_oldAt, m_removed);
        const QStringList added = m_new.mid(m_newAt, m_inserted);
        const qsizetype oldBase = m_oldAt;
        const qsizetype newBase = m_newAt;
        qsizetype r = 0;
        qsizetype a = 0;
        auto emitUpTo = [&](qsizetype rEnd, qsizetype aEnd) {
            for (; r < rEnd; ++r)
                m_lines.append(DiffLine{DiffLine::Kind::Removed, int(oldBase + r + 1), 0, removed.at(r), {}, {}});
            for (; a < aEnd; ++a)
                m_lines.append(DiffLine{DiffLine::Kind::Added, 0, int(newBase + a + 1), {}, added.at(a), {}});
        };
        for (const auto &[pr, pa] : pairLines(removed, added, m_budget)) {
            emitUpTo(pr, pa);
            if (removed.at(pr) == added.at(pa)) { // paired by position in a block the search gave up on
                m_lines.append(DiffLine{DiffLine::Kind::Context, int(oldBase + pr + 1), int(newBase + pa + 1), removed.at(pr), added.at(pa), {}});
                ++r;
                ++a;
                continue;
            }
            m_lines.append(DiffLine{DiffLine::Kind::Changed, int(oldBase + pr + 1), int(newBase + pa + 1), removed.at(pr), added.at(pa),
                                    diffWordsWithin(removed.at(pr), added.at(pa), m_budget)});
            ++r;
            ++a;
        }
        emitUpTo(removed.size(), added.size());
        m_oldAt += m_removed;
        m_newAt += m_inserted;
        m_removed = 0;
        m_inserted = 0;
    }

    const QStringList &m_old;
    const QStringList &m_new;
    DiffBudget &m_budget;
    qsizetype m_oldAt = 0;
    qsizetype m_newAt = 0;
    qsizetype m_removed = 0;
    qsizetype m_inserted = 0;
    QList<DiffLine> m_lines;
};

// Groups the lines around each change into hunks with `context` lines on either side.
QList<DiffHunk> groupHunks(const QList<DiffLine> &lines, int context)
{
    QList<DiffHunk> hunks;
    const qsizetype n = lines.size();
    // Old and new lines before line i.
    std::vector<int> oldBefore(size_t(n + 1), 0);
    std::vector<int> newBefore(size_t(n + 1), 0);
    for (qsizetype i = 0; i < n; ++i) {
        oldBefore[size_t(i + 1)] = oldBefore[size_t(i)] + (lines.at(i).oldNumber > 0 ? 1 : 0);
        newBefore[size_t(i + 1)] = newBefore[size_t(i)] + (lines.at(i).newNumber > 0 ? 1 : 0);
    }
    auto makeHunk = [&](qsizetype from, qsizetype to) { // lines [from, to)
        DiffHunk hunk;
        hunk.lines = lines.mid(from, to - from);
        hunk.oldCount = oldBefore[size_t(to)] - oldBefore[size_t(from)];
        hunk.newCount = newBefore[size_t(to)] - newBefore[size_t(from)];
        hunk.oldStart = oldBefore[size_t(from)] + (hunk.oldCount > 0 ? 1 : 0);
        hunk.newStart = newBefore[size_t(from)] + (hunk.newCount > 0 ? 1 : 0);
        hunks.append(std::move(hunk));
    };
    qsizetype start = -1; // first line of the open hunk
    qsizetype lastChange = -1;
    for (qsizetype i = 0; i < n; ++i) {
        if (lines.at(i).kind == DiffLine::Kind::Context)
            continue;
        if (start >= 0 && i - lastChange - 1 > 2 * qsizetype(context)) {
            makeHunk(start, std::min(n, lastChange + 1 + context));
            start = -1;
        }
        if (start < 0)
            start = std::max<qsizetype>(0, i - context);
        lastChange = i;
    }
    if (start >= 0)
        makeHunk(start, std::min(n, lastChange + 1 + context));
    return hunks;
}

QList<DiffSpan> diffWordsWithin(const QString &oldLine, const QString &newLine, DiffBudget &budget)
{
    const QStringList a = diff::wordTokens(oldLine);
    const QStringList b = diff::wordTokens(newLine);
    Interner interner;
    const QList<int> ia = interner.ids(a);
    const QList<int> ib = interner.ids(b);
    QList<Segment> segments = segmentsOf(a, b, diff::diffSequences(ia, ib, budget));
    mergeSmallEqualities(segments);
    return spansOf(segments);
}

} // namespace

QList<DiffSpan> diffWords(const QString &oldLine, const QString &newLine)
{
    DiffBudget budget(kWordBudget);
    return diffWordsWithin(oldLine, newLine, budget);
}

TextDiff diffTexts(const QString &before, const QString &after, int context)
{
    context = std::max(0, context);
    const QStringList oldLines = diff::splitLines(before);
    const QStringList newLines = diff::splitLines(after);
    Interner interner;
    const QList<int> a = interner.ids(oldLines);
    const QList<int> b = interner.ids(newLines);

    DiffBudget lineBudget(kLineBudget);
    DiffBudget wordBudget(kWordBudget);
    LineBuilder builder(oldLines, newLines, wordBudget);
    for (const EditRun &run : diff::diffSequences(a, b, lineBudget)) {
        switch (run.kind) {
        case EditKind::Keep: builder.keep(run.count); break;
        case EditKind::Delete: builder.remove(run.count); break;
        case EditKind::Insert: builder.insert(run.count); break;
        }
    }
    const QList<DiffLine> lines = builder.finish();

    TextDiff result;
    result.oldLineCount = int(oldLines.size());
    result.newLineCount = int(newLines.size());
    for (const DiffLine &line : lines) {
        switch (line.kind) {
        case DiffLine::Kind::Context: break;
        case DiffLine::Kind::Removed: ++result.removed; break;
        case DiffLine::Kind::Added: ++result.added; break;
        case DiffLine::Kind::Changed: ++result.changed; break;
        }
    }
    result.identical = result.added == 0 && result.removed == 0 && result.changed == 0;
    if (lineBudget.exhausted())
        result.precision = DiffPrecision::Blocks;
    else if (wordBudget.exhausted())
        result.precision = DiffPrecision::WordsOmitted;
    result.hunks = groupHunks(lines, context);
    return result;
}

} // namespace dc
