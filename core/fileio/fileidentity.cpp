#include "core/fileio/fileidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <sys/stat.h>

namespace dc {

std::optional<FileIdentity> fileIdentity(const QString &path)
{
    struct stat info {};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileIdentity{quint64(info.st_dev), quint64(info.st_ino), S_ISREG(info.st_mode)};
}

QString resolvedPath(const QString &path)
{
    const QFileInfo file(path);
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    if (folder.isEmpty())
        return {};
    return QDir(folder).filePath(file.fileName());
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString writeError(const QString &errorString, int savedErrno)
{
    if (savedErrno != 0 && (errorString.isEmpty() || errorString == QLatin1String("Unknown error")))
        return systemError(savedErrno);
    return errorString;
}

} // namespace dc
