#include "core/io/proto_reader.h"

#include <cstring>

namespace bertlab::core {

bool ProtoReader::readRawVarint(std::uint64_t* value) {
    std::uint64_t v = 0;
    for (int i = 0; i < 10; ++i) {
        if (m_p == m_end)
            return false;
        const auto b = static_cast<unsigned char>(*m_p++);
        // The tenth byte may only carry the 64th bit.
        if (i == 9 && b > 1)
            return false;
        v |= std::uint64_t(b & 0x7f) << (7 * i);
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

bool ProtoReader::next() {
    if (m_failed)
        return false;
    if (!m_consumed)
        skip();
    if (m_failed || m_p == m_end)
        return false;
    std::uint64_t tag = 0;
    if (!readRawVarint(&tag) || (tag >> 3) == 0 || (tag >> 3) > 0x1fffffff) {
        m_failed = true;
        return false;
    }
    m_field = int(tag >> 3);
    m_wireType = int(tag & 7);
    if (m_wireType != Varint && m_wireType != Fixed64 && m_wireType != LengthDelimited &&
        m_wireType != Fixed32) {
        m_failed = true; // groups (3, 4) are not used by any message we read
        return false;
    }
    m_consumed = false;
    return true;
}

bool ProtoReader::expect(int wireType) {
    if (m_failed || m_consumed || m_wireType != wireType) {
        m_failed = true;
        return false;
    }
    m_consumed = true;
    return true;
}

std::uint64_t ProtoReader::varint() {
    std::uint64_t v = 0;
    if (expect(Varint) && !readRawVarint(&v))
        m_failed = true;
    return m_failed ? 0 : v;
}

std::uint32_t ProtoReader::fixed32() {
    std::uint32_t v = 0;
    if (!expect(Fixed32))
        return 0;
    if (m_end - m_p < 4) {
        m_failed = true;
        return 0;
    }
    const auto* b = reinterpret_cast<const unsigned char*>(m_p);
    v = std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 | std::uint32_t(b[2]) << 16 |
        std::uint32_t(b[3]) << 24;
    m_p += 4;
    return v;
}

std::uint64_t ProtoReader::fixed64() {
    if (!expect(Fixed64))
        return 0;
    if (m_end - m_p < 8) {
        m_failed = true;
        return 0;
    }
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(m_p[i]);
    m_p += 8;
    return v;
}

QByteArrayView ProtoReader::bytes() {
    std::uint64_t n = 0;
    if (!expect(LengthDelimited) || !readRawVarint(&n) || n > std::uint64_t(m_end - m_p)) {
        m_failed = true;
        return {};
    }
    QByteArrayView v(m_p, qsizetype(n));
    m_p += n;
    return v;
}

void ProtoReader::skip() {
    switch (m_wireType) {
    case Varint:
        varint();
        break;
    case Fixed64:
        fixed64();
        break;
    case LengthDelimited:
        bytes();
        break;
    case Fixed32:
        fixed32();
        break;
    default:
        m_failed = true;
    }
}

} // namespace bertlab::core
