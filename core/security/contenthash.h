#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <algorithm>

namespace dc {

// SHA-256 of the UTF-8 text, as lower-case hex: the content hash signatures bind to.
inline QString contentHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// What the content hash says of one attachment.
struct AttachmentDigest {
    QString name;
    QString mimeType;
    QString sha256; // hex of the attachment's bytes
};

// The content hash a revision's signatures bind to. Scheme 1, a revision without attachments:
// contentHash(text), as every store made before issue 11 has. Scheme 2, with attachments:
// SHA-256 of the compact JSON ["doccontrol-content-2", contentHash(text), [name, type, sha256]…]
// with the attachments in name order, so no byte of text or attachment changes unnoticed.
inline QString revisionContentHash(const QString &text, QList<AttachmentDigest> attachments)
{
    if (attachments.isEmpty())
        return contentHash(text);
    std::sort(attachments.begin(), attachments.end(), [](const AttachmentDigest &a, const AttachmentDigest &b) { return a.name < b.name; });
    QJsonArray form{QStringLiteral("doccontrol-content-2"), contentHash(text)};
    for (const AttachmentDigest &a : attachments)
        form.append(QJsonArray{a.name, a.mimeType, a.sha256});
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(form).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
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
