// A training step: the forward pass of core/model (same architecture, same packing) with dropout and the
// losses, keeping every activation the backward pass needs, then the backward pass into Parameter::grad.
// The parts live in their own units (embeddings, encoder layers, pooled heads, MLM head, losses), all
// written against StepContext; this file builds the parameters, checks a batch and runs the parts in order.
// Buffers live in the parts and are reused from step to step.
#include "core/train/trainable_bert.h"

#include "core/translation.h"

#include "core/tensor/compute_threads.h"
#include "core/train/step_context.h"
#include "core/train/trainable_embeddings.h"
#include "core/train/trainable_encoder_layer.h"
#include "core/train/trainable_mlm_head.h"
#include "core/train/trainable_pooled_heads.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <optional>
#include <random>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"TrainableBert", "bertlab::core::TrainableBert"});
}

// What a batch must fit: the model's tables and heads.
struct BatchLimits {
    std::int64_t maxPositions = 0, typeVocab = 0;
    int vocabSize = 0;
    bool mlm = false, nsp = false, classifier = false;
    int classifierLabels = 0;
};

// Every index the step reads must be in range; the error says which sequence/token/label is not.
std::optional<Error> batchError(const TrainingBatch& batch, const BatchLimits& limits) {
    const TokenBatch& tokens = batch.tokens;
    const int sequences = tokens.sequenceCount();
    const std::int64_t n = tokens.tokenCount();
    const std::int64_t m = std::int64_t(batch.mlmRows.size());
    if (sequences == 0)
        return Error{tr("The training batch has no sequences.")};
    for (int s = 0; s < sequences; ++s) {
        if (tokens.length(s) == 0)
            return Error{tr("Sequence %1 of the training batch is empty.").arg(s)};
        if (tokens.length(s) > limits.maxPositions)
            return Error{tr("Sequence %1 has %2 tokens; this model takes at most %3.")
                             .arg(s)
                             .arg(tokens.length(s))
                             .arg(limits.maxPositions)};
    }
    for (int s = 0; s < sequences; ++s) {
        for (std::int64_t t = 0; t < tokens.length(s); ++t) {
            const std::size_t row = std::size_t(tokens.start(s) + t);
            if (tokens.ids()[row] < 0 || tokens.ids()[row] >= limits.vocabSize)
                return Error{tr("Sequence %1, token %2: id %3 is outside the vocabulary (size %4).")
                                 .arg(s)
                                 .arg(t)
                                 .arg(tokens.ids()[row])
                                 .arg(limits.vocabSize)};
            if (tokens.segments()[row] < 0 || tokens.segments()[row] >= limits.typeVocab)
                return Error{tr("Sequence %1, token %2: segment %3 is outside the model's %4 segment types.")
                                 .arg(s)
                                 .arg(t)
                                 .arg(tokens.segments()[row])
                                 .arg(limits.typeVocab)};
        }
    }
    if (m > 0 && !limits.mlm)
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
        if (label < 0 || label >= limits.vocabSize)
            return Error{tr("Masked-LM label %1 at position %2 is outside the vocabulary (size %3).")
                             .arg(label)
                             .arg(i)
                             .arg(limits.vocabSize)};
    }
    const bool nspLoss = !batch.nspLabels.empty();
    const bool classLoss = !batch.classLabels.empty();
    if (nspLoss && !limits.nsp)
        return Error{tr("The batch has next-sentence labels but the model has no NSP head.")};
    if (classLoss && !limits.classifier)
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
                          batch.classLabels[std::size_t(s)] >= limits.classifierLabels))
            return Error{tr("Sequence %1 has class label %2; the classifier has %3 labels.")
                             .arg(s)
                             .arg(batch.classLabels[std::size_t(s)])
                             .arg(limits.classifierLabels)};
    }
    return std::nullopt;
}

} // namespace

struct TrainableBert::Impl {
    // The parts, each with where its parameters sit in m_parameters and its own activations.
    TrainableEmbeddings embeddings;
    std::vector<TrainableEncoderLayer> layers;
    TrainablePooledHeads pooled;
    TrainableMlmHead mlm;

    // Workspace shared across the parts.
    std::vector<StepBuffer> hidden; // layer inputs; hidden[L] is the encoder's output
    EncoderScratch encoder;
    StepBuffer gradA, gradB; // the gradient flowing down the encoder, and its partner of the same size
    std::vector<char> written;

