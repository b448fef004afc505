// Plain loops with double accumulation: slow, obviously right, and the yardstick for the fast kernels.
#include "core/tensor/kernels.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace bertlab::core {

float geluErf(float x) {
    return float(0.5 * x * (1.0 + std::erf(double(x) / std::sqrt(2.0))));
}

float geluTanh(float x) {
    const double xd = x;
    const double inner = std::sqrt(2.0 / M_PI) * (xd + 0.044715 * xd * xd * xd);
    return float(0.5 * xd * (1.0 + std::tanh(inner)));
}

GemmParams GemmParams::resolved() const {
    GemmParams p = *this;
    if (p.lda == 0)
        p.lda = p.transposeA ? p.m : p.k;
    if (p.ldb == 0)
        p.ldb = p.transposeB ? p.k : p.n;
    if (p.ldc == 0)
        p.ldc = p.n;
    if (p.strideA == 0)
        p.strideA = p.transposeA ? p.k * p.lda : p.m * p.lda;
    if (p.strideB == 0)
        p.strideB = p.transposeB ? p.n * p.ldb : p.k * p.ldb;
    if (p.strideC == 0)
        p.strideC = p.m * p.ldc;
    return p;
}

namespace {

float applyScalar(Epilogue f, float x) {
    switch (f) {
    case Epilogue::None:
        return x;
    case Epilogue::GeluErf:
        return geluErf(x);
    case Epilogue::GeluTanh:
        return geluTanh(x);
    case Epilogue::Tanh:
        return std::tanh(x);
    case Epilogue::Relu:
        return x > 0.0f ? x : 0.0f;
    }
    return x;
}

// The reference "packing" is a plain [k, n] copy.
struct PlainWeights final : PackedWeights {
    std::vector<float> values;
};

class ReferenceKernels final : public Kernels {
public:
    std::shared_ptr<const PackedWeights> pack(const float* b, std::int64_t k, std::int64_t n,
                                              bool transposed) const override {
        auto packed = std::make_shared<PlainWeights>();
        packed->k = k;
        packed->n = n;
        packed->values.resize(static_cast<std::size_t>(k * n));
        for (std::int64_t i = 0; i < k; ++i)
            for (std::int64_t j = 0; j < n; ++j)
                packed->values[std::size_t(i * n + j)] = transposed ? b[j * k + i] : b[i * n + j];
        return packed;
    }

    void gemm(const GemmParams& p, const float* a, const PackedWeights& b, const float* bias,
              float* c) const override {
        gemm(p, a, static_cast<const PlainWeights&>(b).values.data(), bias, c);
    }

    void gemm(const GemmParams& params, const float* a, const float* b, const float* bias,
              float* c) const override {
        const GemmParams p = params.resolved();
        for (std::int64_t bi = 0; bi < p.batch; ++bi) {
            const float* A = a + bi * p.strideA;
            const float* B = b + bi * p.strideB;
            float* C = c + bi * p.strideC;
            for (std::int64_t i = 0; i < p.m; ++i) {
                for (std::int64_t j = 0; j < p.n; ++j) {
                    double sum = 0.0;
                    for (std::int64_t l = 0; l < p.k; ++l) {
                        const float bv = p.transposeB ? B[j * p.ldb + l] : B[l * p.ldb + j];
                        const float av = p.transposeA ? A[l * p.lda + i] : A[i * p.lda + l];
                        sum += double(av) * double(bv);
                    }
                    sum *= p.alpha;
                    if (bias)
                        sum += bias[j];
                    if (p.accumulate)
                        sum += C[i * p.ldc + j];
                    C[i * p.ldc + j] = applyScalar(p.epilogue, float(sum));
                }
            }
        }
    }

    void layerNorm(float* x, std::int64_t rows, std::int64_t cols, const float* gamma, const float* beta,
                   float eps) const override {
        for (std::int64_t r = 0; r < rows; ++r) {
            float* row = x + r * cols;
            double mean = 0.0;
            for (std::int64_t i = 0; i < cols; ++i)
                mean += row[i];
            mean /= double(cols);
            double var = 0.0;
            for (std::int64_t i = 0; i < cols; ++i)
                var += (row[i] - mean) * (row[i] - mean);
            var /= double(cols);
            const double inv = 1.0 / std::sqrt(var + double(eps));
            for (std::int64_t i = 0; i < cols; ++i)
                row[i] = float((row[i] - mean) * inv * gamma[i] + beta[i]);
        }
    }

    void softmax(float* x, std::int64_t rows, std::int64_t cols) const override {
        for (std::int64_t r = 0; r < rows; ++r) {
            float* row = x + r * cols;
            const float maxValue = *std::max_element(row, row + cols);
            double sum = 0.0;
            std::vector<double> e(static_cast<std::size_t>(cols));
            for (std::int64_t i = 0; i < cols; ++i)
                sum += e[std::size_t(i)] = std::exp(double(row[i]) - maxValue);
            for (std::int64_t i = 0; i < cols; ++i)
                row[i] = float(e[std::size_t(i)] / sum);
        }
    }

    void apply(Epilogue f, float* x, std::int64_t count) const override {
        for (std::int64_t i = 0; i < count; ++i)
            x[i] = applyScalar(f, x[i]);
    }
};

} // namespace

const Kernels& referenceKernels() {
    static const ReferenceKernels kernels;
    return kernels;
}

} // namespace bertlab::core
