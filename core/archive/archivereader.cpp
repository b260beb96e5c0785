#include "core/archive/archivereader.h"

#include "core/archive/archivelog.h"
#include "core/archive/entryname.h"

#include <QBuffer>
#include <QFile>
#include <QIODevice>
#include <QTimeZone>

#include <archive.h>
#include <archive_entry.h>

#include <functional>
#include <optional>

namespace dc {

namespace {

constexpr qint64 kBlockSize = 64 * 1024;

QString libarchiveMessage(struct archive *a)
{
    const char *message = archive_error_string(a);
    return message ? QString::fromLocal8Bit(message) : QString();
}

} // namespace

struct ArchiveReader::Private {
    ArchiveLimits limits;
    std::unique_ptr<QIODevice> ownedDevice;
    QIODevice *device = nullptr;
    struct archive *archive = nullptr;
    QByteArray input = QByteArray(kBlockSize, Qt::Uninitialized);  // what libarchive reads from
    QByteArray block = QByteArray(kBlockSize, Qt::Uninitialized);  // what it decompresses into

    qint64 compressedRead = 0; // bytes handed to libarchive: the archive side of the ratio
    qint64 totalProduced = 0;  // bytes decompressed, all entries
    qint64 entryProduced = 0;
    int entries = 0;
    bool atEnd = false;
    bool entryRead = false;
    bool haveEntry = false;
    ArchiveEntry current;
    EntryNameSet names;
    std::optional<Error> failure;

    ~Private()
    {
        if (archive)
            archive_read_free(archive);
    }

    Error fail(Error error)
    {
        qCInfo(lcArchive).noquote() << "archive refused or stopped after" << entries << "entries:" << error.message;
        failure = error;
        return error;
    }

    Error refuse(const QString &message) { return fail(Error{ErrorCode::InvalidInput, message}); }

    Error damaged(const QString &entryName)
    {
        const QString detail = libarchiveMessage(archive);
        if (entryName.isEmpty())
            return refuse(ArchiveReader::tr("The archive is damaged or is not a zip or tar archive (%1).").arg(detail));
        return refuse(ArchiveReader::tr("The archive entry \"%1\" is damaged (%2).").arg(EntryName::display(entryName), detail));
    }

    Status checkLimits()
    {
        const QString name = EntryName::display(current.name);
        if (entryProduced > limits.maxEntrySize)
            return refuse(ArchiveReader::tr("The archive entry \"%1\" is refused: it is larger than the limit of %2 bytes.")
                              .arg(name).arg(limits.maxEntrySize));
        if (totalProduced > limits.maxTotalSize)
            return refuse(ArchiveReader::tr("The archive is refused at entry \"%1\": its content is larger than the limit of %2 bytes.")
                              .arg(name).arg(limits.maxTotalSize));
        if (totalProduced > limits.ratioGraceSize && totalProduced / qMax<qint64>(compressedRead, 1) >= limits.maxRatio)
            return refuse(ArchiveReader::tr("The archive is refused at entry \"%1\": it expands more than %2 times (a zip bomb).")
                              .arg(name).arg(limits.maxRatio));
        return {};
    }

    // Decompresses the current entry, handing each chunk to `sink`.
    Status readInto(const std::function<bool(const char *, qint64)> &sink, qint64 maxSize)
    {
        if (failure)
            return *failure;
        if (!haveEntry)
            return Error{ErrorCode::InvalidState, ArchiveReader::tr("No archive entry is selected.")};
        if (entryRead)
            return Error{ErrorCode::InvalidState, ArchiveReader::tr("The archive entry \"%1\" was already read.").arg(EntryName::display(current.name))};
        entryRead = true;
        if (current.type == ArchiveEntryType::Directory)
            return {};
        for (;;) {
            const la_ssize_t n = archive_read_data(archive, block.data(), size_t(block.size()));
            if (n < 0)
                return damaged(current.name);
            if (n == 0)
                break;
            entryProduced += n;
            totalProduced += n;
            if (const Status within = checkLimits(); !within)
                return within;
            if (maxSize >= 0 && entryProduced > maxSize)
                return refuse(ArchiveReader::tr("The archive entry \"%1\" is refused: it is larger than the limit of %2 bytes.")
                                  .arg(EntryName::display(current.name)).arg(maxSize));
            if (!sink(block.constData(), n))
                return Error{ErrorCode::Io, ArchiveReader::tr("The content of archive entry \"%1\" could not be written.").arg(EntryName::display(current.name))};
        }
        if (current.declaredSize >= 0 && entryProduced != current.declaredSize)
            return refuse(ArchiveReader::tr("The archive entry \"%1\" is damaged: it holds %2 bytes, its header says %3.")
                              .arg(EntryName::display(current.name)).arg(entryProduced).arg(current.declaredSize));
        return {};
    }

