#pragma once

#include "core/diff/textdiff.h"

#include <QString>

namespace dc {

// How formatDiffText writes a diff.
struct DiffTextOptions {
    QString oldLabel;     // when set, a "--- oldLabel" line heads the output
    QString newLabel;     // when set, a "+++ newLabel" line follows it
    bool colour = false;  // ANSI colours for a terminal: removed red, added green
};

// The diff for a terminal, in unified style: a "@@ -a,b +c,d @@" header per hunk, then
// " " context, "-" removed and "+" added lines, and "~" for a line edited in place, with the
// edits marked inline as [-old-]{+new+}. Empty when the texts are identical.
QString formatDiffText(const TextDiff &diff, const DiffTextOptions &options = {});

// The diff as a complete HTML document for QTextBrowser or a web browser: one table per hunk
// headed "Lines 2–13 → 2–15", each row with the old and new line numbers, a +/−/~ mark and the text (HTML-escaped);
// edits within a line as <del class="dc-del"> and <ins class="dc-ins">. The style sheet
// (diffStyleSheet()) is embedded. Identical texts give a short "No differences" page.
QString formatDiffHtml(const TextDiff &diff);

// The CSS classes formatDiffHtml uses: dc-diff, dc-hunk, dc-context, dc-removed, dc-added,
// dc-changed, dc-num, dc-mark, dc-text, dc-del, dc-ins. Colours readable on white.
QString diffStyleSheet();

// One translated line such as "3 lines added, 1 removed, 2 changed", or "No differences".
QString diffSummary(const TextDiff &diff);

// One translated sentence saying how the comparison fell back (diff.approximate()): to whole
// removed and added passages, or to lines without word-level detail. Empty when it is exact.
QString diffNotice(const TextDiff &diff);

} // namespace dc
