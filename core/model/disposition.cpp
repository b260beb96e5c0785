#include "core/model/disposition.h"

namespace dc {

std::optional<RetentionEnd> retentionEnd(const RetentionFacts &facts)
{
    const int years = qMax(0, facts.retentionYears);
    if (facts.withdrawnOn.isValid())
        return RetentionEnd{RetentionBasis::Withdrawn, facts.withdrawnOn, facts.withdrawnOn.addYears(years)};
    if (facts.type == DocumentType::Record && years > 0 && facts.effectiveDate.isValid())
        return RetentionEnd{RetentionBasis::RecordEffective, facts.effectiveDate, facts.effectiveDate.addYears(years)};
    return std::nullopt;
}

QString describe(const RetentionEnd &end, int retentionYears)
{
    const QString from = end.from.toString(Qt::ISODate);
    if (end.basis == RetentionBasis::Withdrawn)
        return QCoreApplication::translate("dc::Disposition", "withdrawn %1, kept %n year(s)", nullptr, retentionYears).arg(from);
    return QCoreApplication::translate("dc::Disposition", "record effective %1, kept %n year(s)", nullptr, retentionYears).arg(from);
}

} // namespace dc
