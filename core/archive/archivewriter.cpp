#include "core/archive/archivewriter.h"

#include "core/archive/entryname.h"
#include "core/fileio/fileidentity.h"

#include <QBuffer>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>
#include <QTemporaryFile>

#include <cerrno>

#include <archive.h>
#include <archive_entry.h>

#include <optional>

namespace dc {

namespace {

constexpr qint64 kChunkSize = 64 * 1024;

} // namespace

struct ArchiveWriter::Private {
    ArchiveFormat format = ArchiveFormat::Zip;
    std::unique_ptr<QSaveFile> saveFile;
    QIODevice *device = nullptr;
    struct archive *archive = nullptr;
    EntryNameSet names;
    std::optional<Error> failure;
    bool finished = false;

    ~Private()
    {
        if (archive) {
            if (!finished)
                archive_write_fail(archive); // no trailer into a file that is being discarded
            archive_write_free(archive);
        }
        if (saveFile && !finished)
            saveFile->cancelWriting();
    }

    Error fail(Error error)
    {
        if (!failure)
            failure = error;
        return error;
    }

    Error libarchiveError(const QString &name)
    {
        const char *message = archive_error_string(archive);
        const QString detail = message ? QString::fromLocal8Bit(message) : QString();
        if (device && !device->errorString().isEmpty() && detail.isEmpty())
            return fail(Error{ErrorCode::Io, ArchiveWriter::tr("The archive entry \"%1\" could not be written: %2").arg(name, device->errorString())});
        return fail(Error{ErrorCode::Io, ArchiveWriter::tr("The archive entry \"%1\" could not be written: %2").arg(name, detail)});
    }

    static la_ssize_t writeCallback(struct archive *a, void *data, const void *buffer, size_t length)
    {
        auto *d = static_cast<Private *>(data);
        errno = 0;
        const qint64 written = d->device->write(static_cast<const char *>(buffer), qint64(length));
        if (written != qint64(length)) {
            const int error = errno;
            archive_set_error(a, error ? error : EIO, "%s", writeError(d->device->errorString(), error).toLocal8Bit().constData());
            return -1;
        }
        return la_ssize_t(written);
    }

    // Checks the name and writes the entry's header; `size` -1 means not known in advance.
    Result<QString> header(const QString &name, bool directory, qint64 size, const QDateTime &modified, Compression compression)
    {
        if (failure)
            return *failure;
        if (finished)
            return Error{ErrorCode::InvalidState, ArchiveWriter::tr("The archive is already finished.")};
        const Result<QString> normalised = EntryName::normalise(name);
        if (!normalised)
            return normalised.error(); // a refused name leaves the archive usable
        if (const Status unique = names.add(*normalised, directory); !unique)
            return unique.error();

        struct archive_entry *entry = archive_entry_new();
        const QByteArray utf8 = directory ? QString(*normalised + u'/').toUtf8() : normalised->toUtf8();
        archive_entry_set_pathname_utf8(entry, utf8.constData());
        if (!archive_entry_update_pathname_utf8(entry, utf8.constData())) {
            archive_entry_free(entry);
            return fail(Error{ErrorCode::InvalidInput,
                              ArchiveWriter::tr("The archive entry \"%1\" could not be written: the system locale is not UTF-8.").arg(*normalised)});
        }
        archive_entry_set_filetype(entry, directory ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry, directory ? 0755 : 0644);
        const QDateTime when = modified.isValid() ? modified : QDateTime::currentDateTimeUtc();
        archive_entry_set_mtime(entry, time_t(when.toSecsSinceEpoch()), 0);
        if (directory)
            archive_entry_set_size(entry, 0);
        else if (size >= 0)
            archive_entry_set_size(entry, size);
        else
            archive_entry_unset_size(entry);
        if (format == ArchiveFormat::Zip) {
            if (compression == Compression::Store)
                archive_write_zip_set_compression_store(archive);
            else
                archive_write_zip_set_compression_deflate(archive);
        }
        const int rc = archive_write_header(archive, entry);
        archive_entry_free(entry);
        if (rc != ARCHIVE_OK)
            return libarchiveError(*normalised);
        return *normalised;
    }

