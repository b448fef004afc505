#pragma once

// Pretraining inputs: documents of sentences (Google's create_pretraining_data layout: one sentence per line,
// a blank line between documents) or explicit sentence pairs (keras-bert's README example), turned into
// masked-LM + next-sentence examples with keras_bert.gen_batch_inputs' semantics.

#include "core/result.h"
#include "core/text/tokenizer.h"
#include "core/train/training_batch.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>
#include <vector>

namespace bertlab::core {

// A sentence pair as WordPiece tokens (no [CLS]/[SEP]).
struct SentencePair {
    QStringList first, second;
};

// Longer lines (in UTF-16 code units) are skipped and listed, so one runaway line cannot exhaust memory.
inline constexpr int kMaxCorpusLineChars = 100000;

struct PretrainingCorpus {
    std::vector<std::vector<QStringList>> documents; // documents → sentences → WordPieces
    std::int64_t sentenceCount = 0;
    std::vector<int> skippedLines; // 1-based line numbers of invalid UTF-8 or over-long lines
};

// Reads and tokenizes a corpus file, streaming it line by line: a (whitespace-only) blank line ends a
// document, lines that tokenize to nothing are left out, invalid UTF-8 and over-long lines are skipped and
// listed. Errors name the file (missing, unreadable, no sentences).
Result<PretrainingCorpus> readPretrainingCorpus(const QString& path, const Tokenizer& tokenizer);

// Reads sentence pairs from a TSV file: "first sentence<TAB>second sentence" per line (the first tab splits;
// blank lines are ignored). A line without a tab, with invalid UTF-8 or over kMaxCorpusLineChars is an error
// naming the file and line.
Result<std::vector<SentencePair>> readSentencePairs(const QString& path, const Tokenizer& tokenizer);

// Consecutive sentences of each document become pairs (a = sentence i, b = sentence i+1), each side cut so
// that [CLS] a [SEP] b [SEP] fits seqLen (longest-first, as Google's truncate_seq_pair).
std::vector<SentencePair> pairsFromCorpus(const PretrainingCorpus& corpus, int seqLen);

// keras_bert.gen_batch_inputs' parameters.
struct MaskingOptions {
    int seqLen = 128;
    double maskRate = 0.15;      // a non-special token is chosen for prediction with this probability
    double maskMaskRate = 0.8;   // a chosen token becomes [MASK] …
    double maskRandomRate = 0.1; // … or a random non-special token, else stays
    double swapSentenceRate = 0.5;
    bool forceMask = true; // a sequence with nothing chosen gets position 1 chosen
};

// keras_bert.gen_batch_inputs for one batch: a random subset of pairs (swapSentenceRate) gets its second
// sentences shuffled among itself (nspLabel 1 where a pair's second changed), then masking. Tokens missing
// from the vocabulary map to [UNK]. Deterministic for a given rng state.
std::vector<TrainingExample> makePretrainingExamples(const std::vector<SentencePair>& pairs,
                                                     const Vocab& vocab, const MaskingOptions& options,
                                                     std::mt19937_64& rng);

} // namespace bertlab::core
