#pragma once

// A training run as the Train page sees it, wherever it happens: a run on this computer (TrainingWorker), a
// run folder read back or followed while another process writes it (TrainingReplay), and later a run on a
// remote host. The page connects to these signals and calls the controls; it never knows which it has.

#include "core/train/training_report.h"

#include <QObject>
#include <QString>

#include <vector>

namespace bertlab::core {

class TrainingRun : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingRun)

public:
    using QObject::QObject;

    virtual bool isRunning() const = 0;
    // Whether pause() and resume() reach the run (a replay can only be stopped following).
    virtual bool canPause() const = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;            // asynchronous: finished() or failed() follows
    virtual void waitForFinished() = 0; // blocks until the run's own work has ended

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
};

} // namespace bertlab::core
