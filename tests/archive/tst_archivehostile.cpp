// Hostile archives: each is built here (libarchive with raw names, or patched bytes) and must
// be refused with a message naming the problem, by ArchiveReader and by extractArchive(),
// which writes nothing outside its target and leaves nothing behind in it.

#include "core/archive/archivereader.h"
#include "core/archive/extract.h"

#include "../unit/testsupport.h"
#include "fixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QtEndian>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace dc;
using namespace fixtures;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fixtures::RawFormat)
Q_DECLARE_METATYPE(QList<fixtures::RawEntry>)
Q_DECLARE_METATYPE(dc::ArchiveLimits)

namespace {

RawEntry file(const QByteArray &name, const QByteArray &data = "content")
{
    return RawEntry{name, RawEntry::Type::File, data, {}, 0};
}

RawEntry special(const QByteArray &name, RawEntry::Type type, const QByteArray &link = {})
{
    return RawEntry{name, type, {}, link, 0};
}

RawEntry zeros(const QByteArray &name, qint64 size)
{
    return RawEntry{name, RawEntry::Type::File, {}, {}, size};
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray data(size, Qt::Uninitialized);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QStringList listing(const QString &path)
{
    QStringList names;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(path).relativeFilePath(it.next()));
    names.sort();
    return names;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

// Rewrites the uncompressed size in every local header, data descriptor and central-directory
// record: headers that lie.
QByteArray withDeclaredSize(QByteArray zip, quint32 size)
{
    const auto patch = [&zip, size](const char *signature, int offset) {
        for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4))
            qToLittleEndian<quint32>(size, zip.data() + at + offset);
    };
    patch("PK\x03\x04", 22);
    patch("PK\x07\x08", 12);
    patch("PK\x01\x02", 24);
    return zip;
}

} // namespace

class TestArchiveHostile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void damaged_data();
    void damaged();
    void lyingHeader_isCaughtWhileStreaming();
    void lyingHeaders_totalIsCaughtWhileStreaming();
    void oversizedDeclaredEntry_isRefusedUpFront();
    void nonUtf8ZipName_isRefused();
};

