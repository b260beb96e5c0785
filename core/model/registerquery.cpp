#include "core/model/registerquery.h"

namespace dc {

namespace {

const QStringList &columnKeys()
{
    static const QStringList keys{QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("type"), QStringLiteral("status"),
                                  QStringLiteral("owner"), QStringLiteral("department"), QStringLiteral("classification"),
                                  QStringLiteral("updated")};
    return keys;
}

} // namespace

QStringList registerColumnKeys() { return columnKeys(); }

std::optional<RegisterColumn> registerColumnFromKey(const QString &key)
{
    const qsizetype index = columnKeys().indexOf(key.toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<RegisterColumn>(index);
}

} // namespace dc
