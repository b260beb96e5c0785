#include "core/model/revisionlabel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dc {

namespace {
// Anchored with \z: "$" would also accept a trailing newline ("A/0\n").
const QRegularExpression &editionPattern()
{
    static const QRegularExpression re(QStringLiteral("^([A-Z])/(\\d{1,3})\\z"));
    return re;
}
const QRegularExpression &decimalPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\z"));
    return re;
}
} // namespace

QString toKey(LabelScheme scheme)
{
    return scheme == LabelScheme::Decimal ? QStringLiteral("decimal") : QStringLiteral("edition");
}

std::optional<LabelScheme> labelSchemeFromKey(const QString &key)
{
    if (key == QLatin1String("edition"))
        return LabelScheme::EditionRevision;
    if (key == QLatin1String("decimal"))
        return LabelScheme::Decimal;
    return std::nullopt;
}

namespace RevisionLabel {

QString first(LabelScheme scheme)
{
    return scheme == LabelScheme::Decimal ? QStringLiteral("1.0") : QStringLiteral("A/0");
}

bool isValid(const QString &label, LabelScheme scheme)
{
    const auto &re = scheme == LabelScheme::Decimal ? decimalPattern() : editionPattern();
    return re.match(label).hasMatch();
}

Result<QString> next(const QString &label, LabelScheme scheme, RevisionStep step)
{
    const auto &re = scheme == LabelScheme::Decimal ? decimalPattern() : editionPattern();
    const auto match = re.match(label);
    if (!match.hasMatch()) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("dc::RevisionLabel", "\"%1\" is not a revision label of the form %2.")
                         .arg(label, first(scheme))};
    }
    const int minor = match.captured(2).toInt();
    // Each number of a label has at most three digits, so the next label must stay below 1000.
    const int bumped = scheme == LabelScheme::Decimal && step == RevisionStep::Major ? match.captured(1).toInt() : minor;
    if ((scheme == LabelScheme::Decimal || step == RevisionStep::Minor) && bumped >= 999) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("dc::RevisionLabel", "No revision label can follow %1; labels count up to 999.").arg(label)};
    }
    if (scheme == LabelScheme::Decimal) {
        const int major = match.captured(1).toInt();
        return step == RevisionStep::Major ? QStringLiteral("%1.0").arg(major + 1)
                                           : QStringLiteral("%1.%2").arg(major).arg(minor + 1);
    }
    const QChar edition = match.captured(1).at(0);
    if (step == RevisionStep::Minor)
        return QStringLiteral("%1/%2").arg(edition).arg(minor + 1);
    if (edition == QLatin1Char('Z')) {
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("dc::RevisionLabel", "Edition Z is the last edition letter; no major revision can follow %1.").arg(label)};
    }
    return QStringLiteral("%1/0").arg(QChar(edition.unicode() + 1));
}

} // namespace RevisionLabel
} // namespace dc
