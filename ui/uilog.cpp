#include "ui/uilog.h"

namespace dc {

Q_LOGGING_CATEGORY(lcUi, "doccontrol.ui", QtWarningMsg)

} // namespace dc
