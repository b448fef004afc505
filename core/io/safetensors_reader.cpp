#include "core/io/safetensors_reader.h"

#include "core/translation.h"

#include "core/io/float_conversion.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "safetensors data is read as little-endian floats");

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(
        text, {"SafetensorsReader", "bertlab::core::SafetensorsReader", "bertlab::core::SafetensorsEntry"});
}

int elementSize(const QString& dtype) {
    static const QMap<QString, int> sizes{
        {QStringLiteral("F64"), 8},  {QStringLiteral("F32"), 4},     {QStringLiteral("F16"), 2},
        {QStringLiteral("BF16"), 2}, {QStringLiteral("I64"), 8},     {QStringLiteral("I32"), 4},
        {QStringLiteral("I16"), 2},  {QStringLiteral("I8"), 1},      {QStringLiteral("U64"), 8},
        {QStringLiteral("U32"), 4},  {QStringLiteral("U16"), 2},     {QStringLiteral("U8"), 1},
        {QStringLiteral("BOOL"), 1}, {QStringLiteral("F8_E4M3"), 1}, {QStringLiteral("F8_E5M2"), 1},
    };
    return sizes.value(dtype, 0);
}

// A JSON number that is an exact non-negative integer (JSON numbers arrive as doubles).
bool toCount(const QJsonValue& v, qint64* out) {
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(d >= 0) || d > 9007199254740992.0 || std::floor(d) != d)
        return false;
    *out = qint64(d);
    return true;
}

} // namespace

bool SafetensorsEntry::isFloat() const {
    return dtype == u"F32" || dtype == u"F16" || dtype == u"BF16" || dtype == u"F64";
}

Result<SafetensorsReader> SafetensorsReader::open(const QString& path) {
    auto fail = [&](const QString& reason) { return Error{path + QStringLiteral(": ") + reason}; };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open (%1)").arg(file.errorString()));
    const qint64 fileSize = file.size();
    unsigned char lengthBytes[8];
    if (fileSize < 8 || file.read(reinterpret_cast<char*>(lengthBytes), 8) != 8)
        return fail(tr("too short for a safetensors file (%1 bytes)").arg(fileSize));
    quint64 headerSize = 0;
    for (int i = 7; i >= 0; --i)
        headerSize = (headerSize << 8) | lengthBytes[i];
    if (headerSize > quint64(fileSize - 8))
        return fail(tr("header length %1 exceeds the file size (%2 bytes)").arg(headerSize).arg(fileSize));
    if (headerSize > quint64(kMaxHeaderSize))
        return fail(tr("header length %1 exceeds the limit of %2 bytes").arg(headerSize).arg(kMaxHeaderSize));
    const QByteArray header = file.read(qint64(headerSize));
    if (header.size() != qsizetype(headerSize))
        return fail(tr("read error (%1)").arg(file.errorString()));
    if (!header.startsWith('{'))
        return fail(tr("header is not a JSON object"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(header, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("header is not valid JSON (%1 at offset %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));

    SafetensorsReader reader;
    reader.m_path = path;
    reader.m_dataStart = 8 + qint64(headerSize);
    const qint64 dataSize = fileSize - reader.m_dataStart;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString& name = it.key();
        if (name == u"__metadata__") {
            if (!it.value().isObject())
                return fail(tr("__metadata__ is not an object"));
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m.value().isString())
                    return fail(tr("__metadata__ value '%1' is not a string").arg(m.key()));
                reader.m_metadata.insert(m.key(), m.value().toString());
            }
            continue;
        }
        if (!it.value().isObject())
            return fail(tr("entry '%1' is not an object").arg(name));
        const QJsonObject info = it.value().toObject();
        SafetensorsEntry e;
        e.name = name;
        e.dtype = info.value(u"dtype").toString();
        const int bytes = elementSize(e.dtype);
        if (bytes == 0)
            return fail(tr("tensor '%1' has unknown dtype '%2'")
                            .arg(name, info.value(u"dtype").toVariant().toString()));
        const QJsonValue shapeValue = info.value(u"shape");
        if (!shapeValue.isArray() || shapeValue.toArray().size() > 16)
            return fail(tr("tensor '%1' has no valid shape").arg(name));
        // Element count with overflow checks: a hostile shape must not wrap around to a small size.
        qint64 count = 1;
        for (const QJsonValue& d : shapeValue.toArray()) {
            qint64 dim = 0;
            if (!toCount(d, &dim))
                return fail(tr("tensor '%1' has no valid shape").arg(name));
            if (dim != 0 && count > std::numeric_limits<qint64>::max() / bytes / dim)
                return fail(tr("tensor '%1' has an impossibly large shape").arg(name));
            count *= dim;
            e.shape.push_back(dim);
        }
        const QJsonArray offsets = info.value(u"data_offsets").toArray();
        if (offsets.size() != 2 || !toCount(offsets[0], &e.begin) || !toCount(offsets[1], &e.end) ||
            e.begin > e.end)
            return fail(tr("tensor '%1' has invalid data_offsets").arg(name));
        if (e.end > dataSize)
            return fail(tr("tensor '%1' (bytes %2 to %3) lies beyond the end of the data (%4 bytes)")
                            .arg(name)
                            .arg(e.begin)
                            .arg(e.end)
                            .arg(dataSize));
        if (e.end - e.begin != count * bytes)
            return fail(tr("tensor '%1' has %2 bytes but its shape and dtype need %3")
                            .arg(name)
                            .arg(e.end - e.begin)
                            .arg(count * bytes));
        reader.m_entries.push_back(std::move(e));
    }

    // The byte ranges must tile the data section exactly: no overlaps, no gaps, nothing trailing.
    std::vector<const SafetensorsEntry*> byOffset;
    for (const auto& e : reader.m_entries)
        byOffset.push_back(&e);
    std::sort(byOffset.begin(), byOffset.end(),
              [](auto a, auto b) { return a->begin != b->begin ? a->begin < b->begin : a->end < b->end; });
    qint64 position = 0;
    for (const SafetensorsEntry* e : byOffset) {
        if (e->begin < position)
            return fail(tr("tensor '%1' overlaps another tensor").arg(e->name));
        if (e->begin > position)
            return fail(tr("gap in the data before tensor '%1'").arg(e->name));
        position = e->end;
    }
    if (position != dataSize)
        return fail(tr("the tensors cover %1 of %2 data bytes").arg(position).arg(dataSize));

    std::sort(reader.m_entries.begin(), reader.m_entries.end(),
              [](const SafetensorsEntry& a, const SafetensorsEntry& b) { return a.name < b.name; });
    return reader;
}

const SafetensorsEntry* SafetensorsReader::entry(const QString& name) const {
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), name,
                               [](const SafetensorsEntry& e, const QString& n) { return e.name < n; });
    return it != m_entries.end() && it->name == name ? &*it : nullptr;
}

