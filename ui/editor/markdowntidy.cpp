#include "ui/editor/markdowntidy.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dc {

namespace {

bool isDelimiterRow(const QString &line)
{
    if (line.size() < 2 || !line.startsWith(u'|') || !line.endsWith(u'|') || !line.contains(u'-'))
        return false;
    return std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c == u'|' || c == u'-' || c == u':' || c == u' '; });
}

QString widenDelimiterRow(const QString &line)
{
    const QStringList cells = line.mid(1, line.size() - 2).split(u'|');
    QStringList widened;
    for (const QString &raw : cells) {
        const QString cell = raw.trimmed();
        const bool left = cell.startsWith(u':');
        const bool right = cell.size() > 1 && cell.endsWith(u':');
        const qsizetype dashes = std::max<qsizetype>(3, cell.count(u'-'));
        widened << (left ? u":"_s : QString()) + QString(dashes, u'-') + (right ? u":"_s : QString());
    }
    return u'|' + widened.join(u'|') + u'|';
}

} // namespace

QString tidyWrittenMarkdown(const QString &written)
{
    const QStringList writtenLines = written.split(u'\n');
    QStringList lines;
    QChar fence;
    for (const QString &line : writtenLines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s)) {
            if (fence.isNull())
                fence = trimmed.front();
            else if (trimmed.front() == fence)
                fence = QChar();
            lines << line;
            continue;
        }
        if (!fence.isNull()) {
            lines << line;
        } else if (!lines.isEmpty() && lines.last().startsWith(u'|') && isDelimiterRow(line)) {
            lines << widenDelimiterRow(line);
        } else if (trimmed.isEmpty() && !lines.isEmpty() && lines.last().trimmed().isEmpty()) {
            continue; // one blank line separates blocks as well as several
        } else {
            lines << line;
        }
    }
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

} // namespace dc
