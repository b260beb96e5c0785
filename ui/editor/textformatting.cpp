#include "ui/editor/textformatting.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

namespace dc::TextFormatting {

namespace {

// The blocks from the selection's first to its last (the cursor's block without a selection).
QList<QTextBlock> selectedBlocks(const QTextCursor &cursor)
{
    QList<QTextBlock> blocks;
    const QTextDocument *document = cursor.document();
    QTextBlock block = document->findBlock(cursor.selectionStart());
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    while (block.isValid()) {
        blocks.append(block);
        if (block == last)
            break;
        block = block.next();
    }
    return blocks;
}

void removeFromList(const QTextBlock &block)
{
    if (QTextList *list = block.textList()) {
        list->remove(block);
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setIndent(0);
        cursor.setBlockFormat(format);
    }
}

} // namespace

int headingLevel(const QTextCursor &cursor)
{
    return cursor.blockFormat().headingLevel();
}

QTextCharFormat headingCharFormat(int level)
{
    QTextCharFormat format;
    // As QTextDocument::setMarkdown formats headings: h1 +3 … h3 +1, then the body size.
    format.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? std::max(0, 4 - level) : 0);
    format.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    return format;
}

void setBlockSpacing(QTextBlockFormat &format, int level)
{
    // Space above a heading sets it off from the text before; h1 most.
    format.setTopMargin(level <= 0 ? 6 : level == 1 ? 18 : level == 2 ? 14 : 10);
    format.setBottomMargin(6);
}

void setHeadingLevel(QTextCursor cursor, int level)
{
    level = std::clamp(level, 0, 6);
    cursor.beginEditBlock();
    for (const QTextBlock &block : selectedBlocks(cursor)) {
        const int was = block.blockFormat().headingLevel();
        if (was == level)
            continue;
        if (level > 0)
            removeFromList(block);
        QTextCursor blockCursor(block);
        QTextBlockFormat blockFormat = block.blockFormat();
        blockFormat.setHeadingLevel(level);
        setBlockSpacing(blockFormat, level);
        blockCursor.setBlockFormat(blockFormat);
        // The font changes only between heading and body, or between heading sizes, so that
        // bold words of a paragraph stay bold when it is set to body text again.
        const QTextCharFormat font = headingCharFormat(level);
        blockCursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (level > 0 || was > 0) {
            blockCursor.mergeCharFormat(font);
            blockCursor.mergeBlockCharFormat(font);
        }
    }
    cursor.endEditBlock();
}

QTextListFormat::Style listStyle(const QTextCursor &cursor)
{
    const QTextList *list = cursor.currentList();
    return list ? list->format().style() : QTextListFormat::ListStyleUndefined;
}

void toggleList(QTextCursor cursor, QTextListFormat::Style style)
{
    cursor.beginEditBlock();
    const QList<QTextBlock> blocks = selectedBlocks(cursor);
    QTextList *list = cursor.currentList();
    if (list && list->format().style() == style) {
        for (const QTextBlock &block : blocks)
            removeFromList(block);
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        for (const QTextBlock &block : blocks) {
            if (block.blockFormat().headingLevel() > 0)
                setHeadingLevel(QTextCursor(block), 0);
        }
        // A paragraph next to a list of the same kind joins it (1, 2, 3), never starts a second
        // list (1, 1, 2); between two such lists it joins them into one.
        const auto sameKind = [style](const QTextBlock &block) -> QTextList * {
            QTextList *list = block.isValid() ? block.textList() : nullptr;
            return list && list->format().style() == style ? list : nullptr;
        };
        QTextList *before = sameKind(blocks.first().previous());
        QTextList *after = sameKind(blocks.last().next());
        if (QTextList *joined = before ? before : after) {
            for (const QTextBlock &block : blocks)
                joined->add(block);
            if (before && after && after != before) {
                for (int i = after->count() - 1; i >= 0; --i)
                    before->add(after->item(i));
            }
        } else {
            QTextListFormat format;
            format.setStyle(style);
            format.setIndent(1);
            cursor.createList(format);
        }
    }
    cursor.endEditBlock();
}

namespace {

QTextTableFormat tableFormat()
{
    QTextTableFormat format;
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QBrush(QColor(0xb8, 0xbe, 0xc6)));
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(5);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setHeaderRowCount(1);
    format.setTopMargin(6);
    format.setBottomMargin(6);
    return format;
}

} // namespace

