// The packed, fused fast forward must equal the reference path, and a batch must equal its sequences run
// alone.
#include "core/model/bert_model.h"
#include "core/model/random_weights.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace bertlab::core;

namespace {

BertConfig smallConfig(Activation act = Activation::GeluErf) {
    BertConfig c;
    c.vocabSize = 50;
    c.hiddenSize = 48;
    c.numLayers = 3;
    c.numHeads = 4; // head size 12: the 1/sqrt(d) scale is not a power of two
    c.intermediateSize = 96;
    c.maxPositions = 32;
    c.hiddenAct = act;
    c.initializerRange = 0.3f; // large enough that attention is far from uniform
    return c;
}

float maxAbsDiff(const Tensor& a, const Tensor& b) {
    if (a.shape() != b.shape())
        return 1e30f;
    float worst = 0.0f;
    for (std::int64_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

std::vector<int> randomIds(int length, std::uint32_t seed, int vocab) {
    std::mt19937 engine(seed);
    std::uniform_int_distribution<int> id(0, vocab - 1);
    std::vector<int> ids(static_cast<std::size_t>(length));
    for (auto& v : ids)
        v = id(engine);
    return ids;
}

ForwardRequest everything() {
    ForwardRequest r;
    r.hiddenStates = r.attentions = r.pooled = r.nsp = r.mlm = true;
    return r;
}

} // namespace

class TestModel final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fastMatchesReference_data();
    void fastMatchesReference();
    void batchEqualsSingles();
    void rejectsBadInput();
    void missingHeadsAreReported();
    void flopCount();
    void keepsEveryIntermediate();
};

void TestModel::fastMatchesReference_data() {
    QTest::addColumn<int>("activation");
    QTest::newRow("gelu") << int(Activation::GeluErf);
    QTest::newRow("gelu_new") << int(Activation::GeluTanh);
    QTest::newRow("relu") << int(Activation::Relu);
}

void TestModel::fastMatchesReference() {
    QFETCH(int, activation);
    const BertConfig config = smallConfig(Activation(activation));
    const BertModel model(config, randomBertWeights(config, 3));
    TokenBatch batch;
    batch.add(randomIds(17, 1, config.vocabSize), std::vector<int>(17, 0));
    std::vector<int> segments(9, 0);
    std::fill(segments.begin() + 5, segments.end(), 1);
    batch.add(randomIds(9, 2, config.vocabSize), segments);

    const auto fast = model.forward(batch, everything(), KernelPath::Fast);
    const auto reference = model.forward(batch, everything(), KernelPath::Reference);
    QVERIFY2(fast.ok(), qPrintable(fast.errorString()));
    QVERIFY(reference.ok());
    QCOMPARE(fast->hiddenStates.size(), std::size_t(config.numLayers + 1));
    // The reference accumulates in double; fp32 GEMMs drift from it by a few 1e-6 over three layers.
    for (std::size_t l = 0; l < fast->hiddenStates.size(); ++l) {
        const float diff = maxAbsDiff(fast->hiddenStates[l], reference->hiddenStates[l]);
        QVERIFY2(diff < 3e-5f, qPrintable(QStringLiteral("layer %1: %2").arg(l).arg(diff)));
    }
    for (std::size_t l = 0; l < fast->attentions.size(); ++l)
        for (std::size_t s = 0; s < 2; ++s)
            QVERIFY(maxAbsDiff(fast->attentions[l][s], reference->attentions[l][s]) < 5e-6f);
    QVERIFY(maxAbsDiff(fast->pooled, reference->pooled) < 1e-5f);
    QVERIFY(maxAbsDiff(fast->nspProbabilities, reference->nspProbabilities) < 5e-6f);
    QVERIFY(maxAbsDiff(fast->mlmProbabilities, reference->mlmProbabilities) < 5e-6f);
    QCOMPARE(fast->mlmProbabilities.dim(0), 26);
}

void TestModel::batchEqualsSingles() {
    const BertConfig config = smallConfig();
    const BertModel model(config, randomBertWeights(config, 4));
    const std::vector<int> lengths{3, 30, 1, 12};
    TokenBatch all;
    for (std::size_t i = 0; i < lengths.size(); ++i)
        all.add(randomIds(lengths[i], std::uint32_t(10 + i), config.vocabSize), {});
    const auto together = model.forward(all, everything());
    QVERIFY(together.ok());
    for (int s = 0; s < all.sequenceCount(); ++s) {
        TokenBatch one;
        one.add(randomIds(lengths[std::size_t(s)], std::uint32_t(10 + s), config.vocabSize), {});
        const auto alone = model.forward(one, everything());
        QVERIFY(alone.ok());
        const Tensor rows = together->lastHidden.sliceRows(all.start(s), all.start(s) + all.length(s));
        QVERIFY(maxAbsDiff(rows, alone->lastHidden) < 1e-5f);
        QVERIFY(maxAbsDiff(together->attentions.back()[std::size_t(s)], alone->attentions.back()[0]) < 1e-6f);
        QVERIFY(maxAbsDiff(together->pooled.sliceRows(s, s + 1), alone->pooled) < 1e-5f);
    }
}

void TestModel::rejectsBadInput() {
    const BertConfig config = smallConfig();
    const BertModel model(config, randomBertWeights(config, 5));
    TokenBatch tooLong;
    tooLong.add(randomIds(33, 1, config.vocabSize), {});
    auto r = model.forward(tooLong);
    QVERIFY(!r.ok());
    QVERIFY(r.errorString().contains(u"33"));

    TokenBatch badId;
    badId.add({1, 2, 50}, {});
    r = model.forward(badId);
    QVERIFY(!r.ok());
    QVERIFY(r.errorString().contains(u"50"));

    TokenBatch badSegment;
    badSegment.add({1, 2}, {0, 2});
    QVERIFY(!model.forward(badSegment).ok());

    TokenBatch empty;
    QVERIFY(model.forward(empty).ok());
}

void TestModel::missingHeadsAreReported() {
    const BertConfig config = smallConfig();
    const BertModel model(config, randomBertWeights(config, 6, /*withHeads=*/false));
    QVERIFY(!model.hasMlmHead());
    TokenBatch batch;
    batch.add({1, 2, 3}, {});
    ForwardRequest mlm;
    mlm.mlm = true;
    const auto r = model.forward(batch, mlm);
    QVERIFY(!r.ok());
    QVERIFY(r.errorString().contains(u"MLM"));
    ForwardRequest pooled;
    pooled.pooled = true;
    QVERIFY(model.forward(batch, pooled).ok());
}

void TestModel::flopCount() {
    BertConfig base;
    base.vocabSize = 30522;
    // BERT-base at 128 tokens: about 22.4 GFLOP of matmuls per sequence.
    QVERIFY(std::abs(encoderFlops(base, 128) / 1e9 - 22.35) < 0.1);
}

// A traced pass (what `inspect` shows) keeps each layer's intermediates and computes the same outputs as a
// plain one.
void TestModel::keepsEveryIntermediate() {
    const BertConfig config = smallConfig();
    const BertModel model(config, randomBertWeights(config, 8));
    TokenBatch batch;
    batch.add(randomIds(7, 1, config.vocabSize), {});
    batch.add(randomIds(4, 2, config.vocabSize), {});
    ForwardRequest request = everything();
    const auto plain = model.forward(batch, request);
    request.keepActivations = true;
    const auto taped = model.forward(batch, request);
    QVERIFY(plain.ok() && taped.ok());
    QVERIFY(!plain->tape);
    QVERIFY(taped->tape);
    QCOMPARE(maxAbsDiff(plain->lastHidden, taped->lastHidden), 0.0f); // numerically the same path
    const auto& layers = taped->tape->layers;
    QCOMPARE(layers.size(), std::size_t(config.numLayers));
    QCOMPARE(layers[1].input.shape(), (Shape{11, 48}));
    QCOMPARE(maxAbsDiff(layers[1].input, taped->hiddenStates[1]), 0.0f);
    QCOMPARE(layers[0].queryKeyValue.shape(), (Shape{11, 3 * 48}));
    QCOMPARE(layers[0].attention.size(), std::size_t(2));
    QCOMPARE(layers[0].intermediate.shape(), (Shape{11, 96}));
    QCOMPARE(taped->tape->embeddingSum.shape(), (Shape{11, 48}));
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
