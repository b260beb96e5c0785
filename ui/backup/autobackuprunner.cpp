#include "ui/backup/autobackuprunner.h"

#include "core/services/autobackup.h"
#include "core/services/session.h"
#include "ui/uilog.h"

#include <QDir>
#include <QThread>

namespace dc {

AutoBackupRunner::AutoBackupRunner(QString storePath, User user, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_user(std::move(user))
{
}

AutoBackupRunner::~AutoBackupRunner()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void AutoBackupRunner::noteWrite()
{
    m_wroteSinceBackup = true;
    if (!m_worker && AutoBackup(AutoBackup::Settings::current()).due(m_storePath))
        start();
}

void AutoBackupRunner::finishSession()
{
    if (m_worker) {
        m_worker->wait();
        collect();
    }
    if (m_wroteSinceBackup && AutoBackup::Settings::current().enabled && AutoBackup::applies(m_storePath)) {
        start();
        m_worker->wait();
        collect();
    }
}

void AutoBackupRunner::start()
{
    m_wroteSinceBackup = false;
    const QString path = m_storePath;
    const User user = m_user;
    QString *outcome = &m_outcome;
    // The worker opens its own connection: a Qt SQL connection belongs to one thread.
    m_worker = QThread::create([path, user, outcome]() {
        auto session = Session::open(path);
        if (!session) {
            *outcome = tr("Automatic backup failed: %1").arg(session.message());
            return;
        }
        auto made = AutoBackup(AutoBackup::Settings::current()).run(*session.value(), user);
        *outcome = made ? tr("Automatic backup saved to %1").arg(QDir::toNativeSeparators(made.value()))
                        : tr("Automatic backup failed: %1").arg(made.message());
    });
    connect(m_worker, &QThread::finished, this, &AutoBackupRunner::collect, Qt::QueuedConnection);
    qCInfo(lcUi).noquote() << "automatic backup of" << path << "started on a worker thread";
    m_worker->start(QThread::LowPriority);
}

void AutoBackupRunner::collect()
{
    if (!m_worker || !m_worker->isFinished())
        return;
    delete m_worker;
    m_worker = nullptr;
    qCInfo(lcUi).noquote() << "automatic backup finished:" << m_outcome;
    Q_EMIT finished(m_outcome);
}

} // namespace dc
