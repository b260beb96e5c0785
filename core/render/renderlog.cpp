#include "core/render/renderlog.h"

namespace dc {

Q_LOGGING_CATEGORY(lcRender, "doccontrol.render", QtWarningMsg)

} // namespace dc
