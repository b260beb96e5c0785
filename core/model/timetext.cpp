#include "core/model/timetext.h"

namespace dc::TimeText {

QString fromUtc(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime toUtc(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace dc::TimeText
