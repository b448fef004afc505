#include "core/io/zip_reader.h"

#include "core/io/crc32.h"
#include "core/translation.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::ZipReader", "bertlab::core"});
}

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kZip64EndOfDirectory = 0x06064b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr quint32 kLocalHeader = 0x04034b50;
constexpr qint64 kEndRecordSize = 22;
constexpr qint64 kLocatorSize = 20;
constexpr qint64 kZip64EndRecordSize = 56;
constexpr qint64 kDirectoryEntrySize = 46;
constexpr qint64 kLocalHeaderSize = 30;
constexpr quint32 kAll32 = 0xffffffffu;

// Little-endian fields of a record held in memory; reading past the end yields 0 and marks it bad.
class Fields {
public:
    Fields(const char* data, qint64 size)
        : m_data(data)
        , m_size(size) {}
    quint64 take(int bytes) {
        if (m_pos + bytes > m_size) {
            m_bad = true;
            return 0;
        }
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= quint64(quint8(m_data[m_pos + i])) << (8 * i);
        m_pos += bytes;
        return v;
    }
    quint16 u16() { return quint16(take(2)); }
    quint32 u32() { return quint32(take(4)); }
    quint64 u64() { return take(8); }
    void skip(qint64 n) {
        if (n > m_size - m_pos)
            m_bad = true;
        m_pos = std::min(m_size, m_pos + n);
    }
    const char* here() const { return m_data + m_pos; }
    qint64 position() const { return m_pos; }
    bool bad() const { return m_bad; }

private:
    const char* m_data;
    qint64 m_size;
    qint64 m_pos = 0;
    bool m_bad = false;
};

} // namespace

