#include "core/store/openmarkers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <atomic>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace dc::OpenMarkers {

namespace {

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/open-stores");
}

// One key per store file however it was named (links, relative paths); a file not made yet
// falls back to its absolute name.
QString keyOf(const QString &storePath)
{
    const QFileInfo info(storePath);
    const QString canonical = info.canonicalFilePath();
    const QString name = canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

bool processEnded(qint64 pid)
{
    if (pid <= 0)
        return true;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QStringList endedMarkers(const QString &storePath)
{
    const QString key = keyOf(storePath);
    QStringList ended;
    const QDir dir(folder());
    const QStringList names = dir.entryList({key + QStringLiteral(".*")}, QDir::Files);
    for (const QString &name : names) {
        bool number = false;
        const qint64 pid = name.mid(key.size() + 1).section(QLatin1Char('.'), 0, 0).toLongLong(&number);
        if (number && processEnded(pid))
            ended.append(dir.filePath(name));
    }
    return ended;
}

} // namespace

QString add(const QString &storePath, qint64 pid)
{
    if (!QDir().mkpath(folder()))
        return {};
    static std::atomic<int> opened{0}; // one process may hold the same store open twice
    const QString marker = folder() + QLatin1Char('/') + keyOf(storePath) + QLatin1Char('.') + QString::number(pid > 0 ? pid : qint64(::getpid())) + QLatin1Char('.')
        + QString::number(++opened);
    QSaveFile file(marker);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QFileInfo(storePath).absoluteFilePath().toUtf8() + '\n'); // for people looking at the folder
    return file.commit() ? marker : QString();
}

void remove(const QString &marker)
{
    if (!marker.isEmpty())
        QFile::remove(marker);
}

bool uncleanEndBefore(const QString &storePath)
{
    return !endedMarkers(storePath).isEmpty();
}

void forgetUncleanEnds(const QString &storePath)
{
    for (const QString &marker : endedMarkers(storePath))
        QFile::remove(marker);
}

} // namespace dc::OpenMarkers
