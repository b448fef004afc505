#include "core/train/trainable_mlm_head.h"

#include "core/train/softmax_losses.h"

#include <algorithm>
#include <cstring>

namespace bertlab::core {

void TrainableMlmHead::forward(const StepContext& ctx, const TrainingBatch& batch, const float* top,
                               StepResult& result) {
    const std::int64_t hsz = ctx.hsz, vocab = ctx.vocab;
    const std::int64_t m = std::int64_t(batch.mlmRows.size());
    const std::int64_t mRows = roundUp(m, 32);
    m_count = m;
    m_rows = mRows;
    if (m == 0)
        return;
    float* input = ensure(m_input, mRows * hsz);
    for (std::int64_t i = 0; i < m; ++i)
        std::memcpy(input + i * hsz, top + batch.mlmRows[std::size_t(i)] * hsz,
                    std::size_t(hsz) * sizeof(float));
    std::fill(input + m * hsz, input + mRows * hsz, 0.0f);
    float* pre = ensure(m_pre, mRows * hsz);
    float* activated = ensure(m_act, mRows * hsz);
    float* normed = ensure(m_normed, mRows * hsz);
    ctx.dense(input, m_index.transform, pre, mRows, hsz, hsz);
    backward::activationForward(ctx.exact, ctx.act, pre, activated, mRows * hsz);
    backward::residualLayerNorm(ctx.exact, nullptr, activated, {}, nullptr, mRows, hsz,
                                ctx.value(m_index.norm), ctx.value(m_index.norm + 1), ctx.eps, normed,
                                {ensure(m_xhat, mRows * hsz), ensure(m_rstd, mRows)});
    // Scores against the tied word embeddings [vocab, H], read as their transpose.
    float* logits = ensure(m_logits, mRows * vocab);
    GemmCall(ctx.kernels, mRows, vocab, hsz)
        .tb()
        .withBias(ctx.value(m_index.outputBias))
        .run(normed, ctx.value(m_index.word), logits);
    result.mlmLoss = maskedLmLoss(ctx.kernels, ctx.exact, ctx.threads, logits, m, mRows, vocab,
                                  batch.mlmLabels, result.mlmCorrect);
    result.mlmCount = m;
}

void TrainableMlmHead::backward(const StepContext& ctx, const TrainingBatch& batch, float* dTop,
                                bool needTop) {
    const Kernels& kernels = ctx.kernels;
    const std::int64_t hsz = ctx.hsz, vocab = ctx.vocab, m = m_count, mRows = m_rows;
    if (m == 0)
        return;
    // logits holds softmax - one-hot; the mean over m rows is the GEMMs' alpha.
    const float inv = 1.0f / float(m);
    const float* logits = m_logits.data();
    const float* normed = m_normed.data();
    if (float* g = ctx.grad(m_index.word))
        GemmCall(kernels, vocab, hsz, mRows).ta().alpha(inv).run(logits, normed, g);
    if (float* g = ctx.grad(m_index.outputBias)) {
        backward::columnSums(ctx.exact, logits, mRows, vocab, vocab, g);
        for (std::int64_t c = 0; c < vocab; ++c)
            g[c] *= inv;
    }
    if (!needTop && !ctx.anyTrainable(m_index.transform, m_index.norm + 2))
        return;
    float* dNormed = ensure(m_gradNormed, mRows * hsz);
    GemmCall(kernels, mRows, hsz, vocab).alpha(inv).run(logits, ctx.value(m_index.word), dNormed);
    float* dAct = ensure(m_gradAct, mRows * hsz);
    backward::layerNormBackward(ctx.exact, dNormed, m_xhat.data(), m_rstd.data(), mRows, hsz,
                                ctx.value(m_index.norm), dAct, ctx.grad(m_index.norm),
                                ctx.grad(m_index.norm + 1));
    backward::activationBackward(ctx.exact, ctx.act, m_pre.data(), dAct, dAct, mRows * hsz);
    ctx.denseGrad(m_input.data(), dAct, m_index.transform, mRows, hsz, hsz, hsz);
    if (needTop) {
        GemmCall(kernels, mRows, hsz, hsz).tb().run(dAct, ctx.value(m_index.transform), dNormed);
        for (std::int64_t i = 0; i < m; ++i) {
            float* to = dTop + batch.mlmRows[std::size_t(i)] * hsz;
            const float* from = dNormed + i * hsz;
            for (std::int64_t c = 0; c < hsz; ++c)
                to[c] += from[c];
        }
    }
}

} // namespace bertlab::core
