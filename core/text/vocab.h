#pragma once

#include "core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace bertlab::core {

// vocab.txt: one token per line, the line number (from 0) is its id.
class Vocab final {
public:
    static Result<Vocab> fromFile(const QString& path);
    static Vocab fromTokens(const QStringList& tokens);

    int size() const { return int(m_tokens.size()); }
    int id(const QString& token, int fallback = -1) const { return m_ids.value(token, fallback); }
    bool contains(const QString& token) const { return m_ids.contains(token); }
    QString token(int id) const { return id >= 0 && id < m_tokens.size() ? m_tokens.at(id) : QString(); }
    const QStringList& tokens() const { return m_tokens; }

private:
    QStringList m_tokens;
    QHash<QString, int> m_ids;
};

} // namespace bertlab::core
