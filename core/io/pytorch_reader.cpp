#include "core/io/pytorch_reader.h"

#include "core/io/float_conversion.h"
#include "core/translation.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::PytorchReader", "bertlab::core"});
}

using Kind = PickleValue::Kind;

const QString kRebuildTensor = QStringLiteral("torch._utils._rebuild_tensor_v2");
const QString kRebuildParameter = QStringLiteral("torch._utils._rebuild_parameter");

struct StorageType {
    const char* name;
    const char* dtype;
    int elementSize;
};
constexpr StorageType kStorageTypes[] = {
    {"FloatStorage", "F32", 4},  {"HalfStorage", "F16", 2}, {"BFloat16Storage", "BF16", 2},
    {"DoubleStorage", "F64", 8}, {"LongStorage", "I64", 8}, {"IntStorage", "I32", 4},
    {"ShortStorage", "I16", 2},  {"CharStorage", "I8", 1},  {"ByteStorage", "U8", 1},
    {"BoolStorage", "BOOL", 1},
};

const StorageType* storageType(const QString& global) {
    for (const StorageType& t : kStorageTypes)
        if (global == QStringLiteral("torch.") + QLatin1String(t.name))
            return &t;
    return nullptr;
}

PickleReader::Options pickleOptions() {
    PickleReader::Options options;
    options.allowedGlobals = {QStringLiteral("collections.OrderedDict"), kRebuildTensor, kRebuildParameter};
    for (const StorageType& t : kStorageTypes)
        options.allowedGlobals.insert(QStringLiteral("torch.") + QLatin1String(t.name));
    return options;
}

// torch.save's magic number, 0x1950a86a20f9469cfc6c, as pickle's LONG1 stores it (little-endian).
const QByteArray kLegacyMagic = QByteArray::fromHex("6cfc9c46f9206aa85019");
constexpr qint64 kLegacyProtocol = 1001;
constexpr qint64 kMaxDimension = qint64(1) << 40;
constexpr qint64 kMaxElements = qint64(1) << 48;

bool isPlainKey(const QString& key) {
    return !key.isEmpty() && key.size() <= 256 && !key.contains(u'/') && !key.contains(u'\\') &&
           !key.contains(QChar(0)) && key != QLatin1String(".") && key != QLatin1String("..");
}

} // namespace

bool PytorchEntry::isFloat() const {
    return dtype == u"F32" || dtype == u"F16" || dtype == u"BF16" || dtype == u"F64";
}

Result<PytorchReader> PytorchReader::open(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{shown + QStringLiteral(": ") + tr("cannot open (%1)").arg(file.errorString())};
    const QByteArray head = file.read(512);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return openZip(path);
    if (head.startsWith("\x80\x02\x8a\x0a"))
        return openLegacy(path);
    if (head.size() >= 262 && head.mid(257, 5) == "ustar")
        return Error{
            shown + QStringLiteral(": ") +
            tr("a PyTorch file in the tar layout of PyTorch 0.3 and earlier is not supported; load it "
               "with PyTorch and save it again")};
    return Error{shown + QStringLiteral(": ") +
                 tr("not a PyTorch file (neither the zip layout of torch.save nor its legacy layout)")};
}