void TestArchiveHostile::refused_data()
{
    QTest::addColumn<RawFormat>("format");
    QTest::addColumn<QList<RawEntry>>("entries");
    QTest::addColumn<ArchiveLimits>("limits");
    QTest::addColumn<QString>("expected"); // in the message

    const ArchiveLimits defaults;
    ArchiveLimits smallTotal;
    smallTotal.maxTotalSize = 2500000;
    smallTotal.maxRatio = 1000000;

    QTest::newRow("dot-dot, tar") << RawFormat::Tar << QList<RawEntry>{file("ok.txt"), file("../evil.txt")} << defaults << u"\"../evil.txt\" is refused: it has a \"..\" component"_s;
    QTest::newRow("dot-dot inside, zip") << RawFormat::Zip << QList<RawEntry>{file("a/b/../../../evil.txt")} << defaults << u"\"a/b/../../../evil.txt\" is refused: it has a \"..\""_s;
    QTest::newRow("backslash dot-dot, zip") << RawFormat::Zip << QList<RawEntry>{file("a\\..\\..\\evil.txt")} << defaults << u"has a \"..\" component"_s;
    QTest::newRow("absolute, tar") << RawFormat::Tar << QList<RawEntry>{file("/tmp/evil.txt")} << defaults << u"\"/tmp/evil.txt\" is refused: it is an absolute path"_s;
    QTest::newRow("absolute, zip") << RawFormat::Zip << QList<RawEntry>{file("/evil.txt")} << defaults << u"it is an absolute path"_s;
    QTest::newRow("leading backslash") << RawFormat::Zip << QList<RawEntry>{file("\\evil.txt")} << defaults << u"it is an absolute path"_s;
    QTest::newRow("drive letter") << RawFormat::Zip << QList<RawEntry>{file("C:\\Windows\\evil.txt")} << defaults << u"drive letter"_s;
    QTest::newRow("symlink") << RawFormat::Tar << QList<RawEntry>{special("link", RawEntry::Type::Symlink, "/etc/passwd")} << defaults << u"\"link\" is refused: it is a symbolic link"_s;
    QTest::newRow("symlink then through it") << RawFormat::TarGzip << QList<RawEntry>{special("d", RawEntry::Type::Symlink, ".."), file("d/evil.txt")} << defaults << u"\"d\" is refused: it is a symbolic link"_s;
    QTest::newRow("symlink, zip") << RawFormat::Zip << QList<RawEntry>{file("a.txt"), special("b", RawEntry::Type::Symlink, "/etc")} << defaults << u"\"b\" is refused: it is a symbolic link"_s;
    QTest::newRow("hard link") << RawFormat::Tar << QList<RawEntry>{file("a.txt"), special("h", RawEntry::Type::HardLink, "/etc/passwd")} << defaults << u"\"h\" is refused: it is a hard link"_s;
    QTest::newRow("device") << RawFormat::Tar << QList<RawEntry>{special("null", RawEntry::Type::CharDevice)} << defaults << u"\"null\" is refused: it is a device"_s;
    QTest::newRow("fifo") << RawFormat::Tar << QList<RawEntry>{special("pipe", RawEntry::Type::Fifo)} << defaults << u"\"pipe\" is refused: it is a named pipe"_s;
    QTest::newRow("duplicate") << RawFormat::Zip << QList<RawEntry>{file("a/b.txt", "first"), file("a/b.txt", "second")} << defaults << u"\"a/b.txt\" is refused: the archive holds this name twice"_s;
    QTest::newRow("duplicate after normalising //") << RawFormat::Tar << QList<RawEntry>{file("a/b.txt"), file("a//b.txt")} << defaults << u"holds this name twice"_s;
    QTest::newRow("duplicate after normalising ./") << RawFormat::Zip << QList<RawEntry>{file("a/b.txt"), file("./a/./b.txt")} << defaults << u"holds this name twice"_s;
    QTest::newRow("duplicate after NFC") << RawFormat::Tar << QList<RawEntry>{file("caf\xc3\xa9.txt"), file("cafe\xcc\x81.txt")} << defaults << u"holds this name twice"_s;
    QTest::newRow("file used as folder") << RawFormat::Tar << QList<RawEntry>{file("a"), file("a/b.txt")} << defaults << u"\"a\" is a file in the archive"_s;
    QTest::newRow("non-UTF-8 name, tar") << RawFormat::Tar << QList<RawEntry>{file("ok.txt"), file("\xd6\xd0\xce\xc4.txt")} << defaults << u"not valid UTF-8"_s;
    QTest::newRow("control character") << RawFormat::Tar << QList<RawEntry>{file("a\x1b[31m.txt")} << defaults << u"control characters"_s;
    QTest::newRow("zip bomb, one entry") << RawFormat::Zip << QList<RawEntry>{zeros("zeros.bin", qint64(300) << 20)} << defaults << u"at entry \"zeros.bin\": it expands more than 200 times"_s;
    QTest::newRow("zip bomb, tar.gz") << RawFormat::TarGzip << QList<RawEntry>{file("a.txt"), zeros("zeros.bin", qint64(300) << 20)} << defaults << u"expands more than 200 times"_s;
    QList<RawEntry> many;
    for (int i = 0; i <= defaults.maxEntries; ++i)
        many.append(file(QByteArray("f") + QByteArray::number(i), {}));
    QTest::newRow("too many entries") << RawFormat::Zip << many << defaults << u"more than 10000 entries"_s;
    QTest::newRow("total over the cap") << RawFormat::Tar
                                        << QList<RawEntry>{file("1", randomBytes(1 << 20, 1)), file("2", randomBytes(1 << 20, 2)), file("3", randomBytes(1 << 20, 3))}
                                        << smallTotal << u"at entry \"3\": its content is larger than the limit"_s;
}

