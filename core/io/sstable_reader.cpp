#include "core/io/sstable_reader.h"

#include "core/translation.h"

#include "core/io/crc32.h"
#include "core/io/snappy.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"SsTableReader", "bertlab::core::SsTableReader", "bertlab::core::Parser"});
}

std::uint32_t readLe32(const char* p) {
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    return std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 | std::uint32_t(b[2]) << 16 |
           std::uint32_t(b[3]) << 24;
}

// Varint decoding over [*p, end); false on truncation or overflow of 64 bits.
bool readVarint64(const char** p, const char* end, std::uint64_t* value) {
    std::uint64_t v = 0;
    for (int shift = 0; shift <= 63; shift += 7) {
        if (*p == end)
            return false;
        const auto b = static_cast<unsigned char>(*(*p)++);
        v |= std::uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

bool readVarint32(const char** p, const char* end, std::uint32_t* value) {
    std::uint64_t v = 0;
    if (!readVarint64(p, end, &v) || v > 0xffffffffu)
        return false;
    *value = std::uint32_t(v);
    return true;
}

struct BlockHandle {
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
};

bool decodeHandle(const char** p, const char* end, BlockHandle* handle) {
    return readVarint64(p, end, &handle->offset) && readVarint64(p, end, &handle->size);
}

class Parser final {
public:
    Parser(const QByteArray& bytes, const QString& source)
        : m_bytes(bytes)
        , m_source(source) {}

    Error error(const QString& reason) const { return Error{m_source + QStringLiteral(": ") + reason}; }

    // The block's contents, CRC-checked and decompressed.
    Result<QByteArray> readBlock(const BlockHandle& h, const QString& what, bool* compressed) {
        const auto limit = std::uint64_t(m_bytes.size() - SsTableReader::kFooterSize);
        constexpr std::uint64_t kTrailer = 5;
        if (h.offset > limit || h.size > limit - h.offset || kTrailer > limit - h.offset - h.size)
            return error(tr("%1 (offset %2, size %3) lies outside the file of %4 bytes")
                             .arg(what)
                             .arg(h.offset)
                             .arg(h.size)
                             .arg(m_bytes.size()));
        const char* data = m_bytes.constData() + h.offset;
        const auto size = qsizetype(h.size);
        const auto type = static_cast<unsigned char>(data[size]);
        const std::uint32_t stored = crc32c::unmask(readLe32(data + size + 1));
        // The CRC covers the contents and the compression-type byte.
        const std::uint32_t actual = crc32c::extend(crc32c::value(data, std::size_t(size)), data + size, 1);
        if (stored != actual)
            return error(tr("checksum mismatch in %1 at offset %2").arg(what).arg(h.offset));
        *compressed = false;
        if (type == 0)
            return QByteArray(data, size);
        if (type == 1) {
            *compressed = true;
            QString reason;
            // Snappy expands at most ~22x (a 3-byte copy of 64 bytes).
            auto out = snappy::uncompress(data, size, size * 24 + 64, &reason);
            if (!out)
                return error(tr("%1 at offset %2: %3").arg(what).arg(h.offset).arg(reason));
            return *out;
        }
        return error(
            tr("%1 at offset %2 uses unsupported compression type %3").arg(what).arg(h.offset).arg(type));
    }

    // Decodes the key/value entries of one block (keys share prefixes with their predecessor).
    Result<std::vector<SsTableEntry>> parseBlock(const QByteArray& block, const QString& what) {
        if (block.size() < 4)
            return error(tr("%1 is too short").arg(what));
        const std::uint32_t restarts = readLe32(block.constData() + block.size() - 4);
        if (restarts == 0 || restarts > std::uint64_t(block.size() - 4) / 4)
            return error(tr("%1 has a bad restart count %2").arg(what).arg(restarts));
        const auto dataEnd = block.size() - 4 - qsizetype(restarts) * 4;
        for (std::uint32_t i = 0; i < restarts; ++i)
            if (readLe32(block.constData() + dataEnd + 4 * i) > std::uint32_t(dataEnd))
                return error(tr("%1 has a restart point outside the block").arg(what));

        std::vector<SsTableEntry> entries;
        QByteArray key;
        const char* p = block.constData();
        const char* end = block.constData() + dataEnd;
        while (p < end) {
            std::uint32_t shared = 0, unshared = 0, valueSize = 0;
            if (!readVarint32(&p, end, &shared) || !readVarint32(&p, end, &unshared) ||
                !readVarint32(&p, end, &valueSize))
                return error(tr("%1 has a corrupt entry header").arg(what));
            if (shared > std::uint32_t(key.size()) ||
                std::uint64_t(unshared) + valueSize > std::uint64_t(end - p))
                return error(tr("%1 has an entry that runs past the block").arg(what));
            key.truncate(qsizetype(shared));
            key.append(p, qsizetype(unshared));
            p += unshared;
            entries.push_back({key, QByteArray(p, qsizetype(valueSize))});
            p += valueSize;
        }
        return entries;
    }

private:
    const QByteArray& m_bytes;
    QString m_source;
};

} // namespace

Result<SsTableReader> SsTableReader::open(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path + QStringLiteral(": ") + tr("cannot open (%1)").arg(file.errorString())};
    if (file.size() > kMaxFileSize)
        return Error{path + QStringLiteral(": ") +
                     tr("%1 bytes is too large for a table index").arg(file.size())};
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return Error{path + QStringLiteral(": ") + tr("read error (%1)").arg(file.errorString())};
    return fromBytes(bytes, path);
}