    Result<bool> nextEntry();
    static la_ssize_t readCallback(struct archive *a, void *data, const void **buffer);
    static la_int64_t seekCallback(struct archive *a, void *data, la_int64_t offset, int whence);
};

la_ssize_t ArchiveReader::Private::readCallback(struct archive *a, void *data, const void **buffer)
{
    auto *d = static_cast<Private *>(data);
    const qint64 n = d->device->read(d->input.data(), d->input.size());
    if (n < 0) {
        archive_set_error(a, EIO, "read error");
        return -1;
    }
    d->compressedRead += n;
    *buffer = d->input.constData();
    return la_ssize_t(n);
}

la_int64_t ArchiveReader::Private::seekCallback(struct archive *, void *data, la_int64_t offset, int whence)
{
    auto *d = static_cast<Private *>(data);
    qint64 target = offset;
    if (whence == SEEK_CUR)
        target += d->device->pos();
    else if (whence == SEEK_END)
        target += d->device->size();
    // Offsets come from the archive itself: one past the end is as hostile as a negative one.
    if (target < 0 || target > d->device->size() || !d->device->seek(target))
        return ARCHIVE_FATAL;
    return target;
}

Result<bool> ArchiveReader::Private::nextEntry()
{
    if (failure)
        return *failure;
    if (atEnd)
        return false;
    haveEntry = false;
    struct archive_entry *entry = nullptr;
    const int rc = archive_read_next_header(archive, &entry);
    if (rc == ARCHIVE_EOF) {
        atEnd = true;
        return false;
    }
    const char *utf8 = (rc == ARCHIVE_OK || rc == ARCHIVE_WARN) ? archive_entry_pathname_utf8(entry) : nullptr;
    const char *raw = (rc == ARCHIVE_OK || rc == ARCHIVE_WARN) ? archive_entry_pathname(entry) : nullptr;
    if (rc == ARCHIVE_WARN && !utf8 && !raw)
        return refuse(ArchiveReader::tr("The archive entry after \"%1\" is refused: its name is not valid UTF-8.")
                          .arg(EntryName::display(current.name)));
    if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
        return damaged(QString());
    if (++entries > limits.maxEntries)
        return refuse(ArchiveReader::tr("The archive is refused: it has more than %1 entries.").arg(limits.maxEntries));

    const QByteArray rawName(utf8 ? utf8 : raw ? raw : "");
    const QString shown = EntryName::display(rawName);
    Result<QString> name = EntryName::fromBytes(rawName);
    if (!name)
        return fail(name.error());

    const auto why = [&](const QString &reason) {
        return refuse(ArchiveReader::tr("The archive entry \"%1\" is refused: %2").arg(shown, reason));
    };
    if (archive_entry_hardlink(entry))
        return why(ArchiveReader::tr("it is a hard link."));
    ArchiveEntryType type = ArchiveEntryType::File;
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG: type = ArchiveEntryType::File; break;
    case AE_IFDIR: type = ArchiveEntryType::Directory; break;
    case AE_IFLNK: return why(ArchiveReader::tr("it is a symbolic link."));
    case AE_IFCHR:
    case AE_IFBLK: return why(ArchiveReader::tr("it is a device."));
    case AE_IFIFO: return why(ArchiveReader::tr("it is a named pipe (fifo)."));
    case AE_IFSOCK: return why(ArchiveReader::tr("it is a socket."));
    default: return why(ArchiveReader::tr("it is not a regular file or folder."));
    }
    if (archive_entry_is_encrypted(entry))
        return why(ArchiveReader::tr("it is encrypted."));
    if (const Status unique = names.add(*name, type == ArchiveEntryType::Directory, shown); !unique)
        return fail(unique.error());

