// A training step: the forward pass of core/model (same architecture, same packing) with dropout and the
// losses, keeping every activation the backward pass needs, then the backward pass into Parameter::grad.
// Buffers live in a workspace that is reused from step to step; row counts are rounded up (padding rows are
// finite in the forward pass and exactly zero in every gradient) so the GEMM primitives, cached per shape,
// are reused across batches of slightly different sizes.
#include "core/train/trainable_bert.h"

#include "core/translation.h"

#include "core/model/layers.h"
#include "core/tensor/compute_threads.h"
#include "core/tensor/kernels.h"
#include "core/train/backward_ops.h"

#include <QCoreApplication>

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"TrainableBert", "bertlab::core::TrainableBert"});
}

using Buffer = std::vector<float, AlignedAllocator<float>>;
using MaskBuffer = std::vector<std::uint8_t>;

float* ensure(Buffer& b, std::int64_t n) {
    if (std::int64_t(b.size()) < n)
        b.resize(std::size_t(n));
    return b.data();
}

std::uint8_t* ensure(MaskBuffer& b, std::int64_t n) {
    if (std::int64_t(b.size()) < n)
        b.resize(std::size_t(n));
    return b.data();
}

std::int64_t roundUp(std::int64_t n, std::int64_t multiple) {
    return (n + multiple - 1) / multiple * multiple;
}

// Dropout sites: each gets its own stream of masks under the step's seed.
constexpr std::uint64_t kEmbeddingSite = 1, kClassifierSite = 2;
std::uint64_t layerSite(int layer, int which) {
    return 16 + std::uint64_t(layer) * 4 + std::uint64_t(which);
}

// A GEMM call with named options; see GemmParams.
struct Mm {
    const Kernels& kernels;
    GemmParams p;
    const float* bias = nullptr;

    Mm(const Kernels& k, std::int64_t m, std::int64_t n, std::int64_t depth)
        : kernels(k) {
        p.m = m;
        p.n = n;
        p.k = depth;
    }
    Mm& ta() {
        p.transposeA = true;
        return *this;
    }
    Mm& tb() {
        p.transposeB = true;
        return *this;
    }
    Mm& ld(std::int64_t a, std::int64_t b, std::int64_t c) {
        p.lda = a;
        p.ldb = b;
        p.ldc = c;
        return *this;
    }
    Mm& batched(std::int64_t count, std::int64_t sa, std::int64_t sb, std::int64_t sc) {
        p.batch = count;
        p.strideA = sa;
        p.strideB = sb;
        p.strideC = sc;
        return *this;
    }
    Mm& alpha(float value) {
        p.alpha = value;
        return *this;
    }
    Mm& add(bool accumulate = true) {
        p.accumulate = accumulate;
        return *this;
    }
    Mm& withBias(const float* b) {
        bias = b;
        return *this;
    }
    void run(const float* a, const float* b, float* c) const {
        if (p.m == 0 || p.n == 0 || p.k == 0)
            return; // never reached with a valid batch: every product has a real depth
        kernels.gemm(p, a, b, bias, c);
    }
};

struct LayerIndex {
    // Dense layers: kernel at the index, bias right after. LayerNorms: gamma, then beta.
    int query = -1, key = -1, value = -1, attentionOutput = -1, attentionNorm = -1, intermediate = -1,
        output = -1, outputNorm = -1;
    int first = 0, last = 0; // parameter range [first, last)
};

struct LayerState {
    Buffer qkvKernel, qkvBias; // this step's query | key | value, fused
    Buffer qkv, probs, dropped, context, xhat1, rstd1, attended, inter, act, xhat2, rstd2;
    MaskBuffer attentionOutputMask, outputMask;
};

double softmaxRowLoss(const float* logits, int cols, int label, float* probabilities, int* argmax) {
    double maxValue = logits[0];
    int best = 0;
    for (int c = 1; c < cols; ++c) {
        if (logits[c] > maxValue) {
            maxValue = logits[c];
            best = c;
        }
    }
    double sum = 0.0;
    for (int c = 0; c < cols; ++c)
        sum += std::exp(double(logits[c]) - maxValue);
    for (int c = 0; c < cols; ++c)
        probabilities[c] = float(std::exp(double(logits[c]) - maxValue) / sum);
    *argmax = best;
    return label >= 0 ? std::log(sum) + maxValue - logits[label] : 0.0;
}

} // namespace

struct TrainableBert::Impl {
    // Where each parameter sits in m_parameters.
    int word = -1, position = -1, tokenType = -1, embeddingNorm = -1, embeddingLast = 0;
    std::vector<LayerIndex> layers;
    int pooler = -1, mlmTransform = -1, mlmNorm = -1, mlmBias = -1, nsp = -1, classifier = -1;

    // Workspace.
    std::vector<Buffer> hidden; // layer inputs; hidden[L] is the encoder's output
    std::vector<LayerState> state;
    Buffer embeddingXhat, embeddingRstd, scratch;
    MaskBuffer embeddingMask;
    std::vector<std::int64_t> probOffsets;
    Buffer cls, pooled, pooledDropped, nspLogits, classLogits;
    MaskBuffer pooledMask;
    Buffer mlmInput, mlmPre, mlmAct, mlmXhat, mlmRstd, mlmNormed, logits;
    Buffer gradA, gradB, gradInter, gradQkv, gradContext, gradFusedKernel, gradFusedBias, gradPooled, gradNsp,
        gradClass, gradMlmA, gradMlmB;
    std::vector<Buffer> threadScratch;
    std::vector<char> written;

