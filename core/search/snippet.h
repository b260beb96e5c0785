#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dc {

// A short excerpt of a text around the first place a search term occurs, with the ranges
// of every term occurrence in it, so each front end can highlight in its own way.
struct Snippet {
    struct Range {
        qsizetype start;
        qsizetype length;
    };
    QString text;
    QList<Range> highlights;

    // The text with each highlighted range wrapped in `open` … `close`.
    QString marked(const QString &open, const QString &close) const;

    // Builds a snippet of about `width` characters from `text` (Markdown is flattened to
    // plain text first). Terms match case-insensitively; without a match it is the opening.
    static Snippet make(const QString &text, const QStringList &terms, qsizetype width = 120);
};

// Markdown reduced to plain running text: the text a reader sees (markdownToPlainText), with
// line breaks, table cells and runs of white space collapsed to single spaces.
QString plainTextOfMarkdown(const QString &markdown);

} // namespace dc
