#include "core/model/signature.h"

#include "core/model/timetext.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dc {

namespace {
struct MeaningInfo {
    SignatureMeaning meaning;
    const char *key;
};
constexpr MeaningInfo kMeanings[] = {
    {SignatureMeaning::Reviewed, "reviewed"},
    {SignatureMeaning::Approved, "approved"},
    {SignatureMeaning::Released, "released"},
    {SignatureMeaning::PeriodicReview, "periodic_review"},
    {SignatureMeaning::Withdrawn, "withdrawn"},
    {SignatureMeaning::Acknowledged, "acknowledged"},
    {SignatureMeaning::Disposed, "disposed"},
};
} // namespace

QString toKey(SignatureMeaning meaning)
{
    for (const auto &m : kMeanings) {
        if (m.meaning == meaning)
            return QString::fromLatin1(m.key);
    }
    return {};
}

std::optional<SignatureMeaning> signatureMeaningFromKey(const QString &key)
{
    for (const auto &m : kMeanings) {
        if (key == QLatin1String(m.key))
            return m.meaning;
    }
    return std::nullopt;
}

QString displayName(SignatureMeaning meaning)
{
    switch (meaning) {
    case SignatureMeaning::Reviewed: return QCoreApplication::translate("dc::Signature", "Reviewed");
    case SignatureMeaning::Approved: return QCoreApplication::translate("dc::Signature", "Approved");
    case SignatureMeaning::Released: return QCoreApplication::translate("dc::Signature", "Released");
    case SignatureMeaning::PeriodicReview: return QCoreApplication::translate("dc::Signature", "Periodic review");
    case SignatureMeaning::Withdrawn: return QCoreApplication::translate("dc::Signature", "Withdrawn");
    case SignatureMeaning::Acknowledged: return QCoreApplication::translate("dc::Signature", "Acknowledged");
    case SignatureMeaning::Disposed: return QCoreApplication::translate("dc::Signature", "Disposed");
    }
    return {};
}

QByteArray Signature::payload() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QJsonObject object{
        {QStringLiteral("document"), documentNumber},
        {QStringLiteral("revision"), revisionLabel},
        {QStringLiteral("content_sha256"), contentHash},
        {QStringLiteral("meaning"), toKey(meaning)},
        {QStringLiteral("signer"), signer},
        {QStringLiteral("time"), TimeText::fromUtc(signedAt)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace dc
