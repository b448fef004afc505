#include "core/train/trainable_encoder_layer.h"

#include <omp.h>

#include <algorithm>
#include <cstring>

namespace bertlab::core {

void EncoderScratch::plan(const StepContext& ctx) {
    probOffsets.assign(std::size_t(ctx.sequences) + 1, 0);
    maxLength = 0;
    for (int s = 0; s < ctx.sequences; ++s) {
        probOffsets[std::size_t(s) + 1] =
            probOffsets[std::size_t(s)] + ctx.heads * ctx.tokens.length(s) * ctx.tokens.length(s);
        maxLength = std::max(maxLength, ctx.tokens.length(s));
    }
}

// --- forward

void TrainableEncoderLayer::forward(const StepContext& ctx, EncoderScratch& scratch, const float* x,
                                    float* out) {
    selfAttentionForward(ctx, scratch, x);
    attentionOutputForward(ctx, scratch, x);
    feedForwardForward(ctx, scratch, out);
}

void TrainableEncoderLayer::selfAttentionForward(const StepContext& ctx, const EncoderScratch& scratch,
                                                 const float* x) {
    const EncoderLayerIndex& li = m_index;
    const Kernels& kernels = ctx.kernels;
    const TokenBatch& tokens = ctx.tokens;
    const std::int64_t hsz = ctx.hsz, rows = ctx.rows, headSize = ctx.headSize;
    const int heads = ctx.heads;

    // Query, key and value fused into one [H, 3H] product.
    float* qkvKernel = ensure(m_qkvKernel, hsz * 3 * hsz);
    float* qkvBias = ensure(m_qkvBias, 3 * hsz);
    for (int part = 0; part < 3; ++part) {
        const int index = part == 0 ? li.query : part == 1 ? li.key : li.value;
        for (std::int64_t r = 0; r < hsz; ++r)
            std::memcpy(qkvKernel + r * 3 * hsz + part * hsz, ctx.value(index) + r * hsz,
                        std::size_t(hsz) * sizeof(float));
        std::memcpy(qkvBias + part * hsz, ctx.value(index + 1), std::size_t(hsz) * sizeof(float));
    }
    float* qkv = ensure(m_qkv, rows * 3 * hsz);
    GemmCall(kernels, rows, 3 * hsz, hsz).withBias(qkvBias).run(x, qkvKernel, qkv);

    // Per sequence: P = dropout(softmax(scale Q K^T)), C = P V.
    const auto probSite = ctx.dropout(layerDropoutSite(m_layer, 0), ctx.config.attentionDropout);
    const std::int64_t probCount = scratch.probOffsets.back();
    float* probs = ensure(m_probs, probCount);
    float* dropped = probSite.active ? ensure(m_dropped, probCount) : probs;
    float* context = ensure(m_context, rows * hsz);
    const float scale = ctx.scale;
#pragma omp parallel for schedule(dynamic) num_threads(ctx.threads) if (ctx.parallelSequences)
    for (int s = 0; s < ctx.sequences; ++s) {
        const std::int64_t t = tokens.length(s);
        const float* base = qkv + tokens.start(s) * 3 * hsz;
        float* p = probs + scratch.probOffsets[std::size_t(s)];
        float* pd = dropped + scratch.probOffsets[std::size_t(s)];
        GemmCall(kernels, t, t, headSize)
            .tb()
            .ld(3 * hsz, 3 * hsz, t)
            .batched(heads, headSize, headSize, t * t)
            .alpha(scale)
            .run(base, base + hsz, p);
        kernels.softmax(p, heads * t, t);
        backward::dropoutForward(probSite, std::uint64_t(scratch.probOffsets[std::size_t(s)]), p, pd, nullptr,
                                 heads * t * t);
        GemmCall(kernels, t, headSize, t)
            .ld(t, 3 * hsz, hsz)
            .batched(heads, t * t, headSize, headSize)
            .run(pd, base + 2 * hsz, context + tokens.start(s) * hsz);
    }
    std::fill(context + ctx.n * hsz, context + rows * hsz, 0.0f);
}

void TrainableEncoderLayer::attentionOutputForward(const StepContext& ctx, EncoderScratch& scratch,
                                                   const float* x) {
    const EncoderLayerIndex& li = m_index;
    const std::int64_t hsz = ctx.hsz, rows = ctx.rows;
    float* sum = ensure(scratch.sum, rows * hsz);
    ctx.dense(m_context.data(), li.attentionOutput, sum, rows, hsz, hsz);
    float* attended = ensure(m_attended, rows * hsz);
    backward::residualLayerNorm(ctx.exact, x, sum,
                                ctx.dropout(layerDropoutSite(m_layer, 1), ctx.config.hiddenDropout),
                                ensure(m_attentionOutputMask, rows * hsz), rows, hsz,
                                ctx.value(li.attentionNorm), ctx.value(li.attentionNorm + 1), ctx.eps,
                                attended, {ensure(m_xhat1, rows * hsz), ensure(m_rstd1, rows)});
}

void TrainableEncoderLayer::feedForwardForward(const StepContext& ctx, EncoderScratch& scratch, float* out) {
    const EncoderLayerIndex& li = m_index;
    const std::int64_t hsz = ctx.hsz, isz = ctx.isz, rows = ctx.rows;
    float* sum = ensure(scratch.sum, rows * hsz);
    const float* attended = m_attended.data();
    float* inter = ensure(m_inter, rows * isz);
    float* activated = ensure(m_act, rows * isz);
    ctx.dense(attended, li.intermediate, inter, rows, hsz, isz);
    backward::activationForward(ctx.exact, ctx.act, inter, activated, rows * isz);
    ctx.dense(activated, li.output, sum, rows, isz, hsz);
    backward::residualLayerNorm(
        ctx.exact, attended, sum, ctx.dropout(layerDropoutSite(m_layer, 2), ctx.config.hiddenDropout),
        ensure(m_outputMask, rows * hsz), rows, hsz, ctx.value(li.outputNorm), ctx.value(li.outputNorm + 1),
        ctx.eps, out, {ensure(m_xhat2, rows * hsz), ensure(m_rstd2, rows)});
}

// --- backward

void TrainableEncoderLayer::backward(const StepContext& ctx, EncoderScratch& scratch, const float* x,
                                     float* gA, float* gB, bool inputGradient) {
    feedForwardBackward(ctx, scratch, gA, gB);
    attentionOutputBackward(ctx, scratch, gA, gB);
    selfAttentionBackward(ctx, scratch);
    projectionBackward(ctx, scratch, x, gA, inputGradient);
}

void TrainableEncoderLayer::feedForwardBackward(const StepContext& ctx, EncoderScratch& scratch, float* gA,
                                                float* gB) {
    const EncoderLayerIndex& li = m_index;
    const Kernels& kernels = ctx.kernels;
    const std::int64_t hsz = ctx.hsz, isz = ctx.isz, rows = ctx.rows;
    float* gInter = ensure(scratch.gradInter, rows * isz);

    // Output LayerNorm, dropout, residual. Without dropout its gradient stays in gB and the residual
    // connection's share is added there below.
    backward::layerNormBackward(ctx.exact, gA, m_xhat2.data(), m_rstd2.data(), rows, hsz,
                                ctx.value(li.outputNorm), gB, ctx.grad(li.outputNorm),
                                ctx.grad(li.outputNorm + 1));
    const auto outputSite = ctx.dropout(layerDropoutSite(m_layer, 2), ctx.config.hiddenDropout);
    float* dOut = outputSite.active ? gA : gB;
    backward::dropoutBackward(outputSite, m_outputMask.data(), gB, dOut, rows * hsz);
    // Feed-forward.
    ctx.denseGrad(m_act.data(), dOut, li.output, rows, isz, hsz, hsz);
    GemmCall(kernels, rows, isz, hsz).tb().run(dOut, ctx.value(li.output), gInter);
    backward::activationBackward(ctx.exact, ctx.act, m_inter.data(), gInter, gInter, rows * isz);
    ctx.denseGrad(m_attended.data(), gInter, li.intermediate, rows, hsz, isz, isz);
    GemmCall(kernels, rows, hsz, isz).tb().add().run(gInter, ctx.value(li.intermediate), gB); // + residual
}

void TrainableEncoderLayer::attentionOutputBackward(const StepContext& ctx, EncoderScratch& scratch,
                                                    float* gA, float* gB) {
    const EncoderLayerIndex& li = m_index;
    const std::int64_t hsz = ctx.hsz, rows = ctx.rows;
    float* gContext = ensure(scratch.gradContext, rows * hsz);

    // Attention LayerNorm, dropout, residual (the residual's share stays in gA).
    backward::layerNormBackward(ctx.exact, gB, m_xhat1.data(), m_rstd1.data(), rows, hsz,
                                ctx.value(li.attentionNorm), gA, ctx.grad(li.attentionNorm),
                                ctx.grad(li.attentionNorm + 1));
    const auto attentionSite = ctx.dropout(layerDropoutSite(m_layer, 1), ctx.config.hiddenDropout);
    float* dAttention = attentionSite.active ? gB : gA;
    backward::dropoutBackward(attentionSite, m_attentionOutputMask.data(), gA, dAttention, rows * hsz);
    ctx.denseGrad(m_context.data(), dAttention, li.attentionOutput, rows, hsz, hsz, hsz);
    GemmCall(ctx.kernels, rows, hsz, hsz).tb().run(dAttention, ctx.value(li.attentionOutput), gContext);
}

void TrainableEncoderLayer::selfAttentionBackward(const StepContext& ctx, EncoderScratch& scratch) {
    const Kernels& kernels = ctx.kernels;
    const TokenBatch& tokens = ctx.tokens;
    const std::int64_t hsz = ctx.hsz, rows = ctx.rows, headSize = ctx.headSize;
    const int heads = ctx.heads;
    const float scale = ctx.scale;
    const bool parallelSequences = ctx.parallelSequences;
    float* gQkv = ensure(scratch.gradQkv, rows * 3 * hsz);
    const float* gContext = scratch.gradContext.data();
    // Sized before the parallel loop: the threads only read the vector.
    scratch.threadScratch.resize(parallelSequences ? std::size_t(ctx.threads) : 1);
    for (auto& b : scratch.threadScratch)
        ensure(b, heads * scratch.maxLength * scratch.maxLength);

    const auto probSite = ctx.dropout(layerDropoutSite(m_layer, 0), ctx.config.attentionDropout);
    const float* probs = m_probs.data();
    const float* dropped = probSite.active ? m_dropped.data() : probs;
    const float* qkv = m_qkv.data();
#pragma omp parallel for schedule(dynamic) num_threads(ctx.threads) if (parallelSequences)
    for (int s = 0; s < ctx.sequences; ++s) {
        const std::int64_t t = tokens.length(s);
        const std::int64_t offset = scratch.probOffsets[std::size_t(s)];
        const float* base = qkv + tokens.start(s) * 3 * hsz;
        const float* dc = gContext + tokens.start(s) * hsz;
        float* dq = gQkv + tokens.start(s) * 3 * hsz;
        float* g = scratch.threadScratch[std::size_t(parallelSequences ? omp_get_thread_num() : 0)].data();
        // dP = dC V^T, dV = P^T dC (with the dropped-out probabilities the forward used).
        GemmCall(kernels, t, t, headSize)
            .tb()
            .ld(hsz, 3 * hsz, t)
            .batched(heads, headSize, headSize, t * t)
            .run(dc, base + 2 * hsz, g);
        GemmCall(kernels, t, headSize, t)
            .ta()
            .ld(t, hsz, 3 * hsz)
            .batched(heads, t * t, headSize, headSize)
            .run(dropped + offset, dc, dq + 2 * hsz);
        backward::softmaxDropoutBackward(ctx.exact, probs + offset, dropped + offset,
                                         probSite.active ? probSite.scale : 1.0f, g, heads * t, t, 1.0f);
        // dQ = scale dS K, dK = scale dS^T Q.
        GemmCall(kernels, t, headSize, t)
            .ld(t, 3 * hsz, 3 * hsz)
            .batched(heads, t * t, headSize, headSize)
            .alpha(scale)
            .run(g, base + hsz, dq);
        GemmCall(kernels, t, headSize, t)
            .ta()
            .ld(t, 3 * hsz, 3 * hsz)
            .batched(heads, t * t, headSize, headSize)
            .alpha(scale)
            .run(g, base, dq + hsz);
    }
    std::fill(gQkv + ctx.n * 3 * hsz, gQkv + rows * 3 * hsz, 0.0f);
}

void TrainableEncoderLayer::projectionBackward(const StepContext& ctx, EncoderScratch& scratch,
                                               const float* x, float* gA, bool inputGradient) {
    const EncoderLayerIndex& li = m_index;
    const Kernels& kernels = ctx.kernels;
    const std::int64_t hsz = ctx.hsz, rows = ctx.rows;
    const float* gQkv = scratch.gradQkv.data();

    // One [H, 3H] product for the three kernels' gradients (dense operands run fastest), split after.
    const bool anyKernel = ctx.trainable(li.query) || ctx.trainable(li.key) || ctx.trainable(li.value);
    float* fusedGrad = anyKernel ? ensure(scratch.gradFusedKernel, hsz * 3 * hsz) : nullptr;
    if (anyKernel)
        GemmCall(kernels, hsz, 3 * hsz, rows).ta().run(x, gQkv, fusedGrad);
    float* fusedBias = ensure(scratch.gradFusedBias, 3 * hsz);
    backward::columnSums(ctx.exact, gQkv, rows, 3 * hsz, 3 * hsz, fusedBias);
    for (int part = 0; part < 3; ++part) {
        const int index = part == 0 ? li.query : part == 1 ? li.key : li.value;
        if (float* g = ctx.grad(index)) {
            for (std::int64_t r = 0; r < hsz; ++r)
                std::memcpy(g + r * hsz, fusedGrad + r * 3 * hsz + part * hsz,
                            std::size_t(hsz) * sizeof(float));
        }
        if (float* g = ctx.grad(index + 1))
            std::memcpy(g, fusedBias + part * hsz, std::size_t(hsz) * sizeof(float));
    }
    if (inputGradient) {
        // gA (the residual's share) += dQKV Wqkv^T
        GemmCall(kernels, rows, hsz, 3 * hsz).tb().add().run(gQkv, m_qkvKernel.data(), gA);
    }
}

} // namespace bertlab::core
