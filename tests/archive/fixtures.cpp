#include "fixtures.h"

#include "core/archive/archivewriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QTextStream>
#include <QTimeZone>

#include <archive.h>
#include <archive_entry.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fixtures {

namespace {

const QDateTime kWhen(QDate(2022, 1, 1), QTime(8, 0), QTimeZone::utc());

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

} // namespace

qint64 RepeatDevice::readData(char *data, qint64 max)
{
    const qint64 n = qMin(max, m_left);
    memset(data, m_fill, size_t(n));
    m_left -= n;
    return n;
}

QByteArray png()
{
    QImage image(4, 3, QImage::Format_RGB32);
    image.fill(Qt::red);
    image.setPixel(1, 1, qRgb(0, 0, 255));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

QByteArray zipPackage(const QList<std::pair<QString, QByteArray>> &parts)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto writer = dc::ArchiveWriter::create(&buffer, dc::ArchiveFormat::Zip);
    if (!writer)
        qFatal("zipPackage: %s", qPrintable(writer.message()));
    for (const auto &[name, data] : parts) {
        const auto compression = name == u"mimetype" ? dc::ArchiveWriter::Compression::Store : dc::ArchiveWriter::Compression::Default;
        if (const dc::Status added = (*writer)->addData(name, data, kWhen, compression); !added)
            qFatal("zipPackage: %s", qPrintable(added.message()));
    }
    if (const dc::Status done = (*writer)->finish(); !done)
        qFatal("zipPackage: %s", qPrintable(done.message()));
    return buffer.data();
}

QString expectedManualMarkdown()
{
    return u"# 1 范围\n"
           u"\n"
           u"本手册规定了**信息安全**与*服务管理*体系的要求，***必须遵守***。\n"
           u"\n"
           u"## 1.1 适用范围\n"
           u"\n"
           u"- 信息安全管理体系（ISMS）\n"
           u"  - ISO/IEC 27001:2013\n"
           u"- 服务管理体系（SMS）\n"
           u"\n"
           u"# 2 文件控制\n"
           u"\n"
           u"1. 编制\n"
           u"2. 审核\n"
           u"3. 批准\n"
           u"\n"
           u"| 文件编号 | 文件名称 | 版本 | 生效日期 |\n"
           u"| --- | --- | --- | --- |\n"
           u"| ISMS-0001-2022 | 信息安全与服务管理手册 | A/0 | 2022-01-01 |\n"
           u"| ISMS-P-012 | 文件控制程序 | A/1 | 2022-03-15 |\n"
           u"\n"
           u"![组织结构图](org-chart.png)\n"
           u"\n"
           u"特殊字符：a\\*b\\_c \\[x\\] \\<y\\> \\| z\n"_s;
}

// ---- OpenDocument -------------------------------------------------------------------------

