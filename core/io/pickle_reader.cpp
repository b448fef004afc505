#include "core/io/pickle_reader.h"

#include "core/translation.h"

#include <cstring>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    // lupdate files the Machine's strings under its own class.
    return translateCore(text, {"bertlab::core::Machine", "bertlab::core::PickleReader", "bertlab::core"});
}

using Kind = PickleValue::Kind;

// The opcodes read; the names are pickletools'.
enum Op : unsigned char {
    MARK = '(',
    STOP = '.',
    POP = '0',
    POP_MARK = '1',
    DUP = '2',
    BINFLOAT = 'G',
    BININT = 'J',
    BININT1 = 'K',
    BININT2 = 'M',
    NONE = 'N',
    BINPERSID = 'Q',
    REDUCE = 'R',
    BINSTRING = 'T',
    SHORT_BINSTRING = 'U',
    BINUNICODE = 'X',
    APPEND = 'a',
    BUILD = 'b',
    GLOBAL = 'c',
    DICT = 'd',
    EMPTY_DICT = '}',
    APPENDS = 'e',
    BINGET = 'h',
    LONG_BINGET = 'j',
    LIST = 'l',
    EMPTY_LIST = ']',
    BINPUT = 'q',
    LONG_BINPUT = 'r',
    SETITEM = 's',
    TUPLE = 't',
    EMPTY_TUPLE = ')',
    SETITEMS = 'u',
    BINBYTES = 'B',
    SHORT_BINBYTES = 'C',
    PROTO = 0x80,
    TUPLE1 = 0x85,
    TUPLE2 = 0x86,
    TUPLE3 = 0x87,
    NEWTRUE = 0x88,
    NEWFALSE = 0x89,
    LONG1 = 0x8a,
    LONG4 = 0x8b,
    SHORT_BINUNICODE = 0x8c,
    BINUNICODE8 = 0x8d,
    BINBYTES8 = 0x8e,
    MEMOIZE = 0x94,
    STACK_GLOBAL = 0x93,
    FRAME = 0x95,
};

class Machine {
public:
    Machine(const QByteArray& data, qsizetype offset, const QString& source,
            const PickleReader::Options& options, std::vector<PickleValue>& values)
        : m_data(data)
        , m_pos(offset)
        , m_source(source)
        , m_options(options)
        , m_values(values) {}

    // Runs to STOP; returns the result's index, or -1 with m_error set.
    int run();
    qsizetype position() const { return m_pos; }
    const QString& error() const { return m_error; }
    bool truncated() const { return m_truncated; }

private:
    int fail(const QString& reason) {
        if (m_error.isEmpty())
            m_error = m_source + QStringLiteral(": ") + tr("pickle byte %1: ").arg(m_opStart) + reason;
        return -1;
    }
    bool need(qsizetype n) {
        if (n < 0 || n > m_data.size() - m_pos) {
            m_truncated = true;
            fail(tr("the pickle ends early"));
            return false;
        }
        return true;
    }
    quint64 little(int bytes) {
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= quint64(quint8(m_data[m_pos + i])) << (8 * i);
        m_pos += bytes;
        return v;
    }
    int make(PickleValue v) {
        if (qsizetype(m_values.size()) >= m_options.maxValues)
            return fail(tr("more than %1 objects").arg(m_options.maxValues));
        m_values.push_back(std::move(v));
        return int(m_values.size() - 1);
    }
    int push(int index) {
        if (index >= 0)
            m_stack.push_back(index);
        return index;
    }
    int pop() {
        if (m_stack.size() <= stackFloor()) {
            fail(tr("pops an empty stack"));
            return -1;
        }
        const int v = m_stack.back();
        m_stack.pop_back();
        return v;
    }
    std::size_t stackFloor() const { return m_marks.empty() ? 0 : m_marks.back(); }
    // The objects above the last MARK, which is removed.
    bool popToMark(std::vector<int>& out) {
        if (m_marks.empty()) {
            fail(tr("no MARK to pop to"));
            return false;
        }
        const std::size_t mark = m_marks.back();
        m_marks.pop_back();
        out.assign(m_stack.begin() + std::ptrdiff_t(mark), m_stack.end());
        m_stack.resize(mark);
        return true;
    }
    int top() {
        if (m_stack.size() <= stackFloor()) {
            fail(tr("reads an empty stack"));
            return -1;
        }
        return m_stack.back();
    }
    int readString(qsizetype lengthBytes, Kind kind);
    int memoGet(quint64 key);
    bool memoPut(quint64 key);
    int global(const QString& module, const QString& name);
    int reduce();
    bool addItems(int target, const std::vector<int>& items, bool pairs);

