#include "core/train/backward_ops.h"

#include "core/tensor/compute_threads.h"
#include "core/tensor/dnnl_support.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <omp.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>
#include <vector>

// The hot loops are compiled for AVX2 and AVX-512 too and picked at load time: the library itself is built
// for baseline x86-64, where SSE2 lacks even a 32-bit vector multiply for the dropout hash.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define BERTLAB_CLONES __attribute__((target_clones("default", "avx2", "avx512f")))
#else
#define BERTLAB_CLONES
#endif

namespace bertlab::core::backward {

namespace {

// lowbias32 (Chris Wellons' hash-prospector): a cheap 32-bit mix with full avalanche, vectorisable.
inline std::uint32_t mix32(std::uint32_t x) {
    x ^= x >> 16;
    x *= 0x7feb352dU;
    x ^= x >> 15;
    x *= 0x846ca68bU;
    x ^= x >> 16;
    return x;
}

inline std::uint64_t splitMix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

int threads() {
    return computeThreads();
}

// --- oneDNN element-wise functions (vectorised erf/exp/tanh) ----------------------------------------------

struct Eltwise {
    dnnl::primitive forward, backward;
    dnnl::memory::desc data;
};

const Eltwise& eltwise(Epilogue f, std::int64_t count) {
    static std::mutex mutex;
    static std::map<std::pair<int, std::int64_t>, Eltwise> cache;
    std::lock_guard lock(mutex);
    auto it = cache.find({int(f), count});
    if (it == cache.end()) {
        const dnnl::memory::desc data(dnnl::memory::dims{count}, dnnl::memory::data_type::f32,
                                      dnnl::memory::format_tag::a);
        const dnnl::eltwise_forward::primitive_desc forward(
            dnnl::eltwise_forward::desc(dnnl::prop_kind::forward_training, eltwiseAlgorithm(f), data, 0.0f,
                                        0.0f),
            cpuEngine());
        const dnnl::eltwise_backward::primitive_desc backward(
            dnnl::eltwise_backward::desc(eltwiseAlgorithm(f), data, data, 0.0f, 0.0f), cpuEngine(), forward);
        it = cache
                 .emplace(std::pair{int(f), count},
                          Eltwise{dnnl::eltwise_forward(forward), dnnl::eltwise_backward(backward), data})
                 .first;
    }
    return it->second;
}

dnnl::memory wrap(const dnnl::memory::desc& desc, const float* p) {
    return dnnl::memory(desc, cpuEngine(), const_cast<float*>(p));
}

// --- exact scalar derivatives -----------------------------------------------------------------------------

double activationExact(Epilogue f, double x) {
    switch (f) {
    case Epilogue::GeluErf:
        return 0.5 * x * (1.0 + std::erf(x / std::sqrt(2.0)));
    case Epilogue::GeluTanh:
        return 0.5 * x * (1.0 + std::tanh(std::sqrt(2.0 / M_PI) * (x + 0.044715 * x * x * x)));
    case Epilogue::Tanh:
        return std::tanh(x);
    case Epilogue::Relu:
        return x > 0.0 ? x : 0.0;
    case Epilogue::None:
        break;
    }
    return x;
}

double derivativeExact(Epilogue f, double x) {
    switch (f) {
    case Epilogue::GeluErf:
        return 0.5 * (1.0 + std::erf(x / std::sqrt(2.0))) +
               x * std::exp(-0.5 * x * x) / std::sqrt(2.0 * M_PI);
    case Epilogue::GeluTanh: {
        const double c = std::sqrt(2.0 / M_PI);
        const double t = std::tanh(c * (x + 0.044715 * x * x * x));
        return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * c * (1.0 + 3.0 * 0.044715 * x * x);
    }
    case Epilogue::Tanh: {
        const double t = std::tanh(x);
        return 1.0 - t * t;
    }
    case Epilogue::Relu:
        return x > 0.0 ? 1.0 : 0.0;
    case Epilogue::None:
        break;
    }
    return 1.0;
}

} // namespace

DropoutSite dropoutSite(std::uint64_t seed, std::uint64_t site, float probability, bool training) {
    DropoutSite d;
    d.active = training && probability > 0.0f;
    if (!d.active)
        return d;
    const std::uint64_t key = splitMix64(splitMix64(seed) ^ (site * 0xd6e8feb86659fd93ULL));
    d.key0 = std::uint32_t(key);
    d.key1 = std::uint32_t(key >> 32);
    d.threshold = std::uint32_t(std::min(double(probability) * 4294967296.0, 4294967295.0));
    d.scale = 1.0f / (1.0f - probability);
    return d;
}

namespace {

BERTLAB_CLONES void maskRun(std::uint32_t key0, std::uint32_t high, std::uint32_t threshold,
                            std::uint32_t low, std::int64_t count, std::uint8_t* mask) {
#pragma omp simd
    for (std::int64_t i = 0; i < count; ++i)
        mask[i] = mix32(mix32((low + std::uint32_t(i)) ^ key0) + high) >= threshold ? 1 : 0;
}

BERTLAB_CLONES void applyMask(const std::uint8_t* mask, float scale, const float* x, float* y,
                              std::int64_t count) {
#pragma omp simd
    for (std::int64_t i = 0; i < count; ++i)
        y[i] = mask[i] ? x[i] * scale : 0.0f;
}

BERTLAB_CLONES void normaliseRow(const float* residual, const float* x, const std::uint8_t* mask, float scale,
                                 std::int64_t cols, const float* gamma, const float* beta, float eps,
                                 float* xhat, float* y, float* rstdOut) {
    if (mask) {
#pragma omp simd
        for (std::int64_t c = 0; c < cols; ++c)
            xhat[c] = (residual ? residual[c] : 0.0f) + (mask[c] ? x[c] * scale : 0.0f);
    } else {
#pragma omp simd
        for (std::int64_t c = 0; c < cols; ++c)
            xhat[c] = (residual ? residual[c] : 0.0f) + x[c];
    }
    float sum = 0.0f;
#pragma omp simd reduction(+ : sum)
    for (std::int64_t c = 0; c < cols; ++c)
        sum += xhat[c];
    const float mean = sum / float(cols);
    float var = 0.0f;
#pragma omp simd reduction(+ : var)
    for (std::int64_t c = 0; c < cols; ++c)
        var += (xhat[c] - mean) * (xhat[c] - mean);
    const float rstd = 1.0f / std::sqrt(var / float(cols) + eps);
    *rstdOut = rstd;
#pragma omp simd
    for (std::int64_t c = 0; c < cols; ++c) {
        const float n = (xhat[c] - mean) * rstd;
        xhat[c] = n;
        y[c] = n * gamma[c] + beta[c];
    }
}

BERTLAB_CLONES void normBackwardRow(const float* d, const float* h, const float* gamma, float rstd,
                                    std::int64_t cols, float* sg, float* sb, float* o) {
    float a = 0.0f, b = 0.0f;
#pragma omp simd reduction(+ : a, b)
    for (std::int64_t c = 0; c < cols; ++c) {
        const float g = d[c] * gamma[c];
        a += g;
        b += g * h[c];
        sg[c] += d[c] * h[c];
        sb[c] += d[c];
    }
    a /= float(cols);
    b /= float(cols);
    if (o) {
#pragma omp simd
        for (std::int64_t c = 0; c < cols; ++c)
            o[c] = rstd * (d[c] * gamma[c] - a - h[c] * b);
    }
}

BERTLAB_CLONES void softmaxBackwardRow(const float* p, const float* pd, float dropScale, float* d,
                                       std::int64_t cols, float alpha) {
    float dot = 0.0f;
#pragma omp simd reduction(+ : dot)
    for (std::int64_t c = 0; c < cols; ++c) {
        const float v = pd[c] != 0.0f ? d[c] * dropScale : 0.0f;
        d[c] = v;
        dot += p[c] * v;
    }
#pragma omp simd
    for (std::int64_t c = 0; c < cols; ++c)
        d[c] = p[c] * (d[c] - dot) * alpha;
}

BERTLAB_CLONES void addRow(const float* x, float* sum, std::int64_t cols) {
#pragma omp simd
    for (std::int64_t c = 0; c < cols; ++c)
        sum[c] += x[c];
}

BERTLAB_CLONES float rowMax(const float* x, std::int64_t n) {
    float m = x[0];
#pragma omp simd reduction(max : m)
    for (std::int64_t i = 0; i < n; ++i)
        m = std::max(m, x[i]);
    return m;
}

} // namespace

std::int64_t argmax(const float* x, std::int64_t n) {
    // A vectorised maximum, then a scan for its first position: two cheap passes beat one branchy one.
    const float m = rowMax(x, n);
    for (std::int64_t i = 0; i < n; ++i) {
        if (x[i] == m)
            return i;
    }
    return 0; // only for NaN rows
}

void dropoutMask(const DropoutSite& site, std::uint64_t first, std::int64_t count, std::uint8_t* mask) {
    // Element i hashes as mix32(mix32(low32(i) ^ key0) + (key1 ^ high32(i))); runs share the high word.
    while (count > 0) {
        const std::uint64_t toWrap = (std::uint64_t(1) << 32) - (first & 0xffffffffULL);
        const std::int64_t n = std::int64_t(std::min<std::uint64_t>(std::uint64_t(count), toWrap));
        maskRun(site.key0, site.key1 ^ std::uint32_t(first >> 32), site.threshold, std::uint32_t(first), n,
                mask);
        first += std::uint64_t(n);
        mask += n;
        count -= n;
    }
}

void dropoutForward(const DropoutSite& site, std::uint64_t first, const float* x, float* y,
                    std::uint8_t* mask, std::int64_t count) {
    if (!site.active) {
        if (x != y)
            std::copy(x, x + count, y);
        return;
    }
    constexpr std::int64_t chunk = 1 << 12;
#pragma omp parallel for num_threads(threads()) if (count > 4 * chunk)
    for (std::int64_t begin = 0; begin < count; begin += chunk) {
        const std::int64_t n = std::min(chunk, count - begin);
        std::uint8_t local[chunk];
        std::uint8_t* m = mask ? mask + begin : local;
        dropoutMask(site, first + std::uint64_t(begin), n, m);
        applyMask(m, site.scale, x + begin, y + begin, n);
    }
}

void dropoutBackward(const DropoutSite& site, const std::uint8_t* mask, const float* dy, float* dx,
                     std::int64_t count) {
    if (!site.active) {
        if (dx != dy)
            std::copy(dy, dy + count, dx);
        return;
    }
    constexpr std::int64_t chunk = 1 << 14;
#pragma omp parallel for num_threads(threads()) if (count > 4 * chunk)
    for (std::int64_t begin = 0; begin < count; begin += chunk)
        applyMask(mask + begin, site.scale, dy + begin, dx + begin, std::min(chunk, count - begin));
}

void residualLayerNorm(bool exact, const float* residual, const float* x, const DropoutSite& site,
                       std::uint8_t* mask, std::int64_t rows, std::int64_t cols, const float* gamma,
                       const float* beta, float eps, float* y, LayerNormStats stats) {
#pragma omp parallel for num_threads(threads()) if (!exact && rows > 8)
    for (std::int64_t r = 0; r < rows; ++r) {
        const float* xr = x + r * cols;
        const float* rr = residual ? residual + r * cols : nullptr;
        float* xhat = stats.xhat + r * cols;
        float* yr = y + r * cols;
        std::uint8_t* mr = site.active ? mask + r * cols : nullptr;
        if (mr)
            dropoutMask(site, std::uint64_t(r * cols), cols, mr);
        if (!exact) {
            normaliseRow(rr, xr, mr, site.scale, cols, gamma, beta, eps, xhat, yr, stats.rstd + r);
            continue;
        }
        // The sum goes into xhat first, then is normalised in place.
        for (std::int64_t c = 0; c < cols; ++c)
            xhat[c] = (rr ? rr[c] : 0.0f) + (mr ? (mr[c] ? xr[c] * site.scale : 0.0f) : xr[c]);
        double mean = 0.0;
        for (std::int64_t c = 0; c < cols; ++c)
            mean += xhat[c];
        mean /= double(cols);
        double var = 0.0;
        for (std::int64_t c = 0; c < cols; ++c)
            var += (xhat[c] - mean) * (xhat[c] - mean);
        var /= double(cols);
        const double rstd = 1.0 / std::sqrt(var + double(eps));
        stats.rstd[r] = float(rstd);
        for (std::int64_t c = 0; c < cols; ++c) {
            const double normalised = (xhat[c] - mean) * rstd;
            xhat[c] = float(normalised);
            yr[c] = float(normalised * gamma[c] + beta[c]);
        }
    }
}

void layerNormBackward(bool exact, const float* dy, const float* xhat, const float* rstd, std::int64_t rows,
                       std::int64_t cols, const float* gamma, float* dx, float* dgamma, float* dbeta) {
    if (exact) {
        std::vector<double> sg(std::size_t(cols), 0.0), sb(std::size_t(cols), 0.0);
        for (std::int64_t r = 0; r < rows; ++r) {
            const float* d = dy + r * cols;
            const float* h = xhat + r * cols;
            double a = 0.0, b = 0.0;
            for (std::int64_t c = 0; c < cols; ++c) {
                const double g = double(d[c]) * gamma[c];
                a += g;
                b += g * h[c];
                sg[std::size_t(c)] += double(d[c]) * h[c];
                sb[std::size_t(c)] += d[c];
            }
            a /= double(cols);
            b /= double(cols);
            if (dx) {
                for (std::int64_t c = 0; c < cols; ++c)
                    dx[r * cols + c] = float(rstd[r] * (double(d[c]) * gamma[c] - a - h[c] * b));
            }
        }
        for (std::int64_t c = 0; c < cols; ++c) {
            if (dgamma)
                dgamma[c] = float(sg[std::size_t(c)]);
            if (dbeta)
                dbeta[c] = float(sb[std::size_t(c)]);
        }
        return;
    }

    const int teams = std::max(1, std::min<int>(threads(), int(rows / 16) + 1));
    std::vector<float> partial(std::size_t(2 * teams * cols), 0.0f);
#pragma omp parallel num_threads(teams)
    {
        const int t = omp_get_thread_num();
        const int count = omp_get_num_threads();
        float* sg = partial.data() + std::size_t(2 * t) * std::size_t(cols);
        float* sb = sg + cols;
        const std::int64_t begin = rows * t / count, end = rows * (t + 1) / count;
        for (std::int64_t r = begin; r < end; ++r)
            normBackwardRow(dy + r * cols, xhat + r * cols, gamma, rstd[r], cols, sg, sb,
                            dx ? dx + r * cols : nullptr);
    }
    for (std::int64_t c = 0; c < cols; ++c) {
        float g = 0.0f, b = 0.0f;
        for (int t = 0; t < teams; ++t) {
            g += partial[std::size_t(2 * t) * std::size_t(cols) + std::size_t(c)];
            b += partial[std::size_t(2 * t + 1) * std::size_t(cols) + std::size_t(c)];
        }
        if (dgamma)
            dgamma[c] = g;
        if (dbeta)
            dbeta[c] = b;
    }
}

void activationForward(bool exact, Epilogue f, const float* x, float* y, std::int64_t count) {
    if (count == 0)
        return;
    if (exact) {
        for (std::int64_t i = 0; i < count; ++i)
            y[i] = float(activationExact(f, x[i]));
        return;
    }
    if (f == Epilogue::None) {
        std::copy(x, x + count, y);
        return;
    }
    if (f == Epilogue::Relu) {
#pragma omp parallel for simd num_threads(threads()) if (count > (1 << 15))
        for (std::int64_t i = 0; i < count; ++i)
            y[i] = x[i] > 0.0f ? x[i] : 0.0f;
        return;
    }
    applyComputeThreads();
    const Eltwise& e = eltwise(f, count);
    e.forward.execute(threadStream(), {{DNNL_ARG_SRC, wrap(e.data, x)}, {DNNL_ARG_DST, wrap(e.data, y)}});
    threadStream().wait();
}

void activationBackward(bool exact, Epilogue f, const float* x, const float* dy, float* dx,
                        std::int64_t count) {
    if (count == 0)
        return;
    if (exact) {
        for (std::int64_t i = 0; i < count; ++i)
            dx[i] = float(derivativeExact(f, x[i]) * dy[i]);
        return;
    }
    if (f == Epilogue::None) {
        if (dx != dy)
            std::copy(dy, dy + count, dx);
        return;
    }
    if (f == Epilogue::Relu) {
#pragma omp parallel for simd num_threads(threads()) if (count > (1 << 15))
        for (std::int64_t i = 0; i < count; ++i)
            dx[i] = x[i] > 0.0f ? dy[i] : 0.0f;
        return;
    }
    applyComputeThreads();
    const Eltwise& e = eltwise(f, count);
    e.backward.execute(threadStream(), {{DNNL_ARG_SRC, wrap(e.data, x)},
                                        {DNNL_ARG_DIFF_DST, wrap(e.data, dy)},
                                        {DNNL_ARG_DIFF_SRC, wrap(e.data, dx)}});
    threadStream().wait();
}

void softmaxDropoutBackward(bool exact, const float* y, const float* yDropped, float dropScale, float* g,
                            std::int64_t rows, std::int64_t cols, float alpha) {
    for (std::int64_t r = 0; r < rows; ++r) {
        const float* p = y + r * cols;
        const float* pd = yDropped + r * cols;
        float* d = g + r * cols;
        if (exact) {
            double dot = 0.0;
            for (std::int64_t c = 0; c < cols; ++c) {
                d[c] = pd[c] != 0.0f ? float(double(d[c]) * dropScale) : 0.0f;
                dot += double(p[c]) * d[c];
            }
            for (std::int64_t c = 0; c < cols; ++c)
                d[c] = float(double(p[c]) * (double(d[c]) - dot) * alpha);
        } else {
            softmaxBackwardRow(p, pd, dropScale, d, cols, alpha);
        }
    }
}

void columnSums(bool exact, const float* x, std::int64_t rows, std::int64_t cols, std::int64_t ld,
                float* out) {
    if (exact) {
        for (std::int64_t c = 0; c < cols; ++c) {
            double s = 0.0;
            for (std::int64_t r = 0; r < rows; ++r)
                s += x[r * ld + c];
            out[c] = float(s);
        }
        return;
    }
    const int teams = std::max(1, std::min<int>(threads(), int(rows / 32) + 1));
    std::vector<float> partial(std::size_t(teams * cols), 0.0f);
#pragma omp parallel num_threads(teams)
    {
        const int t = omp_get_thread_num();
        const int count = omp_get_num_threads();
        float* s = partial.data() + std::size_t(t) * std::size_t(cols);
        const std::int64_t begin = rows * t / count, end = rows * (t + 1) / count;
        for (std::int64_t r = begin; r < end; ++r)
            addRow(x + r * ld, s, cols);
    }
    for (std::int64_t c = 0; c < cols; ++c) {
        float s = 0.0f;
        for (int t = 0; t < teams; ++t)
            s += partial[std::size_t(t) * std::size_t(cols) + std::size_t(c)];
        out[c] = s;
    }
}

} // namespace bertlab::core::backward
