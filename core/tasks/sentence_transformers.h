#pragma once

#include "core/result.h"
#include "core/tasks/embedding_extractor.h"
#include "core/text/tokenizer_options.h"

#include <QString>

#include <optional>
#include <vector>

namespace bertlab::core {

// A sentence-transformers folder (modules.json): what SentenceTransformer.encode runs after BERT. BertLab
// reads the usual pipeline, Transformer → Pooling → (Normalize); other modules (Dense, …) are refused by
// name.
struct SentenceTransformersConfig {
    QString transformerFolder; // the BERT model: the folder itself or a subfolder ("0_Transformer")
    std::vector<Pooling>
        poolings;           // the pooling modes in the order encode() concatenates them: cls, max, mean
    bool normalize = false; // a Normalize module: unit length (L2)
    int maxSeqLength = 0;   // sentence_bert_config.json's max_seq_length (0: not given)
    bool lowerCase = false; // its do_lower_case: the text is lower-cased before tokenizing

    // "mean pooling, normalized, up to 128 tokens", for the Extract page.
    QString description() const;
    // The extraction encode() does: the last layer, these poolings, normalization, max_seq_length.
    void apply(ExtractionParams& params, TokenizerOptions& tokenizer) const;
};

// Reads modules.json and what it names. nullopt: no modules.json; an error names the file and the reason
// (bad JSON, a module path leaving the folder, an unsupported module or pooling mode).
Result<std::optional<SentenceTransformersConfig>> readSentenceTransformers(const QString& directory);

} // namespace bertlab::core
