#pragma once

// The rules for names of archive entries, shared by the reader (which refuses hostile names)
// and the writer (which never produces one). Pure string handling: no file system access.

#include "core/model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace dc {

class EntryName final {
    Q_DECLARE_TR_FUNCTIONS(dc::EntryName)
public:
    // Checks a name as stored in an archive (bytes) and returns its normalised form: relative,
    // '/'-separated ('\' counts as a separator too), without empty or "." components and
    // without a trailing '/', in Unicode NFC. Fails, naming the entry, when the bytes are not
    // UTF-8, or the name is empty, absolute ("/x", "\x", "C:\x", "C:x"), has a ".." component,
    // contains control characters, or is too long.
    static Result<QString> fromBytes(const QByteArray &raw);

    // The same checks for a name given as text (what the writer is asked to store).
    static Result<QString> normalise(const QString &name);

    // A hostile name made fit for an error message: invalid bytes and control characters
    // shown as U+FFFD, cut to a readable length.
    static QString display(const QByteArray &raw);
    static QString display(const QString &name);

    static constexpr int kMaxNameBytes = 1024;
    static constexpr int kMaxComponentBytes = 255;
};

// The names seen so far in one archive. Refuses a second entry with the same normalised name
// ("a/b", "a//b" and "./a/b" are one name), and a file that is also used as a folder.
class EntryNameSet final {
    Q_DECLARE_TR_FUNCTIONS(dc::EntryNameSet)
public:
    // Records `name` (already normalised). Fails, naming it (as `shownAs`, the name as the
    // archive spells it, when given), when it clashes with an earlier one.
    Status add(const QString &name, bool isDirectory, const QString &shownAs = {});

private:
    enum class Kind { File, Directory, ImpliedDirectory };
    QHash<QString, Kind> m_names;
};

} // namespace dc
