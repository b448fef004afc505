// The fast kernels: oneDNN primitives (JIT code for the CPU at hand), created once per shape and cached.
#include "core/tensor/compute_threads.h"
#include "core/tensor/dnnl_support.h"
#include "core/tensor/kernels.h"
#include "core/tensor/tensor.h"

#include <oneapi/dnnl/dnnl.hpp>

#include <array>
#include <map>
#include <mutex>

namespace bertlab::core {

namespace {

using dnnl::memory;
using Dims = memory::dims;

// A small thread-safe cache of primitives keyed by their shape parameters.
template <typename Key, typename Value>
class PrimitiveCache {
public:
    template <typename Make>
    const Value& get(const Key& key, Make make) {
        std::lock_guard lock(m_mutex);
        auto it = m_entries.find(key);
        if (it == m_entries.end())
            it = m_entries.emplace(key, make()).first;
        return it->second;
    }

private:
    std::mutex m_mutex;
    std::map<Key, Value> m_entries;
};

memory::desc matrixDesc(std::int64_t batch, std::int64_t rows, std::int64_t cols, std::int64_t rowStride,
                        std::int64_t colStride, std::int64_t batchStride) {
    if (batch == 1)
        return memory::desc(Dims{rows, cols}, memory::data_type::f32, Dims{rowStride, colStride});
    return memory::desc(Dims{batch, rows, cols}, memory::data_type::f32,
                        Dims{batchStride, rowStride, colStride});
}

// Blocked layouts chosen by oneDNN get a small id, so cache keys stay plain integers.
class LayoutRegistry {
public:
    std::int64_t idOf(const memory::desc& desc) {
        std::lock_guard lock(m_mutex);
        for (std::size_t i = 0; i < m_layouts.size(); ++i) {
            if (m_layouts[i] == desc)
                return std::int64_t(i) + 1;
        }
        m_layouts.push_back(desc);
        return std::int64_t(m_layouts.size());
    }

private:
    std::mutex m_mutex;
    std::vector<memory::desc> m_layouts;
};

struct DnnlPackedWeights final : PackedWeights {
    memory::desc desc;
    std::int64_t layoutId = 0;
    std::vector<float, AlignedAllocator<float>> values;
};

class DnnlKernels final : public Kernels {
public:
    std::shared_ptr<const PackedWeights> pack(const float* b, std::int64_t k, std::int64_t n,
                                              bool transposed) const override {
        applyComputeThreads();
        const memory::desc plain = transposed ? matrixDesc(1, k, n, 1, k, 0) : matrixDesc(1, k, n, n, 1, 0);
        // The layout oneDNN prefers does not depend on the number of rows; ask for a typical product.
        const memory::desc src(Dims{128, k}, memory::data_type::f32, memory::format_tag::ab);
        const memory::desc any(Dims{k, n}, memory::data_type::f32, memory::format_tag::any);
        const memory::desc bias(Dims{1, n}, memory::data_type::f32, memory::format_tag::ab);
        const memory::desc dst(Dims{128, n}, memory::data_type::f32, memory::format_tag::ab);
        const dnnl::matmul::primitive_desc pd(dnnl::matmul::desc(src, any, bias, dst), cpuEngine());

        auto packed = std::make_shared<DnnlPackedWeights>();
        packed->k = k;
        packed->n = n;
        packed->desc = pd.weights_desc();
        packed->layoutId = m_layouts.idOf(packed->desc);
        packed->values.resize((packed->desc.get_size() + sizeof(float) - 1) / sizeof(float));
        memory from(plain, cpuEngine(), const_cast<float*>(b));
        memory to(packed->desc, cpuEngine(), packed->values.data());
        dnnl::reorder(from, to).execute(threadStream(), from, to);
        threadStream().wait();
        return packed;
    }

    void gemm(const GemmParams& params, const float* a, const PackedWeights& b, const float* bias,
              float* c) const override {
        applyComputeThreads();
        const auto& packed = static_cast<const DnnlPackedWeights&>(b);
        const GemmParams p = params.resolved();
        const GemmKey key{p.m,
                          p.n,
                          p.k,
                          -packed.layoutId,
                          p.transposeA,
                          p.lda,
                          0,
                          p.ldc,
                          p.strideA,
                          0,
                          p.strideC,
                          bias != nullptr,
                          p.accumulate,
                          int(p.epilogue),
                          std::int64_t(p.alpha * 1e6f)};
        const auto& gemm = m_gemms.get(key, [&] { return makeGemm(p, bias != nullptr, &packed.desc); });
        run(gemm, a, packed.values.data(), bias, c);
    }