void insertTable(QTextCursor &cursor, int rows, int columns)
{
    if (rows < 1 || columns < 1 || cursor.currentTable())
        return;
    cursor.beginEditBlock();
    cursor.clearSelection();
    if (!cursor.block().text().isEmpty()) {
        cursor.movePosition(QTextCursor::EndOfBlock);
        QTextBlockFormat body;
        cursor.insertBlock(body, headingCharFormat(0));
    } else if (cursor.currentList() || headingLevel(cursor) > 0) {
        if (cursor.currentList())
            removeFromList(cursor.block());
        setHeadingLevel(cursor, 0);
    }
    cursor.insertTable(rows, columns, tableFormat());
    cursor.endEditBlock();
}

void styleDocument(QTextDocument *document)
{
    const QTextTableFormat format = tableFormat();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextCursor cursor(block);
        QTextTable *table = cursor.currentTable();
        if (table && table->format().cellPadding() != format.cellPadding()) {
            QTextTableFormat merged = table->format();
            merged.merge(format);
            table->setFormat(merged);
        }
        if (const int level = block.blockFormat().headingLevel(); level > 0) {
            QTextBlockFormat spaced = block.blockFormat();
            setBlockSpacing(spaced, level);
            cursor.setBlockFormat(spaced);
        }
    }
}

QTextCharFormat withoutLink(QTextCharFormat format)
{
    format.clearProperty(QTextFormat::IsAnchor);
    format.clearProperty(QTextFormat::AnchorHref);
    format.clearProperty(QTextFormat::AnchorName);
    format.clearForeground();
    format.clearProperty(QTextFormat::TextUnderlineStyle);
    format.clearProperty(QTextFormat::FontUnderline);
    return format;
}

QString linkAt(const QTextCursor &cursor)
{
    QTextCursor probe(cursor.document());
    probe.setPosition(cursor.selectionStart());
    // Without a selection a link just before the cursor counts (the cursor is at its end).
    if (const QTextCharFormat before = probe.charFormat(); !cursor.hasSelection() && !probe.atBlockStart() && before.isAnchor())
        return before.anchorHref();
    if (probe.atBlockEnd())
        return {};
    probe.movePosition(QTextCursor::NextCharacter);
    const QTextCharFormat after = probe.charFormat();
    return after.isAnchor() ? after.anchorHref() : QString();
}

QString selectLink(QTextCursor &cursor)
{
    if (cursor.hasSelection())
        return cursor.selectedText();
    const QString href = linkAt(cursor);
    if (href.isEmpty())
        return {};
    // The runs of the block's fragments that link to `href`, adjacent fragments joined.
    const int position = cursor.position();
    int start = -1;
    int end = -1;
    for (auto it = cursor.block().begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const bool linked = fragment.charFormat().isAnchor() && fragment.charFormat().anchorHref() == href;
        if (linked && fragment.position() == end) {
            end += fragment.length();
            continue;
        }
        if (start >= 0 && position >= start && position <= end)
            break;
        start = linked ? fragment.position() : -1;
        end = linked ? fragment.position() + fragment.length() : -1;
    }
    if (start < 0 || position < start || position > end)
        return {};
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

void insertLink(QTextCursor &cursor, const QString &text, const QString &url)
{
    QTextCharFormat format = cursor.charFormat();
    cursor.beginEditBlock();
    if (url.isEmpty()) {
        // mergeCharFormat cannot remove properties: set the selection's format piece by piece.
        const int end = cursor.selectionEnd();
        QTextCursor piece(cursor.document());
        for (int at = cursor.selectionStart(); at < end; ++at) {
            piece.setPosition(at);
            piece.setPosition(at + 1, QTextCursor::KeepAnchor);
            piece.setCharFormat(withoutLink(piece.charFormat()));
        }
        cursor.endEditBlock();
        return;
    }
    format.setAnchor(true);
    format.setAnchorHref(url);
    format.setForeground(QGuiApplication::palette().link());
    format.setFontUnderline(true);
    cursor.insertText(text.isEmpty() ? url : text, format);
    cursor.endEditBlock();
}

} // namespace dc::TextFormatting
