#include "core/search/snippet.h"

#include "core/search/plaintext.h"

#include <algorithm>

namespace dc {

QString plainTextOfMarkdown(const QString &markdown)
{
    return markdownToPlainText(markdown).simplified();
}

Snippet makeSnippet(const QString &source, const QStringList &terms, qsizetype width)
{
    const QString text = plainTextOfMarkdown(source);
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
        if (at >= 0 && (first < 0 || at < first))
            first = at;
    }
    const qsizetype start = first < 0 ? 0 : std::max<qsizetype>(0, first - width / 3);
    Snippet snippet;
    const bool cutStart = start > 0;
    const bool cutEnd = start + width < text.size();
    snippet.text = (cutStart ? QStringLiteral("…") : QString()) + text.mid(start, width) + (cutEnd ? QStringLiteral("…") : QString());

    // Collect every occurrence of every term, then keep them ordered and non-overlapping.
    QList<Snippet::Range> found;
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = snippet.text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = snippet.text.indexOf(term, at + term.size(), Qt::CaseInsensitive)) {
            found.append({at, term.size()});
        }
    }
    std::sort(found.begin(), found.end(), [](const Snippet::Range &a, const Snippet::Range &b) { return a.start < b.start; });
    for (const Snippet::Range &range : found) {
        if (snippet.highlights.isEmpty() || range.start >= snippet.highlights.last().start + snippet.highlights.last().length)
            snippet.highlights.append(range);
    }
    return snippet;
}

} // namespace dc
