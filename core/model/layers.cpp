#include "core/model/layers.h"

#include <cmath>
#include <cstring>

namespace bertlab::core {

Epilogue epilogueFor(Activation activation) {
    switch (activation) {
    case Activation::GeluErf:
        return Epilogue::GeluErf;
    case Activation::GeluTanh:
        return Epilogue::GeluTanh;
    case Activation::Relu:
        return Epilogue::Relu;
    }
    return Epilogue::GeluErf;
}

// --- DenseLayer -----------------------------------------------------------------------------------------

DenseLayer::DenseLayer(DenseWeights weights)
    : m_weights(std::move(weights))
    , m_packed(
          fastKernels().pack(m_weights.kernel.data(), m_weights.kernel.dim(0), m_weights.kernel.dim(1))) {}

void DenseLayer::forward(const ForwardContext& ctx, const float* x, std::int64_t rows, float* y, Epilogue f,
                         bool accumulate) const {
    if (rows == 0)
        return;
    GemmParams p;
    p.m = rows;
    p.k = inputSize();
    p.n = outputSize();
    p.epilogue = f;
    p.accumulate = accumulate;
    if (&ctx.kernels == &fastKernels())
        ctx.kernels.gemm(p, x, *m_packed, m_weights.bias.data(), y);
    else
        ctx.kernels.gemm(p, x, m_weights.kernel.data(), m_weights.bias.data(), y);
}

Tensor DenseLayer::forward(const ForwardContext& ctx, const Tensor& x, Epilogue f) const {
    Tensor y({x.dim(0), outputSize()});
    forward(ctx, x.data(), x.dim(0), y.data(), f);
    return y;
}

// --- LayerNormLayer -------------------------------------------------------------------------------------

void LayerNormLayer::forwardInPlace(const ForwardContext& ctx, Tensor& x) const {
    if (x.dim(0) == 0)
        return;
    ctx.kernels.layerNorm(x.data(), x.dim(0), x.dim(-1), m_weights.gamma.data(), m_weights.beta.data(),
                          m_eps);
}

// --- EmbeddingLayer -------------------------------------------------------------------------------------

EmbeddingLayer::EmbeddingLayer(const BertConfig& config, BertWeights& weights)
    : m_word(std::move(weights.wordEmbeddings))
    , m_position(std::move(weights.positionEmbeddings))
    , m_tokenType(std::move(weights.tokenTypeEmbeddings))
    , m_norm(std::move(weights.embeddingNorm), config.layerNormEps) {}

Tensor EmbeddingLayer::forward(const ForwardContext& ctx, const TokenBatch& batch) const {
    const std::int64_t hidden = m_word.dim(1);
    Tensor x({batch.tokenCount(), hidden});
    for (int s = 0; s < batch.sequenceCount(); ++s) {
        for (std::int64_t t = 0; t < batch.length(s); ++t) {
            const std::int64_t row = batch.start(s) + t;
            const float* word = m_word.row(batch.ids()[std::size_t(row)]);
            const float* position = m_position.row(t);
            const float* type = m_tokenType.row(batch.segments()[std::size_t(row)]);
            float* out = x.row(row);
            for (std::int64_t i = 0; i < hidden; ++i)
                out[i] = word[i] + type[i] + position[i];
        }
    }
    if (ctx.tape)
        ctx.tape->embeddingSum = x;
    m_norm.forwardInPlace(ctx, x);
    return x;
}

// --- AttentionLayer -------------------------------------------------------------------------------------

namespace {

DenseWeights fuseColumns(std::initializer_list<DenseWeights*> parts) {
    const std::int64_t in = (*parts.begin())->kernel.dim(0);
    std::int64_t out = 0;
    for (auto* p : parts)
        out += p->kernel.dim(1);
    DenseWeights fused{Tensor({in, out}), Tensor({out})};
    std::int64_t column = 0;
    for (auto* p : parts) {
        const std::int64_t width = p->kernel.dim(1);
        for (std::int64_t r = 0; r < in; ++r)
            std::memcpy(fused.kernel.row(r) + column, p->kernel.row(r), std::size_t(width) * sizeof(float));
        std::memcpy(fused.bias.data() + column, p->bias.data(), std::size_t(width) * sizeof(float));
        column += width;
        *p = {}; // the fused copy replaces it
    }
    return fused;
}

} // namespace

AttentionLayer::AttentionLayer(const BertConfig& config, EncoderLayerWeights& weights)
    : m_heads(config.numHeads)
    , m_headSize(config.headSize())
    , m_qkv(fuseColumns({&weights.query, &weights.key, &weights.value}))
    , m_output(std::move(weights.attentionOutput))
    , m_norm(std::move(weights.attentionNorm), config.layerNormEps) {}

void AttentionLayer::forward(const ForwardContext& ctx, const TokenBatch& batch, Tensor& x,
                             std::vector<Tensor>* probabilities) const {
    const std::int64_t hidden = x.dim(1);
    const std::int64_t rows = x.dim(0);
    EncoderLayerActivations* saved = ctx.tape ? &ctx.tape->layers.emplace_back() : nullptr;
    if (saved)
        saved->input = x;
    const Tensor qkv = m_qkv.forward(ctx, x); // [rows, 3H]: query | key | value
    Tensor context({rows, hidden});
    const float scale = 1.0f / std::sqrt(float(m_headSize));

    for (int s = 0; s < batch.sequenceCount(); ++s) {
        const std::int64_t t = batch.length(s);
        if (t == 0)
            continue;
        const float* base = qkv.row(batch.start(s));
        Tensor scores({m_heads, t, t});

        // scores[h] = scale * Q[h] K[h]^T; heads are column blocks of the fused projection.
        GemmParams qk;
        qk.batch = m_heads;
        qk.m = t;
        qk.n = t;
        qk.k = m_headSize;
        qk.transposeB = true;
        qk.lda = qk.ldb = 3 * hidden;
        qk.strideA = qk.strideB = m_headSize;
        qk.alpha = scale;
        ctx.kernels.gemm(qk, base, base + hidden, nullptr, scores.data());
        ctx.kernels.softmax(scores.data(), m_heads * t, t);

        // context[h] = P[h] V[h], written straight into the head's columns.
        GemmParams pv;
        pv.batch = m_heads;
        pv.m = t;
        pv.n = m_headSize;
        pv.k = t;
        pv.ldb = 3 * hidden;
        pv.strideB = m_headSize;
        pv.ldc = hidden;
        pv.strideC = m_headSize;
        ctx.kernels.gemm(pv, scores.data(), base + 2 * hidden, nullptr, context.row(batch.start(s)));

        if (saved)
            saved->attention.push_back(scores);
        if (probabilities)
            probabilities->push_back(std::move(scores));
    }

    m_output.forward(ctx, context.data(), rows, x.data(), Epilogue::None, /*accumulate=*/true);
    if (saved) {
        saved->queryKeyValue = qkv;
        saved->context = std::move(context);
        saved->attentionSum = x;
    }
    m_norm.forwardInPlace(ctx, x);
}

// --- FeedForwardLayer -----------------------------------------------------------------------------------

FeedForwardLayer::FeedForwardLayer(const BertConfig& config, EncoderLayerWeights& weights)
    : m_activation(epilogueFor(config.hiddenAct))
    , m_intermediate(std::move(weights.intermediate))
    , m_output(std::move(weights.output))
    , m_norm(std::move(weights.outputNorm), config.layerNormEps) {}

void FeedForwardLayer::forward(const ForwardContext& ctx, Tensor& x) const {
    EncoderLayerActivations* saved = ctx.tape ? &ctx.tape->layers.back() : nullptr;
    Tensor inner;
    if (saved) {
        // Backward needs the value before the activation, so the activation is not fused here.
        saved->feedForwardInput = x;
        saved->intermediate = m_intermediate.forward(ctx, x);
        inner = saved->intermediate;
        ctx.kernels.apply(m_activation, inner.data(), inner.size());
    } else {
        inner = m_intermediate.forward(ctx, x, m_activation);
    }
    m_output.forward(ctx, inner.data(), x.dim(0), x.data(), Epilogue::None, /*accumulate=*/true);
    if (saved)
        saved->outputSum = x;
    m_norm.forwardInPlace(ctx, x);
}

// --- MlmHead --------------------------------------------------------------------------------------------

MlmHead::MlmHead(const BertConfig& config, MlmHeadWeights weights)
    : m_activation(epilogueFor(config.hiddenAct))
    , m_transform(std::move(weights.transform))
    , m_norm(std::move(weights.norm), config.layerNormEps)
    , m_outputBias(std::move(weights.outputBias)) {}

Tensor MlmHead::probabilities(const ForwardContext& ctx, const Tensor& hidden,
                              const Tensor& wordEmbeddings) const {
    Tensor h = m_transform.forward(ctx, hidden, m_activation);
    m_norm.forwardInPlace(ctx, h);
    const std::int64_t vocab = wordEmbeddings.dim(0);
    Tensor scores({h.dim(0), vocab});
    if (h.dim(0) == 0)
        return scores;
    GemmParams p;
    p.m = h.dim(0);
    p.n = vocab;
    p.k = h.dim(1);
    if (&ctx.kernels == &fastKernels()) {
        // The decoder is the word-embedding matrix read as its transpose; packed once, on first use.
        std::call_once(m_packOnce,
                       [&] { m_packedDecoder = fastKernels().pack(wordEmbeddings.data(), p.k, p.n, true); });
        ctx.kernels.gemm(p, h.data(), *m_packedDecoder, m_outputBias.data(), scores.data());
    } else {
        p.transposeB = true;
        ctx.kernels.gemm(p, h.data(), wordEmbeddings.data(), m_outputBias.data(), scores.data());
    }
    ctx.kernels.softmax(scores.data(), p.m, vocab);
    return scores;
}

} // namespace bertlab::core
