#include "core/text/basic_tokenizer.h"

#include "core/text/unicode_classes.h"

#include <array>

namespace bertlab::core {

namespace {

// Collects chars into words; a word ends at whitespace, punctuation, CJK and special tokens.
class WordBuilder final {
public:
    explicit WordBuilder(BasicTokens& out)
        : m_out(out) {}

    void append(char32_t c, int origin) {
        m_out.chars.push_back(c);
        m_out.origins.push_back(origin);
    }
    void flush() {
        const int end = int(m_out.chars.size());
        if (end > m_start)
            m_out.words.push_back({m_start, end, -1, 0, 0});
        m_start = end;
    }
    void single(char32_t c, int origin) {
        flush();
        append(c, origin);
        flush();
    }
    void special(int id, int originBegin, int originEnd) {
        flush();
        m_out.words.push_back({m_start, m_start, id, originBegin, originEnd});
    }

private:
    BasicTokens& m_out;
    int m_start = 0;
};

enum AsciiClass : unsigned char { Letter, Drop, Space, Punct };

constexpr auto kAscii = [] {
    std::array<unsigned char, 128> table{};
    for (int c = 0; c < 128; ++c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            table[c] = Space;
        else if (c < 0x20 || c == 0x7F)
            table[c] = Drop;
        else if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) ||
                 (c >= 123 && c <= 126))
            table[c] = Punct;
        else
            table[c] = Letter;
    }
    return table;
}();

} // namespace

BasicTokenizer::BasicTokenizer(TokenizerOptions options, std::vector<std::pair<std::u32string, int>> specials)
    : m_options(options)
    , m_specials(std::move(specials)) {}

void BasicTokenizer::run(QStringView text, BasicTokens& out) const {
    out.clear();
    const std::u32string codePoints = unicode::toCodePoints(text);
    out.chars.reserve(codePoints.size());
    out.origins.reserve(codePoints.size());
    switch (m_options.mode) {
    case TokenizerMode::Google:
        runGoogle(codePoints, out);
        break;
    case TokenizerMode::HuggingFace:
        runHuggingFace(codePoints, out);
        break;
    case TokenizerMode::KerasBert:
        runKeras(codePoints, out);
        break;
    }
}

int BasicTokenizer::matchSpecial(const std::u32string& text, std::size_t at, int* id) const {
    const std::u32string_view rest = std::u32string_view(text).substr(at);
    for (const auto& [literal, literalId] : m_specials) {
        if (rest.starts_with(literal)) {
            *id = literalId;
            return int(literal.size());
        }
    }
    return 0;
}

// tokenization.py's order: \0, U+FFFD and Cc/Cf are dropped, whitespace separates words and each CJK
// ideograph is a word; uncased, each word is lower-cased as a whole (Python's str.lower(), which sees a
// word-final sigma), then NFD-decomposed and stripped of Mn; last, punctuation is split off. Special-token
// literals are found in the raw text first.
void BasicTokenizer::runGoogle(const std::u32string& text, BasicTokens& out) const {
    WordBuilder words(out);
    const bool uncased = !m_options.cased;
    std::u32string word;
    std::vector<int> wordOrigins;
    std::u32string lowered;
    char32_t decomposed[4];
    auto emit = [&](char32_t c, int origin) {
        if (unicode::isPunctuation(c))
            words.single(c, origin);
        else
            words.append(c, origin);
    };
    auto endWord = [&] {
        if (!uncased) {
            for (std::size_t i = 0; i < word.size(); ++i)
                emit(word[i], wordOrigins[i]);
        } else {
            for (std::size_t i = 0; i < word.size(); ++i) {
                const char32_t c = word[i];
                if (c < 0x80) {
                    emit(c >= 'A' && c <= 'Z' ? c + 32 : c, wordOrigins[i]);
                    continue;
                }
                lowered.clear();
                unicode::appendLower(word, i, lowered);
                for (char32_t l : lowered) {
                    const int n = unicode::decompose(l, decomposed);
                    for (int k = 0; k < n; ++k) {
                        if (!unicode::isNonSpacingMark(decomposed[k]))
                            emit(decomposed[k], wordOrigins[i]);
                    }
                }
            }
        }
        words.flush();
        word.clear();
        wordOrigins.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        const int origin = int(i);
        if (c < 0x80) {
            switch (kAscii[c]) {
            case Letter:
                word.push_back(c);
                wordOrigins.push_back(origin);
                continue;
            case Space:
                endWord();
                continue;
            case Drop:
                continue;
            case Punct:
                if (c == '[' && !m_specials.empty()) {
                    int id = -1;
                    if (const int length = matchSpecial(text, i, &id)) {
                        endWord();
                        words.special(id, origin, origin + length);
                        i += std::size_t(length) - 1;
                        continue;
                    }
                }
                word.push_back(c);
                wordOrigins.push_back(origin);
                continue;
            }
        }
        if (c == 0xFFFD || unicode::isControlOrFormat(c))
            continue;
        if (unicode::isWhitespace(c)) {
            endWord();
            continue;
        }
        const bool cjk = unicode::isCjkIdeograph(c);
        if (cjk)
            endWord();
        word.push_back(c);
        wordOrigins.push_back(origin);
        if (cjk)
            endWord();
    }
    endWord();
}