Result<PytorchReader> PytorchReader::openZip(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString& reason) { return Error{shown + QStringLiteral(": ") + reason}; };
    auto zip = ZipReader::open(path);
    if (!zip)
        return Error{zip.errorString()};
    // Every record is under one folder, the archive's name when it was saved (often "archive").
    QString prefix;
    for (const ZipEntry& e : zip->entries()) {
        const qsizetype slash = e.name.indexOf(u'/');
        if (slash <= 0)
            return fail(tr("entry '%1' is not inside the archive's folder").arg(e.name.left(200)));
        if (prefix.isEmpty())
            prefix = e.name.left(slash);
        else if (e.name.left(slash) != prefix)
            return fail(tr("entries '%1/…' and '%2' are in different folders").arg(prefix, e.name.left(200)));
    }
    if (prefix.isEmpty())
        return fail(tr("the archive is empty"));
    const QString pickleName = prefix + QStringLiteral("/data.pkl");
    if (!zip->entry(pickleName))
        return fail(tr("not a PyTorch file (the archive has no %1)").arg(pickleName));
    if (zip->entry(prefix + QStringLiteral("/byteorder"))) {
        auto order = zip->read(prefix + QStringLiteral("/byteorder"), 16);
        if (!order)
            return Error{order.errorString()};
        if (order->trimmed() != "little")
            return fail(tr("the tensors are stored big-endian ('%1'); only little-endian files are read")
                            .arg(QString::fromLatin1(order->left(16))));
    }
    auto bytes = zip->read(pickleName, kMaxPickleSize);
    if (!bytes)
        return Error{bytes.errorString()};
    const QString source = shown + QStringLiteral(" (") + pickleName + u')';
    auto pickle = PickleReader::parse(*bytes, 0, source, pickleOptions());
    if (!pickle)
        return Error{pickle.errorString()};

    PytorchReader reader;
    reader.m_path = path;
    if (auto s = reader.readStateDict(*pickle, source, false); !s)
        return Error{s.errorString()};
    for (auto& [key, storage] : reader.m_storages) {
        storage.zipEntry = prefix + QStringLiteral("/data/") + key;
        const ZipEntry* e = zip->entry(storage.zipEntry);
        if (!e)
            return fail(tr("storage '%1' is missing (no entry %2)").arg(key, storage.zipEntry));
        if (e->size < storage.elements * storage.elementSize)
            return fail(tr("storage '%1' holds %2 bytes, fewer than its %3 elements need")
                            .arg(key)
                            .arg(e->size)
                            .arg(storage.elements));
    }
    reader.m_zip = std::move(*zip);
    return reader;
}

