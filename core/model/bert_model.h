#pragma once

#include "core/model/bert_config.h"
#include "core/model/bert_weights.h"
#include "core/model/layers.h"
#include "core/model/token_batch.h"
#include "core/result.h"

#include <optional>
#include <vector>

namespace bertlab::core {

// What a forward pass should hand back beyond the last layer's hidden states.
struct ForwardRequest {
    bool hiddenStates = false; // the embeddings' output and every layer's output
    // Or only these of them (0 = embeddings, i = layer i's output); the others stay empty tensors.
    std::vector<int> hiddenStatesOf;
    bool attentions = false;           // every layer's attention probabilities, per sequence [heads, T, T]
    bool pooled = false;               // tanh(W h[CLS] + b) per sequence
    bool nsp = false;                  // next-sentence probabilities per sequence: [is next, not next]
    bool classifier = false;           // the classifier head's logits and label probabilities per sequence
    bool mlm = false;                  // masked-LM probabilities over the vocabulary
    std::vector<std::int64_t> mlmRows; // packed rows to score; empty with mlm = all rows
    bool keepActivations = false;      // fill ForwardResult::tape with every intermediate (to look inside)
};

struct ForwardResult {
    Tensor lastHidden;                           // [tokens, H], packed like the batch
    std::vector<Tensor> hiddenStates;            // layers + 1 entries of [tokens, H] (when asked for)
    std::vector<std::vector<Tensor>> attentions; // [layer][sequence] -> [heads, T, T]
    Tensor pooled;                               // [sequences, H]
    Tensor nspProbabilities;                     // [sequences, 2]
    Tensor classifierLogits;                     // [sequences, labels]
    Tensor classifierProbabilities;              // [sequences, labels], the logits' softmax
    Tensor mlmProbabilities;                     // [mlm rows, vocab]
    std::vector<std::int64_t> mlmRows;           // which packed row each MLM row is
    std::shared_ptr<ForwardTape> tape;           // with keepActivations
};

enum class KernelPath { Fast, Reference };

// A BERT encoder with its optional heads, ready to run. Immutable after construction, so one instance
// can serve several threads at once.
class BertModel final {
public:
    BertModel(BertConfig config, BertWeights weights);

    const BertConfig& config() const { return m_config; }
    bool hasPooler() const { return m_pooler.has_value(); }
    bool hasMlmHead() const { return m_mlm.has_value(); }
    bool hasNspHead() const { return m_nsp.has_value(); }
    bool hasClassifier() const { return m_classifier.has_value(); }
    const QStringList& labels() const { return m_config.labels; } // the classifier's, in id order
    int maxSequenceLength() const { return m_maxPositions; }

    // Checks ids, segments and lengths, then runs. The error says which sequence and token is out of range
    // or which head is missing.
    Result<ForwardResult> forward(const TokenBatch& batch, const ForwardRequest& request = {},
                                  KernelPath path = KernelPath::Fast) const;

private:
    Status validate(const TokenBatch& batch, const ForwardRequest& request) const;

    BertConfig m_config;
    int m_maxPositions = 0;
    EmbeddingLayer m_embeddings;
    std::vector<EncoderLayer> m_layers;
    std::optional<DenseLayer> m_pooler;
    std::optional<MlmHead> m_mlm;
    std::optional<DenseLayer> m_nsp;
    std::optional<DenseLayer> m_classifier;
};

} // namespace bertlab::core
