#pragma once

#include <QStringList>

namespace dc {

// One document revision's text as the tokenizer gives it, field by field: what both search
// indexes (SQLite, PostgreSQL) store for an entry.
struct IndexedText {
    QStringList number, title, body;  // words and CJK bigrams, in order
    QStringList titleChars, bodyChars; // single CJK characters, in order

    // The number, both titles and the Markdown body as a reader sees it (markdownToPlainText),
    // so that markup inside a phrase (本程序规定**风险**评估) does not split it.
    static IndexedText of(const QString &number, const QString &title, const QString &titleEn, const QString &markdown);

    // Tokens as one string an index's own whitespace tokenizer splits back into the same tokens.
    static QString joined(const QStringList &tokens) { return tokens.join(QLatin1Char(' ')); }
};

} // namespace dc
