#include "core/archive/import/nesting.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace dc::importing {

namespace {

// The HTML elements whose nesting QTextDocument's parser changes.
enum class Tag { Other, P, Li, Dl, Dt, Dd, Table, Thead, Tbody, Tfoot, Caption, Tr, Td, Th };

struct OpenElement {
    int name;          // interned, lower-case
    Tag tag;
    qsizetype block;   // index of the nearest block element at or below this one, -1: none
};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Elements the parser lays out as blocks: a <p> closes the inline elements above the
// nearest one of them. Counting too many as blocks only ever makes the depth larger.
bool isBlock(const QString &name)
{
    static const QStringList blocks{
        QStringLiteral("address"), QStringLiteral("article"), QStringLiteral("aside"), QStringLiteral("blockquote"),
        QStringLiteral("body"), QStringLiteral("caption"), QStringLiteral("center"), QStringLiteral("dd"), QStringLiteral("details"),
        QStringLiteral("div"), QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("fieldset"), QStringLiteral("figcaption"),
        QStringLiteral("figure"), QStringLiteral("footer"), QStringLiteral("form"), QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("head"),
        QStringLiteral("header"), QStringLiteral("html"), QStringLiteral("li"), QStringLiteral("main"), QStringLiteral("nav"),
        QStringLiteral("ol"), QStringLiteral("p"), QStringLiteral("pre"), QStringLiteral("section"), QStringLiteral("summary"),
        QStringLiteral("table"), QStringLiteral("tbody"), QStringLiteral("td"), QStringLiteral("tfoot"), QStringLiteral("th"),
        QStringLiteral("thead"), QStringLiteral("tr"), QStringLiteral("ul")};
    return blocks.contains(name);
}

Tag tagOf(const QString &name)
{
    static const QHash<QString, Tag> tags{{QStringLiteral("p"), Tag::P},         {QStringLiteral("li"), Tag::Li},
                                          {QStringLiteral("dl"), Tag::Dl},       {QStringLiteral("dt"), Tag::Dt},
                                          {QStringLiteral("dd"), Tag::Dd},       {QStringLiteral("table"), Tag::Table},
                                          {QStringLiteral("thead"), Tag::Thead}, {QStringLiteral("tbody"), Tag::Tbody},
                                          {QStringLiteral("tfoot"), Tag::Tfoot}, {QStringLiteral("caption"), Tag::Caption},
                                          {QStringLiteral("tr"), Tag::Tr},       {QStringLiteral("td"), Tag::Td},
                                          {QStringLiteral("th"), Tag::Th}};
    return tags.value(name, Tag::Other);
}

// The parents an element may have (QTextHtmlParserNode::allowedInContext); true: any.
bool allowedIn(Tag tag, Tag parent)
{
    switch (tag) {
    case Tag::Dd: return parent == Tag::Dt || parent == Tag::Dl;
    case Tag::Dt: return parent == Tag::Dl;
    case Tag::Tr: return parent == Tag::Table || parent == Tag::Thead || parent == Tag::Tbody || parent == Tag::Tfoot;
    case Tag::Td:
    case Tag::Th: return parent == Tag::Tr;
    case Tag::Thead:
    case Tag::Tbody:
    case Tag::Tfoot:
    case Tag::Caption: return parent == Tag::Table;
    default: return true;
    }
}

// The stack of open HTML elements, with the count of each name on it so that a closing tag
// without an open element costs nothing.
class HtmlStack {
public:
    int depth() const { return int(m_open.size()); }

    void open(QStringView name)
    {
        const int id = intern(name);
        const Tag tag = m_tags.at(id);
        if (tag == Tag::P && !m_open.isEmpty()) {
            // A new paragraph closes the inline elements of an open one, and that paragraph.
            const qsizetype block = m_open.last().block;
            if (block >= 0 && m_open.at(block).tag == Tag::P)
                popTo(block);
        } else if (tag == Tag::Li && !m_open.isEmpty() && m_open.last().tag == Tag::Li) {
            popTo(m_open.size() - 1); // list items do not nest in each other directly
        }
        while (!m_open.isEmpty() && !allowedIn(tag, m_open.last().tag))
            popTo(m_open.size() - 1);
        const qsizetype below = m_open.isEmpty() ? -1 : m_open.last().block;
        m_open.append(OpenElement{id, tag, m_blocks.at(id) ? m_open.size() : below});
        ++m_counts[id];
    }