    void gemm(const GemmParams& params, const float* a, const float* b, const float* bias,
              float* c) const override {
        applyComputeThreads();
        const GemmParams p = params.resolved();
        const GemmKey key{p.m,
                          p.n,
                          p.k,
                          p.batch,
                          std::int64_t(p.transposeB) | std::int64_t(p.transposeA) << 1,
                          p.lda,
                          p.ldb,
                          p.ldc,
                          p.strideA,
                          p.strideB,
                          p.strideC,
                          bias != nullptr,
                          p.accumulate,
                          int(p.epilogue),
                          std::int64_t(p.alpha * 1e6f)};
        const auto& gemm = m_gemms.get(key, [&] { return makeGemm(p, bias != nullptr); });
        run(gemm, a, b, bias, c);
    }

    void layerNorm(float* x, std::int64_t rows, std::int64_t cols, const float* gamma, const float* beta,
                   float eps) const override {
        applyComputeThreads();
        const auto& norm = m_norms.get({rows, cols, std::int64_t(eps * 1e15f)}, [&] {
            const memory::desc data(Dims{rows, cols}, memory::data_type::f32, memory::format_tag::ab);
            const dnnl::layer_normalization_forward::desc desc(dnnl::prop_kind::forward_inference, data, eps,
                                                               dnnl::normalization_flags::use_scale |
                                                                   dnnl::normalization_flags::use_shift);
            const dnnl::layer_normalization_forward::primitive_desc pd(desc, cpuEngine());
            return NormEntry{dnnl::layer_normalization_forward(pd), data,
                             memory::desc(Dims{cols}, memory::data_type::f32, memory::format_tag::a)};
        });
        memory data(norm.data, cpuEngine(), x);
        norm.primitive.execute(threadStream(),
                               {{DNNL_ARG_SRC, data},
                                {DNNL_ARG_DST, data},
                                {DNNL_ARG_SCALE, memory(norm.param, cpuEngine(), const_cast<float*>(gamma))},
                                {DNNL_ARG_SHIFT, memory(norm.param, cpuEngine(), const_cast<float*>(beta))}});
        threadStream().wait();
    }

    void softmax(float* x, std::int64_t rows, std::int64_t cols) const override {
        applyComputeThreads();
        const auto& soft = m_softmaxes.get({rows, cols}, [&] {
            const memory::desc data(Dims{rows, cols}, memory::data_type::f32, memory::format_tag::ab);
            const dnnl::softmax_forward::desc desc(dnnl::prop_kind::forward_inference, data, 1);
            const dnnl::softmax_forward::primitive_desc pd(desc, cpuEngine());
            return SimpleEntry{dnnl::softmax_forward(pd), data};
        });
        memory data(soft.data, cpuEngine(), x);
        soft.primitive.execute(threadStream(), {{DNNL_ARG_SRC, data}, {DNNL_ARG_DST, data}});
        threadStream().wait();
    }

    void apply(Epilogue f, float* x, std::int64_t count) const override {
        if (f == Epilogue::None || count == 0)
            return;
        applyComputeThreads();
        const auto& elt = m_eltwises.get({count, int(f)}, [&] {
            const memory::desc data(Dims{count}, memory::data_type::f32, memory::format_tag::a);
            const dnnl::eltwise_forward::desc desc(dnnl::prop_kind::forward_inference, eltwiseAlgorithm(f),
                                                   data, 0.0f, 0.0f);
            const dnnl::eltwise_forward::primitive_desc pd(desc, cpuEngine());
            return SimpleEntry{dnnl::eltwise_forward(pd), data};
        });
        memory data(elt.data, cpuEngine(), x);
        elt.primitive.execute(threadStream(), {{DNNL_ARG_SRC, data}, {DNNL_ARG_DST, data}});
        threadStream().wait();
    }

private:
    using GemmKey = std::array<std::int64_t, 15>;
    struct GemmEntry {
        dnnl::matmul primitive;
        memory::desc src, weights, dst, bias;
    };
    struct NormEntry {
        dnnl::layer_normalization_forward primitive;
        memory::desc data, param;
    };
    struct SimpleEntry {
        dnnl::primitive primitive;
        memory::desc data;
    };

