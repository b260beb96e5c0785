#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace dc {

// SHA-256 of the UTF-8 text, as lower-case hex: the content hash signatures bind to.
inline QString contentHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// SHA-256 of a file's bytes, as lower-case hex; empty when the file cannot be read.
inline QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace dc
