#include "core/render/flowdocument.h"

#include "core/model/documentlink.h"
#include "core/render/pagestyle.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace dc::render {

namespace {

// Qt's Markdown importer joins an empty table cell to the cell on its left, so the text of that
// cell runs on across the empty ones (a register row with no owner yet). A no-break space keeps
// each empty cell a cell of its own. Code blocks are left as they are.
QString keepEmptyTableCells(const QString &markdown)
{
    static const QRegularExpression emptyCell(QStringLiteral("(?<=(?<!\\\\)\\|)[ \\t]*(?=\\|)"));
    QStringList lines = markdown.split(QLatin1Char('\n'));
    bool inCode = false;
    for (QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")))
            inCode = !inCode;
        else if (!inCode && trimmed.startsWith(QLatin1Char('|')) && trimmed.endsWith(QLatin1Char('|')) && trimmed.size() > 1)
            line.replace(emptyCell, QStringLiteral(" &nbsp; "));
    }
    return lines.join(QLatin1Char('\n'));
}

const QColor kHeaderFill(0xec, 0xec, 0xec);

// Tables have no borders of their own and transparent cells: the page painter draws the grid
// in the cell spacing (pagination.h, TableGrid), one path per page. Bordered cells cost twice
// the layout time and a graphics state per cell edge in the PDF, and opaque cells would hide
// the watermark of an obsolete copy.
QTextTableFormat houseTableFormat(const QList<int> &percentWidths = {})
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(0);
    format.setBorderCollapse(false);
    format.setCellSpacing(kGridLineWidth);
    format.setProperty(kGridProperty, true);
    format.setCellPadding(pt(3));
    format.setTopMargin(mm(1.5));
    format.setBottomMargin(mm(2.5));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (!percentWidths.isEmpty()) {
        QList<QTextLength> widths;
        for (int w : percentWidths)
            widths.append(QTextLength(QTextLength::PercentageLength, w));
        format.setColumnWidthConstraints(widths);
    }
    return format;
}

// The header row: shaded and bold.
void styleHeaderRow(QTextTable *table)
{
    for (int column = 0; column < table->columns(); ++column) {
        QTextTableCell cell = table->cellAt(0, column);
        if (cell.row() != 0 || cell.column() != column)
            continue;  // covered by a span
        QTextTableCellFormat format = cell.format().toTableCellFormat();
        format.setBackground(kHeaderFill);
        cell.setFormat(format);
        QTextCursor contents = cell.firstCursorPosition();
        contents.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        contents.mergeCharFormat(bold);
    }
}

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

// Starts a block with `format`: the current block when it is still empty (a new document, or
// the block after a table), else a new one.
void startBlock(QTextCursor &cursor, const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    if (cursor.block().length() <= 1) {
        cursor.setBlockFormat(format);
        cursor.setBlockCharFormat(charFormat);
        cursor.setCharFormat(charFormat);
    } else {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(format, charFormat);
    }
}

QTextCharFormat textFormat(qreal points, bool bold)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

} // namespace

FlowDocument::FlowDocument(qreal width, QHash<QString, QImage> images) : m_images(std::move(images))
{
    setUndoRedoEnabled(false);
    setDocumentMargin(0);
    setUseDesignMetrics(true);
    setDefaultFont(renderFont(fontsize::kBody));
    // One long column: no pagination (see pagination.h).
    setPageSize(QSizeF(width, -1));
    // No layout yet: layOut() creates it once the content is complete and styled, so
    // nothing is laid out twice.
}

void FlowDocument::setContentMarkdown(const QString &markdown, const QStringList &linkedNumbers, const QHash<QString, QList<int>> &tableWidths)
{
    // One edit block: the importer's insertions are then not each followed by a scan of the
    // document's frames (which makes importing quadratic in the number of tables).
    QTextCursor batch(this);
    batch.beginEditBlock();
    setMarkdown(keepEmptyTableCells(markdown), QTextDocument::MarkdownDialectGitHub);
    batch.endEditBlock();
    // The tables exist as frames only now.
    batch.beginEditBlock();
    styleBlocks();
    styleTables(tableWidths);
    fitImages();
    linkNumbers(linkedNumbers);
    batch.endEditBlock();
}

void FlowDocument::linkNumbers(const QStringList &numbers)
{
    // A number counts where it stands alone, not inside a longer one (ISMS-P-001 in ISMS-P-0012).
    const auto partOfNumber = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('-'); };
    for (const QString &number : numbers) {
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(documentLinkUrl(number));
        link.setFontUnderline(true);
        link.setForeground(QColor(0x1a, 0x4f, 0x8b));
        QTextCursor found = find(number, 0, QTextDocument::FindCaseSensitively);
        while (!found.isNull()) {
            const QChar before = characterAt(found.selectionStart() - 1);
            const QChar after = characterAt(found.selectionEnd());
            if (!partOfNumber(before) && !partOfNumber(after) && !found.charFormat().isAnchor())
                found.mergeCharFormat(link);
            found = find(number, found.selectionEnd(), QTextDocument::FindCaseSensitively);
        }
    }
}

