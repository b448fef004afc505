#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace bertlab::core {

// The failure half of a Result: a message that names the file (or input) and the reason.
struct Error {
    QString message;
};

// A value or an error message. Loading and parsing return this instead of throwing, so errors stay values
// at every boundary (GUI event handlers, CLI main).
template <typename T>
class [[nodiscard]] Result final {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Error error)
        : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }

    const QString& errorString() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// For operations that produce nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

} // namespace bertlab::core