QStringList SafetensorsReader::names() const {
    QStringList out;
    for (const auto& e : m_entries)
        out << e.name;
    return out;
}

Result<Tensor> SafetensorsReader::readTensor(const QString& name) const {
    auto map = readTensors({name});
    if (!map)
        return Error{map.errorString()};
    return std::move(map->begin()->second);
}

Result<TensorMap> SafetensorsReader::readTensors(const QStringList& names) const {
    auto fail = [&](const QString& reason) { return Error{m_path + QStringLiteral(": ") + reason}; };
    std::vector<const SafetensorsEntry*> list;
    for (const auto& name : names) {
        const SafetensorsEntry* e = entry(name);
        if (!e)
            return fail(tr("no tensor named '%1'").arg(name));
        if (!e->isFloat())
            return fail(tr("tensor '%1' is %2, not a float tensor").arg(name, e->dtype));
        list.push_back(e);
    }
    std::sort(list.begin(), list.end(), [](auto a, auto b) { return a->begin < b->begin; });

    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open (%1)").arg(file.errorString()));
    // The file may have changed since open(): sizes are checked again before allocating.
    const qint64 fileSize = file.size();
    TensorMap out;
    QByteArray scratch;
    for (const SafetensorsEntry* e : list) {
        const qint64 bytes = e->end - e->begin;
        if (m_dataStart + e->end > fileSize)
            return fail(tr("tensor '%1' lies beyond the end of the file").arg(e->name));
        Tensor t(e->shape);
        char* dst = reinterpret_cast<char*>(t.data());
        if (e->dtype != u"F32") {
            scratch.resize(qsizetype(bytes));
            dst = scratch.data();
        }
        if (!file.seek(m_dataStart + e->begin) || file.read(dst, bytes) != bytes)
            return fail(tr("cannot read tensor '%1' (%2)").arg(e->name, file.errorString()));
        if (e->dtype == u"F16")
            halfToFloat(dst, t.data(), t.size());
        else if (e->dtype == u"BF16")
            bfloat16ToFloat(dst, t.data(), t.size());
        else if (e->dtype == u"F64")
            doubleToFloat(dst, t.data(), t.size());
        out.insert_or_assign(e->name, std::move(t));
    }
    return out;
}

Result<TensorMap> SafetensorsReader::read(const QString& path) {
    auto reader = open(path);
    if (!reader)
        return Error{reader.errorString()};
    QStringList names;
    for (const auto& e : reader->entries())
        if (e.isFloat())
            names << e.name;
    return reader->readTensors(names);
}

} // namespace bertlab::core
