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

QString Event::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

} // namespace dc
