#pragma once

#include <QString>

namespace dc {

// Markdown as QTextDocument::toMarkdown writes it, made to read back the same and to diff
// cleanly: every cell of a table's delimiter row gets at least three dashes (Qt writes "|-|"
// for a one-character or empty column, which is not read back as a table), runs of blank
// lines become one, blank lines at the start and end are dropped, and the text ends with one
// line break (an empty text stays empty). Fenced code blocks are left alone.
QString tidyWrittenMarkdown(const QString &written);

} // namespace dc