Result<PytorchReader> PytorchReader::openLegacy(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString& reason) { return Error{shown + QStringLiteral(": ") + reason}; };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open (%1)").arg(file.errorString()));
    const qint64 fileSize = file.size();
    const PickleReader::Options options = pickleOptions();

    // The five pickles are small next to the storages after them: read more of the file only as needed.
    for (qint64 headSize = 1 << 20;; headSize *= 2) {
        headSize = std::min({headSize, fileSize, kMaxPickleSize});
        if (!file.seek(0))
            return fail(tr("cannot read (%1)").arg(file.errorString()));
        const QByteArray head = file.read(headSize);
        if (head.size() != headSize)
            return fail(tr("cannot read (%1)").arg(file.errorString()));
        const bool wholeFileRead = headSize == fileSize;
        std::vector<PickleReader> pickles;
        bool truncated = false;
        QString error;
        qsizetype offset = 0;
        for (int i = 0; i < 5 && error.isEmpty(); ++i) {
            auto p = PickleReader::parse(head, offset, shown, options, &truncated);
            if (!p) {
                error = p.errorString();
                break;
            }
            offset = p->end();
            pickles.push_back(std::move(*p));
        }
        if (!error.isEmpty()) {
            if (truncated && !wholeFileRead && headSize < kMaxPickleSize)
                continue;
            if (truncated && !wholeFileRead)
                return fail(tr("its pickles are larger than %1 bytes").arg(kMaxPickleSize));
            return Error{error};
        }

        const PickleValue& magic = pickles[0].rootValue();
        if (magic.kind != Kind::BigInt || magic.bytes != kLegacyMagic)
            return fail(tr("not a PyTorch file (no torch.save magic number)"));
        const PickleValue& protocol = pickles[1].rootValue();
        if (protocol.kind != Kind::Int || protocol.integer != kLegacyProtocol)
            return fail(tr("unknown torch.save protocol %1").arg(pickles[1].describe(pickles[1].root())));
        const PickleValue& info = pickles[2].rootValue();
        if (info.kind != Kind::Dict)
            return fail(tr("its system information is not a dict"));
        for (std::size_t i = 0; i + 1 < info.items.size(); i += 2) {
            const PickleValue& key = pickles[2].value(info.items[i]);
            const PickleValue& value = pickles[2].value(info.items[i + 1]);
            if (key.kind == Kind::String && key.text == u"little_endian" &&
                !(value.kind == Kind::Bool && value.integer == 1))
                return fail(tr("the tensors are stored big-endian; only little-endian files are read"));
        }

        PytorchReader reader;
        reader.m_path = path;
        if (auto s = reader.readStateDict(pickles[3], shown, true); !s)
            return Error{s.errorString()};
        const PickleValue& keys = pickles[4].rootValue();
        if (keys.kind != Kind::List)
            return fail(tr("its list of storages is not a list"));
        // Each storage: its element count as a little-endian int64, then its bytes.
        qint64 position = offset;
        for (const int k : keys.items) {
            const PickleValue& key = pickles[4].value(k);
            auto storage =
                key.kind == Kind::String ? reader.m_storages.find(key.text) : reader.m_storages.end();
            if (storage == reader.m_storages.end())
                return fail(
                    tr("the storage list names %1, which no tensor uses").arg(pickles[4].describe(k)));
            if (storage->second.fileOffset != 0)
                return fail(tr("the storage list names '%1' twice").arg(key.text));
            char count[8];
            if (position > fileSize - 8 || !file.seek(position) || file.read(count, 8) != 8)
                return fail(tr("storage '%1' lies beyond the end of the file").arg(key.text));
            qint64 elements = 0;
            std::memcpy(&elements, count, 8); // little-endian, as checked above
            if (elements != storage->second.elements)
                return fail(tr("storage '%1' has %2 elements where the state dict says %3")
                                .arg(key.text)
                                .arg(elements)
                                .arg(storage->second.elements));
            storage->second.fileOffset = position + 8;
            const qint64 bytes = elements * storage->second.elementSize;
            if (bytes > fileSize - position - 8)
                return fail(tr("storage '%1' lies beyond the end of the file").arg(key.text));
            position += 8 + bytes;
        }
        for (const auto& [key, storage] : reader.m_storages)
            if (storage.fileOffset == 0)
                return fail(tr("storage '%1' is missing from the file's storage list").arg(key));
        return reader;
    }
}