Result<SsTableReader> SsTableReader::fromBytes(const QByteArray& bytes, const QString& sourceName) {
    Parser parser(bytes, sourceName);
    if (bytes.size() < kFooterSize)
        return parser.error(tr("too short for a table (%1 bytes)").arg(bytes.size()));
    const char* footer = bytes.constData() + bytes.size() - kFooterSize;
    const quint64 magic = quint64(readLe32(footer + 40)) | quint64(readLe32(footer + 44)) << 32;
    if (magic != kMagic)
        return parser.error(tr("not a table file (bad magic number)"));
    BlockHandle metaindex, index;
    const char* p = footer;
    if (!decodeHandle(&p, footer + 40, &metaindex) || !decodeHandle(&p, footer + 40, &index))
        return parser.error(tr("corrupt footer"));

    bool compressed = false;
    auto indexBlock = parser.readBlock(index, tr("index block"), &compressed);
    if (!indexBlock)
        return Error{indexBlock.errorString()};
    auto handles = parser.parseBlock(*indexBlock, tr("index block"));
    if (!handles)
        return Error{handles.errorString()};

    SsTableReader reader;
    reader.m_compressedBlocks += compressed ? 1 : 0;
    for (const auto& indexEntry : *handles) {
        BlockHandle h;
        const char* hp = indexEntry.value.constData();
        if (!decodeHandle(&hp, hp + indexEntry.value.size(), &h))
            return parser.error(tr("corrupt block handle in the index block"));
        const QString what = tr("data block %1").arg(reader.m_dataBlocks);
        auto block = parser.readBlock(h, what, &compressed);
        if (!block)
            return Error{block.errorString()};
        auto entries = parser.parseBlock(*block, what);
        if (!entries)
            return Error{entries.errorString()};
        ++reader.m_dataBlocks;
        reader.m_compressedBlocks += compressed ? 1 : 0;
        for (auto& e : *entries) {
            // Keys must ascend strictly across all blocks (find() relies on it).
            if (!reader.m_entries.empty() && !(reader.m_entries.back().key < e.key))
                return parser.error(tr("keys out of order in %1").arg(what));
            reader.m_entries.push_back(std::move(e));
        }
    }
    qCDebug(lcIo) << sourceName << reader.m_entries.size() << "entries in" << reader.m_dataBlocks
                  << "data blocks," << reader.m_compressedBlocks << "compressed";
    return reader;
}

const SsTableEntry* SsTableReader::find(QByteArrayView key) const {
    auto it =
        std::lower_bound(m_entries.begin(), m_entries.end(), key,
                         [](const SsTableEntry& e, QByteArrayView k) { return QByteArrayView(e.key) < k; });
    return it != m_entries.end() && QByteArrayView(it->key) == key ? &*it : nullptr;
}

} // namespace bertlab::core
