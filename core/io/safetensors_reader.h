#pragma once

#include "core/io/tensor_map.h"
#include "core/result.h"
#include "core/tensor/tensor.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace bertlab::core {

struct SafetensorsEntry {
    QString name;
    QString dtype; // "F32", "F16", "BF16", "I64", …
    Shape shape;
    qint64 begin = 0; // byte range inside the data section
    qint64 end = 0;

    bool isFloat() const; // F32, or F16 / BF16 / F64 (converted to float32 on read)
};

// Reads Hugging Face safetensors files: an 8-byte little-endian header length N, N bytes of JSON
// {name: {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__": {string: string}}, then the
// raw little-endian tensor data. Layout: github.com/huggingface/safetensors (README, "Format").
// The header is validated as strictly as the reference implementation: known dtypes, sizes that
// match the shapes, ranges that tile the data section without gaps or overlaps.
class SafetensorsReader final {
public:
    static constexpr qint64 kMaxHeaderSize = 100'000'000; // the reference implementation's limit

    static Result<SafetensorsReader> open(const QString& path);
    // Every float tensor of the file.
    static Result<TensorMap> read(const QString& path);

    const QString& path() const { return m_path; }
    const std::vector<SafetensorsEntry>& entries() const { return m_entries; }
    const SafetensorsEntry* entry(const QString& name) const;
    QStringList names() const;
    const QMap<QString, QString>& metadata() const { return m_metadata; }

    Result<Tensor> readTensor(const QString& name) const;
    Result<TensorMap> readTensors(const QStringList& names) const;

private:
    SafetensorsReader() = default;

    QString m_path;
    qint64 m_dataStart = 0;
    std::vector<SafetensorsEntry> m_entries; // sorted by name
    QMap<QString, QString> m_metadata;
};

} // namespace bertlab::core
