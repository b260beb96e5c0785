#pragma once

#include <QLoggingCategory>

namespace dc {

// doccontrol.archive: archives refused or stopped (and why), extractions. Warnings only unless
// enabled (README, "Diagnostics").
Q_DECLARE_LOGGING_CATEGORY(lcArchive)

} // namespace dc
