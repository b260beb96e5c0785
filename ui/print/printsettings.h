#pragma once

#include "core/services/appsettings.h"

namespace dc::PrintSettings {

// Per-desk settings of printing and exporting.
// TEMPORARY here: they belong in the table of AppSettings (core/services/appsettings.h).

// The folder the last export was written to; empty: the user's documents folder.
inline const SettingKey<QString> exportFolder{"export/folder", {}};
// The page size last chosen for an export or a print: "A4" or "Letter".
inline const SettingKey<QString> pageSize{"export/pageSize", QStringLiteral("A4")};

} // namespace dc::PrintSettings
