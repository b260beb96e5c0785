#pragma once

#include "core/model/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace dc {

// A file an export, backup or bundle writes: made beside its target under a hidden name
// (".NAME.PID-N.dcpart"), owner-only, and moved onto the target in one rename(2) only when
// the caller commits. A target that exists must be a regular file; folders, devices, fifos,
// sockets and broken links are refused, and so is any file the caller forbids (the store and
// its companions, compared by device and inode). Partial files that killed runs left beside
// the target are removed when the next OutputFile for it is made.
class OutputFile final {
    Q_DECLARE_TR_FUNCTIONS(dc::OutputFile)
public:
    enum class Mode {
        OwnerOnly, // 0600 when committed: copies of the store, bundles of controlled documents
        Shared,    // 0666 less the umask when committed: exported PDFs
    };
    // True when the path names a file that must never be replaced (e.g. Database::ownsFile).
    using Forbidden = std::function<bool(const QString &)>;

    ~OutputFile();
    Q_DISABLE_COPY_MOVE(OutputFile)

    // Checks `target` and reserves the partial file. Fails, creating nothing, when the target
    // is not a regular file, is forbidden, or its folder is missing or cannot be written.
    static Result<std::unique_ptr<OutputFile>> create(const QString &target, Mode mode, const Forbidden &forbidden);

    // The target as it will be written (symbolic links resolved).
    QString target() const { return m_target; }
    // Where to write the content; it exists (empty, owner-only) until commit or destruction.
    QString partialPath() const { return m_partial; }
    // A second scratch name beside the target that the sweep also cleans (a snapshot, a folder
    // of pieces); not created. `suffix` is a plain word.
    QString scratchPath(const QString &suffix) const;

    // `error` with the partial file's name replaced by the target's, so messages name the file
    // the user asked for.
    Error explain(Error error) const;

    // Flushes the partial file to disk, checks the target again and renames the partial onto
    // it. Fails, removing the partial and leaving the target as it was, with the system's
    // own reason and the file's name.
    // With Replace::Never the commit fails (Duplicate) when a file appeared at the target.
    enum class Replace { Allowed, Never };
    Status commit(Replace replace = Replace::Allowed);

private:
    OutputFile(QString target, QString partial, Mode mode, Forbidden forbidden);
    static Status checkTarget(const QString &target, const Forbidden &forbidden);
    void removeScratch();

    QString m_target;
    QString m_partial;
    Mode m_mode;
    Forbidden m_forbidden;
    bool m_committed = false;
};

} // namespace dc
