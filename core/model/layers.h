#pragma once

// The model's building blocks as explicit units. Each owns its weights and, when the context asks for it,
// keeps the activations its backward pass will need (training builds on these same units).

#include "core/model/bert_config.h"
#include "core/model/bert_weights.h"
#include "core/model/token_batch.h"
#include "core/tensor/kernels.h"
#include "core/tensor/tensor.h"

#include <memory>
#include <mutex>
#include <vector>

namespace bertlab::core {

// What one encoder layer's backward pass needs, kept during a training forward pass.
struct EncoderLayerActivations {
    Tensor input;                  // [tokens, H] the layer's input
    Tensor queryKeyValue;          // [tokens, 3H] fused projections
    std::vector<Tensor> attention; // per sequence [heads, T, T] probabilities
    Tensor context;                // [tokens, H] heads' outputs side by side
    Tensor attentionSum;           // [tokens, H] input + attention output, before LayerNorm
    Tensor feedForwardInput;       // [tokens, H] after the attention LayerNorm
    Tensor intermediate;           // [tokens, I] before the activation
    Tensor outputSum;              // [tokens, H] feed-forward input + output, before LayerNorm
};

// Activations of a whole forward pass, in layer order; filled only when a tape is given. For looking inside a
// forward pass (every intermediate of every layer, as a step-by-step explanation shows them); training keeps
// its own activations in TrainableBert.
struct ForwardTape {
    Tensor embeddingSum; // [tokens, H] before the embedding LayerNorm
    std::vector<EncoderLayerActivations> layers;
};

struct ForwardContext {
    const Kernels& kernels;
    ForwardTape* tape = nullptr; // when set, every layer's intermediates are kept
};

Epilogue epilogueFor(Activation activation);

// y = f(x * kernel + bias), optionally added onto what y already holds (a fused residual connection).
class DenseLayer final {
public:
    DenseLayer() = default;
    explicit DenseLayer(DenseWeights weights);

    std::int64_t inputSize() const { return m_weights.kernel.dim(0); }
    std::int64_t outputSize() const { return m_weights.kernel.dim(1); }
    const DenseWeights& weights() const { return m_weights; }

    void forward(const ForwardContext& ctx, const float* x, std::int64_t rows, float* y,
                 Epilogue f = Epilogue::None, bool accumulate = false) const;
    Tensor forward(const ForwardContext& ctx, const Tensor& x, Epilogue f = Epilogue::None) const;

private:
    DenseWeights m_weights;
    std::shared_ptr<const PackedWeights> m_packed; // the kernel in the fast path's layout
};

class LayerNormLayer final {
public:
    LayerNormLayer() = default;
    LayerNormLayer(LayerNormWeights weights, float eps)
        : m_weights(std::move(weights))
        , m_eps(eps) {}

    void forwardInPlace(const ForwardContext& ctx, Tensor& x) const;
    const LayerNormWeights& weights() const { return m_weights; }

private:
    LayerNormWeights m_weights;
    float m_eps = 1e-12f;
};

// Token + segment + position embeddings, then LayerNorm.
class EmbeddingLayer final {
public:
    EmbeddingLayer() = default;
    EmbeddingLayer(const BertConfig& config, BertWeights& weights);

    Tensor forward(const ForwardContext& ctx, const TokenBatch& batch) const;
    const Tensor& wordEmbeddings() const { return m_word; }

private:
    Tensor m_word, m_position, m_tokenType;
    LayerNormLayer m_norm;
};

// Multi-head self-attention over each packed sequence, its output projection, the residual and LayerNorm.
class AttentionLayer final {
public:
    AttentionLayer() = default;
    AttentionLayer(const BertConfig& config, EncoderLayerWeights& weights);

    // x is updated in place to LayerNorm(x + Attention(x)). When probabilities is non-null it receives each
    // sequence's [heads, T, T] attention probabilities.
    void forward(const ForwardContext& ctx, const TokenBatch& batch, Tensor& x,
                 std::vector<Tensor>* probabilities) const;

private:
    int m_heads = 0;
    std::int64_t m_headSize = 0;
    DenseLayer m_qkv; // query, key and value fused into one [H, 3H] projection
    DenseLayer m_output;
    LayerNormLayer m_norm;
};

// Position-wise feed-forward: x = LayerNorm(x + W2 f(W1 x)).
class FeedForwardLayer final {
public:
    FeedForwardLayer() = default;
    FeedForwardLayer(const BertConfig& config, EncoderLayerWeights& weights);

    void forward(const ForwardContext& ctx, Tensor& x) const;

private:
    Epilogue m_activation = Epilogue::GeluErf;
    DenseLayer m_intermediate, m_output;
    LayerNormLayer m_norm;
};

class EncoderLayer final {
public:
    EncoderLayer() = default;
    EncoderLayer(const BertConfig& config, EncoderLayerWeights weights)
        : m_attention(config, weights)
        , m_feedForward(config, weights) {}

    void forward(const ForwardContext& ctx, const TokenBatch& batch, Tensor& x,
                 std::vector<Tensor>* probabilities) const {
        m_attention.forward(ctx, batch, x, probabilities);
        m_feedForward.forward(ctx, x);
    }

private:
    AttentionLayer m_attention;
    FeedForwardLayer m_feedForward;
};

// Masked-LM head: transform (dense + activation + LayerNorm), then scores against the tied word embeddings.
class MlmHead final {
public:
    MlmHead() = default;
    MlmHead(const BertConfig& config, MlmHeadWeights weights);

    // hidden: [rows, H]; wordEmbeddings: [vocab, H]. Returns probabilities [rows, vocab].
    Tensor probabilities(const ForwardContext& ctx, const Tensor& hidden, const Tensor& wordEmbeddings) const;

private:
    Epilogue m_activation = Epilogue::GeluErf;
    DenseLayer m_transform;
    LayerNormLayer m_norm;
    Tensor m_outputBias;
    mutable std::shared_ptr<const PackedWeights> m_packedDecoder; // word embeddings, packed on first use
    mutable std::once_flag m_packOnce;
};

} // namespace bertlab::core
