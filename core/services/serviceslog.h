#pragma once

#include <QLoggingCategory>

namespace dc {

// doccontrol.services: exports, prints, bundles, backups and restores (target, bytes,
// milliseconds) and retries after a conflict. Warnings only unless enabled (README,
// "Diagnostics").
Q_DECLARE_LOGGING_CATEGORY(lcServices)

} // namespace dc
