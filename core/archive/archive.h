#pragma once

// The value types shared by ArchiveReader, ArchiveWriter and extractArchive(): formats, the
// limits a reader enforces on everything that comes from outside, and what an entry is.
// Nothing here depends on libarchive, so another backend (KArchive) can replace it.

#include <QDateTime>
#include <QString>
#include <QtGlobal>

namespace dc {

// Container and compression of an archive file.
enum class ArchiveFormat {
    Zip,     // deflate, UTF-8 names (also .odt and .docx)
    Tar,     // POSIX pax (ustar where it suffices), uncompressed
    TarGzip, // .tar.gz
    TarZstd, // .tar.zst
};

// What a reader accepts before it refuses an archive. Every cap is enforced on the bytes
// actually decompressed, never on the sizes an archive declares about itself.
struct ArchiveLimits {
    qint64 maxTotalSize = qint64(2) << 30;   // all entries together, uncompressed
    qint64 maxEntrySize = qint64(1) << 30;   // one entry, uncompressed
    int maxEntries = 10000;                  // entries of any kind, directories included
    int maxRatio = 200;                      // uncompressed bytes per byte of archive read
    // The ratio is checked only once this much has been decompressed, so that small,
    // very compressible files (a page of spaces) are not refused.
    qint64 ratioGraceSize = qint64(1) << 20;
};

enum class ArchiveEntryType {
    File,
    Directory,
};

// One entry as a reader presents it. Only regular files and directories are ever presented:
// links, devices and fifos are refused.
struct ArchiveEntry {
    QString name;              // validated and normalised: relative, '/'-separated, no trailing '/'
    ArchiveEntryType type = ArchiveEntryType::File;
    qint64 declaredSize = -1;  // what the header claims (-1: unknown); never trusted
    QDateTime modified;        // UTC; invalid when the archive does not say
};

} // namespace dc
