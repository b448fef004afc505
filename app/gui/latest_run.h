#pragma once

#include <QFuture>
#include <QObject>
#include <QtConcurrent>

#include <functional>

namespace bertlab::app {

// Runs work off the UI thread and hands back only the newest request's result: each start() bumps a
// generation number and older results are dropped, so typing fast never shows a stale answer.
template <typename T>
class LatestRun final {
public:
    // `work` runs on the thread pool; `done` runs on context's thread, only if no newer start() came since.
    template <typename Work>
    void start(QObject* context, Work work, std::function<void(T)> done) {
        const quint64 generation = ++m_generation;
        ++m_running;
        QtConcurrent::run(std::move(work))
            .then(context, [this, context, generation, done = std::move(done)](T result) {
                // Deliver from the event loop: when the work has finished before then() is attached, Qt would
                // otherwise call back inside start(), in the middle of whatever started the run.
                QMetaObject::invokeMethod(
                    context,
                    [this, generation, done, result = std::move(result)]() mutable {
                        --m_running;
                        if (generation == m_generation)
                            done(std::move(result));
                    },
                    Qt::QueuedConnection);
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
