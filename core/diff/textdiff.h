#pragma once

#include <QList>
#include <QString>

namespace dc {

// What a piece of a changed line did.
enum class DiffOp {
    Equal,  // in both the old and the new line
    Delete, // only in the old line
    Insert, // only in the new line
};

// A piece of a changed line; the Equal and Delete pieces concatenate to the old line, the
// Equal and Insert pieces to the new one. A deletion comes before the insertion replacing it.
struct DiffSpan {
    DiffOp op = DiffOp::Equal;
    QString text;

    bool operator==(const DiffSpan &) const = default;
};

// One line of a hunk.
struct DiffLine {
    enum class Kind {
        Context, // unchanged; oldText == newText
        Removed, // only in the old text; newNumber is 0
        Added,   // only in the new text; oldNumber is 0
        Changed, // the old line was edited into the new one; spans say how
    };
    Kind kind = Kind::Context;
    int oldNumber = 0; // 1-based line number in the old text, 0 when the line is not there
    int newNumber = 0; // 1-based line number in the new text, 0 when the line is not there
    QString oldText;
    QString newText;
    QList<DiffSpan> spans; // Changed lines only: the word- (CJK: character-) level difference
};

// A run of changes with the context lines around it, as in a unified diff.
struct DiffHunk {
    int oldStart = 0; // first old line of the hunk; when oldCount is 0, the line before it
    int oldCount = 0; // old lines in the hunk (context, removed and changed lines)
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;
};

// How much of the comparison was done in full. The work is bounded so that any two revisions
// compare in well under two seconds; huge texts with little in common give up detail.
enum class DiffPrecision {
    Exact,        // a shortest line edit script, every changed line compared word by word
    WordsOmitted, // lines exact, but some replaced lines were too costly to pair and compare
                  // word by word: they are shown as removed and added lines
    Blocks,       // the line search gave up part-way: some stretches are shown as wholly
                  // removed and added (still a correct diff, not the shortest)
};

// The difference between two revisions' Markdown texts.
struct TextDiff {
    QList<DiffHunk> hunks;
    int added = 0;   // lines only in the new text
    int removed = 0; // lines only in the old text
    int changed = 0; // lines edited in place
    int oldLineCount = 0;
    int newLineCount = 0;
    bool identical = true; // no difference besides line endings (CRLF/LF) and a final line break
    DiffPrecision precision = DiffPrecision::Exact;

    // True when the comparison fell back to coarser detail (see diffNotice() for the words).
    bool approximate() const { return precision != DiffPrecision::Exact; }
};

// Compares `before` and `after` line by line (a shortest edit script, fast and O(N+M) in
// memory on documents of many thousand lines) and groups the changes into hunks with
// `context` unchanged lines around them; hunks whose context would overlap are merged.
// Removed and added lines that replace each other and are similar enough are paired into
// Changed lines with a word-level diff (one CJK character per token). The work is bounded
// (a cost limit on the line search, another on pairing and word diffs); past it the result
// falls back to whole removed and added lines and says so in `precision`. Never fails.
TextDiff diffTexts(const QString &before, const QString &after, int context = 3);

// The word-level (CJK: character-level) difference between two lines: Equal, Delete and
// Insert spans, where a run of changes separated only by white space is shown as one change.
// Bounded like diffTexts: on huge lines the rest is given as one deletion and insertion.
QList<DiffSpan> diffWords(const QString &oldLine, const QString &newLine);

} // namespace dc