    // A copy of the model must not share this workspace with the original: same indices, empty buffers.
    std::shared_ptr<Impl> withOwnWorkspace() const {
        auto fresh = std::make_shared<Impl>();
        fresh->embeddings = TrainableEmbeddings(embeddings.index());
        for (const TrainableEncoderLayer& layer : layers)
            fresh->layers.emplace_back(layer.layer(), layer.index());
        fresh->pooled = TrainablePooledHeads(pooled.index());
        fresh->mlm = TrainableMlmHead(mlm.index());
        return fresh;
    }

    BatchLimits batchLimits(const BertConfig& config, const TrainableHeads& heads,
                            const std::vector<Parameter>& parameters) const {
        BatchLimits limits;
        limits.maxPositions = parameters[std::size_t(embeddings.index().position)].value.dim(0);
        limits.typeVocab = parameters[std::size_t(embeddings.index().tokenType)].value.dim(0);
        limits.vocabSize = config.vocabSize;
        limits.mlm = mlm.present();
        limits.nsp = pooled.index().nsp >= 0;
        limits.classifier = pooled.index().classifier >= 0;
        limits.classifierLabels = heads.classifierLabels;
        return limits;
    }

    // needInput[l]: the gradient of layer l's input is needed (something below it learns); needInput[L]:
    // that of the encoder's output.
    std::vector<char> inputGradientsNeeded(const StepContext& ctx) const {
        std::vector<char> needInput(layers.size() + 1, 0);
        needInput[0] = ctx.anyTrainable(0, embeddings.index().last);
        for (std::size_t l = 0; l < layers.size(); ++l)
            needInput[l + 1] =
                needInput[l] || ctx.anyTrainable(layers[l].index().first, layers[l].index().last);
        return needInput;
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

    // The order is the checkpoints' order: it must not change.
    EmbeddingIndex embeddings;
    embeddings.word =
        add(QStringLiteral("bert/embeddings/word_embeddings"), std::move(weights.wordEmbeddings));
    embeddings.tokenType =
        add(QStringLiteral("bert/embeddings/token_type_embeddings"), std::move(weights.tokenTypeEmbeddings));
    embeddings.position =
        add(QStringLiteral("bert/embeddings/position_embeddings"), std::move(weights.positionEmbeddings));
    embeddings.norm = addNorm(QStringLiteral("bert/embeddings/LayerNorm"), weights.embeddingNorm);
    embeddings.last = int(m_parameters.size());
    d.embeddings = TrainableEmbeddings(embeddings);
    for (std::size_t l = 0; l < weights.layers.size(); ++l) {
        EncoderLayerWeights& w = weights.layers[l];
        const QString p = QStringLiteral("bert/encoder/layer_%1/").arg(l);
        EncoderLayerIndex index;
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
        d.layers.emplace_back(int(l), index);
    }

    auto initDense = [&](std::int64_t in, std::int64_t out) {
        return DenseWeights{truncated({in, out}), Tensor({out})};
    };
    PooledHeadsIndex pooled;
    MlmHeadIndex mlmIndex;
    if (weights.pooler || m_heads.nsp || m_heads.classifierLabels > 0) {
        DenseWeights pooler = weights.pooler ? std::move(*weights.pooler) : initDense(h, h);
        pooled.pooler = addDense(QStringLiteral("bert/pooler/dense"), pooler);
    }
    if (m_heads.mlm) {
        MlmHeadWeights mlm = weights.mlm
                                 ? std::move(*weights.mlm)
                                 : MlmHeadWeights{initDense(h, h), LayerNormWeights{ones(h), Tensor({h})},
                                                  Tensor({std::int64_t(m_config.vocabSize)})};
        mlmIndex.word = embeddings.word; // tied
        mlmIndex.transform = addDense(QStringLiteral("cls/predictions/transform/dense"), mlm.transform);
        mlmIndex.norm = addNorm(QStringLiteral("cls/predictions/transform/LayerNorm"), mlm.norm);
        mlmIndex.outputBias = add(QStringLiteral("cls/predictions/output_bias"), std::move(mlm.outputBias));
    }
    if (m_heads.nsp) {
        DenseWeights nsp = weights.nsp ? std::move(*weights.nsp) : initDense(h, 2);
        pooled.nsp = add(QStringLiteral("cls/seq_relationship/output_weights"), std::move(nsp.kernel));
        add(QStringLiteral("cls/seq_relationship/output_bias"), std::move(nsp.bias));
    }
    if (m_heads.classifierLabels > 0) {
        DenseWeights c = initDense(h, m_heads.classifierLabels);
        pooled.classifier = add(QStringLiteral("output_weights"), std::move(c.kernel));
        pooled.classifierLabels = m_heads.classifierLabels;
        add(QStringLiteral("output_bias"), std::move(c.bias));
    }
    d.pooled = TrainablePooledHeads(pooled);
    d.mlm = TrainableMlmHead(mlmIndex);
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
    const EmbeddingIndex& embeddings = d.embeddings.index();
    w.wordEmbeddings = value(embeddings.word);
    w.positionEmbeddings = value(embeddings.position);
    w.tokenTypeEmbeddings = value(embeddings.tokenType);
    w.embeddingNorm = norm(embeddings.norm);
    for (const TrainableEncoderLayer& layer : d.layers) {
        const EncoderLayerIndex& l = layer.index();
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
    const PooledHeadsIndex& pooled = d.pooled.index();
    const MlmHeadIndex& mlm = d.mlm.index();
    if (pooled.pooler >= 0)
        w.pooler = dense(pooled.pooler);
    if (mlm.transform >= 0)
        w.mlm = MlmHeadWeights{dense(mlm.transform), norm(mlm.norm), value(mlm.outputBias)};
    if (pooled.nsp >= 0)
        w.nsp = dense(pooled.nsp);
    return w;
}

DenseWeights TrainableBert::exportClassifier() const {
    const int classifier = m_impl->pooled.index().classifier;
    if (classifier < 0)
        return {};
    return DenseWeights{m_parameters[std::size_t(classifier)].value,
                        m_parameters[std::size_t(classifier + 1)].value};
}

// --- the step

Result<StepResult> TrainableBert::step(const TrainingBatch& batch, const StepOptions& options) {
    if (m_impl.use_count() > 1)
        m_impl = m_impl->withOwnWorkspace();
    Impl& d = *m_impl;
    if (std::optional<Error> error = batchError(batch, d.batchLimits(m_config, m_heads, m_parameters)))
        return *error;

    const StepContext ctx(m_config, options, batch.tokens, m_parameters, d.written);
    applyComputeThreads();
    const int layerCount = int(d.layers.size());
    const std::int64_t size = ctx.rows * ctx.hsz;
    StepResult result;
    result.tokens = ctx.n;

    // --- forward: embeddings, the encoder bottom up, the heads and their losses
    d.hidden.resize(std::size_t(layerCount) + 1);
    d.embeddings.forward(ctx, ensure(d.hidden[0], size));
    d.encoder.plan(ctx);
    for (int l = 0; l < layerCount; ++l) {
        const float* x = d.hidden[std::size_t(l)].data();
        d.layers[std::size_t(l)].forward(ctx, d.encoder, x, ensure(d.hidden[std::size_t(l) + 1], size));
    }
    const float* top = d.hidden[std::size_t(layerCount)].data();
    d.pooled.forward(ctx, batch, top, result);
    d.mlm.forward(ctx, batch, top, result);
    result.loss = result.mlmLoss + result.nspLoss + result.classLoss;
    if (!options.training || !options.computeGradients)
        return result;

    // --- backward: the heads into the gradient of the encoder's output, the encoder top down (only as far
    // as something below still learns), then the embeddings
    d.written.assign(m_parameters.size(), 0);
    const std::vector<char> needInput = d.inputGradientsNeeded(ctx);
    const bool needTop = needInput[std::size_t(layerCount)];
    float* gA = ensure(d.gradA, size);
    float* gB = ensure(d.gradB, size);
    std::fill(gA, gA + size, 0.0f);
    // MLM first: the order of the heads' sums into gA is part of the numerics, and the MLM head overwrites
    // the tied word embeddings' gradient that the embeddings' backward then adds to.
    d.mlm.backward(ctx, batch, gA, needTop);
    d.pooled.backward(ctx, gA, needTop);
    for (int l = layerCount - 1; l >= 0 && needInput[std::size_t(l) + 1]; --l) {
        const float* x = d.hidden[std::size_t(l)].data();
        d.layers[std::size_t(l)].backward(ctx, d.encoder, x, gA, gB, needInput[std::size_t(l)] != 0);
    }
    if (needInput[0])
        d.embeddings.backward(ctx, gA, gB);

    // Trainable parameters this batch did not reach get a zero gradient, not last step's.
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        Parameter& p = m_parameters[i];
        if (p.trainable && !d.written[i])
            std::fill(p.grad.data(), p.grad.data() + p.grad.size(), 0.0f);
    }
    return result;
}

} // namespace bertlab::core
