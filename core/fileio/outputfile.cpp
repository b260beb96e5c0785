#include "core/fileio/outputfile.h"

#include "core/fileio/fileidentity.h"
#include "core/fileio/openstores.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace dc {

namespace {

const QString kPartialMark = QStringLiteral(".dcpart");

QAtomicInteger<int> g_serial;

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

// ".NAME.PID-N.dcpart…": the PID of the process that made it.
qint64 ownerPid(const QString &entry, const QString &targetName)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)-\\d+\\.dcpart"));
    const QString prefix = QLatin1Char('.') + targetName + QLatin1Char('.');
    if (!entry.startsWith(prefix))
        return 0;
    // A QString: match(QStringView) is deprecated in Qt 6.8 and its successor matchView() is new in 6.5.
    const QRegularExpressionMatch match = pattern.match(entry.mid(prefix.size()));
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

bool processAlive(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

// Removes what killed runs left beside `target`: partial files, snapshots and their SQLite
// companions, folders of pieces. Only names of this pattern whose process is gone.
void sweepLeftovers(const QString &target)
{
    const QFileInfo info(target);
    const QString name = info.fileName();
    QDir folder(info.absolutePath());
    const QStringList entries = folder.entryList({QLatin1Char('.') + name + QStringLiteral(".*") + kPartialMark + QLatin1Char('*')},
                                                 QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const qint64 pid = ownerPid(entry, name);
        if (pid <= 0 || processAlive(pid))
            continue;
        const QString path = folder.filePath(entry);
        if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
}

mode_t sharedMode()
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

} // namespace

OutputFile::OutputFile(QString target, QString partial, Mode mode, Forbidden forbidden)
    : m_target(std::move(target)), m_partial(std::move(partial)), m_mode(mode), m_forbidden(std::move(forbidden))
{
}

OutputFile::~OutputFile()
{
    if (!m_committed)
        QFile::remove(m_partial);
    removeScratch();
}

QString OutputFile::scratchPath(const QString &suffix) const
{
    return m_partial + QLatin1Char('-') + suffix;
}

void OutputFile::removeScratch()
{
    const QFileInfo partial(m_partial);
    QDir folder(partial.absolutePath());
    const QStringList entries = folder.entryList({partial.fileName() + QStringLiteral("-*")},
                                                 QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString path = folder.filePath(entry);
        if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
}

Error OutputFile::explain(Error error) const
{
    error.message.replace(m_partial, shown(m_target));
    error.message.replace(QFileInfo(m_partial).fileName(), QFileInfo(m_target).fileName());
    return error;
}

Status OutputFile::checkTarget(const QString &target, const Forbidden &forbidden)
{
    if ((forbidden && forbidden(target)) || OpenStores::contains(target))
        return Error{ErrorCode::InvalidInput, tr("%1 is the store itself (or one of its files); write to another file.").arg(shown(target))};
    struct stat link {};
    if (::lstat(QFile::encodeName(target).constData(), &link) != 0)
        return {}; // nothing there yet
    if (S_ISDIR(link.st_mode))
        return Error{ErrorCode::InvalidInput, tr("%1 is a folder; write to a file.").arg(shown(target))};
    if (!S_ISREG(link.st_mode))
        return Error{ErrorCode::InvalidInput, tr("%1 is not a regular file (a device, pipe, socket or link); write to a regular file.").arg(shown(target))};
    return {};
}

Result<std::unique_ptr<OutputFile>> OutputFile::create(const QString &requested, Mode mode, const Forbidden &forbidden)
{
    if (requested.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("No file name was given.")};
    // A link is followed to the file it names, so the rename replaces that file, not the link.
    QString target = requested;
    const QFileInfo asked(requested);
    if (asked.isSymLink()) {
        const QString linked = asked.canonicalFilePath();
        if (linked.isEmpty())
            return Error{ErrorCode::InvalidInput, tr("%1 is a link to nothing; write to a regular file.").arg(shown(requested))};
        target = linked;
    }
    target = resolvedPath(target);
    if (target.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The folder of %1 does not exist.").arg(shown(requested))};
    if (const Status ok = checkTarget(target, forbidden); !ok)
        return ok.error();

    sweepLeftovers(target);
    const QFileInfo info(target);
    const QString partial = QDir(info.absolutePath())
                                .filePath(QLatin1Char('.') + info.fileName() + QLatin1Char('.') + QString::number(::getpid()) + QLatin1Char('-')
                                          + QString::number(g_serial.fetchAndAddRelaxed(1)) + kPartialMark);
    const int fd = ::open(QFile::encodeName(partial).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        return Error{ErrorCode::Io, tr("Cannot write in the folder of %1: %2").arg(shown(target), systemError(error))};
    }
    ::close(fd);
    return std::unique_ptr<OutputFile>(new OutputFile(target, partial, mode, forbidden));
}

Status OutputFile::commit(Replace replace)
{
    const QByteArray partial = QFile::encodeName(m_partial);
    const auto fail = [this](int error) -> Status {
        QFile::remove(m_partial);
        return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(shown(m_target), systemError(error))};
    };
    const int fd = ::open(partial.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fail(errno);
    const mode_t mode = m_mode == Mode::OwnerOnly ? mode_t(0600) : sharedMode();
    if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return fail(error);
    }
    ::close(fd);
    // The target may have changed since create(): check it again just before the rename.
    if (const Status ok = checkTarget(m_target, m_forbidden); !ok) {
        QFile::remove(m_partial);
        return ok;
    }
    const QByteArray target = QFile::encodeName(m_target);
    if (replace == Replace::Never) {
        // link(2) fails when the name is taken: a file made meanwhile is never replaced.
        if (::link(partial.constData(), target.constData()) != 0) {
            const int error = errno;
            QFile::remove(m_partial);
            if (error == EEXIST)
                return Error{ErrorCode::Duplicate, tr("%1 already exists; it was not replaced.").arg(shown(m_target))};
            return Error{ErrorCode::Io, tr("Cannot write %1: %2").arg(shown(m_target), systemError(error))};
        }
        ::unlink(partial.constData());
    } else if (::rename(partial.constData(), target.constData()) != 0) {
        return fail(errno);
    }
    m_committed = true;
    // Make the rename itself durable.
    const int folder = ::open(QFile::encodeName(QFileInfo(m_target).absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {};
}

} // namespace dc
