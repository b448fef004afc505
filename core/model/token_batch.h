#pragma once

#include <cstdint>
#include <vector>

namespace bertlab::core {

// Several sequences packed end to end with no padding: sequence s owns rows [start(s), start(s) + length(s))
// of every activation matrix, so a batch of mixed lengths costs exactly its real tokens.
class TokenBatch final {
public:
    void add(const std::vector<int>& ids, const std::vector<int>& segments);

    int sequenceCount() const { return int(m_starts.size()); }
    std::int64_t tokenCount() const { return std::int64_t(m_ids.size()); }
    std::int64_t start(int sequence) const { return m_starts[std::size_t(sequence)]; }
    std::int64_t length(int sequence) const { return m_lengths[std::size_t(sequence)]; }
    std::int64_t maxLength() const;

    const std::vector<int>& ids() const { return m_ids; }
    const std::vector<int>& segments() const { return m_segments; }

private:
    std::vector<int> m_ids, m_segments;
    std::vector<std::int64_t> m_starts, m_lengths;
};

} // namespace bertlab::core
