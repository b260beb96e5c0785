#pragma once

// Fixtures the archive and import tests (and the fuzzers' seed corpora) build themselves:
// the manual "信息安全与服务管理手册" as .odt, .docx, .html and .md, a PNG made with QImage,
// and hostile archives written with libarchive directly (raw names, links, devices, bombs).

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

namespace fixtures {

// A 4×3 PNG drawn with QImage.
QByteArray png();

// The manual as a word-processor file built from hand-written XML. With `metadata` it
// carries the title in meta.xml / docProps/core.xml.
QByteArray manualOdt(bool metadata = true);
QByteArray manualDocx(bool metadata = true);
QByteArray manualHtml();
QByteArray manualMarkdown();

// The Markdown every import of the manual must produce (the .odt and .docx alike).
QString expectedManualMarkdown();

// A zip package from (name, content) pairs written with dc::ArchiveWriter.
QByteArray zipPackage(const QList<std::pair<QString, QByteArray>> &parts);

// The manual's parts, for tests that replace one of them with something hostile.
QList<std::pair<QString, QByteArray>> manualOdtParts(bool metadata = true);
QList<std::pair<QString, QByteArray>> manualDocxParts(bool metadata = true);

// A sequential device that yields `size` copies of `fill` without holding them in memory.
class RepeatDevice final : public QIODevice {
public:
    RepeatDevice(qint64 size, char fill) : m_left(size), m_fill(fill) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_left + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_left;
    char m_fill;
};

// An entry of a hostile archive, written as given (no checks).
struct RawEntry {
    enum class Type { File, Directory, Symlink, HardLink, CharDevice, Fifo };
    QByteArray name;
    Type type = Type::File;
    QByteArray data;
    QByteArray link;    // symlink or hard link target
    qint64 zeros = 0;   // stream this many zero bytes as the content instead of `data`
};

enum class RawFormat { Zip, Tar, TarGzip };

// Writes the entries with libarchive itself. Returns false (and prints why) on failure.
bool writeRaw(const QString &path, RawFormat format, const QList<RawEntry> &entries);

} // namespace fixtures
