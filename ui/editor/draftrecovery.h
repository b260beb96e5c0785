#pragma once

#include "core/model/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace dc {

class Clock;
class MarkdownEditor;

// A draft kept by DraftRecovery, as it was when last written.
struct RecoveredDraft {
    QString key;
    QString markdown;
    QHash<QString, QByteArray> images;
    QDateTime savedAt; // UTC
};

// Crash recovery for a MarkdownEditor: a couple of seconds after the last change (and at most
// every few seconds while the user keeps typing) the editor's Markdown and images are written
// atomically (QSaveFile) to AppDataLocation/recovery/<key>.draft, so a crash loses at most a
// few seconds of work. After the caller saved the draft to the store it calls discardDraft().
// On the next start, hasRecovery()/recover() find what was left behind.
class DraftRecovery final : public QObject {
    Q_OBJECT
public:
    // Watches `editor`; records nothing until setKey() names what is being edited.
    explicit DraftRecovery(MarkdownEditor *editor, QObject *parent = nullptr);

    // The draft being edited (e.g. "ISMS-P-001/A/1"); an empty key stops recording. A change
    // still pending for the previous key is written first.
    void setKey(const QString &key);
    QString key() const { return m_key; }

    // Write `quietMs` after the last change, but no later than `maxDelayMs` after the first
    // unsaved one (defaults 2,000 and 3,000 ms). Tests use short intervals.
    void setIntervals(int quietMs, int maxDelayMs);
    // Where the time of each write comes from (the system clock by default).
    void setClock(const Clock *clock);

    // Whether a change waits to be written.
    bool isPending() const { return m_pending; }
    // Writes a pending change now. Fails when the file cannot be written (disk full, no
    // permission); the change stays pending and failed() is emitted as for a timed write.
    Status flush();
    // The caller saved the draft: drops a pending write and removes this key's recovery file.
    Status discardDraft();

    // The folder recovery files live in (AppDataLocation/recovery).
    static QString directory();
    // The recovery file of `key`.
    static QString filePath(const QString &key);
    // Whether a recovery file for `key` exists.
    static bool hasRecovery(const QString &key);
    // The draft left for `key`. Fails with NotFound when there is none, CannotOpen when the file
    // cannot be read and Io when it is damaged.
    static Result<RecoveredDraft> recover(const QString &key);
    // Removes the recovery file of `key`; succeeds when there is none.
    static Status discard(const QString &key);
    // The keys of every recovery file, e.g. to offer recovery at start-up.
    static QStringList keys();

Q_SIGNALS:
    // A draft was written at `time` (UTC).
    void written(const QDateTime &time);
    // A timed write failed; `message` says why.
    void failed(const QString &message);

private:
    void schedule();
    void onTimeout();
    Status write();

    QPointer<MarkdownEditor> m_editor;
    const Clock *m_clock;
    QString m_key;
    QTimer m_timer;
    QElapsedTimer m_firstPending;
    int m_quietMs = 2000;
    int m_maxDelayMs = 3000;
    bool m_pending = false;
};

} // namespace dc
