#pragma once

#include "core/result.h"
#include "core/train/training_events.h"
#include "core/train/training_run.h"

#include <QFile>
#include <QTimer>

#include <memory>

namespace bertlab::core {

// A run read back from its event file (a run folder's events.jsonl, or any events file): everything already
// in the file is delivered from the event loop, then the file is followed while it grows, as another
// process (the CLI, a remote job's copy) goes on writing it, until a finished or failed event or stop().
class TrainingReplay final : public TrainingRun {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingReplay)

public:
    explicit TrainingReplay(QObject* parent = nullptr);
    ~TrainingReplay() override;

    // A run folder (its events.jsonl) or an events file. Errors name the file; a file whose lines are not
    // events fails at the first such line (failed() then reports it with its line number).
    Status open(const QString& folderOrFile);
    // The run's settings, from the file's first line (known once the first lines are read).
    const TrainingConfig* config() const { return m_config ? &*m_config : nullptr; }
    QString path() const { return m_file.fileName(); }

    bool isRunning() const override { return m_following; }
    bool canPause() const override { return false; }
    void pause() override {}
    void resume() override {}
    void stop() override; // stops following: finished() with summary.cancelled
    void waitForFinished() override {}

    static constexpr int followIntervalMs = 250;

Q_SIGNALS:
    void started(const bertlab::core::TrainingConfig& config);

private:
    void readMore();

    QFile m_file;
    QTimer m_timer;
    std::unique_ptr<TrainingEventReader> m_reader;
    std::optional<TrainingConfig> m_config;
    std::int64_t m_lastStep = 0;
    bool m_following = false;
};

} // namespace bertlab::core
