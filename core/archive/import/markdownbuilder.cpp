#include "core/archive/import/markdownbuilder.h"

namespace dc::importing {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

// Collapses every run of white space to one space, as the word processors lay text out.
QString collapseSpaces(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (isSpace(c)) {
            space = true;
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        // Characters Markdown cannot hold: other control characters are dropped.
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            continue;
        out += c;
    }
    if (space)
        out += u' ';
    return out;
}

// Escapes what would start a block (heading, quote, list, setext rule) at the start of a line.
QString escapeLineStart(const QString &line)
{
    if (line.isEmpty())
        return line;
    const QChar first = line.at(0);
    if (first == u'#' || first == u'>' || first == u'=' || first == u'+' || first == u'-')
        return u'\\' + line;
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line.at(digits).unicode() >= u'0' && line.at(digits).unicode() <= u'9')
        ++digits;
    if (digits > 0 && digits < line.size() && (line.at(digits) == u'.' || line.at(digits) == u')'))
        return line.left(digits) + u'\\' + line.mid(digits);
    return line;
}

QString emphasised(const QString &escaped, bool bold, bool italic)
{
    if (!bold && !italic)
        return escaped;
    qsizetype start = 0;
    qsizetype end = escaped.size();
    while (start < end && escaped.at(start) == u' ')
        ++start;
    while (end > start && escaped.at(end - 1) == u' ')
        --end;
    if (start == end)
        return escaped;
    const QString marker = bold && italic ? QStringLiteral("***") : bold ? QStringLiteral("**") : QStringLiteral("*");
    return escaped.left(start) + marker + escaped.mid(start, end - start) + marker + escaped.mid(end);
}

} // namespace

