#include "core/diff/sequencediff.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dc::diff {

namespace {

// Builds the edit script by recursive bisection. Ranges are half-open [lo, hi).
class Myers {
public:
    Myers(const QList<int> &a, const QList<int> &b, DiffBudget &budget) : m_a(a.constData()), m_b(b.constData()), m_budget(budget) {}

    void diff(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi)
    {
        qsizetype prefix = 0;
        while (aLo + prefix < aHi && bLo + prefix < bHi && m_a[aLo + prefix] == m_b[bLo + prefix])
            ++prefix;
        push(EditKind::Keep, prefix);
        aLo += prefix;
        bLo += prefix;

        qsizetype suffix = 0;
        while (aHi - suffix > aLo && bHi - suffix > bLo && m_a[aHi - suffix - 1] == m_b[bHi - suffix - 1])
            ++suffix;
        aHi -= suffix;
        bHi -= suffix;

        if (aLo == aHi || bLo == bHi || m_budget.exhausted()) {
            push(EditKind::Delete, aHi - aLo);
            push(EditKind::Insert, bHi - bLo);
        } else {
            bisect(aLo, aHi, bLo, bHi);
        }
        push(EditKind::Keep, suffix);
    }

    QList<EditRun> takeRuns() { return std::move(m_runs); }

private:
    void push(EditKind kind, qsizetype count)
    {
        if (count <= 0)
            return;
        if (!m_runs.isEmpty() && m_runs.last().kind == kind)
            m_runs.last().count += count;
        else
            m_runs.append({kind, count});
    }

    // Finds where the forward and the backward search for a shortest path meet, and diffs the
    // two halves on either side of that point. Both ranges are non-empty and differ at both ends.
    void bisect(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi)
    {
        const qsizetype n = aHi - aLo;
        const qsizetype m = bHi - bLo;
        const qsizetype maxD = (n + m + 1) / 2;
        // d rounds of the search cost about d² units: it cannot go further than the budget pays for.
        const qsizetype dLimit = std::min(maxD, qsizetype(std::sqrt(double(m_budget.left()))) + 1);
        const qsizetype offset = dLimit + 1;
        const qsizetype length = 2 * dLimit + 3;
        if (!m_budget.take(length))
            return giveUp(n, m);
        std::vector<qsizetype> forward(size_t(length), -1);
        std::vector<qsizetype> backward(size_t(length), -1);
        forward[size_t(offset + 1)] = 0;
        backward[size_t(offset + 1)] = 0;
        const qsizetype delta = n - m;
        const bool deltaOdd = (delta % 2) != 0;
        // Diagonals that ran off the grid are not extended again.
        qsizetype kForwardStart = 0, kForwardEnd = 0, kBackwardStart = 0, kBackwardEnd = 0;
        const int *a = m_a + aLo;
        const int *b = m_b + bLo;

        for (qsizetype d = 0; d < dLimit; ++d) {
            // Both searches visit at most 2d + 2 diagonals; the snakes are paid for below.
            if (!m_budget.take(2 * d + 2))
                return giveUp(n, m);
            qsizetype compared = 0;
            for (qsizetype k = -d + kForwardStart; k <= d - kForwardEnd; k += 2) {
                const size_t at = size_t(offset + k);
                qsizetype x = (k == -d || (k != d && forward[at - 1] < forward[at + 1])) ? forward[at + 1] : forward[at - 1] + 1;
                qsizetype y = x - k;
                const qsizetype from = x;
                while (x < n && y < m && a[x] == b[y]) {
                    ++x;
                    ++y;
                }
                compared += x - from;
                forward[at] = x;
                if (x > n) {
                    kForwardEnd += 2;
                } else if (y > m) {
                    kForwardStart += 2;
                } else if (deltaOdd) {
                    const qsizetype other = offset + delta - k;
                    if (other >= 0 && other < length && backward[size_t(other)] != -1 && x >= n - backward[size_t(other)])
                        return split(aLo, aHi, bLo, bHi, x, y);
                }
            }
            for (qsizetype k = -d + kBackwardStart; k <= d - kBackwardEnd; k += 2) {
                const size_t at = size_t(offset + k);
                qsizetype x = (k == -d || (k != d && backward[at - 1] < backward[at + 1])) ? backward[at + 1] : backward[at - 1] + 1;
                qsizetype y = x - k;
                const qsizetype from = x;
                while (x < n && y < m && a[n - x - 1] == b[m - y - 1]) {
                    ++x;
                    ++y;
                }
                compared += x - from;
                backward[at] = x;
                if (x > n) {
                    kBackwardEnd += 2;
                } else if (y > m) {
                    kBackwardStart += 2;
                } else if (!deltaOdd) {
                    const qsizetype other = offset + delta - k;
                    if (other >= 0 && other < length && forward[size_t(other)] != -1) {
                        const qsizetype fx = forward[size_t(other)];
                        const qsizetype fy = fx - (delta - k);
                        if (fx >= n - x)
                            return split(aLo, aHi, bLo, bHi, fx, fy);
                    }
                }
            }
            if (!m_budget.take(compared))
                return giveUp(n, m);
        }
        if (dLimit < maxD)
            return giveUp(n, m);
        // No common element: everything is replaced.
        push(EditKind::Delete, n);
        push(EditKind::Insert, m);
    }

    // The budget is spent: the range is replaced as a whole, and so is every range after it.
    void giveUp(qsizetype n, qsizetype m)
    {
        m_budget.exhaust();
        push(EditKind::Delete, n);
        push(EditKind::Insert, m);
    }

    void split(qsizetype aLo, qsizetype aHi, qsizetype bLo, qsizetype bHi, qsizetype x, qsizetype y)
    {
        const bool degenerate = (x <= 0 && y <= 0) || (x >= aHi - aLo && y >= bHi - bLo);
        if (degenerate) { // cannot happen for ranges that differ at both ends; never loop
            push(EditKind::Delete, aHi - aLo);
            push(EditKind::Insert, bHi - bLo);
            return;
        }
        diff(aLo, aLo + x, bLo, bLo + y);
        diff(aLo + x, aHi, bLo + y, bHi);
    }

    const int *m_a;
    const int *m_b;
    DiffBudget &m_budget;
    QList<EditRun> m_runs;
};

// True when no element of `a` occurs in `b`.
bool disjoint(const QList<int> &a, const QList<int> &b)
{
    const QSet<int> inA(a.cbegin(), a.cend());
    for (const int id : b) {
        if (inA.contains(id))
            return false;
    }
    return true;
}

} // namespace

QList<EditRun> diffSequences(const QList<int> &a, const QList<int> &b)
{
    DiffBudget unlimited;
    return diffSequences(a, b, unlimited);
}

QList<EditRun> diffSequences(const QList<int> &a, const QList<int> &b, DiffBudget &budget)
{
    if (a.isEmpty() || b.isEmpty() || disjoint(a, b)) {
        QList<EditRun> runs;
        if (!a.isEmpty())
            runs.append({EditKind::Delete, a.size()});
        if (!b.isEmpty())
            runs.append({EditKind::Insert, b.size()});
        return runs;
    }
    Myers myers(a, b, budget);
    myers.diff(0, a.size(), 0, b.size());
    return myers.takeRuns();
}

} // namespace dc::diff
