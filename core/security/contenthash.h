#pragma once

#include <QCryptographicHash>
#include <QString>

namespace dc {

// SHA-256 of the UTF-8 text, as lower-case hex: the content hash signatures bind to.
inline QString contentHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace dc
