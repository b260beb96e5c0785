#pragma once

// The converters behind DocumentImporter, one per format. Internal to core/archive/import.

#include "core/archive/import/importeddocument.h"
#include "core/model/result.h"

#include <QByteArray>

namespace dc {
class ArchiveReader;
}

namespace dc::importing {

Result<ImportedDocument> importMarkdown(const QByteArray &data);
Result<ImportedDocument> importHtml(const QByteArray &data);
Result<ImportedDocument> importOdt(ArchiveReader &reader);
Result<ImportedDocument> importDocx(ArchiveReader &reader);

} // namespace dc::importing
