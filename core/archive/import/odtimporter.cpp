// OpenDocument text (.odt) to Markdown: content.xml for the text, styles.xml and the automatic
// styles for headings, bold, italic and list kinds, meta.xml for the title, Pictures/ for images.

#include "core/archive/import/importers.h"

#include "core/archive/archivereader.h"
#include "core/archive/import/markdownbuilder.h"
#include "core/archive/import/officepackage.h"

#include <QHash>
#include <QXmlStreamReader>

#include <optional>

namespace dc::importing {

namespace {

const QString kOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kDraw = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString kStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kFo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString kXlink = QStringLiteral("http://www.w3.org/1999/xlink");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");

constexpr int kMaxRepeat = 64;   // table:number-columns/rows-repeated honoured up to this
constexpr int kMaxColumns = 256;
constexpr int kMaxSpaces = 64;

struct Format {
    bool bold = false;
    bool italic = false;
};

struct Style {
    QString parent;
    std::optional<bool> bold;
    std::optional<bool> italic;
    int outlineLevel = 0;
    bool title = false;
};

std::optional<bool> isBoldWeight(QStringView weight)
{
    if (weight.isEmpty())
        return std::nullopt;
    if (weight == u"bold")
        return true;
    bool number = false;
    const int value = weight.toInt(&number);
    return number ? value >= 600 : false;
}

std::optional<bool> isItalicStyle(QStringView style)
{
    if (style.isEmpty())
        return std::nullopt;
    return style == u"italic" || style == u"oblique";
}

class OdtParser final {
public:
    OdtParser(const OfficePackage &package, ImageCollector &images) : m_package(package), m_images(images) {}

    Status readStyles(const QString &part);
    Status readContent();
    QString readMetaTitle();
    QString markdown() const { return m_md.markdown(); }
    QString title() const { return m_title.isEmpty() ? m_md.firstHeading() : m_title; }
    void setMetaTitle(const QString &title) { m_title = title; }

private:
    void readStyleElements(int depth);
    void readStyle();
    void readListStyle();
    Format resolve(const QString &family, const QString &name) const;
    int outlineLevel(const QString &name) const;
    bool isTitle(const QString &name) const;

    bool enter();
    void leave() { --m_depth; }
    void parseBlocks();
    void parseInline(Inlines &out, Format format);
    void parseFrame(Inlines &out);
    void parseList(int level, QString listStyle);
    void parseTable();
    void parseRows(QList<TableRow> &rows);
    void emitHeading(int level, const Inlines &text);
    void emitParagraph(const Inlines &text);
    void emitItem(bool ordered, int level, const Inlines &text);

