#include "core/search/citations.h"

#include <QRegularExpression>

#include <algorithm>

namespace dc::Citations {

QList<QPair<QString, QStringList>> inText(const QString &markdown)
{
    // A document number: an upper-case prefix and dash-separated parts ("ISMS-P-001",
    // "ISMS-0001-2022"), not inside a longer word.
    static const QRegularExpression number(QStringLiteral("(?<![A-Za-z0-9-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+(?![A-Za-z0-9-])"));
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+(.+?)\\s*#*\\s*$"));
    static const QRegularExpression sectionNumber(QStringLiteral("^(\\d+(?:\\.\\d+)*)\\.?(?:\\s|$)"));
    QList<QPair<QString, QStringList>> found;
    QString section;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (const auto h = heading.match(line); h.hasMatch()) {
            const QString title = h.captured(1).trimmed();
            const auto n = sectionNumber.match(title);
            section = n.hasMatch() ? n.captured(1) : title;
            continue;
        }
        auto it = number.globalMatch(line);
        while (it.hasNext()) {
            const QString cited = it.next().captured(0);
            auto entry = std::find_if(found.begin(), found.end(), [&](const auto &f) { return f.first == cited; });
            if (entry == found.end()) {
                found.append({cited, {}});
                entry = std::prev(found.end());
            }
            if (!section.isEmpty() && !entry->second.contains(section))
                entry->second.append(section);
        }
    }
    return found;
}

QStringList numbersIn(const QString &markdown, const QString &own)
{
    QStringList numbers;
    for (const auto &citation : inText(markdown)) {
        if (citation.first != own)
            numbers << citation.first;
    }
    return numbers;
}

} // namespace dc::Citations