QList<std::pair<QString, QByteArray>> manualOdtParts(bool metadata)
{
    const QString ns = u"xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                       u"xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                       u"xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                       u"xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                       u"xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                       u"xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                       u"xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
                       u"xmlns:xlink=\"http://www.w3.org/1999/xlink\" "
                       u"xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                       u"xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\""_s;
    const QString styles = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-styles "_s + ns + u"><office:styles>"
        u"<style:style style:name=\"Standard\" style:family=\"paragraph\"/>"
        u"<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\"/>"
        u"<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" style:family=\"paragraph\" style:parent-style-name=\"Heading\" style:default-outline-level=\"1\">"
        u"<style:text-properties fo:font-size=\"130%\" fo:font-weight=\"bold\"/></style:style>"
        u"<style:style style:name=\"Heading_20_2\" style:display-name=\"Heading 2\" style:family=\"paragraph\" style:parent-style-name=\"Heading\" style:default-outline-level=\"2\"/>"
        u"<style:style style:name=\"Strong_20_Emphasis\" style:display-name=\"Strong Emphasis\" style:family=\"text\">"
        u"<style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\"/></style:style>"
        u"</office:styles></office:document-styles>"_s;
    const QString content = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "_s + ns + u">"
        u"<office:automatic-styles>"
        u"<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties style:font-style-asian=\"italic\"/></style:style>"
        u"<style:style style:name=\"T3\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" fo:font-style=\"italic\"/></style:style>"
        u"<text:list-style style:name=\"L1\">"
        u"<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/><text:list-level-style-bullet text:level=\"2\" text:bullet-char=\"◦\"/>"
        u"</text:list-style>"
        u"<text:list-style style:name=\"L2\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/></text:list-style>"
        u"</office:automatic-styles>"
        u"<office:body><office:text>"
        u"<text:sequence-decls><text:sequence-decl text:display-outline-level=\"0\" text:name=\"Figure\"/></text:sequence-decls>"
        u"<text:h text:style-name=\"Heading_20_1\" text:outline-level=\"1\">1 范围</text:h>"
        u"<text:p text:style-name=\"Standard\">本手册规定了<text:span text:style-name=\"Strong_20_Emphasis\">信息安全</text:span>与"
        u"<text:span text:style-name=\"T2\">服务管理</text:span>体系的要求，<text:span text:style-name=\"T3\">必须遵守</text:span>。</text:p>"
        u"<text:h text:style-name=\"Heading_20_2\">1.1 适用范围</text:h>"
        u"<text:list text:style-name=\"L1\">"
        u"<text:list-item><text:p>信息安全管理体系（ISMS）</text:p>"
        u"<text:list><text:list-item><text:p>ISO/IEC 27001:2013</text:p></text:list-item></text:list></text:list-item>"
        u"<text:list-item><text:p>服务管理体系（SMS）</text:p></text:list-item>"
        u"</text:list>"
        u"<text:h text:outline-level=\"1\">2 文件控制</text:h>"
        u"<text:list text:style-name=\"L2\">"
        u"<text:list-item><text:p>编制</text:p></text:list-item>"
        u"<text:list-item><text:p>审核</text:p></text:list-item>"
        u"<text:list-item><text:p>批准</text:p></text:list-item>"
        u"</text:list>"
        u"<table:table table:name=\"文件清单\"><table:table-column table:number-columns-repeated=\"4\"/>"
        u"<table:table-header-rows><table:table-row>"
        u"<table:table-cell><text:p>文件编号</text:p></table:table-cell><table:table-cell><text:p>文件名称</text:p></table:table-cell>"
        u"<table:table-cell><text:p>版本</text:p></table:table-cell><table:table-cell><text:p>生效日期</text:p></table:table-cell>"
        u"</table:table-row></table:table-header-rows>"
        u"<table:table-row><table:table-cell><text:p>ISMS-0001-2022</text:p></table:table-cell><table:table-cell><text:p>信息安全与服务管理手册</text:p></table:table-cell>"
        u"<table:table-cell><text:p>A/0</text:p></table:table-cell><table:table-cell office:value-type=\"date\"><text:p>2022-01-01</text:p></table:table-cell></table:table-row>"
        u"<table:table-row><table:table-cell><text:p>ISMS-P-012</text:p></table:table-cell><table:table-cell><text:p>文件控制程序</text:p></table:table-cell>"
        u"<table:table-cell><text:p>A/1</text:p></table:table-cell><table:table-cell><text:p>2022-03-15</text:p></table:table-cell></table:table-row>"
        u"</table:table>"
        u"<text:p><draw:frame draw:name=\"Image1\" text:anchor-type=\"as-char\" svg:width=\"4cm\" svg:height=\"3cm\">"
        u"<draw:image xlink:href=\"Pictures/org-chart.png\" xlink:type=\"simple\"/><svg:title>组织结构图</svg:title></draw:frame></text:p>"
        u"<text:p>特殊字符：a*b_c [x] &lt;y&gt; | <text:s/>z</text:p>"
        u"</office:text></office:body></office:document-content>"_s;
    const QString meta = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta "_s + ns
        + u"><office:meta><dc:title>信息安全与服务管理手册</dc:title><dc:language>zh-CN</dc:language></office:meta></office:document-meta>"_s;
    const QString manifest = u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        u"<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
        u"<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        u"<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        u"<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
        u"<manifest:file-entry manifest:full-path=\"Pictures/org-chart.png\" manifest:media-type=\"image/png\"/>"
        u"</manifest:manifest>"_s;
    QList<std::pair<QString, QByteArray>> parts{
        {u"mimetype"_s, QByteArrayLiteral("application/vnd.oasis.opendocument.text")},
        {u"content.xml"_s, utf8(content)},
        {u"styles.xml"_s, utf8(styles)},
        {u"Pictures/org-chart.png"_s, png()},
        {u"META-INF/manifest.xml"_s, utf8(manifest)},
    };
    if (metadata)
        parts.append({u"meta.xml"_s, utf8(meta)});
    return parts;
}

QByteArray manualOdt(bool metadata)
{
    return zipPackage(manualOdtParts(metadata));
}

// ---- Office Open XML ----------------------------------------------------------------------