void FlowDocument::append(const std::function<void(QTextCursor &)> &build)
{
    QTextCursor cursor(this);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    build(cursor);
    cursor.endEditBlock();
}

void FlowDocument::keepGlyphs()
{
    // Keep the glyphs shaped during layout: painting then reuses them instead of shaping
    // every line a second time.
    for (QTextBlock block = begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
}

void FlowDocument::styleBlocks()
{
    // Space between paragraphs and around headings (the importer leaves none). Blocks in
    // tables and list items keep theirs.
    QTextCursor cursor(this);
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        const int heading = format.headingLevel();
        if (format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage)) {
            styleCode(cursor, block);
            continue;
        }
        if (heading == 0 && block.textList())
            continue;
        cursor.setPosition(block.position());
        if (cursor.currentTable())
            continue;
        QTextBlockFormat spacing;
        spacing.setTopMargin(heading == 0 ? format.topMargin() : pt(heading <= 2 ? 10 : 7));
        spacing.setBottomMargin(std::max(format.bottomMargin(), pt(heading == 0 ? 5 : 4)));
        cursor.mergeBlockFormat(spacing);
    }
}

void FlowDocument::styleCode(QTextCursor &cursor, const QTextBlock &block)
{
    // A code block: the mono face, shaded; long lines wrap rather than leave the page.
    QTextBlockFormat code;
    code.setBackground(QColor(0xf3, 0xf3, 0xf3));
    code.setNonBreakableLines(false);
    code.setLeftMargin(pt(4));
    code.setRightMargin(pt(4));
    cursor.setPosition(block.position());
    cursor.mergeBlockFormat(code);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    QTextCharFormat mono;
    mono.setFontFamilies({renderFontFamily() + QStringLiteral(" Mono")});
    mono.setFontPointSize(fontsize::kBody - 1);
    cursor.mergeCharFormat(mono);
}

void FlowDocument::styleTables(const QHash<QString, QList<int>> &tableWidths)
{
    QList<QTextTable *> tables;
    collectTables(rootFrame(), tables);
    for (QTextTable *table : tables) {
        QList<int> widths;
        if (!tableWidths.isEmpty()) {
            const QTextTableCell first = table->cellAt(0, 0);
            QTextCursor text = first.firstCursorPosition();
            text.setPosition(first.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            widths = tableWidths.value(text.selectedText().trimmed());
            if (widths.size() != table->columns())
                widths.clear();
        }
        table->setFormat(houseTableFormat(widths));
        styleHeaderRow(table);
    }
}

void FlowDocument::fitImages()
{
    // Also gives code (monospaced) text the render font's mono face: any other font would
    // fall back to one whose text layer may not extract.
    const QString mono = renderFontFamily() + QStringLiteral(" Mono");
    // Images fit the column, and a page with room to spare.
    const qreal maxWidth = pageSize().width();
    const qreal maxHeight = mm(160);
    struct Change {
        int from;
        int to;
        QTextCharFormat format;
        bool replace;
    };
    QList<Change> changes;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const int from = fragment.position();
            const int to = from + fragment.length();
            if (format.isImageFormat()) {
                QTextImageFormat image = format.toImageFormat();
                const QImage source = imageNamed(image.name());
                if (source.isNull())
                    continue;
                const qreal scale = std::min({1.0, maxWidth / source.width(), maxHeight / source.height()});
                image.setWidth(std::floor(source.width() * scale));
                image.setHeight(std::floor(source.height() * scale));
                changes.append({from, to, image, true});
            } else if ((format.fontFixedPitch() || format.hasProperty(QTextFormat::FontFamilies))
                       && !format.fontFamilies().toStringList().value(0).startsWith(renderFontFamily())) {
                QTextCharFormat family;
                family.setFontFamilies({format.fontFixedPitch() ? mono : renderFontFamily()});
                changes.append({from, to, family, false});
            }
        }
    }
    QTextCursor cursor(this);
    for (const Change &change : std::as_const(changes)) {
        cursor.setPosition(change.from);
        cursor.setPosition(change.to, QTextCursor::KeepAnchor);
        if (change.replace)
            cursor.setCharFormat(change.format);
        else
            cursor.mergeCharFormat(change.format);
    }
}

void FlowDocument::layOut()
{
    keepGlyphs();
    // The layout is created here, with its device, then laid out in full once.
    documentLayout()->setPaintDevice(LayoutDevice::instance());
    markContentsDirty(0, characterCount());
    m_breaks = findBreaks(*this);
}

