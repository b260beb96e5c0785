#pragma once

#include "core/archive/archive.h"
#include "core/model/result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

class QIODevice;

namespace dc {

// Reads a zip or tar archive (uncompressed, gzip or zstd) that came from outside, entry by
// entry, streaming. Everything in it is treated as hostile: next() refuses, naming the entry,
// links, devices, unsafe or non-UTF-8 names, duplicate names and archives over the limits;
// readEntry() enforces the size and ratio limits on the bytes it decompresses. After a
// refusal the reader stays failed and every call returns the same error.
// Requires a UTF-8 locale (QCoreApplication sets one).
class ArchiveReader final {
    Q_DECLARE_TR_FUNCTIONS(dc::ArchiveReader)
public:
    ~ArchiveReader();
    Q_DISABLE_COPY_MOVE(ArchiveReader)

    // Opens the archive file at `path`. Fails when it cannot be read or is no zip or tar.
    static Result<std::unique_ptr<ArchiveReader>> open(const QString &path, const ArchiveLimits &limits = {});

    // Reads an archive held in memory (an attachment, a fuzzer's input).
    static Result<std::unique_ptr<ArchiveReader>> fromData(const QByteArray &data, const ArchiveLimits &limits = {});

    // Reads from `device`, which must be open for reading and outlive the reader.
    static Result<std::unique_ptr<ArchiveReader>> fromDevice(QIODevice *device, const ArchiveLimits &limits = {});

    // Moves to the next entry, skipping what was not read of the current one. Returns true
    // with the entry in entry(), false at the end. Fails on a refused or damaged entry.
    Result<bool> next();

    // The current entry (valid after next() returned true).
    const ArchiveEntry &entry() const;

    // Streams the current entry's content into `out` in chunks, checking the limits as it
    // goes. Fails when a limit is passed, the data is damaged, the size differs from the
    // header's, or `out` refuses a write. A directory has no content.
    Status readEntry(QIODevice &out);

    // The current entry's content in memory; fails as readEntry() does, and also when it is
    // larger than `maxSize` bytes (when given).
    Result<QByteArray> readEntryAll(qint64 maxSize = -1);

    // Entries seen and bytes decompressed so far.
    int entryCount() const;
    qint64 totalSize() const;

private:
    struct Private;
    explicit ArchiveReader(std::unique_ptr<Private> d);
    static Result<std::unique_ptr<ArchiveReader>> start(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace dc
