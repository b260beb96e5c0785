#include "core/archive/archivelog.h"

namespace dc {

Q_LOGGING_CATEGORY(lcArchive, "doccontrol.archive", QtWarningMsg)

} // namespace dc
