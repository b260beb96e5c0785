#pragma once

#include "core/archive/archive.h"
#include "core/model/result.h"

#include <QStringList>

namespace dc {

// Extracts the archive at `archivePath` into `targetDir`, all or nothing. `targetDir` must
// not exist yet (it is created) or be an empty folder. Nothing is ever written outside it:
// every entry is checked by ArchiveReader (no "..", absolute names, links or devices, within
// `limits`), and files are created new, never through an existing path. On any refusal or
// error everything written is removed again (and `targetDir` too when it was created here)
// and the error names the entry. Returns the relative names of the files written.
Result<QStringList> extractArchive(const QString &archivePath, const QString &targetDir, const ArchiveLimits &limits = {});

} // namespace dc