    static void run(const GemmEntry& gemm, const float* a, const float* b, const float* bias, float* c) {
        memory src(gemm.src, cpuEngine(), const_cast<float*>(a));
        memory weights(gemm.weights, cpuEngine(), const_cast<float*>(b));
        memory dst(gemm.dst, cpuEngine(), c);
        std::unordered_map<int, memory> args{
            {DNNL_ARG_SRC, src}, {DNNL_ARG_WEIGHTS, weights}, {DNNL_ARG_DST, dst}};
        if (bias)
            args.emplace(DNNL_ARG_BIAS, memory(gemm.bias, cpuEngine(), const_cast<float*>(bias)));
        gemm.primitive.execute(threadStream(), args);
        threadStream().wait();
    }

    static GemmEntry makeGemm(const GemmParams& p, bool hasBias,
                              const memory::desc* packedWeights = nullptr) {
        GemmEntry e;
        e.src = p.transposeA ? matrixDesc(p.batch, p.m, p.k, 1, p.lda, p.strideA)
                             : matrixDesc(p.batch, p.m, p.k, p.lda, 1, p.strideA);
        if (packedWeights)
            e.weights = *packedWeights;
        else
            e.weights = p.transposeB ? matrixDesc(p.batch, p.k, p.n, 1, p.ldb, p.strideB)
                                     : matrixDesc(p.batch, p.k, p.n, p.ldb, 1, p.strideB);
        e.dst = matrixDesc(p.batch, p.m, p.n, p.ldc, 1, p.strideC);
        if (hasBias)
            e.bias = p.batch == 1
                         ? memory::desc(Dims{1, p.n}, memory::data_type::f32, memory::format_tag::ab)
                         : memory::desc(Dims{1, 1, p.n}, memory::data_type::f32, memory::format_tag::abc);

        dnnl::primitive_attr attr;
        if (p.alpha != 1.0f)
            attr.set_output_scales(0, {p.alpha});
        dnnl::post_ops ops;
        if (p.accumulate)
            ops.append_sum(1.0f);
        if (p.epilogue != Epilogue::None)
            ops.append_eltwise(1.0f, eltwiseAlgorithm(p.epilogue), 0.0f, 0.0f);
        attr.set_post_ops(ops);

        const auto desc = hasBias ? dnnl::matmul::desc(e.src, e.weights, e.bias, e.dst)
                                  : dnnl::matmul::desc(e.src, e.weights, e.dst);
        const dnnl::matmul::primitive_desc pd(desc, attr, cpuEngine());
        e.primitive = dnnl::matmul(pd);
        return e;
    }

    mutable PrimitiveCache<GemmKey, GemmEntry> m_gemms;
    mutable LayoutRegistry m_layouts;
    mutable PrimitiveCache<std::array<std::int64_t, 3>, NormEntry> m_norms;
    mutable PrimitiveCache<std::array<std::int64_t, 2>, SimpleEntry> m_softmaxes;
    mutable PrimitiveCache<std::pair<std::int64_t, int>, SimpleEntry> m_eltwises;
};

} // namespace

dnnl::engine& cpuEngine() {
    static dnnl::engine engine(dnnl::engine::kind::cpu, 0);
    return engine;
}

// One stream per calling thread: oneDNN streams are not meant to be shared between threads.
dnnl::stream& threadStream() {
    thread_local dnnl::stream stream(cpuEngine());
    return stream;
}

dnnl::algorithm eltwiseAlgorithm(Epilogue f) {
    switch (f) {
    case Epilogue::GeluErf:
        return dnnl::algorithm::eltwise_gelu_erf;
    case Epilogue::GeluTanh:
        return dnnl::algorithm::eltwise_gelu_tanh;
    case Epilogue::Tanh:
        return dnnl::algorithm::eltwise_tanh;
    case Epilogue::Relu:
        return dnnl::algorithm::eltwise_relu;
    case Epilogue::None:
        break;
    }
    return dnnl::algorithm::undef;
}

const Kernels& fastKernels() {
    static const DnnlKernels kernels;
    return kernels;
}

} // namespace bertlab::core
