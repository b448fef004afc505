#pragma once

// The embeddings of a training step: word + segment + position lookups, LayerNorm and dropout, keeping the
// statistics and mask backward needs; backward scatters the gradient back into the three tables.

#include "core/train/step_context.h"

namespace bertlab::core {

// Where the embedding parameters sit in TrainableBert::parameters(); they come first, [0, last).
struct EmbeddingIndex {
    int word = -1, position = -1, tokenType = -1, norm = -1; // norm: gamma, then beta
    int last = 0;
};

class TrainableEmbeddings final {
public:
    TrainableEmbeddings() = default;
    explicit TrainableEmbeddings(EmbeddingIndex index)
        : m_index(index) {}

    const EmbeddingIndex& index() const { return m_index; }

    // hidden [rows, H] = dropout(LayerNorm(word + segment + position)).
    void forward(const StepContext& ctx, float* hidden);
    // dHidden [rows, H]: the gradient of forward's output (dropped out in place); scratch: [rows, H].
    // Adds into the word embeddings' gradient when the tied MLM head already wrote it.
    void backward(const StepContext& ctx, float* dHidden, float* scratch);

private:
    EmbeddingIndex m_index;
    StepBuffer m_sum, m_xhat, m_rstd;
    StepMask m_mask;
};

} // namespace bertlab::core
