#include "core/text/wordpiece.h"

#include "core/text/unicode_classes.h"

#include <algorithm>

namespace bertlab::core {

namespace {

std::uint64_t edgeKey(int node, char32_t c) {
    return (std::uint64_t(node) << 21) | std::uint64_t(c & 0x1FFFFF);
}

} // namespace

WordPiece::WordPiece(const Vocab& vocab, Options options)
    : m_options(options)
    , m_terminal(2, -1) {
    m_edgeKeys.assign(1024, kEmpty);
    m_edgeChildren.assign(1024, 0);
    m_edgeShift = 64 - 10;
    std::fill(&m_rootAscii[0][0], &m_rootAscii[0][0] + 2 * 128, -1);
    const QStringList& tokens = vocab.tokens();
    for (int id = 0; id < tokens.size(); ++id) {
        const std::u32string piece = unicode::toCodePoints(tokens.at(id));
        if (piece.empty())
            continue;
        // A later duplicate wins, as in the vocabulary's own token -> id map.
        insert(piece, kInitialRoot, id);
        if (piece.size() > 2 && piece[0] == U'#' && piece[1] == U'#')
            insert(std::u32string_view(piece).substr(2), kContinuationRoot, id);
    }
}

int WordPiece::child(int node, char32_t c) const {
    if (node <= kContinuationRoot && c < 128)
        return m_rootAscii[node][c];
    const std::uint64_t key = edgeKey(node, c);
    const std::size_t mask = m_edgeKeys.size() - 1;
    for (std::size_t slot = std::size_t((key * 0x9E3779B97F4A7C15ull) >> m_edgeShift);;
         slot = (slot + 1) & mask) {
        const std::uint64_t k = m_edgeKeys[slot];
        if (k == key)
            return m_edgeChildren[slot];
        if (k == kEmpty)
            return -1;
    }
}

int WordPiece::addChild(int node, char32_t c) {
    if (const int existing = child(node, c); existing >= 0)
        return existing;
    if ((m_edgeCount + 1) * 2 > m_edgeKeys.size())
        growEdges();
    const std::uint64_t key = edgeKey(node, c);
    const std::size_t mask = m_edgeKeys.size() - 1;
    std::size_t slot = std::size_t((key * 0x9E3779B97F4A7C15ull) >> m_edgeShift);
    while (m_edgeKeys[slot] != kEmpty)
        slot = (slot + 1) & mask;
    const int created = int(m_terminal.size());
    m_terminal.push_back(-1);
    if (node <= kContinuationRoot && c < 128)
        m_rootAscii[node][c] = created;
    m_edgeKeys[slot] = key;
    m_edgeChildren[slot] = created;
    ++m_edgeCount;
    return created;
}

void WordPiece::growEdges() {
    std::vector<std::uint64_t> keys(m_edgeKeys.size() * 2, kEmpty);
    std::vector<int> children(keys.size(), 0);
    --m_edgeShift;
    const std::size_t mask = keys.size() - 1;
    for (std::size_t i = 0; i < m_edgeKeys.size(); ++i) {
        if (m_edgeKeys[i] == kEmpty)
            continue;
        std::size_t slot = std::size_t((m_edgeKeys[i] * 0x9E3779B97F4A7C15ull) >> m_edgeShift);
        while (keys[slot] != kEmpty)
            slot = (slot + 1) & mask;
        keys[slot] = m_edgeKeys[i];
        children[slot] = m_edgeChildren[i];
    }
    m_edgeKeys.swap(keys);
    m_edgeChildren.swap(children);
}

void WordPiece::insert(std::u32string_view piece, int root, int id) {
    int node = root;
    for (char32_t c : piece)
        node = addChild(node, c);
    m_terminal[std::size_t(node)] = id;
    m_maxDepth = std::max(m_maxDepth, piece.size());
}

int WordPiece::longestMatch(std::u32string_view word, std::size_t from, int root, int* id) const {
    int node = root;
    int best = 0;
    const std::size_t end = std::min(word.size(), from + m_maxDepth);
    for (std::size_t i = from; i < end; ++i) {
        node = child(node, word[i]);
        if (node < 0)
            break;
        if (const int terminal = m_terminal[std::size_t(node)]; terminal >= 0) {
            *id = terminal;
            best = int(i + 1 - from);
        }
    }
    return best;
}

void WordPiece::split(std::u32string_view word, std::vector<Piece>& out) const {
    const int length = int(word.size());
    if (m_options.maxWordChars > 0 && length > m_options.maxWordChars) {
        out.push_back({m_options.unkId, 0, length, false});
        return;
    }
    const std::size_t first = out.size();
    for (int start = 0; start < length;) {
        int id = -1;
        const int matched =
            longestMatch(word, std::size_t(start), start == 0 ? kInitialRoot : kContinuationRoot, &id);
        if (matched > 0) {
            out.push_back({id, start, start + matched, false});
            start += matched;
        } else if (m_options.characterFallback) {
            out.push_back({m_options.unkId, start, start + 1, true});
            ++start;
        } else {
            // Google: no split for the whole word.
            out.resize(first);
            out.push_back({m_options.unkId, 0, length, false});
            return;
        }
    }
}

} // namespace bertlab::core
