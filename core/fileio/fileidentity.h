#pragma once

#include <QString>

#include <optional>

namespace dc {

// Which file a path names, by device and inode: two paths name the same file when their
// identities are equal, whatever symbolic links, hard links or "../" lead to it. Taken with
// stat(2), which opens no descriptor — so it is safe on a store file SQLite has open (closing
// any other descriptor of that file would drop the process's POSIX locks on it).
struct FileIdentity {
    quint64 device = 0;
    quint64 inode = 0;
    bool regular = false; // a regular file (not a folder, device, fifo or socket)

    friend bool operator==(const FileIdentity &a, const FileIdentity &b) { return a.device == b.device && a.inode == b.inode; }
};

// The identity of the file `path` names (following symbolic links); nullopt when nothing is there.
std::optional<FileIdentity> fileIdentity(const QString &path);

// `path` with every symbolic link in its folder resolved, its last part kept as written (it may
// not exist yet). Empty when the folder does not exist.
QString resolvedPath(const QString &path);

// The operating system's message for errno `error`, e.g. "No space left on device".
QString systemError(int error);

// Why a write to `file` failed: its error string, or — when Qt has none to give (a short
// write, or a flush inside QSaveFile::commit() that reports "Unknown error") — the system's
// message for `savedErrno`, the errno read right after the failed call.
QString writeError(const QString &errorString, int savedErrno);

} // namespace dc