    // A copy of the model must not share this workspace with the original: same indices, empty buffers.
    std::shared_ptr<Impl> withOwnWorkspace() const {
        auto fresh = std::make_shared<Impl>();
        fresh->word = word;
        fresh->position = position;
        fresh->tokenType = tokenType;
        fresh->embeddingNorm = embeddingNorm;
        fresh->embeddingLast = embeddingLast;
        fresh->layers = layers;
        fresh->pooler = pooler;
        fresh->mlmTransform = mlmTransform;
        fresh->mlmNorm = mlmNorm;
        fresh->mlmBias = mlmBias;
        fresh->nsp = nsp;
        fresh->classifier = classifier;
        return fresh;
    }
};

// --- construction

TrainableBert::TrainableBert(BertConfig config, BertWeights weights, TrainableHeads heads,
                             std::uint32_t initSeed)
    : m_config(std::move(config))
    , m_heads(heads)
    , m_impl(std::make_shared<Impl>()) {
    Impl& d = *m_impl;
    const std::int64_t h = m_config.hiddenSize;
    std::mt19937 engine(initSeed);
    // Google's create_initializer: a normal truncated at two standard deviations.
    std::normal_distribution<float> normal(0.0f, 1.0f);
    const float range = m_config.initializerRange;
    auto truncated = [&](Shape shape) {
        Tensor t(std::move(shape));
        for (std::int64_t i = 0; i < t.size(); ++i) {
            float v = normal(engine);
            while (std::abs(v) > 2.0f)
                v = normal(engine);
            t[i] = v * range;
        }
        return t;
    };
    auto ones = [](std::int64_t n) {
        Tensor t({n});
        std::fill(t.data(), t.data() + n, 1.0f);
        return t;
    };

    auto add = [&](const QString& name, Tensor value) {
        Parameter p;
        p.name = name;
        p.grad = Tensor(value.shape());
        p.value = std::move(value);
        m_parameters.push_back(std::move(p));
        return int(m_parameters.size()) - 1;
    };
    auto addDense = [&](const QString& prefix, DenseWeights& w) {
        const int index = add(prefix + QStringLiteral("/kernel"), std::move(w.kernel));
        add(prefix + QStringLiteral("/bias"), std::move(w.bias));
        return index;
    };
    auto addNorm = [&](const QString& prefix, LayerNormWeights& w) {
        const int index = add(prefix + QStringLiteral("/gamma"), std::move(w.gamma));
        add(prefix + QStringLiteral("/beta"), std::move(w.beta));
        return index;
    };

    d.word = add(QStringLiteral("bert/embeddings/word_embeddings"), std::move(weights.wordEmbeddings));
    d.tokenType =
        add(QStringLiteral("bert/embeddings/token_type_embeddings"), std::move(weights.tokenTypeEmbeddings));
    d.position =
        add(QStringLiteral("bert/embeddings/position_embeddings"), std::move(weights.positionEmbeddings));
    d.embeddingNorm = addNorm(QStringLiteral("bert/embeddings/LayerNorm"), weights.embeddingNorm);
    d.embeddingLast = int(m_parameters.size());
    for (std::size_t l = 0; l < weights.layers.size(); ++l) {
        EncoderLayerWeights& w = weights.layers[l];
        const QString p = QStringLiteral("bert/encoder/layer_%1/").arg(l);
        LayerIndex index;
        index.first = int(m_parameters.size());
        index.query = addDense(p + QStringLiteral("attention/self/query"), w.query);
        index.key = addDense(p + QStringLiteral("attention/self/key"), w.key);
        index.value = addDense(p + QStringLiteral("attention/self/value"), w.value);
        index.attentionOutput = addDense(p + QStringLiteral("attention/output/dense"), w.attentionOutput);
        index.attentionNorm = addNorm(p + QStringLiteral("attention/output/LayerNorm"), w.attentionNorm);
        index.intermediate = addDense(p + QStringLiteral("intermediate/dense"), w.intermediate);
        index.output = addDense(p + QStringLiteral("output/dense"), w.output);
        index.outputNorm = addNorm(p + QStringLiteral("output/LayerNorm"), w.outputNorm);
        index.last = int(m_parameters.size());
        d.layers.push_back(index);
    }

    auto initDense = [&](std::int64_t in, std::int64_t out) {
        return DenseWeights{truncated({in, out}), Tensor({out})};
    };
    if (weights.pooler || m_heads.nsp || m_heads.classifierLabels > 0) {
        DenseWeights pooler = weights.pooler ? std::move(*weights.pooler) : initDense(h, h);
        d.pooler = addDense(QStringLiteral("bert/pooler/dense"), pooler);
    }
    if (m_heads.mlm) {
        MlmHeadWeights mlm = weights.mlm
                                 ? std::move(*weights.mlm)
                                 : MlmHeadWeights{initDense(h, h), LayerNormWeights{ones(h), Tensor({h})},
                                                  Tensor({std::int64_t(m_config.vocabSize)})};
        d.mlmTransform = addDense(QStringLiteral("cls/predictions/transform/dense"), mlm.transform);
        d.mlmNorm = addNorm(QStringLiteral("cls/predictions/transform/LayerNorm"), mlm.norm);
        d.mlmBias = add(QStringLiteral("cls/predictions/output_bias"), std::move(mlm.outputBias));
    }
    if (m_heads.nsp) {
        DenseWeights nsp = weights.nsp ? std::move(*weights.nsp) : initDense(h, 2);
        d.nsp = add(QStringLiteral("cls/seq_relationship/output_weights"), std::move(nsp.kernel));
        add(QStringLiteral("cls/seq_relationship/output_bias"), std::move(nsp.bias));
    }
    if (m_heads.classifierLabels > 0) {
        DenseWeights c = initDense(h, m_heads.classifierLabels);
        d.classifier = add(QStringLiteral("output_weights"), std::move(c.kernel));
        add(QStringLiteral("output_bias"), std::move(c.bias));
    }
}

