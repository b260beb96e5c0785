// ArchiveWriter and ArchiveReader on well-formed archives: every format round-trips UTF-8
// names, folders, empty and large files (streamed), time stamps; writes are atomic; names a
// reader would refuse are never written; extractArchive() writes what the archive holds.

#include "core/archive/archivereader.h"
#include "core/archive/archivewriter.h"
#include "core/archive/extract.h"

#include "../unit/testsupport.h"
#include "fixtures.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <QTimeZone>

using namespace dc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dc::ArchiveFormat)

namespace {

const QDateTime kWhen(QDate(2024, 5, 17), QTime(9, 30, 12), QTimeZone::utc());

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

// Reads every entry: name -> content ("/" appended to folder names).
QMap<QString, QByteArray> readAll(const QString &path, QString *error = nullptr)
{
    QMap<QString, QByteArray> entries;
    auto reader = ArchiveReader::open(path);
    if (!reader) {
        if (error)
            *error = reader.message();
        return entries;
    }
    for (;;) {
        const auto more = (*reader)->next();
        if (!more || !*more) {
            if (!more && error)
                *error = more.message();
            break;
        }
        const ArchiveEntry entry = (*reader)->entry();
        const auto content = (*reader)->readEntryAll();
        if (!content) {
            if (error)
                *error = content.message();
            break;
        }
        entries.insert(entry.type == ArchiveEntryType::Directory ? entry.name + u'/' : entry.name, *content);
    }
    return entries;
}

} // namespace

class TestArchive : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void compressionFormats_data();
    void compressionFormats();
    void largeFile_streamsBothWays();
    void sequentialDevice_toTar_isSpooled();
    void writer_refusesUnsafeNames_data();
    void writer_refusesUnsafeNames();
    void writer_abandoned_leavesNothing();
    void writer_failedFile_leavesOldArchive();
    void writer_shortDevice_fails();
    void odtMimetype_isStored();
    void reader_missingFile();
    void reader_readTwice_isRefused();
    void extract_writesFiles();
    void extract_refusesNonEmptyTarget();
};

void TestArchive::roundTrip_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::newRow("zip") << ArchiveFormat::Zip;
    QTest::newRow("tar") << ArchiveFormat::Tar;
    QTest::newRow("tar.gz") << ArchiveFormat::TarGzip;
    QTest::newRow("tar.zst") << ArchiveFormat::TarZstd;
}

void TestArchive::roundTrip()
{
    QFETCH(ArchiveFormat, format);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bundle"_s);
    const QByteArray manual = u"# 信息安全与服务管理手册\n\n受控文件。\n"_s.toUtf8();
    const QByteArray blob = randomBytes(200 * 1024 + 3, 7);
    {
        auto writer = ArchiveWriter::create(path, format);
        DC_EXPECT_OK(writer);
        DC_EXPECT_OK((*writer)->addData(u"manifest.json"_s, QByteArrayLiteral("{\"version\":1}"), kWhen));
        DC_EXPECT_OK((*writer)->addData(u"文件/ISMS-0001-2022 信息安全与服务管理手册.md"_s, manual, kWhen));
        DC_EXPECT_OK((*writer)->addData(u"文件/附件/empty.txt"_s, QByteArray(), kWhen));
        DC_EXPECT_OK((*writer)->addDirectory(u"记录"_s, kWhen));
        QBuffer source;
        source.setData(blob);
        source.open(QIODevice::ReadOnly);
        DC_EXPECT_OK((*writer)->addFile(u"attachments/scan.bin"_s, source, kWhen));
        QVERIFY(!QFile::exists(path)); // nothing visible before finish()
        DC_EXPECT_OK((*writer)->finish());
    }
    QVERIFY(QFile::exists(path));

    auto reader = ArchiveReader::open(path);
    DC_EXPECT_OK(reader);
    QStringList names;
    QMap<QString, QByteArray> contents;
    for (;;) {
        const auto more = (*reader)->next();
        DC_EXPECT_OK(more);
        if (!*more)
            break;
        const ArchiveEntry entry = (*reader)->entry();
        QCOMPARE(entry.modified, kWhen);
        names.append(entry.name);
        if (entry.type == ArchiveEntryType::File) {
            const auto content = (*reader)->readEntryAll();
            DC_EXPECT_OK(content);
            QCOMPARE(entry.declaredSize, content->size());
            contents.insert(entry.name, *content);
        } else {
            QCOMPARE(entry.name, u"记录"_s);
        }
    }
    QCOMPARE(names, (QStringList{u"manifest.json"_s, u"文件/ISMS-0001-2022 信息安全与服务管理手册.md"_s, u"文件/附件/empty.txt"_s,
                                 u"记录"_s, u"attachments/scan.bin"_s}));
    QCOMPARE(contents.value(u"文件/ISMS-0001-2022 信息安全与服务管理手册.md"_s), manual);
    QCOMPARE(contents.value(u"文件/附件/empty.txt"_s), QByteArray());
    QCOMPARE(contents.value(u"attachments/scan.bin"_s), blob);
    QCOMPARE((*reader)->entryCount(), 5);
}

