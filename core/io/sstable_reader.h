#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace bertlab::core {

struct SsTableEntry {
    QByteArray key;
    QByteArray value;
};

// Reads a whole LevelDB-format table (the container of TensorFlow's checkpoint .index files):
// a 48-byte footer (metaindex and index block handles, magic 0xdb4775248b80fb57), an index block whose
// values are handles of the data blocks, and data blocks of prefix-compressed keys with restart points,
// each followed by a 5-byte trailer (compression type, masked CRC-32C). Layout: leveldb's
// doc/table_format.md. Every block's CRC is checked; blocks may be uncompressed (type 0) or Snappy-compressed
// (type 1).
class SsTableReader final {
public:
    static constexpr quint64 kMagic = 0xdb4775248b80fb57ull;
    static constexpr qsizetype kFooterSize = 48;
    static constexpr qint64 kMaxFileSize = qint64(1) << 30; // an index of a few MB is already huge

    static Result<SsTableReader> open(const QString& path);
    // sourceName only labels error messages.
    static Result<SsTableReader> fromBytes(const QByteArray& bytes, const QString& sourceName);

    // All key/value pairs in key order.
    const std::vector<SsTableEntry>& entries() const { return m_entries; }
    const SsTableEntry* find(QByteArrayView key) const;

    int dataBlockCount() const { return m_dataBlocks; }
    int compressedBlockCount() const { return m_compressedBlocks; }

private:
    SsTableReader() = default;

    std::vector<SsTableEntry> m_entries;
    int m_dataBlocks = 0;
    int m_compressedBlocks = 0;
};

} // namespace bertlab::core
