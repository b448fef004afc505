#pragma once

// The heads on the pooled [CLS] output of a training step: the pooler (dense + tanh on each sequence's first
// row), next-sentence prediction and the classifier (dropout, dense), with their losses; backward sums both
// heads' gradients on the pooled output and takes it through the pooler into the encoder's output.

#include "core/train/step_context.h"
#include "core/train/trainable_bert.h"
#include "core/train/training_batch.h"

namespace bertlab::core {

// Where the heads' parameters sit in TrainableBert::parameters(): kernel, then bias; -1 when absent.
struct PooledHeadsIndex {
    int pooler = -1, nsp = -1, classifier = -1;
    int classifierLabels = 0;
};

class TrainablePooledHeads final {
public:
    TrainablePooledHeads() = default;
    explicit TrainablePooledHeads(PooledHeadsIndex index)
        : m_index(index) {}

    const PooledHeadsIndex& index() const { return m_index; }

    // NSP when the batch has its labels; the classifier whenever the model has one (its predictions), with a
    // loss when the batch has class labels. Fills result's NSP and classifier fields.
    void forward(const StepContext& ctx, const TrainingBatch& batch, const float* top, StepResult& result);
    // After forward: the heads' and pooler's gradients; with needTop, dTop [rows, H] += the gradient of top.
    void backward(const StepContext& ctx, float* dTop, bool needTop);

private:
    void poolerForward(const StepContext& ctx, const float* top);
    void nspForward(const StepContext& ctx, const TrainingBatch& batch, StepResult& result);
    void classifierForward(const StepContext& ctx, const TrainingBatch& batch, StepResult& result);
    // Each adds its head's gradient of the pooled output into dPooled.
    void nspBackward(const StepContext& ctx, float* dPooled);
    void classifierBackward(const StepContext& ctx, float* dPooled);
    void poolerBackward(const StepContext& ctx, float* dPooled, float* dTop, bool needTop);

    PooledHeadsIndex m_index;
    bool m_nspLoss = false, m_classLoss = false; // the last forward computed the loss (and its gradient)
    StepBuffer m_cls, m_pooled, m_pooledDropped, m_nspLogits, m_classLogits;
    StepMask m_pooledMask;
    // The losses' gradients of the logits, times the sequence count (softmax - one-hot).
    StepBuffer m_gradNsp, m_gradClass;
    StepBuffer m_gradPooled, m_gradDropped, m_gradCls;
};

} // namespace bertlab::core
