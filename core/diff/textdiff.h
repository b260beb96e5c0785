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

// The difference between two revisions' Markdown texts.
struct TextDiff {
    QList<DiffHunk> hunks;
    int added = 0;   // lines only in the new text
    int removed = 0; // lines only in the old text
    int changed = 0; // lines edited in place
    int oldLineCount = 0;
    int newLineCount = 0;
    bool identical = true; // no difference besides line endings (CRLF/LF) and a final line break
};

// Compares `before` and `after` line by line (a shortest edit script, fast and O(N+M) in
// memory on documents of many thousand lines) and groups the changes into hunks with
// `context` unchanged lines around them; hunks whose context would overlap are merged.
// Removed and added lines that replace each other and are similar enough are paired into
// Changed lines with a word-level diff (one CJK character per token). Never fails.
TextDiff diffTexts(const QString &before, const QString &after, int context = 3);

// The word-level (CJK: character-level) difference between two lines: Equal, Delete and
// Insert spans, where a run of changes separated only by white space is shown as one change.
QList<DiffSpan> diffWords(const QString &oldLine, const QString &newLine);

} // namespace dc
