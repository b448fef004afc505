#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace bertlab::core {

// Which reference tokenizer to reproduce.
//   Google:      Google's tokenization.py (FullTokenizer): drops Cc/Cf control characters, lower-cases each
//                whitespace-separated word with Python's str.lower() (so a word-final capital sigma becomes
//                "ς"), a word over 200 code points becomes one [UNK]; a pair is truncated as run_classifier's
//                _truncate_seq_pair does (one piece off the longer text, off the second on a tie).
//   HuggingFace: Hugging Face tokenizers' BERT tokenizer (BertTokenizerFast, what AutoTokenizer gives):
//                also drops private-use characters (Co), lower-cases char by char, a word over 100 code
//                points becomes one [UNK]; a pair is truncated as tokenizers' longest_first does (the longer
//                text keeps the odd piece), and an empty second text is no second text. Honours
//                stripAccents and splitCjk (tokenizer_config.json).
//   KerasBert:   keras_bert.Tokenizer 0.89.0: no length limit, an unmatched character becomes a piece of its
//                own (id [UNK]) and the split goes on; "[MASK]" in the text is ordinary punctuation and
//                letters.
// Google and HuggingFace keep special-token literals in the text ("[MASK]") whole, as Hugging Face does
// (Google's code would split them into "[", "mask", "]"; keeping them is what lets a user type [MASK]).
enum class TokenizerMode { Google, HuggingFace, KerasBert };

struct TokenizerOptions {
    bool cased = false; // uncased: lower-case (and strip accents unless stripAccents says otherwise)
    TokenizerMode mode = TokenizerMode::Google;
    // HuggingFace mode only (tokenizer_config.json's strip_accents and tokenize_chinese_chars): unset
    // strips accents exactly when lower-casing; splitCjk makes each CJK ideograph a word of its own.
    std::optional<bool> stripAccents;
    bool splitCjk = true;

    static TokenizerOptions of(TokenizerMode mode, bool cased) {
        TokenizerOptions options;
        options.mode = mode;
        options.cased = cased;
        return options;
    }
    bool stripsAccents() const {
        return mode == TokenizerMode::HuggingFace ? stripAccents.value_or(!cased) : !cased;
    }
    bool splitsCjk() const { return mode != TokenizerMode::HuggingFace || splitCjk; }
    bool operator==(const TokenizerOptions&) const = default;
};

// A tokenizer as a user asks for one (command line, saved settings): what is unset is the model's own.
struct TokenizerChoice {
    std::optional<TokenizerMode> mode; // unset: "auto"
    std::optional<bool> cased;

    // The options to use with a model whose own are `model`: another mode starts from that mode's
    // defaults (keeping the model's case); the model's mode keeps all its settings.
    TokenizerOptions resolve(const TokenizerOptions& model) const {
        TokenizerOptions options = model;
        if (mode && *mode != model.mode) {
            options = TokenizerOptions{};
            options.mode = *mode;
            options.cased = model.cased;
        }
        if (cased)
            options.cased = *cased;
        return options;
    }
};

// "google", "huggingface" (also "hf", "hugging-face") and "keras-bert" (also "keras_bert", "keras"),
// case-insensitive.
std::optional<TokenizerMode> tokenizerModeFromName(QStringView name);
QString tokenizerModeName(TokenizerMode mode);

} // namespace bertlab::core
