#pragma once

// A training run's settings as data: defaults, the checks that stop a run before it starts (one message per
// problem, naming the field), the size and cost estimates, and a versioned JSON form that the Train page
// saves and opens and `bertlab-cli train --config` runs, so a run can be repeated or shipped elsewhere.

#include "core/model/bert_config.h"
#include "core/result.h"
#include "core/text/tokenizer_options.h"
#include "core/train/adam_warmup.h"
#include "core/train/classification_data.h"
#include "core/train/pretraining_data.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace bertlab::core {

enum class TrainingTask { Pretrain, Classify };

struct TrainingConfig {
    TrainingTask task = TrainingTask::Pretrain;

    // Model: a folder loadModel() accepts, or empty for a fresh model of freshConfig's shape.
    QString startModel;
    BertConfig freshConfig = defaultFreshModel(); // vocabSize is taken from the vocabulary
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
    QStringList trainablePrefixes;  // empty = all parameters
    double classifierDropout = 0.1; // on the pooled output before the classifier (run_classifier.py's 0.1)

    // Early stopping on a validation metric (see monitors()); patience 0 = off.
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

    // A fresh model's shape: L4 H256 A4 I1024 (Google's BERT-Mini), GELU, dropout 0.1, 128 positions.
    static BertConfig defaultFreshModel();
    static AdamWarmupOptions defaultOptimizer(); // warmupSteps = decaySteps = -1: from calcTrainSteps
    static QStringList monitors(); // val_loss, val_accuracy, val_mlm_accuracy, val_nsp_accuracy, val_macro_f1

    // What stops the run before it starts: one message per problem, each starting with the field's JSON name
    // ("data.train: … does not exist"). Files are checked for existence; their contents are checked by the
    // trainer as it reads them. Empty when the run can start.
    QStringList validate() const;

    // The files the run reads (training and validation data, vocabulary, the start model's folder): what
    // must travel with the settings to run them elsewhere.
    QStringList inputFiles() const;

    // {"format": "bertlab-training-run", "version": 1, …} with every setting. fromJson() takes the fields
    // present (the rest keep their defaults), refuses unknown versions and bad values with a message naming
    // the file and the field, and resolves relative paths against `baseDirectory` (the JSON file's folder).
    QJsonObject toJson() const;
    static Result<TrainingConfig> fromJson(const QJsonObject& json, const QString& sourceName,
                                           const QString& baseDirectory = {});
    Status save(const QString& path) const; // atomically
    static Result<TrainingConfig> load(const QString& path);
};

QString trainingTaskName(TrainingTask task); // "pretrain" / "classify"

// Size and cost of a run before it starts.
struct TrainingEstimate {
    std::int64_t parameters = 0;
    std::int64_t memoryBytes = 0; // weights, gradients, Adam's slots and one batch's activations
    double flopsPerStep = 0.0;    // forward + backward
    std::int64_t steps = 0;       // 0 when the number of examples is unknown
};

// What a training step achieves of the machine's fp32 GEMM ceiling (measureGemmCeiling): backward's
// transposed products, LayerNorm, softmax, GELU, dropout and the optimizer come on top of the matmuls.
// Measured with `bertlab-cli bench --train` against the ceiling of the same run (BERT-mini shape, 2 threads:
// 0.6–0.7); a little lower so a short run is not promised too soon.
inline constexpr double kTrainingShareOfGemmCeiling = 0.5;

// Seconds per step on a machine whose fp32 GEMM ceiling is `ceilingGflops`, before any run has measured it.
double estimatedSecondsPerStep(const TrainingEstimate& estimate, double ceilingGflops);

// Parameters of a BERT of this shape (vocabSize and maxPositions set) with the task's heads: pretraining the
// pooler, MLM and NSP heads; classification the pooler and a `labels`-way classifier.
std::int64_t trainingParameterCount(const BertConfig& shape, TrainingTask task, int labels = 2);

// How many examples a training file gives, counted quickly for the estimates (the trainer counts exactly as
// it reads): pretraining pairs are consecutive sentences of a document (or the lines of a .tsv of pairs),
// classification the rows after the header. -1 when the file cannot be read.
std::int64_t countTrainingExamples(const QString& path, TrainingTask task);
// The tokens in a vocab.txt (its non-empty lines); 0 when it cannot be read.
int countVocabularyEntries(const QString& path);

// `shape` is the model that will train (the start model's config, or freshConfig with its vocabulary size);
// `examples` the training examples before the validation share is held out (0 = not counted yet).
TrainingEstimate estimateTraining(const TrainingConfig& config, const BertConfig& shape,
                                  std::int64_t examples = 0);

} // namespace bertlab::core
