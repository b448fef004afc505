// TrainableBert's backward pass against central finite differences of its own loss (reference path), the
// fast path against the reference path, and its forward pass against inference (BertModel).
#include "core/model/bert_model.h"
#include "core/model/random_weights.h"
#include "core/tensor/compute_threads.h"
#include "core/train/trainable_bert.h"
#include "core/train/training_batch.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace bertlab::core;

namespace {

BertConfig tinyConfig(Activation act = Activation::GeluErf) {
    BertConfig c;
    c.vocabSize = 40;
    c.hiddenSize = 16;
    c.numLayers = 2;
    c.numHeads = 2;
    c.intermediateSize = 24;
    c.maxPositions = 16;
    c.typeVocabSize = 2;
    c.hiddenAct = act;
    c.initializerRange = 0.2f; // far from uniform attention and saturated-free activations
    c.hiddenDropout = 0.1f;
    c.attentionDropout = 0.1f;
    return c;
}

// Three sentence pairs of different lengths with masked positions, NSP and class labels.
TrainingBatch tinyBatch(int vocab, std::uint32_t seed = 7) {
    std::mt19937 engine(seed);
    std::uniform_int_distribution<int> id(5, vocab - 1);
    const std::vector<int> lengths{9, 6, 12};
    std::vector<TrainingExample> examples;
    for (std::size_t i = 0; i < lengths.size(); ++i) {
        TrainingExample e;
        const int length = lengths[i];
        for (int t = 0; t < length; ++t) {
            e.ids.push_back(t == 0 ? 2 : id(engine));
            e.segments.push_back(t < length / 2 ? 0 : 1);
        }
        for (int t = 1; t < length; t += 3) {
            e.maskedPositions.push_back(t);
            e.maskedLabels.push_back(id(engine));
            e.ids[std::size_t(t)] = 4; // [MASK]
        }
        e.nspLabel = int(i % 2);
        e.classLabel = int(i % 3);
        examples.push_back(std::move(e));
    }
    return TrainingBatch::fromExamples(examples);
}

enum Losses { Mlm = 1, Nsp = 2, Classify = 4, All = 7 };

TrainingBatch withLosses(TrainingBatch batch, int losses) {
    if (!(losses & Mlm)) {
        batch.mlmRows.clear();
        batch.mlmLabels.clear();
    }
    if (!(losses & Nsp))
        batch.nspLabels.clear();
    if (!(losses & Classify))
        batch.classLabels.clear();
    return batch;
}

TrainableHeads headsFor(int losses) {
    TrainableHeads heads;
    heads.mlm = losses & Mlm;
    heads.nsp = losses & Nsp;
    heads.classifierLabels = (losses & Classify) ? 3 : 0;
    return heads;
}

StepOptions options(bool dropout, KernelPath path, bool gradients = true) {
    StepOptions o;
    o.training = true; // same seed, same masks: the loss stays a smooth function of the weights
    o.computeGradients = gradients;
    o.dropoutSeed = dropout ? 12345 : 0;
    o.path = path;
    o.classifierDropout = dropout ? 0.1f : 0.0f;
    return o;
}

double dot(const Tensor& a, const Tensor& b) {
    double s = 0.0;
    for (std::int64_t i = 0; i < a.size(); ++i)
        s += double(a[i]) * double(b[i]);
    return s;
}

double norm(const Tensor& a) {
    return std::sqrt(dot(a, a));
}

// Loss of the model with parameter p moved by epsilon * direction (restored afterwards).
double lossAt(TrainableBert& model, Parameter& p, const Tensor& direction, double epsilon,
              const TrainingBatch& batch, const StepOptions& o) {
    const Tensor saved = p.value;
    for (std::int64_t i = 0; i < p.value.size(); ++i)
        p.value[i] = float(double(saved[i]) + epsilon * double(direction[i]));
    StepOptions lossOnly = o;
    lossOnly.computeGradients = false;
    const auto r = model.step(batch, lossOnly);
    p.value = saved;
    return r.ok() ? r->loss : std::nan("");
}

double centralDifference(TrainableBert& model, Parameter& p, const Tensor& direction, double epsilon,
                         const TrainingBatch& batch, const StepOptions& o) {
    return (lossAt(model, p, direction, epsilon, batch, o) -
            lossAt(model, p, direction, -epsilon, batch, o)) /
           (2.0 * epsilon);
}

Tensor randomDirection(const Shape& shape, std::uint32_t seed) {
    Tensor t(shape);
    std::mt19937 engine(seed);
    std::normal_distribution<float> normal(0.0f, 1.0f);
    for (std::int64_t i = 0; i < t.size(); ++i)
        t[i] = normal(engine);
    const double n = norm(t);
    for (std::int64_t i = 0; i < t.size(); ++i)
        t[i] = float(t[i] / n);
    return t;
}

} // namespace

