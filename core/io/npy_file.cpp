#include "core/io/npy_file.h"

#include "core/translation.h"

#include <QRegularExpression>

#include <cstring>
#include <limits>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::NpyWriter", "bertlab::core::NpyArray", "bertlab::core"});
}

int widthOf(NpyType type) {
    switch (type) {
    case NpyType::Int8:
        return 1;
    case NpyType::Int16:
        return 2;
    case NpyType::Int32:
    case NpyType::Float32:
        return 4;
    }
    return 4;
}

const char* descrOf(NpyType type) {
    switch (type) {
    case NpyType::Int8:
        return "|i1";
    case NpyType::Int16:
        return "<i2";
    case NpyType::Int32:
        return "<i4";
    case NpyType::Float32:
        return "<f4";
    }
    return "<f4";
}

} // namespace

QByteArray NpyWriter::header(std::int64_t rows, int length) const {
    QByteArray dims = QByteArray::number(qint64(rows));
    for (std::size_t i = 1; i < m_shape.size(); ++i)
        dims += ", " + QByteArray::number(qint64(m_shape[i]));
    if (m_shape.size() == 1)
        dims += ',';
    QByteArray dict =
        QByteArray("{'descr': '") + descrOf(m_type) + "', 'fortran_order': False, 'shape': (" + dims + "), }";
    // A growing file keeps room for the longest row count, so the header can be rewritten in place.
    const int total = length > 0 ? length : int((10 + dict.size() + (m_growing ? 20 : 0) + 1 + 63) / 64 * 64);
    dict = dict.leftJustified(total - 10 - 1, ' ') + '\n';
    QByteArray out("\x93NUMPY\x01\x00", 8);
    out.append(char(dict.size() & 0xff)).append(char(dict.size() >> 8));
    return out + dict;
}

Status NpyWriter::open(const QString& path, NpyType type, const std::vector<std::int64_t>& shape) {
    m_type = type;
    m_shape = shape;
    m_growing = !shape.empty() && shape[0] < 0;
    m_dataBytes = 0;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{tr("%1: cannot write it: %2").arg(path, m_file.errorString())};
    const QByteArray head = header(m_growing ? 0 : shape.at(0));
    m_headerSize = head.size();
    return put(head.constData(), head.size());
}

Status NpyWriter::append(const std::vector<int>& values) {
    QByteArray bytes;
    const int width = widthOf(m_type);
    bytes.resize(qsizetype(values.size()) * width);
    char* out = bytes.data();
    for (int v : values) {
        for (int b = 0; b < width; ++b)
            *out++ = char((unsigned(v) >> (8 * b)) & 0xff); // little-endian two's complement
    }
    return put(bytes.constData(), bytes.size());
}

Status NpyWriter::append(const float* values, std::int64_t count) {
    static_assert(std::numeric_limits<float>::is_iec559);
    return put(reinterpret_cast<const char*>(values), qint64(count) * 4); // x86 and ARM: little-endian
}

Status NpyWriter::close() {
    if (m_growing && m_file.isOpen()) {
        std::int64_t rowBytes = widthOf(m_type);
        for (std::size_t i = 1; i < m_shape.size(); ++i)
            rowBytes *= m_shape[i];
        const QByteArray head = header(rowBytes > 0 ? m_dataBytes / rowBytes : 0, int(m_headerSize));
        if (!m_file.seek(0) || m_file.write(head) != head.size())
            return Error{tr("%1: cannot write it: %2").arg(m_file.fileName(), m_file.errorString())};
    }
    m_file.close();
    if (m_file.error() != QFileDevice::NoError)
        return Error{tr("%1: cannot write it: %2").arg(m_file.fileName(), m_file.errorString())};
    return Ok{};
}

Status NpyWriter::put(const char* bytes, qint64 size) {
    if (m_file.pos() >= m_headerSize)
        m_dataBytes += size;
    if (m_file.write(bytes, size) != size)
        return Error{tr("%1: cannot write it: %2").arg(m_file.fileName(), m_file.errorString())};
    return Ok{};
}

Result<NpyArray> NpyArray::map(const QString& path, std::vector<NpyType> accepted) {
    NpyArray array;
    array.m_file = std::make_unique<QFile>(path);
    QFile& file = *array.m_file;
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read it: %2").arg(path, file.errorString())};
    const qint64 size = file.size();
    const uchar* bytes = size >= 10 ? file.map(0, size) : nullptr;
    if (!bytes || std::memcmp(bytes, "\x93NUMPY", 6) != 0 || bytes[6] != 1)
        return Error{tr("%1: not a NumPy .npy file of format 1.0").arg(path)};
    const qint64 headerLength = bytes[8] | (qint64(bytes[9]) << 8);
    if (10 + headerLength > size)
        return Error{tr("%1: its header is cut off").arg(path)};
    const QString header = QString::fromLatin1(reinterpret_cast<const char*>(bytes) + 10, headerLength);
    static const QRegularExpression pattern(
        QStringLiteral("^\\{'descr': '([<|][a-z][0-9])', 'fortran_order': False, 'shape': \\(([0-9, ]*)\\), "
                       "?\\} *\\n$"));
    const auto match = pattern.match(header);
    if (!match.hasMatch())
        return Error{
            tr("%1: a .npy header BertLab does not read (%2)").arg(path, header.left(100).trimmed())};
    bool known = false;
    for (NpyType type : accepted) {
        if (match.captured(1) == QLatin1String(descrOf(type))) {
            array.m_type = type;
            known = true;
        }
    }
    if (!known)
        return Error{tr("%1: holds %2 values, not of the type expected").arg(path, match.captured(1))};
    array.m_elements = 1;
    for (const QString& part : match.captured(2).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 d = part.trimmed().toLongLong(&ok);
        if (!ok || d < 0 || (d > 0 && array.m_elements > (qint64(1) << 40) / d))
            return Error{tr("%1: an impossible shape (%2)").arg(path, match.captured(2))};
        array.m_shape.push_back(d);
        array.m_elements *= d;
    }
    if (array.m_shape.empty())
        return Error{tr("%1: holds a single value, not an array").arg(path)};
    if (size - 10 - headerLength != array.m_elements * widthOf(array.m_type))
        return Error{tr("%1: %2 bytes of data where its shape needs %3 (cut off or damaged)")
                         .arg(path)
                         .arg(size - 10 - headerLength)
                         .arg(array.m_elements * widthOf(array.m_type))};
    array.m_data = bytes + 10 + headerLength;
    return array;
}

std::int64_t NpyArray::integer(std::int64_t index) const {
    const uchar* p = m_data + index * widthOf(m_type);
    switch (m_type) {
    case NpyType::Int8:
        return std::int8_t(p[0]);
    case NpyType::Int16:
        return std::int16_t(quint16(p[0] | (p[1] << 8)));
    case NpyType::Int32:
        return std::int32_t(quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) |
                            (quint32(p[3]) << 24));
    case NpyType::Float32:
        return std::int64_t(floats()[index]);
    }
    return 0;
}

} // namespace bertlab::core
