#pragma once

#include "core/model/user.h"

#include <QObject>
#include <QString>

class QThread;

namespace dc {

// Makes the desk's automatic backups of one store (AutoBackup) on a worker thread with its own
// connection, so the window never waits for them: after a write when a daily backup is due,
// and once more when the session ends if anything was written in it.
class AutoBackupRunner final : public QObject {
    Q_OBJECT
public:
    AutoBackupRunner(QString storePath, User user, QObject *parent = nullptr);
    ~AutoBackupRunner() override;
    Q_DISABLE_COPY_MOVE(AutoBackupRunner)

    // Something was written: starts a backup when one is due and none is running.
    void noteWrite();
    // The session ends (sign out, close): backs up what this session wrote and waits for it.
    void finishSession();

    bool isRunning() const { return m_worker != nullptr; }

Q_SIGNALS:
    // A backup finished: what became of it, for the status bar.
    void finished(const QString &message);

private:
    void start();
    void collect();

    QString m_storePath;
    User m_user;
    bool m_wroteSinceBackup = false;
    QThread *m_worker = nullptr;
    QString m_outcome;
};

} // namespace dc
