#include "core/model/documentlink.h"

#include "core/model/numberpattern.h"

#include <QUrl>

namespace dc {

namespace {
const QString kScheme = QStringLiteral("doccontrol:");
}

QString documentLinkUrl(const QString &number)
{
    return kScheme + number;
}

std::optional<QString> documentLinkTarget(const QString &url)
{
    if (!url.startsWith(kScheme, Qt::CaseInsensitive))
        return std::nullopt;
    const QString number = QUrl::fromPercentEncoding(url.mid(kScheme.size()).toUtf8());
    if (!validateDocumentNumber(number))
        return std::nullopt;
    return number;
}

} // namespace dc
