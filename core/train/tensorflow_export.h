#pragma once

// A training run prepared for BertLab's TensorFlow runner (resources/runtime/tensorflow): the same run the
// local trainer would do, set up by the same code (run_setup.h), written as data TensorFlow reads without any
// tokenizing or masking of its own, so a TPU never waits for Python and both engines see the same batches:
//
//   tf_run.json            {"format": "bertlab-tf-run", …}: the resolved plan, optimizer, heads, trainable
//                          parameters, schedule of validations/checkpoints/probes, probe sentences as ids
//   start/                 the starting weights (fresh ones drawn from the seed, or the start model's, with
//                          the classifier head) as a Google TF checkpoint folder: bert_config.json,
//                          vocab.txt, bert_model.ckpt.*
//   train_<array>.npy      every step's batch, step after step, padded to fixed shapes: input_ids [N, L],
//   validation_<array>.npy segment_ids, lengths [N], mlm_positions/mlm_labels [N, P], mlm_counts, nsp_labels
//                          and class_labels [N] (-1: none); N = batches × batch size, L the sequence length,
//                          P the most masked tokens of any sequence. The last batch of an epoch, when short,
//                          is filled with empty sequences (length 0) that no loss counts, so nothing is
//                          dropped.

#include "core/result.h"
#include "core/train/run_setup.h"
#include "core/train/training_config.h"

#include <QString>

#include <atomic>

namespace bertlab::core {

struct TensorFlowExport {
    QString folder;
    std::int64_t trainSteps = 0, validationBatches = 0;
    int maxPredictions = 0;
    std::int64_t paddedExamples = 0; // empty sequences that fill the short last batch of each epoch
    qint64 bytes = 0;                // written in all
};

bool isValidTensorFlowStrategy(const QString& strategy); // auto, tpu, gpu, cpu

// Writes the folder (which must not exist yet; it is built as <folder>.partial and renamed when complete).
// `strategy` is auto|tpu|gpu|cpu, `replicas` how many devices the runner will split each batch over (when
// known; the batch size must divide by it). Resuming is not supported (a TensorFlow run starts from step 0).
Result<TensorFlowExport> exportForTensorFlow(const TrainingConfig& config, const QString& folder,
                                             const QString& strategy, const Preparing& preparing,
                                             const std::atomic<bool>& stop);

} // namespace bertlab::core