    const QByteArray& m_data;
    qsizetype m_pos;
    qsizetype m_opStart = 0;
    const QString& m_source;
    const PickleReader::Options& m_options;
    std::vector<PickleValue>& m_values;
    std::vector<int> m_stack;
    std::vector<std::size_t> m_marks;
    std::vector<int> m_memo; // -1: unset
    QString m_error;
    bool m_truncated = false;
};

int Machine::readString(qsizetype lengthBytes, Kind kind) {
    if (!need(lengthBytes))
        return -1;
    const quint64 length = little(int(lengthBytes));
    if (length > quint64(m_data.size() - m_pos)) {
        m_truncated = true;
        return fail(tr("a string of %1 bytes runs past the end of the pickle").arg(length));
    }
    PickleValue v;
    v.kind = kind;
    const QByteArray raw = m_data.mid(m_pos, qsizetype(length));
    m_pos += qsizetype(length);
    if (kind == Kind::String) {
        v.text = QString::fromUtf8(raw);
        if (v.text.toUtf8() != raw)
            return fail(tr("a string is not valid UTF-8"));
    } else {
        v.bytes = raw;
    }
    return push(make(std::move(v)));
}

int Machine::memoGet(quint64 key) {
    if (key >= m_memo.size() || m_memo[key] < 0)
        return fail(tr("reads memo slot %1, which was never set").arg(key));
    return push(m_memo[key]);
}

bool Machine::memoPut(quint64 key) {
    const int v = top();
    if (v < 0)
        return false;
    // Pickles number memo slots 0, 1, 2, …; a far slot would only waste memory.
    if (key > quint64(m_values.size()) + 1024) {
        fail(tr("memo slot %1 is out of order").arg(key));
        return false;
    }
    if (key >= m_memo.size())
        m_memo.resize(std::size_t(key) + 1, -1);
    m_memo[key] = v;
    return true;
}

int Machine::global(const QString& module, const QString& name) {
    const QString full = module + u'.' + name;
    if (!m_options.allowedGlobals.contains(full))
        return fail(tr("refuses to load '%1': only tensors and plain containers are read, no other objects "
                       "and no code")
                        .arg(full.left(200)));
    PickleValue v;
    v.kind = Kind::Global;
    v.text = full;
    return push(make(std::move(v)));
}

int Machine::reduce() {
    const int args = pop();
    const int callable = pop();
    if (args < 0 || callable < 0)
        return -1;
    if (m_values[std::size_t(callable)].kind != Kind::Global)
        return fail(tr("calls an object that is not a function"));
    if (m_values[std::size_t(args)].kind != Kind::Tuple)
        return fail(tr("calls %1 without an argument tuple").arg(m_values[std::size_t(callable)].text));
    PickleValue v;
    if (m_values[std::size_t(callable)].text == u"collections.OrderedDict") {
        if (!m_values[std::size_t(args)].items.empty())
            return fail(tr("collections.OrderedDict is called with arguments"));
        v.kind = Kind::Dict;
    } else {
        v.kind = Kind::Call;
        v.items = {callable, args};
    }
    return push(make(std::move(v)));
}

bool Machine::addItems(int target, const std::vector<int>& items, bool pairs) {
    if (target < 0)
        return false;
    PickleValue& t = m_values[std::size_t(target)];
    if (t.kind != (pairs ? Kind::Dict : Kind::List)) {
        fail(pairs ? tr("sets items on something that is not a dict")
                   : tr("appends to something that is not a list"));
        return false;
    }
    if (pairs && items.size() % 2 != 0) {
        fail(tr("SETITEMS has an odd number of objects"));
        return false;
    }
    if (qsizetype(t.items.size() + items.size()) > m_options.maxValues) {
        fail(tr("a container holds more than %1 objects").arg(m_options.maxValues));
        return false;
    }
    t.items.insert(t.items.end(), items.begin(), items.end());
    return true;
}

