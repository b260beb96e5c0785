#include "core/model/searchresult.h"

namespace dc {

QString Snippet::marked(const QString &open, const QString &close) const
{
    QString out;
    qsizetype at = 0;
    for (const Range &range : highlights) {
        out += QStringView(text).mid(at, range.start - at) + open + QStringView(text).mid(range.start, range.length) + close;
        at = range.start + range.length;
    }
    out += QStringView(text).mid(at);
    return out;
}

} // namespace dc
