#include "core/io/tf_checkpoint_reader.h"

#include "core/translation.h"

#include "core/io/crc32.h"
#include "core/io/float_conversion.h"
#include "core/io/proto_reader.h"
#include "core/io/sstable_reader.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <limits>
#include <map>

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "checkpoint data is read as little-endian floats");

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(
        text, {"TfCheckpointReader", "bertlab::core::TfCheckpointReader", "bertlab::core::TfTensorEntry"});
}

constexpr int kMaxShards = 100000;
constexpr int kMaxRank = 16;

int elementSize(int dtype) {
    switch (TfDataType(dtype)) {
    case TfDataType::Float:
    case TfDataType::Int32:
        return 4;
    case TfDataType::Double:
    case TfDataType::Int64:
        return 8;
    case TfDataType::UInt8:
    case TfDataType::Int8:
    case TfDataType::Bool:
        return 1;
    case TfDataType::Int16:
    case TfDataType::BFloat16:
    case TfDataType::Half:
        return 2;
    default:
        return 0; // strings and exotic types: variable or unknown size
    }
}

QString shapeString(const Shape& shape) {
    QStringList dims;
    for (auto d : shape)
        dims << QString::number(d);
    return u'[' + dims.join(QStringLiteral(", ")) + u']';
}

// TensorShapeProto: repeated Dim dim = 2 (Dim: int64 size = 1); bool unknown_rank = 3.
bool parseShape(QByteArrayView bytes, Shape* shape) {
    ProtoReader r(bytes);
    while (r.next()) {
        if (r.field() == 2) {
            ProtoReader dim(r.bytes());
            std::int64_t size = 0;
            while (dim.next()) {
                if (dim.field() == 1)
                    size = std::int64_t(dim.varint());
                else
                    dim.skip();
            }
            if (dim.failed() || size < 0 || shape->size() >= std::size_t(kMaxRank))
                return false;
            shape->push_back(size);
        } else if (r.field() == 3) {
            if (r.varint() != 0)
                return false; // unknown rank never appears in a saved tensor
        } else {
            r.skip();
        }
    }
    return !r.failed();
}

// BundleEntryProto: dtype = 1, shape = 2, shard_id = 3, offset = 4, size = 5, crc32c = 6 (fixed32), slices
// = 7.
bool parseEntry(QByteArrayView bytes, TfTensorEntry* e) {
    ProtoReader r(bytes);
    while (r.next()) {
        switch (r.field()) {
        case 1:
            e->dtype = int(r.varint() & 0x7fffffff);
            break;
        case 2:
            if (!parseShape(r.bytes(), &e->shape))
                return false;
            break;
        case 3: {
            const auto v = r.varint();
            if (v > std::uint64_t(kMaxShards))
                return false;
            e->shard = int(v);
            break;
        }
        case 4:
            e->offset = std::int64_t(r.varint());
            break;
        case 5:
            e->size = std::int64_t(r.varint());
            break;
        case 6:
            e->crc32c = crc32c::unmask(r.fixed32());
            break;
        case 7:
            e->sliced = true;
            r.skip();
            break;
        default:
            r.skip();
        }
    }
    return !r.failed() && e->offset >= 0 && e->size >= 0;
}

} // namespace

QString tfDataTypeName(int dtype) {
    switch (TfDataType(dtype)) {
    case TfDataType::Float:
        return QStringLiteral("float32");
    case TfDataType::Double:
        return QStringLiteral("float64");
    case TfDataType::Int32:
        return QStringLiteral("int32");
    case TfDataType::UInt8:
        return QStringLiteral("uint8");
    case TfDataType::Int16:
        return QStringLiteral("int16");
    case TfDataType::Int8:
        return QStringLiteral("int8");
    case TfDataType::String:
        return QStringLiteral("string");
    case TfDataType::Int64:
        return QStringLiteral("int64");
    case TfDataType::Bool:
        return QStringLiteral("bool");
    case TfDataType::BFloat16:
        return QStringLiteral("bfloat16");
    case TfDataType::Half:
        return QStringLiteral("float16");
    }
    return QStringLiteral("dtype %1").arg(dtype);
}

bool TfTensorEntry::isFloat() const {
    switch (TfDataType(dtype)) {
    case TfDataType::Float:
    case TfDataType::Double:
    case TfDataType::BFloat16:
    case TfDataType::Half:
        return true;
    default:
        return false;
    }
}