    void close(QStringView name)
    {
        const int id = intern(name);
        if (m_counts.at(id) == 0)
            return; // nothing to close: ignored, as the parser does
        qsizetype at = m_open.size() - 1;
        while (m_open.at(at).name != id)
            --at;
        popTo(at);
    }

private:
    // Closes the element at `at` and everything above it.
    void popTo(qsizetype at)
    {
        while (m_open.size() > at) {
            --m_counts[m_open.last().name];
            m_open.removeLast();
        }
    }

    // The id of an element name, whatever its case; what the parser does with it is looked up
    // once per name.
    int intern(QStringView name)
    {
        m_key = name.toString().toLower();
        const auto found = m_ids.constFind(m_key);
        if (found != m_ids.cend())
            return *found;
        const int id = int(m_ids.size());
        m_ids.insert(m_key, id);
        m_tags.append(tagOf(m_key));
        m_blocks.append(isBlock(m_key));
        m_counts.append(0);
        return id;
    }

    QList<OpenElement> m_open;
    QList<int> m_counts; // per name id: how many are open
    QList<Tag> m_tags;   // per name id
    QList<bool> m_blocks; // per name id
    QHash<QString, int> m_ids;
    QString m_key;
};

// The end of a tag that starts at `from` (just past its name): the index of its '>', or the
// end of the text. Quoted attribute values may hold '>'.
qsizetype tagEnd(QStringView html, qsizetype from)
{
    QChar quote;
    for (qsizetype i = from; i < html.size(); ++i) {
        const QChar c = html.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return i;
        }
    }
    return html.size();
}

qsizetype skipPast(QStringView html, qsizetype from, QStringView end)
{
    const qsizetype at = html.indexOf(end, from);
    return at < 0 ? html.size() : at + end.size();
}

} // namespace

int htmlNestingDepth(QStringView html)
{
    HtmlStack stack;
    int deepest = 0;
    qsizetype i = 0;
    while (i < html.size()) {
        i = html.indexOf(u'<', i);
        if (i < 0)
            break;
        if (html.mid(i, 4) == u"<!--") {
            i = skipPast(html, i + 4, u"-->");
            continue;
        }
        if (i + 1 < html.size() && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
            i = tagEnd(html, i + 2) + 1;
            continue;
        }
        const bool closing = i + 1 < html.size() && html.at(i + 1) == u'/';
        const qsizetype nameStart = i + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        if (nameEnd >= html.size() || !isAsciiLetter(html.at(nameEnd))) {
            ++i; // a '<' that starts no tag is text
            continue;
        }
        while (nameEnd < html.size() && (html.at(nameEnd).isLetterOrNumber() || html.at(nameEnd) == u'-' || html.at(nameEnd) == u':'))
            ++nameEnd;
        const QStringView name = html.mid(nameStart, nameEnd - nameStart);
        const qsizetype end = tagEnd(html, nameEnd);
        const bool selfClosed = end < html.size() && end > nameEnd && html.at(end - 1) == u'/';
        i = end + 1;
        if (closing) {
            stack.close(name);
            continue;
        }
        // Elements that never have children in QTextDocument's parser.
        const bool empty = name.compare(u"br", Qt::CaseInsensitive) == 0 || name.compare(u"img", Qt::CaseInsensitive) == 0
            || name.compare(u"hr", Qt::CaseInsensitive) == 0 || name.compare(u"meta", Qt::CaseInsensitive) == 0;
        if (selfClosed || empty)
            continue;
        stack.open(name);
        deepest = std::max(deepest, stack.depth());
    }
    return deepest;
}

