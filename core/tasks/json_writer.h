#pragma once

#include "core/tensor/tensor.h"
#include "core/text/tokenizer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace bertlab::core {

// Builds compact JSON text fast, for outputs far larger than QJsonDocument handles comfortably (a feature
// matrix per line). Floats are written with 9 significant digits, enough to give back the exact float;
// NaN and infinities become null.
class JsonWriter final {
public:
    QByteArray& bytes() { return m_out; }

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(const char* name);
    JsonWriter& key(const QString& name); // escaped: any text may be a key

    JsonWriter& value(const QString& text);
    JsonWriter& value(double number);
    JsonWriter& value(float number);
    JsonWriter& value(qint64 number);
    JsonWriter& value(int number) { return value(qint64(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& null();

    JsonWriter& array(const QStringList& texts);
    JsonWriter& array(const std::vector<int>& numbers);
    JsonWriter& array(const float* numbers, std::int64_t count);
    // Nested arrays following the tensor's shape.
    JsonWriter& tensor(const Tensor& t);

    static void appendFloat(QByteArray& out, float number);
    static void appendString(QByteArray& out, const QString& text);

private:
    void separate();
    void tensorLevel(const Tensor& t, int dim, std::int64_t offset);

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};

// {"tokens":[…],"ids":[…],"segments":[…],"offsets":[[start,end],…]}: `bertlab-cli tokenize`'s output, and
// what the Tokenize page copies.
QByteArray encodingJson(const Encoding& encoding);

} // namespace bertlab::core
