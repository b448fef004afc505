#pragma once

#include "core/io/pickle_reader.h"
#include "core/io/tensor_map.h"
#include "core/io/zip_reader.h"
#include "core/result.h"
#include "core/tensor/tensor.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace bertlab::core {

struct PytorchEntry {
    QString name;
    QString dtype; // as safetensors names them: "F32", "F16", "BF16", "F64", "I64", …
    Shape shape;
    std::vector<qint64> stride; // in elements
    qint64 storageOffset = 0;   // in elements
    QString storageKey;

    bool isFloat() const;
};

// Reads the state dict that torch.save wrote (pytorch_model.bin), without PyTorch and without running
// any of the file's code: the pickle is read by PickleReader, which accepts only the globals a state dict
// of tensors uses (collections.OrderedDict, torch._utils._rebuild_tensor_v2 / _rebuild_parameter and the
// torch.*Storage types); anything else is refused with an error naming the file and the object.
// Both layouts torch.save has written since PyTorch 1.0 are read:
//  - zip (PyTorch >= 1.6): <prefix>/data.pkl and one stored entry per storage, <prefix>/data/<key>;
//  - legacy (before 1.6, or _use_new_zipfile_serialization=False): five pickles in a row (magic number,
//    protocol 1001, system info, the state dict, the storage keys), then each storage as its element count
//    (int64) and its bytes.
// Tensors may share a storage (tied weights) and have any strides; every extent is checked against its
// storage. Layout: torch/serialization.py (_save, _legacy_save, _load, _legacy_load).
class PytorchReader final {
public:
    static constexpr qint64 kMaxPickleSize = 256 << 20;

    static Result<PytorchReader> open(const QString& path);

    const QString& path() const { return m_path; }
    bool isLegacy() const { return !m_zip.has_value(); }
    const PytorchEntry* entry(const QString& name) const;
    QStringList names() const; // sorted

    Result<TensorMap> readTensors(const QStringList& names) const;

private:
    struct Storage {
        QString dtype;
        int elementSize = 0;
        qint64 elements = 0;
        QString zipEntry;      // zip layout: the entry that holds its bytes
        qint64 fileOffset = 0; // legacy layout: where its bytes start
    };

    PytorchReader() = default;
    static Result<PytorchReader> openZip(const QString& path);
    static Result<PytorchReader> openLegacy(const QString& path);
    // Reads the state dict's tensors from a pickle; `legacy` selects the persistent-id layout.
    Status readStateDict(const PickleReader& pickle, const QString& source, bool legacy);
    Result<QByteArray> readStorageBytes(const Storage& storage, qint64 firstElement, qint64 elements) const;

    QString m_path;
    std::optional<ZipReader> m_zip;
    std::map<QString, PytorchEntry> m_entries;
    std::map<QString, Storage> m_storages;
};

} // namespace bertlab::core
