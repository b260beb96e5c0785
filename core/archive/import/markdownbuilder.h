#pragma once

// Builds GitHub-flavoured Markdown from the blocks an importer finds (headings, paragraphs,
// list items, tables) and their inline runs (plain, bold, italic text, images, line breaks).
// Escapes what Markdown would otherwise read as markup.

#include <QList>
#include <QString>

namespace dc::importing {

struct Run {
    enum class Kind { Text, LineBreak, Image };
    Kind kind = Kind::Text;
    QString text;   // Text: the text; Image: the alt text
    QString target; // Image: the image's name
    bool bold = false;
    bool italic = false;
};

// The inline content of one paragraph, heading, list item or table cell.
class Inlines final {
public:
    void addText(const QString &text, bool bold = false, bool italic = false);
    void addLineBreak();
    void addImage(const QString &alt, const QString &name);
    // Appends `other`, separated by a line break when both have content.
    void appendBlock(const Inlines &other);
    bool isBlank() const;
    QString plainText() const;
    // The same runs without bold (a heading is bold already).
    Inlines withoutBold() const;
    enum class Context { Paragraph, Heading, TableCell };
    // Markdown for the runs. In a paragraph, what would start a block at the start of a line
    // is escaped; in a table cell line breaks become <br>.
    QString toMarkdown(Context context = Context::Paragraph) const;

private:
    QList<Run> m_runs;
};

using TableRow = QList<Inlines>;

class MarkdownBuilder final {
public:
    void heading(int level, const Inlines &text);
    void paragraph(const Inlines &text);
    // `level` 0 is the outermost list.
    void listItem(bool ordered, int level, const Inlines &text);
    void table(const QList<TableRow> &rows);

    QString firstHeading() const { return m_firstHeading; }
    QString markdown() const;

private:
    void startBlock(bool listItem);
    QString m_text;
    QString m_firstHeading;
    bool m_inList = false;
    QList<int> m_counters;   // per list level: the next number of an ordered list
    QList<int> m_indents;    // per list level: the column where an item's content starts
};

// Escapes text for a Markdown paragraph (not the start-of-line markers; see MarkdownBuilder).
QString escapeMarkdown(const QString &text, bool inTableCell);

} // namespace dc::importing
