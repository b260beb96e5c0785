#pragma once

#include <QEventLoop>
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

// Work off the GUI thread, the one way: the work runs on a thread of its own and gets nothing
// shared but copies of its inputs. Work that reads or writes the store opens a Session of its
// own there from Session::ticket() (a connection belongs to the thread that opened it).
namespace dc::Background {

// Starts `work` on a new thread and returns that thread (it deletes itself when done). Its
// result is handed to `done` on the thread of `context` — not at all when `context` has been
// destroyed meanwhile. Whoever may be destroyed while the thread runs keeps the thread (a
// QPointer) and waits for it, as the thread may use what `work` captured by reference.
template <typename Work, typename Done>
QThread *start(QObject *context, Work work, Done done, QThread::Priority priority = QThread::InheritPriority)
{
    using Out = std::invoke_result_t<Work &>;
    auto result = std::make_shared<std::optional<Out>>();
    QThread *thread = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
        if (result->has_value())
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(priority);
    return thread;
}

// Runs `work` on a new thread and returns its result. Meanwhile the calling thread's events are
// processed, except user input, so windows repaint and a progress dialog shows.
template <typename Work>
std::invoke_result_t<Work &> runAndWait(Work work)
{
    using Out = std::invoke_result_t<Work &>;
    std::optional<Out> result;
    std::unique_ptr<QThread> thread(QThread::create([&result, &work]() { result.emplace(work()); }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    return std::move(*result);
}

} // namespace dc::Background
