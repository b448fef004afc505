#pragma once

#include "core/train/trainer.h"
#include "core/train/training_run.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace bertlab::core {

// Runs a Trainer on a QThread of its own and reports through queued signals. Every step's point arrives
// (curves stay exact), delivered in batches at most ~20 times a second so a fast run cannot flood the event
// loop; probes are thinned to a few a second, the last one always sent. Owned by the GUI thread; stop() then
// waiting for finished/failed ends a run cleanly. Destroying the worker stops and joins the thread.
class TrainingWorker final : public TrainingRun {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingWorker)

public:
    explicit TrainingWorker(QObject* parent = nullptr);
    ~TrainingWorker() override;

    bool isRunning() const override;
    bool isPaused() const;
    bool canPause() const override { return true; }

    void start(const TrainingConfig& config); // ignored while running
    void pause() override;
    void resume() override;
    void stop() override;            // asynchronous: finished() follows with summary.cancelled
    void waitForFinished() override; // blocks; used on shutdown and in tests

private:
    struct Run;
    std::unique_ptr<Run> m_run;
};

} // namespace bertlab::core
