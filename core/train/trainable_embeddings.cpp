#include "core/train/trainable_embeddings.h"

#include <algorithm>

namespace bertlab::core {

void TrainableEmbeddings::forward(const StepContext& ctx, float* hidden) {
    const TokenBatch& tokens = ctx.tokens;
    const std::int64_t hsz = ctx.hsz, rows = ctx.rows, n = ctx.n;
    float* sum = ensure(m_sum, rows * std::max(hsz, std::int64_t(1)));
    const float* wordTable = ctx.value(m_index.word);
    const float* positionTable = ctx.value(m_index.position);
    const float* typeTable = ctx.value(m_index.tokenType);
    for (int s = 0; s < ctx.sequences; ++s) {
        for (std::int64_t t = 0; t < tokens.length(s); ++t) {
            const std::int64_t row = tokens.start(s) + t;
            const float* w = wordTable + std::int64_t(tokens.ids()[std::size_t(row)]) * hsz;
            const float* p = positionTable + t * hsz;
            const float* y = typeTable + std::int64_t(tokens.segments()[std::size_t(row)]) * hsz;
            float* out = sum + row * hsz;
            for (std::int64_t i = 0; i < hsz; ++i)
                out[i] = w[i] + y[i] + p[i];
        }
    }
    std::fill(sum + n * hsz, sum + rows * hsz, 0.0f);
    const backward::DropoutSite none;
    backward::residualLayerNorm(ctx.exact, nullptr, sum, none, nullptr, rows, hsz, ctx.value(m_index.norm),
                                ctx.value(m_index.norm + 1), ctx.eps, hidden,
                                {ensure(m_xhat, rows * hsz), ensure(m_rstd, rows)});
    const auto site = ctx.dropout(kEmbeddingDropoutSite, ctx.config.hiddenDropout);
    backward::dropoutForward(site, 0, hidden, hidden, ensure(m_mask, rows * hsz), n * hsz);
}

void TrainableEmbeddings::backward(const StepContext& ctx, float* dHidden, float* scratch) {
    const TokenBatch& tokens = ctx.tokens;
    const std::int64_t hsz = ctx.hsz, rows = ctx.rows, n = ctx.n;
    // Dropout, LayerNorm, then the three lookups.
    const auto site = ctx.dropout(kEmbeddingDropoutSite, ctx.config.hiddenDropout);
    backward::dropoutBackward(site, m_mask.data(), dHidden, dHidden, n * hsz);
    std::fill(dHidden + n * hsz, dHidden + rows * hsz, 0.0f);
    backward::layerNormBackward(ctx.exact, dHidden, m_xhat.data(), m_rstd.data(), rows, hsz,
                                ctx.value(m_index.norm), scratch, ctx.grad(m_index.norm),
                                ctx.grad(m_index.norm + 1));
    auto lookupGrad = [&](int index, auto rowOf) {
        if (!ctx.trainable(index))
            return;
        Tensor& g = ctx.parameters[std::size_t(index)].grad;
        if (!ctx.written[std::size_t(index)])
            std::fill(g.data(), g.data() + g.size(), 0.0f);
        ctx.written[std::size_t(index)] = 1;
        for (int s = 0; s < ctx.sequences; ++s) {
            for (std::int64_t t = 0; t < tokens.length(s); ++t) {
                const std::int64_t row = tokens.start(s) + t;
                float* to = g.data() + rowOf(row, t) * hsz;
                const float* from = scratch + row * hsz;
                for (std::int64_t c = 0; c < hsz; ++c)
                    to[c] += from[c];
            }
        }
    };
    lookupGrad(m_index.word,
               [&](std::int64_t row, std::int64_t) { return std::int64_t(tokens.ids()[std::size_t(row)]); });
    lookupGrad(m_index.position, [](std::int64_t, std::int64_t t) { return t; });
    lookupGrad(m_index.tokenType, [&](std::int64_t row, std::int64_t) {
        return std::int64_t(tokens.segments()[std::size_t(row)]);
    });
}

} // namespace bertlab::core
