#include "core/train/adam_warmup.h"

#include "core/tensor/compute_threads.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>

namespace bertlab::core {

namespace {

// Tensors at least this big are updated by all compute threads; smaller ones are not worth the fork.
constexpr std::int64_t kParallelThreshold = 1 << 15;
// Elements per inner block: small enough that the block's m, v, p and grad stay in L1 between passes.
constexpr std::int64_t kBlock = 2048;

using ConstArrayMap = Eigen::Map<const Eigen::ArrayXf>;

bool decays(const QString& name, const QStringList& pattern) {
    if (pattern.isEmpty())
        return true;
    return std::any_of(pattern.begin(), pattern.end(),
                       [&](const QString& part) { return name.contains(part); });
}

// Sum of squares in double: the float sum of ~10^7 squares would lose digits.
double squaredNorm(const Tensor& t) {
    const float* g = t.data();
    const std::int64_t n = t.size();
    double sum = 0.0;
#pragma omp parallel for reduction(+ : sum) schedule(static) if (n >= kParallelThreshold)
    for (std::int64_t i = 0; i < n; ++i)
        sum += double(g[i]) * double(g[i]);
    return sum;
}

// Per-step constants, in float32 as the peer computes them.
struct StepConstants {
    float lr = 0.0f;        // schedule rate with Adam's bias correction folded in
    float gradScale = 1.0f; // global-norm clipping
    float beta1 = 0.9f, oneMinusBeta1 = 0.1f;
    float beta2 = 0.999f, oneMinusBeta2 = 0.001f;
    float epsilon = 1e-7f;
    float weightDecay = 0.0f;
    bool amsgrad = false;
};

// One block of elements; the expressions follow warmup_v2.py's _resource_apply_dense term by term.
void updateBlock(float* p, const float* grad, float* m, float* v, float* vhat, std::int64_t n,
                 const StepConstants& c, bool decay) {
    Eigen::Map<Eigen::ArrayXf> P(p, n), M(m, n), V(v, n);
    const ConstArrayMap G(grad, n);
    if (c.gradScale != 1.0f) {
        const auto g = G * c.gradScale;
        M = c.beta1 * M + c.oneMinusBeta1 * g;
        V = c.beta2 * V + c.oneMinusBeta2 * g.square();
    } else {
        M = c.beta1 * M + c.oneMinusBeta1 * G;
        V = c.beta2 * V + c.oneMinusBeta2 * G.square();
    }
    if (c.amsgrad) {
        Eigen::Map<Eigen::ArrayXf> VH(vhat, n);
        VH = VH.max(V);
        if (decay)
            P -= c.lr * (M / (VH.sqrt() + c.epsilon) + c.weightDecay * P);
        else
            P -= c.lr * (M / (VH.sqrt() + c.epsilon));
    } else if (decay) {
        P -= c.lr * (M / (V.sqrt() + c.epsilon) + c.weightDecay * P);
    } else {
        P -= c.lr * (M / (V.sqrt() + c.epsilon));
    }
}

void updateTensor(Parameter& param, AdamWarmup::Slots& slots, const StepConstants& c, bool decay) {
    float* p = param.value.data();
    const float* g = param.grad.data();
    float* m = slots.m.data();
    float* v = slots.v.data();
    float* vh = c.amsgrad ? slots.vhat.data() : nullptr;
    const std::int64_t n = param.value.size();
    const std::int64_t blocks = (n + kBlock - 1) / kBlock;
#pragma omp parallel for schedule(static) if (n >= kParallelThreshold)
    for (std::int64_t b = 0; b < blocks; ++b) {
        const std::int64_t begin = b * kBlock;
        const std::int64_t len = std::min(kBlock, n - begin);
        updateBlock(p + begin, g + begin, m + begin, v + begin, vh ? vh + begin : nullptr, len, c, decay);
    }
}

void ensureSlot(Tensor& slot, const Tensor& like) {
    if (slot.size() != like.size())
        slot = Tensor(like.shape());
    else if (slot.shape() != like.shape())
        slot = slot.reshaped(like.shape());
}

} // namespace

QStringList AdamWarmupOptions::defaultWeightDecayPattern() {
    // keras_bert.compile_model passes ['embeddings', 'kernel', 'W1', 'W2', 'Wk', 'Wq', 'Wv', 'Wo'] on
    // keras-bert's layer weights. In official names those are: the three embedding tables
    // (word_/position_/token_type_embeddings, but not bert/embeddings/LayerNorm, hence the underscore);
    // every dense kernel (attention Wq/Wk/Wv/Wo, FFN W1/W2, pooler = NSP-Dense, MLM transform); and the
    // NSP / classifier output_weights (keras-bert's NSP/kernel). Biases and LayerNorm gamma/beta are not
    // decayed. (keras-bert 0.89's TF2 optimizer then ignores the pattern; an empty list reproduces that.)
    return {QStringLiteral("_embeddings"), QStringLiteral("kernel"), QStringLiteral("output_weights")};
}

TrainSteps calcTrainSteps(std::int64_t numExamples, std::int64_t batchSize, std::int64_t epochs,
                          double warmupProportion) {
    TrainSteps out;
    if (batchSize <= 0 || numExamples < 0 || epochs < 0)
        return out;
    const std::int64_t steps = (numExamples + batchSize - 1) / batchSize;
    out.total = steps * epochs;
    // int(total * proportion) in Python: the double product truncated toward zero.
    out.warmup = std::int64_t(double(out.total) * warmupProportion);
    return out;
}

AdamWarmup::AdamWarmup(AdamWarmupOptions options)
    : m_options(std::move(options)) {}

double AdamWarmup::learningRate(std::int64_t step) const {
    const auto& o = m_options;
    const double t = double(step);
    if (o.warmupSteps > 0 && t <= double(o.warmupSteps))
        return o.learningRate * (t / double(o.warmupSteps));
    // keras-bert divides by decay_steps, which gives NaN for 0: BertLab keeps the rate instead.
    if (o.decaySteps <= 0)
        return o.learningRate;
    return o.minLr +
           (o.learningRate - o.minLr) * (1.0 - std::min(t, double(o.decaySteps)) / double(o.decaySteps));
}

double AdamWarmup::apply(std::vector<Parameter>& parameters) {
    applyComputeThreads();
    const auto& o = m_options;
    if (m_slots.size() != parameters.size())
        m_slots.resize(parameters.size());

    // Like TF, a variable without a gradient is skipped entirely (no slot change, no decay).
    std::vector<std::size_t> active;
    active.reserve(parameters.size());
    double sumSquares = 0.0;
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        const Parameter& p = parameters[i];
        if (!p.trainable || p.value.isEmpty() || p.grad.size() != p.value.size())
            continue;
        active.push_back(i);
        sumSquares += squaredNorm(p.grad);
    }
    const double norm = std::sqrt(sumSquares);
    // A non-finite gradient would poison every weight and slot: skip the step and let the caller see the
    // norm.
    if (!std::isfinite(norm))
        return norm;

