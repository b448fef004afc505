#pragma once

#include "core/train/trainer.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace bertlab::core {

// Runs a Trainer on a QThread of its own and reports through queued signals. Every step's point arrives
// (curves stay exact), delivered in batches at most ~20 times a second so a fast run cannot flood the event
// loop; probes are thinned to a few a second, the last one always sent. Owned by the GUI thread; stop() then
// waiting for finished/failed ends a run cleanly. Destroying the worker stops and joins the thread.
class TrainingWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingWorker)

public:
    explicit TrainingWorker(QObject* parent = nullptr);
    ~TrainingWorker() override;

    bool isRunning() const;
    bool isPaused() const;

    void start(const TrainingConfig& config); // ignored while running
    void pause();
    void resume();
    void stop();            // asynchronous: finished() follows with summary.cancelled
    void waitForFinished(); // blocks; used on shutdown and in tests

Q_SIGNALS:
    void preparing(const QString& stage, qint64 done, qint64 total);
    void planned(const bertlab::core::TrainingPlan& plan);
    void stepped(const bertlab::core::TrainingPoint& point);
    void validated(const bertlab::core::ValidationPoint& point);
    void probed(const std::vector<bertlab::core::ProbePrediction>& predictions);
    void checkpointSaved(const QString& directory, qint64 step);
    void pausedChanged(bool paused);
    void finished(const bertlab::core::TrainingSummary& summary);
    void failed(const QString& message);

private:
    struct Run;
    std::unique_ptr<Run> m_run;
};

} // namespace bertlab::core

Q_DECLARE_METATYPE(bertlab::core::TrainingPlan)
Q_DECLARE_METATYPE(bertlab::core::TrainingPoint)
Q_DECLARE_METATYPE(bertlab::core::ValidationPoint)
Q_DECLARE_METATYPE(bertlab::core::TrainingSummary)
