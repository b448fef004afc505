#pragma once

// Helpers shared by suites that compare against the committed peer fixtures.

#include "core/tensor/tensor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cmath>

namespace bertlab::tests {

inline QString fixturePath(const QString& relative) {
    return QStringLiteral(BERTLAB_FIXTURES "/") + relative;
}

inline QJsonObject loadJsonFixture(const QString& relative) {
    QFile file(fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A nested JSON array of numbers as a tensor of the same shape.
inline core::Tensor tensorFromJson(const QJsonValue& value) {
    core::Shape shape;
    QJsonValue probe = value;
    while (probe.isArray()) {
        shape.push_back(probe.toArray().size());
        probe = probe.toArray().isEmpty() ? QJsonValue() : probe.toArray().first();
    }
    core::Tensor t(shape);
    std::int64_t next = 0;
    const auto fill = [&](const auto& self, const QJsonValue& v) -> void {
        if (v.isArray()) {
            for (const auto& item : v.toArray())
                self(self, item);
        } else if (next < t.size()) {
            t[next++] = float(v.toDouble());
        }
    };
    fill(fill, value);
    return t;
}

inline std::vector<int> intsFromJson(const QJsonValue& value) {
    std::vector<int> out;
    for (const auto& v : value.toArray())
        out.push_back(v.toInt());
    return out;
}

inline QStringList stringsFromJson(const QJsonValue& value) {
    QStringList out;
    for (const auto& v : value.toArray())
        out << v.toString();
    return out;
}

// Largest absolute difference; infinite when the shapes differ.
inline float maxAbsDiff(const core::Tensor& a, const core::Tensor& b) {
    if (a.size() != b.size())
        return INFINITY;
    float worst = 0.0f;
    for (std::int64_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

} // namespace bertlab::tests