qreal FlowDocument::blockTop(const QTextBlock &block) const
{
    return documentLayout()->blockBoundingRect(block).top();
}

QImage FlowDocument::imageNamed(const QString &name) const
{
    if (const auto it = m_images.constFind(name); it != m_images.constEnd())
        return *it;
    // "my%20logo.png" in the Markdown for "my logo.png".
    return m_images.value(QUrl::fromPercentEncoding(name.toUtf8()));
}

QVariant FlowDocument::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {};
    const QImage image = imageNamed(name.toString());
    return image.isNull() ? QVariant() : QVariant(image);
}

void FlowDocumentDeleter::operator()(FlowDocument *document) const
{
    if (document->thread() == QThread::currentThread())
        delete document;
    else
        document->deleteLater();
}

FlowDocumentPtr makeFlowDocument(qreal width, QHash<QString, QImage> images)
{
    return FlowDocumentPtr(new FlowDocument(width, std::move(images)));
}

namespace flow {

void appendText(QTextCursor &cursor, const QString &text, qreal points, bool bold, Qt::Alignment alignment, qreal spaceBeforeMm,
                qreal spaceAfterMm)
{
    QTextBlockFormat block;
    block.setAlignment(alignment);
    block.setTopMargin(mm(spaceBeforeMm));
    block.setBottomMargin(mm(spaceAfterMm));
    const QTextCharFormat format = textFormat(points, bold);
    startBlock(cursor, block, format);
    cursor.insertText(text, format);
}

void appendHeading(QTextCursor &cursor, const QString &text, int level)
{
    QTextBlockFormat block;
    block.setHeadingLevel(level);
    block.setTopMargin(mm(level == 1 ? 2 : 4));
    block.setBottomMargin(mm(2));
    const QTextCharFormat format = textFormat(level == 1 ? 15 : 12, true);
    startBlock(cursor, block, format);
    cursor.insertText(text, format);
}

QTextTable *appendTable(QTextCursor &cursor, const QStringList &headers, const QList<QStringList> &rows, const QList<int> &percentWidths)
{
    cursor.movePosition(QTextCursor::End);
    const int columns = int(headers.size());
    QTextTable *table = cursor.insertTable(int(rows.size()) + 1, columns, houseTableFormat(percentWidths));
    const QTextCharFormat format = textFormat(fontsize::kTable, false);
    for (int column = 0; column < columns; ++column)
        table->cellAt(0, column).firstCursorPosition().insertText(headers.at(column), format);
    for (int row = 0; row < rows.size(); ++row) {
        const QStringList &cells = rows.at(row);
        for (int column = 0; column < columns && column < cells.size(); ++column)
            table->cellAt(row + 1, column).firstCursorPosition().insertText(cells.at(column), format);
    }
    styleHeaderRow(table);
    cursor.movePosition(QTextCursor::End);
    return table;
}

QString meaningLabel(ApprovalMeaning meaning, LabelLanguage language)
{
    switch (meaning) {
    case ApprovalMeaning::Prepared:
        return labelText(language, QStringLiteral("编制"), QStringLiteral("Prepared"));
    case ApprovalMeaning::Reviewed:
        return labelText(language, QStringLiteral("审核"), QStringLiteral("Reviewed"));
    case ApprovalMeaning::Approved:
        return labelText(language, QStringLiteral("批准"), QStringLiteral("Approved"));
    }
    return {};
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString escapeMarkdown(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c.unicode() < 128 && c.isPunct())
            escaped += QLatin1Char('\\');
        else if (c.unicode() < 128 && c.isSymbol())
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

QStringList splitMarkdown(const QString &markdown, qsizetype targetChars)
{
    static const QRegularExpression definition(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:"), QRegularExpression::MultilineOption);
    if (markdown.size() < 2 * targetChars || markdown.contains(definition))
        return {markdown};
    QStringList parts;
    qsizetype partStart = 0;
    QChar fence;  // the open code fence's character, if any
    qsizetype lineStart = 0;
    while (lineStart < markdown.size()) {
        qsizetype lineEnd = markdown.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = markdown.size();
        const QStringView line = QStringView(markdown).sliced(lineStart, lineEnd - lineStart);
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            if (fence.isNull())
                fence = trimmed.front();
            else if (trimmed.front() == fence)
                fence = QChar();
        } else if (fence.isNull() && lineStart - partStart >= targetChars && markdown.size() - lineStart >= targetChars / 2
                   && (line.startsWith(u"# ") || line.startsWith(u"## "))) {
            parts.append(markdown.sliced(partStart, lineStart - partStart));
            partStart = lineStart;
        }
        lineStart = lineEnd + 1;
    }
    parts.append(markdown.sliced(partStart));
    return parts;
}

} // namespace flow

} // namespace dc::render