void TestArchiveHostile::refused()
{
    QFETCH(RawFormat, format);
    QFETCH(QList<RawEntry>, entries);
    QFETCH(ArchiveLimits, limits);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QString archive = dir.filePath(u"hostile.archive"_s);
    QVERIFY(writeRaw(archive, format, entries));
    const QStringList before = listing(dir.path());

    // The reader refuses it...
    auto reader = ArchiveReader::open(archive, limits);
    QString message = reader.message();
    while (reader && message.isEmpty()) {
        const auto more = (*reader)->next();
        if (!more) {
            message = more.message();
            break;
        }
        if (!*more)
            break;
        if (const auto read = (*reader)->readEntryAll(); !read)
            message = read.message();
    }
    QVERIFY2(message.contains(expected), qPrintable(u"reader said: "_s + message));

    // ...and so does extraction, which leaves neither files nor the target behind.
    const QString target = dir.filePath(u"target"_s);
    const auto extracted = extractArchive(archive, target, limits);
    DC_EXPECT_ERROR(extracted, ErrorCode::InvalidInput);
    QVERIFY2(extracted.message().contains(expected), qPrintable(extracted.message()));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(listing(dir.path()), before);
    QVERIFY(!QFileInfo::exists(QDir::tempPath() + u"/evil.txt"_s));

    // An existing empty target stays, empty.
    QVERIFY(QDir().mkdir(target));
    DC_EXPECT_ERROR(extractArchive(archive, target, limits), ErrorCode::InvalidInput);
    QCOMPARE(listing(target), QStringList());
}

void TestArchiveHostile::damaged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTemporaryDir dir;
    const QString zipPath = dir.filePath(u"a.zip"_s);
    const QString tgzPath = dir.filePath(u"a.tgz"_s);
    const QByteArray payload = randomBytes(256 * 1024, 9) + QByteArray(256 * 1024, 'x');
    if (!writeRaw(zipPath, RawFormat::Zip, {file("a.bin", payload), file("b.txt", "b")})
        || !writeRaw(tgzPath, RawFormat::TarGzip, {file("a.bin", payload), file("b.txt", "b")}))
        qFatal("cannot write fixtures");
    const QByteArray zip = readFile(zipPath);
    const QByteArray tgz = readFile(tgzPath);

    QTest::newRow("truncated zip") << zip.left(zip.size() / 2) << u"damaged"_s;
    QTest::newRow("truncated tar.gz") << tgz.left(tgz.size() / 2) << u"damaged"_s;
    QTest::newRow("truncated tar.gz header") << tgz.left(20) << u"damaged"_s;
    QByteArray flipped = zip;
    for (qsizetype i = 1000; i < 1200; ++i)
        flipped[i] = char(flipped[i] ^ 0x5a);
    QTest::newRow("corrupt zip data") << flipped << u"\"a.bin\" is damaged"_s;
    // (Inside a stored deflate block a flipped byte goes unnoticed until gzip's final CRC,
    // which a tar reader need not reach: bundles carry their own checksums.)
    QByteArray flippedTgz = tgz;
    for (qsizetype i = 12; i < 60; ++i)
        flippedTgz[i] = char(flippedTgz[i] ^ 0x5a);
    QTest::newRow("corrupt tar.gz stream") << flippedTgz << u"damaged"_s;
    QTest::newRow("random bytes") << randomBytes(4096, 3) << u"is damaged or is not a zip or tar archive"_s;
    QTest::newRow("empty file") << QByteArray() << u"is damaged or is not a zip or tar archive"_s;
}

void TestArchiveHostile::damaged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString archive = dir.filePath(u"broken"_s);
    writeFile(archive, bytes);
    const QString target = dir.filePath(u"target"_s);
    const auto extracted = extractArchive(archive, target);
    DC_EXPECT_ERROR(extracted, ErrorCode::InvalidInput);
    QVERIFY2(extracted.message().contains(expected), qPrintable(extracted.message()));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(listing(dir.path()), QStringList{u"broken"_s});
}

// The header says 1000 bytes; the data inflates to 4 MiB. The cap holds on what is read.
void TestArchiveHostile::lyingHeader_isCaughtWhileStreaming()
{
    QTemporaryDir dir;
    const QString honest = dir.filePath(u"honest.zip"_s);
    QVERIFY(writeRaw(honest, RawFormat::Zip, {file("big.bin", randomBytes(4 << 20, 5))}));
    const QString lying = dir.filePath(u"lying.zip"_s);
    writeFile(lying, withDeclaredSize(readFile(honest), 1000));
    ArchiveLimits limits;
    limits.maxEntrySize = 1 << 20;

    auto reader = ArchiveReader::open(lying, limits);
    DC_EXPECT_OK(reader);
    const auto more = (*reader)->next();
    DC_EXPECT_OK(more);
    QCOMPARE((*reader)->entry().declaredSize, qint64(1000));
    const auto content = (*reader)->readEntryAll();
    DC_EXPECT_ERROR(content, ErrorCode::InvalidInput);
    QVERIFY2(content.message().contains(u"\"big.bin\" is refused: it is larger than the limit of 1048576 bytes"_s), qPrintable(content.message()));

    const QString target = dir.filePath(u"target"_s);
    const auto extracted = extractArchive(lying, target, limits);
    DC_EXPECT_ERROR(extracted, ErrorCode::InvalidInput);
    QVERIFY(!QFileInfo::exists(target));
}

