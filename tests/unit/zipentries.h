#pragma once

// Reading a zip into memory and writing one back, for tests that take a backup or a bundle
// apart, change one entry and put it together again.

#include "core/archive/archivereader.h"
#include "core/archive/archivewriter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace dctest {

using ZipEntries = QList<std::pair<QString, QByteArray>>;

// Every entry of a zip, in order.
inline dc::Result<ZipEntries> readZipEntries(const QString &path, const dc::ArchiveLimits &limits = {})
{
    auto reader = dc::ArchiveReader::open(path, limits);
    if (!reader)
        return reader.error();
    ZipEntries entries;
    while (true) {
        auto more = reader.value()->next();
        if (!more)
            return more.error();
        if (!more.value())
            return entries;
        const QString name = reader.value()->entry().name;
        auto bytes = reader.value()->readEntryAll();
        if (!bytes)
            return bytes.error();
        entries.append({name, bytes.value()});
    }
}

// Writes `entries` as a zip at `path`.
inline dc::Status writeZipEntries(const QString &path, const ZipEntries &entries)
{
    auto writer = dc::ArchiveWriter::create(path, dc::ArchiveFormat::Zip);
    if (!writer)
        return writer.error();
    for (const auto &[name, data] : entries) {
        if (const dc::Status added = writer.value()->addData(name, data); !added)
            return added;
    }
    return writer.value()->finish();
}

} // namespace dctest
