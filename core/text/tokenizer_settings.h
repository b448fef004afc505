#pragma once

#include "core/result.h"
#include "core/text/tokenizer_options.h"

#include <QString>

#include <optional>

namespace bertlab::core {

// The tokenizer a Hugging Face folder asks for, as transformers' BertTokenizerFast reads it: the settings
// of tokenizer_config.json (do_lower_case, strip_accents, tokenize_chinese_chars, model_max_length) win,
// with transformers' defaults for what it leaves out; without one, tokenizer.json's BertNormalizer.
struct TokenizerSettings {
    TokenizerOptions options; // mode HuggingFace
    int modelMaxLength = 0;   // model_max_length; 0: not given (or transformers' "no limit")
    QString source;           // the file they came from: "tokenizer_config.json" or "tokenizer.json"
};

// Reads the folder's tokenizer files. nullopt: neither file is there; an error names the file and says
// what is wrong with it (bad JSON, a setting of the wrong type, a normalizer that is not BERT's).
Result<std::optional<TokenizerSettings>> readTokenizerSettings(const QString& directory);

} // namespace bertlab::core
