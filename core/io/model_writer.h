#pragma once

#include "core/io/model_loader.h"
#include "core/io/safetensors_writer.h"
#include "core/io/tensor_map.h"
#include "core/io/tf_checkpoint_writer.h"
#include "core/model/bert_config.h"
#include "core/model/bert_weights.h"
#include "core/result.h"
#include "core/text/vocab.h"

#include <QString>

namespace bertlab::core {

// The weights under the official names and in the file layout of each format: Google's TF names with
// kernels [in, out] and NSP output_weights [2, H]; Hugging Face's BertForPreTraining names (bert.…, cls.…)
// with Linear weights [out, in]. Heads absent from weights are left out.
TensorMap tensorsForFormat(const BertWeights& weights, ModelFormat format);

// Writes a complete model folder that loadModel() (and the peers) load:
//   TfCheckpoint: bert_config.json, vocab.txt, <directory>/bert_model.ckpt.{index,data-00000-of-00001}
//   Safetensors:  config.json (Hugging Face keys, architectures BertForPreTraining), vocab.txt,
//   model.safetensors
// extra: more tensors to store beside the weights under their own names (e.g. Adam slots
// "bert/…/kernel/adam_m" in the TF checkpoint); a name that a weight already has is refused. Every file is
// written atomically (weights first, config and vocab after); the folder is created. A TF checkpoint is not
// written into a folder that holds a model.safetensors, which loadModel() would pick instead.
// tfOptions (TfCheckpoint only): e.g. the global step stored beside the weights. dtype (Safetensors only):
// F16 halves the file (config.json then says torch_dtype float16).
Status writeModelFolder(const QString& directory, ModelFormat format, const BertConfig& config,
                        const BertWeights& weights, const Vocab& vocab, const TensorMap& extra = {},
                        const TfCheckpointWriteOptions& tfOptions = {},
                        SafetensorsDtype dtype = SafetensorsDtype::F32);

// The config file of each format: Google's bert_config.json keys (BertConfig::toJson()), or Hugging Face's
// config.json (the same keys plus model_type, architectures [architecture], … and hidden_act under
// transformers' name). writeModelFolder() names BertForPreTraining, BertForSequenceClassification for weights
// with a classifier and no MLM or NSP head (config.labels then names its labels, written as id2label), or
// BertModel for weights without heads (transformers' BertModel strips the "bert." prefix when it loads them).
// Reads the model folder `source` (any format loadModel() reads) and writes it, weights, heads and
// vocabulary, to `destination` in `format` (dtype: Safetensors only). A destination that already holds a
// model folder is refused: nothing is overwritten.
Status convertModelFolder(const QString& source, const QString& destination, ModelFormat format,
                          SafetensorsDtype dtype = SafetensorsDtype::F32);

QByteArray configJsonForFormat(const BertConfig& config, ModelFormat format,
                               const QString& architecture = QStringLiteral("BertForPreTraining"),
                               SafetensorsDtype dtype = SafetensorsDtype::F32);

} // namespace bertlab::core
