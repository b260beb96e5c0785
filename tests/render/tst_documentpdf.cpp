// A single document exported as PDF: what a reader of the file sees (poppler's pdftotext and
// pdfinfo, Qt PDF's renderer): the stamp of every status, never in the text layer; header,
// footer and page numbers on every page; Chinese text extracted exactly; long tables split
// with their header repeated; metadata; PDF/A; printing on any paged device.

#include "core/render/pdfexport.h"
#include "core/render/stampart.h"
#include "rendertestsupport.h"

#include <QFile>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace dc::render;
using namespace rendertest;

Q_DECLARE_METATYPE(dc::render::StampKind)

namespace {

// Words only the stamps use.
const QStringList kStampWords{QStringLiteral("受控文件"), QStringLiteral("CONTROLLED"), QStringLiteral("持有人"), QStringLiteral("Holder"),
                              QStringLiteral("非受控"),   QStringLiteral("printed"),    QStringLiteral("valid on that day"), QStringLiteral("仅当日有效"),
                              QStringLiteral("草稿"),     QStringLiteral("DRAFT"),      QStringLiteral("not for use"),
                              QStringLiteral("作废"),     QStringLiteral("OBSOLETE")};

// How many pixels of `image` inside `area` are close to `color`.
int pixelsNear(const QImage &image, const QRect &area, const QColor &color)
{
    int count = 0;
    const QRect box = area.intersected(image.rect());
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - color.red()) < 40 && std::abs(pixel.green() - color.green()) < 40
                && std::abs(pixel.blue() - color.blue()) < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestDocumentPdf : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString exportDocument(const DocumentRender &input, const QString &name, const PdfOptions &options = {})
    {
        const QString path = m_dir.filePath(name);
        const Status status = writeDocumentPdf(input, options, path);
        if (!status)
            qWarning("%s", qPrintable(status.message()));
        return status ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void stampNeverInTextLayer_data()
    {
        QTest::addColumn<StampKind>("kind");
        QTest::addColumn<int>("copy");
        QTest::newRow("controlled copy") << StampKind::Controlled << 7;
        QTest::newRow("uncontrolled print") << StampKind::Uncontrolled << 0;
        QTest::newRow("draft") << StampKind::Draft << 0;
        QTest::newRow("obsolete") << StampKind::Obsolete << 0;
    }
    void stampNeverInTextLayer()
    {
        QFETCH(StampKind, kind);
        QFETCH(int, copy);
        const DocumentRender input = sampleDocument(kind);
        const QString path = exportDocument(input, QStringLiteral("stamp-%1.pdf").arg(stampKindKey(kind)));
        QVERIFY(!path.isEmpty());
        RENDERTEST_TOOL(text, "pdftotext", (QStringList{path, QStringLiteral("-")}));
        for (const QString &word : kStampWords)
            QVERIFY2(!text.contains(word, Qt::CaseInsensitive), qPrintable(QStringLiteral("stamp text in the text layer: ") + word));
        // What is real text is there: header and footer.
        for (const QString &expected : {input.header.organisation, input.header.number, input.header.title, input.header.revisionLabel,
                                        input.footer.classification, QStringLiteral("2026-11-01")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // Qt PDF's text extraction agrees.
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        for (int page = 0; page < pdf.pageCount(); ++page) {
            const QString pageText = pdf.getAllText(page).text();
            for (const QString &word : kStampWords)
                QVERIFY2(!pageText.contains(word, Qt::CaseInsensitive), qPrintable(word));
        }
        // The copy number is drawn as outline, so it is checked in the identity.
        const auto identity = readPdfIdentity(path);
        QVERIFY2(identity.ok(), qPrintable(identity.message()));
        QCOMPARE(identity->stamp, kind);
        QCOMPARE(identity->copyNumber, copy);
    }

    void stampIsDrawnOnEveryPage_data() { stampNeverInTextLayer_data(); }
    void stampIsDrawnOnEveryPage()
    {
        QFETCH(StampKind, kind);
        const DocumentRender input = sampleDocument(kind);
        const QString path = exportDocument(input, QStringLiteral("drawn-%1.pdf").arg(stampKindKey(kind)));
        QVERIFY(!path.isEmpty());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 2);
        const StampArt art(input.stamp, PageGeometry::forPage(QSizeF(595, 842)));
        for (int page = 0; page < pdf.pageCount(); ++page) {
            const QImage image = pdf.render(page, QSize(595, 842));  // one pixel per point
            if (kind == StampKind::Obsolete) {
                // The diagonal watermark: light red across the middle of the body.
                QVERIFY2(pixelsNear(image, QRect(100, 250, 400, 350), QColor(0xf3, 0xcf, 0xcf)) > 500, qPrintable(QString::number(page)));
            } else {
                // The banner, in the top margin (8–15.5 mm), above the header.
                const QColor colour = kind == StampKind::Controlled ? QColor(0xb0, 0x1c, 0x1c)
                    : kind == StampKind::Uncontrolled             ? QColor(0x8a, 0x52, 0x00)
                                                                  : QColor(0x1f, 0x4f, 0x99);
                QVERIFY2(pixelsNear(image, QRect(56, 20, 483, 26), colour) > 100, qPrintable(QString::number(page)));
                // …and never in the body.
                QCOMPARE(pixelsNear(image, QRect(56, 90, 483, 660), colour), 0);
            }
        }
    }

    void pageNumbersOnEveryPage()
    {
        DocumentRender input = sampleDocument();
        input.markdown = sampleMarkdown(14, 8);
        const QString path = exportDocument(input, QStringLiteral("numbers.pdf"));
        QVERIFY(!path.isEmpty());
        RENDERTEST_TOOL(info, "pdfinfo", QStringList{path});
        const int pages = infoValue(info, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 4, qPrintable(info));
        for (int page = 1; page <= pages; ++page) {
            const QString number = QString::number(page);
            RENDERTEST_TOOL(text, "pdftotext", (QStringList{QStringLiteral("-f"), number, QStringLiteral("-l"), number, path, QStringLiteral("-")}));
            const QString flat = simplified(text);
            QVERIFY2(flat.contains(QStringLiteral("第 %1 页 共 %2 页").arg(page).arg(pages)), qPrintable(flat.right(200)));
            QVERIFY2(flat.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(flat.right(200)));
            QVERIFY(flat.contains(input.header.number));
        }
    }

    // Paragraphs many lines long are cut between lines; each line must be in the text layer
    // of one page only, or search and copy find it twice.
    void linesCutBetweenPagesAreOnOnePageOnly()
    {
        DocumentRender input = sampleDocument();
        QStringList paragraphs;
        int word = 0;
        for (int paragraph = 0; paragraph < 12; ++paragraph) {
            QStringList words;
            for (int i = 0; i < 120; ++i)
                words << QStringLiteral("w%1").arg(++word, 4, 10, QLatin1Char('0'));
            words[3] = QStringLiteral("**") + words[3] + QStringLiteral("**");
            paragraphs << words.join(QLatin1Char(' '));
        }
        input.markdown = paragraphs.join(QStringLiteral("\n\n"));
        const QString path = exportDocument(input, QStringLiteral("cut.pdf"));
        QVERIFY(!path.isEmpty());
        RENDERTEST_TOOL(info, "pdfinfo", QStringList{path});
        const int pages = infoValue(info, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 3, qPrintable(info));
        QHash<QString, int> seen;
        const QRegularExpression token(QStringLiteral("\\bw\\d{4}\\b"));
        for (int page = 1; page <= pages; ++page) {
            const QString number = QString::number(page);
            RENDERTEST_TOOL(text, "pdftotext", (QStringList{QStringLiteral("-f"), number, QStringLiteral("-l"), number, path, QStringLiteral("-")}));
            for (auto match = token.globalMatch(text); match.hasNext();)
                ++seen[match.next().captured()];
        }
        QCOMPARE(seen.size(), word);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 is on %2 pages").arg(it.key()).arg(it.value())));
    }

    void chineseAndStandardsExtractExactly()
    {
        DocumentRender input = sampleDocument();
        input.markdown = QStringLiteral("# 信息安全方针\n\n本公司依据 ISO/IEC 27001:2013 与 ISO/IEC 20000-1:2018 建立信息安全管理体系（ISMS），"
                                        "持续改进。\n\n- 保密性、完整性、可用性\n\n`ISO/IEC 27002:2022` 附录 A.5.1\n");
        const QString path = exportDocument(input, QStringLiteral("chinese.pdf"));
        QVERIFY(!path.isEmpty());
        RENDERTEST_TOOL(text, "pdftotext", (QStringList{path, QStringLiteral("-")}));
        for (const QString &expected : {QStringLiteral("信息安全方针"), QStringLiteral("ISO/IEC 27001:2013"), QStringLiteral("ISO/IEC 20000-1:2018"),
                                        QStringLiteral("建立信息安全管理体系（ISMS）"), QStringLiteral("保密性、完整性、可用性"),
                                        QStringLiteral("ISO/IEC 27002:2022"), QStringLiteral("审批记录 Approval record"), QStringLiteral("张伟")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void longTableRepeatsItsHeader()
    {
        DocumentRender input = sampleDocument();
        QString md = QStringLiteral("# 控制措施清单\n\n| 编号 No. | 控制措施 Control | 负责人 Owner |\n|---|---|---|\n");
        for (int row = 1; row <= 90; ++row)
            md += QStringLiteral("| R%1 | 访问控制措施 %1 | 信息安全部 |\n").arg(row, 3, 10, QLatin1Char('0'));
        input.markdown = md;
        const QString path = exportDocument(input, QStringLiteral("table.pdf"));
        QVERIFY(!path.isEmpty());
        RENDERTEST_TOOL(info, "pdfinfo", QStringList{path});
        const int pages = infoValue(info, QStringLiteral("Pages")).toInt();
        QString all;
        int tablePages = 0;
        for (int page = 2; page <= pages; ++page) {  // page 1: the title block
            const QString number = QString::number(page);
            RENDERTEST_TOOL(text, "pdftotext", (QStringList{QStringLiteral("-f"), number, QStringLiteral("-l"), number, path, QStringLiteral("-")}));
            if (!text.contains(QStringLiteral("访问控制措施")))
                continue;
            ++tablePages;
            QVERIFY2(text.contains(QStringLiteral("控制措施 Control")) && text.contains(QStringLiteral("负责人 Owner")),
                     qPrintable(QStringLiteral("no header row on page ") + number));
            all += text;
        }
        QVERIFY2(tablePages >= 2, "the table does not span pages");
        // Every row exactly once: nothing clipped at a page break, nothing printed twice.
        for (int row = 1; row <= 90; ++row) {
            const QString marker = QStringLiteral("R%1").arg(row, 3, 10, QLatin1Char('0'));
            QCOMPARE(all.count(marker), 1);
        }
    }

    void metadata_data()
    {
        QTest::addColumn<bool>("pdfA");
        QTest::newRow("PDF 1.4") << false;
        QTest::newRow("PDF/A-1b") << true;
    }
    void metadata()
    {
        QFETCH(bool, pdfA);
        PdfOptions options;
        options.pdfA = pdfA;
        const DocumentRender input = sampleDocument(StampKind::Obsolete);
        const QString path = exportDocument(input, pdfA ? QStringLiteral("pdfa.pdf") : QStringLiteral("plain.pdf"), options);
        QVERIFY(!path.isEmpty());
        RENDERTEST_TOOL(info, "pdfinfo", QStringList{path});
        QCOMPARE(infoValue(info, QStringLiteral("Title")), input.header.title);
        QCOMPARE(infoValue(info, QStringLiteral("Subject")), QStringLiteral("ISMS-P-012 B/2"));
        QCOMPARE(infoValue(info, QStringLiteral("Author")), input.author);
        QCOMPARE(infoValue(info, QStringLiteral("Creator")), QStringLiteral("DocControl"));
        QCOMPARE(infoValue(info, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.contains("pdfaid:part=\"1\""), pdfA);
        if (pdfA) {
            // Nothing transparent: every graphics state is opaque, no soft masks.
            static const QRegularExpression alpha(QStringLiteral("/(ca|CA) ([0-9.]+)"));
            auto it = alpha.globalMatch(QString::fromLatin1(bytes));
            while (it.hasNext())
                QCOMPARE(it.next().captured(2).toDouble(), 1.0);
            QVERIFY(!bytes.contains("/SMask ") || bytes.count("/SMask /None") == bytes.count("/SMask "));
        }
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), infoValue(info, QStringLiteral("Pages")).toInt());
    }

    void letterPages()
    {
        PdfOptions options;
        options.pageSize = QPageSize::Letter;
        const QString path = exportDocument(sampleDocument(), QStringLiteral("letter.pdf"), options);
        QVERIFY(!path.isEmpty());
        RENDERTEST_TOOL(info, "pdfinfo", QStringList{path});
        QCOMPARE(infoValue(info, QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
    }

    void refusesOtherPageSizes()
    {
        PdfOptions options;
        options.pageSize = QPageSize::A3;
        const QString path = m_dir.filePath(QStringLiteral("a3.pdf"));
        const Status status = writeDocumentPdf(sampleDocument(), options, path);
        QVERIFY(!status);
        QCOMPARE(status.code(), ErrorCode::InvalidInput);
        QVERIFY(!QFile::exists(path));
    }

    void imagesComeFromTheInput()
    {
        DocumentRender input = sampleDocument();
        QImage logo(800, 200, QImage::Format_RGB32);  // wider than the page: scaled down
        logo.fill(QColor(0x20, 0x60, 0xa0));
        input.images.insert(QStringLiteral("logo.png"), logo);
        QImage chart(100, 60, QImage::Format_RGB32);
        chart.fill(Qt::darkGreen);
        input.images.insert(QStringLiteral("org chart.png"), chart);
        input.markdown = QStringLiteral("# 组织结构\n\n![组织结构图](logo.png)\n\n![不存在](/etc/hostname)\n\n![图](org%20chart.png)\n\n结束 End.\n");
        const QString path = exportDocument(input, QStringLiteral("image.pdf"));
        QVERIFY(!path.isEmpty());
        RENDERTEST_TOOL(list, "pdfimages", (QStringList{QStringLiteral("-list"), path}));
        const QStringList rows = list.split(u'\n', Qt::SkipEmptyParts).mid(2);  // two header lines
        QCOMPARE(rows.size(), 2);  // the logo and the chart; the file name is not read from disk
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QImage page = pdf.render(1, QSize(595, 842));
        QVERIFY(pixelsNear(page, QRect(56, 80, 483, 250), QColor(0x20, 0x60, 0xa0)) > 5000);
        // Scaled into the body: none of it in the right margin.
        QCOMPARE(pixelsNear(page, QRect(541, 80, 54, 250), QColor(0x20, 0x60, 0xa0)), 0);
    }

    void emptyContentStillExports()
    {
        DocumentRender input = sampleDocument(StampKind::Draft);
        input.markdown.clear();
        input.approvals.clear();
        input.history.clear();
        input.footer.effectiveDate = QDate();
        const QString path = exportDocument(input, QStringLiteral("empty.pdf"));
        QVERIFY(!path.isEmpty());
        RENDERTEST_TOOL(text, "pdftotext", (QStringList{path, QStringLiteral("-")}));
        const QString flat = simplified(text);
        QVERIFY(flat.contains(QStringLiteral("Page 2 of 2")));  // title block, then the (empty) content
        QVERIFY(flat.contains(QStringLiteral("生效日期 Effective: —")));
    }

    void writesAtomically()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/out.pdf"));
        const Status status = writeDocumentPdf(sampleDocument(), {}, missing);
        QVERIFY(!status);
        QCOMPARE(status.code(), ErrorCode::Io);
        QVERIFY(status.message().contains(QStringLiteral("out.pdf")));

        // An existing file is replaced whole.
        const QString path = m_dir.filePath(QStringLiteral("replaced.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content");
        old.close();
        QVERIFY(writeDocumentPdf(sampleDocument(), {}, path).ok());
        QVERIFY(readPdfIdentity(path).ok());
    }

    void paintsOnAnyPagedDevice()
    {
        // The printing path: the caller's device (here a QPdfWriter standing in for a QPrinter).
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        int pages = 0;
        {
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout::Millimeter);  // a printer's unprintable border
            const Result<int> painted = paintDocument(sampleDocument(StampKind::Uncontrolled), &writer);
            QVERIFY2(painted.ok(), qPrintable(painted.message()));
            pages = painted.value();
        }
        RENDERTEST_TOOL(info, "pdfinfo", QStringList{path});
        QCOMPARE(infoValue(info, QStringLiteral("Pages")).toInt(), pages);
        RENDERTEST_TOOL(text, "pdftotext", (QStringList{path, QStringLiteral("-")}));
        QVERIFY(!text.contains(QStringLiteral("UNCONTROLLED")));
        QVERIFY(simplified(text).contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // The page grid is measured from the sheet's edge, whatever the printer's margins: the
        // stamp is where it always is.
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pixelsNear(pdf.render(0, QSize(595, 842)), QRect(56, 20, 483, 26), QColor(0x8a, 0x52, 0x00)) > 100);
    }
};

QTEST_MAIN(TestDocumentPdf)
#include "tst_documentpdf.moc"
