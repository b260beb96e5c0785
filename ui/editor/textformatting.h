#pragma once

#include <QString>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextListFormat>

class QTextCursor;
class QTextDocument;

// The formatting operations of the Markdown editor, on a QTextCursor, limited to what GitHub
// Markdown can store: headings, bold, italic, bullet and numbered lists, tables, links.
namespace dc::TextFormatting {

// The heading level (1–6) of the block the cursor is in, 0 for body text.
int headingLevel(const QTextCursor &cursor);
// Makes every block the cursor touches a heading of `level` (0: body text), with the font the
// Markdown importer gives headings; a heading leaves any list. One undo step.
void setHeadingLevel(QTextCursor cursor, int level);
// The character format of body text or of a heading of `level`, for typing after Return.
QTextCharFormat headingCharFormat(int level);

// The style of the list the cursor is in, QTextListFormat::ListStyleUndefined when none.
QTextListFormat::Style listStyle(const QTextCursor &cursor);
// Puts the blocks the cursor touches into a list of `style`, changes the list's style, or —
// when they already are in such a list — takes them out of it. One undo step.
void toggleList(QTextCursor cursor, QTextListFormat::Style style);

// Inserts an empty table of `rows` × `columns` (the first row is the header) in a paragraph of
// its own and moves `cursor` into its first cell. Does nothing inside a table or for a size
// below 1 × 1: Markdown tables cannot nest.
void insertTable(QTextCursor &cursor, int rows, int columns);
// Gives a document read from Markdown the editor's look: space around headings, thin
// collapsed table borders with padding, tables at full width.
void styleDocument(QTextDocument *document);
// The space above and below a block of body text (level 0) or of a heading.
void setBlockSpacing(QTextBlockFormat &format, int level);

// `format` without a link (anchor, address and link colour), e.g. for typing after a link.
QTextCharFormat withoutLink(QTextCharFormat format);
// The link target under the cursor (or of the selection's start), empty when none.
QString linkAt(const QTextCursor &cursor);
// Selects the whole link under the cursor when there is no selection; returns its text.
QString selectLink(QTextCursor &cursor);
// Replaces the selection by `text` linked to `url` (the URL itself when `text` is empty); with
// an empty `url` the selection only loses its link. Leaves the cursor after the text.
void insertLink(QTextCursor &cursor, const QString &text, const QString &url);

} // namespace dc::TextFormatting
