#include "core/text/vocab.h"

#include "core/text/unicode_classes.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace bertlab::core {

namespace {

// Python's str.strip(): Google's load_vocab strips every line that way.
QStringView pythonStrip(QStringView line) {
    qsizetype begin = 0;
    qsizetype end = line.size();
    while (begin < end && unicode::isPythonSpace(line.at(begin).unicode()))
        ++begin;
    while (end > begin && unicode::isPythonSpace(line.at(end - 1).unicode()))
        --end;
    return line.mid(begin, end - begin);
}

// 1-based line of the first invalid UTF-8 sequence.
int firstInvalidLine(const QByteArray& bytes) {
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(QByteArrayView(bytes).sliced(start, end - start));
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return line;
}

} // namespace

Result<Vocab> Vocab::fromFile(const QString& path) {
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Cannot read vocabulary %1: %2").arg(name, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{QStringLiteral("Cannot read vocabulary %1: %2").arg(name, file.errorString())};
    if (bytes.isEmpty())
        return Error{QStringLiteral("Vocabulary %1 is empty").arg(name)};

    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless); // drops a leading byte order mark
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return Error{QStringLiteral("Vocabulary %1 is not valid UTF-8 (line %2)")
                         .arg(name)
                         .arg(firstInvalidLine(bytes))};

    // One token per line; like Python's text mode, "\n", "\r\n" and "\r" all end a line, and a final line
    // break does not start another token.
    QStringList tokens;
    const QStringView view(text);
    qsizetype start = 0;
    const qsizetype n = view.size();
    while (start < n) {
        qsizetype end = start;
        while (end < n && view.at(end) != u'\n' && view.at(end) != u'\r')
            ++end;
        tokens.append(pythonStrip(view.mid(start, end - start)).toString());
        if (end < n && view.at(end) == u'\r' && end + 1 < n && view.at(end + 1) == u'\n')
            ++end;
        start = end + 1;
    }
    if (tokens.isEmpty())
        return Error{QStringLiteral("Vocabulary %1 has no tokens").arg(name)};
    return fromTokens(tokens);
}

Vocab Vocab::fromTokens(const QStringList& tokens) {
    Vocab vocab;
    vocab.m_tokens = tokens;
    vocab.m_ids.reserve(tokens.size());
    // A repeated token keeps its last id, as Python's dict assignment in load_vocab does.
    for (int i = 0; i < tokens.size(); ++i)
        vocab.m_ids.insert(tokens.at(i), i);
    return vocab;
}

} // namespace bertlab::core