Result<ZipReader> ZipReader::open(const QString& path) {
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&](const QString& reason) { return Error{shown + QStringLiteral(": ") + reason}; };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open (%1)").arg(file.errorString()));
    const qint64 fileSize = file.size();
    auto readAt = [&](qint64 offset, qint64 length) -> QByteArray {
        if (offset < 0 || length < 0 || offset > fileSize || length > fileSize - offset || !file.seek(offset))
            return {};
        return file.read(length);
    };

    // The end record is the last 22 bytes plus a comment of up to 65535 bytes: search backwards.
    const qint64 tailSize = std::min<qint64>(fileSize, kEndRecordSize + 0xffff);
    const QByteArray tail = readAt(fileSize - tailSize, tailSize);
    if (tail.size() != tailSize || tailSize < kEndRecordSize)
        return fail(tr("not a zip archive (too short)"));
    qint64 end = -1;
    for (qint64 i = tailSize - kEndRecordSize; i >= 0; --i) {
        Fields f(tail.constData() + i, tailSize - i);
        if (f.u32() == kEndOfDirectory) {
            f.skip(16);
            if (i + kEndRecordSize + f.u16() == tailSize) {
                end = i;
                break;
            }
        }
    }
    if (end < 0)
        return fail(tr("not a zip archive (no end-of-central-directory record)"));
    const qint64 endOffset = fileSize - tailSize + end;
    Fields e(tail.constData() + end, kEndRecordSize);
    e.u32();
    const quint16 disk = e.u16(), directoryDisk = e.u16();
    quint64 entriesHere = e.u16(), entryCount = e.u16();
    quint64 directorySize = e.u32(), directoryOffset = e.u32();

    if (entryCount == 0xffff || directorySize == kAll32 || directoryOffset == kAll32) {
        // Zip64: the locator just before the end record points at the 64-bit end record.
        const QByteArray locator = readAt(endOffset - kLocatorSize, kLocatorSize);
        Fields l(locator.constData(), locator.size());
        if (l.u32() != kZip64Locator || l.bad())
            return fail(tr("damaged zip64 archive (no zip64 end-of-directory locator)"));
        l.u32();
        const quint64 recordOffset = l.u64();
        if (recordOffset > quint64(fileSize))
            return fail(tr("damaged zip64 archive (its end record lies beyond the file)"));
        const QByteArray record = readAt(qint64(recordOffset), kZip64EndRecordSize);
        Fields r(record.constData(), record.size());
        if (r.u32() != kZip64EndOfDirectory)
            return fail(tr("damaged zip64 archive (no zip64 end-of-directory record)"));
        r.skip(12);
        const quint32 disk64 = r.u32(), directoryDisk64 = r.u32();
        entriesHere = r.u64();
        entryCount = r.u64();
        directorySize = r.u64();
        directoryOffset = r.u64();
        if (r.bad())
            return fail(tr("damaged zip64 archive (truncated end record)"));
        if (disk64 != 0 || directoryDisk64 != 0)
            return fail(tr("archives split over several disks are not supported"));
    } else if (disk != 0 || directoryDisk != 0) {
        return fail(tr("archives split over several disks are not supported"));
    }
    if (entriesHere != entryCount)
        return fail(tr("archives split over several disks are not supported"));
    if (entryCount > quint64(kMaxEntries))
        return fail(
            tr("%1 entries is more than the %2 a model archive may have").arg(entryCount).arg(kMaxEntries));
    if (directoryOffset > quint64(fileSize) || directorySize > quint64(fileSize) - directoryOffset ||
        directorySize < entryCount * quint64(kDirectoryEntrySize))
        return fail(tr("damaged zip archive (its central directory lies outside the file)"));

    const QByteArray directory = readAt(qint64(directoryOffset), qint64(directorySize));
    if (directory.size() != qint64(directorySize))
        return fail(tr("cannot read the central directory (%1)").arg(file.errorString()));

    ZipReader zip;
    zip.m_path = path;
    zip.m_fileSize = fileSize;
    zip.m_entries.reserve(std::size_t(entryCount));
    Fields d(directory.constData(), directory.size());
    for (quint64 n = 0; n < entryCount; ++n) {
        const QString where = tr("central directory entry %1").arg(n);
        if (d.u32() != kDirectoryEntry)
            return fail(tr("damaged zip archive (%1 has no signature)").arg(where));
        d.skip(4);
        const quint16 flags = d.u16();
        ZipEntry entry;
        entry.method = d.u16();
        d.skip(4);
        entry.crc = d.u32();
        quint64 storedSize = d.u32(), size = d.u32();
        const quint16 nameLength = d.u16(), extraLength = d.u16(), commentLength = d.u16();
        const quint16 startDisk = d.u16();
        d.skip(6);
        quint64 localOffset = d.u32();
        if (d.bad() || nameLength > directory.size() - d.position())
            return fail(tr("damaged zip archive (%1 is truncated)").arg(where));
        const QByteArray rawName(d.here(), nameLength);
        d.skip(nameLength);
        // Zip64 sizes and offset, in this order, for each 32-bit field that is all ones.
        Fields extra(d.here(), std::min<qint64>(extraLength, directory.size() - d.position()));
        while (!extra.bad() && extra.position() + 4 <= extraLength) {
            const quint16 id = extra.u16(), length = extra.u16();
            if (id != 0x0001) {
                extra.skip(length);
                continue;
            }
            Fields z(extra.here(), std::min<qint64>(length, extraLength - extra.position()));
            if (size == kAll32)
                size = z.u64();
            if (storedSize == kAll32)
                storedSize = z.u64();
            if (localOffset == kAll32)
                localOffset = z.u64();
            if (z.bad())
                return fail(tr("damaged zip archive (%1 has a short zip64 field)").arg(where));
            extra.skip(length);
        }
        d.skip(qint64(extraLength) + commentLength);
        if (d.bad())
            return fail(tr("damaged zip archive (%1 is truncated)").arg(where));

        entry.name = QString::fromUtf8(rawName);
        if (entry.name.toUtf8() != rawName || rawName.contains('\0'))
            return fail(tr("damaged zip archive (%1 has a name that is not UTF-8)").arg(where));
        if (flags & 0x1)
            return fail(tr("entry '%1' is encrypted").arg(entry.name));
        if (startDisk != 0)
            return fail(tr("archives split over several disks are not supported"));
        if (zip.m_byName.contains(entry.name))
            return fail(tr("entry '%1' appears twice").arg(entry.name));
        if (size > quint64(fileSize) * 1032 || storedSize > quint64(fileSize) ||
            localOffset > quint64(fileSize))
            return fail(tr("damaged zip archive (entry '%1' lies outside the file)").arg(entry.name));
        entry.size = qint64(size);
        entry.storedSize = qint64(storedSize);

        // The local header repeats the name and may carry a different extra field (PyTorch pads with it).
        const QByteArray local = readAt(qint64(localOffset), kLocalHeaderSize);
        Fields h(local.constData(), local.size());
        if (h.u32() != kLocalHeader || h.bad())
            return fail(tr("damaged zip archive (entry '%1' has no local header)").arg(entry.name));
        h.skip(22);
        const quint16 localNameLength = h.u16(), localExtraLength = h.u16();
        const qint64 dataOffset = qint64(localOffset) + kLocalHeaderSize + localNameLength + localExtraLength;
        if (readAt(qint64(localOffset) + kLocalHeaderSize, localNameLength) != rawName)
            return fail(
                tr("damaged zip archive (entry '%1' has another name in its local header)").arg(entry.name));
        if (dataOffset > fileSize || entry.storedSize > fileSize - dataOffset)
            return fail(
                tr("damaged zip archive (entry '%1' lies beyond the end of the file)").arg(entry.name));
        entry.dataOffset = dataOffset;
        zip.m_byName.insert(entry.name, zip.m_entries.size());
        zip.m_entries.push_back(std::move(entry));
    }
    return zip;
}

