#pragma once

#include "core/io/tensor_map.h"
#include "core/result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace bertlab::core {

// Writes a TensorFlow V2 checkpoint (tensor bundle) that TfCheckpointReader, tf.train.load_checkpoint and
// keras_bert.load_trained_model_from_checkpoint read: `<prefix>.index` (an SSTable of BundleEntryProtos
// under sorted names, key "" holding the BundleHeaderProto, block and tensor crc32c) and one shard
// `<prefix>.data-00000-of-00001` with the float32 tensors' little-endian bytes.
// Layout: tensorflow/core/protobuf/tensor_bundle.proto, tensorflow/core/util/tensor_bundle/.
// All files are written to temporary names and renamed into place only when all are complete (the data
// shard first, the index last), so an existing checkpoint under the same prefix is either fully replaced or
// left untouched; data shards of a replaced checkpoint with another shard count are removed. The folder is
// created. With the same tensors (in sorted order, float32) the bytes equal those TensorFlow's SaveV2 writes.
struct TfCheckpointWriteOptions {
    std::optional<std::int64_t>
        globalStep; // also writes an int64 scalar "global_step", as Google's code does
    // TensorFlow's table block size for the .index; only tests lower it (to get many blocks from few names).
    qsizetype indexBlockSize = 256 * 1024;
};

Status writeTfCheckpoint(const QString& prefix, const TensorMap& tensors,
                         const TfCheckpointWriteOptions& options = {});

} // namespace bertlab::core
