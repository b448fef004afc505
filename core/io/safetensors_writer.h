#pragma once

#include "core/io/tensor_map.h"
#include "core/result.h"

#include <QMap>
#include <QString>

namespace bertlab::core {

// How the values are stored: float32, or IEEE half precision (rounded to nearest even; half the size).
enum class SafetensorsDtype { F32, F16 };

// Writes a safetensors file (F32 or F16 tensors, sorted names, optional string metadata) through QSaveFile,
// so an existing file is replaced only by a complete one. SafetensorsReader and Hugging Face's loader read it
// (transformers wants metadata {"format": "pt"}). The header is laid out as the reference implementation
// lays it out (compact JSON, metadata first, tensors by name, padded with spaces to 8 bytes), so the file
// equals the one safetensors.save_file writes for the same tensors and metadata. The folder is created.
Status writeSafetensors(const QString& path, const TensorMap& tensors,
                        const QMap<QString, QString>& metadata = {},
                        SafetensorsDtype dtype = SafetensorsDtype::F32);

} // namespace bertlab::core
