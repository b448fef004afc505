#include "core/io/safetensors_writer.h"

#include "core/translation.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFloat16>
#include <QSaveFile>

#include <algorithm>
#include <vector>

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "safetensors data is written as little-endian floats");

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"SafetensorsWriter", "bertlab::core::Item"});
}

// A JSON string as serde_json writes it (the reference implementation's serializer): the two-character
// escapes where JSON has them, \u00xx for other control characters, everything else as UTF-8.
void appendJsonString(QByteArray* out, const QByteArray& utf8) {
    out->append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out->append("\\u00");
                out->append(hex[(c >> 4) & 0xf]);
                out->append(hex[c & 0xf]);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

struct Item {
    QByteArray key;
    const Tensor* tensor = nullptr;
};

} // namespace

Status writeSafetensors(const QString& path, const TensorMap& tensors, const QMap<QString, QString>& metadata,
                        SafetensorsDtype dtype) {
    const bool half = dtype == SafetensorsDtype::F16;
    const qint64 elementBytes = half ? 2 : 4;
    auto fail = [&](const QString& reason) { return Error{path + QStringLiteral(": ") + reason}; };

    std::vector<Item> items;
    items.reserve(tensors.size());
    for (const auto& [name, tensor] : tensors) {
        if (name.isEmpty() || name == u"__metadata__")
            return fail(tr("'%1' cannot name a tensor").arg(name));
        if (std::any_of(tensor.shape().begin(), tensor.shape().end(), [](auto d) { return d < 0; }) ||
            Tensor::elementCount(tensor.shape()) != tensor.size())
            return fail(tr("tensor '%1' holds %2 values, which does not match its shape")
                            .arg(name)
                            .arg(tensor.size()));
        items.push_back({name.toUtf8(), &tensor});
    }
    // The reference orders by dtype, then by name as bytes; every tensor here has the same dtype.
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.key < b.key; });
    for (std::size_t i = 1; i < items.size(); ++i)
        if (items[i - 1].key == items[i].key)
            return fail(tr("two tensors have the name '%1' in UTF-8").arg(QString::fromUtf8(items[i].key)));

    QByteArray header = "{";
    if (!metadata.isEmpty()) {
        // Sorted by key (QMap order compared as UTF-16; the same for every name a model uses).
        header.append("\"__metadata__\":{");
        bool first = true;
        for (auto it = metadata.begin(); it != metadata.end(); ++it) {
            if (!first)
                header.append(',');
            first = false;
            appendJsonString(&header, it.key().toUtf8());
            header.append(':');
            appendJsonString(&header, it.value().toUtf8());
        }
        header.append('}');
    }
    qint64 offset = 0;
    for (const Item& item : items) {
        if (header.size() > 1)
            header.append(',');
        appendJsonString(&header, item.key);
        header.append(half ? ":{\"dtype\":\"F16\",\"shape\":[" : ":{\"dtype\":\"F32\",\"shape\":[");
        const Shape& shape = item.tensor->shape();
        for (std::size_t d = 0; d < shape.size(); ++d) {
            if (d > 0)
                header.append(',');
            header.append(QByteArray::number(shape[d]));
        }
        const qint64 end = offset + item.tensor->size() * elementBytes;
        header += "],\"data_offsets\":[" + QByteArray::number(offset) + ',' + QByteArray::number(end) + "]}";
        offset = end;
    }
    header.append('}');
    // Padding keeps the data 8-byte aligned for readers that map the file.
    header.append((8 - header.size() % 8) % 8, ' ');

    QByteArray length(8, '\0');
    for (int i = 0; i < 8; ++i)
        length[i] = char((quint64(header.size()) >> (8 * i)) & 0xff);

    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory))
        return Error{directory + QStringLiteral(": ") + tr("cannot create the folder")};
    QSaveFile file(path);
    auto writeFailed = [&] { return fail(tr("cannot write (%1)").arg(file.errorString())); };
    if (!file.open(QIODevice::WriteOnly) || file.write(length) != 8 || file.write(header) != header.size())
        return writeFailed();
    std::vector<qfloat16> halves;
    for (const Item& item : items) {
        const qint64 bytes = item.tensor->size() * elementBytes;
        const char* data = reinterpret_cast<const char*>(item.tensor->data());
        if (half && bytes > 0) {
            halves.resize(std::size_t(item.tensor->size()));
            qFloatToFloat16(halves.data(), item.tensor->data(), item.tensor->size());
            data = reinterpret_cast<const char*>(halves.data());
        }
        if (bytes > 0 && file.write(data, bytes) != bytes)
            return writeFailed();
    }
    if (!file.commit())
        return writeFailed();
    qCDebug(lcIo) << "wrote" << path << items.size() << "tensors," << offset << "bytes";
    return Ok{};
}

} // namespace bertlab::core