QString escapeMarkdown(const QString &text, bool inTableCell)
{
    Q_UNUSED(inTableCell) // '|' is escaped everywhere: harmless outside tables
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\': case u'`': case u'*': case u'_': case u'[': case u']':
        case u'<': case u'>': case u'~': case u'|':
            out += u'\\';
            break;
        case u'&': // only where it could start an entity (&amp; &#39;)
            if (i + 1 < text.size() && (text.at(i + 1).isLetter() || text.at(i + 1) == u'#'))
                out += u'\\';
            break;
        default:
            break;
        }
        out += c;
    }
    return out;
}

void Inlines::addText(const QString &text, bool bold, bool italic)
{
    if (text.isEmpty())
        return;
    if (!m_runs.isEmpty()) {
        Run &last = m_runs.last();
        if (last.kind == Run::Kind::Text && last.bold == bold && last.italic == italic) {
            last.text += text;
            return;
        }
    }
    m_runs.append(Run{Run::Kind::Text, text, QString(), bold, italic});
}

void Inlines::addLineBreak()
{
    m_runs.append(Run{Run::Kind::LineBreak, QString(), QString(), false, false});
}

void Inlines::addImage(const QString &alt, const QString &name)
{
    m_runs.append(Run{Run::Kind::Image, alt, name, false, false});
}

void Inlines::appendBlock(const Inlines &other)
{
    if (other.isBlank())
        return;
    if (!isBlank())
        addLineBreak();
    m_runs += other.m_runs;
}

bool Inlines::isBlank() const
{
    for (const Run &run : m_runs) {
        if (run.kind == Run::Kind::Image)
            return false;
        if (run.kind == Run::Kind::Text && !run.text.trimmed().isEmpty())
            return false;
    }
    return true;
}

Inlines Inlines::withoutBold() const
{
    Inlines plain;
    for (const Run &run : m_runs) {
        if (run.kind == Run::Kind::Text)
            plain.addText(run.text, false, run.italic);
        else
            plain.m_runs.append(run);
    }
    return plain;
}

QString Inlines::plainText() const
{
    QString text;
    for (const Run &run : m_runs)
        text += run.kind == Run::Kind::Text ? run.text : QStringLiteral(" ");
    return collapseSpaces(text).trimmed();
}

QString Inlines::toMarkdown(Context context) const
{
    const bool inTableCell = context == Context::TableCell;
    // Lines separated by hard breaks; each line is trimmed and escaped at its start.
    QStringList lines(QString{});
    for (const Run &run : m_runs) {
        switch (run.kind) {
        case Run::Kind::Text:
            lines.last() += emphasised(escapeMarkdown(collapseSpaces(run.text), inTableCell), run.bold, run.italic);
            break;
        case Run::Kind::LineBreak:
            lines.append(QString());
            break;
        case Run::Kind::Image: {
            QString alt = collapseSpaces(run.text).trimmed();
            alt.replace(u'\\', QStringLiteral("\\\\")).replace(u'[', QStringLiteral("\\[")).replace(u']', QStringLiteral("\\]"));
            lines.last() += u"![" + alt + u"](" + run.target + u')';
            break;
        }
        }
    }
    QStringList kept;
    for (const QString &line : std::as_const(lines)) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            kept.append(context == Context::Paragraph ? escapeLineStart(trimmed) : trimmed);
    }
    return kept.join(inTableCell ? QStringLiteral("<br>") : QStringLiteral("\\\n"));
}

void MarkdownBuilder::startBlock(bool listItem)
{
    if (!m_text.isEmpty())
        m_text += listItem && m_inList ? QStringLiteral("\n") : QStringLiteral("\n\n");
    m_inList = listItem;
    if (!listItem) {
        m_counters.clear();
        m_indents.clear();
    }
}

void MarkdownBuilder::heading(int level, const Inlines &text)
{
    if (text.isBlank())
        return;
    level = qBound(1, level, 6);
    QString line = text.withoutBold().toMarkdown(Inlines::Context::Heading);
    line.replace(QStringLiteral("\\\n"), QStringLiteral(" "));
    startBlock(false);
    m_text += QString(level, u'#') + u' ' + line;
    if (m_firstHeading.isEmpty())
        m_firstHeading = text.plainText();
}

void MarkdownBuilder::paragraph(const Inlines &text)
{
    if (text.isBlank())
        return;
    startBlock(false);
    m_text += text.toMarkdown();
}

void MarkdownBuilder::listItem(bool ordered, int level, const Inlines &text)
{
    if (text.isBlank())
        return;
    startBlock(true);
    level = qBound(0, level, int(m_indents.size()));
    level = qMin(level, 8);
    m_indents.resize(level);
    // A counter per level; a new kind of list at a level starts counting again.
    if (m_counters.size() > level + 1)
        m_counters.resize(level + 1);
    if (m_counters.size() < level + 1)
        m_counters.append(ordered ? 1 : 0);
    if (ordered && m_counters[level] <= 0)
        m_counters[level] = 1;
    if (!ordered)
        m_counters[level] = 0;
    const int indent = level == 0 ? 0 : m_indents.value(level - 1);
    const QString marker = ordered ? QString::number(m_counters[level]++) + u". " : QStringLiteral("- ");
    m_indents.append(indent + int(marker.size()));
    QString content = text.toMarkdown();
    content.replace(QStringLiteral("\\\n"), u"\\\n" + QString(m_indents.last(), u' '));
    m_text += QString(indent, u' ') + marker + content;
}

void MarkdownBuilder::table(const QList<TableRow> &rows)
{
    qsizetype columns = 0;
    for (const TableRow &row : rows)
        columns = qMax(columns, row.size());
    if (columns == 0)
        return;
    startBlock(false);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QString line = QStringLiteral("|");
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = c < rows[r].size() ? rows[r][c].toMarkdown(Inlines::Context::TableCell) : QString();
            line += u' ' + cell + (cell.isEmpty() ? QStringLiteral("|") : QStringLiteral(" |"));
        }
        m_text += line + u'\n';
        if (r == 0) {
            QString rule = QStringLiteral("|");
            for (qsizetype c = 0; c < columns; ++c)
                rule += QStringLiteral(" --- |");
            m_text += rule + u'\n';
        }
    }
    m_text.chop(1);
}

QString MarkdownBuilder::markdown() const
{
    return m_text.isEmpty() ? QString() : m_text + u'\n';
}

} // namespace dc::importing