int xmlNestingDepth(const QByteArray &xml)
{
    const char *data = xml.constData();
    const qsizetype size = xml.size();
    auto skipPastBytes = [&](qsizetype from, QByteArrayView end) {
        const qsizetype at = xml.indexOf(end, from);
        return at < 0 ? size : at + end.size();
    };
    int depth = 0;
    int deepest = 0;
    qsizetype i = 0;
    while (i < size) {
        i = xml.indexOf('<', i);
        if (i < 0)
            break;
        const QByteArrayView rest(data + i, std::min<qsizetype>(size - i, 9));
        if (rest.startsWith("<!--")) {
            i = skipPastBytes(i + 4, "-->");
        } else if (rest.startsWith("<![CDATA[")) {
            i = skipPastBytes(i + 9, "]]>");
        } else if (rest.startsWith("<?")) {
            i = skipPastBytes(i + 2, "?>");
        } else if (rest.startsWith("<!")) {
            i = skipPastBytes(i + 2, ">"); // a DTD is refused by the importers anyway
        } else {
            const bool closing = rest.startsWith("</");
            char quote = 0;
            qsizetype end = i + 1;
            for (; end < size; ++end) {
                const char c = data[end];
                if (quote) {
                    if (c == quote)
                        quote = 0;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    break;
                }
            }
            if (closing)
                depth = std::max(0, depth - 1);
            else if (!(end < size && data[end - 1] == '/'))
                deepest = std::max(deepest, ++depth);
            i = end + 1;
        }
    }
    return deepest;
}

int markdownNestingDepth(QStringView markdown)
{
    int deepest = 0;
    QList<qsizetype> lists; // content columns of the open list items, innermost last
    QStringView fence;
    for (const QStringView line : markdown.split(u'\n')) {
        qsizetype at = 0;
        qsizetype column = 0;
        auto skipSpaces = [&] {
            while (at < line.size() && (line.at(at) == u' ' || line.at(at) == u'\t')) {
                column += line.at(at) == u'\t' ? 4 - column % 4 : 1;
                ++at;
            }
        };
        skipSpaces();
        const QStringView rest = line.mid(at);
        if (!fence.isEmpty()) {
            if (rest.startsWith(fence))
                fence = {};
            continue;
        }
        if (rest.startsWith(u"```") || rest.startsWith(u"~~~")) {
            fence = rest.left(3);
            continue;
        }
        if (rest.isEmpty())
            continue; // a blank line keeps list items open
        // Items whose content starts right of this line's indentation are still open.
        while (!lists.isEmpty() && lists.last() > column)
            lists.removeLast();
        int quotes = 0;
        int markers = 0;
        for (;;) {
            if (at < line.size() && line.at(at) == u'>') {
                ++quotes;
                ++at;
                ++column;
                skipSpaces();
                continue;
            }
            qsizetype marker = at;
            while (marker < line.size() && marker - at < 9 && line.at(marker).isDigit())
                ++marker;
            const bool ordered = marker > at && marker < line.size() && (line.at(marker) == u'.' || line.at(marker) == u')');
            const bool bullet = marker == at && at < line.size() && (line.at(at) == u'-' || line.at(at) == u'*' || line.at(at) == u'+');
            const qsizetype after = ordered || bullet ? marker + 1 : at;
            if (after == at || (after < line.size() && line.at(after) != u' ' && line.at(after) != u'\t'))
                break;
            column += after - at;
            at = after;
            skipSpaces();
            if (quotes == 0)
                lists.append(column);
            else
                ++markers; // items inside quotes on one line: counted, not tracked
        }
        deepest = std::max(deepest, int(lists.size()) + quotes + markers);
    }
    return deepest;
}

Error nestingError(const QString &kind, int depth, const QString &part)
{
    if (part.isEmpty())
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::DocumentImporter",
                                                                          "The %1 file nests elements %2 deep; DocControl imports at most %3 levels.")
                                                  .arg(kind).arg(depth).arg(kMaxNestingLevels)};
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("dc::DocumentImporter", "The %1 file nests elements %2 deep in %3; DocControl imports at most %4 levels.")
                     .arg(kind)
                     .arg(depth)
                     .arg(part)
                     .arg(kMaxNestingLevels)};
}

} // namespace dc::importing
