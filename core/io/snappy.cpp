#include "core/io/snappy.h"

#include <cstdint>
#include <cstring>

namespace bertlab::core::snappy {

namespace {

std::optional<QByteArray> fail(QString* error, const QString& reason) {
    if (error)
        *error = reason;
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> uncompress(const char* data, qsizetype size, qsizetype maxSize, QString* error) {
    auto p = reinterpret_cast<const unsigned char*>(data);
    const unsigned char* const end = p + size;

    std::uint64_t length = 0;
    for (int shift = 0;; shift += 7) {
        if (p == end || shift > 28)
            return fail(error, QStringLiteral("bad Snappy length"));
        const unsigned char b = *p++;
        length |= std::uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
    }
    if (length > std::uint64_t(maxSize))
        return fail(error, QStringLiteral("Snappy length %1 exceeds the limit %2").arg(length).arg(maxSize));

    QByteArray out(qsizetype(length), Qt::Uninitialized);
    auto dst = reinterpret_cast<unsigned char*>(out.data());
    std::uint64_t produced = 0;
    while (p < end) {
        const unsigned char tag = *p++;
        std::uint64_t len = 0;
        std::uint64_t offset = 0;
        switch (tag & 3) {
        case 0: { // literal; lengths above 60 are stored in 1..4 following bytes
            len = tag >> 2;
            if (len >= 60) {
                const int bytes = int(len) - 59;
                if (end - p < bytes)
                    return fail(error, QStringLiteral("truncated Snappy literal"));
                len = 0;
                for (int i = 0; i < bytes; ++i)
                    len |= std::uint64_t(p[i]) << (8 * i);
                p += bytes;
            }
            len += 1;
            if (std::uint64_t(end - p) < len || length - produced < len)
                return fail(error, QStringLiteral("Snappy literal out of range"));
            std::memcpy(dst + produced, p, len);
            p += len;
            produced += len;
            continue;
        }
        case 1:
            if (end - p < 1)
                return fail(error, QStringLiteral("truncated Snappy copy"));
            len = 4 + ((tag >> 2) & 7);
            offset = (std::uint64_t(tag >> 5) << 8) | p[0];
            p += 1;
            break;
        case 2:
            if (end - p < 2)
                return fail(error, QStringLiteral("truncated Snappy copy"));
            len = (tag >> 2) + 1;
            offset = std::uint64_t(p[0]) | std::uint64_t(p[1]) << 8;
            p += 2;
            break;
        default:
            if (end - p < 4)
                return fail(error, QStringLiteral("truncated Snappy copy"));
            len = (tag >> 2) + 1;
            offset = std::uint64_t(p[0]) | std::uint64_t(p[1]) << 8 | std::uint64_t(p[2]) << 16 |
                     std::uint64_t(p[3]) << 24;
            p += 4;
            break;
        }
        if (offset == 0 || offset > produced || length - produced < len)
            return fail(error, QStringLiteral("Snappy copy out of range"));
        // Byte by byte: a copy may overlap its own output (offset < len repeats a pattern).
        for (std::uint64_t i = 0; i < len; ++i)
            dst[produced + i] = dst[produced - offset + i];
        produced += len;
    }
    if (produced != length)
        return fail(error, QStringLiteral("Snappy data ends after %1 of %2 bytes").arg(produced).arg(length));
    return out;
}

} // namespace bertlab::core::snappy