// Hugging Face order (tokenizers' BertNormalizer, then BertPreTokenizer): special-token literals are found in
// the raw text; \0, U+FFFD and control characters (Co included) are dropped, whitespace separates words,
// each CJK ideograph is a word (splitCjk); each remaining char is NFD-decomposed and stripped of Mn (when
// stripping accents), then lower-cased char by char (uncased); last, punctuation (judged after
// normalization) is split off.
void BasicTokenizer::runHuggingFace(const std::u32string& text, BasicTokens& out) const {
    WordBuilder words(out);
    const bool lower = !m_options.cased;
    const bool strip = m_options.stripsAccents();
    const bool splitCjk = m_options.splitsCjk();
    char32_t decomposed[4];
    std::u32string normalized;
    std::u32string stripped;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        const int origin = int(i);
        if (c < 0x80) {
            switch (kAscii[c]) {
            case Letter:
                words.append(lower && c >= 'A' && c <= 'Z' ? c + 32 : c, origin);
                continue;
            case Space:
                words.flush();
                continue;
            case Drop:
                continue;
            case Punct:
                if (c == '[' && !m_specials.empty()) {
                    int id = -1;
                    if (const int length = matchSpecial(text, i, &id)) {
                        words.special(id, origin, origin + length);
                        i += std::size_t(length) - 1;
                        continue;
                    }
                }
                words.single(c, origin);
                continue;
            }
        }
        if (c == 0xFFFD || unicode::isHuggingFaceControl(c))
            continue;
        if (unicode::isWhitespace(c)) {
            words.flush();
            continue;
        }
        const bool cjk = splitCjk && unicode::isCjkIdeograph(c);
        if (cjk)
            words.flush();
        normalized.clear();
        if (strip) {
            const int n = unicode::decompose(c, decomposed);
            for (int k = 0; k < n; ++k) {
                if (!unicode::isNonSpacingMark(decomposed[k]))
                    normalized.push_back(decomposed[k]);
            }
        } else {
            normalized.push_back(c);
        }
        if (lower) {
            stripped.swap(normalized);
            normalized.clear();
            for (char32_t s : stripped)
                unicode::appendLowerNoContext(s, normalized);
        }
        for (char32_t n : normalized) {
            if (unicode::isPunctuation(n))
                words.single(n, origin);
            else
                words.append(n, origin);
        }
        if (cjk)
            words.flush();
    }
    words.flush();
}

// keras-bert order: uncased, the whole text is NFD-decomposed, stripped of Mn and lower-cased (Python's
// str.lower(), final sigma included) first; then per char: punctuation and CJK are words of their own,
// whitespace separates, \0, U+FFFD and Cc/Cf are dropped.
void BasicTokenizer::runKeras(const std::u32string& text, BasicTokens& out) const {
    std::u32string normalized;
    std::vector<int> origins;
    const std::u32string* chars = &text;
    if (!m_options.cased) {
        std::u32string stripped;
        std::vector<int> strippedOrigins;
        stripped.reserve(text.size());
        strippedOrigins.reserve(text.size());
        char32_t decomposed[4];
        for (std::size_t i = 0; i < text.size(); ++i) {
            const int n = unicode::decompose(text[i], decomposed);
            for (int k = 0; k < n; ++k) {
                if (!unicode::isNonSpacingMark(decomposed[k])) {
                    stripped.push_back(decomposed[k]);
                    strippedOrigins.push_back(int(i));
                }
            }
        }
        normalized.reserve(stripped.size());
        origins.reserve(stripped.size());
        for (std::size_t i = 0; i < stripped.size(); ++i) {
            const int n = unicode::appendLower(stripped, i, normalized);
            origins.insert(origins.end(), std::size_t(n), strippedOrigins[i]);
        }
        chars = &normalized;
    }

    WordBuilder words(out);
    for (std::size_t i = 0; i < chars->size(); ++i) {
        const char32_t c = (*chars)[i];
        const int origin = chars == &text ? int(i) : origins[i];
        if (c < 0x80) {
            switch (kAscii[c]) {
            case Letter:
                words.append(c, origin);
                continue;
            case Space:
                words.flush();
                continue;
            case Drop:
                continue;
            case Punct:
                words.single(c, origin);
                continue;
            }
        }
        if (unicode::isPunctuation(c) || unicode::isCjkIdeograph(c))
            words.single(c, origin);
        else if (unicode::isWhitespace(c))
            words.flush();
        else if (c == 0xFFFD || unicode::isControlOrFormat(c))
            continue;
        else
            words.append(c, origin);
    }
    words.flush();
}

} // namespace bertlab::core
