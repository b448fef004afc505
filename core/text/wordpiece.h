#pragma once

#include "core/text/vocab.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace bertlab::core {

// Greedy longest-match-first WordPiece over a vocabulary. The pieces live in two code-point tries
// (word-initial pieces, and "##" continuation pieces without their "##"), so the longest match at a position
// costs one walk down the trie instead of a hash lookup per candidate length.
class WordPiece final {
public:
    struct Options {
        int unkId = 0;
        int maxWordChars = 0; // longer words become one [UNK]; 0: no limit
        bool characterFallback =
            false; // keras-bert: an unmatched char becomes its own piece and the split goes on
    };
    // A piece of a word: [begin, end) in the word's chars. unmatched: keras-bert's fallback piece, which
    // keeps its own text (the char, "##"-prefixed unless word-initial) although its id is [UNK].
    struct Piece {
        int id = 0;
        int begin = 0;
        int end = 0;
        bool unmatched = false;
    };

    WordPiece(const Vocab& vocab, Options options);

    // Appends the pieces of one word (non-empty) to out.
    void split(std::u32string_view word, std::vector<Piece>& out) const;

private:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t(0);
    static constexpr int kInitialRoot = 0;
    static constexpr int kContinuationRoot = 1;

    // Longest vocabulary piece starting at word[from] below root; sets *id, returns its length (0: none).
    int longestMatch(std::u32string_view word, std::size_t from, int root, int* id) const;
    void insert(std::u32string_view piece, int root, int id);
    int child(int node, char32_t c) const;
    int addChild(int node, char32_t c);
    void growEdges();

    Options m_options;
    std::vector<int> m_terminal; // per node: vocabulary id ending there, or -1
    // Open-addressing map (node, code point) -> child node.
    std::vector<std::uint64_t> m_edgeKeys;
    std::vector<int> m_edgeChildren;
    std::size_t m_edgeCount = 0;
    int m_edgeShift = 64;
    std::size_t m_maxDepth = 0;
    // The roots' ASCII children, looked up directly: most words start there.
    int m_rootAscii[2][128];
};

} // namespace bertlab::core