void TestArchive::compressionFormats_data()
{
    QTest::addColumn<ArchiveFormat>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("zip") << ArchiveFormat::Zip << QByteArray("PK\x03\x04") << qint64(0);
    QTest::newRow("tar") << ArchiveFormat::Tar << QByteArray("ustar") << qint64(257);
    QTest::newRow("gzip") << ArchiveFormat::TarGzip << QByteArray("\x1f\x8b") << qint64(0);
    QTest::newRow("zstd") << ArchiveFormat::TarZstd << QByteArray("\x28\xb5\x2f\xfd") << qint64(0);
}

// The container really is the one asked for (zstd writing is supported by libarchive 3.6.2).
void TestArchive::compressionFormats()
{
    QFETCH(ArchiveFormat, format);
    QFETCH(QByteArray, magic);
    QFETCH(qint64, offset);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a"_s);
    auto writer = ArchiveWriter::create(path, format);
    DC_EXPECT_OK(writer);
    DC_EXPECT_OK((*writer)->addData(u"a.txt"_s, QByteArray(100000, 'a')));
    DC_EXPECT_OK((*writer)->finish());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.mid(offset, magic.size()), magic);
    if (format != ArchiveFormat::Tar)
        QVERIFY2(bytes.size() < 5000, "the content was not compressed");
}

// 48 MiB written from a file and read back into a file, 64 KiB at a time.
void TestArchive::largeFile_streamsBothWays()
{
    QTemporaryDir dir;
    const QString sourcePath = dir.filePath(u"source.bin"_s);
    QCryptographicHash expected(QCryptographicHash::Sha256);
    {
        QFile source(sourcePath);
        QVERIFY(source.open(QIODevice::WriteOnly));
        for (int i = 0; i < 48; ++i) {
            const QByteArray chunk = randomBytes(1 << 20, quint32(i));
            expected.addData(chunk);
            QCOMPARE(source.write(chunk), chunk.size());
        }
    }
    const QString archivePath = dir.filePath(u"big.tar.zst"_s);
    {
        auto writer = ArchiveWriter::create(archivePath, ArchiveFormat::TarZstd);
        DC_EXPECT_OK(writer);
        QFile source(sourcePath);
        QVERIFY(source.open(QIODevice::ReadOnly));
        DC_EXPECT_OK((*writer)->addFile(u"store.sqlite"_s, source));
        DC_EXPECT_OK((*writer)->finish());
    }
    auto reader = ArchiveReader::open(archivePath);
    DC_EXPECT_OK(reader);
    const auto more = (*reader)->next();
    DC_EXPECT_OK(more);
    QVERIFY(*more);
    QCOMPARE((*reader)->entry().declaredSize, qint64(48) << 20);
    QFile out(dir.filePath(u"out.bin"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    DC_EXPECT_OK((*reader)->readEntry(out));
    out.close();
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCryptographicHash actual(QCryptographicHash::Sha256);
    QVERIFY(actual.addData(&out));
    QCOMPARE(actual.result().toHex(), expected.result().toHex());
    QCOMPARE((*reader)->totalSize(), qint64(48) << 20);
}

void TestArchive::sequentialDevice_toTar_isSpooled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.tar.gz"_s);
    auto writer = ArchiveWriter::create(path, ArchiveFormat::TarGzip);
    DC_EXPECT_OK(writer);
    fixtures::RepeatDevice spaces(300000, ' ');
    DC_EXPECT_OK((*writer)->addFile(u"spaces.txt"_s, spaces));
    DC_EXPECT_OK((*writer)->finish());
    QCOMPARE(readAll(path).value(u"spaces.txt"_s), QByteArray(300000, ' '));
}

void TestArchive::writer_refusesUnsafeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("why");
    QTest::newRow("dot-dot") << u"../evil.txt"_s << u"\"..\""_s;
    QTest::newRow("inner dot-dot") << u"a/../../evil.txt"_s << u"\"..\""_s;
    QTest::newRow("absolute") << u"/etc/passwd"_s << u"absolute"_s;
    QTest::newRow("backslash") << u"\\evil.txt"_s << u"absolute"_s;
    QTest::newRow("drive") << u"C:\\evil.txt"_s << u"drive letter"_s;
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("only dots") << u"./."_s << u"names no file"_s;
    QTest::newRow("control") << u"a\nb.txt"_s << u"control characters"_s;
    QTest::newRow("duplicate") << u"./manifest.json"_s << u"twice"_s;
    QTest::newRow("duplicate slashes") << u"文件//a.md"_s << u"twice"_s;
}