class TestBackward final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void gradientsMatchFiniteDifferences_data();
    void gradientsMatchFiniteDifferences();
    void fastMatchesReference_data();
    void fastMatchesReference();
    void frozenParametersGetNoGradient();
    void gradientsAreOverwritten();
    void dropoutIsReproducible();
    void forwardMatchesInference_data();
    void forwardMatchesInference();
    void parameterNamesAndExport();
    void batchFromExamples();
    void rejectsBadInput();
};

void TestBackward::initTestCase() {
    setComputeThreads(2);
}

void TestBackward::gradientsMatchFiniteDifferences_data() {
    QTest::addColumn<int>("activation");
    QTest::addColumn<int>("losses");
    QTest::addColumn<bool>("dropout");
    QTest::addColumn<double>("epsilon");
    // The loss is float arithmetic: its rounding noise over 2 epsilon bounds how well a difference quotient
    // can agree; epsilon = 1e-2 on a unit direction keeps both that and the O(eps^2) truncation near 1e-4 of
    // a typical gradient. ReLU's kink needs a step that rarely crosses it.
    QTest::newRow("gelu-erf all dropout") << int(Activation::GeluErf) << int(All) << true << 1e-2;
    QTest::newRow("gelu-tanh all") << int(Activation::GeluTanh) << int(All) << false << 1e-2;
    QTest::newRow("relu all dropout") << int(Activation::Relu) << int(All) << true << 1e-3;
    QTest::newRow("mlm only dropout") << int(Activation::GeluErf) << int(Mlm) << true << 1e-2;
    QTest::newRow("nsp only") << int(Activation::GeluErf) << int(Nsp) << false << 1e-2;
    QTest::newRow("classification only dropout")
        << int(Activation::GeluTanh) << int(Classify) << true << 1e-2;
}

