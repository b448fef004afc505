#pragma once

// Everything a training run has before its first step: the model (resumed, loaded or fresh, with its
// vocabulary), the tokenizer, the training and validation sets, the model with its heads, the resolved
// optimizer settings and the plan. The trainer's loop starts from it, and so does the export of a run for
// another engine (tensorflow_export.h), so both see the same weights and the same batches.

#include "core/model/bert_config.h"
#include "core/model/bert_weights.h"
#include "core/result.h"
#include "core/text/tokenizer.h"
#include "core/text/vocab.h"
#include "core/train/adam_warmup.h"
#include "core/train/trainable_bert.h"
#include "core/train/training_checkpoint.h"
#include "core/train/training_config.h"
#include "core/train/training_report.h"
#include "core/train/training_set.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace bertlab::core {

// Reports a preparation stage; returns false when the run should stop.
using Preparing = std::function<bool(const QString& stage, qint64 done, qint64 total)>;

struct RunSetUp {
    BertConfig config;
    Vocab vocab; // the training sets point into it: a RunSetUp never moves (it lives behind a unique_ptr)
    std::optional<LoadedCheckpoint> checkpoint; // when resuming
    std::optional<Tokenizer> tokenizer;
    TrainingSet train, validation;
    QStringList labels; // classification
    TrainableHeads heads;
    std::optional<TrainableBert> model;
    AdamWarmupOptions optimizer; // warm-up and decay steps resolved
    TrainingPlan plan;           // without startStep's events: see Trainer
};

// Checks the settings, then prepares; a null pointer when `stop` was set while preparing. Errors name the
// file or setting at fault.
Result<std::unique_ptr<RunSetUp>> setUpRun(const TrainingConfig& config, const Preparing& preparing,
                                           const std::atomic<bool>& stop);

} // namespace bertlab::core
