#pragma once

// A GEMM call with named options (see GemmParams), so the many products of a training step read as what they
// compute: GemmCall(kernels, m, n, k).tb().alpha(scale).run(a, b, c).

#include "core/tensor/kernels.h"

#include <cstdint>

namespace bertlab::core {

class GemmCall final {
public:
    GemmCall(const Kernels& kernels, std::int64_t m, std::int64_t n, std::int64_t depth)
        : m_kernels(kernels) {
        m_params.m = m;
        m_params.n = n;
        m_params.k = depth;
    }
    GemmCall& ta() {
        m_params.transposeA = true;
        return *this;
    }
    GemmCall& tb() {
        m_params.transposeB = true;
        return *this;
    }
    GemmCall& ld(std::int64_t a, std::int64_t b, std::int64_t c) {
        m_params.lda = a;
        m_params.ldb = b;
        m_params.ldc = c;
        return *this;
    }
    GemmCall& batched(std::int64_t count, std::int64_t sa, std::int64_t sb, std::int64_t sc) {
        m_params.batch = count;
        m_params.strideA = sa;
        m_params.strideB = sb;
        m_params.strideC = sc;
        return *this;
    }
    GemmCall& alpha(float value) {
        m_params.alpha = value;
        return *this;
    }
    GemmCall& add(bool accumulate = true) {
        m_params.accumulate = accumulate;
        return *this;
    }
    GemmCall& withBias(const float* bias) {
        m_bias = bias;
        return *this;
    }
    void run(const float* a, const float* b, float* c) const {
        if (m_params.m == 0 || m_params.n == 0 || m_params.k == 0)
            return; // never reached with a valid batch: every product has a real depth
        m_kernels.gemm(m_params, a, b, m_bias, c);
    }

private:
    const Kernels& m_kernels;
    GemmParams m_params;
    const float* m_bias = nullptr;
};

} // namespace bertlab::core
