#pragma once

#include "core/io/tensor_map.h"
#include "core/result.h"
#include "core/tensor/tensor.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace bertlab::core {

// TensorFlow's DataType enum values (tensorflow/core/framework/types.proto) that checkpoints hold.
enum class TfDataType : int {
    Float = 1,
    Double = 2,
    Int32 = 3,
    UInt8 = 4,
    Int16 = 5,
    Int8 = 6,
    String = 7,
    Int64 = 9,
    Bool = 10,
    BFloat16 = 14,
    Half = 19,
};

QString tfDataTypeName(int dtype); // "float32", "int64", … or "dtype 23"

// One tensor of a checkpoint, as described by its BundleEntryProto in the .index file.
struct TfTensorEntry {
    QString name;
    int dtype = 0;
    Shape shape;
    int shard = 0;
    qint64 offset = 0;
    qint64 size = 0;
    std::uint32_t crc32c = 0; // unmasked
    bool sliced = false;      // a partitioned variable (stored as slices): not supported

    // float32, or a float type that converts to it (float16, bfloat16, float64).
    bool isFloat() const;
};

// Reads TensorFlow V2 checkpoints ("tensor bundles"): `<prefix>.index` is an SSTable mapping each tensor
// name to a BundleEntryProto (dtype, shape, shard, offset, size, crc32c), key "" holding the
// BundleHeaderProto (shard count, endianness); the raw little-endian tensor bytes live in
// `<prefix>.data-NNNNN-of-NNNNN`. Layout: tensorflow/core/protobuf/tensor_bundle.proto.
// Only the requested tensors' byte ranges are read, so optimizer slots cost nothing.
class TfCheckpointReader final {
public:
    // prefix: ".../bert_model.ckpt" (a trailing ".index" is accepted too).
    static Result<TfCheckpointReader> open(const QString& prefix);
    // Every float tensor of the checkpoint (integer/string tensors such as global_step are skipped).
    static Result<TensorMap> read(const QString& prefix);

    const QString& prefix() const { return m_prefix; }
    QString indexPath() const { return m_prefix + QStringLiteral(".index"); }
    int shardCount() const { return m_shards; }
    QString shardPath(int shard) const;

    const std::vector<TfTensorEntry>& entries() const { return m_entries; }
    const TfTensorEntry* entry(const QString& name) const;
    QStringList names() const;

    Result<Tensor> readTensor(const QString& name) const;
    // Reads the named tensors, converting float types to float32; each CRC is checked.
    Result<TensorMap> readTensors(const QStringList& names) const;

private:
    TfCheckpointReader() = default;

    QString m_prefix;
    int m_shards = 0;
    std::vector<TfTensorEntry> m_entries; // sorted by name
};

} // namespace bertlab::core
