#pragma once

#include "core/io/pytorch_reader.h"
#include "core/io/safetensors_reader.h"
#include "core/io/tensor_map.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <map>
#include <variant>
#include <vector>

namespace bertlab::core {

// The weights of a Hugging Face model folder, in the files transformers' save_pretrained writes:
// model.safetensors or pytorch_model.bin, or for larger models the shards an index names,
//   model.safetensors.index.json / pytorch_model.bin.index.json:
//   {"metadata": {"total_size": N}, "weight_map": {"tensor name": "model-00001-of-00003.safetensors", …}}
// Every shard is a file next to the index (a plain file name; a path is refused), read as safetensors
// when its name ends in .safetensors and as a torch.save file otherwise, and every tensor the index names
// must be in the shard it names.
class HuggingFaceWeights final {
public:
    static constexpr qint64 kMaxIndexSize = 64 << 20; // a 100-billion-parameter model's index is < 1 MB

    // `path` is a weights file or a *.index.json.
    static Result<HuggingFaceWeights> open(const QString& path);

    const QString& path() const { return m_path; }
    QStringList names() const; // sorted

    Result<TensorMap> readTensors(const QStringList& names) const;

private:
    using Shard = std::variant<SafetensorsReader, PytorchReader>;

    HuggingFaceWeights() = default;
    static Result<Shard> openShard(const QString& path);
    static Result<HuggingFaceWeights> openIndex(const QString& indexPath);

    QString m_path;
    std::vector<Shard> m_shards;
    std::map<QString, std::size_t> m_shardOf; // tensor name → index into m_shards
};

} // namespace bertlab::core