void TestArchive::writer_refusesUnsafeNames()
{
    QFETCH(QString, name);
    QFETCH(QString, why);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.zip"_s);
    auto writer = ArchiveWriter::create(path, ArchiveFormat::Zip);
    DC_EXPECT_OK(writer);
    DC_EXPECT_OK((*writer)->addData(u"manifest.json"_s, "{}"));
    DC_EXPECT_OK((*writer)->addData(u"文件/a.md"_s, "a"));
    const Status refused = (*writer)->addData(name, "x");
    DC_EXPECT_ERROR(refused, ErrorCode::InvalidInput);
    QVERIFY2(refused.message().contains(why), qPrintable(refused.message()));
    // A refused name leaves the archive usable.
    DC_EXPECT_OK((*writer)->finish());
    QCOMPARE(readAll(path).keys(), (QList<QString>{u"manifest.json"_s, u"文件/a.md"_s}));
}

void TestArchive::writer_abandoned_leavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.tar.gz"_s);
    {
        auto writer = ArchiveWriter::create(path, ArchiveFormat::TarGzip);
        DC_EXPECT_OK(writer);
        DC_EXPECT_OK((*writer)->addData(u"a.txt"_s, QByteArray(1 << 20, 'a')));
    } // destroyed without finish()
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestArchive::writer_failedFile_leavesOldArchive()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"backup.tar.zst"_s);
    {
        auto writer = ArchiveWriter::create(path, ArchiveFormat::TarZstd);
        DC_EXPECT_OK(writer);
        DC_EXPECT_OK((*writer)->addData(u"old.txt"_s, "old"));
        DC_EXPECT_OK((*writer)->finish());
    }
    {
        auto writer = ArchiveWriter::create(path, ArchiveFormat::TarZstd);
        DC_EXPECT_OK(writer);
        DC_EXPECT_OK((*writer)->addData(u"new.txt"_s, "new"));
        QFile unreadable(dir.filePath(u"missing"_s)); // never opened
        DC_EXPECT_ERROR((*writer)->addFile(u"b.txt"_s, unreadable), ErrorCode::Io);
    }
    QCOMPARE(readAll(path).keys(), QList<QString>{u"old.txt"_s});
}

