#pragma once

// NumPy's .npy files (format 1.0, C order, little-endian): NpyWriter writes one row after row with its
// shape known up front; NpyArray maps one for reading and checks its header, so a damaged or foreign file
// gives an error naming it, never a read past its end.

#include "core/result.h"

#include <QFile>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace bertlab::core {

enum class NpyType { Int8, Int16, Int32, Float32 };

class NpyWriter final {
public:
    // shape[0] may be -1: the rows are counted as they are appended and written into the header at close().
    Status open(const QString& path, NpyType type, const std::vector<std::int64_t>& shape);
    // Appends values, narrowed to the file's integer type (the caller has checked they fit).
    Status append(const std::vector<int>& values);
    Status append(const float* values, std::int64_t count); // a Float32 file
    Status close();
    qint64 size() const { return m_file.size(); }

private:
    Status put(const char* bytes, qint64 size);
    QByteArray header(std::int64_t rows, int length = 0) const; // `length`: pad to exactly this
    QFile m_file;
    std::vector<std::int64_t> m_shape;
    bool m_growing = false;
    qint64 m_headerSize = 0, m_dataBytes = 0;
    NpyType m_type = NpyType::Int32;
};

class NpyArray final {
public:
    // Maps the file; its type must be one of `accepted`.
    static Result<NpyArray> map(const QString& path, std::vector<NpyType> accepted);

    NpyType type() const { return m_type; }
    const std::vector<std::int64_t>& shape() const { return m_shape; }
    std::int64_t elements() const { return m_elements; }
    const float* floats() const { return reinterpret_cast<const float*>(m_data); } // Float32
    std::int64_t integer(std::int64_t index) const;                                // an integer type

    NpyArray(NpyArray&&) noexcept = default;
    NpyArray& operator=(NpyArray&&) noexcept = default;
    ~NpyArray() = default;

private:
    NpyArray() = default;
    std::unique_ptr<QFile> m_file;
    const uchar* m_data = nullptr;
    NpyType m_type = NpyType::Float32;
    std::vector<std::int64_t> m_shape;
    std::int64_t m_elements = 0;
};

} // namespace bertlab::core