int Machine::run() {
    std::vector<int> items;
    auto container = [&](Kind kind, std::vector<int> elements) {
        PickleValue v;
        v.kind = kind;
        v.items = std::move(elements);
        return push(make(std::move(v)));
    };
    auto scalar = [&](Kind kind, qint64 integer) {
        PickleValue v;
        v.kind = kind;
        v.integer = integer;
        return push(make(std::move(v)));
    };
    while (true) {
        m_opStart = m_pos;
        if (!need(1))
            return -1;
        const auto op = quint8(m_data[m_pos++]);
        int ok = 0; // < 0 on failure
        switch (op) {
        case PROTO:
            if (!need(1))
                return -1;
            if (quint8(m_data[m_pos++]) > 5)
                return fail(tr("pickle protocol %1 is newer than 5").arg(quint8(m_data[m_pos - 1])));
            break;
        case FRAME:
            if (!need(8))
                return -1;
            m_pos += 8;
            break;
        case STOP: {
            const int result = pop();
            if (result < 0)
                return -1;
            if (!m_stack.empty() || !m_marks.empty())
                return fail(tr("objects are left on the stack at STOP"));
            return result;
        }
        case MARK:
            m_marks.push_back(m_stack.size());
            break;
        case POP:
            ok = pop();
            break;
        case POP_MARK:
            ok = popToMark(items) ? 0 : -1;
            break;
        case DUP:
            ok = top();
            if (ok >= 0)
                m_stack.push_back(ok);
            break;
        case NONE:
            ok = push(make({}));
            break;
        case NEWTRUE:
        case NEWFALSE:
            ok = scalar(Kind::Bool, op == NEWTRUE);
            break;
        case BININT:
            if (!need(4))
                return -1;
            ok = scalar(Kind::Int, qint32(quint32(little(4))));
            break;
        case BININT1:
            if (!need(1))
                return -1;
            ok = scalar(Kind::Int, qint64(little(1)));
            break;
        case BININT2:
            if (!need(2))
                return -1;
            ok = scalar(Kind::Int, qint64(little(2)));
            break;
        case LONG1:
        case LONG4: {
            const int lengthBytes = op == LONG1 ? 1 : 4;
            if (!need(lengthBytes))
                return -1;
            const quint64 n = little(lengthBytes);
            if (n > 4096 || !need(qsizetype(n)))
                return fail(tr("an integer of %1 bytes is too long").arg(n));
            PickleValue v;
            v.bytes = m_data.mid(m_pos, qsizetype(n));
            m_pos += qsizetype(n);
            if (n <= 8) {
                quint64 u = 0;
                for (quint64 i = 0; i < n; ++i)
                    u |= quint64(quint8(v.bytes[qsizetype(i)])) << (8 * i);
                if (n > 0 && n < 8 && (quint8(v.bytes[qsizetype(n - 1)]) & 0x80))
                    u |= ~quint64(0) << (8 * n); // sign-extend
                v.kind = Kind::Int;
                v.integer = qint64(u);
                v.bytes.clear();
            } else {
                v.kind = Kind::BigInt;
            }
            ok = push(make(std::move(v)));
            break;
        }
        case BINFLOAT: {
            if (!need(8))
                return -1;
            quint64 bits = 0;
            for (int i = 0; i < 8; ++i) // big-endian
                bits = bits << 8 | quint8(m_data[m_pos + i]);
            m_pos += 8;
            PickleValue v;
            v.kind = Kind::Float;
            std::memcpy(&v.real, &bits, 8);
            ok = push(make(std::move(v)));
            break;
        }
        case SHORT_BINUNICODE:
        case SHORT_BINSTRING:
            ok = readString(1, Kind::String);
            break;
        case BINUNICODE:
        case BINSTRING:
            ok = readString(4, Kind::String);
            break;
        case BINUNICODE8:
            ok = readString(8, Kind::String);
            break;
        case SHORT_BINBYTES:
            ok = readString(1, Kind::Bytes);
            break;
        case BINBYTES:
            ok = readString(4, Kind::Bytes);
            break;
        case BINBYTES8:
            ok = readString(8, Kind::Bytes);
            break;
        case EMPTY_TUPLE:
            ok = container(Kind::Tuple, {});
            break;
        case TUPLE1:
        case TUPLE2:
        case TUPLE3: {
            const std::size_t n = op - TUPLE1 + 1;
            if (m_stack.size() < stackFloor() + n)
                return fail(tr("builds a tuple from an empty stack"));
            std::vector<int> elements(m_stack.end() - std::ptrdiff_t(n), m_stack.end());
            m_stack.resize(m_stack.size() - n);
            ok = container(Kind::Tuple, std::move(elements));
            break;
        }
        case TUPLE:
        case LIST:
        case DICT:
            if (!popToMark(items))
                return -1;
            if (op == DICT && items.size() % 2 != 0)
                return fail(tr("DICT has an odd number of objects"));
            ok = container(op == TUPLE ? Kind::Tuple : op == LIST ? Kind::List : Kind::Dict, items);
            break;
        case EMPTY_LIST:
            ok = container(Kind::List, {});
            break;
        case EMPTY_DICT:
            ok = container(Kind::Dict, {});
            break;
        case APPEND: {
            const int v = pop();
            ok = v < 0 ? -1 : addItems(top(), {v}, false) ? 0 : -1;
            break;
        }
        case SETITEM: {
            const int value = pop();
            const int key = pop();
            ok = (value < 0 || key < 0) ? -1 : addItems(top(), {key, value}, true) ? 0 : -1;
            break;
        }
        case APPENDS:
        case SETITEMS:
            if (!popToMark(items))
                return -1;
            ok = addItems(top(), items, op == SETITEMS) ? 0 : -1;
            break;
        case BINPUT:
            if (!need(1))
                return -1;
            ok = memoPut(little(1)) ? 0 : -1;
            break;
        case LONG_BINPUT:
            if (!need(4))
                return -1;
            ok = memoPut(little(4)) ? 0 : -1;
            break;
        case MEMOIZE:
            ok = memoPut(m_memo.size()) ? 0 : -1;
            break;
        case BINGET:
            if (!need(1))
                return -1;
            ok = memoGet(little(1));
            break;
        case LONG_BINGET:
            if (!need(4))
                return -1;
            ok = memoGet(little(4));
            break;
        case GLOBAL: {
            // Two newline-terminated ASCII lines: module, then name.
            QString parts[2];
            for (QString& part : parts) {
                const qsizetype nl = m_data.indexOf('\n', m_pos);
                if (nl < 0 && m_data.size() - m_pos <= 256)
                    m_truncated = true;
                if (nl < 0 || nl - m_pos > 256)
                    return fail(tr("a GLOBAL opcode's name is not terminated"));
                part = QString::fromLatin1(m_data.mid(m_pos, nl - m_pos));
                m_pos = nl + 1;
            }
            ok = global(parts[0], parts[1]);
            break;
        }
        case STACK_GLOBAL: {
            const int name = pop();
            const int module = pop();
            if (name < 0 || module < 0)
                return -1;
            if (m_values[std::size_t(name)].kind != Kind::String ||
                m_values[std::size_t(module)].kind != Kind::String)
                return fail(tr("STACK_GLOBAL needs two strings"));
            ok = global(m_values[std::size_t(module)].text, m_values[std::size_t(name)].text);
            break;
        }
        case REDUCE:
            ok = reduce();
            break;
        case BUILD: {
            const int state = pop();
            const int target = top();
            if (state < 0 || target < 0)
                return -1;
            PickleValue& t = m_values[std::size_t(target)];
            // A dict subclass's attributes (OrderedDict's _metadata in PyTorch state dicts) are not needed.
            if (t.kind == Kind::Call && t.items.size() == 2)
                t.items.push_back(state);
            else if (t.kind != Kind::Dict)
                return fail(tr("sets the state of an object that is neither a dict nor a call"));
            break;
        }
        case BINPERSID: {
            const int pid = pop();
            if (pid < 0)
                return -1;
            PickleValue v;
            v.kind = Kind::PersistentId;
            v.items = {pid};
            ok = push(make(std::move(v)));
            break;
        }
        default:
            return fail(tr("opcode 0x%1 is not read (it is not used for tensors and plain containers)")
                            .arg(op, 2, 16, QLatin1Char('0')));
        }
        if (ok < 0)
            return -1;
    }
}

} // namespace

