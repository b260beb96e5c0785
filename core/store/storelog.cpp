#include "core/store/storelog.h"

namespace dc {

Q_LOGGING_CATEGORY(lcStore, "doccontrol.store", QtWarningMsg)

} // namespace dc
