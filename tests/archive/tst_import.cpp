// Importing existing documents: the manual "信息安全与服务管理手册" as .odt and .docx (built
// here from hand-written XML) converts to the same Markdown — heading levels, lists, a pipe
// table, bold and italic, an image with its bytes; .html and .md too. Malformed, incomplete
// and hostile documents are refused with a message naming the problem.

#include "core/archive/import/documentimporter.h"

#include "../unit/testsupport.h"
#include "fixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace fixtures;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dc::DocumentImporter::Format)

namespace {

QByteArray replacePart(QList<std::pair<QString, QByteArray>> parts, const QString &name, const QByteArray &content)
{
    bool found = false;
    for (auto &part : parts) {
        if (part.first == name) {
            part.second = content;
            found = true;
        }
    }
    if (!found)
        parts.append({name, content});
    return zipPackage(parts);
}

QByteArray withoutPart(QList<std::pair<QString, QByteArray>> parts, const QString &name)
{
    parts.removeIf([&](const auto &part) { return part.first == name; });
    return zipPackage(parts);
}

// The parts plus one more entry written raw by libarchive (ArchiveWriter refuses to).
QByteArray rawZip(const QList<std::pair<QString, QByteArray>> &parts, const QByteArray &extraName)
{
    QList<RawEntry> entries;
    for (const auto &[name, data] : parts)
        entries.append(RawEntry{name.toUtf8(), RawEntry::Type::File, data, {}, 0});
    entries.append(RawEntry{extraName, RawEntry::Type::File, png(), {}, 0});
    QTemporaryDir dir;
    const QString path = dir.filePath(u"raw.zip"_s);
    if (!writeRaw(path, RawFormat::Zip, entries))
        qFatal("cannot write %s", qPrintable(path));
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeTemp(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void manual_data();
    void manual();
    void title_withoutMetadata_isFirstHeading_data();
    void title_withoutMetadata_isFirstHeading();
    void html();
    void markdown_isNormalised();
    void markdown_invalidUtf8_isRefused();
    void formatOf_data();
    void formatOf();
    void pdf_isNotConverted();
    void unknownExtension_isRefused();
    void hostile_data();
    void hostile();
    void deepNesting_isRefused_data();
    void deepNesting_isRefused();
    void htmlWithMoreTextThanARevision_isRefused();
    void nestingWithinTheLimit_isImported_data();
    void nestingWithinTheLimit_isImported();
    void imageNames_areUniqueAndSafe();
};

void TestImport::manual_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("odt") << u"信息安全与服务管理手册.odt"_s << manualOdt();
    QTest::newRow("docx") << u"信息安全与服务管理手册.DOCX"_s << manualDocx();
}

void TestImport::manual()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const auto imported = DocumentImporter::importFile(writeTemp(dir, fileName, bytes));
    DC_EXPECT_OK(imported);
    const QString markdown = imported->markdown;
    // Structure first, so that a failure says which part broke.
    QVERIFY2(markdown.contains(u"\n## 1.1 适用范围\n"_s), qPrintable(markdown));
    QVERIFY2(markdown.startsWith(u"# 1 范围\n"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"\n- 信息安全管理体系（ISMS）\n  - ISO/IEC 27001:2013\n- 服务管理体系（SMS）\n"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"\n1. 编制\n2. 审核\n3. 批准\n"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"| 文件编号 | 文件名称 | 版本 | 生效日期 |\n| --- | --- | --- | --- |\n"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"**信息安全**与*服务管理*体系的要求，***必须遵守***。"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"![组织结构图](org-chart.png)"_s), qPrintable(markdown));
    QCOMPARE(markdown, expectedManualMarkdown());
    QCOMPARE(imported->title, u"信息安全与服务管理手册"_s);
    QCOMPARE(imported->images.size(), 1);
    QCOMPARE(imported->images[0].name, u"org-chart.png"_s);
    QCOMPARE(imported->images[0].mimeType, u"image/png"_s);
    QCOMPARE(imported->images[0].data, png());
}

void TestImport::title_withoutMetadata_isFirstHeading_data()
{
    QTest::addColumn<DocumentImporter::Format>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("odt") << DocumentImporter::Format::Odt << manualOdt(false);
    QTest::newRow("docx") << DocumentImporter::Format::Docx << manualDocx(false);
}