Result<PickleReader> PickleReader::parse(const QByteArray& data, qsizetype offset, const QString& source,
                                         const Options& options, bool* truncated) {
    PickleReader reader;
    Machine machine(data, offset, source, options, reader.m_values);
    reader.m_root = machine.run();
    if (truncated)
        *truncated = reader.m_root < 0 && machine.truncated();
    if (reader.m_root < 0)
        return Error{machine.error()};
    reader.m_end = machine.position();
    return reader;
}

QString PickleReader::describe(int index) const {
    const PickleValue& v = value(index);
    switch (v.kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Bool:
        return v.integer ? QStringLiteral("True") : QStringLiteral("False");
    case Kind::Int:
        return QString::number(v.integer);
    case Kind::BigInt:
        return tr("a %1-byte integer").arg(v.bytes.size());
    case Kind::Float:
        return QString::number(v.real);
    case Kind::String:
        return u'\'' + v.text.left(80) + u'\'';
    case Kind::Bytes:
        return tr("%1 bytes").arg(v.bytes.size());
    case Kind::Tuple:
        return tr("a tuple of %1").arg(v.items.size());
    case Kind::List:
        return tr("a list of %1").arg(v.items.size());
    case Kind::Dict:
        return tr("a dict of %1").arg(v.items.size() / 2);
    case Kind::Global:
        return v.text;
    case Kind::Call:
        return tr("a call of %1").arg(value(v.items[0]).text);
    case Kind::PersistentId:
        return tr("a persistent id");
    }
    return {};
}

} // namespace bertlab::core
