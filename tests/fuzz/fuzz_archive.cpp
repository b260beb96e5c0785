// libFuzzer harness: ArchiveReader on arbitrary bytes. Every entry is read to the end; the
// reader must refuse or succeed, never crash, hang or leak. Small limits keep runs fast.

#include "core/archive/archivereader.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzsupport::init();
    dc::ArchiveLimits limits;
    limits.maxTotalSize = 64 << 20;
    limits.maxEntrySize = 32 << 20;
    limits.maxEntries = 2000;
    auto reader = dc::ArchiveReader::fromData(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), limits);
    if (!reader)
        return 0;
    for (;;) {
        const auto more = (*reader)->next();
        if (!more || !*more)
            break;
        if (!(*reader)->readEntryAll())
            break;
    }
    return 0;
}
