#pragma once

#include <QString>

namespace dc {

// The text of a Markdown document as a reader sees it, one line per line of the source, for
// comparing two revisions: no Markdown syntax (###, |, **, [..](..)) and the structure named
// in words, so that a change of structure shows as a change ("Heading 2: Scope" against
// "Heading 3: Scope", "List item: …" against a paragraph). Table rows become their cells
// separated by " │ ", the rule under a table header disappears, code stays as written.
// Pure text; never fails.
QString readableMarkdown(const QString &markdown);

} // namespace dc