    // Scalars in float32, in the order TF evaluates keras-bert's expressions, so results match the peer to
    // the last bits rather than to double-vs-float rounding.
    StepConstants c;
    const float t = float(m_iterations + 1);
    c.beta1 = float(o.beta1);
    c.beta2 = float(o.beta2);
    c.oneMinusBeta1 = 1.0f - c.beta1;
    c.oneMinusBeta2 = 1.0f - c.beta2;
    c.epsilon = float(o.epsilon);
    c.weightDecay = float(o.weightDecay);
    c.amsgrad = o.amsgrad;
    {
        const float lr = float(o.learningRate), minLr = float(o.minLr);
        const float warmup = float(o.warmupSteps), decaySteps = float(o.decaySteps);
        float scheduled;
        if (o.warmupSteps > 0 && t <= warmup)
            scheduled = lr * (t / warmup);
        else if (o.decaySteps <= 0)
            scheduled = lr;
        else
            scheduled = minLr + (lr - minLr) * (1.0f - std::min(t, decaySteps) / decaySteps);
        const float beta1Power = std::pow(c.beta1, t);
        const float beta2Power = std::pow(c.beta2, t);
        c.lr = scheduled * std::sqrt(1.0f - beta2Power) / (1.0f - beta1Power);
    }
    if (o.clipNorm > 0.0 && norm > 0.0) {
        // tf.clip_by_global_norm: clip_norm * min(1 / norm, 1 / clip_norm), applied even below the limit.
        const float clip = float(o.clipNorm), normF = float(norm);
        c.gradScale = clip * std::min(1.0f / normF, 1.0f / clip);
    }

    const bool anyDecay = o.weightDecay > 0.0;
    for (std::size_t i : active) {
        Parameter& p = parameters[i];
        Slots& s = m_slots[i];
        ensureSlot(s.m, p.value);
        ensureSlot(s.v, p.value);
        if (o.amsgrad)
            ensureSlot(s.vhat, p.value);
        updateTensor(p, s, c, anyDecay && decays(p.name, o.weightDecayPattern));
    }
    ++m_iterations;
    return norm;
}

void AdamWarmup::restore(std::int64_t iterations, std::vector<Slots> slots) {
    m_iterations = std::max<std::int64_t>(0, iterations);
    m_slots = std::move(slots);
}

} // namespace bertlab::core
