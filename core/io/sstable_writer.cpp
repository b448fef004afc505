#include "core/io/sstable_writer.h"

#include "core/io/crc32.h"
#include "core/io/proto_writer.h"
#include "core/io/sstable_reader.h"

#include <algorithm>

namespace bertlab::core {

namespace {

void appendFixed32(QByteArray* out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        out->append(char((v >> (8 * i)) & 0xff));
}

// Byte-wise comparison, as LevelDB's BytewiseComparator (QByteArrayView compares the same way).
int compareBytes(QByteArrayView a, QByteArrayView b) {
    return a.compare(b) < 0 ? -1 : a == b ? 0 : 1;
}

// The shortest key k with start <= k < limit (TensorFlow's FindShortestSeparator): keeps the index small.
void shortestSeparator(QByteArray* start, QByteArrayView limit) {
    const qsizetype minLength = std::min(start->size(), limit.size());
    qsizetype diff = 0;
    while (diff < minLength && (*start)[diff] == limit[diff])
        ++diff;
    if (diff >= minLength)
        return; // one is a prefix of the other: not shortened
    const auto byte = static_cast<unsigned char>((*start)[diff]);
    if (byte < 0xff && byte + 1 < static_cast<unsigned char>(limit[diff])) {
        (*start)[diff] = char(byte + 1);
        start->truncate(diff + 1);
    }
}

// The shortest key >= key (TensorFlow's FindShortSuccessor).
void shortSuccessor(QByteArray* key) {
    for (qsizetype i = 0; i < key->size(); ++i) {
        const auto byte = static_cast<unsigned char>((*key)[i]);
        if (byte != 0xff) {
            (*key)[i] = char(byte + 1);
            key->truncate(i + 1);
            return;
        }
    }
}

} // namespace

void SsTableWriter::Block::add(QByteArrayView key, QByteArrayView value) {
    qsizetype shared = 0;
    if (m_counter < m_restartInterval) {
        const qsizetype minLength = std::min(m_lastKey.size(), key.size());
        while (shared < minLength && m_lastKey[shared] == key[shared])
            ++shared;
    } else {
        m_restarts.push_back(std::uint32_t(m_buffer.size()));
        m_counter = 0;
    }
    ProtoWriter::appendVarint(&m_buffer, std::uint64_t(shared));
    ProtoWriter::appendVarint(&m_buffer, std::uint64_t(key.size() - shared));
    ProtoWriter::appendVarint(&m_buffer, std::uint64_t(value.size()));
    m_buffer.append(key.data() + shared, key.size() - shared);
    m_buffer.append(value.data(), value.size());
    m_lastKey = key.toByteArray();
    ++m_counter;
}

QByteArray SsTableWriter::Block::finish() {
    QByteArray out = std::move(m_buffer);
    for (std::uint32_t r : m_restarts)
        appendFixed32(&out, r);
    appendFixed32(&out, std::uint32_t(m_restarts.size()));
    m_buffer.clear();
    m_restarts.assign(1, 0);
    m_counter = 0;
    m_lastKey.clear();
    return out;
}

QByteArray SsTableWriter::Handle::encoded() const {
    QByteArray out;
    ProtoWriter::appendVarint(&out, offset);
    ProtoWriter::appendVarint(&out, size);
    return out;
}

SsTableWriter::SsTableWriter(Options options)
    : m_options(options)
    , m_data(std::max(options.restartInterval, 1))
    , m_index(1) // every index entry is a restart point, as in LevelDB
{}

bool SsTableWriter::add(QByteArrayView key, QByteArrayView value) {
    if (m_entries > 0) {
        if (compareBytes(key, m_lastKey) <= 0)
            return false;
        // An entry that alone overfills a block starts a fresh one.
        if (key.size() + value.size() >= 2 * m_options.blockSize)
            flush();
    }
    if (m_pendingIndexEntry) {
        shortestSeparator(&m_lastKey, key);
        m_index.add(m_lastKey, m_pendingHandle.encoded());
        m_pendingIndexEntry = false;
    }
    m_lastKey = key.toByteArray();
    ++m_entries;
    m_data.add(key, value);
    if (m_data.sizeEstimate() >= m_options.blockSize)
        flush();
    return true;
}

void SsTableWriter::flush() {
    if (m_data.isEmpty())
        return;
    m_pendingHandle = writeBlock(&m_data);
    m_pendingIndexEntry = true;
    ++m_dataBlocks;
}

SsTableWriter::Handle SsTableWriter::writeBlock(Block* block) {
    const QByteArray contents = block->finish();
    Handle handle{std::uint64_t(m_out.size()), std::uint64_t(contents.size())};
    m_out.append(contents);
    const char type = 0; // uncompressed, as TensorFlow writes checkpoint indexes
    // The CRC covers the contents and the type byte.
    const std::uint32_t crc =
        crc32c::extend(crc32c::value(contents.constData(), std::size_t(contents.size())), &type, 1);
    m_out.append(type);
    appendFixed32(&m_out, crc32c::mask(crc));
    return handle;
}

QByteArray SsTableWriter::finish() {
    flush();
    Block metaindex(m_options.restartInterval);
    const Handle metaindexHandle = writeBlock(&metaindex);
    if (m_pendingIndexEntry) {
        shortSuccessor(&m_lastKey);
        m_index.add(m_lastKey, m_pendingHandle.encoded());
        m_pendingIndexEntry = false;
    }
    const Handle indexHandle = writeBlock(&m_index);

    QByteArray footer = metaindexHandle.encoded() + indexHandle.encoded();
    footer.resize(SsTableReader::kFooterSize - 8, '\0');
    appendFixed32(&footer, std::uint32_t(SsTableReader::kMagic & 0xffffffffu));
    appendFixed32(&footer, std::uint32_t(SsTableReader::kMagic >> 32));
    m_out.append(footer);
    return std::move(m_out);
}

} // namespace bertlab::core
