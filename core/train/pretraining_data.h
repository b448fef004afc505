#pragma once

// Pretraining inputs: documents of sentences (Google's create_pretraining_data layout: one sentence per line,
// a blank line between documents) or explicit sentence pairs (keras-bert's README example), turned into
// masked-LM + next-sentence examples with keras_bert.gen_batch_inputs' semantics.

#include "core/result.h"
#include "core/text/tokenizer.h"
#include "core/train/training_batch.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace bertlab::core {

// A piece missing from the vocabulary (keras-bert mode's unmatched characters such as "##é"). It is fed as
// [UNK] and, unlike a [UNK] the tokenizer gave, can be chosen for prediction with label [UNK], as
// keras_bert.gen_batch_inputs treats token strings (token_dict.get(token, unk_id), specials never chosen).
inline constexpr int kUnknownPieceId = -1;

// A sentence pair as WordPiece ids of the tokenizer's vocabulary or kUnknownPieceId (no [CLS]/[SEP]). Ids,
// not strings: a large corpus costs about 4 bytes a token.
struct SentencePair {
    std::vector<int> first, second;
};

// Longer lines (in UTF-16 code units) are skipped and listed, so one runaway line cannot exhaust memory.
inline constexpr int kMaxCorpusLineChars = 100000;

// Documents of sentences of WordPiece ids, held flat (one id array, end offsets) so that a large corpus
// costs little more than 4 bytes a token. Build it with addSentence() and endDocument().
struct PretrainingCorpus {
    std::vector<int> ids; // every sentence's ids (or kUnknownPieceId), back to back
    // Sentence s (counted over all documents) is ids[sentenceEnds[s-1], sentenceEnds[s]), from 0 for s = 0.
    std::vector<std::size_t> sentenceEnds;
    // Document d is sentences [documentEnds[d-1], documentEnds[d]), from 0 for d = 0.
    std::vector<std::size_t> documentEnds;
    std::vector<int> skippedLines; // 1-based line numbers of invalid UTF-8 or over-long lines

    std::size_t documentCount() const { return documentEnds.size(); }
    std::int64_t sentenceCount() const { return std::int64_t(sentenceEnds.size()); }
    std::size_t documentSize(std::size_t document) const; // its number of sentences
    // Sentence `index` (from 0) of `document`.
    std::span<const int> sentence(std::size_t document, std::size_t index) const;

    // Appends a sentence to the open document; endDocument() closes it (an empty document is dropped).
    void addSentence(std::span<const int> sentenceIds);
    void endDocument();
};

// Reads and tokenizes a corpus file into ids of the tokenizer's vocabulary, streaming it line by line: a
// (whitespace-only) blank line ends a document, lines that tokenize to nothing are left out, invalid UTF-8
// and over-long lines are skipped and listed. Errors name the file (missing, unreadable, no sentences).
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
// sentences shuffled among itself (nspLabel 1 where a pair's second changed), then masking. The pairs hold
// ids of `vocab`; an id outside it (kUnknownPieceId) is fed as [UNK] and can be chosen, with label [UNK].
// The ids of [PAD] [UNK] [CLS] [SEP] [MASK] are never chosen, nor drawn as random replacements.
// Deterministic for a given rng state.
std::vector<TrainingExample> makePretrainingExamples(const std::vector<SentencePair>& pairs,
                                                     const Vocab& vocab, const MaskingOptions& options,
                                                     std::mt19937_64& rng);

} // namespace bertlab::core