    current = ArchiveEntry{};
    current.name = *name;
    current.type = type;
    current.declaredSize = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
    if (type == ArchiveEntryType::Directory)
        current.declaredSize = -1;
    if (archive_entry_mtime_is_set(entry))
        current.modified = QDateTime::fromSecsSinceEpoch(archive_entry_mtime(entry), QTimeZone::utc());
    if (current.declaredSize > limits.maxEntrySize)
        return why(ArchiveReader::tr("it is larger than the limit of %1 bytes.").arg(limits.maxEntrySize));
    if (current.declaredSize > limits.maxTotalSize - totalProduced)
        return refuse(ArchiveReader::tr("The archive is refused at entry \"%1\": its content is larger than the limit of %2 bytes.")
                          .arg(shown).arg(limits.maxTotalSize));
    entryProduced = 0;
    entryRead = false;
    haveEntry = true;
    return true;
}

ArchiveReader::ArchiveReader(std::unique_ptr<Private> d) : d(std::move(d)) {}

ArchiveReader::~ArchiveReader() = default;

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::open(const QString &path, const ArchiveLimits &limits)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{ErrorCode::CannotOpen, tr("The archive \"%1\" cannot be opened: %2").arg(path, file->errorString())};
    auto d = std::make_unique<Private>();
    d->limits = limits;
    d->device = file.get();
    d->ownedDevice = std::move(file);
    return start(std::move(d));
}

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::fromData(const QByteArray &data, const ArchiveLimits &limits)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    auto d = std::make_unique<Private>();
    d->limits = limits;
    d->device = buffer.get();
    d->ownedDevice = std::move(buffer);
    return start(std::move(d));
}

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::fromDevice(QIODevice *device, const ArchiveLimits &limits)
{
    if (!device || !device->isReadable())
        return Error{ErrorCode::CannotOpen, tr("The archive cannot be read: its device is not open for reading.")};
    auto d = std::make_unique<Private>();
    d->limits = limits;
    d->device = device;
    return start(std::move(d));
}

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::start(std::unique_ptr<Private> d)
{
    d->archive = archive_read_new();
    if (!d->archive)
        return Error{ErrorCode::Io, tr("Out of memory while opening an archive.")};
    // Only what DocControl reads: zip (also .odt, .docx) and tar, plain, gzip or zstd.
    archive_read_support_format_zip(d->archive);
    archive_read_support_format_tar(d->archive);
    archive_read_support_filter_gzip(d->archive);
    archive_read_support_filter_zstd(d->archive);
    archive_read_set_read_callback(d->archive, Private::readCallback);
    if (!d->device->isSequential())
        archive_read_set_seek_callback(d->archive, Private::seekCallback);
    archive_read_set_callback_data(d->archive, d.get());
    if (archive_read_open1(d->archive) != ARCHIVE_OK)
        return d->damaged(QString());
    return std::unique_ptr<ArchiveReader>(new ArchiveReader(std::move(d)));
}

Result<bool> ArchiveReader::next()
{
    return d->nextEntry();
}

const ArchiveEntry &ArchiveReader::entry() const
{
    return d->current;
}

Status ArchiveReader::readEntry(QIODevice &out)
{
    return d->readInto([&out](const char *data, qint64 size) { return out.write(data, size) == size; }, -1);
}

Result<QByteArray> ArchiveReader::readEntryAll(qint64 maxSize)
{
    QByteArray content;
    if (d->current.declaredSize > 0 && (maxSize < 0 || d->current.declaredSize <= maxSize))
        content.reserve(qMin<qint64>(d->current.declaredSize, qint64(1) << 20)); // a header may lie
    const Status read = d->readInto([&content](const char *data, qint64 size) {
        content.append(data, size);
        return true;
    }, maxSize);
    if (!read)
        return read.error();
    return content;
}

int ArchiveReader::entryCount() const
{
    return d->entries;
}

qint64 ArchiveReader::totalSize() const
{
    return d->totalProduced;
}

} // namespace dc