void TestBackward::gradientsMatchFiniteDifferences() {
    QFETCH(int, activation);
    QFETCH(int, losses);
    QFETCH(bool, dropout);
    QFETCH(double, epsilon);
    const BertConfig config = tinyConfig(Activation(activation));
    TrainableBert model(config, randomBertWeights(config, 3, (losses & (Mlm | Nsp)) != 0), headsFor(losses));
    const TrainingBatch batch = withLosses(tinyBatch(config.vocabSize), losses);
    const StepOptions o = options(dropout, KernelPath::Reference);
    const auto step = model.step(batch, o);
    QVERIFY2(step.ok(), qPrintable(step.errorString()));
    QVERIFY(step->loss > 0.0);

    const double tolerance = 2e-3;
    std::uint32_t seed = 100;
    double worst = 0.0, worstElement = 0.0;
    QString worstName;
    for (Parameter& p : model.parameters()) {
        const Tensor grad = p.grad;
        const double gradNorm = norm(grad);
        if (p.name.endsWith(u"/self/key/bias")) {
            // A key bias adds q.b to every score of a query alike, which the softmax ignores: its gradient
            // is zero but for rounding.
            QVERIFY2(gradNorm < 1e-6 * step->loss, qPrintable(QString::number(gradNorm)));
            continue;
        }
        if (gradNorm == 0.0) {
            // Only the pooler goes unused, when no head reads it.
            QVERIFY2(p.name.startsWith(u"bert/pooler"), qPrintable(p.name));
            continue;
        }
        // Along the gradient (the largest signal) and along a random direction (catches errors orthogonal
        // to it); errors are relative to |grad| * |direction| = |grad|.
        Tensor along = grad;
        for (std::int64_t i = 0; i < along.size(); ++i)
            along[i] = float(along[i] / gradNorm);
        for (const Tensor& v : {along, randomDirection(p.value.shape(), seed++)}) {
            const double numeric = centralDifference(model, p, v, epsilon, batch, o);
            const double error = std::abs(numeric - dot(grad, v)) / gradNorm;
            if (error > worst) {
                worst = error;
                worstName = p.name;
            }
            QVERIFY2(error < tolerance, qPrintable(QStringLiteral("%1: numeric %2, analytic %3 (|grad| %4)")
                                                       .arg(p.name)
                                                       .arg(numeric)
                                                       .arg(dot(grad, v))
                                                       .arg(gradNorm)));
        }
        // Single entries: the two largest of the tensor.
        std::vector<std::int64_t> order(static_cast<std::size_t>(grad.size()));
        for (std::int64_t i = 0; i < grad.size(); ++i)
            order[std::size_t(i)] = i;
        std::partial_sort(order.begin(), order.begin() + std::min<std::int64_t>(2, grad.size()), order.end(),
                          [&](auto a, auto b) { return std::abs(grad[a]) > std::abs(grad[b]); });
        for (std::int64_t k = 0; k < std::min<std::int64_t>(2, grad.size()); ++k) {
            Tensor unit(p.value.shape());
            unit[order[std::size_t(k)]] = 1.0f;
            const double numeric = centralDifference(model, p, unit, epsilon, batch, o);
            const double analytic = grad[order[std::size_t(k)]];
            const double error = std::abs(numeric - analytic) / std::abs(analytic);
            worstElement = std::max(worstElement, error);
            QVERIFY2(error < tolerance, qPrintable(QStringLiteral("%1[%2]: numeric %3, analytic %4")
                                                       .arg(p.name)
                                                       .arg(order[std::size_t(k)])
                                                       .arg(numeric)
                                                       .arg(analytic)));
        }
    }
    qDebug("worst relative error %.2e (%s), element %.2e", worst, qPrintable(worstName), worstElement);
}

void TestBackward::fastMatchesReference_data() {
    QTest::addColumn<int>("activation");
    QTest::newRow("gelu-erf") << int(Activation::GeluErf);
    QTest::newRow("gelu-tanh") << int(Activation::GeluTanh);
    QTest::newRow("relu") << int(Activation::Relu);
}

void TestBackward::fastMatchesReference() {
    QFETCH(int, activation);
    BertConfig config = tinyConfig(Activation(activation));
    config.hiddenSize = 64;
    config.numHeads = 4;
    config.intermediateSize = 128;
    config.vocabSize = 97;
    config.maxPositions = 40;
    config.initializerRange = 0.05f;
    TrainableBert fast(config, randomBertWeights(config, 5), headsFor(All));
    TrainableBert reference = fast;
    // Longer sequences than the tiny batch: more than one thread's worth of per-sequence work.
    std::vector<TrainingExample> examples;
    std::mt19937 engine(9);
    std::uniform_int_distribution<int> id(0, config.vocabSize - 1);
    for (int length : {33, 7, 21, 40, 1}) {
        TrainingExample e;
        for (int t = 0; t < length; ++t) {
            e.ids.push_back(id(engine));
            e.segments.push_back(t * 2 < length ? 0 : 1);
        }
        for (int t = 0; t < length; t += 4) {
            e.maskedPositions.push_back(t);
            e.maskedLabels.push_back(id(engine));
        }
        e.nspLabel = length % 2;
        e.classLabel = length % 3;
        examples.push_back(std::move(e));
    }
    const TrainingBatch batch = TrainingBatch::fromExamples(examples);
    const auto a = fast.step(batch, options(true, KernelPath::Fast));
    const auto b = reference.step(batch, options(true, KernelPath::Reference));
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.errorString() + b.errorString()));
    QVERIFY2(std::abs(a->loss - b->loss) < 1e-5 * b->loss, qPrintable(QString::number(a->loss - b->loss)));
    QCOMPARE(a->mlmCorrect, b->mlmCorrect);
    QCOMPARE(a->nspCorrect, b->nspCorrect);
    QCOMPARE(a->classPredictions, b->classPredictions);
    QCOMPARE(a->tokens, std::int64_t(102));
    for (std::size_t i = 0; i < fast.parameters().size(); ++i) {
        const Tensor& gf = fast.parameters()[i].grad;
        const Tensor& gr = reference.parameters()[i].grad;
        double diff = 0.0;
        for (std::int64_t j = 0; j < gf.size(); ++j)
            diff += (double(gf[j]) - gr[j]) * (double(gf[j]) - gr[j]);
        if (fast.parameters()[i].name.endsWith(u"/self/key/bias"))
            continue; // zero but for rounding (see above)
        const double relative = std::sqrt(diff) / std::max(norm(gr), 1e-30);
        QVERIFY2(
            relative < 1e-4,
            qPrintable(
                QStringLiteral("%1: relative difference %2").arg(fast.parameters()[i].name).arg(relative)));
    }
}

