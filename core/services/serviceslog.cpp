#include "core/services/serviceslog.h"

namespace dc {

Q_LOGGING_CATEGORY(lcServices, "doccontrol.services", QtWarningMsg)

} // namespace dc
