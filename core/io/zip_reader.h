#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <QHash>
#include <vector>

namespace bertlab::core {

struct ZipEntry {
    QString name;
    quint16 method = 0; // 0 = stored (the only one read), 8 = deflated
    quint32 crc = 0;
    qint64 size = 0;       // uncompressed
    qint64 storedSize = 0; // compressed
    qint64 dataOffset = 0; // of the entry's bytes in the archive (after its local header)
};

// The directory of a zip archive and its stored (uncompressed) entries, as PyTorch's torch.save writes
// them: end-of-central-directory record (zip64 when the archive needs it), central directory, one local
// header per entry. Only what such archives use is read: a single disk, no encryption; deflated entries
// are listed but refused on read. Every offset and size is checked against the file before use, so a
// damaged or hostile archive gives an error naming the file, never a read out of range.
// Format: PKWARE's APPNOTE.TXT, sections 4.3 and 4.5.3.
class ZipReader final {
public:
    static constexpr qint64 kMaxEntries = 1 << 20;

    static Result<ZipReader> open(const QString& path);

    const QString& path() const { return m_path; }
    const std::vector<ZipEntry>& entries() const { return m_entries; } // in central-directory order
    const ZipEntry* entry(const QString& name) const;

    // An entry's bytes, their CRC-32 checked. `maxSize` guards what is read into memory.
    Result<QByteArray> read(const QString& name, qint64 maxSize) const;
    // `length` bytes from `offset` inside a stored entry, into `dst`; the CRC is checked when the range is
    // the whole entry.
    Status readRange(const ZipEntry& entry, qint64 offset, qint64 length, char* dst) const;

private:
    ZipReader() = default;

    QString m_path;
    qint64 m_fileSize = 0;
    std::vector<ZipEntry> m_entries;
    QHash<QString, std::size_t> m_byName;
};

} // namespace bertlab::core
