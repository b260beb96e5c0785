#include "core/store/storelocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

namespace dc {

namespace {

struct TypedPasswords {
    QMutex mutex;
    QHash<QString, QString> byLocation; // display() → password
};

TypedPasswords &typedPasswords()
{
    static TypedPasswords passwords;
    return passwords;
}

} // namespace

void StoreLocation::setPassword(const QString &location, const QString &password)
{
    auto parsed = parse(location);
    if (!parsed || !parsed->isPostgres())
        return;
    TypedPasswords &typed = typedPasswords();
    const QMutexLocker locker(&typed.mutex);
    typed.byLocation.insert(parsed->display(), password);
}

QString StoreLocation::password() const
{
    TypedPasswords &typed = typedPasswords();
    const QMutexLocker locker(&typed.mutex);
    return typed.byLocation.value(display());
}

bool StoreLocation::isPostgresUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<StoreLocation> StoreLocation::parse(const QString &text)
{
    StoreLocation location;
    if (!isPostgresUrl(text)) {
        location.path = text;
        return location;
    }
    auto refuse = [&text](const QString &why) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("dc::StoreLocation", "The store location %1 is not usable: %2").arg(text, why)};
    };
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return refuse(url.errorString());
    if (!url.password().isEmpty())
        return refuse(QCoreApplication::translate("dc::StoreLocation", "a password must not be part of it; use ~/.pgpass or PGPASSWORD."));
    location.kind = Kind::Postgres;
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName();
    location.database = url.path().mid(1);
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return refuse(QCoreApplication::translate("dc::StoreLocation", "it names no database (postgresql://user@host:port/dbname)."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("host"))
            return refuse(QCoreApplication::translate("dc::StoreLocation", "the option %1 is not supported (only host).").arg(key));
        location.host = value;
    }
    return location;
}

QString StoreLocation::display() const
{
    if (kind == Kind::File)
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (host.startsWith(QLatin1Char('/'))) {
        url.setHost(QString());
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("host"), host);
        url.setQuery(query);
    } else {
        url.setHost(host);
    }
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace dc
