#pragma once

#include "core/text/tokenizer_options.h"

#include <QStringView>

#include <string>
#include <utility>
#include <vector>

namespace bertlab::core {

// The text after basic tokenization: normalized code points, the original code point each came from, and the
// words (runs of chars) that WordPiece splits next.
struct BasicTokens {
    struct Word {
        int begin = 0; // into chars/origins
        int end = 0;
        int specialId = -1;  // a special-token literal kept whole ("[MASK]"): its id, chars empty
        int originBegin = 0; // for specials: the literal's span in the original text
        int originEnd = 0;
    };
    std::u32string chars;
    std::vector<int> origins; // per char: index of the original code point it came from
    std::vector<Word> words;

    void clear() {
        chars.clear();
        origins.clear();
        words.clear();
    }
};

// Cleaning, whitespace and punctuation splitting, CJK isolation and (uncased) lower-casing and accent
// stripping, in the order the chosen reference tokenizer applies them (see run()).
class BasicTokenizer final {
public:
    // specials: literal tokens kept whole (google and huggingface modes), with their ids.
    BasicTokenizer(TokenizerOptions options, std::vector<std::pair<std::u32string, int>> specials);

    void run(QStringView text, BasicTokens& out) const;

private:
    void runGoogle(const std::u32string& text, BasicTokens& out) const;
    void runHuggingFace(const std::u32string& text, BasicTokens& out) const;
    void runKeras(const std::u32string& text, BasicTokens& out) const;
    int matchSpecial(const std::u32string& text, std::size_t at, int* id) const;

    TokenizerOptions m_options;
    std::vector<std::pair<std::u32string, int>> m_specials;
};

} // namespace bertlab::core
