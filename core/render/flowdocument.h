#pragma once

// Text that flows over pages: a QTextDocument as wide as the page body, filled from Markdown or
// built row by row (approval records, history tables, contents).

#include "core/render/pagination.h"
#include "core/render/renderinput.h"

#include <QHash>
#include <QImage>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <functional>
#include <memory>

class QTextTable;

namespace dc::render {

// A column of text as wide as the page body; pagination.h cuts it into pages. Images come
// only from the export's input: a name that is not there shows as a missing image and is
// never looked up on disk.
//
// A FlowDocument may be built and laid out on any one thread, then painted on another (see
// LayoutPool for what that requires).
class FlowDocument final : public QTextDocument {
public:
    // An empty column `width` layout units wide.
    explicit FlowDocument(qreal width, QHash<QString, QImage> images = {});

    // Replaces the content with GitHub-flavoured Markdown, then applies the house style:
    // spacing between paragraphs, ruled tables with a shaded header row (repeated on every page
    // a table spans), images scaled into the body, the render font for code too. Each of
    // `linkedNumbers` (documents it cites) where the text names it becomes a link to
    // "doccontrol:NUMBER", underlined, which the PDF keeps as a link annotation. A table whose
    // first header cell reads a key of `tableWidths` gets those column widths (percent, one per
    // column) when it has that many columns.
    void setContentMarkdown(const QString &markdown, const QStringList &linkedNumbers = {},
                            const QHash<QString, QList<int>> &tableWidths = {});

    // Appends through `build`, which gets a cursor at the end.
    void append(const std::function<void(QTextCursor &)> &build);

    // Lays the column out, once the content is complete, and finds where pages may end.
    void layOut();
    const FlowBreaks &breaks() const { return m_breaks; }

    // Top of `block` in the column.
    qreal blockTop(const QTextBlock &block) const;

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    void styleBlocks();
    void linkNumbers(const QStringList &numbers);
    void styleCode(QTextCursor &cursor, const QTextBlock &block);
    void styleTables(const QHash<QString, QList<int>> &tableWidths = {});
    void fitImages();
    void keepGlyphs();
    QImage imageNamed(const QString &name) const;
    QHash<QString, QImage> m_images;
    FlowBreaks m_breaks;
};

// Deletes a FlowDocument in the thread that created it (at once, or when that LayoutPool
// thread finishes): its layout's timers and font engines belong to that thread.
struct FlowDocumentDeleter {
    void operator()(FlowDocument *document) const;
};
using FlowDocumentPtr = std::unique_ptr<FlowDocument, FlowDocumentDeleter>;

// A new, empty column.
FlowDocumentPtr makeFlowDocument(qreal width, QHash<QString, QImage> images = {});

// Builders for the rows and tables the renderer adds around Markdown content.
namespace flow {

// A block of plain text (no Markdown), with an alignment and a size in points.
void appendText(QTextCursor &cursor, const QString &text, qreal points, bool bold = false,
                Qt::Alignment alignment = Qt::AlignLeft, qreal spaceBeforeMm = 0, qreal spaceAfterMm = 2);

// A heading block (level 1 or 2): the outline and the contents find it by its heading level.
void appendHeading(QTextCursor &cursor, const QString &text, int level);

// A table with one header row (repeated on every page it spans) and proportional columns.
QTextTable *appendTable(QTextCursor &cursor, const QStringList &headers, const QList<QStringList> &rows,
                        const QList<int> &percentWidths);

// "编制 Prepared", "审核 Reviewed", "批准 Approved".
QString meaningLabel(ApprovalMeaning meaning, LabelLanguage language = LabelLanguage::Bilingual);

// ISO date, or "—" for a null one.
QString dateText(const QDate &date);

// `text` with every ASCII punctuation character escaped, so Markdown takes it literally.
QString escapeMarkdown(const QString &text);

// Splits Markdown into parts of at least `targetChars` (but whole sections: a part begins at a
// level-1 or level-2 heading, outside code blocks), so that the parts can be laid out in
// parallel. Returns the text whole when it is short or uses reference-style link definitions,
// which must stay with the links that use them.
QStringList splitMarkdown(const QString &markdown, qsizetype targetChars);

} // namespace flow

} // namespace dc::render
