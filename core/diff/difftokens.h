#pragma once

#include <QString>
#include <QStringList>

namespace dc::diff {

// The lines of `text` as a diff compares them: CRLF and lone CR count as LF, and a final line
// break does not start another (empty) line. An empty text has no lines.
QStringList splitLines(const QString &text);

// The tokens a changed line is compared by, which concatenate back to `line`: a run of letters
// or digits (a word), a run of white space, one punctuation or symbol character, or ONE CJK
// character — Chinese has no spaces between words, so it diffs character by character.
QStringList wordTokens(const QString &line);

} // namespace dc::diff
