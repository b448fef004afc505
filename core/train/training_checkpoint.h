#pragma once

// A training run's checkpoint: <output>/checkpoint holds the model in Google's TF layout (bert_config.json,
// vocab.txt, bert_model.ckpt.*) with the Adam slots beside each weight (<name>/adam_m, <name>/adam_v and,
// with AMSGrad, <name>/adam_vhat, as Google's run_pretraining writes them) and global_step, plus
// training_state.json (step, seed, data position, early-stopping state, labels); <output>/safetensors holds
// the same weights in Hugging Face's layout. A new checkpoint is written beside the old one and swapped in by
// renames, so a crash at any moment leaves one complete checkpoint.

#include "core/io/model_loader.h"
#include "core/io/tensor_map.h"
#include "core/result.h"
#include "core/text/vocab.h"
#include "core/train/adam_warmup.h"
#include "core/train/trainable_bert.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace bertlab::core {

struct TrainingState {
    QString task;          // "pretrain" / "classify"
    std::int64_t step = 0; // optimizer steps done; the data position follows from it (see Trainer)
    std::int64_t totalSteps = 0;
    std::uint64_t seed = 0;
    int batchSize = 0;
    QString trainFile;
    QStringList labels; // classification
    double bestMonitor = 0.0;
    bool hasBest = false;
    int wait = 0; // validations without improvement (early stopping)
};

// Writes <outputDirectory>/checkpoint and <outputDirectory>/safetensors; returns the checkpoint folder.
Result<QString> saveTrainingCheckpoint(const QString& outputDirectory, const TrainableBert& model,
                                       const AdamWarmup& optimizer, const Vocab& vocab,
                                       const TrainingState& state);

struct LoadedCheckpoint {
    LoadedModel model;
    std::optional<DenseWeights> classifier; // canonical [H, labels]
    TensorMap slots;                        // "<parameter name>/adam_m" … in canonical layout
    TrainingState state;
};

// Reads what saveTrainingCheckpoint wrote (falling back to the previous checkpoint if the newest is
// incomplete).
Result<LoadedCheckpoint> loadTrainingCheckpoint(const QString& outputDirectory);

// Restores the optimizer from loaded slots for model's parameter list; the error names a missing slot.
Status restoreOptimizer(AdamWarmup& optimizer, const std::vector<Parameter>& parameters,
                        const LoadedCheckpoint& checkpoint);

QString checkpointDirectory(const QString& outputDirectory);  // <output>/checkpoint
QString safetensorsDirectory(const QString& outputDirectory); // <output>/safetensors
// For a model folder that a training run saved (<output>/checkpoint or <output>/safetensors beside the run's
// events.jsonl): the run folder's name, which says more than "checkpoint"; else empty.
QString trainedModelRunName(const QString& modelDirectory);

} // namespace bertlab::core