namespace {

const QString kWns = u"xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                     u"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
                     u"xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                     u"xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                     u"xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""_s;

QString para(const QString &runs, const QString &properties = {})
{
    return u"<w:p>"_s + (properties.isEmpty() ? QString() : u"<w:pPr>"_s + properties + u"</w:pPr>"_s) + runs + u"</w:p>"_s;
}

QString run(const QString &text, const QString &properties = {})
{
    return u"<w:r>"_s + (properties.isEmpty() ? QString() : u"<w:rPr>"_s + properties + u"</w:rPr>"_s)
        + u"<w:t xml:space=\"preserve\">"_s + text + u"</w:t></w:r>"_s;
}

QString item(const QString &text, int numId, int level)
{
    return para(run(text), u"<w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>"_s.arg(level).arg(numId));
}

QString cell(const QString &text)
{
    return u"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>"_s + para(run(text)) + u"</w:tc>"_s;
}

} // namespace

QList<std::pair<QString, QByteArray>> manualDocxParts(bool metadata)
{
    const QString contentTypes = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        u"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        u"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        u"<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>"
        u"<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        u"</Types>"_s;
    const QString packageRels = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        u"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        u"</Relationships>"_s;
    const QString documentRels = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        u"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
        u"<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
        u"<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/org-chart.png\"/>"
        u"<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/\" TargetMode=\"External\"/>"
        u"</Relationships>"_s;
    const QString styles = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:styles "_s + kWns + u">"
        u"<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
        u"<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/>"
        u"<w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"44\"/></w:rPr></w:style>"
        u"<w:style w:type=\"paragraph\" w:styleId=\"a2\"><w:name w:val=\"标题 2\"/><w:basedOn w:val=\"a\"/></w:style>"
        u"<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List Paragraph\"/><w:basedOn w:val=\"a\"/></w:style>"
        u"<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
        u"</w:styles>"_s;
    const QString numbering = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:numbering "_s + kWns + u">"
        u"<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl>"
        u"<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"o\"/></w:lvl></w:abstractNum>"
        u"<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
        u"<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num><w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
        u"</w:numbering>"_s;
    const QString drawing = u"<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"1440000\" cy=\"1080000\"/>"
        u"<wp:docPr id=\"1\" name=\"图片 1\" descr=\"组织结构图\"/><a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
        u"<pic:pic><pic:nvPicPr><pic:cNvPr id=\"0\" name=\"org-chart.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
        u"<pic:blipFill><a:blip r:embed=\"rId5\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        u"<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"1440000\" cy=\"1080000\"/></a:xfrm><a:prstGeom prst=\"rect\"/></pic:spPr></pic:pic>"
        u"</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"_s;
    const QString body =
        para(run(u"1 范围"_s), u"<w:pStyle w:val=\"Heading1\"/>"_s)
        + para(run(u"本手册规定了"_s) + run(u"信息安全"_s, u"<w:rStyle w:val=\"Strong\"/>"_s) + run(u"与"_s)
               + run(u"服务管理"_s, u"<w:i/>"_s) + run(u"体系的要求，"_s) + run(u"必须遵守"_s, u"<w:b/><w:i/>"_s)
               + run(u"。"_s, u"<w:b w:val=\"0\"/>"_s))
        + para(run(u"1.1 适用范围"_s), u"<w:pStyle w:val=\"a2\"/>"_s)
        + item(u"信息安全管理体系（ISMS）"_s, 1, 0) + item(u"ISO/IEC 27001:2013"_s, 1, 1) + item(u"服务管理体系（SMS）"_s, 1, 0)
        + para(u"<w:r><w:t>2 </w:t></w:r><w:r><w:instrText>TOC \\o</w:instrText></w:r><w:r><w:t>文件控制</w:t></w:r>"_s, u"<w:pStyle w:val=\"Heading1\"/>"_s)
        + item(u"编制"_s, 2, 0) + item(u"审核"_s, 2, 0) + item(u"批准"_s, 2, 0)
        + u"<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"
          u"<w:tblGrid><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>"_s
        + u"<w:tr>"_s + cell(u"文件编号"_s) + cell(u"文件名称"_s) + cell(u"版本"_s) + cell(u"生效日期"_s) + u"</w:tr>"_s
        + u"<w:tr>"_s + cell(u"ISMS-0001-2022"_s) + cell(u"信息安全与服务管理手册"_s) + cell(u"A/0"_s) + cell(u"2022-01-01"_s) + u"</w:tr>"_s
        + u"<w:tr>"_s + cell(u"ISMS-P-012"_s) + cell(u"文件控制程序"_s) + cell(u"A/1"_s) + cell(u"2022-03-15"_s) + u"</w:tr>"_s
        + u"</w:tbl>"_s
        + para(drawing)
        + para(run(u"特殊字符：a*b_c [x] &lt;y&gt; | "_s) + u"<w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>"_s + run(u"z"_s));
    const QString document = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "_s + kWns + u"><w:body>"_s
        + body + u"<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"_s;
    const QString core = u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        u"<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        u"xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>信息安全与服务管理手册</dc:title><dc:creator>文控</dc:creator></cp:coreProperties>"_s;
    QList<std::pair<QString, QByteArray>> parts{
        {u"[Content_Types].xml"_s, utf8(contentTypes)},
        {u"_rels/.rels"_s, utf8(packageRels)},
        {u"word/document.xml"_s, utf8(document)},
        {u"word/styles.xml"_s, utf8(styles)},
        {u"word/numbering.xml"_s, utf8(numbering)},
        {u"word/_rels/document.xml.rels"_s, utf8(documentRels)},
        {u"word/media/org-chart.png"_s, png()},
    };
    if (metadata)
        parts.append({u"docProps/core.xml"_s, utf8(core)});
    return parts;
}

