#include "core/io/proto_writer.h"

namespace bertlab::core {

void ProtoWriter::appendVarint(QByteArray* out, std::uint64_t value) {
    while (value >= 0x80) {
        out->append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out->append(char(value));
}

void ProtoWriter::tag(int field, int wireType) {
    appendVarint(&m_data, (std::uint64_t(field) << 3) | std::uint64_t(wireType));
}

void ProtoWriter::varint(int field, std::uint64_t value) {
    tag(field, 0);
    appendVarint(&m_data, value);
}

void ProtoWriter::fixed32(int field, std::uint32_t value) {
    tag(field, 5);
    for (int i = 0; i < 4; ++i)
        m_data.append(char((value >> (8 * i)) & 0xff));
}

void ProtoWriter::bytes(int field, QByteArrayView value) {
    tag(field, 2);
    appendVarint(&m_data, std::uint64_t(value.size()));
    m_data.append(value.data(), value.size());
}

} // namespace bertlab::core
