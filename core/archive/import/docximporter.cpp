// Word (.docx) to Markdown: word/document.xml for the text, word/styles.xml for headings
// ("heading 1", "标题 1", outline levels), bold and italic, word/numbering.xml for list kinds,
// word/_rels/document.xml.rels and word/media for images, docProps/core.xml for the title.

#include "core/archive/import/importers.h"

#include "core/archive/archivereader.h"
#include "core/archive/import/markdownbuilder.h"
#include "core/archive/import/officepackage.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <optional>

namespace dc::importing {

namespace {

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kWStrict = QStringLiteral("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QString kRels = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kDocument = QStringLiteral("word/document.xml");

constexpr int kMaxColumns = 256;

struct Format {
    bool bold = false;
    bool italic = false;
};

struct Style {
    QString basedOn;
    std::optional<bool> bold;
    std::optional<bool> italic;
    int headingLevel = 0; // 1..9 from the name or the outline level
    bool title = false;
    QString numId;
    int ilvl = 0;
};

// w:b, w:i: on unless w:val says off.
bool toggle(const QXmlStreamAttributes &attributes)
{
    const auto value = attributes.value(kW, QLatin1String("val")).isNull() ? attributes.value(kWStrict, QLatin1String("val")) : attributes.value(kW, QLatin1String("val"));
    return !(value == u"0" || value == u"false" || value == u"off" || value == u"none");
}

QStringView wValue(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes)
        if (attribute.name() == u"val")
            return attribute.value();
    return {};
}

// An attribute by its local name, whatever namespace: r:embed, r:id.
QStringView localAttribute(const QXmlStreamAttributes &attributes, QStringView name)
{
    for (const QXmlStreamAttribute &attribute : attributes)
        if (attribute.name() == name)
            return attribute.value();
    return {};
}

int headingFromName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:heading|标题)\\s*([1-9])$"), QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(name.trimmed());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

class DocxParser final {
public:
    DocxParser(const OfficePackage &package, ImageCollector &images) : m_package(package), m_images(images) {}

    Status readStyles();
    Status readNumbering();
    Status readRelationships();
    Status readDocument();
    QString readCoreTitle();
    QString markdown() const { return m_md.markdown(); }
    QString title() const { return m_title.isEmpty() ? m_md.firstHeading() : m_title; }
    void setTitle(const QString &title) { m_title = title; }

private:
    bool isW(QStringView name) const
    {
        return (m_xml.namespaceUri() == kW || m_xml.namespaceUri() == kWStrict) && m_xml.name() == name;
    }
    bool start(const QString &part);
    Status finish(const QString &part) const;
    void readStyleProperties(Style &style, int depth = 0);

    bool enter();
    void leave() { --m_depth; }
    void parseBlocks();
    void parseParagraph();
    void parseRuns(Inlines &out, Format base);
    void parseRun(Inlines &out, Format base);
    void parseDrawing(Inlines &out);
    void parseRows(QList<TableRow> &rows);
    void parseTable();
    Format styleFormat(const QString &styleId) const;
    const Style *style(const QString &styleId) const;

