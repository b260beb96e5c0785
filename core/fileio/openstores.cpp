#include "core/fileio/openstores.h"

#include "core/fileio/fileidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>

namespace dc::OpenStores {

namespace {

QMutex g_mutex;
QHash<QString, int> g_open; // resolved store path → connections

const char *const kSuffixes[] = {"", "-wal", "-shm", "-journal"};

bool isCompanionOf(const QString &store, const std::optional<FileIdentity> &identity, const QString &resolved)
{
    for (const char *suffix : kSuffixes) {
        const QString own = store + QLatin1String(suffix);
        if (identity) {
            if (const std::optional<FileIdentity> mine = fileIdentity(own); mine && *mine == *identity)
                return true;
        }
        if (!resolved.isEmpty() && resolved == own)
            return true;
    }
    return false;
}

QString key(const QString &path)
{
    const QString resolved = resolvedPath(path);
    return resolved.isEmpty() ? path : resolved;
}

} // namespace

void add(const QString &path)
{
    const QMutexLocker lock(&g_mutex);
    ++g_open[key(path)];
}

void remove(const QString &path)
{
    const QMutexLocker lock(&g_mutex);
    const QString k = key(path);
    if (--g_open[k] <= 0)
        g_open.remove(k);
}

bool contains(const QString &file)
{
    const std::optional<FileIdentity> identity = fileIdentity(file);
    const QString resolved = resolvedPath(file);
    const QMutexLocker lock(&g_mutex);
    for (auto it = g_open.cbegin(); it != g_open.cend(); ++it) {
        if (isCompanionOf(it.key(), identity, resolved))
            return true;
    }
    return false;
}

Status refuseIfOpen(const QString &file)
{
    if (!contains(file))
        return {};
    return Error{ErrorCode::InvalidInput,
                 QCoreApplication::translate("dc::OpenStores", "%1 is a document store that is open; choose another file.").arg(QDir::toNativeSeparators(file))};
}

} // namespace dc::OpenStores
