// Writes the seed corpora of the fuzzers from the same generators as the tests:
//   dc_fuzz_seeds OUTDIR   -> OUTDIR/{archive,md,html,odt,docx}/...

#include "core/archive/archivewriter.h"
#include "fixtures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray archive(dc::ArchiveFormat format)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto writer = dc::ArchiveWriter::create(&buffer, format);
    if (!writer)
        return {};
    (void)(*writer)->addData(u"manifest.json"_s, "{\"version\":1}");
    (void)(*writer)->addData(u"文件/手册.md"_s, fixtures::manualMarkdown());
    (void)(*writer)->addDirectory(u"记录"_s);
    (void)(*writer)->addData(u"a/b/c.bin"_s, QByteArray(3000, 'x'));
    (void)(*writer)->finish();
    return buffer.data();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        fprintf(stderr, "usage: %s OUTDIR\n", argv[0]);
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const QString &sub : {u"archive"_s, u"md"_s, u"html"_s, u"odt"_s, u"docx"_s})
        out.mkpath(sub);
    bool ok = true;
    ok &= write(out.filePath(u"archive/zip"_s), archive(dc::ArchiveFormat::Zip));
    ok &= write(out.filePath(u"archive/tar"_s), archive(dc::ArchiveFormat::Tar));
    ok &= write(out.filePath(u"archive/targz"_s), archive(dc::ArchiveFormat::TarGzip));
    ok &= write(out.filePath(u"archive/tarzst"_s), archive(dc::ArchiveFormat::TarZstd));
    ok &= write(out.filePath(u"archive/odt"_s), fixtures::manualOdt());
    // Hostile ones, small: links, a device, a non-UTF-8 name, duplicates.
    QTemporaryDir dir;
    using E = fixtures::RawEntry;
    const QList<E> hostile{E{"../evil", E::Type::File, "x", {}, 0}, E{"l", E::Type::Symlink, {}, "/etc", 0},
                           E{"h", E::Type::HardLink, {}, "l", 0}, E{"d", E::Type::CharDevice, {}, {}, 0},
                           E{"\xff.txt", E::Type::File, "y", {}, 0}, E{"a//b", E::Type::File, "z", {}, 0}};
    for (const auto &[name, format] : {std::pair{u"hostile-tar"_s, fixtures::RawFormat::Tar}, std::pair{u"hostile-zip"_s, fixtures::RawFormat::Zip}}) {
        const QString path = dir.filePath(name);
        QList<E> entries = hostile;
        if (format == fixtures::RawFormat::Zip) // zip holds no devices
            entries.removeIf([](const E &e) { return e.type == E::Type::CharDevice; });
        ok &= fixtures::writeRaw(path, format, entries);
        ok &= write(out.filePath(u"archive/"_s + name), readFile(path));
    }
    ok &= write(out.filePath(u"md/manual.md"_s), fixtures::manualMarkdown());
    ok &= write(out.filePath(u"md/expected.md"_s), fixtures::expectedManualMarkdown().toUtf8());
    ok &= write(out.filePath(u"html/manual.html"_s), fixtures::manualHtml());
    ok &= write(out.filePath(u"odt/manual.odt"_s), fixtures::manualOdt());
    ok &= write(out.filePath(u"odt/manual-nometa.odt"_s), fixtures::manualOdt(false));
    ok &= write(out.filePath(u"docx/manual.docx"_s), fixtures::manualDocx());
    // XML seeds for the harnesses' XML mode: an odd first byte, then the part.
    for (const auto &[name, data] : fixtures::manualOdtParts()) {
        if (name == u"content.xml")
            ok &= write(out.filePath(u"odt/content.xml"_s), '\x01' + data);
        if (name == u"styles.xml")
            ok &= write(out.filePath(u"odt/styles.xml"_s), '\x03' + data);
    }
    for (const auto &[name, data] : fixtures::manualDocxParts()) {
        if (name == u"word/document.xml")
            ok &= write(out.filePath(u"docx/document.xml"_s), '\x01' + data);
        if (name == u"word/styles.xml")
            ok &= write(out.filePath(u"docx/styles.xml"_s), '\x03' + data);
        if (name == u"word/numbering.xml")
            ok &= write(out.filePath(u"docx/numbering.xml"_s), '\x05' + data);
    }
    ok &= write(out.filePath(u"docx/manual-nometa.docx"_s), fixtures::manualDocx(false));
    return ok ? 0 : 1;
}
