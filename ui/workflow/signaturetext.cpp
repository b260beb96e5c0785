#include "ui/workflow/signaturetext.h"

#include <QCryptographicHash>
#include <QFontDatabase>

namespace dc::SignatureText {

QString bilingualMeaning(SignatureMeaning meaning)
{
    switch (meaning) {
    case SignatureMeaning::Reviewed: return QStringLiteral("审核 Reviewed");
    case SignatureMeaning::Approved: return QStringLiteral("批准 Approved");
    case SignatureMeaning::Released: return QStringLiteral("发布 Released");
    case SignatureMeaning::PeriodicReview: return QStringLiteral("定期评审 Periodic review");
    case SignatureMeaning::Withdrawn: return QStringLiteral("作废 Withdrawn");
    case SignatureMeaning::Acknowledged: return QStringLiteral("已阅知悉 Acknowledged");
    case SignatureMeaning::Disposed: return QStringLiteral("销毁 Disposed");
    }
    return {};
}

QString groupedHex(const QString &hex, int groupsPerLine)
{
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0) {
            const bool newLine = groupsPerLine > 0 && (i / 4) % groupsPerLine == 0;
            out += newLine ? QLatin1Char('\n') : QLatin1Char(' ');
        }
        out += hex.mid(i, 4);
    }
    return out;
}

QString fingerprint(const Signature &signature)
{
    if (signature.signature.isEmpty())
        return {};
    const QByteArray digest = QCryptographicHash::hash(signature.signature, QCryptographicHash::Sha256);
    return groupedHex(QString::fromLatin1(digest.left(8).toHex()));
}

QFont digestFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    return font;
}

} // namespace dc::SignatureText
