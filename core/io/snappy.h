#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace bertlab::core::snappy {

// Decompresses one raw Snappy block (the format LevelDB tables use for compression type 1: a varint
// length, then literals and back-references; github.com/google/snappy format_description.txt).
// Returns nothing and sets *error on malformed input; never writes past the declared length nor
// accepts a declared length above maxSize.
std::optional<QByteArray> uncompress(const char* data, qsizetype size, qsizetype maxSize, QString* error);

} // namespace bertlab::core::snappy