void TestBackward::frozenParametersGetNoGradient() {
    const BertConfig config = tinyConfig();
    TrainableBert all(config, randomBertWeights(config, 3), headsFor(All));
    TrainableBert part = all;
    const TrainingBatch batch = tinyBatch(config.vocabSize);
    const StepOptions o = options(true, KernelPath::Reference);
    QVERIFY(all.step(batch, o).ok());
    part.setTrainablePrefixes({QStringLiteral("bert/encoder/layer_1/"), QStringLiteral("cls/predictions/")});
    QVERIFY(part.step(batch, o).ok());
    int trainable = 0;
    for (std::size_t i = 0; i < part.parameters().size(); ++i) {
        const Parameter& p = part.parameters()[i];
        const bool expected =
            p.name.startsWith(u"bert/encoder/layer_1/") || p.name.startsWith(u"cls/predictions/");
        QCOMPARE(p.trainable, expected);
        trainable += expected ? 1 : 0;
        for (std::int64_t j = 0; j < p.grad.size(); ++j) {
            // Trainable: exactly what the fully trainable model computes; frozen: nothing.
            const float want = expected ? all.parameters()[i].grad[j] : 0.0f;
            if (p.grad[j] != want)
                QFAIL(qPrintable(p.name));
        }
    }
    QCOMPARE(trainable, 16 + 5);
    part.setTrainablePrefixes({});
    for (const Parameter& p : part.parameters())
        QVERIFY(p.trainable);
}

// Gradients belong to the last step alone: a batch without MLM targets leaves the MLM head's at zero.
void TestBackward::gradientsAreOverwritten() {
    const BertConfig config = tinyConfig();
    TrainableBert model(config, randomBertWeights(config, 3), headsFor(All));
    const TrainingBatch batch = tinyBatch(config.vocabSize);
    const StepOptions o = options(false, KernelPath::Reference);
    QVERIFY(model.step(batch, o).ok());
    const Tensor first = model.parameter(QStringLiteral("bert/encoder/layer_0/output/dense/kernel"))->grad;
    QVERIFY(model.step(batch, o).ok());
    QCOMPARE(dot(first, model.parameter(QStringLiteral("bert/encoder/layer_0/output/dense/kernel"))->grad),
             dot(first, first));
    const auto r = model.step(withLosses(batch, Nsp), o);
    QVERIFY(r.ok());
    QCOMPARE(r->mlmCount, std::int64_t(0));
    QCOMPARE(r->mlmLoss, 0.0);
    QCOMPARE(norm(model.parameter(QStringLiteral("cls/predictions/output_bias"))->grad), 0.0);
    QCOMPARE(norm(model.parameter(QStringLiteral("output_weights"))->grad), 0.0);
    QVERIFY(norm(model.parameter(QStringLiteral("cls/seq_relationship/output_weights"))->grad) > 0.0);
    // Word embeddings: only the lookup gradient is left, on the batch's ids.
    const Tensor& word = model.parameter(QStringLiteral("bert/embeddings/word_embeddings"))->grad;
    double unused = 0.0;
    for (std::int64_t c = 0; c < word.dim(1); ++c)
        unused += std::abs(word[3 * word.dim(1) + c]); // id 3 is not in the batch
    QCOMPARE(unused, 0.0);
}

