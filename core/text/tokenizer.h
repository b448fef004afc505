#pragma once

#include "core/result.h"
#include "core/text/basic_tokenizer.h"
#include "core/text/tokenizer_options.h"
#include "core/text/vocab.h"
#include "core/text/wordpiece.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace bertlab::core {

// One model input: [CLS] first [SEP] (second [SEP]) [PAD]…
struct Encoding {
    QStringList tokens; // keras-bert mode: an unmatched char keeps its text ("##é") though its id is [UNK]
    std::vector<int> ids;
    std::vector<int> segments; // 0: [CLS], first, its [SEP] (and padding); 1: second and its [SEP]
    // [start, end) in code points (Python string indices) of the text the token came from (first or second,
    // as its segment says); [CLS], [SEP] and [PAD] get [0, 0]. A word that became one [UNK] spans the word.
    std::vector<std::pair<int, int>> offsets;
    int padding = 0; // trailing [PAD] tokens

    int length() const { return int(ids.size()) - padding; } // real (non-pad) tokens
};

// Google's _truncate_seq_pair (also keras-bert's and BertTokenizer's): how many pieces of a pair's first and
// second text stay within `budget`, taking one piece at a time off the longer text (the second on a tie).
std::pair<std::size_t, std::size_t> truncatedPairLengths(std::size_t first, std::size_t second,
                                                         std::size_t budget);
// Hugging Face tokenizers' longest_first for a pair: the shorter text keeps all its pieces or, when both are
// long, half the budget (rounded down); the longer text (the second on a tie) keeps the rest.
std::pair<std::size_t, std::size_t> longestFirstPairLengths(std::size_t first, std::size_t second,
                                                            std::size_t budget);

// BERT tokenization (basic + WordPiece) matching a reference peer exactly; see TokenizerMode. Immutable after
// construction: every method is const and safe to call from several threads at once.
class Tokenizer final {
public:
    explicit Tokenizer(Vocab vocab, TokenizerOptions options = {});
    static Result<Tokenizer> fromVocabFile(const QString& path, TokenizerOptions options = {});

    const Vocab& vocab() const { return m_vocab; }
    const TokenizerOptions& options() const { return m_options; }

    // WordPieces only, no [CLS]/[SEP].
    QStringList tokenize(const QString& text) const;

    // A null second text encodes one sequence; an empty but non-null one encodes a pair with an empty second
    // text ([CLS] a [SEP] [SEP]), as keras-bert and Google's code do (huggingface mode: one sequence, as
    // BertTokenizerFast). maxLen > 0 truncates longest-first to at most maxLen tokens (single: the first
    // maxLen-2 pieces; pair: truncatedPairLengths, huggingface mode longestFirstPairLengths); pad then fills
    // up to maxLen with [PAD].
    Encoding encode(const QString& first, const QString& second = QString(), int maxLen = 0,
                    bool pad = false) const;

    // Text of ids: [CLS], [SEP] and [PAD] are left out, pieces joined by spaces with "##" continuations glued
    // to the piece before (Hugging Face's convert_tokens_to_string); ids outside the vocabulary are skipped.
    QString decode(const std::vector<int>& ids) const;

    int clsId() const { return m_clsId; }
    int sepId() const { return m_sepId; }
    int padId() const { return m_padId; }
    int unkId() const { return m_unkId; }
    int maskId() const { return m_maskId; } // -1 if the vocabulary has no [MASK]

private:
    struct Piece {
        int id = 0;
        int start = 0; // code points in the original text
        int end = 0;
        QString text; // set only for keras-bert's unmatched pieces; else the vocabulary token
    };
    void pieces(const QString& text, std::vector<Piece>& out) const;
    const QString& tokenText(const Piece& piece) const;

    Vocab m_vocab;
    TokenizerOptions m_options;
    int m_clsId = 0;
    int m_sepId = 0;
    int m_padId = 0;
    int m_unkId = 0;
    int m_maskId = -1;
    std::shared_ptr<const BasicTokenizer> m_basic;
    std::shared_ptr<const WordPiece> m_wordPiece;
};

} // namespace bertlab::core
