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

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace bertlab::core {

// Known before the first step.
struct TrainingPlan {
    std::int64_t totalSteps = 0, warmupSteps = 0, stepsPerEpoch = 0;
    std::int64_t trainExamples = 0, validationExamples = 0;
    std::int64_t parameterCount = 0, trainableCount = 0;
    std::int64_t startStep = 0; // > 0 when resumed
    QStringList labels;         // classification
    int vocabSize = 0;
};

struct TrainingPoint {
    std::int64_t step = 0; // 1-based, after the update
    double epoch = 0.0;    // fractional
    double loss = 0.0, mlmLoss = 0.0, nspLoss = 0.0;
    double mlmAccuracy = 0.0, nspAccuracy = 0.0, accuracy = 0.0; // accuracy: classification
    double learningRate = 0.0;
    double tokensPerSecond = 0.0;
    double gradientNorm = 0.0;
    double elapsedSeconds = 0.0;
};

struct ValidationPoint {
    std::int64_t step = 0;
    double loss = 0.0, mlmAccuracy = 0.0, nspAccuracy = 0.0;
    double accuracy = 0.0, macroF1 = 0.0; // classification
};

struct ProbePrediction {
    QString sentence;
    std::vector<QStringList> guesses; // per [MASK], top 5 tokens, best first
};

struct TrainingSummary {
    std::int64_t steps = 0;
    bool stoppedEarly = false; // early stopping
    bool cancelled = false;    // stop() asked
    QString checkpointDirectory;
    double bestMonitorValue = 0.0;
};

struct TrainingCallbacks {
    std::function<void(const TrainingPlan&)> planned;
    std::function<void(const QString& stage, qint64 done, qint64 total)> preparing; // reading, vocab
    std::function<void(const TrainingPoint&)> stepped;
    std::function<void(const ValidationPoint&)> validated;
    std::function<void(const std::vector<ProbePrediction>&)> probed;
    std::function<void(const QString& directory, std::int64_t step)> checkpointSaved;
};

class Trainer final {
public:
    explicit Trainer(TrainingConfig config);

    // Runs to the end, an early stop or stop(); returns the summary or the first error (naming the file).
    Result<TrainingSummary> run(const TrainingCallbacks& callbacks = {});

    // Thread-safe controls.
    void stop() { m_stop = true; }
    void setPaused(bool paused) { m_paused = paused; }
    bool isPaused() const { return m_paused; }

    // Folder names under outputDirectory.
    static QString checkpointFolderName() { return QStringLiteral("checkpoint"); }   // TF layout + state
    static QString safetensorsFolderName() { return QStringLiteral("safetensors"); } // HF layout
    static QString metricsFileName() { return QStringLiteral("metrics.csv"); }

private:
    TrainingConfig m_config;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_paused{false};
};

} // namespace bertlab::core
