#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace bertlab::core {

// Appends Protocol Buffers wire-format fields (the writing half of ProtoReader). Fields are written in
// the order they are added; callers add them in field-number order and leave out proto3 defaults, as
// protobuf's own serializer does, so the bytes match TensorFlow's. Layout:
// protobuf.dev/programming-guides/encoding.
class ProtoWriter final {
public:
    void varint(int field, std::uint64_t value);
    void fixed32(int field, std::uint32_t value);
    void bytes(int field, QByteArrayView value); // also embedded messages

    const QByteArray& data() const { return m_data; }

    static void appendVarint(QByteArray* out, std::uint64_t value);

private:
    void tag(int field, int wireType);

    QByteArray m_data;
};

} // namespace bertlab::core
