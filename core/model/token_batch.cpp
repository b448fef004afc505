#include "core/model/token_batch.h"

#include <algorithm>

namespace bertlab::core {

void TokenBatch::add(const std::vector<int>& ids, const std::vector<int>& segments) {
    m_starts.push_back(std::int64_t(m_ids.size()));
    m_lengths.push_back(std::int64_t(ids.size()));
    m_ids.insert(m_ids.end(), ids.begin(), ids.end());
    // A missing segment list means all segment 0.
    for (std::size_t i = 0; i < ids.size(); ++i)
        m_segments.push_back(i < segments.size() ? segments[i] : 0);
}

std::int64_t TokenBatch::maxLength() const {
    return m_lengths.empty() ? 0 : *std::max_element(m_lengths.begin(), m_lengths.end());
}

} // namespace bertlab::core
