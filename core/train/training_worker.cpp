#include "core/train/training_worker.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <mutex>
#include <optional>

namespace bertlab::core {

struct TrainingWorker::Run {
    std::unique_ptr<QThread> thread; // owned here, not deleteLater'd: waitForFinished() may still need it
    std::shared_ptr<Trainer> trainer;
    std::atomic<bool> running{false};
    // Every step's point reaches the GUI, but in batches: the training thread queues points and posts one
    // delivery at most every kStepIntervalMs, which emits stepped() for each on the GUI thread.
    std::mutex pointsMutex;
    std::vector<TrainingPoint> points;
};

namespace {
constexpr qint64 kStepIntervalMs = 50;
}

TrainingWorker::TrainingWorker(QObject* parent)
    : TrainingRun(parent)
    , m_run(std::make_unique<Run>()) {
    qRegisterMetaType<TrainingPlan>();
    qRegisterMetaType<TrainingPoint>();
    qRegisterMetaType<ValidationPoint>();
    qRegisterMetaType<TrainingSummary>();
    qRegisterMetaType<std::vector<ProbePrediction>>();
}

TrainingWorker::~TrainingWorker() {
    stop();
    waitForFinished();
}

bool TrainingWorker::isRunning() const {
    return m_run->running;
}

bool TrainingWorker::isPaused() const {
    return m_run->trainer && m_run->trainer->isPaused();
}

void TrainingWorker::start(const TrainingConfig& config) {
    if (m_run->running)
        return;
    waitForFinished(); // the previous thread, if any, has only its last signals left to send
    auto trainer = std::make_shared<Trainer>(config);
    m_run->trainer = trainer;
    m_run->running = true;
    // Signals are emitted from the training thread; receivers in the GUI thread get them queued.
    m_run->thread.reset(QThread::create([this, trainer] {
        QElapsedTimer sinceLast;
        const auto deliverPoints = [this] {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    std::vector<TrainingPoint> points;
                    {
                        std::lock_guard lock(m_run->pointsMutex);
                        points.swap(m_run->points);
                    }
                    for (const TrainingPoint& point : points)
                        Q_EMIT stepped(point);
                },
                Qt::QueuedConnection);
        };
        TrainingCallbacks callbacks;
        callbacks.preparing = [this](const QString& stage, qint64 done, qint64 total) {
            Q_EMIT preparing(stage, done, total);
        };
        callbacks.planned = [this](const TrainingPlan& plan) { Q_EMIT planned(plan); };
        callbacks.stepped = [&](const TrainingPoint& point) {
            {
                std::lock_guard lock(m_run->pointsMutex);
                m_run->points.push_back(point);
            }
            if (!sinceLast.isValid() || sinceLast.elapsed() >= kStepIntervalMs) {
                sinceLast.start();
                deliverPoints();
            }
        };
        callbacks.validated = [this](const ValidationPoint& point) { Q_EMIT validated(point); };
        QElapsedTimer sinceProbe;
        std::optional<std::vector<ProbePrediction>> pendingProbe;
        callbacks.probed = [&](const std::vector<ProbePrediction>& p) {
            // Probes of a fast run would flood the GUI; a few a second is all anyone can read.
            if (sinceProbe.isValid() && sinceProbe.elapsed() < 4 * kStepIntervalMs) {
                pendingProbe = p;
                return;
            }
            pendingProbe.reset();
            sinceProbe.start();
            Q_EMIT probed(p);
        };
        callbacks.checkpointSaved = [this](const QString& directory, std::int64_t step) {
            Q_EMIT checkpointSaved(directory, qint64(step));
        };
        auto result = trainer->run(callbacks);
        deliverPoints(); // the last points, before finished()
        if (pendingProbe)
            Q_EMIT probed(*pendingProbe);
        m_run->running = false;
        if (result)
            Q_EMIT finished(*result);
        else
            Q_EMIT failed(result.errorString());
    }));
    m_run->thread->start();
}

void TrainingWorker::pause() {
    if (!m_run->running || !m_run->trainer || m_run->trainer->isPaused())
        return;
    m_run->trainer->setPaused(true);
    Q_EMIT pausedChanged(true);
}

void TrainingWorker::resume() {
    if (!m_run->trainer || !m_run->trainer->isPaused())
        return;
    m_run->trainer->setPaused(false);
    Q_EMIT pausedChanged(false);
}

void TrainingWorker::stop() {
    if (m_run->trainer) {
        m_run->trainer->stop();
        m_run->trainer->setPaused(false);
    }
}

void TrainingWorker::waitForFinished() {
    if (m_run->thread)
        m_run->thread->wait();
}

} // namespace bertlab::core
