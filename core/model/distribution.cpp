#include "core/model/distribution.h"

#include <QCoreApplication>

#include <algorithm>

namespace dc {

QString DistributionMember::key() const
{
    return (kind == Kind::User ? QStringLiteral("user:") : QStringLiteral("dept:")) + name;
}

Result<DistributionList> parseDistribution(const QString &text)
{
    DistributionList list;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        const qsizetype colon = entry.indexOf(QLatin1Char(':'));
        const QString kind = entry.left(colon).trimmed().toLower();
        const QString name = colon < 0 ? QString() : entry.mid(colon + 1).trimmed();
        DistributionMember member;
        bool known = colon > 0;
        if (kind == QLatin1String("user"))
            member.kind = DistributionMember::Kind::User;
        else if (kind == QLatin1String("dept") || kind == QLatin1String("department"))
            member.kind = DistributionMember::Kind::Department;
        else
            known = false;
        if (!known || name.isEmpty()) {
            return Error{ErrorCode::InvalidInput,
                         QCoreApplication::translate("dc::Distribution", "\"%1\" is not a distribution entry: write user:NAME or dept:DEPARTMENT.").arg(entry)};
        }
        member.name = name;
        if (!list.contains(member))
            list << member;
    }
    return list;
}

void sortDistribution(DistributionList &list)
{
    std::sort(list.begin(), list.end(), [](const DistributionMember &a, const DistributionMember &b) {
        if (a.kind != b.kind)
            return a.kind == DistributionMember::Kind::User;
        return a.name < b.name;
    });
}

} // namespace dc