    const OfficePackage &m_package;
    ImageCollector &m_images;
    QXmlStreamReader m_xml;
    QHash<QString, Style> m_styles;            // "family/name"
    QHash<QString, QHash<int, bool>> m_lists;  // list style -> level -> ordered
    MarkdownBuilder m_md;
    QString m_title;
    Inlines *m_cell = nullptr; // inside a table cell, blocks become lines of the cell
    int m_depth = 0;
    bool m_atBody = false;
};

Status OdtParser::readStyles(const QString &part)
{
    m_xml.clear();
    m_xml.addData(m_package.part(part));
    if (openRoot(m_xml))
        readStyleElements(0);
    if (m_xml.hasError())
        return m_package.xmlError(part, m_xml);
    return {};
}

// Walks office:styles / office:automatic-styles, wherever they are, for style definitions.
void OdtParser::readStyleElements(int depth)
{
    if (depth > kMaxNesting) {
        m_xml.raiseError(OfficePackage::tr("the elements are nested too deeply"));
        return;
    }
    while (m_xml.readNextStartElement()) {
        const auto ns = m_xml.namespaceUri();
        const auto name = m_xml.name();
        if (ns == kStyle && name == u"style")
            readStyle();
        else if (ns == kText && name == u"list-style")
            readListStyle();
        else if (ns == kOffice && name == u"body") {
            m_atBody = true; // content.xml: the body is read by readContent()
            return;
        } else if (ns == kOffice && (name == u"document-content" || name == u"document-styles" || name == u"styles" || name == u"automatic-styles")) {
            readStyleElements(depth + 1);
            if (m_atBody)
                return;
        } else
            m_xml.skipCurrentElement();
    }
}

void OdtParser::readStyle()
{
    const auto attributes = m_xml.attributes();
    const QString key = attributes.value(kStyle, QLatin1String("family")) + u'/' + attributes.value(kStyle, QLatin1String("name"));
    Style style;
    style.parent = attributes.value(kStyle, QLatin1String("parent-style-name")).toString();
    style.outlineLevel = attributes.value(kStyle, QLatin1String("default-outline-level")).toInt();
    const auto name = attributes.value(kStyle, QLatin1String("name"));
    style.title = name == u"Title" || attributes.value(kStyle, QLatin1String("display-name")) == u"Title";
    while (m_xml.readNextStartElement()) {
        if (m_xml.namespaceUri() == kStyle && m_xml.name() == u"text-properties") {
            const auto props = m_xml.attributes();
            style.bold = isBoldWeight(props.value(kFo, QLatin1String("font-weight")));
            if (!style.bold)
                style.bold = isBoldWeight(props.value(kStyle, QLatin1String("font-weight-asian")));
            style.italic = isItalicStyle(props.value(kFo, QLatin1String("font-style")));
            if (!style.italic)
                style.italic = isItalicStyle(props.value(kStyle, QLatin1String("font-style-asian")));
        }
        m_xml.skipCurrentElement();
    }
    m_styles.insert(key, style);
}

void OdtParser::readListStyle()
{
    QHash<int, bool> levels;
    const QString name = m_xml.attributes().value(kStyle, QLatin1String("name")).toString();
    while (m_xml.readNextStartElement()) {
        const int level = m_xml.attributes().value(kText, QLatin1String("level")).toInt();
        if (m_xml.namespaceUri() == kText && m_xml.name() == u"list-level-style-number")
            levels.insert(level, true);
        else if (m_xml.namespaceUri() == kText && m_xml.name().startsWith(u"list-level-style-"))
            levels.insert(level, false);
        m_xml.skipCurrentElement();
    }
    m_lists.insert(name, levels);
}

Format OdtParser::resolve(const QString &family, const QString &name) const
{
    std::optional<bool> bold;
    std::optional<bool> italic;
    QString current = name;
    for (int hops = 0; hops < 16 && !current.isEmpty() && (!bold || !italic); ++hops) {
        const auto style = m_styles.constFind(family + u'/' + current);
        if (style == m_styles.cend())
            break;
        if (!bold)
            bold = style->bold;
        if (!italic)
            italic = style->italic;
        current = style->parent;
    }
    return Format{bold.value_or(false), italic.value_or(false)};
}

int OdtParser::outlineLevel(const QString &name) const
{
    QString current = name;
    for (int hops = 0; hops < 16 && !current.isEmpty(); ++hops) {
        const auto style = m_styles.constFind(u"paragraph/" + current);
        if (style == m_styles.cend())
            return 0;
        if (style->outlineLevel > 0)
            return style->outlineLevel;
        current = style->parent;
    }
    return 0;
}

bool OdtParser::isTitle(const QString &name) const
{
    QString current = name;
    for (int hops = 0; hops < 16 && !current.isEmpty(); ++hops) {
        const auto style = m_styles.constFind(u"paragraph/" + current);
        if (style == m_styles.cend())
            return false;
        if (style->title)
            return true;
        current = style->parent;
    }
    return false;
}

Status OdtParser::readContent()
{
    const QString part = QStringLiteral("content.xml");
    m_xml.clear();
    m_xml.addData(m_package.part(part));
    if (openRoot(m_xml)) {
        readStyleElements(0); // automatic styles; stops at office:body
        if (!m_xml.hasError() && m_atBody) {
            while (m_xml.readNextStartElement()) {
                if (m_xml.namespaceUri() == kOffice && m_xml.name() == u"text")
                    parseBlocks();
                else
                    m_xml.skipCurrentElement();
            }
        }
    }
    if (m_xml.hasError())
        return m_package.xmlError(part, m_xml);
    return {};
}

QString OdtParser::readMetaTitle()
{
    m_xml.clear();
    m_xml.addData(m_package.part(QStringLiteral("meta.xml")));
    if (!openRoot(m_xml))
        return {};
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() == QXmlStreamReader::StartElement && m_xml.namespaceUri() == kDc && m_xml.name() == u"title")
            return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    return {}; // a damaged meta.xml only loses the title
}

bool OdtParser::enter()
{
    if (++m_depth > kMaxNesting) {
        m_xml.raiseError(OfficePackage::tr("the elements are nested too deeply"));
        return false;
    }
    return true;
}

void OdtParser::emitHeading(int level, const Inlines &text)
{
    if (m_cell)
        m_cell->appendBlock(text);
    else
        m_md.heading(level, text);
}

void OdtParser::emitParagraph(const Inlines &text)
{
    if (m_cell)
        m_cell->appendBlock(text);
    else
        m_md.paragraph(text);
}

void OdtParser::emitItem(bool ordered, int level, const Inlines &text)
{
    if (m_cell)
        m_cell->appendBlock(text);
    else
        m_md.listItem(ordered, level, text);
}

void OdtParser::parseBlocks()
{
    if (!enter())
        return;
    while (m_xml.readNextStartElement()) {
        const auto ns = m_xml.namespaceUri();
        const auto name = m_xml.name();
        if (ns == kText && name == u"h") {
            const int level = m_xml.attributes().value(kText, QLatin1String("outline-level")).toInt();
            const QString style = m_xml.attributes().value(kText, QLatin1String("style-name")).toString();
            Inlines text;
            parseInline(text, resolve(QStringLiteral("paragraph"), style));
            emitHeading(level > 0 ? level : qMax(1, outlineLevel(style)), text);
        } else if (ns == kText && name == u"p") {
            const QString style = m_xml.attributes().value(kText, QLatin1String("style-name")).toString();
            Inlines text;
            parseInline(text, resolve(QStringLiteral("paragraph"), style));
            if (isTitle(style) && m_title.isEmpty() && !m_cell)
                m_title = text.plainText();
            else if (const int level = outlineLevel(style); level > 0)
                emitHeading(level, text);
            else
                emitParagraph(text);
        } else if (ns == kText && name == u"list") {
            parseList(0, m_xml.attributes().value(kText, QLatin1String("style-name")).toString());
        } else if (ns == kTable && name == u"table") {
            parseTable();
        } else if (ns == kDraw && name == u"frame") {
            Inlines text;
            parseFrame(text);
            emitParagraph(text);
        } else if ((ns == kText && (name == u"section" || name == u"div" || name == u"soft-page-break")) || ns == kOffice) {
            parseBlocks();
        } else {
            m_xml.skipCurrentElement(); // tables of contents, declarations, forms, tracked changes
        }
    }
    leave();
}

void OdtParser::parseInline(Inlines &out, Format format)
{
    if (!enter())
        return;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token == QXmlStreamReader::Characters) {
            out.addText(m_xml.text().toString(), format.bold, format.italic);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto ns = m_xml.namespaceUri();
        const auto name = m_xml.name();
        if (ns == kText && (name == u"span" || name == u"a")) {
            const QString style = m_xml.attributes().value(kText, QLatin1String("style-name")).toString();
            Format inner = format;
            if (!style.isEmpty()) {
                const Format styled = resolve(QStringLiteral("text"), style);
                inner.bold = inner.bold || styled.bold;
                inner.italic = inner.italic || styled.italic;
            }
            parseInline(out, inner);
        } else if (ns == kText && name == u"s") {
            const int count = qBound(1, m_xml.attributes().value(kText, QLatin1String("c")).toInt(), kMaxSpaces);
            out.addText(QString(count, u' '), format.bold, format.italic);
            m_xml.skipCurrentElement();
        } else if (ns == kText && name == u"tab") {
            out.addText(QStringLiteral(" "), format.bold, format.italic);
            m_xml.skipCurrentElement();
        } else if (ns == kText && name == u"line-break") {
            out.addLineBreak();
            m_xml.skipCurrentElement();
        } else if (ns == kDraw && name == u"frame") {
            parseFrame(out);
        } else if (ns == kText && (name == u"note" || name.startsWith(u"bookmark") || name.startsWith(u"reference-mark")
                                   || name == u"soft-page-break" || name == u"change" || name.startsWith(u"change-"))) {
            m_xml.skipCurrentElement();
        } else if (ns == kText) {
            parseInline(out, format); // fields and other text containers: keep their text
        } else {
            m_xml.skipCurrentElement(); // annotations, shapes
        }
    }
    leave();
}