void TestImport::title_withoutMetadata_isFirstHeading()
{
    QFETCH(DocumentImporter::Format, format);
    QFETCH(QByteArray, bytes);
    const auto imported = DocumentImporter::importData(bytes, format);
    DC_EXPECT_OK(imported);
    QCOMPARE(imported->title, u"1 范围"_s);
    QCOMPARE(imported->markdown, expectedManualMarkdown());
}

void TestImport::html()
{
    QTemporaryDir dir;
    const auto imported = DocumentImporter::importFile(writeTemp(dir, u"manual.html"_s, manualHtml()));
    DC_EXPECT_OK(imported);
    const QString markdown = imported->markdown;
    QCOMPARE(imported->title, u"信息安全与服务管理手册"_s);
    QVERIFY2(markdown.startsWith(u"# 1 范围\n"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"## 1.1 适用范围"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"**信息安全**"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"*服务管理*"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"- 信息安全管理体系（ISMS）"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(QRegularExpression(u"\n1\\. +编制\n2\\. +审核\n"_s)), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"|ISMS-P-012"_s) || markdown.contains(u"| ISMS-P-012"_s), qPrintable(markdown));
    // The data: image is kept with its bytes; the local file is never read, only its alt text stays.
    QCOMPARE(imported->images.size(), 1);
    QCOMPARE(imported->images[0].data, png());
    QVERIFY2(markdown.contains(u"](" + imported->images[0].name + u')'), qPrintable(markdown));
    QVERIFY2(!markdown.contains(u"/dev/zero"_s), qPrintable(markdown));
    QVERIFY2(markdown.contains(u"本地文件"_s), qPrintable(markdown));
    QVERIFY(!markdown.contains(u"base64"_s));
}

void TestImport::markdown_isNormalised()
{
    QTemporaryDir dir;
    const auto imported = DocumentImporter::importFile(writeTemp(dir, u"manual.md"_s, manualMarkdown()));
    DC_EXPECT_OK(imported);
    QCOMPARE(imported->markdown, u"# 信息安全与服务管理手册\n\n## 1 范围\n\n本手册规定了**信息安全**的要求。\n"_s);
    QCOMPARE(imported->title, u"信息安全与服务管理手册"_s);
    QVERIFY(imported->images.isEmpty());
    // NFD becomes NFC.
    const auto nfc = DocumentImporter::importData("cafe\xcc\x81\n", DocumentImporter::Format::Markdown);
    DC_EXPECT_OK(nfc);
    QCOMPARE(nfc->markdown, u"café\n"_s);
}

void TestImport::markdown_invalidUtf8_isRefused()
{
    const auto imported = DocumentImporter::importData("# \xd0\xc5\xcf\xa2\n", DocumentImporter::Format::Markdown);
    DC_EXPECT_ERROR(imported, ErrorCode::InvalidInput);
    QVERIFY(imported.message().contains(u"not valid UTF-8"_s));
}

void TestImport::formatOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<DocumentImporter::Format>("format");
    QTest::newRow("md") << u"/a/手册.md"_s << DocumentImporter::Format::Markdown;
    QTest::newRow("markdown") << u"a.Markdown"_s << DocumentImporter::Format::Markdown;
    QTest::newRow("htm") << u"a.HTM"_s << DocumentImporter::Format::Html;
    QTest::newRow("odt") << u"a.b.odt"_s << DocumentImporter::Format::Odt;
    QTest::newRow("docx") << u"a.docx"_s << DocumentImporter::Format::Docx;
    QTest::newRow("pdf") << u"a.PDF"_s << DocumentImporter::Format::Pdf;
    QTest::newRow("doc") << u"a.doc"_s << DocumentImporter::Format::Unknown;
    QTest::newRow("none") << u"README"_s << DocumentImporter::Format::Unknown;
}

void TestImport::formatOf()
{
    QFETCH(QString, path);
    QFETCH(DocumentImporter::Format, format);
    QCOMPARE(DocumentImporter::formatOf(path), format);
}

void TestImport::pdf_isNotConverted()
{
    QTemporaryDir dir;
    const auto imported = DocumentImporter::importFile(writeTemp(dir, u"scan.pdf"_s, "%PDF-1.7\n"));
    DC_EXPECT_ERROR(imported, ErrorCode::InvalidInput);
    QVERIFY2(imported.message().contains(u"\"scan.pdf\" is a PDF"_s), qPrintable(imported.message()));
    QVERIFY(imported.message().contains(u"Attach the PDF"_s));
}