void TestBackward::dropoutIsReproducible() {
    const BertConfig config = tinyConfig();
    TrainableBert model(config, randomBertWeights(config, 3), headsFor(All));
    const TrainingBatch batch = tinyBatch(config.vocabSize);
    StepOptions o = options(true, KernelPath::Fast);
    const auto a = model.step(batch, o);
    const Tensor ga = model.parameters()[0].grad;
    const auto b = model.step(batch, o);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->loss, b->loss);
    QCOMPARE(dot(ga, model.parameters()[0].grad), dot(ga, ga));
    o.dropoutSeed = 777;
    const auto c = model.step(batch, o);
    QVERIFY(c.ok() && c->loss != a->loss);
    o.training = false; // no dropout: the seed does not matter
    const auto d = model.step(batch, o);
    o.dropoutSeed = 1;
    const auto e = model.step(batch, o);
    QVERIFY(d.ok() && e.ok());
    QCOMPARE(d->loss, e->loss);
}

void TestBackward::forwardMatchesInference_data() {
    QTest::addColumn<int>("path");
    QTest::newRow("fast") << int(KernelPath::Fast);
    QTest::newRow("reference") << int(KernelPath::Reference);
}

// Without dropout the training forward pass is inference: the losses and guesses recomputed from BertModel's
// probabilities on exportWeights() agree.
void TestBackward::forwardMatchesInference() {
    QFETCH(int, path);
    BertConfig config = tinyConfig(Activation::GeluTanh);
    config.hiddenSize = 32;
    config.numHeads = 4;
    config.intermediateSize = 48;
    TrainableBert model(config, randomBertWeights(config, 11), headsFor(Mlm | Nsp));
    const TrainingBatch batch = withLosses(tinyBatch(config.vocabSize, 3), Mlm | Nsp);
    StepOptions o = options(false, KernelPath(path), false);
    o.training = false;
    const auto r = model.step(batch, o);
    QVERIFY(r.ok());

    const BertModel inference(config, model.exportWeights());
    ForwardRequest request;
    request.mlm = request.nsp = true;
    request.mlmRows = batch.mlmRows;
    const auto f = inference.forward(batch.tokens, request, KernelPath(path));
    QVERIFY(f.ok());
    double mlmLoss = 0.0;
    std::int64_t mlmCorrect = 0;
    for (std::size_t i = 0; i < batch.mlmRows.size(); ++i) {
        const float* row = f->mlmProbabilities.row(std::int64_t(i));
        mlmLoss -= std::log(double(row[batch.mlmLabels[i]]));
        mlmCorrect += std::max_element(row, row + config.vocabSize) - row == batch.mlmLabels[i] ? 1 : 0;
    }
    mlmLoss /= double(batch.mlmRows.size());
    double nspLoss = 0.0;
    std::int64_t nspCorrect = 0;
    for (int s = 0; s < batch.sequenceCount(); ++s) {
        const float* row = f->nspProbabilities.row(s);
        nspLoss -= std::log(double(row[batch.nspLabels[std::size_t(s)]]));
        nspCorrect += (row[1] > row[0] ? 1 : 0) == batch.nspLabels[std::size_t(s)] ? 1 : 0;
    }
    nspLoss /= batch.sequenceCount();
    QVERIFY2(std::abs(r->mlmLoss - mlmLoss) < 1e-5 * mlmLoss,
             qPrintable(QString::number(r->mlmLoss - mlmLoss)));
    QVERIFY2(std::abs(r->nspLoss - nspLoss) < 1e-5 * nspLoss,
             qPrintable(QString::number(r->nspLoss - nspLoss)));
    QCOMPARE(r->mlmCorrect, mlmCorrect);
    QCOMPARE(r->nspCorrect, nspCorrect);
    QCOMPARE(r->mlmCount, std::int64_t(batch.mlmRows.size()));
    QCOMPARE(r->nspCount, std::int64_t(3));
    QCOMPARE(r->loss, r->mlmLoss + r->nspLoss);
}

