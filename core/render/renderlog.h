#pragma once

#include <QLoggingCategory>

namespace dc {

// doccontrol.render: layout, painting and PDF timings (pages, bytes, milliseconds). Warnings
// only unless enabled (README, "Diagnostics").
Q_DECLARE_LOGGING_CATEGORY(lcRender)

} // namespace dc
