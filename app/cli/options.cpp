#include "app/cli/options.h"

#include <QFile>
#include <QStringDecoder>

namespace dc::cli {

QCommandLineOption valueOption(const char *name, const QString &help, const QString &valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), help, valueName);
}

Result<QString> readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::cli", "Cannot read the content file %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::cli", "The content file %1 is not UTF-8 text.").arg(path)};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

Result<int> intOption(CliApp &app, const QString &name, int fallback)
{
    if (!app.isSet(name))
        return fallback;
    bool ok = false;
    const int value = app.option(name).toInt(&ok);
    if (!ok)
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::cli", "--%1 needs a whole number, not \"%2\".").arg(name, app.option(name))};
    return value;
}

Result<RegisterFilter> filterOptions(CliApp &app)
{
    const auto type = enumOption(app, QStringLiteral("type"), documentTypeFromKey, documentTypeKeys());
    const auto status = enumOption(app, QStringLiteral("status"), revisionStatusFromKey, revisionStatusKeys());
    const auto classification = enumOption(app, QStringLiteral("classification"), classificationFromKey, classificationKeys());
    for (const Status &parsed : {Status::from(type), Status::from(status), Status::from(classification)}) {
        if (!parsed)
            return parsed.error();
    }
    RegisterFilter filter;
    filter.type = type.value();
    filter.status = status.value();
    filter.classification = classification.value();
    filter.owner = app.option(QStringLiteral("owner"));
    filter.department = app.option(QStringLiteral("department"));
    filter.clause = app.option(QStringLiteral("clause"));
    return filter;
}

} // namespace dc::cli
