#pragma once

// The training loop: data → batches → TrainableBert::step → AdamWarmup, with validation, early stopping,
// probes, checkpoints and resume. Trainer::run is synchronous and reports through callbacks (the CLI calls it
// directly); TrainingWorker (training_worker.h) runs it on a thread of its own for the GUI.

#include "core/io/model_loader.h"
#include "core/model/bert_config.h"
#include "core/result.h"
#include "core/text/tokenizer_options.h"
#include "core/train/adam_warmup.h"
#include "core/train/classification_data.h"
#include "core/train/pretraining_data.h"
#include "core/train/training_config.h"
#include "core/train/training_events.h"
#include "core/train/training_report.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace bertlab::core {

class Trainer final {
public:
    explicit Trainer(TrainingConfig config);

    // Runs to the end, an early stop or stop(); returns the summary or the first error (naming the file).
    // The run's events (training_events.h) go to <output>/events.jsonl as it goes.
    Result<TrainingSummary> run(const TrainingCallbacks& callbacks = {});

    // Thread-safe controls.
    void stop() { m_stop = true; }
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }

    // Folder names under outputDirectory.
    static QString checkpointFolderName() { return QStringLiteral("checkpoint"); } // TF layout + state
    // Whether outputDirectory holds a run's checkpoint: a run that does not resume would replace it, so the
    // GUI and the CLI refuse to start one there unless the user says so.
    static bool holdsCheckpoint(const QString& outputDirectory);
    static QString safetensorsFolderName() { return QStringLiteral("safetensors"); } // HF layout
    static QString metricsFileName() { return QStringLiteral("metrics.csv"); }

    static QString eventsFileName() { return QStringLiteral("events.jsonl"); } // see training_events.h

private:
    Result<TrainingSummary> runSteps(const TrainingCallbacks& callbacks);
    Status openEvents(std::int64_t startStep);

    TrainingConfig m_config;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_paused{false};
    QFile m_eventsFile;
    TrainingEventWriter m_events{&m_eventsFile};
};

} // namespace bertlab::core
