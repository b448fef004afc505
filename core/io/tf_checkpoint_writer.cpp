#include "core/io/tf_checkpoint_writer.h"

#include "core/translation.h"

#include "core/io/crc32.h"
#include "core/io/proto_writer.h"
#include "core/io/sstable_writer.h"
#include "core/io/tf_checkpoint_reader.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <filesystem>

static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "checkpoint data is written as little-endian bytes");

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"TfCheckpointWriter", "bertlab::core::Item"});
}

// One tensor to store: its key in the table and its raw little-endian bytes.
struct Item {
    QByteArray key;
    int dtype = 0;
    Shape shape;
    const char* data = nullptr;
    qint64 size = 0;
};

// TensorShapeProto: repeated Dim dim = 2 (Dim: int64 size = 1, left out when 0).
QByteArray shapeProto(const Shape& shape) {
    ProtoWriter out;
    for (auto d : shape) {
        ProtoWriter dim;
        if (d != 0)
            dim.varint(1, std::uint64_t(d));
        out.bytes(2, dim.data());
    }
    return out.data();
}

// BundleEntryProto: dtype = 1, shape = 2, shard_id = 3, offset = 4, size = 5, crc32c = 6 (masked).
// Zero values are left out and the shape is always present, as protobuf serializes TensorFlow's entry.
QByteArray entryProto(const Item& item, qint64 offset, std::uint32_t crc) {
    ProtoWriter out;
    out.varint(1, std::uint64_t(item.dtype));
    out.bytes(2, shapeProto(item.shape));
    if (offset != 0)
        out.varint(4, std::uint64_t(offset));
    if (item.size != 0)
        out.varint(5, std::uint64_t(item.size));
    if (const std::uint32_t masked = crc32c::mask(crc); masked != 0)
        out.fixed32(6, masked);
    return out.data();
}

// BundleHeaderProto: num_shards = 1, endianness = 2 (LITTLE = 0, left out), version = 3 (VersionDef:
// producer = 1 is TensorFlow's kTensorBundleVersion; min_consumer 0 is left out).
QByteArray headerProto() {
    ProtoWriter version;
    version.varint(1, 1);
    ProtoWriter out;
    out.varint(1, 1);
    out.bytes(3, version.data());
    return out.data();
}

QString writeError(const QString& path, const QFileDevice& file) {
    return path + QStringLiteral(": ") + tr("cannot write (%1)").arg(file.errorString());
}

} // namespace

