#pragma once

#include "core/io/model_loader.h"
#include "core/model/bert_model.h"
#include "core/result.h"
#include "core/tasks/sentence_transformers.h"
#include "core/text/tokenizer.h"
#include "core/text/tokenizer_settings.h"
#include "core/text/vocab.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace bertlab::core {

struct BundleOptions {
    LoadOptions load;
    // Replaces the config's hidden_act. keras-bert computes "gelu" with the tanh approximation (as Google's
    // original TF code did) while Hugging Face uses erf; choose tanh to reproduce keras-bert's numbers.
    std::optional<Activation> activation;
};

// A loaded model folder: the runnable model, its vocabulary and what the UI/CLI show about it.
class ModelBundle final {
public:
    // A model made in memory (random weights for benchmarks, or one being trained).
    static std::shared_ptr<const ModelBundle> fromParts(BertConfig config, BertWeights weights, Vocab vocab);
    static Result<std::shared_ptr<const ModelBundle>> load(const QString& directory,
                                                           const BundleOptions& options = {});

    const BertModel& model() const { return m_model; }
    const Vocab& vocab() const { return m_vocab; }
    const ModelFiles& files() const { return m_files; }
    const BertConfig& config() const { return m_model.config(); }
    qint64 parameterCount() const { return m_parameterCount; }
    // The longest input: the model's positions, or the tokenizer's model_max_length when that is less.
    int maxSequenceLength() const;
    // Whether the vocabulary keeps upper case (a cased model): then text should not be lower-cased.
    bool looksCased() const { return m_cased; }

    // A sentence-transformers folder's pipeline (modules.json), nullopt for a plain BERT folder.
    const std::optional<SentenceTransformersConfig>& sentenceTransformers() const { return m_sentence; }
    // What the folder's tokenizer_config.json / tokenizer.json ask for (nullopt: neither file).
    const std::optional<TokenizerSettings>& tokenizerSettings() const { return m_tokenizerSettings; }
    // The tokenizer this model expects: its tokenizer files' settings; else huggingface mode for a Hugging
    // Face folder, google mode for a TF checkpoint and keras-bert mode for a keras-bert .h5, cased when the
    // vocabulary is.
    TokenizerOptions defaultTokenizerOptions() const;

    Tokenizer tokenizer(const TokenizerOptions& options) const { return Tokenizer(m_vocab, options); }

    // Format, config, parameter count and heads present, as `bertlab-cli info` prints them.
    QJsonObject summary() const;

private:
    ModelBundle(LoadedModel loaded, Vocab vocab);

    ModelFiles m_files;
    qint64 m_parameterCount = 0;
    BertModel m_model;
    Vocab m_vocab;
    bool m_cased = false;
    std::optional<TokenizerSettings> m_tokenizerSettings;
    std::optional<SentenceTransformersConfig> m_sentence;
};

} // namespace bertlab::core