    const OfficePackage &m_package;
    ImageCollector &m_images;
    QXmlStreamReader m_xml;
    QHash<QString, Style> m_styles;
    QHash<QString, QString> m_numToAbstract;
    QHash<QString, QHash<int, bool>> m_abstractOrdered; // abstractNumId -> level -> ordered
    QHash<QString, QString> m_imageTargets;             // relationship id -> part name
    MarkdownBuilder m_md;
    QString m_title;
    Inlines *m_cell = nullptr;
    int m_depth = 0;
};

bool DocxParser::start(const QString &part)
{
    m_xml.clear();
    m_xml.addData(m_package.part(part));
    return openRoot(m_xml);
}

Status DocxParser::finish(const QString &part) const
{
    if (m_xml.hasError())
        return m_package.xmlError(part, m_xml);
    return {};
}

bool DocxParser::enter()
{
    if (++m_depth > kMaxNesting) {
        m_xml.raiseError(OfficePackage::tr("the elements are nested too deeply"));
        return false;
    }
    return true;
}

Status DocxParser::readStyles()
{
    const QString part = QStringLiteral("word/styles.xml");
    if (!m_package.contains(part))
        return {};
    if (start(part)) {
        while (m_xml.readNextStartElement()) {
            if (!isW(u"style")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString id = localAttribute(m_xml.attributes(), u"styleId").toString();
            Style style;
            style.headingLevel = headingFromName(id);
            style.title = id.compare(u"Title", Qt::CaseInsensitive) == 0;
            readStyleProperties(style);
            m_styles.insert(id, style);
        }
    }
    return finish(part);
}

void DocxParser::readStyleProperties(Style &style, int depth)
{
    if (depth > kMaxNesting) {
        m_xml.raiseError(OfficePackage::tr("the elements are nested too deeply"));
        return;
    }
    while (m_xml.readNextStartElement()) {
        if (isW(u"name")) {
            const QString name = wValue(m_xml.attributes()).toString().trimmed();
            if (const int level = headingFromName(name); level > 0)
                style.headingLevel = level;
            if (name.compare(u"Title", Qt::CaseInsensitive) == 0 || name == u"标题")
                style.title = true;
            m_xml.skipCurrentElement();
        } else if (isW(u"basedOn")) {
            style.basedOn = wValue(m_xml.attributes()).toString();
            m_xml.skipCurrentElement();
        } else if (isW(u"pPr") || isW(u"rPr") || isW(u"numPr")) {
            readStyleProperties(style, depth + 1);
        } else if (isW(u"outlineLvl")) {
            const int level = wValue(m_xml.attributes()).toInt() + 1;
            if (level >= 1 && level <= 9 && style.headingLevel == 0)
                style.headingLevel = level;
            m_xml.skipCurrentElement();
        } else if (isW(u"numId")) {
            style.numId = wValue(m_xml.attributes()).toString();
            m_xml.skipCurrentElement();
        } else if (isW(u"ilvl")) {
            style.ilvl = wValue(m_xml.attributes()).toInt();
            m_xml.skipCurrentElement();
        } else if (isW(u"b")) {
            style.bold = toggle(m_xml.attributes());
            m_xml.skipCurrentElement();
        } else if (isW(u"i")) {
            style.italic = toggle(m_xml.attributes());
            m_xml.skipCurrentElement();
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

Status DocxParser::readNumbering()
{
    const QString part = QStringLiteral("word/numbering.xml");
    if (!m_package.contains(part))
        return {};
    if (start(part)) {
        while (m_xml.readNextStartElement()) {
            if (isW(u"abstractNum")) {
                const QString id = localAttribute(m_xml.attributes(), u"abstractNumId").toString();
                QHash<int, bool> levels;
                while (m_xml.readNextStartElement()) {
                    if (!isW(u"lvl")) {
                        m_xml.skipCurrentElement();
                        continue;
                    }
                    const int level = localAttribute(m_xml.attributes(), u"ilvl").toInt();
                    while (m_xml.readNextStartElement()) {
                        if (isW(u"numFmt")) {
                            const auto format = wValue(m_xml.attributes());
                            levels.insert(level, format != u"bullet" && format != u"none");
                        }
                        m_xml.skipCurrentElement();
                    }
                }
                m_abstractOrdered.insert(id, levels);
            } else if (isW(u"num")) {
                const QString id = localAttribute(m_xml.attributes(), u"numId").toString();
                while (m_xml.readNextStartElement()) {
                    if (isW(u"abstractNumId"))
                        m_numToAbstract.insert(id, wValue(m_xml.attributes()).toString());
                    m_xml.skipCurrentElement();
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }
    return finish(part);
}

Status DocxParser::readRelationships()
{
    const QString part = QStringLiteral("word/_rels/document.xml.rels");
    if (!m_package.contains(part))
        return {};
    if (start(part)) {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Relationship") {
                const auto attributes = m_xml.attributes();
                const QString target = attributes.value(QLatin1String("Target")).toString();
                if (attributes.value(QLatin1String("TargetMode")) != u"External" && !target.isEmpty()) {
                    const QString resolved = QDir::cleanPath(target.startsWith(u'/') ? target.mid(1) : u"word/" + target);
                    if (!resolved.startsWith(u"../"))
                        m_imageTargets.insert(attributes.value(QLatin1String("Id")).toString(), resolved);
                }
            }
            m_xml.skipCurrentElement();
        }
    }
    return finish(part);
}

QString DocxParser::readCoreTitle()
{
    if (!start(QStringLiteral("docProps/core.xml")))
        return {};
    while (!m_xml.atEnd()) {
        if (m_xml.readNext() == QXmlStreamReader::StartElement && m_xml.namespaceUri() == kDc && m_xml.name() == u"title")
            return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    return {}; // a damaged core.xml only loses the title
}

const Style *DocxParser::style(const QString &styleId) const
{
    const auto found = m_styles.constFind(styleId);
    return found == m_styles.cend() ? nullptr : &*found;
}

Format DocxParser::styleFormat(const QString &styleId) const
{
    std::optional<bool> bold;
    std::optional<bool> italic;
    QString current = styleId;
    for (int hops = 0; hops < 16 && !current.isEmpty(); ++hops) {
        const Style *s = style(current);
        if (!s)
            break;
        if (!bold)
            bold = s->bold;
        if (!italic)
            italic = s->italic;
        current = s->basedOn;
    }
    return Format{bold.value_or(false), italic.value_or(false)};
}

Status DocxParser::readDocument()
{
    if (start(kDocument)) {
        while (m_xml.readNextStartElement()) {
            if (isW(u"body"))
                parseBlocks();
            else
                m_xml.skipCurrentElement();
        }
    }
    return finish(kDocument);
}

void DocxParser::parseBlocks()
{
    if (!enter())
        return;
    while (m_xml.readNextStartElement()) {
        if (isW(u"p"))
            parseParagraph();
        else if (isW(u"tbl"))
            parseTable();
        else if (isW(u"sdt") || isW(u"sdtContent") || isW(u"customXml") || isW(u"ins") || isW(u"smartTag"))
            parseBlocks();
        else
            m_xml.skipCurrentElement(); // section properties, bookmarks, deleted text
    }
    leave();
}

void DocxParser::parseParagraph()
{
    if (!enter())
        return;
    QString styleId;
    QString numId;
    int ilvl = -1;
    int outline = 0;
    Inlines text;
    while (m_xml.readNextStartElement()) {
        if (isW(u"pPr")) {
            while (m_xml.readNextStartElement()) {
                if (isW(u"pStyle")) {
                    styleId = wValue(m_xml.attributes()).toString();
                } else if (isW(u"numPr")) {
                    while (m_xml.readNextStartElement()) {
                        if (isW(u"numId"))
                            numId = wValue(m_xml.attributes()).toString();
                        else if (isW(u"ilvl"))
                            ilvl = wValue(m_xml.attributes()).toInt();
                        m_xml.skipCurrentElement();
                    }
                    continue;
                } else if (isW(u"outlineLvl")) {
                    outline = wValue(m_xml.attributes()).toInt() + 1;
                }
                m_xml.skipCurrentElement();
            }
        } else {
            // Runs come after the properties; the paragraph style's formatting applies to them.
            const Format base = styleFormat(styleId);
            if (isW(u"r"))
                parseRun(text, base);
            else if (isW(u"hyperlink") || isW(u"ins") || isW(u"smartTag") || isW(u"fldSimple") || isW(u"customXml")
                     || isW(u"sdt") || isW(u"sdtContent") || isW(u"moveTo"))
                parseRuns(text, base);
            else
                m_xml.skipCurrentElement(); // deletions, bookmarks, comments
        }
    }
    // The style chain supplies what the paragraph does not say itself.
    int level = outline >= 1 && outline <= 9 ? outline : 0;
    bool title = false;
    QString current = styleId;
    for (int hops = 0; hops < 16 && !current.isEmpty(); ++hops) {
        const Style *s = style(current);
        if (!s)
            break;
        if (level == 0)
            level = s->headingLevel;
        title = title || s->title;
        if (numId.isEmpty() && !s->numId.isEmpty()) {
            numId = s->numId;
            if (ilvl < 0)
                ilvl = s->ilvl;
        }
        current = s->basedOn;
    }
    if (!m_cell && title && level == 0 && m_title.isEmpty()) {
        m_title = text.plainText();
    } else if (m_cell) {
        m_cell->appendBlock(text);
    } else if (level > 0) {
        m_md.heading(level, text);
    } else if (!numId.isEmpty() && numId != u"0") {
        const int itemLevel = qBound(0, ilvl, 8);
        const bool ordered = m_abstractOrdered.value(m_numToAbstract.value(numId)).value(itemLevel, false);
        m_md.listItem(ordered, itemLevel, text);
    } else {
        m_md.paragraph(text);
    }
    leave();
}

void DocxParser::parseRuns(Inlines &out, Format base)
{
    if (!enter())
        return;
    while (m_xml.readNextStartElement()) {
        if (isW(u"r"))
            parseRun(out, base);
        else if (isW(u"hyperlink") || isW(u"ins") || isW(u"smartTag") || isW(u"fldSimple") || isW(u"customXml")
                 || isW(u"sdt") || isW(u"sdtContent") || isW(u"moveTo"))
            parseRuns(out, base);
        else
            m_xml.skipCurrentElement();
    }
    leave();
}

void DocxParser::parseRun(Inlines &out, Format base)
{
    Format format = base;
    std::optional<bool> bold;
    std::optional<bool> italic;
    while (m_xml.readNextStartElement()) {
        if (isW(u"rPr")) {
            while (m_xml.readNextStartElement()) {
                if (isW(u"rStyle")) {
                    const Format styled = styleFormat(wValue(m_xml.attributes()).toString());
                    format.bold = format.bold || styled.bold;
                    format.italic = format.italic || styled.italic;
                } else if (isW(u"b")) {
                    bold = toggle(m_xml.attributes());
                } else if (isW(u"i")) {
                    italic = toggle(m_xml.attributes());
                }
                m_xml.skipCurrentElement();
            }
            format.bold = bold.value_or(format.bold);
            format.italic = italic.value_or(format.italic);
        } else if (isW(u"t")) {
            out.addText(m_xml.readElementText(QXmlStreamReader::SkipChildElements), format.bold, format.italic);
        } else if (isW(u"tab") || isW(u"ptab")) {
            out.addText(QStringLiteral(" "), format.bold, format.italic);
            m_xml.skipCurrentElement();
        } else if (isW(u"br") || isW(u"cr")) {
            const auto type = localAttribute(m_xml.attributes(), u"type");
            if (type.isEmpty() || type == u"textWrapping")
                out.addLineBreak();
            m_xml.skipCurrentElement();
        } else if (isW(u"noBreakHyphen")) {
            out.addText(QStringLiteral("-"), format.bold, format.italic);
            m_xml.skipCurrentElement();
        } else if (isW(u"drawing") || isW(u"pict") || isW(u"object")) {
            parseDrawing(out);
        } else {
            m_xml.skipCurrentElement(); // field instructions, deleted text, footnote marks
        }
    }
}

// Finds the picture in a drawing (a:blip r:embed, v:imagedata r:id) and its description.
void DocxParser::parseDrawing(Inlines &out)
{
    QString alt;
    QString relationship;
    int depth = 1;
    while (depth > 0 && !m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (++depth > kMaxNesting) {
                m_xml.raiseError(OfficePackage::tr("the elements are nested too deeply"));
                return;
            }
            const auto attributes = m_xml.attributes();
            if (m_xml.name() == u"docPr") {
                alt = attributes.value(QLatin1String("descr")).toString();
                if (alt.isEmpty())
                    alt = attributes.value(QLatin1String("title")).toString();
            } else if (m_xml.name() == u"blip" && relationship.isEmpty()) {
                relationship = localAttribute(attributes, u"embed").toString();
            } else if (m_xml.name() == u"imagedata" && relationship.isEmpty()) {
                relationship = localAttribute(attributes, u"id").toString();
                if (alt.isEmpty())
                    alt = localAttribute(attributes, u"title").toString();
            }
        }
    }
    const QString part = m_imageTargets.value(relationship);
    const QString name = part.isEmpty() || !m_package.contains(part) ? QString() : m_images.add(part, m_package.part(part));
    if (!name.isEmpty())
        out.addImage(alt, name);
}

void DocxParser::parseRows(QList<TableRow> &rows)
{
    if (!enter())
        return;
    while (m_xml.readNextStartElement()) {
        if (isW(u"tr")) {
            TableRow row;
            while (m_xml.readNextStartElement()) {
                if (!isW(u"tc")) {
                    m_xml.skipCurrentElement();
                    continue;
                }
                int span = 1;
                Inlines cell;
                Inlines *outer = m_cell;
                m_cell = &cell;
                if (enter()) {
                    while (m_xml.readNextStartElement()) {
                        if (isW(u"tcPr")) {
                            while (m_xml.readNextStartElement()) {
                                if (isW(u"gridSpan"))
                                    span = qBound(1, wValue(m_xml.attributes()).toInt(), kMaxColumns);
                                m_xml.skipCurrentElement();
                            }
                        } else if (isW(u"p")) {
                            parseParagraph();
                        } else if (isW(u"tbl")) {
                            parseTable();
                        } else if (isW(u"sdt") || isW(u"sdtContent") || isW(u"customXml")) {
                            parseBlocks();
                        } else {
                            m_xml.skipCurrentElement();
                        }
                    }
                    leave();
                }
                m_cell = outer;
                for (int s = 0; s < span && row.size() < kMaxColumns; ++s)
                    row.append(s == 0 ? cell : Inlines());
            }
            rows.append(row);
        } else if (isW(u"sdt") || isW(u"sdtContent") || isW(u"customXml")) {
            parseRows(rows);
        } else {
            m_xml.skipCurrentElement(); // table properties, grid
        }
    }
    leave();
}

void DocxParser::parseTable()
{
    QList<TableRow> rows;
    parseRows(rows);
    if (m_cell) {
        for (const TableRow &row : std::as_const(rows))
            for (const Inlines &cell : row)
                m_cell->appendBlock(cell);
    } else {
        m_md.table(rows);
    }
}

} // namespace

Result<ImportedDocument> importDocx(ArchiveReader &reader)
{
    Result<OfficePackage> package = OfficePackage::read(reader, QStringLiteral("DOCX"));
    if (!package)
        return package.error();
    if (!package->contains(kDocument))
        return package->missingPart(kDocument);
    ImageCollector images;
    DocxParser parser(*package, images);
    for (Status (DocxParser::*step)() : {&DocxParser::readStyles, &DocxParser::readNumbering, &DocxParser::readRelationships}) {
        if (const Status done = (parser.*step)(); !done)
            return done.error();
    }
    parser.setTitle(parser.readCoreTitle());
    if (const Status document = parser.readDocument(); !document)
        return document.error();
    return ImportedDocument{parser.title(), parser.markdown(), images.images()};
}

} // namespace dc::importing
