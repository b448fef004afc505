#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <functional>

namespace bertlab::app {

// Runs `work` on the thread pool and calls `done` with its result on context's thread, from the event loop.
// The watcher is a child of the context, so a context destroyed first simply never hears back (Qt 6.4's
// QFuture::then(context, …) asserts in that case instead).
template <typename Work, typename Done>
void runThen(QObject* context, Work work, Done done) {
    using T = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// Runs work off the UI thread and hands back only the newest request's result: each start() bumps a
// generation number and older results are dropped, so typing fast never shows a stale answer.
template <typename T>
class LatestRun final {
public:
    // `work` runs on the thread pool; `done` runs on context's thread, only if no newer start() came since.
    // The LatestRun must live as long as the context (a member of it, typically).
    template <typename Work>
    void start(QObject* context, Work work, std::function<void(T)> done) {
        const quint64 generation = ++m_generation;
        ++m_running;
        runThen(context, std::move(work), [this, generation, done = std::move(done)](T result) {
            --m_running;
            if (generation == m_generation)
                done(std::move(result));
        });
    }

    // Forget whatever is in flight (e.g. the model changed).
    void invalidate() { ++m_generation; }
    bool isBusy() const { return m_running > 0; }

private:
    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace bertlab::app