    Status writeData(const QString &name, const char *data, qint64 size)
    {
        while (size > 0) {
            const la_ssize_t n = archive_write_data(archive, data, size_t(qMin(size, kChunkSize)));
            if (n <= 0)
                return libarchiveError(name);
            data += n;
            size -= n;
        }
        return {};
    }
};

ArchiveWriter::ArchiveWriter(std::unique_ptr<Private> d) : d(std::move(d)) {}

ArchiveWriter::~ArchiveWriter() = default;

Result<std::unique_ptr<ArchiveWriter>> ArchiveWriter::create(const QString &path, ArchiveFormat format)
{
    auto d = std::make_unique<Private>();
    d->format = format;
    d->saveFile = std::make_unique<QSaveFile>(path);
    if (!d->saveFile->open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("The archive \"%1\" cannot be written: %2").arg(path, d->saveFile->errorString())};
    d->device = d->saveFile.get();
    return start(std::move(d));
}

Result<std::unique_ptr<ArchiveWriter>> ArchiveWriter::create(QIODevice *device, ArchiveFormat format)
{
    if (!device || !device->isWritable())
        return Error{ErrorCode::Io, tr("The archive cannot be written: its device is not open for writing.")};
    auto d = std::make_unique<Private>();
    d->format = format;
    d->device = device;
    return start(std::move(d));
}

Result<std::unique_ptr<ArchiveWriter>> ArchiveWriter::start(std::unique_ptr<Private> d)
{
    d->archive = archive_write_new();
    if (!d->archive)
        return Error{ErrorCode::Io, tr("Out of memory while starting an archive.")};
    int rc = ARCHIVE_OK;
    switch (d->format) {
    case ArchiveFormat::Zip:
        rc = archive_write_set_format_zip(d->archive);
        if (rc == ARCHIVE_OK)
            rc = archive_write_set_format_option(d->archive, "zip", "hdrcharset", "UTF-8");
        if (rc == ARCHIVE_OK) // no padding after the central directory
            rc = archive_write_set_bytes_in_last_block(d->archive, 1);
        break;
    case ArchiveFormat::Tar:
    case ArchiveFormat::TarGzip:
    case ArchiveFormat::TarZstd:
        rc = archive_write_set_format_pax_restricted(d->archive);
        if (rc == ARCHIVE_OK && d->format == ArchiveFormat::TarGzip)
            rc = archive_write_add_filter_gzip(d->archive);
        if (rc == ARCHIVE_OK && d->format == ArchiveFormat::TarZstd)
            rc = archive_write_add_filter_zstd(d->archive);
        if (rc == ARCHIVE_OK && d->format != ArchiveFormat::Tar)
            rc = archive_write_set_bytes_in_last_block(d->archive, 1);
        break;
    }
    if (rc == ARCHIVE_OK)
        rc = archive_write_open2(d->archive, d.get(), nullptr, Private::writeCallback, nullptr, nullptr);
    if (rc != ARCHIVE_OK) {
        const char *message = archive_error_string(d->archive);
        return Error{ErrorCode::Io, tr("The archive cannot be started: %1").arg(message ? QString::fromLocal8Bit(message) : QString())};
    }
    return std::unique_ptr<ArchiveWriter>(new ArchiveWriter(std::move(d)));
}

Status ArchiveWriter::addFile(const QString &name, QIODevice &data, const QDateTime &modified, Compression compression)
{
    if (!data.isReadable())
        return Error{ErrorCode::Io, tr("The content of \"%1\" cannot be read: %2").arg(name, data.errorString())};
    // A tar header states the size up front: a stream of unknown length is spooled first.
    std::unique_ptr<QTemporaryFile> spool;
    QIODevice *source = &data;
    if (data.isSequential() && d->format != ArchiveFormat::Zip) {
        spool = std::make_unique<QTemporaryFile>();
        if (!spool->open())
            return Error{ErrorCode::Io, tr("The content of \"%1\" cannot be buffered: %2").arg(name, spool->errorString())};
        QByteArray chunk;
        while (!(chunk = data.read(kChunkSize)).isEmpty()) {
            if (spool->write(chunk) != chunk.size())
                return Error{ErrorCode::Io, tr("The content of \"%1\" cannot be buffered: %2").arg(name, spool->errorString())};
        }
        spool->seek(0);
        source = spool.get();
    }
    const qint64 size = source->isSequential() ? -1 : source->size() - source->pos();
    const Result<QString> stored = d->header(name, false, size, modified, compression);
    if (!stored)
        return stored.error();
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    qint64 copied = 0;
    for (;;) {
        const qint64 want = size >= 0 ? qMin(kChunkSize, size - copied) : kChunkSize;
        if (want == 0)
            break;
        const qint64 n = source->read(chunk.data(), want);
        if (n < 0)
            return d->fail(Error{ErrorCode::Io, tr("The content of \"%1\" cannot be read: %2").arg(*stored, source->errorString())});
        if (n == 0)
            break;
        if (const Status written = d->writeData(*stored, chunk.constData(), n); !written)
            return written;
        copied += n;
    }
    if (size >= 0 && copied != size)
        return d->fail(Error{ErrorCode::Io, tr("The content of \"%1\" changed while it was archived (%2 of %3 bytes).").arg(*stored).arg(copied).arg(size)});
    return {};
}

Status ArchiveWriter::addData(const QString &name, const QByteArray &data, const QDateTime &modified, Compression compression)
{
    const Result<QString> stored = d->header(name, false, data.size(), modified, compression);
    if (!stored)
        return stored.error();
    return d->writeData(*stored, data.constData(), data.size());
}

Status ArchiveWriter::addDirectory(const QString &name, const QDateTime &modified)
{
    return Status::from(d->header(name, true, 0, modified, Compression::Default));
}

Status ArchiveWriter::finish()
{
    if (d->failure) {
        if (d->saveFile)
            d->saveFile->cancelWriting();
        return *d->failure;
    }
    if (d->finished)
        return Error{ErrorCode::InvalidState, tr("The archive is already finished.")};
    if (archive_write_close(d->archive) != ARCHIVE_OK) {
        const char *message = archive_error_string(d->archive);
        const Error error = d->fail(Error{ErrorCode::Io, tr("The archive could not be completed: %1")
                                                             .arg(message ? QString::fromLocal8Bit(message) : d->device->errorString())});
        if (d->saveFile)
            d->saveFile->cancelWriting();
        return error;
    }
    d->finished = true;
    errno = 0;
    if (d->saveFile && !d->saveFile->commit()) {
        const int error = errno;
        return Error{ErrorCode::Io, tr("The archive \"%1\" could not be saved: %2").arg(d->saveFile->fileName(), writeError(d->saveFile->errorString(), error))};
    }
    return {};
}

} // namespace dc
