#pragma once

#include <QLoggingCategory>

namespace dc {

// doccontrol.ui: stores opened and closed, sign-in and sign-out, work started and finished on
// a worker thread. Warnings only unless enabled (README, "Diagnostics").
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace dc
