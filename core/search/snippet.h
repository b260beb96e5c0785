#pragma once

#include "core/model/searchresult.h"

#include <QStringList>

namespace dc {

// Builds a snippet of about `width` characters from `text` (Markdown is flattened to
// plain text first). Terms match case-insensitively; without a match it is the opening.
Snippet makeSnippet(const QString &text, const QStringList &terms, qsizetype width = 120);

// Markdown reduced to plain running text: the text a reader sees (markdownToPlainText), with
// line breaks, table cells and runs of white space collapsed to single spaces.
QString plainTextOfMarkdown(const QString &markdown);

} // namespace dc
