#include "core/render/pdfupdate.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

#include <optional>

namespace dc::render {

namespace {

Error malformed(const char *what)
{
    return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::render", "The PDF writer's output has an unexpected structure (%1).")
                                              .arg(QString::fromLatin1(what))};
}

QByteArray num(qreal value)
{
    return QByteArray::number(value, 'f', 2);
}

QByteArray ref(int object)
{
    return QByteArray::number(object) + " 0 R";
}

// The objects of the file by number, from its cross-reference table.
class PdfFile {
public:
    explicit PdfFile(const QByteArray &bytes) : m_bytes(bytes) {}

    Status parse();
    // The text between "N 0 obj" and "endobj".
    std::optional<QByteArray> object(int number) const;
    // The reference `/key N 0 R` in `dictionary`.
    static std::optional<int> reference(const QByteArray &dictionary, const char *key);

    int size = 0;
    int root = 0;
    int info = 0;
    QByteArray id;  // the raw "[<…> <…>]" of the trailer, if any
    qint64 xrefOffset = 0;

private:
    const QByteArray &m_bytes;
    QMap<int, qint64> m_offsets;
};

Status PdfFile::parse()
{
    const qsizetype start = m_bytes.lastIndexOf("startxref");
    if (start < 0)
        return malformed("no startxref");
    bool ok = false;
    xrefOffset = m_bytes.mid(start + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xrefOffset <= 0 || xrefOffset >= m_bytes.size() || !m_bytes.mid(xrefOffset, 4).startsWith("xref"))
        return malformed("no cross-reference table");
    const qsizetype trailer = m_bytes.indexOf("trailer", xrefOffset);
    if (trailer < 0)
        return malformed("no trailer");
    // Subsections: "first count" then count lines of "offset generation n|f".
    const QList<QByteArray> lines = m_bytes.mid(xrefOffset + 4, trailer - xrefOffset - 4).split('\n');
    int next = -1;
    for (const QByteArray &raw : lines) {
        const QList<QByteArray> parts = raw.simplified().split(' ');
        if (parts.size() == 2 && !parts[0].isEmpty()) {
            next = parts[0].toInt();
        } else if (parts.size() == 3 && next >= 0) {
            if (parts[2] == "n")
                m_offsets.insert(next, parts[0].toLongLong());
            ++next;
        }
    }
    const QByteArray dictionary = m_bytes.mid(trailer, start - trailer);
    static const QRegularExpression sizeKey(QStringLiteral("/Size\\s+(\\d+)"));
    const auto sizeMatch = sizeKey.match(QString::fromLatin1(dictionary));
    size = sizeMatch.hasMatch() ? sizeMatch.captured(1).toInt() : 0;
    root = reference(dictionary, "/Root").value_or(0);
    info = reference(dictionary, "/Info").value_or(0);
    const qsizetype idAt = dictionary.indexOf("/ID");
    if (idAt >= 0) {
        const qsizetype open = dictionary.indexOf('[', idAt);
        const qsizetype close = dictionary.indexOf(']', open);
        if (open > 0 && close > open)
            id = dictionary.mid(open, close - open + 1);
    }
    if (size <= 0 || root <= 0 || m_offsets.isEmpty())
        return malformed("incomplete trailer");
    return {};
}

std::optional<QByteArray> PdfFile::object(int number) const
{
    const auto it = m_offsets.constFind(number);
    if (it == m_offsets.constEnd())
        return std::nullopt;
    const QByteArray head = QByteArray::number(number) + " 0 obj";
    if (m_bytes.mid(*it, head.size()) != head)
        return std::nullopt;
    const qsizetype end = m_bytes.indexOf("endobj", *it);
    if (end < 0)
        return std::nullopt;
    return m_bytes.mid(*it + head.size(), end - *it - head.size()).trimmed();
}

std::optional<int> PdfFile::reference(const QByteArray &dictionary, const char *key)
{
    const QRegularExpression pattern(QRegularExpression::escape(QString::fromLatin1(key)) + QStringLiteral("\\s+(\\d+)\\s+0\\s+R"));
    const auto match = pattern.match(QString::fromLatin1(dictionary));
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

QList<int> referencesIn(const QByteArray &array)
{
    QList<int> numbers;
    static const QRegularExpression pattern(QStringLiteral("(\\d+)\\s+0\\s+R"));
    auto it = pattern.globalMatch(QString::fromLatin1(array));
    while (it.hasNext())
        numbers.append(it.next().captured(1).toInt());
    return numbers;
}

// The page objects in order (following nested page trees).
bool collectPages(const PdfFile &file, int node, QList<int> &pages, int depth = 0)
{
    const auto object = file.object(node);
    if (!object || depth > 32)
        return false;
    if (!object->contains("/Kids")) {
        pages.append(node);
        return true;
    }
    const qsizetype kids = object->indexOf("/Kids");
    const qsizetype open = object->indexOf('[', kids);
    const qsizetype close = object->indexOf(']', open);
    if (open < 0 || close < 0)
        return false;
    for (int kid : referencesIn(object->mid(open, close - open + 1))) {
        if (!collectPages(file, kid, pages, depth + 1))
            return false;
    }
    return true;
}

// Writes the new objects and keeps their offsets for the cross-reference section.
class UpdateWriter {
public:
    UpdateWriter(qint64 base, int nextNumber) : m_base(base), m_next(nextNumber) {}
    int reserve() { return m_next++; }
    void write(int number, const QByteArray &body)
    {
        m_offsets.insert(number, m_base + m_out.size());
        m_out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    QByteArray finish(const PdfFile &file, int info, int root);

private:
    qint64 m_base;
    int m_next;
    QByteArray m_out;
    QMap<int, qint64> m_offsets;
};

QByteArray UpdateWriter::finish(const PdfFile &file, int info, int root)
{
    const qint64 xref = m_base + m_out.size();
    m_out += "xref\n";
    for (auto it = m_offsets.constBegin(); it != m_offsets.constEnd();) {
        auto end = it;
        int count = 0;
        while (end != m_offsets.constEnd() && end.key() == it.key() + count) {
            ++end;
            ++count;
        }
        m_out += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != end; ++it)
            m_out += QByteArray::number(*it).rightJustified(10, '0') + " 00000 n \n";
    }
    m_out += "trailer\n<<\n/Size " + QByteArray::number(std::max(m_next, file.size)) + "\n/Root " + ref(root) + "\n/Info " + ref(info)
        + "\n/Prev " + QByteArray::number(file.xrefOffset) + '\n';
    if (!file.id.isEmpty())
        m_out += "/ID " + file.id + '\n';
    m_out += ">>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return m_out;
}

QByteArray destination(int pageObject, qreal top)
{
    return '[' + ref(pageObject) + " /XYZ 0 " + num(top) + " null]";
}

// A stream object, compressed.
QByteArray stream(const QByteArray &content)
{
    // qCompress() is zlib behind a four-byte length: without it, a FlateDecode stream.
    const QByteArray compressed = qCompress(content).mid(4);
    return "<<\n/Length " + QByteArray::number(compressed.size()) + "\n/Filter /FlateDecode\n>>\nstream\n" + compressed + "\nendstream";
}

struct OutlineNode {
    int object = 0;
    int parent = -1;  // index, -1: the outline root
    QList<int> children;
};

} // namespace

QByteArray pdfDate(const QDateTime &time)
{
    return "D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

QByteArray pdfTextString(const QString &text)
{
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

Result<QByteArray> pdfUpdate(const QByteArray &pdf, const PdfInfo &info, const QList<PdfBookmark> &bookmarks, const QList<PdfLink> &links,
                             const PdfOverlay &overlay)
{
    PdfFile file(pdf);
    if (Status parsed = file.parse(); !parsed)
        return parsed.error();
    const auto catalog = file.object(file.root);
    if (!catalog || !catalog->startsWith("<<") || !catalog->endsWith(">>"))
        return malformed("no catalog");
    const auto pagesRoot = PdfFile::reference(*catalog, "/Pages");
    QList<int> pages;
    if (!pagesRoot || !collectPages(file, *pagesRoot, pages))
        return malformed("no page tree");
    // Every page has the same height; read it from the first page's media box.
    const auto firstPage = file.object(pages.value(0));
    static const QRegularExpression mediaBox(QStringLiteral("/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"));
    const auto box = mediaBox.match(QString::fromLatin1(firstPage.value_or(QByteArray())));
    if (!box.hasMatch())
        return malformed("no media box");
    const qreal pageHeight = box.captured(4).toDouble();
    auto yOf = [&](qreal top) { return pageHeight - top; };

    const bool newline = pdf.endsWith('\n');
    UpdateWriter out(pdf.size() + (newline ? 0 : 1), std::max(file.size, 1));

    // The information dictionary, whole.
    const int infoObject = file.info > 0 ? file.info : out.reserve();
    QByteArray infoDict = "<<\n/Title " + pdfTextString(info.title) + "\n/Author " + pdfTextString(info.author) + "\n/Subject "
        + pdfTextString(info.subject) + "\n/Creator " + pdfTextString(info.creator) + "\n/Producer " + pdfTextString(info.producer)
        + "\n/CreationDate (" + pdfDate(info.created) + ")\n/ModDate (" + pdfDate(info.created) + ")\n>>";
    out.write(infoObject, infoDict);

    // The overlay: two shared streams around every page's own content, which is wrapped in
    // q … Q so that it cannot leave the graphics state changed for what follows.
    QMap<int, QByteArray> rewrittenPages;
    if (!overlay.under.isEmpty() || !overlay.over.isEmpty()) {
        const int before = out.reserve();
        const int after = out.reserve();
        out.write(before, stream("q\n" + overlay.under + "Q\nq\n"));
        out.write(after, stream("Q\nq\n" + overlay.over + "Q\n"));
        static const QRegularExpression contents(QStringLiteral("/Contents\\s+(\\d+)\\s+0\\s+R"));
        for (int pageObject : std::as_const(pages)) {
            const QString page = QString::fromLatin1(file.object(pageObject).value_or(QByteArray()));
            const auto match = contents.match(page);
            if (!match.hasMatch())
                return malformed("page contents");
            QString wrapped = page;
            wrapped.replace(match.capturedStart(), match.capturedLength(),
                            QStringLiteral("/Contents [%1 0 R %2 0 R %3 0 R]").arg(before).arg(match.captured(1)).arg(after));
            rewrittenPages.insert(pageObject, wrapped.toLatin1());
        }
    }

    // Links: new annotations, added to each page's annotation array.
    QMap<int, QList<int>> annotationsOfPage;
    for (const PdfLink &link : links) {
        if (link.page < 0 || link.page >= pages.size() || link.targetPage < 0 || link.targetPage >= pages.size())
            continue;
        const int object = out.reserve();
        const QRectF r = link.rect;
        out.write(object, "<<\n/Type /Annot\n/Subtype /Link\n/Rect [" + num(r.left()) + ' ' + num(yOf(r.bottom())) + ' ' + num(r.right())
                              + ' ' + num(yOf(r.top())) + "]\n/Border [0 0 0]\n/F 4\n/Dest "
                              + destination(pages[link.targetPage], yOf(link.targetTop)) + "\n>>");
        annotationsOfPage[link.page].append(object);
    }
    for (auto it = annotationsOfPage.constBegin(); it != annotationsOfPage.constEnd(); ++it) {
        const int pageObject = pages[it.key()];
        QByteArray added;
        for (int annotation : it.value())
            added += ' ' + ref(annotation);
        const QByteArray page = rewrittenPages.value(pageObject, file.object(pageObject).value_or(QByteArray()));
        if (const auto array = PdfFile::reference(page, "/Annots")) {
            // Qt writes every page's annotations as an array object of its own: extend it.
            const QByteArray old = file.object(*array).value_or("[]").trimmed();
            if (!old.startsWith('[') || !old.endsWith(']'))
                return malformed("annotation array");
            out.write(*array, old.chopped(1) + added + " ]");
        } else if (!page.contains("/Annots") && page.endsWith(">>")) {
            rewrittenPages.insert(pageObject, page.chopped(2) + "/Annots [" + added + " ]\n>>");
        } else {
            return malformed("page annotations");
        }
    }

    for (auto it = rewrittenPages.constBegin(); it != rewrittenPages.constEnd(); ++it)
        out.write(it.key(), it.value());

    // The outline: a tree by level, every entry with children closed.
    QByteArray newCatalog = *catalog;
    if (!bookmarks.isEmpty()) {
        const int outlineRoot = out.reserve();
        QList<OutlineNode> nodes;
        QList<int> topLevel;
        QList<int> stack;  // indices of the open ancestors, by level
        for (const PdfBookmark &mark : bookmarks) {
            OutlineNode node;
            node.object = out.reserve();
            const int level = std::max(1, mark.level);
            while (stack.size() >= level)
                stack.removeLast();
            node.parent = stack.isEmpty() ? -1 : stack.last();
            const int index = int(nodes.size());
            nodes.append(node);
            if (node.parent < 0)
                topLevel.append(index);
            else
                nodes[node.parent].children.append(index);
            stack.append(index);
        }
        auto siblingsOf = [&](int index) -> const QList<int> & { return nodes[index].parent < 0 ? topLevel : nodes[nodes[index].parent].children; };
        for (int i = 0; i < nodes.size(); ++i) {
            const PdfBookmark &mark = bookmarks[i];
            const OutlineNode &node = nodes[i];
            const QList<int> &siblings = siblingsOf(i);
            const qsizetype at = siblings.indexOf(i);
            QByteArray item = "<<\n/Title " + pdfTextString(mark.title) + "\n/Parent "
                + ref(node.parent < 0 ? outlineRoot : nodes[node.parent].object);
            if (at > 0)
                item += "\n/Prev " + ref(nodes[siblings[at - 1]].object);
            if (at + 1 < siblings.size())
                item += "\n/Next " + ref(nodes[siblings[at + 1]].object);
            if (!node.children.isEmpty()) {
                item += "\n/First " + ref(nodes[node.children.first()].object) + "\n/Last " + ref(nodes[node.children.last()].object)
                    + "\n/Count -" + QByteArray::number(node.children.size());
            }
            const int page = std::clamp(mark.page, 0, int(pages.size()) - 1);
            item += "\n/Dest " + destination(pages[page], yOf(mark.top)) + "\n>>";
            out.write(node.object, item);
        }
        out.write(outlineRoot, "<<\n/Type /Outlines\n/First " + ref(nodes[topLevel.first()].object) + "\n/Last "
                                   + ref(nodes[topLevel.last()].object) + "\n/Count " + QByteArray::number(topLevel.size()) + "\n>>");
        if (newCatalog.contains("/Outlines"))
            return malformed("catalog already has an outline");
        newCatalog = newCatalog.chopped(2) + "/Outlines " + ref(outlineRoot) + "\n/PageMode /UseOutlines\n>>";
        out.write(file.root, newCatalog);
    }
    QByteArray bytes = newline ? QByteArray() : QByteArray("\n");
    bytes += out.finish(file, infoObject, file.root);
    return bytes;
}

} // namespace dc::render
