#include "core/diff/readablemarkdown.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace dc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dc::ReadableMarkdown", text);
}

// Inline syntax out: images and links in words, emphasis and code marks dropped.
QString inlineText(QString text)
{
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\(([^)]*)\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)]*)\\)"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(.+?)\\1"));
    static const QRegularExpression emphasis(QStringLiteral("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])"));
    static const QRegularExpression strike(QStringLiteral("~~(.+?)~~"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression escaped(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])"));
    for (auto match = image.match(text); match.hasMatch(); match = image.match(text)) {
        const QString alt = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        text.replace(match.capturedStart(), match.capturedLength(), tr("[Image: %1]").arg(alt));
    }
    for (auto match = link.match(text); match.hasMatch(); match = link.match(text))
        text.replace(match.capturedStart(), match.capturedLength(), tr("%1 (link: %2)").arg(match.captured(1), match.captured(2)));
    text.replace(strong, QStringLiteral("\\2"));
    text.replace(emphasis, QStringLiteral("\\2"));
    text.replace(strike, QStringLiteral("\\1"));
    text.replace(code, QStringLiteral("\\1"));
    text.replace(escaped, QStringLiteral("\\1"));
    return text;
}

QStringList tableCells(const QString &row)
{
    QString inner = row.trimmed();
    if (inner.startsWith(QLatin1Char('|')))
        inner.remove(0, 1);
    if (inner.endsWith(QLatin1Char('|')) && !inner.endsWith(QStringLiteral("\\|")))
        inner.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner.at(i) == QLatin1Char('\\') && i + 1 < inner.size() && inner.at(i + 1) == QLatin1Char('|')) {
            cell += QLatin1Char('|');
            ++i;
        } else if (inner.at(i) == QLatin1Char('|')) {
            cells << inlineText(cell.trimmed());
            cell.clear();
        } else {
            cell += inner.at(i);
        }
    }
    cells << inlineText(cell.trimmed());
    return cells;
}

} // namespace

QString readableMarkdown(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}(#{1,6})\\s+(.*?)(\\s+#+)?\\s*$"));
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)[-*+]\\s+(\\[[ xX]\\]\\s+)?(.*)$"));
    static const QRegularExpression numbered(QStringLiteral("^(\\s*)(\\d+)[.)]\\s+(.*)$"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}>\\s?(.*)$"));
    static const QRegularExpression tableRule(QStringLiteral("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$"));
    static const QRegularExpression thematicBreak(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}(```|~~~)"));

    QStringList out;
    bool inCode = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        if (fence.match(line).hasMatch()) {
            out << (inCode ? tr("(end of code)") : tr("Code:"));
            inCode = !inCode;
            continue;
        }
        if (inCode) {
            out << line;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            out << QString();
            continue;
        }
        if (tableRule.match(line).hasMatch() && line.contains(QLatin1Char('|'))) {
            out << QString(); // the rule under a table's header says nothing to a reader
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            out << tr("Heading %1: %2").arg(m.captured(1).size()).arg(inlineText(m.captured(2)));
            continue;
        }
        if (thematicBreak.match(line).hasMatch()) {
            out << tr("(horizontal rule)");
            continue;
        }
        if (line.trimmed().startsWith(QLatin1Char('|'))) {
            out << tr("Table row: %1").arg(tableCells(line).join(QStringLiteral(" │ ")));
            continue;
        }
        if (const auto m = bullet.match(line); m.hasMatch()) {
            const QString indent(m.captured(1).size() / 2 * 2, QLatin1Char(' '));
            out << indent + tr("• %1").arg(inlineText(m.captured(3)));
            continue;
        }
        if (const auto m = numbered.match(line); m.hasMatch()) {
            const QString indent(m.captured(1).size() / 2 * 2, QLatin1Char(' '));
            out << indent + tr("%1. %2").arg(m.captured(2), inlineText(m.captured(3)));
            continue;
        }
        if (const auto m = quote.match(line); m.hasMatch()) {
            out << tr("Quote: %1").arg(inlineText(m.captured(1)));
            continue;
        }
        out << inlineText(line.trimmed());
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace dc
