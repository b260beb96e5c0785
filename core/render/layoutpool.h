#pragma once

#include <QMutex>
#include <QWaitCondition>

#include <functional>
#include <vector>

class QThread;

namespace dc::render {

// Lays independent documents out in parallel: jobs run on worker threads and on the calling
// thread. Each job builds and lays out its own FlowDocument; documents never share a QFont or
// anything else mutable. The calling thread then paints them while the workers are idle.
//
// A document laid out on a worker belongs to that thread: its layout's timers, and the font
// engines its shaped glyphs were made with, which die with the thread. So the workers stay
// until the pool is destroyed, and then delete their documents (FlowDocumentDeleter posts the
// deletion) before they end: release the documents, and end the painting (QPainter::end()),
// before destroying the pool.
class LayoutPool final {
public:
    // Up to `threads` threads in all, the calling one included; 1 runs everything inline.
    explicit LayoutPool(int threads);
    ~LayoutPool();
    LayoutPool(const LayoutPool &) = delete;
    LayoutPool &operator=(const LayoutPool &) = delete;

    // Runs every job once and returns when all are done.
    void run(const std::vector<std::function<void()>> &jobs);

    // Threads to use on this machine (at most 4).
    static int defaultThreads();

private:
    void work();
    bool runNext(QMutexLocker<QMutex> &lock);

    QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_done;
    const std::vector<std::function<void()>> *m_jobs = nullptr;
    std::size_t m_next = 0;
    std::size_t m_running = 0;
    bool m_quit = false;
    std::vector<QThread *> m_threads;
};

} // namespace dc::render
