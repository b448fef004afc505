#pragma once

#include "core/model/bert_config.h"
#include "core/model/bert_weights.h"
#include "core/result.h"

#include <QString>

namespace bertlab::core {

enum class ModelFormat { TfCheckpoint, Safetensors, PytorchBin, KerasH5 };

QString modelFormatName(ModelFormat format); // "tf-checkpoint" / "safetensors" / "pytorch" / "keras-h5"

// The files of one model folder, found by detectModelFolder().
struct ModelFiles {
    QString directory;
    ModelFormat format = ModelFormat::TfCheckpoint;
    QString configPath;  // bert_config.json or config.json (keras-h5: optional, the file's model_config says)
    QString weightsPath; // checkpoint prefix (".../bert_model.ckpt"), model.safetensors, pytorch_model.bin
                         // or the shards' index
    QString vocabPath;   // vocab.txt
};

// Recognises a Google TF checkpoint folder (bert_config.json + *.ckpt.index + shards + vocab.txt) or a
// Hugging Face folder (config.json + vocab.txt + the weights, as transformers' from_pretrained looks for
// them: model.safetensors, model.safetensors.index.json and its shards, pytorch_model.bin,
// pytorch_model.bin.index.json and its shards), or a keras-bert model saved by Keras (one *.h5 + vocab.txt).
// The error says which file is missing.
Result<ModelFiles> detectModelFolder(const QString& directory);

struct LoadOptions {
    // keras-bert's seq_len: when > 0, keep only the first seqLen position embeddings.
    int seqLen = 0;
};

struct LoadedModel {
    ModelFiles files;
    BertConfig config;
    BertWeights weights;
    qint64 parameterCount = 0; // parameters actually loaded (optimizer slots excluded)
};

// Detects, reads and validates a model folder: every tensor's shape is checked against the config.
// Missing MLM / NSP / pooler heads are not errors (the optionals stay empty).
Result<LoadedModel> loadModel(const QString& directory, const LoadOptions& options = {});

} // namespace bertlab::core
