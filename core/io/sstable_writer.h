#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace bertlab::core {

// Builds a LevelDB-format table in memory (the container of TensorFlow's checkpoint .index files), the
// writing half of SsTableReader. It follows TensorFlow's table builder (tsl/lib/io/table_builder.cc) step
// by step — block cut-off, restart points, shortened index keys, an empty metaindex block, uncompressed
// blocks with a masked CRC-32C trailer, the 48-byte footer — so the bytes equal what TensorFlow writes.
// Layout: leveldb's doc/table_format.md.
class SsTableWriter final {
public:
    struct Options {
        // TensorFlow's table options for tensor bundles: 256 KiB data blocks, a restart point every 16 keys.
        qsizetype blockSize = 256 * 1024;
        int restartInterval = 16;
    };

    SsTableWriter()
        : SsTableWriter(Options{}) {}
    explicit SsTableWriter(Options options);

    // Keys must ascend strictly in byte order; a key out of order is refused (false) and not added.
    bool add(QByteArrayView key, QByteArrayView value);
    // The complete table; the writer is spent afterwards.
    QByteArray finish();

    int dataBlockCount() const { return m_dataBlocks; }

private:
    class Block final {
    public:
        explicit Block(int restartInterval)
            : m_restartInterval(restartInterval) {}
        void add(QByteArrayView key, QByteArrayView value);
        QByteArray finish();
        bool isEmpty() const { return m_buffer.isEmpty(); }
        qsizetype sizeEstimate() const { return m_buffer.size() + qsizetype(m_restarts.size()) * 4 + 4; }

    private:
        int m_restartInterval;
        QByteArray m_buffer;
        std::vector<std::uint32_t> m_restarts{0};
        int m_counter = 0;
        QByteArray m_lastKey;
    };

    struct Handle {
        std::uint64_t offset = 0;
        std::uint64_t size = 0;
        QByteArray encoded() const;
    };

    void flush();
    Handle writeBlock(Block* block);

    Options m_options;
    QByteArray m_out;
    Block m_data;
    Block m_index;
    QByteArray m_lastKey;
    qint64 m_entries = 0;
    bool m_pendingIndexEntry = false;
    Handle m_pendingHandle;
    int m_dataBlocks = 0;
};

} // namespace bertlab::core
