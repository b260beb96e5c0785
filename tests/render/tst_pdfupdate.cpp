// What the renderer adds to the file QPdfWriter wrote (an incremental update): the information
// dictionary, a nested outline, links between pages and content shared by every page; and its
// refusal of files whose structure it does not know.

#include "core/render/pdfupdate.h"
#include "core/render/stampart.h"
#include "rendertestsupport.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dc;
using namespace dc::render;
using namespace rendertest;

namespace {

// A three-page PDF as QPdfWriter writes it.
QByteArray qtPdf(QPagedPaintDevice::PdfVersion version = QPagedPaintDevice::PdfVersion_1_4)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(version);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        QPainter painter(&writer);
        for (int page = 1; page <= 3; ++page) {
            if (page > 1)
                writer.newPage();
            painter.drawText(QPointF(1000, 1000), QStringLiteral("Seite %1").arg(page));
        }
    }
    return buffer.data();
}

} // namespace

class TestPdfUpdate : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString save(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void informationDictionary()
    {
        const QByteArray pdf = qtPdf();
        const PdfInfo info{QStringLiteral("信息安全方针 (Policy)"), QStringLiteral("张伟"), QStringLiteral("ISMS-0001-2022 A/1"),
                           QStringLiteral("DocControl"), QStringLiteral("DocControl (Qt)"), QDateTime(QDate(2026, 11, 21), QTime(8, 30), QTimeZone::utc())};
        const auto update = pdfUpdate(pdf, info, {}, {});
        QVERIFY2(update.ok(), qPrintable(update.message()));
        QVERIFY(update->endsWith("%%EOF\n"));
        const QString path = save(QStringLiteral("info.pdf"), pdf + update.value());
        RENDERTEST_TOOL(text, "pdfinfo", QStringList{path});
        QCOMPARE(infoValue(text, QStringLiteral("Title")), info.title);
        QCOMPARE(infoValue(text, QStringLiteral("Author")), info.author);
        QCOMPARE(infoValue(text, QStringLiteral("Subject")), info.subject);
        QCOMPARE(infoValue(text, QStringLiteral("Pages")), QStringLiteral("3"));
        QVERIFY(infoValue(text, QStringLiteral("CreationDate")).contains(QStringLiteral("2026")));
    }

    void nestedOutline()
    {
        const QByteArray pdf = qtPdf();
        const QList<PdfBookmark> marks{{QStringLiteral("1 范围"), 1, 0, 100},
                                       {QStringLiteral("1.1 目的"), 2, 0, 400},
                                       {QStringLiteral("1.2 适用"), 2, 1, 100},
                                       {QStringLiteral("2 职责"), 1, 2, 100}};
        const auto update = pdfUpdate(pdf, {}, marks, {});
        QVERIFY2(update.ok(), qPrintable(update.message()));
        const QString path = save(QStringLiteral("outline.pdf"), pdf + update.value());
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        QPdfBookmarkModel model;
        model.setDocument(&document);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(int(QPdfBookmarkModel::Role::Title)).toString(), QStringLiteral("1 范围"));
        QCOMPARE(model.rowCount(first), 2);
        QCOMPARE(model.index(1, 0, first).data(int(QPdfBookmarkModel::Role::Title)).toString(), QStringLiteral("1.2 适用"));
        QCOMPARE(model.index(1, 0, first).data(int(QPdfBookmarkModel::Role::Page)).toInt(), 1);
        QCOMPARE(model.index(1, 0).data(int(QPdfBookmarkModel::Role::Page)).toInt(), 2);
    }

    void sharedOverlayOnEveryPage()
    {
        const QByteArray pdf = qtPdf(QPagedPaintDevice::PdfVersion_A1b);
        PdfOverlay overlay;
        overlay.over = "0 0 1 rg\n50 50 100 40 re f\n";  // a blue box, bottom left
        const auto update = pdfUpdate(pdf, {}, {}, {}, overlay);
        QVERIFY2(update.ok(), qPrintable(update.message()));
        QCOMPARE(update->count("/FlateDecode"), 2);  // written once, not per page
        const QString path = save(QStringLiteral("overlay.pdf"), pdf + update.value());
        QPdfDocument document;
        QCOMPARE(document.load(path), QPdfDocument::Error::None);
        for (int page = 0; page < 3; ++page) {
            const QImage image = document.render(page, QSize(595, 842));
            QCOMPARE(image.pixelColor(100, 842 - 70), QColor(Qt::blue));
            QVERIFY(document.getAllText(page).text().contains(QStringLiteral("Seite %1").arg(page + 1)));
        }
        RENDERTEST_TOOL(text, "pdfinfo", QStringList{path});
        QCOMPARE(infoValue(text, QStringLiteral("Pages")), QStringLiteral("3"));
    }

    void refusesUnknownStructure_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::newRow("not a PDF") << QByteArray("hello");
        QTest::newRow("no cross-reference table") << QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF\n");
        QByteArray truncated = qtPdf();
        truncated.truncate(truncated.size() / 2);
        QTest::newRow("truncated") << truncated;
    }
    void refusesUnknownStructure()
    {
        QFETCH(QByteArray, pdf);
        const auto update = pdfUpdate(pdf, {}, {}, {});
        QVERIFY(!update.ok());
        QCOMPARE(update.code(), ErrorCode::InvalidInput);
    }

    void textStrings()
    {
        QCOMPARE(pdfTextString(QStringLiteral("A")), QByteArray("<FEFF0041>"));
        QCOMPARE(pdfTextString(QStringLiteral("文")), QByteArray("<FEFF6587>"));
        QCOMPARE(pdfDate(QDateTime(QDate(2026, 11, 21), QTime(8, 30, 5), QTimeZone::utc())), QByteArray("D:20261121083005Z"));
    }

    void bannerStaysInItsBand_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("holder");
        QTest::newRow("controlled") << int(StampKind::Controlled) << QStringLiteral("IT 部");
        QTest::newRow("controlled, long holder") << int(StampKind::Controlled) << QString(60, u'长');
        QTest::newRow("uncontrolled") << int(StampKind::Uncontrolled) << QString();
        QTest::newRow("draft") << int(StampKind::Draft) << QString();
    }
    void bannerStaysInItsBand()
    {
        QFETCH(int, kind);
        QFETCH(QString, holder);
        QVERIFY(ensureRenderFont().ok());
        const PageGeometry geometry = PageGeometry::forPage(QSizeF(595, 842));
        const StampArt art(Stamp{StampKind(kind), 7, holder, QDate(2026, 11, 21), {}}, geometry);
        QVERIFY(!art.isDiagonal());
        const QRectF bounds = art.outline().boundingRect();
        QVERIFY2(geometry.stampBand.adjusted(-1, -1, 1, 1).contains(bounds), "the stamp leaves its band");
        QVERIFY(bounds.bottom() < geometry.header.top());
        QVERIFY(!bounds.intersects(geometry.body));
        const QByteArray operators = art.pdfOperators();
        QVERIFY(operators.endsWith("f\n"));
        QVERIFY(!operators.contains("Tj"));  // outlines, never text
    }

    void watermarkStaysInTheBody()
    {
        QVERIFY(ensureRenderFont().ok());
        const PageGeometry geometry = PageGeometry::forPage(QSizeF(612, 792));  // Letter
        const StampArt art(Stamp{StampKind::Obsolete, 0, {}, {}, {}}, geometry);
        QVERIFY(art.isDiagonal());
        QVERIFY(geometry.body.contains(art.outline().boundingRect()));
    }
};

QTEST_MAIN(TestPdfUpdate)
#include "tst_pdfupdate.moc"
