#include "core/render/layoutpool.h"

#include <QThread>

#include <algorithm>

namespace dc::render {

LayoutPool::LayoutPool(int threads)
{
    for (int i = 1; i < threads; ++i) {
        // A QThread, not a std::thread: the text layout starts a timer, which needs the
        // thread's event dispatcher.
        QThread *thread = QThread::create([this] { work(); });
        thread->start();
        m_threads.push_back(thread);
    }
}

LayoutPool::~LayoutPool()
{
    {
        QMutexLocker lock(&m_mutex);
        m_quit = true;
        m_wake.wakeAll();
    }
    for (QThread *thread : m_threads) {
        thread->wait();
        delete thread;
    }
}

int LayoutPool::defaultThreads()
{
    return std::clamp(QThread::idealThreadCount(), 1, 4);
}

bool LayoutPool::runNext(QMutexLocker<QMutex> &lock)
{
    if (!m_jobs || m_next >= m_jobs->size())
        return false;
    const std::function<void()> &job = (*m_jobs)[m_next++];
    ++m_running;
    lock.unlock();
    job();
    lock.relock();
    --m_running;
    if (m_running == 0 && m_next >= m_jobs->size())
        m_done.wakeAll();
    return true;
}

void LayoutPool::work()
{
    QMutexLocker lock(&m_mutex);
    while (!m_quit) {
        if (!runNext(lock))
            m_wake.wait(&m_mutex);
    }
}

void LayoutPool::run(const std::vector<std::function<void()>> &jobs)
{
    QMutexLocker lock(&m_mutex);
    m_jobs = &jobs;
    m_next = 0;
    m_wake.wakeAll();
    while (runNext(lock)) {
    }
    while (m_running > 0)
        m_done.wait(&m_mutex);
    m_jobs = nullptr;
}

} // namespace dc::render
