#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <vector>

namespace bertlab::core {

// One object a pickle built. Objects live in the PickleReader's arena and refer to each other by index,
// so shared and even self-referencing containers (which a pickle can make) own nothing and leak nothing.
struct PickleValue {
    enum class Kind {
        None,
        Bool,
        Int,
        BigInt,
        Float,
        String,
        Bytes,
        Tuple,
        List,
        Dict,
        Global,
        Call,
        PersistentId
    };
    Kind kind = Kind::None;
    qint64 integer = 0; // Bool, Int
    double real = 0;    // Float
    QString text;       // String; Global: "module.name"
    QByteArray bytes;   // Bytes; BigInt: its little-endian two's-complement bytes
    // Tuple, List: the elements. Dict: key, value, key, value, … in insertion order.
    // Call: {callable (a Global), args (a Tuple)} plus the state BUILD gave it, if any.
    // PersistentId: {the persistent id}.
    std::vector<int> items;
};

// A restricted unpickler: it interprets the opcodes of pickle protocols 2–5 that data (not code) needs,
// and never imports or calls anything. A global is accepted only when it is in `allowedGlobals` and is
// then a mere name; "calling" it (REDUCE) records a Call for the caller to interpret. The one call the
// reader performs itself is collections.OrderedDict(), which is an empty dict. Anything else (other
// globals, NEWOBJ, EXT codes, protocol-0 text opcodes) is refused with an error naming `source` and the
// object or opcode. Sizes are bounded: `maxValues` objects, strings no longer than the data.
// Opcodes: CPython's Lib/pickletools.py.
class PickleReader final {
public:
    struct Options {
        QSet<QString> allowedGlobals; // "module.name"
        qsizetype maxValues = 1 << 21;
    };

    // Reads the pickle that starts at `offset` in `data`; several may follow each other (torch's legacy
    // format writes five in a row). `end()` is the offset just past its STOP.
    // `truncated`, when given, is set when the data ended before the pickle did (a longer read may help).
    static Result<PickleReader> parse(const QByteArray& data, qsizetype offset, const QString& source,
                                      const Options& options, bool* truncated = nullptr);

    int root() const { return m_root; }
    qsizetype end() const { return m_end; }
    const PickleValue& value(int index) const { return m_values[std::size_t(index)]; }
    const PickleValue& rootValue() const { return value(m_root); }

    // A short description for error messages: "a tuple of 3", "the string 'cpu'", "torch.FloatStorage".
    QString describe(int index) const;

private:
    PickleReader() = default;

    std::vector<PickleValue> m_values;
    int m_root = -1;
    qsizetype m_end = 0;
};

} // namespace bertlab::core
