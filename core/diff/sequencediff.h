#pragma once

#include <QList>

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

// A shortest edit script from `a` to `b` (Myers' O(ND) algorithm in linear space: the middle
// snake splits the problem, a common prefix and suffix are stripped first). Elements are
// compared as ints, so callers map lines or words to ids first. Adjacent runs of the same kind
// are merged; a deletion and an insertion that replace each other may come in either order.
// Never fails; memory is O(N + M), time O((N + M) · D) for D differences.
QList<EditRun> diffSequences(const QList<int> &a, const QList<int> &b);

} // namespace dc::diff