Parameter* TrainableBert::parameter(const QString& name) {
    for (Parameter& p : m_parameters) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

std::int64_t TrainableBert::parameterCount() const {
    std::int64_t n = 0;
    for (const Parameter& p : m_parameters)
        n += p.value.size();
    return n;
}

void TrainableBert::setTrainablePrefixes(const QStringList& prefixes) {
    for (Parameter& p : m_parameters) {
        p.trainable =
            prefixes.isEmpty() || std::any_of(prefixes.begin(), prefixes.end(),
                                              [&](const QString& x) { return p.name.startsWith(x); });
        if (!p.trainable)
            std::fill(p.grad.data(), p.grad.data() + p.grad.size(), 0.0f);
    }
}

BertWeights TrainableBert::exportWeights() const {
    const Impl& d = *m_impl;
    auto value = [&](int i) { return m_parameters[std::size_t(i)].value; };
    auto dense = [&](int i) { return DenseWeights{value(i), value(i + 1)}; };
    auto norm = [&](int i) { return LayerNormWeights{value(i), value(i + 1)}; };
    BertWeights w;
    w.wordEmbeddings = value(d.word);
    w.positionEmbeddings = value(d.position);
    w.tokenTypeEmbeddings = value(d.tokenType);
    w.embeddingNorm = norm(d.embeddingNorm);
    for (const LayerIndex& l : d.layers) {
        EncoderLayerWeights e;
        e.query = dense(l.query);
        e.key = dense(l.key);
        e.value = dense(l.value);
        e.attentionOutput = dense(l.attentionOutput);
        e.attentionNorm = norm(l.attentionNorm);
        e.intermediate = dense(l.intermediate);
        e.output = dense(l.output);
        e.outputNorm = norm(l.outputNorm);
        w.layers.push_back(std::move(e));
    }
    if (d.pooler >= 0)
        w.pooler = dense(d.pooler);
    if (d.mlmTransform >= 0)
        w.mlm = MlmHeadWeights{dense(d.mlmTransform), norm(d.mlmNorm), value(d.mlmBias)};
    if (d.nsp >= 0)
        w.nsp = dense(d.nsp);
    return w;
}

DenseWeights TrainableBert::exportClassifier() const {
    if (m_impl->classifier < 0)
        return {};
    return DenseWeights{m_parameters[std::size_t(m_impl->classifier)].value,
                        m_parameters[std::size_t(m_impl->classifier + 1)].value};
}

// --- the step

Result<StepResult> TrainableBert::step(const TrainingBatch& batch, const StepOptions& options) {
    if (m_impl.use_count() > 1)
        m_impl = m_impl->withOwnWorkspace();
    Impl& d = *m_impl;
    const TokenBatch& tokens = batch.tokens;
    const int sequences = tokens.sequenceCount();
    const std::int64_t n = tokens.tokenCount();
    const std::int64_t m = std::int64_t(batch.mlmRows.size());
    const std::int64_t maxPositions = m_parameters[std::size_t(d.position)].value.dim(0);
    const std::int64_t typeVocab = m_parameters[std::size_t(d.tokenType)].value.dim(0);

    // Validation: every index the step reads must be in range.
    if (sequences == 0)
        return Error{tr("The training batch has no sequences.")};
    for (int s = 0; s < sequences; ++s) {
        if (tokens.length(s) == 0)
            return Error{tr("Sequence %1 of the training batch is empty.").arg(s)};
        if (tokens.length(s) > maxPositions)
            return Error{tr("Sequence %1 has %2 tokens; this model takes at most %3.")
                             .arg(s)
                             .arg(tokens.length(s))
                             .arg(maxPositions)};
    }
    for (int s = 0; s < sequences; ++s) {
        for (std::int64_t t = 0; t < tokens.length(s); ++t) {
            const std::size_t row = std::size_t(tokens.start(s) + t);
            if (tokens.ids()[row] < 0 || tokens.ids()[row] >= m_config.vocabSize)
                return Error{tr("Sequence %1, token %2: id %3 is outside the vocabulary (size %4).")
                                 .arg(s)
                                 .arg(t)
                                 .arg(tokens.ids()[row])
                                 .arg(m_config.vocabSize)};
            if (tokens.segments()[row] < 0 || tokens.segments()[row] >= typeVocab)
                return Error{tr("Sequence %1, token %2: segment %3 is outside the model's %4 segment types.")
                                 .arg(s)
                                 .arg(t)
                                 .arg(tokens.segments()[row])
                                 .arg(typeVocab)};
        }
    }
    if (m > 0 && d.mlmTransform < 0)
        return Error{tr("The batch has masked-LM targets but the model has no MLM head.")};
    if (batch.mlmLabels.size() != batch.mlmRows.size())
        return Error{tr("The batch has %1 masked-LM positions but %2 labels.")
                         .arg(batch.mlmRows.size())
                         .arg(batch.mlmLabels.size())};
    for (std::int64_t i = 0; i < m; ++i) {
        const std::int64_t row = batch.mlmRows[std::size_t(i)];
        const int label = batch.mlmLabels[std::size_t(i)];
        if (row < 0 || row >= n)
            return Error{tr("Masked-LM position %1 (row %2) is outside the batch of %3 tokens.")
                             .arg(i)
                             .arg(row)
                             .arg(n)};
        if (label < 0 || label >= m_config.vocabSize)
            return Error{tr("Masked-LM label %1 at position %2 is outside the vocabulary (size %3).")
                             .arg(label)
                             .arg(i)
                             .arg(m_config.vocabSize)};
    }
    const bool nspLoss = !batch.nspLabels.empty();
    const bool classLoss = !batch.classLabels.empty();
    if (nspLoss && d.nsp < 0)
        return Error{tr("The batch has next-sentence labels but the model has no NSP head.")};
    if (classLoss && d.classifier < 0)
        return Error{tr("The batch has class labels but the model has no classifier head.")};
    if (nspLoss && int(batch.nspLabels.size()) != sequences)
        return Error{tr("The batch has %1 sequences but %2 next-sentence labels.")
                         .arg(sequences)
                         .arg(batch.nspLabels.size())};
    if (classLoss && int(batch.classLabels.size()) != sequences)
        return Error{tr("The batch has %1 sequences but %2 class labels.")
                         .arg(sequences)
                         .arg(batch.classLabels.size())};
    for (int s = 0; s < sequences; ++s) {
        if (nspLoss && (batch.nspLabels[std::size_t(s)] < 0 || batch.nspLabels[std::size_t(s)] > 1))
            return Error{tr("Sequence %1 has next-sentence label %2; it must be 0 (is next) or 1 (not next).")
                             .arg(s)
                             .arg(batch.nspLabels[std::size_t(s)])};
        if (classLoss && (batch.classLabels[std::size_t(s)] < 0 ||
                          batch.classLabels[std::size_t(s)] >= m_heads.classifierLabels))
            return Error{tr("Sequence %1 has class label %2; the classifier has %3 labels.")
                             .arg(s)
                             .arg(batch.classLabels[std::size_t(s)])
                             .arg(m_heads.classifierLabels)};
    }

    const bool exact = options.path == KernelPath::Reference;
    const Kernels& kernels = exact ? referenceKernels() : fastKernels();
    const bool training = options.training;
    const bool gradients = options.training && options.computeGradients;
    const int threads = computeThreads();
    applyComputeThreads();

    const std::int64_t hsz = m_config.hiddenSize, isz = m_config.intermediateSize;
    const int heads = m_config.numHeads;
    const std::int64_t headSize = hsz / heads;
    const float scale = 1.0f / std::sqrt(float(headSize));
    const float eps = m_config.layerNormEps;
    const Epilogue act = epilogueFor(m_config.hiddenAct);
    const int layerCount = int(d.layers.size());
    const std::int64_t rows = roundUp(n, 64);
    const std::int64_t vocab = m_config.vocabSize;

    auto value = [&](int i) -> const float* { return m_parameters[std::size_t(i)].value.data(); };
    // y = x * kernel + bias for the dense parameter pair at i.
    auto dense = [&](const float* x, int i, float* y, std::int64_t r, std::int64_t in, std::int64_t out) {
        Mm(kernels, r, out, in).withBias(value(i + 1)).run(x, value(i), y);
    };

    StepResult result;
    result.tokens = n;

    // --- embeddings
    d.hidden.resize(std::size_t(layerCount + 1));
    d.state.resize(std::size_t(layerCount));
    float* sum = ensure(d.scratch, rows * std::max(hsz, std::int64_t(1)));
    {
        const float* wordTable = value(d.word);
        const float* positionTable = value(d.position);
        const float* typeTable = value(d.tokenType);
        for (int s = 0; s < sequences; ++s) {
            for (std::int64_t t = 0; t < tokens.length(s); ++t) {
                const std::int64_t row = tokens.start(s) + t;
                const float* w = wordTable + std::int64_t(tokens.ids()[std::size_t(row)]) * hsz;
                const float* p = positionTable + t * hsz;
                const float* y = typeTable + std::int64_t(tokens.segments()[std::size_t(row)]) * hsz;
                float* out = sum + row * hsz;
                for (std::int64_t i = 0; i < hsz; ++i)
                    out[i] = w[i] + y[i] + p[i];
            }
        }
        std::fill(sum + n * hsz, sum + rows * hsz, 0.0f);
        float* x = ensure(d.hidden[0], rows * hsz);
        const backward::DropoutSite none;
        backward::residualLayerNorm(exact, nullptr, sum, none, nullptr, rows, hsz, value(d.embeddingNorm),
                                    value(d.embeddingNorm + 1), eps, x,
                                    {ensure(d.embeddingXhat, rows * hsz), ensure(d.embeddingRstd, rows)});
        const auto site =
            backward::dropoutSite(options.dropoutSeed, kEmbeddingSite, m_config.hiddenDropout, training);
        backward::dropoutForward(site, 0, x, x, ensure(d.embeddingMask, rows * hsz), n * hsz);
    }

    // --- encoder
    d.probOffsets.assign(std::size_t(sequences) + 1, 0);
    std::int64_t maxLength = 0;
    for (int s = 0; s < sequences; ++s) {
        d.probOffsets[std::size_t(s) + 1] =
            d.probOffsets[std::size_t(s)] + heads * tokens.length(s) * tokens.length(s);
        maxLength = std::max(maxLength, tokens.length(s));
    }
    const std::int64_t probCount = d.probOffsets.back();
    const bool parallelSequences = !exact && sequences > 1 && threads > 1;

    for (int l = 0; l < layerCount; ++l) {
        const LayerIndex& li = d.layers[std::size_t(l)];
        LayerState& st = d.state[std::size_t(l)];
        const float* x = d.hidden[std::size_t(l)].data();
        float* out = ensure(d.hidden[std::size_t(l) + 1], rows * hsz);

        // Query, key and value fused into one [H, 3H] product.
        float* qkvKernel = ensure(st.qkvKernel, hsz * 3 * hsz);
        float* qkvBias = ensure(st.qkvBias, 3 * hsz);
        for (int part = 0; part < 3; ++part) {
            const int index = part == 0 ? li.query : part == 1 ? li.key : li.value;
            for (std::int64_t r = 0; r < hsz; ++r)
                std::memcpy(qkvKernel + r * 3 * hsz + part * hsz, value(index) + r * hsz,
                            std::size_t(hsz) * sizeof(float));
            std::memcpy(qkvBias + part * hsz, value(index + 1), std::size_t(hsz) * sizeof(float));
        }
        float* qkv = ensure(st.qkv, rows * 3 * hsz);
        Mm(kernels, rows, 3 * hsz, hsz).withBias(qkvBias).run(x, qkvKernel, qkv);

        const auto probSite =
            backward::dropoutSite(options.dropoutSeed, layerSite(l, 0), m_config.attentionDropout, training);
        float* probs = ensure(st.probs, probCount);
        float* dropped = probSite.active ? ensure(st.dropped, probCount) : probs;
        float* context = ensure(st.context, rows * hsz);
#pragma omp parallel for schedule(dynamic) num_threads(threads) if (parallelSequences)
        for (int s = 0; s < sequences; ++s) {
            const std::int64_t t = tokens.length(s);
            const float* base = qkv + tokens.start(s) * 3 * hsz;
            float* p = probs + d.probOffsets[std::size_t(s)];
            float* pd = dropped + d.probOffsets[std::size_t(s)];
            Mm(kernels, t, t, headSize)
                .tb()
                .ld(3 * hsz, 3 * hsz, t)
                .batched(heads, headSize, headSize, t * t)
                .alpha(scale)
                .run(base, base + hsz, p);
            kernels.softmax(p, heads * t, t);
            backward::dropoutForward(probSite, std::uint64_t(d.probOffsets[std::size_t(s)]), p, pd, nullptr,
                                     heads * t * t);
            Mm(kernels, t, headSize, t)
                .ld(t, 3 * hsz, hsz)
                .batched(heads, t * t, headSize, headSize)
                .run(pd, base + 2 * hsz, context + tokens.start(s) * hsz);
        }
        std::fill(context + n * hsz, context + rows * hsz, 0.0f);

        dense(context, li.attentionOutput, sum, rows, hsz, hsz);
        float* attended = ensure(st.attended, rows * hsz);
        backward::residualLayerNorm(
            exact, x, sum,
            backward::dropoutSite(options.dropoutSeed, layerSite(l, 1), m_config.hiddenDropout, training),
            ensure(st.attentionOutputMask, rows * hsz), rows, hsz, value(li.attentionNorm),
            value(li.attentionNorm + 1), eps, attended,
            {ensure(st.xhat1, rows * hsz), ensure(st.rstd1, rows)});

        float* inter = ensure(st.inter, rows * isz);
        float* activated = ensure(st.act, rows * isz);
        dense(attended, li.intermediate, inter, rows, hsz, isz);
        backward::activationForward(exact, act, inter, activated, rows * isz);
        dense(activated, li.output, sum, rows, isz, hsz);
        backward::residualLayerNorm(
            exact, attended, sum,
            backward::dropoutSite(options.dropoutSeed, layerSite(l, 2), m_config.hiddenDropout, training),
            ensure(st.outputMask, rows * hsz), rows, hsz, value(li.outputNorm), value(li.outputNorm + 1), eps,
            out, {ensure(st.xhat2, rows * hsz), ensure(st.rstd2, rows)});
    }
    const float* top = d.hidden[std::size_t(layerCount)].data();

    // --- heads: forward and losses
    const bool pooledNeeded = nspLoss || d.classifier >= 0;
    const auto classifierSite =
        backward::dropoutSite(options.dropoutSeed, kClassifierSite, options.classifierDropout, training);
    float* cls = nullptr;
    float* pooled = nullptr;
    float* pooledDropped = nullptr;
    if (pooledNeeded) {
        cls = ensure(d.cls, sequences * hsz);
        for (int s = 0; s < sequences; ++s)
            std::memcpy(cls + s * hsz, top + tokens.start(s) * hsz, std::size_t(hsz) * sizeof(float));
        pooled = ensure(d.pooled, sequences * hsz);
        dense(cls, d.pooler, pooled, sequences, hsz, hsz);
        backward::activationForward(exact, Epilogue::Tanh, pooled, pooled, sequences * hsz);
    }
    float* nspGrad = nullptr;
    if (nspLoss) {
        float* logits = ensure(d.nspLogits, sequences * 2);
        dense(pooled, d.nsp, logits, sequences, hsz, 2);
        nspGrad = ensure(d.gradNsp, sequences * 2);
        double loss = 0.0;
        for (int s = 0; s < sequences; ++s) {
            const int label = batch.nspLabels[std::size_t(s)];
            int guess = 0;
            loss += softmaxRowLoss(logits + s * 2, 2, label, nspGrad + s * 2, &guess);
            nspGrad[s * 2 + label] -= 1.0f;
            result.nspCorrect += guess == label ? 1 : 0;
        }
        result.nspCount = sequences;
        result.nspLoss = loss / sequences;
    }
    float* classGrad = nullptr;
    if (d.classifier >= 0) {
        const int labels = m_heads.classifierLabels;
        pooledDropped = ensure(d.pooledDropped, sequences * hsz);
        backward::dropoutForward(classifierSite, 0, pooled, pooledDropped,
                                 ensure(d.pooledMask, sequences * hsz), sequences * hsz);
        float* logits = ensure(d.classLogits, sequences * labels);
        dense(pooledDropped, d.classifier, logits, sequences, hsz, labels);
        classGrad = ensure(d.gradClass, sequences * labels);
        double loss = 0.0;
        for (int s = 0; s < sequences; ++s) {
            const int label = classLoss ? batch.classLabels[std::size_t(s)] : -1;
            int guess = 0;
            loss += softmaxRowLoss(logits + s * labels, labels, label, classGrad + s * labels, &guess);
            if (label >= 0)
                classGrad[s * labels + label] -= 1.0f;
            result.classPredictions.push_back(guess);
        }
        if (classLoss)
            result.classLoss = loss / sequences;
        else
            classGrad = nullptr;
    }

    const std::int64_t mRows = roundUp(m, 32);
    float* mlmInput = nullptr;
    float* logits = nullptr;
    if (m > 0) {
        mlmInput = ensure(d.mlmInput, mRows * hsz);
        for (std::int64_t i = 0; i < m; ++i)
            std::memcpy(mlmInput + i * hsz, top + batch.mlmRows[std::size_t(i)] * hsz,
                        std::size_t(hsz) * sizeof(float));
        std::fill(mlmInput + m * hsz, mlmInput + mRows * hsz, 0.0f);
        float* pre = ensure(d.mlmPre, mRows * hsz);
        float* activated = ensure(d.mlmAct, mRows * hsz);
        float* normed = ensure(d.mlmNormed, mRows * hsz);
        dense(mlmInput, d.mlmTransform, pre, mRows, hsz, hsz);
        backward::activationForward(exact, act, pre, activated, mRows * hsz);
        backward::residualLayerNorm(exact, nullptr, activated, {}, nullptr, mRows, hsz, value(d.mlmNorm),
                                    value(d.mlmNorm + 1), eps, normed,
                                    {ensure(d.mlmXhat, mRows * hsz), ensure(d.mlmRstd, mRows)});
        // Scores against the tied word embeddings [vocab, H], read as their transpose.
        logits = ensure(d.logits, mRows * vocab);
        Mm(kernels, mRows, vocab, hsz).tb().withBias(value(d.mlmBias)).run(normed, value(d.word), logits);
        // Top guess and the two logits the loss needs, before the softmax overwrites them.
        std::vector<float> labelLogit(static_cast<std::size_t>(m)), bestLogit(static_cast<std::size_t>(m));
        std::vector<std::int64_t> best(static_cast<std::size_t>(m));
#pragma omp parallel for num_threads(threads) if (!exact)
        for (std::int64_t i = 0; i < m; ++i) {
            const float* row = logits + i * vocab;
            const std::int64_t arg = backward::argmax(row, vocab);
            best[std::size_t(i)] = arg;
            bestLogit[std::size_t(i)] = row[arg];
            labelLogit[std::size_t(i)] = row[batch.mlmLabels[std::size_t(i)]];
        }
        kernels.softmax(logits, mRows, vocab);
        double loss = 0.0;
        for (std::int64_t i = 0; i < m; ++i) {
            // log-sum-exp from the top guess's probability, which cannot underflow (it is >= 1 / vocab).
            const double logSumExp = double(bestLogit[std::size_t(i)]) -
                                     std::log(double(logits[i * vocab + best[std::size_t(i)]]));
            loss += logSumExp - labelLogit[std::size_t(i)];
            const int label = batch.mlmLabels[std::size_t(i)];
            result.mlmCorrect += best[std::size_t(i)] == label ? 1 : 0;
            logits[i * vocab + label] -= 1.0f; // the gradient of the loss (times m): softmax - one-hot
        }
        std::fill(logits + m * vocab, logits + mRows * vocab, 0.0f);
        result.mlmCount = m;
        result.mlmLoss = loss / double(m);
    }
    result.loss = result.mlmLoss + result.nspLoss + result.classLoss;
    if (!gradients)
        return result;

    // --- backward
    d.written.assign(m_parameters.size(), 0);
    auto trainable = [&](int i) { return i >= 0 && m_parameters[std::size_t(i)].trainable; };
    // Where a gradient goes: nullptr when the parameter is frozen; marks it written.
    auto grad = [&](int i) -> float* {
        if (!trainable(i))
            return nullptr;
        d.written[std::size_t(i)] = 1;
        return m_parameters[std::size_t(i)].grad.data();
    };
    auto anyTrainable = [&](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            if (m_parameters[std::size_t(i)].trainable)
                return true;
        }
        return false;
    };
    // needInput[l]: the gradient of layer l's input is needed (something below it learns).
    std::vector<char> needInput(std::size_t(layerCount) + 1, 0);
    needInput[0] = anyTrainable(0, d.embeddingLast);
    for (int l = 0; l < layerCount; ++l)
        needInput[std::size_t(l) + 1] =
            needInput[std::size_t(l)] ||
            anyTrainable(d.layers[std::size_t(l)].first, d.layers[std::size_t(l)].last);
    const bool needTop = needInput[std::size_t(layerCount)];

    // Weight gradient x^T dy [in, out] and bias gradient (column sums of dy).
    auto denseGrad = [&](const float* x, const float* dy, int i, std::int64_t r, std::int64_t in,
                         std::int64_t out, std::int64_t ldy, float alpha = 1.0f) {
        if (float* g = grad(i))
            Mm(kernels, in, out, r).ta().ld(in, ldy, out).alpha(alpha).run(x, dy, g);
        if (float* g = grad(i + 1)) {
            backward::columnSums(exact, dy, r, out, ldy, g);
            if (alpha != 1.0f)
                for (std::int64_t c = 0; c < out; ++c)
                    g[c] *= alpha;
        }
    };

    float* dTop = ensure(d.gradA, rows * hsz);
    std::fill(dTop, dTop + rows * hsz, 0.0f);

    if (m > 0) {
        // logits holds softmax - one-hot; the mean over m rows is the GEMMs' alpha.
        const float inv = 1.0f / float(m);
        const float* normed = d.mlmNormed.data();
        if (float* g = grad(d.word))
            Mm(kernels, vocab, hsz, mRows).ta().alpha(inv).run(logits, normed, g);
        if (float* g = grad(d.mlmBias)) {
            backward::columnSums(exact, logits, mRows, vocab, vocab, g);
            for (std::int64_t c = 0; c < vocab; ++c)
                g[c] *= inv;
        }
        if (needTop || anyTrainable(d.mlmTransform, d.mlmNorm + 2)) {
            float* dNormed = ensure(d.gradMlmA, mRows * hsz);
            Mm(kernels, mRows, hsz, vocab).alpha(inv).run(logits, value(d.word), dNormed);
            float* dAct = ensure(d.gradMlmB, mRows * hsz);
            backward::layerNormBackward(exact, dNormed, d.mlmXhat.data(), d.mlmRstd.data(), mRows, hsz,
                                        value(d.mlmNorm), dAct, grad(d.mlmNorm), grad(d.mlmNorm + 1));
            backward::activationBackward(exact, act, d.mlmPre.data(), dAct, dAct, mRows * hsz);
            denseGrad(mlmInput, dAct, d.mlmTransform, mRows, hsz, hsz, hsz);
            if (needTop) {
                Mm(kernels, mRows, hsz, hsz).tb().run(dAct, value(d.mlmTransform), dNormed);
                for (std::int64_t i = 0; i < m; ++i) {
                    float* to = dTop + batch.mlmRows[std::size_t(i)] * hsz;
                    const float* from = dNormed + i * hsz;
                    for (std::int64_t c = 0; c < hsz; ++c)
                        to[c] += from[c];
                }
            }
        }
    }

    if (nspGrad || classGrad) {
        float* dPooled = ensure(d.gradPooled, sequences * hsz);
        std::fill(dPooled, dPooled + sequences * hsz, 0.0f);
        const float inv = 1.0f / float(sequences);
        if (nspGrad) {
            denseGrad(pooled, nspGrad, d.nsp, sequences, hsz, 2, 2, inv);
            Mm(kernels, sequences, hsz, 2).tb().alpha(inv).add().run(nspGrad, value(d.nsp), dPooled);
        }
        if (classGrad) {
            const int labels = m_heads.classifierLabels;
            denseGrad(pooledDropped, classGrad, d.classifier, sequences, hsz, labels, labels, inv);
            float* dDropped = ensure(d.gradMlmA, sequences * hsz);
            Mm(kernels, sequences, hsz, labels).tb().alpha(inv).run(classGrad, value(d.classifier), dDropped);
            backward::dropoutBackward(classifierSite, d.pooledMask.data(), dDropped, dDropped,
                                      sequences * hsz);
            for (std::int64_t i = 0; i < sequences * hsz; ++i)
                dPooled[i] += dDropped[i];
        }
        if (needTop || trainable(d.pooler) || trainable(d.pooler + 1)) {
            for (std::int64_t i = 0; i < sequences * hsz; ++i)
                dPooled[i] *= 1.0f - pooled[i] * pooled[i];
            denseGrad(cls, dPooled, d.pooler, sequences, hsz, hsz, hsz);
            if (needTop) {
                float* dCls = ensure(d.gradMlmB, sequences * hsz);
                Mm(kernels, sequences, hsz, hsz).tb().run(dPooled, value(d.pooler), dCls);
                for (int s = 0; s < sequences; ++s) {
                    float* to = dTop + tokens.start(s) * hsz;
                    for (std::int64_t c = 0; c < hsz; ++c)
                        to[c] += dCls[s * hsz + c];
                }
            }
        }
    }

    // Encoder, top down. gA holds the gradient of the current layer's output, then of its input.
    float* gA = dTop;
    float* gB = ensure(d.gradB, rows * hsz);
    float* gInter = ensure(d.gradInter, rows * isz);
    float* gQkv = ensure(d.gradQkv, rows * 3 * hsz);
    float* gContext = ensure(d.gradContext, rows * hsz);
    if (parallelSequences)
        d.threadScratch.resize(std::size_t(threads));
    else
        d.threadScratch.resize(1);
    for (auto& b : d.threadScratch)
        ensure(b, heads * maxLength * maxLength);

    for (int l = layerCount - 1; l >= 0 && needInput[std::size_t(l) + 1]; --l) {
        const LayerIndex& li = d.layers[std::size_t(l)];
        LayerState& st = d.state[std::size_t(l)];
        const float* x = d.hidden[std::size_t(l)].data();

        // Output LayerNorm, dropout, residual.
        backward::layerNormBackward(exact, gA, st.xhat2.data(), st.rstd2.data(), rows, hsz,
                                    value(li.outputNorm), gB, grad(li.outputNorm), grad(li.outputNorm + 1));
        const auto outputSite =
            backward::dropoutSite(options.dropoutSeed, layerSite(l, 2), m_config.hiddenDropout, training);
        float* dOut = outputSite.active ? gA : gB;
        backward::dropoutBackward(outputSite, st.outputMask.data(), gB, dOut, rows * hsz);
        // Feed-forward.
        denseGrad(st.act.data(), dOut, li.output, rows, isz, hsz, hsz);
        Mm(kernels, rows, isz, hsz).tb().run(dOut, value(li.output), gInter);
        backward::activationBackward(exact, act, st.inter.data(), gInter, gInter, rows * isz);
        denseGrad(st.attended.data(), gInter, li.intermediate, rows, hsz, isz, isz);
        Mm(kernels, rows, hsz, isz).tb().add().run(gInter, value(li.intermediate), gB); // + residual
        // Attention LayerNorm, dropout, residual.
        backward::layerNormBackward(exact, gB, st.xhat1.data(), st.rstd1.data(), rows, hsz,
                                    value(li.attentionNorm), gA, grad(li.attentionNorm),
                                    grad(li.attentionNorm + 1));
        const auto attentionSite =
            backward::dropoutSite(options.dropoutSeed, layerSite(l, 1), m_config.hiddenDropout, training);
        float* dAttention = attentionSite.active ? gB : gA;
        backward::dropoutBackward(attentionSite, st.attentionOutputMask.data(), gA, dAttention, rows * hsz);
        denseGrad(st.context.data(), dAttention, li.attentionOutput, rows, hsz, hsz, hsz);
        Mm(kernels, rows, hsz, hsz).tb().run(dAttention, value(li.attentionOutput), gContext);

        // Self-attention, per sequence.
        const auto probSite =
            backward::dropoutSite(options.dropoutSeed, layerSite(l, 0), m_config.attentionDropout, training);
        const float* probs = st.probs.data();
        const float* dropped = probSite.active ? st.dropped.data() : probs;
        const float* qkv = st.qkv.data();
#pragma omp parallel for schedule(dynamic) num_threads(threads) if (parallelSequences)
        for (int s = 0; s < sequences; ++s) {
            const std::int64_t t = tokens.length(s);
            const std::int64_t offset = d.probOffsets[std::size_t(s)];
            const float* base = qkv + tokens.start(s) * 3 * hsz;
            const float* dc = gContext + tokens.start(s) * hsz;
            float* dq = gQkv + tokens.start(s) * 3 * hsz;
            float* g = d.threadScratch[std::size_t(parallelSequences ? omp_get_thread_num() : 0)].data();
            // dP = dC V^T, dV = P^T dC (with the dropped-out probabilities the forward used).
            Mm(kernels, t, t, headSize)
                .tb()
                .ld(hsz, 3 * hsz, t)
                .batched(heads, headSize, headSize, t * t)
                .run(dc, base + 2 * hsz, g);
            Mm(kernels, t, headSize, t)
                .ta()
                .ld(t, hsz, 3 * hsz)
                .batched(heads, t * t, headSize, headSize)
                .run(dropped + offset, dc, dq + 2 * hsz);
            backward::softmaxDropoutBackward(exact, probs + offset, dropped + offset,
                                             probSite.active ? probSite.scale : 1.0f, g, heads * t, t, 1.0f);
            // dQ = scale dS K, dK = scale dS^T Q.
            Mm(kernels, t, headSize, t)
                .ld(t, 3 * hsz, 3 * hsz)
                .batched(heads, t * t, headSize, headSize)
                .alpha(scale)
                .run(g, base + hsz, dq);
            Mm(kernels, t, headSize, t)
                .ta()
                .ld(t, 3 * hsz, 3 * hsz)
                .batched(heads, t * t, headSize, headSize)
                .alpha(scale)
                .run(g, base, dq + hsz);
        }
        std::fill(gQkv + n * 3 * hsz, gQkv + rows * 3 * hsz, 0.0f);

        // One [H, 3H] product for the three kernels' gradients (dense operands run fastest), split after.
        const bool anyKernel = trainable(li.query) || trainable(li.key) || trainable(li.value);
        float* fusedGrad = anyKernel ? ensure(d.gradFusedKernel, hsz * 3 * hsz) : nullptr;
        if (anyKernel)
            Mm(kernels, hsz, 3 * hsz, rows).ta().run(x, gQkv, fusedGrad);
        float* fusedBias = ensure(d.gradFusedBias, 3 * hsz);
        backward::columnSums(exact, gQkv, rows, 3 * hsz, 3 * hsz, fusedBias);
        for (int part = 0; part < 3; ++part) {
            const int index = part == 0 ? li.query : part == 1 ? li.key : li.value;
            if (float* g = grad(index)) {
                for (std::int64_t r = 0; r < hsz; ++r)
                    std::memcpy(g + r * hsz, fusedGrad + r * 3 * hsz + part * hsz,
                                std::size_t(hsz) * sizeof(float));
            }
            if (float* g = grad(index + 1))
                std::memcpy(g, fusedBias + part * hsz, std::size_t(hsz) * sizeof(float));
        }
        if (needInput[std::size_t(l)]) {
            // gA (the residual's share) += dQKV Wqkv^T
            Mm(kernels, rows, hsz, 3 * hsz).tb().add().run(gQkv, st.qkvKernel.data(), gA);
        }
    }

    if (needInput[0]) {
        // Embedding dropout, LayerNorm, then the three lookups.
        const auto site =
            backward::dropoutSite(options.dropoutSeed, kEmbeddingSite, m_config.hiddenDropout, training);
        backward::dropoutBackward(site, d.embeddingMask.data(), gA, gA, n * hsz);
        std::fill(gA + n * hsz, gA + rows * hsz, 0.0f);
        backward::layerNormBackward(exact, gA, d.embeddingXhat.data(), d.embeddingRstd.data(), rows, hsz,
                                    value(d.embeddingNorm), gB, grad(d.embeddingNorm),
                                    grad(d.embeddingNorm + 1));
        auto lookupGrad = [&](int index, auto rowOf) {
            if (!trainable(index))
                return;
            Tensor& g = m_parameters[std::size_t(index)].grad;
            if (!d.written[std::size_t(index)])
                std::fill(g.data(), g.data() + g.size(), 0.0f);
            d.written[std::size_t(index)] = 1;
            for (int s = 0; s < sequences; ++s) {
                for (std::int64_t t = 0; t < tokens.length(s); ++t) {
                    const std::int64_t row = tokens.start(s) + t;
                    float* to = g.data() + rowOf(row, t) * hsz;
                    const float* from = gB + row * hsz;
                    for (std::int64_t c = 0; c < hsz; ++c)
                        to[c] += from[c];
                }
            }
        };
        lookupGrad(d.word, [&](std::int64_t row, std::int64_t) {
            return std::int64_t(tokens.ids()[std::size_t(row)]);
        });
        lookupGrad(d.position, [](std::int64_t, std::int64_t t) { return t; });
        lookupGrad(d.tokenType, [&](std::int64_t row, std::int64_t) {
            return std::int64_t(tokens.segments()[std::size_t(row)]);
        });
    }

    // Trainable parameters this batch did not reach get a zero gradient, not last step's.
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        Parameter& p = m_parameters[i];
        if (p.trainable && !d.written[i])
            std::fill(p.grad.data(), p.grad.data() + p.grad.size(), 0.0f);
    }
    return result;
}

} // namespace bertlab::core
