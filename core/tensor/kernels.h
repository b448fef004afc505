#pragma once

#include <cstdint>
#include <memory>

namespace bertlab::core {

// An element-wise function applied after a GEMM (fused where the backend can) or on its own.
enum class Epilogue { None, GeluErf, GeluTanh, Tanh, Relu };

// C[b] = epilogue(alpha * op(A[b]) * op(B[b]) + bias + (accumulate ? C[b] : 0)) for b in [0, batch).
// Row-major; A is [m, k], or [k, m] when transposeA; B is [k, n], or [n, k] when transposeB (a transposed
// operand is read as its transpose, so backward passes need no copies). Leading dimensions and batch
// strides default to the dense values (0 = dense). bias, when given, is [n] and alpha must then be 1.
struct GemmParams {
    std::int64_t m = 0, n = 0, k = 0;
    std::int64_t batch = 1;
    bool transposeA = false;
    bool transposeB = false;
    std::int64_t lda = 0, ldb = 0, ldc = 0;
    std::int64_t strideA = 0, strideB = 0, strideC = 0;
    float alpha = 1.0f;
    bool accumulate = false;
    Epilogue epilogue = Epilogue::None;

    GemmParams resolved() const; // fills the defaulted leading dimensions and strides
};

// A weight matrix [k, n] prepared once for many products: the fast path reorders it into the blocked layout
// the CPU's GEMM kernels read fastest, so no product pays for repacking.
class PackedWeights {
public:
    virtual ~PackedWeights() = default;
    std::int64_t k = 0, n = 0;
};

// The numeric building blocks of the model. Two implementations: a fast one (oneDNN primitives, cached per
// shape, vectorized and threaded) and a plain reference one (straight loops, double accumulation) that tests
// use as the ground truth the fast path must match.
class Kernels {
public:
    virtual ~Kernels() = default;

    virtual void gemm(const GemmParams& p, const float* a, const float* b, const float* bias,
                      float* c) const = 0;
    // b is [k, n], or [n, k] when transposed (read as its transpose).
    virtual std::shared_ptr<const PackedWeights> pack(const float* b, std::int64_t k, std::int64_t n,
                                                      bool transposed = false) const = 0;
    // A 2-D product with packed weights; p.batch must be 1 and p.transposeB false (the packing decided that).
    virtual void gemm(const GemmParams& p, const float* a, const PackedWeights& b, const float* bias,
                      float* c) const = 0;
    // In place over rows of length cols: (x - mean) / sqrt(var + eps) * gamma + beta.
    virtual void layerNorm(float* x, std::int64_t rows, std::int64_t cols, const float* gamma,
                           const float* beta, float eps) const = 0;
    // In place softmax over each row of length cols.
    virtual void softmax(float* x, std::int64_t rows, std::int64_t cols) const = 0;
    // In place element-wise function.
    virtual void apply(Epilogue f, float* x, std::int64_t count) const = 0;
};

const Kernels& fastKernels();
const Kernels& referenceKernels();

// Scalar definitions shared by the reference path and by tests.
float geluErf(float x);
float geluTanh(float x);

} // namespace bertlab::core
