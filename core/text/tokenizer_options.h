#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace bertlab::core {

// Which reference tokenizer to reproduce.
//   Google:    Google's tokenization.py / Hugging Face BertTokenizer(Fast): a word without a WordPiece split,
//              or longer than 100 code points, becomes one [UNK]; special-token literals ("[MASK]") in the
//              text stay whole, as Hugging Face keeps them.
//   KerasBert: keras_bert.Tokenizer 0.89.0: no length limit, an unmatched character becomes a piece of its
//              own (id [UNK]) and the split goes on; "[MASK]" in the text is ordinary punctuation and
//              letters.
enum class TokenizerMode { Google, KerasBert };

struct TokenizerOptions {
    bool cased = false; // uncased: NFD, drop non-spacing marks, lower-case
    TokenizerMode mode = TokenizerMode::Google;
};

// "google" / "keras-bert" (also "keras_bert", "keras"), case-insensitive.
std::optional<TokenizerMode> tokenizerModeFromName(QStringView name);
QString tokenizerModeName(TokenizerMode mode);

} // namespace bertlab::core
