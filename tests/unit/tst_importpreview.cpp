// Recognising a file before importing it (ImportPreview::recognise), store-free: the manual
// as .docx and .odt gives its title, text, headings, table and image; a .md that shows images
// it does not carry, a page with scripts and a file without a title are warned about; a .pdf is
// attached as it is; unknown, missing, damaged and fake files are refused naming the problem.

#include "fixtures.h"
#include "core/services/importpreview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace Qt::StringLiterals;

class TestImportPreview final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void manual_data();
    void manual();
    void markdownWarnings();
    void htmlWithScripts_isWarned();
    void pdf_isAttachedAsIs();
    void refusals_data();
    void refusals();
    void markdownStart_cutsAtALineEnd();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestImportPreview::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportPreview::manual_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::newRow("docx") << u"手册.docx"_s << fixtures::manualDocx() << int(DocumentImporter::Format::Docx);
    QTest::newRow("odt") << u"手册.odt"_s << fixtures::manualOdt() << int(DocumentImporter::Format::Odt);
}

void TestImportPreview::manual()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    auto preview = ImportPreview::recognise(write(name, bytes));
    QVERIFY2(preview, qPrintable(preview.message()));
    QCOMPARE(int(preview->format), format);
    QCOMPARE(preview->fileName, name);
    QVERIFY(!preview->formatName.isEmpty());
    QCOMPARE(preview->title, u"信息安全与服务管理手册"_s);
    QCOMPARE(preview->markdown, fixtures::expectedManualMarkdown());
    QCOMPARE(preview->headings, 3);
    QCOMPARE(preview->tables, 1);
    QCOMPARE(preview->attachments, QStringList{u"org-chart.png"_s});
    QVERIFY2(preview->warnings.isEmpty(), qPrintable(preview->warnings.join(u'\n')));
    QVERIFY(!preview->attachedAsIs);
}

void TestImportPreview::markdownWarnings()
{
    // No heading, an image next to the file (not carried), a web image (fine), a fenced "# not a heading".
    const QByteArray text = "Plain text first.\n\n![chart](chart.png) ![logo](https://example.org/logo.png)\n\n"
                            "```\n# not a heading\n| a | b |\n| --- | --- |\n```\n";
    auto preview = ImportPreview::recognise(write(u"notes.md"_s, text));
    QVERIFY2(preview, qPrintable(preview.message()));
    QCOMPARE(preview->format, DocumentImporter::Format::Markdown);
    QVERIFY(preview->title.isEmpty());
    QCOMPARE(preview->headings, 0);
    QCOMPARE(preview->tables, 0);
    QVERIFY(preview->attachments.isEmpty());
    QCOMPARE(preview->warnings.size(), 2);
    QVERIFY2(preview->warnings.at(0).contains(u"no title"_s), qPrintable(preview->warnings.at(0)));
    QVERIFY2(preview->warnings.at(1).contains(u"\"chart.png\""_s), qPrintable(preview->warnings.at(1)));

    auto empty = ImportPreview::recognise(write(u"empty.md"_s, QByteArray()));
    QVERIFY2(empty, qPrintable(empty.message()));
    QVERIFY(empty->warnings.first().contains(u"no text"_s));
}

void TestImportPreview::htmlWithScripts_isWarned()
{
    const QByteArray page = "<html><head><title>访问控制策略</title><script>alert(1)</script></head>"
                            "<body><h1>访问控制策略</h1><p>正文</p></body></html>";
    auto preview = ImportPreview::recognise(write(u"policy.html"_s, page));
    QVERIFY2(preview, qPrintable(preview.message()));
    QCOMPARE(preview->format, DocumentImporter::Format::Html);
    QCOMPARE(preview->title, u"访问控制策略"_s);
    QVERIFY(!preview->markdown.contains(u"alert"_s));
    QCOMPARE(preview->warnings.size(), 1);
    QVERIFY(preview->warnings.first().contains(u"Scripts"_s));

    auto clean = ImportPreview::recognise(write(u"manual.html"_s, fixtures::manualHtml()));
    QVERIFY2(clean, qPrintable(clean.message()));
    QVERIFY2(clean->warnings.isEmpty(), qPrintable(clean->warnings.join(u'\n')));
}

void TestImportPreview::pdf_isAttachedAsIs()
{
    auto preview = ImportPreview::recognise(write(u"scan.PDF"_s, QByteArray("%PDF-1.4\n%%EOF\n")));
    QVERIFY2(preview, qPrintable(preview.message()));
    QCOMPARE(preview->format, DocumentImporter::Format::Pdf);
    QVERIFY(preview->attachedAsIs);
    QVERIFY(preview->markdown.isEmpty());
    QCOMPARE(preview->attachments, QStringList{u"scan.PDF"_s});
    QVERIFY(preview->warnings.first().contains(u"attached as it is"_s));
}

void TestImportPreview::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes"); // null: the file is not written
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown extension") << u"sheet.xlsx"_s << QByteArray("PK") << int(ErrorCode::InvalidInput) << u"\"sheet.xlsx\" cannot be imported"_s;
    QTest::newRow("missing") << u"gone.docx"_s << QByteArray() << int(ErrorCode::CannotOpen) << u"does not exist"_s;
    QTest::newRow("missing pdf") << u"gone.pdf"_s << QByteArray() << int(ErrorCode::CannotOpen) << u"does not exist"_s;
    QTest::newRow("fake pdf") << u"fake.pdf"_s << QByteArray("<html></html>") << int(ErrorCode::InvalidInput) << u"\"fake.pdf\" is not a PDF file"_s;
    QTest::newRow("damaged docx") << u"broken.docx"_s << QByteArray("PK\x03\x04 this is no zip") << int(ErrorCode::InvalidInput) << u"\"broken.docx\": The DOCX file cannot be imported"_s;
    QTest::newRow("invalid utf-8") << u"bad.md"_s << QByteArray("# \xff\xfe title\n") << int(ErrorCode::InvalidInput) << u"not valid UTF-8"_s;
}

void TestImportPreview::refusals()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, message);
    const QString path = bytes.isNull() ? m_dir.filePath(name) : write(name, bytes);
    auto preview = ImportPreview::recognise(path);
    QVERIFY(!preview);
    QVERIFY2(preview.message().contains(message), qPrintable(preview.message()));
    if (name != u"broken.docx"_s) // the archive layer chooses its own code for a damaged package
        QCOMPARE(int(preview.code()), code);
}

void TestImportPreview::markdownStart_cutsAtALineEnd()
{
    ImportPreview preview;
    preview.markdown = u"第一行\n第二行\n第三行\n"_s;
    QCOMPARE(preview.markdownStart(100), preview.markdown);
    const QString start = preview.markdownStart(6);
    QVERIFY2(start.startsWith(u"第一行\n"_s) && !start.contains(u"第二行"_s) && start.contains(u"more characters"_s), qPrintable(start));
}

QTEST_MAIN(TestImportPreview)
#include "tst_importpreview.moc"