void TestBackward::parameterNamesAndExport() {
    const BertConfig config = tinyConfig();
    const BertWeights weights = randomBertWeights(config, 4, /*withHeads=*/false); // pooler, no MLM/NSP
    TrainableBert model(config, weights, headsFor(All));
    QVERIFY(model.parameter(QStringLiteral("bert/encoder/layer_1/attention/self/query/kernel")));
    QVERIFY(model.parameter(QStringLiteral("bert/encoder/layer_0/attention/self/value/bias")));
    QVERIFY(model.parameter(QStringLiteral("bert/encoder/layer_1/output/LayerNorm/gamma")));
    QVERIFY(model.parameter(QStringLiteral("cls/predictions/transform/LayerNorm/beta")));
    const Parameter* nsp = model.parameter(QStringLiteral("cls/seq_relationship/output_weights"));
    QVERIFY(nsp);
    QCOMPARE(nsp->value.shape(), (Shape{16, 2}));
    QCOMPARE(model.parameter(QStringLiteral("output_weights"))->value.shape(), (Shape{16, 3}));
    QCOMPARE(model.parameter(QStringLiteral("output_bias"))->value.shape(), (Shape{3}));
    QVERIFY(!model.parameter(QStringLiteral("nonsense")));
    // 5 embedding tensors, 16 per layer, pooler 2, MLM 5, NSP 2, classifier 2.
    QCOMPARE(model.parameters().size(), std::size_t(5 + 2 * 16 + 2 + 5 + 2 + 2));
    std::int64_t count = 0;
    for (const Parameter& p : model.parameters()) {
        QCOMPARE(p.grad.shape(), p.value.shape());
        count += p.value.size();
    }
    QCOMPARE(model.parameterCount(), count);

    // New heads: N(0, range) kernels truncated at 2 sigma, zero biases, LayerNorm 1 / 0.
    const Tensor& kernel = model.parameter(QStringLiteral("cls/predictions/transform/dense/kernel"))->value;
    double sq = 0.0, largest = 0.0;
    for (std::int64_t i = 0; i < kernel.size(); ++i) {
        sq += double(kernel[i]) * kernel[i];
        largest = std::max(largest, std::abs(double(kernel[i])));
    }
    QVERIFY(largest <= 2.0 * config.initializerRange + 1e-6);
    QVERIFY(std::sqrt(sq / double(kernel.size())) > 0.5 * config.initializerRange);
    QCOMPARE(norm(model.parameter(QStringLiteral("cls/predictions/output_bias"))->value), 0.0);
    QCOMPARE(model.parameter(QStringLiteral("cls/predictions/transform/LayerNorm/gamma"))->value[3], 1.0f);

    // Export gives the same tensors back, in BertModel's layout.
    const BertWeights exported = model.exportWeights();
    QCOMPARE(dot(exported.layers[1].key.kernel, exported.layers[1].key.kernel),
             dot(weights.layers[1].key.kernel, weights.layers[1].key.kernel));
    QCOMPARE(exported.layers[1].key.kernel[5], weights.layers[1].key.kernel[5]);
    QCOMPARE(exported.wordEmbeddings[77], weights.wordEmbeddings[77]);
    QVERIFY(exported.pooler && exported.mlm && exported.nsp);
    QCOMPARE(exported.pooler->kernel[9], weights.pooler->kernel[9]);
    QCOMPARE(model.exportClassifier().kernel.shape(), (Shape{16, 3}));

    // Heads not asked for are not parameters.
    TrainableHeads none;
    none.mlm = none.nsp = false;
    TrainableBert encoder(config, randomBertWeights(config, 4, false), none);
    QVERIFY(!encoder.parameter(QStringLiteral("cls/predictions/output_bias")));
    QVERIFY(encoder.exportClassifier().kernel.isEmpty());
    QVERIFY(!encoder.exportWeights().mlm);
}

