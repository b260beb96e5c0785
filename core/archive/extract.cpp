#include "core/archive/extract.h"

#include "core/archive/archivelog.h"
#include "core/archive/archivereader.h"
#include "core/archive/entryname.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace dc {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("dc::Extract", text);
}

// What one extraction created, so that a failure can take it back.
class Extraction final {
public:
    explicit Extraction(QString root) : m_root(std::move(root)) {}

    // Creates the folders of `relative` below the root, refusing anything that is not a real
    // folder of ours on the way.
    Status makeFolders(const QString &relative)
    {
        QString path = m_root;
        for (const QString &part : relative.split(u'/')) {
            path += u'/' + part;
            const QFileInfo info(path);
            if (info.isSymLink() || (info.exists() && !info.isDir()))
                return Error{ErrorCode::InvalidInput, translate("The archive entry \"%1\" is refused: \"%2\" is in the way.")
                                                          .arg(EntryName::display(relative), EntryName::display(part))};
            if (info.exists())
                continue;
            if (!QDir().mkdir(path))
                return Error{ErrorCode::Io, translate("The folder \"%1\" could not be created.").arg(path)};
            m_created.append(path);
        }
        return {};
    }

    // Opens a new file for `relative` (its folders must exist); never opens an existing path.
    Result<std::unique_ptr<QFile>> newFile(const QString &relative)
    {
        auto file = std::make_unique<QFile>(m_root + u'/' + relative);
        if (!file->open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{ErrorCode::Io, translate("The file \"%1\" could not be created: %2").arg(file->fileName(), file->errorString())};
        m_created.append(file->fileName());
        return file;
    }

    // Removes everything created, the deepest first.
    void rollBack()
    {
        std::for_each(m_created.crbegin(), m_created.crend(), [](const QString &path) {
            if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
                QDir().rmdir(path);
            else
                QFile::remove(path);
        });
        m_created.clear();
    }

private:
    QString m_root;
    QStringList m_created;
};

Status extractEntries(ArchiveReader &reader, Extraction &extraction, QStringList &files)
{
    for (;;) {
        const Result<bool> more = reader.next();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        const ArchiveEntry &entry = reader.entry();
        if (entry.type == ArchiveEntryType::Directory) {
            if (const Status made = extraction.makeFolders(entry.name); !made)
                return made;
            continue;
        }
        const qsizetype slash = entry.name.lastIndexOf(u'/');
        if (slash > 0) {
            if (const Status made = extraction.makeFolders(entry.name.left(slash)); !made)
                return made;
        }
        Result<std::unique_ptr<QFile>> file = extraction.newFile(entry.name);
        if (!file)
            return file.error();
        if (const Status read = reader.readEntry(**file); !read)
            return read;
        if (!(*file)->flush())
            return Error{ErrorCode::Io, translate("The file \"%1\" could not be written: %2").arg((*file)->fileName(), (*file)->errorString())};
        if (entry.modified.isValid())
            (*file)->setFileTime(entry.modified, QFileDevice::FileModificationTime);
        (*file)->close();
        files.append(entry.name);
    }
}

} // namespace

Result<QStringList> extractArchive(const QString &archivePath, const QString &targetDir, const ArchiveLimits &limits)
{
    const QFileInfo target(targetDir);
    bool createdTarget = false;
    if (target.exists() || target.isSymLink()) {
        if (target.isSymLink() || !target.isDir())
            return Error{ErrorCode::InvalidInput, translate("\"%1\" is not a folder.").arg(targetDir)};
        if (!QDir(targetDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return Error{ErrorCode::InvalidInput, translate("The folder \"%1\" is not empty; an archive is only extracted into an empty folder.").arg(targetDir)};
    } else {
        if (!QDir().mkdir(targetDir))
            return Error{ErrorCode::Io, translate("The folder \"%1\" could not be created.").arg(targetDir)};
        createdTarget = true;
    }
    const QString root = QFileInfo(targetDir).canonicalFilePath();

    Result<std::unique_ptr<ArchiveReader>> reader = ArchiveReader::open(archivePath, limits);
    Extraction extraction(root);
    QStringList files;
    Status done = reader ? extractEntries(**reader, extraction, files) : Status(reader.error());
    if (done) {
        qCDebug(lcArchive).noquote() << "extracted" << files.size() << "files from" << archivePath << "into" << root;
        return files;
    }
    qCInfo(lcArchive).noquote() << "extraction of" << archivePath << "into" << root << "refused, rolled back:" << done.message();
    extraction.rollBack();
    if (createdTarget)
        QDir().rmdir(root);
    return done.error();
}

} // namespace dc