Result<TfCheckpointReader> TfCheckpointReader::open(const QString& prefixOrIndex) {
    TfCheckpointReader reader;
    reader.m_prefix =
        prefixOrIndex.endsWith(QStringLiteral(".index")) ? prefixOrIndex.chopped(6) : prefixOrIndex;
    const QString indexPath = reader.indexPath();
    auto table = SsTableReader::open(indexPath);
    if (!table)
        return Error{table.errorString()};
    auto fail = [&](const QString& reason) { return Error{indexPath + QStringLiteral(": ") + reason}; };

    const SsTableEntry* header = table->find(QByteArrayView());
    if (!header)
        return fail(tr("no bundle header (not a TensorFlow V2 checkpoint index)"));
    // BundleHeaderProto: int32 num_shards = 1; Endianness endianness = 2 (0 little, 1 big); version = 3.
    ProtoReader h(header->value);
    std::uint64_t shards = 0, endianness = 0;
    while (h.next()) {
        if (h.field() == 1)
            shards = h.varint();
        else if (h.field() == 2)
            endianness = h.varint();
        else
            h.skip();
    }
    if (h.failed())
        return fail(tr("corrupt bundle header"));
    if (endianness != 0)
        return fail(tr("big-endian checkpoints are not supported"));
    if (shards < 1 || shards > std::uint64_t(kMaxShards))
        return fail(tr("bad shard count %1").arg(shards));
    reader.m_shards = int(shards);

    reader.m_entries.reserve(table->entries().size());
    for (const auto& kv : table->entries()) {
        if (kv.key.isEmpty())
            continue;
        TfTensorEntry e;
        e.name = QString::fromUtf8(kv.key);
        if (!parseEntry(kv.value, &e))
            return fail(tr("corrupt entry for tensor '%1'").arg(e.name));
        if (e.shard >= reader.m_shards)
            return fail(
                tr("tensor '%1' refers to shard %2 of %3").arg(e.name).arg(e.shard).arg(reader.m_shards));
        if (const int bytes = elementSize(e.dtype); bytes > 0 && !e.sliced) {
            // The declared size must be exactly what the shape needs; overflow means a hostile shape.
            std::int64_t count = 1;
            for (auto d : e.shape) {
                if (d != 0 && count > std::numeric_limits<std::int64_t>::max() / bytes / d) {
                    count = -1;
                    break;
                }
                count *= d;
            }
            if (count < 0 || count * bytes != e.size)
                return fail(tr("tensor '%1' has shape %2 of %3 but %4 bytes")
                                .arg(e.name, shapeString(e.shape), tfDataTypeName(e.dtype))
                                .arg(e.size));
        }
        if (e.offset > std::numeric_limits<std::int64_t>::max() - e.size)
            return fail(tr("tensor '%1' has an impossible offset").arg(e.name));
        reader.m_entries.push_back(std::move(e));
    }
    // The table is in byte order; entry() searches in QString order (they differ only beyond ASCII).
    std::sort(reader.m_entries.begin(), reader.m_entries.end(),
              [](const TfTensorEntry& a, const TfTensorEntry& b) { return a.name < b.name; });
    return reader;
}

QString TfCheckpointReader::shardPath(int shard) const {
    return m_prefix + QStringLiteral(".data-%1-of-%2")
                          .arg(shard, 5, 10, QLatin1Char('0'))
                          .arg(m_shards, 5, 10, QLatin1Char('0'));
}

const TfTensorEntry* TfCheckpointReader::entry(const QString& name) const {
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), name,
                               [](const TfTensorEntry& e, const QString& n) { return e.name < n; });
    return it != m_entries.end() && it->name == name ? &*it : nullptr;
}

QStringList TfCheckpointReader::names() const {
    QStringList out;
    out.reserve(qsizetype(m_entries.size()));
    for (const auto& e : m_entries)
        out << e.name;
    return out;
}

Result<Tensor> TfCheckpointReader::readTensor(const QString& name) const {
    auto map = readTensors({name});
    if (!map)
        return Error{map.errorString()};
    return std::move(map->begin()->second);
}

Result<TensorMap> TfCheckpointReader::readTensors(const QStringList& names) const {
    // Group by shard and sort by offset, so each data file is opened once and read front to back.
    std::map<int, std::vector<const TfTensorEntry*>> byShard;
    for (const auto& name : names) {
        const TfTensorEntry* e = entry(name);
        if (!e)
            return Error{indexPath() + QStringLiteral(": ") + tr("no tensor named '%1'").arg(name)};
        if (e->sliced || !e->isFloat())
            return Error{indexPath() + QStringLiteral(": ") +
                         tr("tensor '%1' is %2, not a float tensor")
                             .arg(name, e->sliced ? tr("partitioned") : tfDataTypeName(e->dtype))};
        byShard[e->shard].push_back(e);
    }

    TensorMap out;
    for (auto& [shard, list] : byShard) {
        std::sort(list.begin(), list.end(), [](auto a, auto b) { return a->offset < b->offset; });
        const QString path = shardPath(shard);
        auto fail = [&](const QString& reason) { return Error{path + QStringLiteral(": ") + reason}; };
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("cannot open (%1)").arg(file.errorString()));
        const qint64 fileSize = file.size();
        QByteArray scratch;
        for (const TfTensorEntry* e : list) {
            // Checked before allocating anything, so a hostile index cannot make us reserve memory.
            if (e->offset > fileSize || e->size > fileSize - e->offset)
                return fail(tr("tensor '%1' (offset %2, %3 bytes) lies beyond the end of the file (%4 bytes)")
                                .arg(e->name)
                                .arg(e->offset)
                                .arg(e->size)
                                .arg(fileSize));
            Tensor t(e->shape);
            char* dst = reinterpret_cast<char*>(t.data());
            if (e->dtype != int(TfDataType::Float)) {
                scratch.resize(qsizetype(e->size));
                dst = scratch.data();
            }
            if (!file.seek(e->offset) || file.read(dst, e->size) != e->size)
                return fail(tr("cannot read tensor '%1' (%2)").arg(e->name, file.errorString()));
            if (crc32c::value(dst, std::size_t(e->size)) != e->crc32c)
                return fail(tr("checksum mismatch in tensor '%1'").arg(e->name));
            switch (TfDataType(e->dtype)) {
            case TfDataType::Half:
                halfToFloat(dst, t.data(), t.size());
                break;
            case TfDataType::BFloat16:
                bfloat16ToFloat(dst, t.data(), t.size());
                break;
            case TfDataType::Double:
                doubleToFloat(dst, t.data(), t.size());
                break;
            default:
                break;
            }
            out.insert_or_assign(e->name, std::move(t));
        }
    }
    return out;
}

Result<TensorMap> TfCheckpointReader::read(const QString& prefix) {
    auto reader = open(prefix);
    if (!reader)
        return Error{reader.errorString()};
    QStringList names;
    for (const auto& e : reader->entries())
        if (e.isFloat() && !e.sliced)
            names << e.name;
    return reader->readTensors(names);
}

} // namespace bertlab::core