void TestBackward::batchFromExamples() {
    TrainingExample a;
    a.ids = {2, 4, 9, 3};
    a.segments = {0, 0, 0, 0};
    a.maskedPositions = {1};
    a.maskedLabels = {7};
    a.nspLabel = 1;
    TrainingExample b;
    b.ids = {2, 8, 4, 3, 6, 3};
    b.segments = {0, 0, 0, 0, 1, 1};
    b.maskedPositions = {2, 4};
    b.maskedLabels = {5, 11};
    b.nspLabel = 0;
    const TrainingBatch batch = TrainingBatch::fromExamples({a, b});
    QCOMPARE(batch.sequenceCount(), 2);
    QCOMPARE(batch.tokens.tokenCount(), std::int64_t(10));
    QCOMPARE(batch.mlmRows, (std::vector<std::int64_t>{1, 6, 8}));
    QCOMPARE(batch.mlmLabels, (std::vector<int>{7, 5, 11}));
    QCOMPARE(batch.nspLabels, (std::vector<int>{1, 0}));
    QVERIFY(batch.classLabels.empty());
    QCOMPARE(batch.tokens.segments()[8], 1);

    // A position outside its example is not moved into the next one.
    a.maskedPositions = {4};
    QCOMPARE(TrainingBatch::fromExamples({a, b}).mlmRows.front(), std::int64_t(-1));
}

void TestBackward::rejectsBadInput() {
    const BertConfig config = tinyConfig();
    TrainableBert model(config, randomBertWeights(config, 3), headsFor(Mlm | Nsp));
    const TrainingBatch good = tinyBatch(config.vocabSize);
    const TrainingBatch base = withLosses(good, Mlm | Nsp);
    QVERIFY(model.step(base).ok());
    auto expectError = [&](const TrainingBatch& batch, const char* word) {
        const auto r = model.step(batch);
        if (r.ok())
            return QStringLiteral("accepted");
        return r.errorString().contains(QLatin1String(word)) ? QString() : r.errorString();
    };
#define EXPECT_ERROR(batch, word)                                                                            \
    do {                                                                                                     \
        const QString problem = expectError(batch, word);                                                    \
        QVERIFY2(problem.isEmpty(), qPrintable(problem));                                                    \
    } while (false)

    EXPECT_ERROR(TrainingBatch{}, "no sequences");
    TrainingBatch b = base;
    b.tokens = {};
    b.tokens.add(std::vector<int>(17, 5), {});
    b.mlmRows.clear();
    b.mlmLabels.clear();
    b.nspLabels = {0};
    EXPECT_ERROR(b, "17");
    b.tokens = {};
    b.tokens.add({2, 40, 3}, {});
    EXPECT_ERROR(b, "id 40");
    b.tokens = {};
    b.tokens.add({2, 5, 3}, {0, 2, 0});
    EXPECT_ERROR(b, "segment 2");
    b.tokens = {};
    b.tokens.add({}, {});
    EXPECT_ERROR(b, "empty");

    b = base;
    b.mlmRows[1] = 27;
    EXPECT_ERROR(b, "row 27");
    b = base;
    b.mlmLabels[0] = 40;
    EXPECT_ERROR(b, "label 40");
    b = base;
    b.mlmLabels.pop_back();
    EXPECT_ERROR(b, "labels");
    b = base;
    b.nspLabels[2] = 2;
    EXPECT_ERROR(b, "label 2");
    b = base;
    b.nspLabels.pop_back();
    EXPECT_ERROR(b, "next-sentence labels");
    EXPECT_ERROR(good, "classifier");

    TrainableBert classifier(config, randomBertWeights(config, 3, false), headsFor(Classify));
    b = withLosses(good, Classify);
    QVERIFY(classifier.step(b).ok());
    b.classLabels[0] = 3;
    const auto r = classifier.step(b);
    QVERIFY(!r.ok());
    QVERIFY(r.errorString().contains(u"class label 3"));
    QVERIFY(!classifier.step(withLosses(good, Mlm)).ok());
    QVERIFY(!classifier.step(withLosses(good, Nsp)).ok());
#undef EXPECT_ERROR
}

QTEST_GUILESS_MAIN(TestBackward)
#include "tst_backward.moc"
