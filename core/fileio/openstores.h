#pragma once

#include "core/model/result.h"

#include <QString>

namespace dc::OpenStores {

// The store files this process has SQLite connections to. Nothing but SQLite may open such a
// file (or its -wal, -shm, -journal companions) while a connection exists: closing any other
// descriptor of it drops all of the process's POSIX locks on it, and another process may then
// delete the WAL underneath (SQLite's "How To Corrupt An SQLite Database File", 2.2).
// Every read of a file a user names goes through refuseIfOpen() first.

// Counts a connection to the store at `path` (Database does this; thread-safe).
void add(const QString &path);
void remove(const QString &path);

// True when `file` is, by device and inode or by resolved name, a store file (or a companion)
// that this process has open.
bool contains(const QString &file);

// Fails with a message naming the file when contains(file): what every reader of a
// user-named file calls before opening it.
Status refuseIfOpen(const QString &file);

} // namespace dc::OpenStores