QByteArray manualDocx(bool metadata)
{
    return zipPackage(manualDocxParts(metadata));
}

// ---- HTML and Markdown --------------------------------------------------------------------

QByteArray manualHtml()
{
    const QString html = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>信息安全与服务管理手册</title></head><body>"
        u"<h1>1 范围</h1><p>本手册规定了<b>信息安全</b>与<i>服务管理</i>体系的要求。</p>"
        u"<h2>1.1 适用范围</h2><ul><li>信息安全管理体系（ISMS）</li><li>服务管理体系（SMS）</li></ul>"
        u"<h1>2 文件控制</h1><ol><li>编制</li><li>审核</li><li>批准</li></ol>"
        u"<table><tr><th>文件编号</th><th>文件名称</th><th>版本</th><th>生效日期</th></tr>"
        u"<tr><td>ISMS-0001-2022</td><td>信息安全与服务管理手册</td><td>A/0</td><td>2022-01-01</td></tr>"
        u"<tr><td>ISMS-P-012</td><td>文件控制程序</td><td>A/1</td><td>2022-03-15</td></tr></table>"
        u"<p><img src=\"data:image/png;base64,%1\" alt=\"组织结构图\"></p>"
        u"<p><img src=\"/dev/zero\" alt=\"本地文件\"></p>"
        u"</body></html>"_s.arg(QString::fromLatin1(png().toBase64()));
    return utf8(html);
}

QByteArray manualMarkdown()
{
    return QByteArray("\xef\xbb\xbf") + utf8(u"# 信息安全与服务管理手册\r\n\r\n## 1 范围\r\n\r\n本手册规定了**信息安全**的要求。\x01\r\n\r\n\r\n"_s);
}

// ---- Hostile archives ---------------------------------------------------------------------

bool writeRaw(const QString &path, RawFormat format, const QList<RawEntry> &entries)
{
    struct archive *a = archive_write_new();
    if (format == RawFormat::Zip) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_set_format_pax_restricted(a);
        if (format == RawFormat::TarGzip)
            archive_write_add_filter_gzip(a);
    }
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    const QByteArray zeros(1 << 20, '\0');
    for (const RawEntry &raw : entries) {
        if (!ok)
            break;
        struct archive_entry *entry = archive_entry_new();
        archive_entry_copy_pathname(entry, raw.name.constData());
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_mtime(entry, 1640995200, 0);
        qint64 size = raw.zeros > 0 ? raw.zeros : raw.data.size();
        switch (raw.type) {
        case RawEntry::Type::File: archive_entry_set_filetype(entry, AE_IFREG); break;
        case RawEntry::Type::Directory: archive_entry_set_filetype(entry, AE_IFDIR); size = 0; break;
        case RawEntry::Type::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_copy_symlink(entry, raw.link.constData());
            size = 0;
            break;
        case RawEntry::Type::HardLink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_copy_hardlink(entry, raw.link.constData());
            size = 0;
            break;
        case RawEntry::Type::CharDevice:
            archive_entry_set_filetype(entry, AE_IFCHR);
            archive_entry_set_rdev(entry, 0x0103); // 1,3: /dev/null
            size = 0;
            break;
        case RawEntry::Type::Fifo: archive_entry_set_filetype(entry, AE_IFIFO); size = 0; break;
        }
        archive_entry_set_size(entry, size);
        ok = archive_write_header(a, entry) >= ARCHIVE_WARN;
        archive_entry_free(entry);
        if (ok && raw.zeros > 0) {
            for (qint64 left = raw.zeros; ok && left > 0; left -= zeros.size())
                ok = archive_write_data(a, zeros.constData(), size_t(qMin<qint64>(left, zeros.size()))) > 0;
        } else if (ok && !raw.data.isEmpty()) {
            ok = archive_write_data(a, raw.data.constData(), size_t(raw.data.size())) == la_ssize_t(raw.data.size());
        }
    }
    if (!ok)
        fprintf(stderr, "writeRaw: %s\n", archive_error_string(a));
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

} // namespace fixtures