Status writeTfCheckpoint(const QString& prefix, const TensorMap& tensors,
                         const TfCheckpointWriteOptions& options) {
    const QString indexPath = prefix + QStringLiteral(".index");
    const QString dataPath = prefix + QStringLiteral(".data-00000-of-00001");
    auto fail = [&](const QString& reason) { return Error{indexPath + QStringLiteral(": ") + reason}; };

    // Everything is checked before a file is touched.
    if (QFileInfo(prefix).fileName().isEmpty())
        return Error{prefix + QStringLiteral(": ") + tr("the checkpoint prefix names no file")};
    std::vector<Item> items;
    items.reserve(tensors.size() + 1);
    for (const auto& [name, tensor] : tensors) {
        if (name.isEmpty())
            return fail(tr("a tensor has an empty name (reserved for the bundle header)"));
        if (std::any_of(tensor.shape().begin(), tensor.shape().end(), [](auto d) { return d < 0; }) ||
            Tensor::elementCount(tensor.shape()) != tensor.size())
            return fail(tr("tensor '%1' holds %2 values, which does not match its shape")
                            .arg(name)
                            .arg(tensor.size()));
        items.push_back({name.toUtf8(), int(TfDataType::Float), tensor.shape(),
                         reinterpret_cast<const char*>(tensor.data()),
                         tensor.size() * qint64(sizeof(float))});
    }
    const std::int64_t step = options.globalStep.value_or(0);
    if (options.globalStep) {
        if (tensors.count(QStringLiteral("global_step")))
            return fail(tr("a tensor named 'global_step' is given besides the global step"));
        items.push_back({QByteArrayLiteral("global_step"),
                         int(TfDataType::Int64),
                         {},
                         reinterpret_cast<const char*>(&step),
                         qint64(sizeof(step))});
    }
    // The table wants byte order (it differs from QString order beyond the BMP), and so does the data
    // shard: TensorFlow's SaveV2 sorts the names before writing.
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.key < b.key; });
    for (std::size_t i = 1; i < items.size(); ++i)
        if (items[i - 1].key == items[i].key)
            return fail(tr("two tensors have the name '%1' in UTF-8").arg(QString::fromUtf8(items[i].key)));

    const QString directory = QFileInfo(prefix).absolutePath();
    if (!QDir().mkpath(directory))
        return Error{directory + QStringLiteral(": ") + tr("cannot create the folder")};

    // QSaveFile writes to a temporary name and renames only on commit; destroyed uncommitted (any
    // early return), it removes the temporary file and leaves the existing one as it was.
    QSaveFile data(dataPath);
    if (!data.open(QIODevice::WriteOnly))
        return Error{writeError(dataPath, data)};
    SsTableWriter table(SsTableWriter::Options{std::max<qsizetype>(options.indexBlockSize, 64), 16});
    table.add(QByteArrayView(), headerProto());
    qint64 offset = 0;
    for (const Item& item : items) {
        if (item.size > 0 && data.write(item.data, item.size) != item.size)
            return Error{writeError(dataPath, data)};
        const std::uint32_t crc = crc32c::value(item.data, std::size_t(item.size));
        table.add(item.key, entryProto(item, offset, crc));
        offset += item.size;
    }
    const QByteArray indexBytes = table.finish();
    QSaveFile index(indexPath);
    if (!index.open(QIODevice::WriteOnly) || index.write(indexBytes) != indexBytes.size())
        return Error{writeError(indexPath, index)};

    // The old shard stays reachable until the new index is in place, so that a failed index rename can
    // put it back: a hard link costs nothing (a copy where the file system has no links).
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path dataFile(dataPath.toStdU16String());
    const fs::path backup(QString(dataPath + QStringLiteral(".bertlab-old")).toStdU16String());
    bool backedUp = false;
    if (fs::is_regular_file(dataFile, ec)) {
        fs::remove(backup, ec);
        fs::create_hard_link(dataFile, backup, ec);
        backedUp = !ec || fs::copy_file(dataFile, backup, fs::copy_options::overwrite_existing, ec);
    }
    if (!data.commit()) {
        fs::remove(backup, ec);
        return Error{writeError(dataPath, data)};
    }
    if (!index.commit()) {
        if (backedUp)
            fs::rename(backup, dataFile, ec);
        else
            fs::remove(dataFile, ec);
        return Error{writeError(indexPath, index)};
    }
    fs::remove(backup, ec);

    // A replaced checkpoint may have had more shards: they belong to no index any more.
    const QDir dir(directory);
    const QString base = QFileInfo(prefix).fileName();
    const QRegularExpression shardPattern(QStringLiteral("^") + QRegularExpression::escape(base) +
                                          QStringLiteral("\\.data-\\d{5}-of-\\d{5}$"));
    const QString ours = QFileInfo(dataPath).fileName();
    for (const QString& name : dir.entryList({base + QStringLiteral(".data-*")}, QDir::Files)) {
        if (name != ours && shardPattern.match(name).hasMatch() && !QFile::remove(dir.filePath(name)))
            qCWarning(lcIo) << "cannot remove the stale shard" << dir.filePath(name);
    }
    qCDebug(lcIo) << "wrote" << indexPath << items.size() << "tensors," << offset << "bytes in"
                  << table.dataBlockCount() << "index blocks";
    return Ok{};
}

} // namespace bertlab::core
