#pragma once

// Element-wise and row-wise pieces of a training step beside the GEMMs: dropout masks, LayerNorm that keeps
// its statistics, activation and softmax derivatives. Each has an exact version (double accumulation,
// scalar library functions) for the reference path and a fast one (vectorisable OpenMP loops, oneDNN for
// the transcendental functions) that must match it.

#include "core/tensor/kernels.h"

#include <cstdint>

namespace bertlab::core::backward {

// Inverted dropout with masks drawn from a counter-based hash of (seed, site, element index): the same
// seed gives the same masks on either path and any number of threads, and backward can trust them.
struct DropoutSite {
    std::uint32_t key0 = 0, key1 = 0;
    std::uint32_t threshold = 0; // kept when hash >= threshold
    float scale = 1.0f;          // 1 / (1 - p)
    bool active = false;         // p > 0 and training
};
DropoutSite dropoutSite(std::uint64_t seed, std::uint64_t site, float probability, bool training);

// mask[i] = element first + i is kept (1) or dropped (0).
void dropoutMask(const DropoutSite& site, std::uint64_t first, std::int64_t count, std::uint8_t* mask);

// y = x * mask * scale (in place allowed); mask (when non-null) receives the mask.
void dropoutForward(const DropoutSite& site, std::uint64_t first, const float* x, float* y,
                    std::uint8_t* mask, std::int64_t count);
// dx = dy * mask * scale (in place allowed).
void dropoutBackward(const DropoutSite& site, const std::uint8_t* mask, const float* dy, float* dx,
                     std::int64_t count);

// y = LayerNorm(residual + dropout(x)) over rows of length cols, keeping xhat = (sum - mean) * rstd and rstd
// for the backward pass; residual may be null (plain LayerNorm of x). Dropout mask of row r starts at
// element r * cols of the site.
struct LayerNormStats {
    float* xhat = nullptr; // [rows, cols]
    float* rstd = nullptr; // [rows]
};
void residualLayerNorm(bool exact, const float* residual, const float* x, const DropoutSite& site,
                       std::uint8_t* mask, std::int64_t rows, std::int64_t cols, const float* gamma,
                       const float* beta, float eps, float* y, LayerNormStats stats);

// dx = LayerNorm backward of dy; dgamma / dbeta (when non-null) are overwritten with their gradients.
void layerNormBackward(bool exact, const float* dy, const float* xhat, const float* rstd, std::int64_t rows,
                       std::int64_t cols, const float* gamma, float* dx, float* dgamma, float* dbeta);

// y = f(x) out of place; dx = f'(x) * dy (dx may alias dy).
void activationForward(bool exact, Epilogue f, const float* x, float* y, std::int64_t count);
void activationBackward(bool exact, Epilogue f, const float* x, const float* dy, float* dx,
                        std::int64_t count);

// Softmax backward over rows whose forward output y was then dropped out into yDropped (same positions zero
// when dropped, so the mask is read from yDropped != 0; an underflowed y contributes nothing either way):
// in place, g = dYDropped * mask * scale, then g = y * (g - sum(y * g)) * alpha.
void softmaxDropoutBackward(bool exact, const float* y, const float* yDropped, float dropScale, float* g,
                            std::int64_t rows, std::int64_t cols, float alpha);

// Index of the first largest element of x[0, n).
std::int64_t argmax(const float* x, std::int64_t n);

// out[c] = sum over rows of x[r, c] (overwrites out).
void columnSums(bool exact, const float* x, std::int64_t rows, std::int64_t cols, std::int64_t ld,
                float* out);

} // namespace bertlab::core::backward
