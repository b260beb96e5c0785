#pragma once

#include "core/archive/archive.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

#include <memory>

class QIODevice;

namespace dc {

// Writes a zip or tar archive entry by entry, streaming each file in chunks so memory stays
// flat. Entry names are checked as a reader checks them (relative, no "..", no duplicates) and
// stored as UTF-8. A writer made by create(path) writes to a temporary file that finish()
// commits atomically; a failed or abandoned writer leaves nothing behind.
// Requires a UTF-8 locale (QCoreApplication sets one).
class ArchiveWriter final {
    Q_DECLARE_TR_FUNCTIONS(dc::ArchiveWriter)
public:
    ~ArchiveWriter();
    Q_DISABLE_COPY_MOVE(ArchiveWriter)

    enum class Compression {
        Default, // deflate in zip; the tar formats compress the whole stream anyway
        Store,   // zip only: stored as is (the "mimetype" entry of an .odt)
    };

    // Starts an archive at `path` (replaced only when finish() succeeds). Fails when the
    // folder cannot be written.
    static Result<std::unique_ptr<ArchiveWriter>> create(const QString &path, ArchiveFormat format);

    // Starts an archive written into `device` (open for writing, outliving the writer); the
    // caller decides what to keep when finish() fails.
    static Result<std::unique_ptr<ArchiveWriter>> create(QIODevice *device, ArchiveFormat format);

    // Adds a file whose content is read from `data`'s current position to its end, in chunks.
    // Fails when the name is refused or taken, `data` cannot be read, or delivers a different
    // number of bytes than its size said. After a failure the archive is abandoned.
    Status addFile(const QString &name, QIODevice &data, const QDateTime &modified = {},
                   Compression compression = Compression::Default);

    // Adds a file with the given content.
    Status addData(const QString &name, const QByteArray &data, const QDateTime &modified = {},
                   Compression compression = Compression::Default);

    // Adds a folder entry (folders are implied by file names; this records an empty one).
    Status addDirectory(const QString &name, const QDateTime &modified = {});

    // Writes the archive's end and commits the file. Fails, leaving no file, when anything
    // before failed or the disk refuses the write.
    Status finish();

private:
    struct Private;
    explicit ArchiveWriter(std::unique_ptr<Private> d);
    static Result<std::unique_ptr<ArchiveWriter>> start(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace dc
