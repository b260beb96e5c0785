#include "core/model/event.h"

#include "core/model/timetext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace dc {

QByteArray Event::canonical() const
{
    const QJsonArray fields{seq, TimeText::fromUtc(at), user, action, object, details};
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

QString Event::computeHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(canonical());
    return QString::fromLatin1(hash.result().toHex());
}

namespace {

// `text` as a JSON string, escaped as QJsonDocument writes it. Should it ever differ for some
// character, canonicalWith() differs from canonical() and hashMatches() falls back: slower,
// never wrong, as the escaping stays one-to-one.
void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace

QByteArray Event::canonicalWith(const QByteArray &storedDetails) const
{
    QByteArray bytes;
    bytes.reserve(storedDetails.size() + 160);
    bytes += '[';
    bytes += QByteArray::number(seq);
    for (const QString &field : {TimeText::fromUtc(at), user, action, object}) {
        bytes += ',';
        appendJsonString(bytes, field);
    }
    bytes += ',';
    bytes += storedDetails;
    bytes += ']';
    return bytes;
}

bool Event::hashMatches(const QByteArray &storedDetails) const
{
    QCryptographicHash hashing(QCryptographicHash::Sha256);
    hashing.addData(prevHash.toLatin1());
    hashing.addData(canonicalWith(storedDetails));
    return QString::fromLatin1(hashing.result().toHex()) == hash || computeHash() == hash;
}

QString Event::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

} // namespace dc
