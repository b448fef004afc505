#pragma once

#include "core/io/tensor_map.h"
#include "core/model/bert_config.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace bertlab::core {

// A keras-bert model saved by Keras as HDF5 (model.save('x.h5'), or save_weights), read with libhdf5. Its
// layers' weights (Embedding-Token, Encoder-N-MultiHeadSelfAttention, …, MLM-*, NSP-*) come out under the
// names of Google's TF checkpoint, which keras-bert's loader maps them from, so the rest of the loading is
// the checkpoint's. Layers keras-bert does not make (a fine-tuned classifier's Dense, …) are listed, not
// read.
class KerasH5Reader final {
public:
    // Reads the file in a forked child first (libhdf5 can crash on a damaged file), then here.
    static Result<KerasH5Reader> open(const QString& path);
    // Reads it in this process, unguarded (what the child does).
    static Result<KerasH5Reader> readHere(const QString& path);

    const QString& path() const { return m_path; }
    QStringList names() const;
    Result<TensorMap> readTensors(const QStringList& names) const;
    const Tensor* tensor(const QString& name) const; // nullptr when the file has none of that name
    // The shape the weights and the saved model_config give (heads and activation come from model_config);
    // nullopt when the file holds no model_config (save_weights): then a bert_config.json must say.
    const std::optional<BertConfig>& config() const { return m_config; }
    const QStringList& otherLayers() const { return m_otherLayers; }

private:
    QString m_path;
    TensorMap m_tensors;
    std::optional<BertConfig> m_config;
    QStringList m_otherLayers;
};

} // namespace bertlab::core