void TestImport::unknownExtension_isRefused()
{
    QTemporaryDir dir;
    const auto imported = DocumentImporter::importFile(writeTemp(dir, u"old.doc"_s, "\xd0\xcf\x11\xe0"));
    DC_EXPECT_ERROR(imported, ErrorCode::InvalidInput);
    QVERIFY(imported.message().contains(u".md, .html, .odt and .docx"_s));
    DC_EXPECT_ERROR(DocumentImporter::importFile(dir.filePath(u"missing.docx"_s)), ErrorCode::CannotOpen);
}

void TestImport::hostile_data()
{
    QTest::addColumn<DocumentImporter::Format>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    using F = DocumentImporter::Format;

    QTest::newRow("docx: malformed document.xml")
        << F::Docx << replacePart(manualDocxParts(), u"word/document.xml"_s, "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>x</w:p></w:body>")
        << u"The DOCX file is damaged: word/document.xml, line 1"_s;
    QTest::newRow("docx: malformed styles.xml")
        << F::Docx << replacePart(manualDocxParts(), u"word/styles.xml"_s, "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style>")
        << u"The DOCX file is damaged: word/styles.xml"_s;
    QTest::newRow("docx: malformed numbering.xml")
        << F::Docx << replacePart(manualDocxParts(), u"word/numbering.xml"_s, "<w:numbering xmlns:w=\"x\"><</w:numbering>")
        << u"The DOCX file is damaged: word/numbering.xml"_s;
    QTest::newRow("docx: no document.xml") << F::Docx << withoutPart(manualDocxParts(), u"word/document.xml"_s)
                                           << u"it has no word/document.xml"_s;
    QTest::newRow("docx: entity bomb (DTD)")
        << F::Docx
        << replacePart(manualDocxParts(), u"word/document.xml"_s,
                       "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                       "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>")
        << u"document type declaration (DTD) is not allowed"_s;
    QTest::newRow("docx: entry escaping the package") << F::Docx << rawZip(manualDocxParts(), "word/media/../../../evil.png")
                                                      << u"\"word/media/../../../evil.png\" is refused: it has a \"..\" component"_s;
    QTest::newRow("odt: duplicate content.xml") << F::Odt << rawZip(manualOdtParts(), "./content.xml")
                                                << u"\"./content.xml\" is refused: the archive holds this name twice"_s;
    QTest::newRow("docx: not a zip") << F::Docx << QByteArray("PK\x03\x04 this is not really a zip") << u"The DOCX file cannot be imported"_s;
    QTest::newRow("odt: malformed content.xml")
        << F::Odt << replacePart(manualOdtParts(), u"content.xml"_s, "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body><office:text><text:p>")
        << u"The ODT file is damaged: content.xml, line 1"_s;
    QTest::newRow("odt: malformed styles.xml")
        << F::Odt << replacePart(manualOdtParts(), u"styles.xml"_s, "<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><a></b>")
        << u"The ODT file is damaged: styles.xml"_s;
    QTest::newRow("odt: no content.xml") << F::Odt << withoutPart(manualOdtParts(), u"content.xml"_s) << u"it has no content.xml"_s;
    QTest::newRow("odt: a spreadsheet")
        << F::Odt << replacePart(manualOdtParts(), u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet") << u"not a text document"_s;
    QTest::newRow("odt: entity bomb (DTD)")
        << F::Odt << replacePart(manualOdtParts(), u"content.xml"_s, "<!DOCTYPE x [<!ENTITY a \"b\">]><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>")
        << u"document type declaration (DTD) is not allowed"_s;
}

void TestImport::hostile()
{
    QFETCH(DocumentImporter::Format, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto imported = DocumentImporter::importData(bytes, format);
    DC_EXPECT_ERROR(imported, ErrorCode::InvalidInput);
    QVERIFY2(imported.message().contains(expected), qPrintable(imported.message()));
}

namespace {

const QByteArray kDocxOpen = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
const QByteArray kDocxClose = "</w:body></w:document>";
const QByteArray kOdtOpen = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>";
const QByteArray kOdtClose = "</office:text></office:body></office:document-content>";

// `open` `count` times, then `middle`, then `close` `count` times.
QByteArray nested(const QByteArray &open, const QByteArray &middle, const QByteArray &close, int count)
{
    return open.repeated(count) + middle + close.repeated(count);
}

// A Markdown list whose every item is nested in the one before.
QByteArray nestedList(int levels)
{
    QByteArray out;
    for (int i = 0; i < levels; ++i)
        out += QByteArray("  ").repeated(i) + "- level " + QByteArray::number(i + 1) + '\n';
    return out;
}

} // namespace

void TestImport::deepNesting_isRefused_data()
{
    QTest::addColumn<DocumentImporter::Format>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    using F = DocumentImporter::Format;
    const QString limit = u"; DocControl imports at most 256 levels."_s;

    // Qt's HTML parser takes 5-40 s on these and far longer on more.
    QTest::newRow("html: 16000 nested div") << F::Html << nested("<div>", "x", "</div>", 16000)
                                            << u"The HTML file nests elements 16000 deep"_s + limit;
    QTest::newRow("html: unclosed li p b") << F::Html << QByteArray("<ul>") + QByteArray("<li><p><b>x ").repeated(3000)
                                           << u"The HTML file nests elements 9001 deep"_s + limit;
    QTest::newRow("html: 257 nested span") << F::Html << nested("<span>", "x", "</span>", 257)
                                           << u"The HTML file nests elements 257 deep"_s + limit;
    QTest::newRow("markdown: 300 nested list items") << F::Markdown << nestedList(300)
                                                     << u"The Markdown file nests elements 300 deep"_s + limit;
    QTest::newRow("markdown: 400 nested quotes") << F::Markdown << QByteArray(">").repeated(400) + " deep\n"
                                                 << u"The Markdown file nests elements 400 deep"_s + limit;
    QTest::newRow("odt: 20000 nested spans")
        << F::Odt << replacePart(manualOdtParts(), u"content.xml"_s, kOdtOpen + "<text:p>" + nested("<text:span>", "x", "</text:span>", 20000) + "</text:p>" + kOdtClose)
        << u"The ODT file nests elements 20004 deep in content.xml"_s + limit;
    QTest::newRow("docx: 20000 nested tables")
        << F::Docx << replacePart(manualDocxParts(), u"word/document.xml"_s, kDocxOpen + nested("<w:tbl><w:tr><w:tc>", "", "</w:tc></w:tr></w:tbl>", 20000) + kDocxClose)
        << u"The DOCX file nests elements 60002 deep in word/document.xml"_s + limit;
    // The style reader's recursion had no guard at all: this overflowed the stack.
    QTest::newRow("docx: 20000 nested pPr in styles.xml")
        << F::Docx
        << replacePart(manualDocxParts(), u"word/styles.xml"_s,
                       "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style w:styleId=\"a\">"
                           + nested("<w:pPr>", "", "</w:pPr>", 20000) + "</w:style></w:styles>")
        << u"The DOCX file nests elements 20002 deep in word/styles.xml"_s + limit;
    QTest::newRow("docx: nested inside an element the importer skips")
        << F::Docx << replacePart(manualDocxParts(), u"word/document.xml"_s, kDocxOpen + "<w:sectPr>" + nested("<w:x>", "", "</w:x>", 5000) + "</w:sectPr>" + kDocxClose)
        << u"The DOCX file nests elements 5003 deep in word/document.xml"_s + limit;
}

// Refused before any parser runs, with the depth found and the limit.
void TestImport::deepNesting_isRefused()
{
    QFETCH(DocumentImporter::Format, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto imported = DocumentImporter::importData(bytes, format);
    DC_EXPECT_ERROR(imported, ErrorCode::InvalidInput);
    QCOMPARE(imported.message(), expected);
}

// 16 MiB of flat paragraphs took Qt's HTML parser many seconds; their text could never be
// saved (a revision holds at most 8 Mi characters), so it is refused before parsing.
void TestImport::htmlWithMoreTextThanARevision_isRefused()
{
    const QByteArray html = QByteArray("<html><body>") + QByteArray("<p>Access control applies to every service in scope.</p>\n").repeated(250000)
                            + "</body></html>";
    QVERIFY(html.size() < DocumentImporter::kMaxTextFileSize);
    const auto imported = DocumentImporter::importData(html, DocumentImporter::Format::Html);
    DC_EXPECT_ERROR(imported, ErrorCode::InvalidInput);
    QVERIFY2(imported.message().contains(u"12.5 million characters"_s), qPrintable(imported.message()));
}

void TestImport::nestingWithinTheLimit_isImported_data()
{
    QTest::addColumn<DocumentImporter::Format>("format");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    using F = DocumentImporter::Format;
    QTest::newRow("html: 250 nested div") << F::Html << nested("<div>", "深处 deep", "</div>", 250) << u"深处 deep"_s;
    // Sloppy HTML the parser closes itself does not count as nesting.
    QTest::newRow("html: 2000 unclosed p") << F::Html << QByteArray("<p>paragraph ").repeated(2000) + "<p>last one" << u"last one"_s;
    QTest::newRow("html: 2000 unclosed li") << F::Html << QByteArray("<ul>") + QByteArray("<li>item ").repeated(2000) + "<li>last item</ul>"
                                            << u"last item"_s;
    QTest::newRow("html: 2000 unclosed table rows")
        << F::Html << QByteArray("<table>") + QByteArray("<tr><td>a<td>b ").repeated(2000) + "<tr><td>last cell</table>" << u"last cell"_s;
    QTest::newRow("html: p with inline elements") << F::Html << QByteArray("<p><b><i>bold italic ").repeated(2000) + "<p>end" << u"end"_s;
    QTest::newRow("markdown: 200 nested list items") << F::Markdown << nestedList(200) << u"- level 200"_s;
    QTest::newRow("markdown: deep indentation in fenced code")
        << F::Markdown << QByteArray("```\n") + QByteArray(" ").repeated(2000) + "- not a list\n```\n" << u"- not a list"_s;
    // Was refused at 96 levels of recursion before.
    QTest::newRow("docx: 60 nested tables")
        << F::Docx
        << replacePart(manualDocxParts(), u"word/document.xml"_s,
                       kDocxOpen + nested("<w:tbl><w:tr><w:tc>", "<w:p><w:r><w:t>innermost cell</w:t></w:r></w:p>", "</w:tc></w:tr></w:tbl>", 60) + kDocxClose)
        << u"innermost cell"_s;
    QTest::newRow("odt: 200 nested spans")
        << F::Odt
        << replacePart(manualOdtParts(), u"content.xml"_s, kOdtOpen + "<text:p>" + nested("<text:span>", "inner text", "</text:span>", 200) + "</text:p>" + kOdtClose)
        << u"inner text"_s;
}

void TestImport::nestingWithinTheLimit_isImported()
{
    QFETCH(DocumentImporter::Format, format);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const auto imported = DocumentImporter::importData(bytes, format);
    DC_EXPECT_OK(imported);
    QVERIFY2(imported->markdown.contains(text), qPrintable(imported->markdown.right(300)));
}

// Images whose package names clash or are unsafe get distinct, safe names.
void TestImport::imageNames_areUniqueAndSafe()
{
    auto parts = manualOdtParts();
    QByteArray content;
    for (const auto &part : parts)
        if (part.first == u"content.xml")
            content = part.second;
    const QByteArray frame = "<draw:frame><draw:image xlink:href=\"Pictures/org-chart.png\"/></draw:frame>";
    const QByteArray more = "<text:p><draw:frame><draw:image xlink:href=\"Pictures/sub/org-chart.PNG\"/></draw:frame>"
                            "<draw:frame><draw:image xlink:href=\"Pictures/图 1 $(rm -rf).png\"/></draw:frame>"
                            "<draw:frame><draw:image xlink:href=\"Pictures/not-an-image.png\"/></draw:frame>" + frame + QByteArray("</text:p>");
    content.replace("</office:text>", QByteArray(more + "</office:text>"));
    parts.append({u"Pictures/sub/org-chart.PNG"_s, png()});
    parts.append({u"Pictures/图 1 $(rm -rf).png"_s, png()});
    parts.append({u"Pictures/not-an-image.png"_s, "<script>alert(1)</script>"});
    const auto imported = DocumentImporter::importData(replacePart(parts, u"content.xml"_s, content), DocumentImporter::Format::Odt);
    DC_EXPECT_OK(imported);
    QStringList names;
    for (const ImportedImage &image : imported->images)
        names.append(image.name);
    QCOMPARE(names, (QStringList{u"org-chart.png"_s, u"org-chart-2.png"_s, u"1_rm_-rf.png"_s}));
    QVERIFY2(imported->markdown.contains(u"![](org-chart-2.png)![](1_rm_-rf.png)![](org-chart.png)"_s), qPrintable(imported->markdown));
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
