#include "core/train/trainable_pooled_heads.h"

#include "core/train/softmax_losses.h"

#include <algorithm>
#include <cstring>

namespace bertlab::core {

// --- forward

void TrainablePooledHeads::forward(const StepContext& ctx, const TrainingBatch& batch, const float* top,
                                   StepResult& result) {
    m_nspLoss = !batch.nspLabels.empty();
    m_classLoss = false;
    if (m_nspLoss || m_index.classifier >= 0)
        poolerForward(ctx, top);
    if (m_nspLoss)
        nspForward(ctx, batch, result);
    if (m_index.classifier >= 0)
        classifierForward(ctx, batch, result);
}

void TrainablePooledHeads::poolerForward(const StepContext& ctx, const float* top) {
    const std::int64_t hsz = ctx.hsz;
    const int sequences = ctx.sequences;
    float* cls = ensure(m_cls, sequences * hsz);
    for (int s = 0; s < sequences; ++s)
        std::memcpy(cls + s * hsz, top + ctx.tokens.start(s) * hsz, std::size_t(hsz) * sizeof(float));
    float* pooled = ensure(m_pooled, sequences * hsz);
    ctx.dense(cls, m_index.pooler, pooled, sequences, hsz, hsz);
    backward::activationForward(ctx.exact, Epilogue::Tanh, pooled, pooled, sequences * hsz);
}

void TrainablePooledHeads::nspForward(const StepContext& ctx, const TrainingBatch& batch,
                                      StepResult& result) {
    const int sequences = ctx.sequences;
    float* logits = ensure(m_nspLogits, sequences * 2);
    ctx.dense(m_pooled.data(), m_index.nsp, logits, sequences, ctx.hsz, 2);
    float* nspGrad = ensure(m_gradNsp, sequences * 2);
    double loss = 0.0;
    for (int s = 0; s < sequences; ++s) {
        const int label = batch.nspLabels[std::size_t(s)];
        int guess = 0;
        loss += softmaxRowLoss(logits + s * 2, 2, label, nspGrad + s * 2, &guess);
        nspGrad[s * 2 + label] -= 1.0f;
        result.nspCorrect += guess == label ? 1 : 0;
    }
    result.nspCount = sequences;
    result.nspLoss = loss / sequences;
}

void TrainablePooledHeads::classifierForward(const StepContext& ctx, const TrainingBatch& batch,
                                             StepResult& result) {
    const std::int64_t hsz = ctx.hsz;
    const int sequences = ctx.sequences;
    const int labels = m_index.classifierLabels;
    const bool classLoss = !batch.classLabels.empty();
    float* pooledDropped = ensure(m_pooledDropped, sequences * hsz);
    backward::dropoutForward(ctx.dropout(kClassifierDropoutSite, ctx.classifierDropout), 0, m_pooled.data(),
                             pooledDropped, ensure(m_pooledMask, sequences * hsz), sequences * hsz);
    float* logits = ensure(m_classLogits, sequences * labels);
    ctx.dense(pooledDropped, m_index.classifier, logits, sequences, hsz, labels);
    float* classGrad = ensure(m_gradClass, sequences * labels);
    double loss = 0.0;
    for (int s = 0; s < sequences; ++s) {
        const int label = classLoss ? batch.classLabels[std::size_t(s)] : -1;
        int guess = 0;
        loss += softmaxRowLoss(logits + s * labels, labels, label, classGrad + s * labels, &guess);
        if (label >= 0)
            classGrad[s * labels + label] -= 1.0f;
        result.classPredictions.push_back(guess);
    }
    if (classLoss)
        result.classLoss = loss / sequences;
    m_classLoss = classLoss;
}

// --- backward

void TrainablePooledHeads::backward(const StepContext& ctx, float* dTop, bool needTop) {
    if (!m_nspLoss && !m_classLoss)
        return;
    const std::int64_t size = ctx.sequences * ctx.hsz;
    float* dPooled = ensure(m_gradPooled, size);
    std::fill(dPooled, dPooled + size, 0.0f);
    if (m_nspLoss)
        nspBackward(ctx, dPooled);
    if (m_classLoss)
        classifierBackward(ctx, dPooled);
    if (needTop || ctx.trainable(m_index.pooler) || ctx.trainable(m_index.pooler + 1))
        poolerBackward(ctx, dPooled, dTop, needTop);
}

void TrainablePooledHeads::nspBackward(const StepContext& ctx, float* dPooled) {
    const int sequences = ctx.sequences;
    const float inv = 1.0f / float(sequences);
    const float* nspGrad = m_gradNsp.data();
    ctx.denseGrad(m_pooled.data(), nspGrad, m_index.nsp, sequences, ctx.hsz, 2, 2, inv);
    GemmCall(ctx.kernels, sequences, ctx.hsz, 2)
        .tb()
        .alpha(inv)
        .add()
        .run(nspGrad, ctx.value(m_index.nsp), dPooled);
}

void TrainablePooledHeads::classifierBackward(const StepContext& ctx, float* dPooled) {
    const std::int64_t hsz = ctx.hsz;
    const int sequences = ctx.sequences;
    const int labels = m_index.classifierLabels;
    const float inv = 1.0f / float(sequences);
    const float* classGrad = m_gradClass.data();
    ctx.denseGrad(m_pooledDropped.data(), classGrad, m_index.classifier, sequences, hsz, labels, labels, inv);
    float* dDropped = ensure(m_gradDropped, sequences * hsz);
    GemmCall(ctx.kernels, sequences, hsz, labels)
        .tb()
        .alpha(inv)
        .run(classGrad, ctx.value(m_index.classifier), dDropped);
    backward::dropoutBackward(ctx.dropout(kClassifierDropoutSite, ctx.classifierDropout), m_pooledMask.data(),
                              dDropped, dDropped, sequences * hsz);
    for (std::int64_t i = 0; i < sequences * hsz; ++i)
        dPooled[i] += dDropped[i];
}

void TrainablePooledHeads::poolerBackward(const StepContext& ctx, float* dPooled, float* dTop, bool needTop) {
    const std::int64_t hsz = ctx.hsz;
    const int sequences = ctx.sequences;
    const float* pooled = m_pooled.data();
    for (std::int64_t i = 0; i < sequences * hsz; ++i)
        dPooled[i] *= 1.0f - pooled[i] * pooled[i];
    ctx.denseGrad(m_cls.data(), dPooled, m_index.pooler, sequences, hsz, hsz, hsz);
    if (!needTop)
        return;
    float* dCls = ensure(m_gradCls, sequences * hsz);
    GemmCall(ctx.kernels, sequences, hsz, hsz).tb().run(dPooled, ctx.value(m_index.pooler), dCls);
    for (int s = 0; s < sequences; ++s) {
        float* to = dTop + ctx.tokens.start(s) * hsz;
        for (std::int64_t c = 0; c < hsz; ++c)
            to[c] += dCls[s * hsz + c];
    }
}

} // namespace bertlab::core
