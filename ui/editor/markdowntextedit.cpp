#include "ui/editor/markdowntextedit.h"

#include "ui/editor/textformatting.h"

#include <QImage>
#include <QKeyEvent>
#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace dc {

MarkdownTextEdit::MarkdownTextEdit(QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(false);
}

QVariant MarkdownTextEdit::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource && m_images) {
        const QImage image = m_images(name.toString());
        if (!image.isNull())
            return image;
    }
    return QTextEdit::loadResource(type, name);
}

bool MarkdownTextEdit::isReserved(const QKeyEvent *event) const
{
    const QKeySequence pressed(event->keyCombination());
    for (const QKeySequence &shortcut : m_reserved) {
        if (shortcut.matches(pressed) == QKeySequence::ExactMatch)
            return true;
    }
    return false;
}

bool MarkdownTextEdit::event(QEvent *event)
{
    // Not accepting the override lets the key reach the shortcut map, i.e. the editor's action.
    if (event->type() == QEvent::ShortcutOverride && isReserved(static_cast<QKeyEvent *>(event))) {
        event->ignore();
        return true;
    }
    return QTextEdit::event(event);
}

bool MarkdownTextEdit::handleReturn()
{
    QTextCursor cursor = textCursor();
    if (isReadOnly() || cursor.hasSelection())
        return false;
    if (cursor.currentList() && cursor.block().text().isEmpty()) {
        TextFormatting::toggleList(cursor, TextFormatting::listStyle(cursor));
        return true;
    }
    if (TextFormatting::headingLevel(cursor) > 0 && cursor.atBlockEnd()) {
        QTextBlockFormat body = cursor.blockFormat();
        body.setHeadingLevel(0);
        TextFormatting::setBlockSpacing(body, 0);
        cursor.insertBlock(body, TextFormatting::headingCharFormat(0));
        setTextCursor(cursor);
        setCurrentCharFormat(TextFormatting::headingCharFormat(0));
        ensureCursorVisible();
        return true;
    }
    return false;
}

bool MarkdownTextEdit::handleTab(bool backwards)
{
    QTextCursor cursor = textCursor();
    QTextTable *table = cursor.currentTable();
    if (isReadOnly() || !table)
        return false;
    const QTextTableCell cell = table->cellAt(cursor);
    int index = cell.row() * table->columns() + cell.column() + (backwards ? -1 : 1);
    if (index < 0)
        return true;
    if (index >= table->rows() * table->columns()) {
        table->appendRows(1);
        index = (table->rows() - 1) * table->columns();
    }
    setTextCursor(table->cellAt(index / table->columns(), index % table->columns()).firstCursorPosition());
    return true;
}

void MarkdownTextEdit::inputMethodEvent(QInputMethodEvent *event)
{
    if (isReadOnly()) { // a read-only QTextEdit would still take an input method's text
        event->ignore();
        return;
    }
    QTextEdit::inputMethodEvent(event);
}

void MarkdownTextEdit::keyPressEvent(QKeyEvent *event)
{
    const bool tab = event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier;
    const bool backtab = event->key() == Qt::Key_Backtab || (event->key() == Qt::Key_Tab && event->modifiers() == Qt::ShiftModifier);
    if ((tab || backtab) && handleTab(backtab)) {
        event->accept();
        return;
    }
    const bool plainReturn = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plainReturn && handleReturn()) {
        event->accept();
        return;
    }
    QTextEdit::keyPressEvent(event);
}

bool MarkdownTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || QTextEdit::canInsertFromMimeData(source);
}

void MarkdownTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasImage() && !source->hasText()) {
        const QImage image = qvariant_cast<QImage>(source->imageData());
        if (!image.isNull()) {
            Q_EMIT imagePasted(image);
            return;
        }
    }
    QTextEdit::insertFromMimeData(source);
}

} // namespace dc