const ZipEntry* ZipReader::entry(const QString& name) const {
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &m_entries[*it];
}

Result<QByteArray> ZipReader::read(const QString& name, qint64 maxSize) const {
    const QString shown = QDir::toNativeSeparators(m_path);
    const ZipEntry* e = entry(name);
    if (!e)
        return Error{shown + QStringLiteral(": ") + tr("no entry named '%1'").arg(name)};
    if (e->size > maxSize)
        return Error{
            shown + QStringLiteral(": ") +
            tr("entry '%1' is %2 bytes, more than the %3 expected").arg(name).arg(e->size).arg(maxSize)};
    QByteArray bytes(qsizetype(e->size), Qt::Uninitialized);
    if (auto s = readRange(*e, 0, e->size, bytes.data()); !s)
        return Error{s.errorString()};
    return bytes;
}

Status ZipReader::readRange(const ZipEntry& e, qint64 offset, qint64 length, char* dst) const {
    const QString shown = QDir::toNativeSeparators(m_path);
    auto fail = [&](const QString& reason) {
        return Error{shown + QStringLiteral(": ") + tr("entry '%1': ").arg(e.name) + reason};
    };
    if (e.method != 0)
        return fail(
            tr("compressed entries are not supported (method %1); PyTorch stores tensors uncompressed")
                .arg(e.method));
    if (e.size != e.storedSize)
        return fail(tr("a stored entry's sizes differ (%1 and %2 bytes)").arg(e.size).arg(e.storedSize));
    if (offset < 0 || length < 0 || offset > e.size || length > e.size - offset)
        return fail(tr("bytes %1..%2 are outside its %3 bytes").arg(offset).arg(offset + length).arg(e.size));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot open (%1)").arg(file.errorString()));
    // The file may have changed since open().
    if (e.dataOffset + e.size > file.size())
        return fail(tr("it lies beyond the end of the file"));
    if (!file.seek(e.dataOffset + offset) || file.read(dst, length) != length)
        return fail(tr("cannot read (%1)").arg(file.errorString()));
    if (offset == 0 && length == e.size && crc32::value(dst, std::size_t(length)) != e.crc)
        return fail(tr("damaged (its CRC-32 does not match)"));
    return Ok{};
}

} // namespace bertlab::core
