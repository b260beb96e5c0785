#pragma once

#include <QLoggingCategory>

namespace dc {

// doccontrol.store: opening, creating and migrating stores, waits for the write lock, failed
// commits and rolled-back transactions. Warnings only unless enabled (README, "Diagnostics").
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace dc