namespace {

// Claims a size, then delivers less: a file that shrank while it was archived.
class ShortDevice final : public QIODevice {
public:
    ShortDevice() { open(QIODevice::ReadOnly); }
    qint64 size() const override { return 100000; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = qMin(max, 1000 - m_done);
        memset(data, 'x', size_t(qMax<qint64>(n, 0)));
        m_done += qMax<qint64>(n, 0);
        return n > 0 ? n : -1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_done = 0;
};

} // namespace

void TestArchive::writer_shortDevice_fails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.tar"_s);
    auto writer = ArchiveWriter::create(path, ArchiveFormat::Tar);
    DC_EXPECT_OK(writer);
    ShortDevice device;
    const Status added = (*writer)->addFile(u"a.bin"_s, device);
    DC_EXPECT_ERROR(added, ErrorCode::Io);
    QVERIFY2(added.message().contains(u"a.bin"_s), qPrintable(added.message()));
    DC_EXPECT_ERROR((*writer)->finish(), ErrorCode::Io);
    QVERIFY(!QFile::exists(path));
}

// An .odt needs its "mimetype" entry stored, uncompressed, first.
void TestArchive::odtMimetype_isStored()
{
    const QByteArray odt = fixtures::manualOdt();
    QCOMPARE(qFromLittleEndian<quint16>(odt.constData() + 8), quint16(0)); // method: stored
    QCOMPARE(odt.mid(30, 8), QByteArray("mimetype"));
    const int extra = qFromLittleEndian<quint16>(odt.constData() + 28);
    QCOMPARE(odt.mid(38 + extra, 39), QByteArray("application/vnd.oasis.opendocument.text"));
}

void TestArchive::reader_missingFile()
{
    QTemporaryDir dir;
    const auto reader = ArchiveReader::open(dir.filePath(u"none.zip"_s));
    DC_EXPECT_ERROR(reader, ErrorCode::CannotOpen);
    QVERIFY(reader.message().contains(u"none.zip"_s));
}

void TestArchive::reader_readTwice_isRefused()
{
    auto reader = ArchiveReader::fromData(fixtures::manualDocx());
    DC_EXPECT_OK(reader);
    DC_EXPECT_OK((*reader)->next());
    DC_EXPECT_OK((*reader)->readEntryAll());
    DC_EXPECT_ERROR((*reader)->readEntryAll(), ErrorCode::InvalidState);
}

void TestArchive::extract_writesFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bundle.zip"_s);
    {
        auto writer = ArchiveWriter::create(path, ArchiveFormat::Zip);
        DC_EXPECT_OK(writer);
        DC_EXPECT_OK((*writer)->addData(u"文件/手册.md"_s, "# 手册\n", kWhen));
        DC_EXPECT_OK((*writer)->addDirectory(u"空目录"_s));
        DC_EXPECT_OK((*writer)->addData(u"manifest.json"_s, "{}"));
        DC_EXPECT_OK((*writer)->finish());
    }
    const QString target = dir.filePath(u"out"_s);
    const auto files = extractArchive(path, target);
    DC_EXPECT_OK(files);
    QCOMPARE(*files, (QStringList{u"文件/手册.md"_s, u"manifest.json"_s}));
    QFile manual(target + u"/文件/手册.md"_s);
    QVERIFY(manual.open(QIODevice::ReadOnly));
    QCOMPARE(manual.readAll(), QByteArray("# 手册\n"));
    QCOMPARE(QFileInfo(manual).lastModified().toUTC(), kWhen);
    QVERIFY(QFileInfo(target + u"/空目录"_s).isDir());
}

void TestArchive::extract_refusesNonEmptyTarget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bundle.zip"_s);
    QFile archive(path);
    QVERIFY(archive.open(QIODevice::WriteOnly));
    archive.write(fixtures::manualDocx());
    archive.close();
    QDir(dir.path()).mkdir(u"out"_s);
    QFile keep(dir.filePath(u"out/keep.txt"_s));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    const auto files = extractArchive(path, dir.filePath(u"out"_s));
    DC_EXPECT_ERROR(files, ErrorCode::InvalidInput);
    QVERIFY(files.message().contains(u"not empty"_s));
    QCOMPARE(QDir(dir.filePath(u"out"_s)).entryList(QDir::Files), QStringList{u"keep.txt"_s});
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
