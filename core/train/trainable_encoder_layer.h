#pragma once

// One post-LayerNorm encoder layer of a training step: fused query/key/value projection, self-attention per
// packed sequence with dropout on the probabilities, output projection, dropout, residual and LayerNorm,
// then the feed-forward block the same way. forward() keeps every activation and mask backward() needs.

#include "core/train/step_context.h"

#include <cstdint>
#include <vector>

namespace bertlab::core {

// Where one layer's parameters sit in TrainableBert::parameters(). Dense layers: kernel at the index, bias
// right after. LayerNorms: gamma, then beta.
struct EncoderLayerIndex {
    int query = -1, key = -1, value = -1, attentionOutput = -1, attentionNorm = -1, intermediate = -1,
        output = -1, outputNorm = -1;
    int first = 0, last = 0; // parameter range [first, last)
};

// Shared by every layer of a step: where each sequence's attention probabilities start, and buffers one
// layer needs only while it runs (so a deep model does not hold one of each per layer).
struct EncoderScratch {
    std::vector<std::int64_t> probOffsets; // per sequence, into [heads, T, T] blocks; back() is the total
    std::int64_t maxLength = 0;
    StepBuffer sum; // a dense output before its residual LayerNorm
    StepBuffer gradInter, gradQkv, gradContext, gradFusedKernel, gradFusedBias;
    std::vector<StepBuffer> threadScratch; // per thread, one sequence's [heads, T, T] gradient

    // Lays out the batch's attention probabilities; before the first layer's forward.
    void plan(const StepContext& ctx);
};

class TrainableEncoderLayer final {
public:
    TrainableEncoderLayer(int layer, EncoderLayerIndex index)
        : m_layer(layer)
        , m_index(index) {}

    int layer() const { return m_layer; }
    const EncoderLayerIndex& index() const { return m_index; }

    // out [rows, H] = the layer applied to x [rows, H]; x must stay unchanged until backward.
    void forward(const StepContext& ctx, EncoderScratch& scratch, const float* x, float* out);

    // On entry gA [rows, H] holds the gradient of the layer's output; on return, with inputGradient, the
    // gradient of its input x (otherwise it is left partial). gB [rows, H] is scratch.
    void backward(const StepContext& ctx, EncoderScratch& scratch, const float* x, float* gA, float* gB,
                  bool inputGradient);

private:
    // x -> m_qkv, the attention probabilities and m_context.
    void selfAttentionForward(const StepContext& ctx, const EncoderScratch& scratch, const float* x);
    // m_context -> m_attended = LayerNorm(x + dropout(output projection)).
    void attentionOutputForward(const StepContext& ctx, EncoderScratch& scratch, const float* x);
    // m_attended -> out = LayerNorm(m_attended + dropout(W2 f(W1 m_attended))).
    void feedForwardForward(const StepContext& ctx, EncoderScratch& scratch, float* out);

    // gA (output) -> gB (the feed-forward block's input, residual included).
    void feedForwardBackward(const StepContext& ctx, EncoderScratch& scratch, float* gA, float* gB);
    // gB -> gA (the residual's share of the layer input) and scratch.gradContext.
    void attentionOutputBackward(const StepContext& ctx, EncoderScratch& scratch, float* gA, float* gB);
    // scratch.gradContext -> scratch.gradQkv.
    void selfAttentionBackward(const StepContext& ctx, EncoderScratch& scratch);
    // The fused projection's parameter gradients; with inputGradient, gA += its input gradient.
    void projectionBackward(const StepContext& ctx, EncoderScratch& scratch, const float* x, float* gA,
                            bool inputGradient);

    int m_layer = 0;
    EncoderLayerIndex m_index;
    // Activations of the last forward.
    StepBuffer m_qkvKernel, m_qkvBias; // this step's query | key | value, fused
    StepBuffer m_qkv, m_probs, m_dropped, m_context, m_xhat1, m_rstd1, m_attended, m_inter, m_act, m_xhat2,
        m_rstd2;
    StepMask m_attentionOutputMask, m_outputMask;
};

} // namespace bertlab::core
