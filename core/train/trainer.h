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

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace bertlab::core {

enum class TrainingTask { Pretrain, Classify };

struct TrainingConfig {
    TrainingTask task = TrainingTask::Pretrain;

    // Model: a folder loadModel() accepts, or empty for a fresh model of freshConfig's shape.
    QString startModel;
    BertConfig freshConfig; // vocabSize is taken from the vocabulary
    // Fresh model vocabulary: a vocab.txt, or empty to learn one from the training file.
    QString vocabFile;
    int learnedVocabSize = 8000;
    TokenizerOptions tokenizer;

    // Data. Pretraining: a corpus (one sentence per line, blank line between documents) or, for a .tsv
    // file, sentence pairs "first<TAB>second". Classification: CSV/TSV with a header.
    QString trainFile;
    QString validationFile;          // empty = hold out validationFraction of the training data
    double validationFraction = 0.1; // 0 = no validation
    MaskingOptions masking;          // pretraining; masking.seqLen is the sequence length for both tasks
    ClassificationDataOptions classification;

    int batchSize = 32;
    int epochs = 1;
    std::int64_t maxSteps = 0;     // > 0 overrides epochs
    double warmupProportion = 0.1; // used when optimizer.warmupSteps < 0 (then decaySteps = total steps)
    AdamWarmupOptions optimizer = defaultOptimizer();
    QStringList trainablePrefixes; // empty = all parameters

    // Early stopping on a validation metric: "val_loss", "val_accuracy", "val_mlm_accuracy"; 0 = off.
    QString monitor = QStringLiteral("val_loss");
    int patience = 0;
    std::int64_t validateEvery = 0; // steps; 0 = once per epoch

    QString outputDirectory;             // checkpoints and metrics.csv go here
    std::int64_t checkpointEvery = 1000; // steps; 0 = only at the end
    QStringList probeSentences;          // texts with [MASK]: top guesses reported as training goes
    std::int64_t probeEvery = 100;
    std::uint64_t seed = 1;
    bool resume =
        false; // continue from outputDirectory's checkpoint (weights, optimizer, step, data position)

    static AdamWarmupOptions defaultOptimizer(); // warmupSteps = decaySteps = -1: from calcTrainSteps
};

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
