#pragma once

// Learns a WordPiece vocabulary from a corpus (keras-bert cannot): BERT's special tokens, every character
// seen (and its "##" form), then the most useful merges until the target size, greedily merging the pair
// with the best score (see WordPieceMergeScore).

#include "core/result.h"
#include "core/tasks/progress.h"
#include "core/text/tokenizer_options.h"
#include "core/text/vocab.h"

#include <QString>
#include <QStringList>

namespace bertlab::core {

// How a merge of adjacent pieces a, b is chosen; N is the number of pieces in the corpus.
enum class WordPieceMergeScore {
    // count(ab) · log(count(ab) N / (count(a) count(b))): the gain in corpus likelihood, WordPiece's own
    // criterion. Vocabularies as compact as Hugging Face's (tokens per word within 1% on a 5 MB text).
    Likelihood,
    // count(ab) / (count(a) count(b)) alone, the score the Hugging Face course gives for WordPiece: favours
    // rare pairs, about twice the tokens per word at the same vocabulary size.
    Association,
    // count(ab): what Hugging Face tokenizers' WordPieceTrainer does (it is their BPE trainer).
    Frequency,
};

struct WordPieceTrainingOptions {
    int vocabSize = 30000;
    int minFrequency = 2; // words (and pairs) seen fewer times are split into characters but add no merges
    bool cased = false;   // basic tokenization as the tokenizer will do (uncased: lower-case, strip accents)
    WordPieceMergeScore score = WordPieceMergeScore::Likelihood;
    QStringList specialTokens = {QStringLiteral("[PAD]"), QStringLiteral("[UNK]"), QStringLiteral("[CLS]"),
                                 QStringLiteral("[SEP]"), QStringLiteral("[MASK]")};
};

// Vocabulary order: the special tokens, the characters seen (by code point), the "##" characters seen inside
// words (by code point), then the merges in the order learned. When the alphabet alone would not fit, its
// rarest characters are left out. Words longer than 100 chars (one [UNK] for the tokenizer) add no merges.
// progress(done, total) reports the vocabulary size reached against vocabSize; returning false cancels.

// From texts already in memory. A cancelled run returns an empty Vocab.
Vocab trainWordPieceVocab(const QStringList& texts, const WordPieceTrainingOptions& options,
                          const ProgressCallback& progress = {});
// From a UTF-8 text file, streamed line by line (invalid UTF-8 lines are ignored); the error names the file,
// also when cancelled or when the file has no words.
Result<Vocab> trainWordPieceVocabFromFile(const QString& path, const WordPieceTrainingOptions& options,
                                          const ProgressCallback& progress = {});

} // namespace bertlab::core
