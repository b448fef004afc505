#include "core/tasks/json_writer.h"

#include <charconv>
#include <cmath>

namespace bertlab::core {

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
}

JsonWriter& JsonWriter::beginObject() {
    separate();
    m_out += '{';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endObject() {
    m_out += '}';
    m_first.pop_back();
    return *this;
}

JsonWriter& JsonWriter::beginArray() {
    separate();
    m_out += '[';
    m_first.push_back(true);
    return *this;
}

JsonWriter& JsonWriter::endArray() {
    m_out += ']';
    m_first.pop_back();
    return *this;
}

JsonWriter& JsonWriter::key(const char* name) {
    return key(QString::fromUtf8(name));
}

JsonWriter& JsonWriter::key(const QString& name) {
    separate();
    appendString(m_out, name);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

JsonWriter& JsonWriter::value(const QString& text) {
    separate();
    appendString(m_out, text);
    return *this;
}

JsonWriter& JsonWriter::value(double number) {
    return value(float(number));
}

JsonWriter& JsonWriter::value(float number) {
    separate();
    appendFloat(m_out, number);
    return *this;
}

JsonWriter& JsonWriter::value(qint64 number) {
    separate();
    m_out += QByteArray::number(number);
    return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
    separate();
    m_out += flag ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null() {
    separate();
    m_out += "null";
    return *this;
}

JsonWriter& JsonWriter::array(const QStringList& texts) {
    beginArray();
    for (const auto& t : texts)
        value(t);
    return endArray();
}

JsonWriter& JsonWriter::array(const std::vector<int>& numbers) {
    beginArray();
    for (int n : numbers)
        value(n);
    return endArray();
}

JsonWriter& JsonWriter::array(const float* numbers, std::int64_t count) {
    beginArray();
    for (std::int64_t i = 0; i < count; ++i) {
        if (i)
            m_out += ',';
        appendFloat(m_out, numbers[i]);
    }
    return endArray();
}

JsonWriter& JsonWriter::tensor(const Tensor& t) {
    if (t.rank() == 0)
        return null();
    tensorLevel(t, 0, 0);
    return *this;
}

void JsonWriter::tensorLevel(const Tensor& t, int dim, std::int64_t offset) {
    if (dim == t.rank() - 1) {
        array(t.data() + offset, t.dim(dim));
        return;
    }
    std::int64_t stride = 1;
    for (int d = dim + 1; d < t.rank(); ++d)
        stride *= t.dim(d);
    beginArray();
    for (std::int64_t i = 0; i < t.dim(dim); ++i)
        tensorLevel(t, dim + 1, offset + i * stride);
    endArray();
}

void JsonWriter::appendFloat(QByteArray& out, float number) {
    if (!std::isfinite(number)) {
        out += "null";
        return;
    }
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::general, 9).ptr;
    out.append(buffer, end - buffer);
}

void JsonWriter::appendString(QByteArray& out, const QString& text) {
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += escape;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QByteArray encodingJson(const Encoding& encoding) {
    JsonWriter json;
    json.beginObject();
    json.key("tokens").array(encoding.tokens);
    json.key("ids").array(encoding.ids);
    json.key("segments").array(encoding.segments);
    json.key("offsets").beginArray();
    for (const auto& [start, end] : encoding.offsets)
        json.beginArray().value(start).value(end).endArray();
    json.endArray();
    json.endObject();
    return json.bytes();
}

} // namespace bertlab::core
