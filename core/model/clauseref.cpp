#include "core/model/clauseref.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dc {

QStringList ClauseRef::knownStandards()
{
    return {QStringLiteral("27001:2013"), QStringLiteral("27001:2022"), QStringLiteral("20000-1:2018")};
}

Result<ClauseRef> ClauseRef::parse(const QString &text)
{
    const QStringList parts = text.simplified().split(QLatin1Char(' '));
    if (parts.size() != 2) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("dc::ClauseRef", "Clause reference \"%1\" must be a standard and a clause, like \"27001:2013 A.9.1.1\".").arg(text)};
    }
    if (!knownStandards().contains(parts[0])) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("dc::ClauseRef", "Unknown standard \"%1\" in clause reference; use one of %2.")
                         .arg(parts[0], knownStandards().join(QStringLiteral(", ")))};
    }
    // Main clauses are numbers (4.1, 7.5.3); Annex A controls are A.<n>.<n>[.<n>].
    static const QRegularExpression clausePattern(QStringLiteral("^(A\\.)?\\d{1,2}(\\.\\d{1,2}){0,3}$"));
    if (!clausePattern.match(parts[1]).hasMatch()) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("dc::ClauseRef", "\"%1\" is not a clause number (expected e.g. 7.5.3 or A.5.37).").arg(parts[1])};
    }
    return ClauseRef{parts[0], parts[1]};
}

QStringList clauseKeys(const ClauseRefs &refs)
{
    QStringList keys;
    for (const ClauseRef &ref : refs)
        keys << ref.toString();
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace dc
