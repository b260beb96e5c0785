#pragma once

#include <QList>

#include <limits>

namespace dc::diff {

// One run of an edit script that turns sequence A into sequence B.
enum class EditKind {
    Keep,   // `count` elements common to both
    Delete, // `count` elements of A that B does not have
    Insert, // `count` elements of B that A does not have
};

struct EditRun {
    EditKind kind;
    qsizetype count;
};

// An allowance of comparison work, shared by the diffs of one comparison: each diagonal the
// search visits and each element it compares costs one unit. Once spent, diffSequences stops
// searching and gives what is still unresolved as whole deletions and insertions.
class DiffBudget {
public:
    explicit DiffBudget(qint64 units = std::numeric_limits<qint64>::max()) : m_left(units) {}

    // Takes `units`; false (and exhausted from then on) when fewer are left.
    bool take(qint64 units)
    {
        if (m_exhausted || units > m_left) {
            m_exhausted = true;
            return false;
        }
        m_left -= units;
        return true;
    }
    // Marks the budget spent, when a search sees it cannot finish within what is left.
    void exhaust() { m_exhausted = true; }
    bool exhausted() const { return m_exhausted; }
    qint64 left() const { return m_exhausted ? 0 : m_left; }

private:
    qint64 m_left;
    bool m_exhausted = false;
};

// A shortest edit script from `a` to `b` (Myers' O(ND) algorithm in linear space: the middle
// snake splits the problem, a common prefix and suffix are stripped first). Elements are
// compared as ints, so callers map lines or words to ids first. Adjacent runs of the same kind
// are merged; a deletion and an insertion that replace each other may come in either order.
// Never fails; memory is O(N + M), time O((N + M) · D) for D differences.
QList<EditRun> diffSequences(const QList<int> &a, const QList<int> &b);

// The same within `budget`: while it lasts the script is the shortest; when it runs out, the
// stretches not yet resolved (common prefix and suffix still kept) are given as one deletion
// and one insertion each. The script is always correct: it turns `a` into `b`. Time is
// O(N + M + budget); budget.exhausted() tells whether it was cut short.
QList<EditRun> diffSequences(const QList<int> &a, const QList<int> &b, DiffBudget &budget);

} // namespace dc::diff