Status PytorchReader::readStateDict(const PickleReader& pickle, const QString& source, bool legacy) {
    auto fail = [&](const QString& reason) { return Error{source + QStringLiteral(": ") + reason}; };
    const PickleValue& root = pickle.rootValue();
    if (root.kind != Kind::Dict)
        return fail(tr("the pickle holds %1, not a state dict").arg(pickle.describe(pickle.root())));
    auto callOf = [&](int index, const QString& function) -> const PickleValue* {
        const PickleValue& v = pickle.value(index);
        if (v.kind != Kind::Call || pickle.value(v.items[0]).text != function)
            return nullptr;
        return &pickle.value(v.items[1]);
    };
    auto intValue = [&](int index, qint64* out) {
        const PickleValue& v = pickle.value(index);
        *out = v.integer;
        return v.kind == Kind::Int;
    };

    for (std::size_t i = 0; i + 1 < root.items.size(); i += 2) {
        const PickleValue& key = pickle.value(root.items[i]);
        if (key.kind != Kind::String)
            return fail(
                tr("the state dict has a key that is not a string (%1)").arg(pickle.describe(root.items[i])));
        const QString& name = key.text;
        auto bad = [&](const QString& reason) {
            return fail(tr("tensor '%1': ").arg(name.left(200)) + reason);
        };

        int tensor = root.items[i + 1];
        if (const PickleValue* args = callOf(tensor, kRebuildParameter)) {
            if (args->items.empty())
                return bad(tr("a parameter without its tensor"));
            tensor = args->items[0];
        }
        const PickleValue* args = callOf(tensor, kRebuildTensor);
        if (!args)
            return bad(tr("%1 is not a tensor").arg(pickle.describe(tensor)));
        if (args->items.size() < 4)
            return bad(tr("its rebuild call has %1 arguments, not 4 or more").arg(args->items.size()));

        // The storage: persistent id ('storage', torch.<Type>Storage, key, location, elements[, view]).
        const PickleValue& pid = pickle.value(args->items[0]);
        const PickleValue* id = pid.kind == Kind::PersistentId ? &pickle.value(pid.items[0]) : nullptr;
        const std::size_t idSize = legacy ? 6 : 5;
        if (!id || id->kind != Kind::Tuple || id->items.size() != idSize ||
            pickle.value(id->items[0]).kind != Kind::String || pickle.value(id->items[0]).text != u"storage")
            return bad(tr("its storage is not a ('storage', type, key, location, size) record"));
        const StorageType* type = storageType(pickle.value(id->items[1]).text);
        const PickleValue& storageKey = pickle.value(id->items[2]);
        qint64 elements = 0;
        if (!type || storageKey.kind != Kind::String || !isPlainKey(storageKey.text) ||
            !intValue(id->items[4], &elements) || elements < 0 || elements > kMaxElements)
            return bad(tr("its storage record is damaged"));
        if (legacy && pickle.value(id->items[5]).kind != Kind::None)
            return bad(tr("storage views (PyTorch before 0.4) are not supported"));
        auto [storage, added] = m_storages.try_emplace(storageKey.text);
        if (added) {
            storage->second.dtype = QLatin1String(type->dtype);
            storage->second.elementSize = type->elementSize;
            storage->second.elements = elements;
        } else if (storage->second.dtype != QLatin1String(type->dtype) ||
                   storage->second.elements != elements) {
            return bad(tr("storage '%1' is described in two different ways").arg(storageKey.text));
        }

        PytorchEntry entry;
        entry.name = name;
        entry.dtype = storage->second.dtype;
        entry.storageKey = storageKey.text;
        const PickleValue& size = pickle.value(args->items[2]);
        const PickleValue& stride = pickle.value(args->items[3]);
        if (!intValue(args->items[1], &entry.storageOffset) || size.kind != Kind::Tuple ||
            stride.kind != Kind::Tuple || size.items.size() != stride.items.size() || size.items.size() > 16)
            return bad(tr("its offset, shape or strides are damaged"));
        // Every element the shape and strides reach must lie inside the storage.
        qint64 count = 1, last = entry.storageOffset;
        bool valid = entry.storageOffset >= 0 && entry.storageOffset <= kMaxElements;
        for (std::size_t d = 0; d < size.items.size() && valid; ++d) {
            qint64 dim = 0, step = 0;
            valid = intValue(size.items[d], &dim) && intValue(stride.items[d], &step) && dim >= 0 &&
                    dim <= kMaxDimension && step >= 0 && step <= kMaxElements;
            if (!valid)
                break;
            entry.shape.push_back(dim);
            entry.stride.push_back(step);
            count = dim == 0 ? 0 : count;
            valid = count == 0 || count <= kMaxElements / dim;
            count *= dim;
            if (dim > 0)
                last += (dim - 1) * step;
            valid = valid && last <= 4 * kMaxElements;
        }
        if (!valid)
            return bad(tr("its offset, shape or strides are damaged"));
        if (count > 0 && last >= elements)
            return bad(tr("it reaches element %1 of a storage of %2").arg(last).arg(elements));
        // Only broadcast (zero) strides make a tensor larger than its storage; state dicts have none, and
        // refusing them bounds what a file can make us allocate by its own size.
        if (count > elements)
            return bad(tr("it has %1 elements, more than its storage's %2").arg(count).arg(elements));
        m_entries[name] = std::move(entry);
    }
    return Ok{};
}

const PytorchEntry* PytorchReader::entry(const QString& name) const {
    const auto it = m_entries.find(name);
    return it == m_entries.end() ? nullptr : &it->second;
}

