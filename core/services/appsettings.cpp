#include "core/services/appsettings.h"

#include <QStandardPaths>

namespace dc::AppSettings {

QString defaultDemoStorePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.dcstore");
}

} // namespace dc::AppSettings
