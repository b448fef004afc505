#pragma once

#include "core/io/safetensors_reader.h"
#include "core/io/tensor_map.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace bertlab::core {

// The weights of a Hugging Face model folder: one model.safetensors, or the shards that
// model.safetensors.index.json names, as transformers' save_pretrained writes larger models:
//   {"metadata": {"total_size": N}, "weight_map": {"tensor name": "model-00001-of-00003.safetensors", …}}
// Every shard is a safetensors file next to the index (a plain file name; a path is refused), and every
// tensor the index names must be in the shard it names.
class SafetensorsWeights final {
public:
    static constexpr qint64 kMaxIndexSize = 64 << 20; // a 100-billion-parameter model's index is < 1 MB

    // `path` is a .safetensors file or a *.safetensors.index.json.
    static Result<SafetensorsWeights> open(const QString& path);

    const QString& path() const { return m_path; }
    QStringList names() const; // sorted

    Result<TensorMap> readTensors(const QStringList& names) const;

private:
    SafetensorsWeights() = default;
    static Result<SafetensorsWeights> openIndex(const QString& indexPath);

    QString m_path;
    std::vector<SafetensorsReader> m_shards;
    std::map<QString, std::size_t> m_shardOf; // tensor name → index into m_shards
};

} // namespace bertlab::core