QStringList PytorchReader::names() const {
    QStringList out;
    for (const auto& [name, e] : m_entries)
        out << name;
    return out;
}

Result<QByteArray> PytorchReader::readStorageBytes(const Storage& storage, qint64 firstElement,
                                                   qint64 elements) const {
    const qint64 offset = firstElement * storage.elementSize;
    const qint64 length = elements * storage.elementSize;
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    if (m_zip) {
        const ZipEntry* e = m_zip->entry(storage.zipEntry);
        if (!e)
            return Error{QDir::toNativeSeparators(m_path) + QStringLiteral(": ") +
                         tr("no entry %1").arg(storage.zipEntry)};
        // ZipReader checks the CRC when the range is the whole entry (one tensor per storage, as usual).
        if (auto s = m_zip->readRange(*e, offset, length, bytes.data()); !s)
            return Error{s.errorString()};
        return bytes;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || storage.fileOffset + offset + length > file.size() ||
        !file.seek(storage.fileOffset + offset) || file.read(bytes.data(), length) != length)
        return Error{QDir::toNativeSeparators(m_path) + QStringLiteral(": ") +
                     tr("cannot read a storage (%1)").arg(file.errorString())};
    return bytes;
}

Result<TensorMap> PytorchReader::readTensors(const QStringList& names) const {
    const QString shown = QDir::toNativeSeparators(m_path);
    TensorMap out;
    for (const QString& name : names) {
        auto fail = [&](const QString& reason) { return Error{shown + QStringLiteral(": ") + reason}; };
        const PytorchEntry* e = entry(name);
        if (!e)
            return fail(tr("no tensor named '%1'").arg(name));
        if (!e->isFloat())
            return fail(tr("tensor '%1' is %2, not a float tensor").arg(name, e->dtype));
        const Storage& storage = m_storages.at(e->storageKey);
        Tensor t(e->shape);
        const qint64 count = t.size();
        if (count == 0) {
            out.emplace(name, std::move(t));
            continue;
        }
        // Row-major strides (dimensions of size 1 may have any stride) read as one range.
        bool contiguous = true;
        qint64 expected = 1, last = 0;
        for (int d = int(e->shape.size()) - 1; d >= 0; --d) {
            if (e->shape[std::size_t(d)] != 1 && e->stride[std::size_t(d)] != expected)
                contiguous = false;
            expected *= e->shape[std::size_t(d)];
            last += (e->shape[std::size_t(d)] - 1) * e->stride[std::size_t(d)];
        }
        const int es = storage.elementSize;
        QByteArray packed;
        if (contiguous) {
            auto bytes = readStorageBytes(storage, e->storageOffset, count);
            if (!bytes)
                return Error{bytes.errorString()};
            packed = std::move(*bytes);
        } else {
            auto span = readStorageBytes(storage, e->storageOffset, last + 1);
            if (!span)
                return Error{span.errorString()};
            packed.resize(qsizetype(count * es));
            std::vector<qint64> index(e->shape.size(), 0);
            for (qint64 n = 0; n < count; ++n) {
                qint64 at = 0;
                for (std::size_t d = 0; d < index.size(); ++d)
                    at += index[d] * e->stride[d];
                std::memcpy(packed.data() + n * es, span->constData() + at * es, std::size_t(es));
                for (int d = int(index.size()) - 1; d >= 0; --d) {
                    if (++index[std::size_t(d)] < e->shape[std::size_t(d)])
                        break;
                    index[std::size_t(d)] = 0;
                }
            }
        }
        if (e->dtype == u"F32")
            std::memcpy(t.data(), packed.constData(), std::size_t(count) * 4);
        else if (e->dtype == u"F16")
            halfToFloat(packed.constData(), t.data(), count);
        else if (e->dtype == u"BF16")
            bfloat16ToFloat(packed.constData(), t.data(), count);
        else
            doubleToFloat(packed.constData(), t.data(), count);
        out.emplace(name, std::move(t));
    }
    return out;
}

} // namespace bertlab::core
