// The identity an export carries (number, revision, copy, content hash, stamp) and reading it
// back from the file without a PDF library, including what is not a DocControl export.

#include "core/render/pdfexport.h"
#include "rendertestsupport.h"

#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace dc::render;
using namespace rendertest;

Q_DECLARE_METATYPE(dc::render::StampKind)
Q_DECLARE_METATYPE(dc::ErrorCode)

class TestPdfIdentity : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<StampKind>("kind");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("pdfA");
        QTest::newRow("controlled copy") << StampKind::Controlled << QStringLiteral("ISMS-P-012") << false;
        QTest::newRow("uncontrolled, PDF/A") << StampKind::Uncontrolled << QStringLiteral("ISMS-0001-2022") << true;
        QTest::newRow("draft, Chinese number") << StampKind::Draft << QStringLiteral("质量-手册-01") << false;
        QTest::newRow("obsolete, markup in number") << StampKind::Obsolete << QStringLiteral("A<&>\"B") << false;
    }
    void roundTrip()
    {
        QFETCH(StampKind, kind);
        QFETCH(QString, number);
        QFETCH(bool, pdfA);
        DocumentRender input = sampleDocument(kind);
        input.header.number = number;
        if (kind == StampKind::Controlled)
            input.stamp.copyNumber = 123;
        PdfOptions options;
        options.pdfA = pdfA;
        const QString path = m_dir.filePath(QStringLiteral("identity-%1.pdf").arg(stampKindKey(kind)));
        QVERIFY(writeDocumentPdf(input, options, path).ok());
        const auto identity = readPdfIdentity(path);
        QVERIFY2(identity.ok(), qPrintable(identity.message()));
        QCOMPARE(identity->number, number);
        QCOMPARE(identity->revisionLabel, QStringLiteral("B/2"));
        QCOMPARE(identity->copyNumber, kind == StampKind::Controlled ? 123 : 0);
        QCOMPARE(identity->contentSha256, dc::contentHash(input.markdown));
        QCOMPARE(identity->stamp, kind);
        QCOMPARE(identity.value(), identityOf(input));
    }

    void identityIsPlainXmp()
    {
        // Readable by anything that looks for XMP: the packet is stored uncompressed.
        const QString path = m_dir.filePath(QStringLiteral("xmp.pdf"));
        QVERIFY(writeDocumentPdf(sampleDocument(), {}, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.contains("<x:xmpmeta"));
        QVERIFY(pdf.contains("dcid:number=\"ISMS-P-012\""));
        QVERIFY(pdf.contains("dcid:copy=\"7\""));
        QVERIFY(pdf.contains("dcid:stamp=\"controlled\""));
    }

    void readingFails_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<dc::ErrorCode>("code");
        QTest::newRow("empty file") << QStringLiteral("empty.pdf") << QByteArray() << ErrorCode::InvalidInput;
        QTest::newRow("text file") << QStringLiteral("notes.pdf") << QByteArray("受控文件清单\nISMS-P-012\n") << ErrorCode::InvalidInput;
        QTest::newRow("PNG named .pdf") << QStringLiteral("image.pdf") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << ErrorCode::InvalidInput;
        QTest::newRow("truncated identity") << QStringLiteral("truncated.pdf")
                                            << QByteArray("%PDF-1.4\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF "
                                                          "xmlns:dcid=\"urn:doccontrol:pdf-identity:1.0#\"")
                                            << ErrorCode::InvalidInput;
    }
    void readingFails()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(dc::ErrorCode, code);
        const QString path = writeFile(name, content);
        QVERIFY(!path.isEmpty());
        const auto identity = readPdfIdentity(path);
        QVERIFY(!identity.ok());
        QCOMPARE(identity.code(), code);
        QVERIFY2(identity.message().contains(name), qPrintable(identity.message()));
    }

    void missingFileCannotBeOpened()
    {
        const auto identity = readPdfIdentity(m_dir.filePath(QStringLiteral("missing.pdf")));
        QVERIFY(!identity.ok());
        QCOMPARE(identity.code(), ErrorCode::CannotOpen);
        QVERIFY(identity.message().contains(QStringLiteral("missing.pdf")));
    }

    void pdfWithoutIdentity()
    {
        // A PDF from elsewhere (here: Qt's own writer, with its own XMP metadata).
        const QString path = m_dir.filePath(QStringLiteral("other.pdf"));
        {
            QPdfWriter writer(path);
            writer.setTitle(QStringLiteral("Not ours"));
            QPainter painter(&writer);
            painter.drawText(QPointF(100, 100), QStringLiteral("ISMS-P-012"));
        }
        const auto identity = readPdfIdentity(path);
        QVERIFY(!identity.ok());
        QCOMPARE(identity.code(), ErrorCode::NotFound);
        QVERIFY2(identity.message().contains(QStringLiteral("identity")), qPrintable(identity.message()));
    }

    void damagedIdentity_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("unknown stamp") << QByteArray("dcid:stamp=\"controlled\"") << QByteArray("dcid:stamp=\"approved!\"");
        QTest::newRow("copy not a number") << QByteArray("dcid:copy=\"7\"") << QByteArray("dcid:copy=\"x\"");
        QTest::newRow("hash not hex") << QByteArray("dcid:sha256=\"") << QByteArray("dcid:sha256=\"zz");
        QTest::newRow("no number") << QByteArray("dcid:number=\"ISMS-P-012\"") << QByteArray("dcid:number=\"\"");
    }
    void damagedIdentity()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const QString path = m_dir.filePath(QStringLiteral("damaged.pdf"));
        QVERIFY(writeDocumentPdf(sampleDocument(), {}, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray pdf = file.readAll();
        file.close();
        QVERIFY(pdf.contains(from));
        pdf.replace(from, to);
        const auto identity = readPdfIdentity(writeFile(QStringLiteral("damaged.pdf"), pdf));
        QVERIFY(!identity.ok());
        QCOMPARE(identity.code(), ErrorCode::InvalidInput);
        QVERIFY2(identity.message().contains(QStringLiteral("damaged")), qPrintable(identity.message()));
    }
};

QTEST_MAIN(TestPdfIdentity)
#include "tst_pdfidentity.moc"
