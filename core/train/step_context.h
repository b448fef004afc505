#pragma once

// What the parts of a training step (embeddings, encoder layers, heads) share: the kernels and settings, the
// batch's shape, the parameters with their gradients, and the workspace helpers. Each part is written
// against this, so it can be read on its own; TrainableBert::step() builds one per step.

#include "core/model/bert_config.h"
#include "core/model/token_batch.h"
#include "core/tensor/kernels.h"
#include "core/tensor/tensor.h"
#include "core/train/backward_ops.h"
#include "core/train/gemm_call.h"
#include "core/train/trainable_bert.h"

#include <cstdint>
#include <vector>

namespace bertlab::core {

// Workspace buffers live from step to step: grown when a batch needs more, never shrunk.
using StepBuffer = std::vector<float, AlignedAllocator<float>>;
using StepMask = std::vector<std::uint8_t>;

inline float* ensure(StepBuffer& b, std::int64_t n) {
    if (std::int64_t(b.size()) < n)
        b.resize(std::size_t(n));
    return b.data();
}

inline std::uint8_t* ensure(StepMask& b, std::int64_t n) {
    if (std::int64_t(b.size()) < n)
        b.resize(std::size_t(n));
    return b.data();
}

// Row counts are rounded up so the GEMM primitives, cached per shape, are reused across batches of slightly
// different sizes; padding rows are finite in the forward pass and exactly zero in every gradient.
inline std::int64_t roundUp(std::int64_t n, std::int64_t multiple) {
    return (n + multiple - 1) / multiple * multiple;
}

// Dropout sites: each gets its own stream of masks under the step's seed. The numbers are part of what makes
// a resumed run repeat a straight one, so they must not change.
constexpr std::uint64_t kEmbeddingDropoutSite = 1, kClassifierDropoutSite = 2;
// which: 0 attention probabilities, 1 attention output, 2 feed-forward output.
constexpr std::uint64_t layerDropoutSite(int layer, int which) {
    return 16 + std::uint64_t(layer) * 4 + std::uint64_t(which);
}

struct StepContext {
    StepContext(const BertConfig& config, const StepOptions& options, const TokenBatch& tokens,
                std::vector<Parameter>& parameters, std::vector<char>& written);

    // Settings.
    const BertConfig& config;
    bool exact;    // the reference path (double accumulation, no threads in the element-wise parts)
    bool training; // dropout on
    std::uint64_t dropoutSeed;
    float classifierDropout;
    const Kernels& kernels;
    int threads;

    // Shape.
    std::int64_t hsz, isz; // hidden and intermediate sizes
    int heads;
    std::int64_t headSize;
    float scale; // 1 / sqrt(headSize)
    float eps;
    Epilogue act;
    std::int64_t vocab;

    // The batch: sequences packed end to end, n real rows, rows after rounding up.
    const TokenBatch& tokens;
    int sequences;
    std::int64_t n, rows;
    bool parallelSequences; // attention runs one sequence per thread

    std::vector<Parameter>& parameters;
    std::vector<char>& written; // per parameter: backward wrote its gradient this step

    const float* value(int i) const { return parameters[std::size_t(i)].value.data(); }
    bool trainable(int i) const { return i >= 0 && parameters[std::size_t(i)].trainable; }
    bool anyTrainable(int begin, int end) const;
    // Where a gradient goes: nullptr when the parameter is frozen; marks it written.
    float* grad(int i) const;

    backward::DropoutSite dropout(std::uint64_t site, float probability) const {
        return backward::dropoutSite(dropoutSeed, site, probability, training);
    }

    // y = x * kernel + bias for the dense parameter pair at i (kernel at i, bias at i + 1).
    void dense(const float* x, int i, float* y, std::int64_t r, std::int64_t in, std::int64_t out) const {
        GemmCall(kernels, r, out, in).withBias(value(i + 1)).run(x, value(i), y);
    }
    // Its weight gradient alpha x^T dy [in, out] and bias gradient alpha (column sums of dy).
    void denseGrad(const float* x, const float* dy, int i, std::int64_t r, std::int64_t in, std::int64_t out,
                   std::int64_t ldy, float alpha = 1.0f) const;
};

} // namespace bertlab::core
