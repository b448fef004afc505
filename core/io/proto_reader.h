#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace bertlab::core {

// A minimal Protocol Buffers wire-format reader (varints, fixed32/64, length-delimited fields), enough
// for TensorFlow's small checkpoint protos without a protobuf library. Layout:
// protobuf.dev/programming-guides/encoding. Any malformed input sets failed() and stops the reader.
class ProtoReader final {
public:
    enum WireType { Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5 };

    explicit ProtoReader(QByteArrayView bytes)
        : m_p(bytes.data())
        , m_end(bytes.data() + bytes.size()) {}

    // Advances to the next field; false at the end of the message or on error.
    bool next();
    int field() const { return m_field; }
    int wireType() const { return m_wireType; }

    // Read the current field's value; a wire type that does not match fails the reader.
    std::uint64_t varint();
    std::uint32_t fixed32();
    std::uint64_t fixed64();
    QByteArrayView bytes();
    void skip();

    bool failed() const { return m_failed; }

private:
    bool readRawVarint(std::uint64_t* value);
    bool expect(int wireType);

    const char* m_p;
    const char* m_end;
    int m_field = 0;
    int m_wireType = -1;
    bool m_failed = false;
    bool m_consumed = true;
};

} // namespace bertlab::core
