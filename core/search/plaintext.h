#pragma once

#include <QString>

namespace dc {

// The text a reader sees in a revision's Markdown (GitHub flavour, as QTextDocument renders
// it): emphasis, strikethrough, code-span backticks, headings' #, block-quote >, list and task
// markers, table pipes and separator rows, thematic breaks, HTML tags and comments, link and
// image targets, reference definitions and backslash escapes are dropped; link text, image
// alt text, autolinks' addresses, code (spans and fenced blocks) and entities (decoded) stay.
// Line and paragraph breaks stay, and table cells are separated by a tab, so words on either
// side of a break never run together. A `*`, `_` or `~` that is not emphasis (2*3, snake_case)
// stays as written. Pure; never fails: text it cannot read as markup is kept as it is.
QString markdownToPlainText(const QString &markdown);

} // namespace dc