// An entry that says 1000 bytes and holds 3 MiB, under the entry cap but over the total cap:
// the total cap holds on what is read.
void TestArchiveHostile::lyingHeaders_totalIsCaughtWhileStreaming()
{
    QTemporaryDir dir;
    const QString honest = dir.filePath(u"honest.zip"_s);
    QVERIFY(writeRaw(honest, RawFormat::Zip, {file("1", randomBytes(3 << 20, 1))}));
    const QString lying = dir.filePath(u"lying.zip"_s);
    writeFile(lying, withDeclaredSize(readFile(honest), 1000));
    ArchiveLimits limits;
    limits.maxTotalSize = 2500000;
    const QString target = dir.filePath(u"target"_s);
    const auto extracted = extractArchive(lying, target, limits);
    DC_EXPECT_ERROR(extracted, ErrorCode::InvalidInput);
    QVERIFY2(extracted.message().contains(u"at entry \"1\": its content is larger than the limit of 2500000 bytes"_s), qPrintable(extracted.message()));
    QVERIFY(!QFileInfo::exists(target));
}

void TestArchiveHostile::oversizedDeclaredEntry_isRefusedUpFront()
{
    QTemporaryDir dir;
    const QString archive = dir.filePath(u"a.tar"_s);
    QVERIFY(writeRaw(archive, RawFormat::Tar, {file("a.bin", QByteArray(3000, 'a'))}));
    ArchiveLimits limits;
    limits.maxEntrySize = 2000;
    auto reader = ArchiveReader::open(archive, limits);
    DC_EXPECT_OK(reader);
    const auto more = (*reader)->next();
    DC_EXPECT_ERROR(more, ErrorCode::InvalidInput);
    QVERIFY2(more.message().contains(u"\"a.bin\" is refused: it is larger than the limit of 2000 bytes"_s), qPrintable(more.message()));
    // The reader stays failed.
    DC_EXPECT_ERROR((*reader)->next(), ErrorCode::InvalidInput);
}

// A zip whose name is GBK bytes (no UTF-8 flag) or flagged UTF-8 but invalid.
void TestArchiveHostile::nonUtf8ZipName_isRefused()
{
    QTemporaryDir dir;
    const QString archive = dir.filePath(u"gbk.zip"_s);
    QVERIFY(writeRaw(archive, RawFormat::Zip, {file("\xd6\xd0\xce\xc4.txt"), file("ok.txt")}));
    QByteArray bytes = readFile(archive);
    const QString flagged = dir.filePath(u"flagged.zip"_s);
    QByteArray withFlag = bytes;
    for (qsizetype at = withFlag.indexOf("PK\x03\x04"); at >= 0; at = withFlag.indexOf("PK\x03\x04", at + 4))
        withFlag[at + 7] = char(withFlag[at + 7] | 0x08); // general purpose bit 11: names are UTF-8
    for (qsizetype at = withFlag.indexOf("PK\x01\x02"); at >= 0; at = withFlag.indexOf("PK\x01\x02", at + 4))
        withFlag[at + 9] = char(withFlag[at + 9] | 0x08);
    writeFile(flagged, withFlag);
    for (const QString &path : {archive, flagged}) {
        const QString target = dir.filePath(u"target"_s);
        const auto extracted = extractArchive(path, target);
        DC_EXPECT_ERROR(extracted, ErrorCode::InvalidInput);
        QVERIFY2(extracted.message().contains(u"not valid UTF-8"_s), qPrintable(extracted.message()));
        QVERIFY(!QFileInfo::exists(target));
    }
}

QTEST_GUILESS_MAIN(TestArchiveHostile)
#include "tst_archivehostile.moc"
