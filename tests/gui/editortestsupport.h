#pragma once

// Helpers shared by the editor's GUI tests.

#include <QApplication>
#include <QBuffer>
#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QInputMethodEvent>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace dc::test {

// Types `text` as a user would: ASCII as key presses, anything else as an input method commits
// it (QTest::keyClicks only knows Latin-1).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }
}

// A `width` × `height` PNG of one colour.
inline QByteArray pngBytes(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// What a Markdown text means, block by block: table cell, heading level, list style, and the
// text with bold, italic, links and images marked. Two texts with the same structure render
// the same.
inline QStringList structure(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    QStringList out;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line;
        QTextCursor cursor(block);
        if (QTextTable *table = cursor.currentTable()) {
            const QTextTableCell cell = table->cellAt(cursor);
            line += QStringLiteral("table %1x%2 cell %3,%4 | ").arg(table->rows()).arg(table->columns()).arg(cell.row()).arg(cell.column());
        }
        const int heading = block.blockFormat().headingLevel();
        if (heading > 0)
            line += QStringLiteral("h%1 ").arg(heading);
        if (const QTextList *list = block.textList())
            line += QStringLiteral("list(%1) ").arg(int(list->format().style()));
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            QString text = fragment.text();
            if (format.isImageFormat()) {
                line += QStringLiteral("![%1]").arg(format.toImageFormat().name());
                continue;
            }
            if (format.fontWeight() > QFont::Normal && heading == 0)
                text = QStringLiteral("**%1**").arg(text);
            if (format.fontItalic())
                text = QStringLiteral("_%1_").arg(text);
            if (format.isAnchor())
                text = QStringLiteral("[%1](%2)").arg(text, format.anchorHref());
            line += text;
        }
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

// The first table in `markdown` read back, as rows × columns; 0×0 when there is none.
inline QSize tableSize(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (QTextTable *table = QTextCursor(block).currentTable())
            return QSize(table->columns(), table->rows());
    }
    return {};
}

} // namespace dc::test