void OdtParser::parseFrame(Inlines &out)
{
    if (!enter())
        return;
    QString alt = m_xml.attributes().value(kDraw, QLatin1String("name")).toString();
    QString href;
    Inlines boxText;
    while (m_xml.readNextStartElement()) {
        const auto ns = m_xml.namespaceUri();
        const auto name = m_xml.name();
        if (ns == kDraw && name == u"image" && href.isEmpty()) {
            href = m_xml.attributes().value(kXlink, QLatin1String("href")).toString();
            m_xml.skipCurrentElement();
        } else if (ns == kSvg && (name == u"title" || name == u"desc")) {
            const QString text = m_xml.readElementText(QXmlStreamReader::SkipChildElements).simplified();
            if (!text.isEmpty() && (name == u"title" || alt.isEmpty() || alt.startsWith(u"Image")))
                alt = text;
        } else if (ns == kDraw && name == u"text-box") {
            Inlines *outer = m_cell;
            m_cell = &boxText;
            parseBlocks();
            m_cell = outer;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (href.startsWith(u"./"))
        href.remove(0, 2);
    const QString image = m_package.contains(href) ? m_images.add(href, m_package.part(href)) : QString();
    if (!image.isEmpty())
        out.addImage(alt, image);
    out.appendBlock(boxText);
    leave();
}

void OdtParser::parseList(int level, QString listStyle)
{
    if (!enter())
        return;
    const QString own = m_xml.attributes().value(kText, QLatin1String("style-name")).toString();
    if (!own.isEmpty())
        listStyle = own;
    const bool ordered = m_lists.value(listStyle).value(level + 1, false);
    while (m_xml.readNextStartElement()) {
        if (m_xml.namespaceUri() != kText || (m_xml.name() != u"list-item" && m_xml.name() != u"list-header")) {
            m_xml.skipCurrentElement();
            continue;
        }
        Inlines item;
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() == kText && (m_xml.name() == u"p" || m_xml.name() == u"h")) {
                Inlines paragraph;
                parseInline(paragraph, resolve(QStringLiteral("paragraph"), m_xml.attributes().value(kText, QLatin1String("style-name")).toString()));
                item.appendBlock(paragraph);
            } else if (m_xml.namespaceUri() == kText && m_xml.name() == u"list") {
                emitItem(ordered, level, item);
                item = Inlines();
                parseList(level + 1, listStyle);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        emitItem(ordered, level, item);
    }
    leave();
}

void OdtParser::parseRows(QList<TableRow> &rows)
{
    if (!enter())
        return;
    while (m_xml.readNextStartElement()) {
        const auto name = m_xml.name();
        if (m_xml.namespaceUri() != kTable) {
            m_xml.skipCurrentElement();
        } else if (name == u"table-row") {
            const int repeat = qBound(1, m_xml.attributes().value(kTable, QLatin1String("number-rows-repeated")).toInt(), kMaxRepeat);
            TableRow row;
            while (m_xml.readNextStartElement()) {
                const bool covered = m_xml.name() == u"covered-table-cell";
                if (m_xml.namespaceUri() != kTable || (m_xml.name() != u"table-cell" && !covered)) {
                    m_xml.skipCurrentElement();
                    continue;
                }
                const auto attributes = m_xml.attributes();
                const int cellRepeat = qBound(1, attributes.value(kTable, QLatin1String("number-columns-repeated")).toInt(), kMaxRepeat);
                const int span = qBound(1, attributes.value(kTable, QLatin1String("number-columns-spanned")).toInt(), kMaxRepeat);
                Inlines cell;
                if (covered) {
                    m_xml.skipCurrentElement();
                } else {
                    Inlines *outer = m_cell;
                    m_cell = &cell;
                    parseBlocks();
                    m_cell = outer;
                }
                for (int i = 0; i < cellRepeat && row.size() < kMaxColumns; ++i) {
                    row.append(cell);
                    for (int s = 1; s < span && row.size() < kMaxColumns; ++s)
                        row.append(Inlines());
                }
            }
            for (int i = 0; i < repeat; ++i)
                rows.append(row);
        } else if (name == u"table-header-rows" || name == u"table-rows" || name == u"table-row-group") {
            parseRows(rows);
        } else {
            m_xml.skipCurrentElement();
        }
    }
    leave();
}

void OdtParser::parseTable()
{
    QList<TableRow> rows;
    parseRows(rows);
    // Spreadsheet-like trailing empty cells and rows are no content.
    qsizetype used = 0;
    for (const TableRow &row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            if (!row[c].isBlank())
                used = qMax(used, c + 1);
    for (TableRow &row : rows)
        if (row.size() > used)
            row.resize(used);
    while (!rows.isEmpty() && std::all_of(rows.last().cbegin(), rows.last().cend(), [](const Inlines &c) { return c.isBlank(); }))
        rows.removeLast();
    if (m_cell) {
        for (const TableRow &row : std::as_const(rows))
            for (const Inlines &cell : row)
                m_cell->appendBlock(cell);
    } else {
        m_md.table(rows);
    }
}

} // namespace

Result<ImportedDocument> importOdt(ArchiveReader &reader)
{
    const QString kind = QStringLiteral("ODT");
    Result<OfficePackage> package = OfficePackage::read(reader, kind);
    if (!package)
        return package.error();
    const QByteArray mimetype = package->part(QStringLiteral("mimetype")).trimmed();
    if (package->contains(QStringLiteral("mimetype")) && !mimetype.startsWith("application/vnd.oasis.opendocument.text"))
        return Error{ErrorCode::InvalidInput, OfficePackage::tr("The ODT file is of another kind (%1), not a text document.")
                                                  .arg(QString::fromUtf8(mimetype.left(80)))};
    if (!package->contains(QStringLiteral("content.xml")))
        return package->missingPart(QStringLiteral("content.xml"));

    ImageCollector images;
    OdtParser parser(*package, images);
    if (package->contains(QStringLiteral("styles.xml"))) {
        if (const Status styles = parser.readStyles(QStringLiteral("styles.xml")); !styles)
            return styles.error();
    }
    parser.setMetaTitle(parser.readMetaTitle());
    if (const Status content = parser.readContent(); !content)
        return content.error();
    return ImportedDocument{parser.title(), parser.markdown(), images.images()};
}

} // namespace dc::importing
