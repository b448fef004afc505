#pragma once

// The masked-LM head of a training step: the encoder's output at the masked rows, transform (dense,
// activation, LayerNorm), scores against the tied word embeddings, the loss; backward into the head, the
// word embeddings and the encoder's output.

#include "core/train/step_context.h"
#include "core/train/trainable_bert.h"
#include "core/train/training_batch.h"

namespace bertlab::core {

// Where the head's parameters sit in TrainableBert::parameters() (all -1 without the head).
struct MlmHeadIndex {
    int word = -1;                                  // the tied word embeddings [vocab, H]
    int transform = -1, norm = -1, outputBias = -1; // dense kernel, bias; gamma, beta; [vocab]
};

class TrainableMlmHead final {
public:
    TrainableMlmHead() = default;
    explicit TrainableMlmHead(MlmHeadIndex index)
        : m_index(index) {}

    const MlmHeadIndex& index() const { return m_index; }
    bool present() const { return m_index.transform >= 0; }

    // Scores batch.mlmRows of top [rows, H] and fills result's MLM loss and counts (nothing when the batch
    // has no masked rows).
    void forward(const StepContext& ctx, const TrainingBatch& batch, const float* top, StepResult& result);
    // After forward: the head's gradients (the word embeddings' overwritten, written first); with needTop,
    // dTop [rows, H] += the gradient of top.
    void backward(const StepContext& ctx, const TrainingBatch& batch, float* dTop, bool needTop);

private:
    MlmHeadIndex m_index;
    std::int64_t m_count = 0, m_rows = 0; // masked rows, and rounded up
    StepBuffer m_input, m_pre, m_act, m_xhat, m_rstd, m_normed;
    StepBuffer m_logits; // after forward: count times the loss's gradient
    StepBuffer m_gradNormed, m_gradAct;
};

} // namespace bertlab::core
