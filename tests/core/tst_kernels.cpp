// The fast kernels (oneDNN) must match the plain reference loops on every shape and option the model uses.
#include "core/tensor/compute_threads.h"
#include "core/tensor/kernels.h"
#include "core/tensor/tensor.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace bertlab::core;

namespace {

Tensor randomTensor(Shape shape, std::uint32_t seed, float scale = 1.0f) {
    Tensor t(std::move(shape));
    std::mt19937 engine(seed);
    std::normal_distribution<float> normal(0.0f, scale);
    for (std::int64_t i = 0; i < t.size(); ++i)
        t[i] = normal(engine);
    return t;
}

float maxAbsDiff(const Tensor& a, const Tensor& b) {
    float worst = 0.0f;
    for (std::int64_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

} // namespace

class TestKernels final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gemm_data();
    void gemm();
    void attentionStrides();
    void transposedA_data();
    void transposedA();
    void attentionBackwardStrides();
    void layerNorm();
    void softmax();
    void activations_data();
    void activations();
    void threadSetting();
};

void TestKernels::gemm_data() {
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("transposeB");
    QTest::addColumn<bool>("bias");
    QTest::addColumn<bool>("accumulate");
    QTest::addColumn<int>("epilogue");
    QTest::newRow("plain") << 7 << 5 << 3 << false << false << false << int(Epilogue::None);
    QTest::newRow("bias") << 33 << 65 << 17 << false << true << false << int(Epilogue::None);
    QTest::newRow("transposed") << 16 << 40 << 32 << true << true << false << int(Epilogue::None);
    QTest::newRow("residual") << 20 << 32 << 64 << false << true << true << int(Epilogue::None);
    QTest::newRow("gelu-erf") << 20 << 96 << 32 << false << true << false << int(Epilogue::GeluErf);
    QTest::newRow("gelu-tanh") << 20 << 96 << 32 << false << true << false << int(Epilogue::GeluTanh);
    QTest::newRow("tanh") << 3 << 32 << 32 << false << true << false << int(Epilogue::Tanh);
    QTest::newRow("relu") << 9 << 32 << 32 << false << true << false << int(Epilogue::Relu);
    QTest::newRow("one-row") << 1 << 768 << 768 << false << true << false << int(Epilogue::None);
}

void TestKernels::gemm() {
    QFETCH(int, m);
    QFETCH(int, n);
    QFETCH(int, k);
    QFETCH(bool, transposeB);
    QFETCH(bool, bias);
    QFETCH(bool, accumulate);
    QFETCH(int, epilogue);
    GemmParams p;
    p.m = m;
    p.n = n;
    p.k = k;
    p.transposeB = transposeB;
    p.accumulate = accumulate;
    p.epilogue = Epilogue(epilogue);
    const Tensor a = randomTensor({m, k}, 1);
    const Tensor b = transposeB ? randomTensor({n, k}, 2) : randomTensor({k, n}, 2);
    const Tensor biasValues = randomTensor({n}, 3);
    Tensor fast = randomTensor({m, n}, 4), reference = fast;
    fastKernels().gemm(p, a.data(), b.data(), bias ? biasValues.data() : nullptr, fast.data());
    referenceKernels().gemm(p, a.data(), b.data(), bias ? biasValues.data() : nullptr, reference.data());
    QVERIFY2(maxAbsDiff(fast, reference) < 1e-4f, qPrintable(QString::number(maxAbsDiff(fast, reference))));
}

// The attention's batched products read heads as column blocks of the fused [T, 3H] projection.
void TestKernels::attentionStrides() {
    const int heads = 4, t = 9, d = 8, hidden = heads * d;
    const Tensor qkv = randomTensor({t, 3 * hidden}, 5);
    GemmParams qk;
    qk.batch = heads;
    qk.m = qk.n = t;
    qk.k = d;
    qk.transposeB = true;
    qk.lda = qk.ldb = 3 * hidden;
    qk.strideA = qk.strideB = d;
    qk.alpha = 0.125f;
    Tensor fast({heads, t, t}), reference({heads, t, t});
    fastKernels().gemm(qk, qkv.data(), qkv.data() + hidden, nullptr, fast.data());
    referenceKernels().gemm(qk, qkv.data(), qkv.data() + hidden, nullptr, reference.data());
    QVERIFY(maxAbsDiff(fast, reference) < 1e-5f);

    GemmParams pv;
    pv.batch = heads;
    pv.m = t;
    pv.n = d;
    pv.k = t;
    pv.ldb = 3 * hidden;
    pv.strideB = d;
    pv.ldc = hidden;
    pv.strideC = d;
    Tensor fastContext({t, hidden}), referenceContext({t, hidden});
    fastKernels().gemm(pv, reference.data(), qkv.data() + 2 * hidden, nullptr, fastContext.data());
    referenceKernels().gemm(pv, reference.data(), qkv.data() + 2 * hidden, nullptr, referenceContext.data());
    QVERIFY(maxAbsDiff(fastContext, referenceContext) < 1e-5f);
}

void TestKernels::transposedA_data() {
    QTest::addColumn<int>("m");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("k");
    QTest::addColumn<bool>("transposeB");
    QTest::addColumn<int>("batch");
    QTest::addColumn<bool>("accumulate");
    QTest::newRow("plain") << 7 << 5 << 3 << false << 1 << false;
    QTest::newRow("weight-gradient") << 32 << 96 << 57 << false << 1 << false;
    QTest::newRow("both-transposed") << 16 << 40 << 33 << true << 1 << false;
    QTest::newRow("accumulate") << 20 << 32 << 64 << false << 1 << true;
    QTest::newRow("batched") << 9 << 8 << 11 << false << 3 << false;
    QTest::newRow("batched-both") << 9 << 8 << 11 << true << 4 << true;
}

// A read as its transpose ([k, m] in memory), as weight and attention gradients need it.
void TestKernels::transposedA() {
    QFETCH(int, m);
    QFETCH(int, n);
    QFETCH(int, k);
    QFETCH(bool, transposeB);
    QFETCH(int, batch);
    QFETCH(bool, accumulate);
    GemmParams p;
    p.m = m;
    p.n = n;
    p.k = k;
    p.batch = batch;
    p.transposeA = true;
    p.transposeB = transposeB;
    p.accumulate = accumulate;
    p.alpha = 0.5f;
    const GemmParams r = p.resolved();
    QCOMPARE(r.lda, std::int64_t(m));
    QCOMPARE(r.strideA, std::int64_t(k) * m);
    const Tensor a = randomTensor({batch, k, m}, 21);
    const Tensor b = transposeB ? randomTensor({batch, n, k}, 22) : randomTensor({batch, k, n}, 22);
    Tensor fast = randomTensor({batch, m, n}, 23), reference = fast, expected = fast;
    fastKernels().gemm(p, a.data(), b.data(), nullptr, fast.data());
    referenceKernels().gemm(p, a.data(), b.data(), nullptr, reference.data());
    // The same product with A transposed explicitly, through the existing plain path.
    Tensor aT({batch, m, k});
    for (int bi = 0; bi < batch; ++bi)
        for (int i = 0; i < k; ++i)
            for (int j = 0; j < m; ++j)
                aT[(bi * m + j) * k + i] = a[(bi * k + i) * m + j];
    GemmParams plain = p;
    plain.transposeA = false;
    referenceKernels().gemm(plain, aT.data(), b.data(), nullptr, expected.data());
    QVERIFY2(maxAbsDiff(fast, reference) < 1e-4f, qPrintable(QString::number(maxAbsDiff(fast, reference))));
    QVERIFY(maxAbsDiff(reference, expected) < 1e-6f);
}

// The attention's backward products: dV[h] = P[h]^T dC[h] and dK[h] = dS[h]^T Q[h], with heads as column
// blocks of [T, H] / [T, 3H] matrices.
void TestKernels::attentionBackwardStrides() {
    const int heads = 4, t = 9, d = 8, hidden = heads * d;
    const Tensor probabilities = randomTensor({heads, t, t}, 24);
    const Tensor dContext = randomTensor({t, hidden}, 25);
    GemmParams pv;
    pv.batch = heads;
    pv.m = t;
    pv.n = d;
    pv.k = t;
    pv.transposeA = true;
    pv.ldb = hidden;
    pv.strideB = d;
    pv.ldc = 3 * hidden;
    pv.strideC = d;
    pv.accumulate = true;
    Tensor fast = randomTensor({t, 3 * hidden}, 26), reference = fast;
    fastKernels().gemm(pv, probabilities.data(), dContext.data(), nullptr, fast.data() + 2 * hidden);
    referenceKernels().gemm(pv, probabilities.data(), dContext.data(), nullptr,
                            reference.data() + 2 * hidden);
    QVERIFY(maxAbsDiff(fast, reference) < 1e-5f);

    const Tensor qkv = randomTensor({t, 3 * hidden}, 27);
    GemmParams dk = pv;
    dk.ldb = 3 * hidden;
    dk.alpha = 0.25f;
    dk.accumulate = false;
    fastKernels().gemm(dk, probabilities.data(), qkv.data(), nullptr, fast.data() + hidden);
    referenceKernels().gemm(dk, probabilities.data(), qkv.data(), nullptr, reference.data() + hidden);
    QVERIFY(maxAbsDiff(fast, reference) < 1e-5f);
    // Untouched columns stay as they were.
    for (int r = 0; r < t; ++r)
        for (int c = 0; c < hidden; ++c)
            QCOMPARE(fast[r * 3 * hidden + c], reference[r * 3 * hidden + c]);
}

void TestKernels::layerNorm() {
    Tensor fast = randomTensor({13, 96}, 6, 3.0f), reference = fast;
    const Tensor gamma = randomTensor({96}, 7), beta = randomTensor({96}, 8);
    fastKernels().layerNorm(fast.data(), 13, 96, gamma.data(), beta.data(), 1e-12f);
    referenceKernels().layerNorm(reference.data(), 13, 96, gamma.data(), beta.data(), 1e-12f);
    QVERIFY(maxAbsDiff(fast, reference) < 1e-5f);
}

void TestKernels::softmax() {
    Tensor fast = randomTensor({11, 37}, 9, 5.0f), reference = fast;
    fastKernels().softmax(fast.data(), 11, 37);
    referenceKernels().softmax(reference.data(), 11, 37);
    QVERIFY(maxAbsDiff(fast, reference) < 1e-6f);
    double rowSum = 0.0;
    for (int i = 0; i < 37; ++i)
        rowSum += fast[i];
    QCOMPARE(std::round(rowSum * 1e5), 1e5);
}

void TestKernels::activations_data() {
    QTest::addColumn<int>("epilogue");
    QTest::newRow("gelu-erf") << int(Epilogue::GeluErf);
    QTest::newRow("gelu-tanh") << int(Epilogue::GeluTanh);
    QTest::newRow("tanh") << int(Epilogue::Tanh);
    QTest::newRow("relu") << int(Epilogue::Relu);
}

void TestKernels::activations() {
    QFETCH(int, epilogue);
    Tensor fast = randomTensor({1000}, 10, 4.0f), reference = fast;
    fastKernels().apply(Epilogue(epilogue), fast.data(), fast.size());
    referenceKernels().apply(Epilogue(epilogue), reference.data(), reference.size());
    QVERIFY(maxAbsDiff(fast, reference) < 1e-5f);
}

void TestKernels::threadSetting() {
    const int before = computeThreads();
    setComputeThreads(1);
    QCOMPARE(computeThreads(), 1);
    Tensor x = randomTensor({4, 8}, 11), y = x;
    fastKernels().softmax(x.data(), 4, 8);
    referenceKernels().softmax(y.data(), 4, 8);
    QVERIFY(maxAbsDiff(x, y) < 1e-6f);
    setComputeThreads(0);
    QCOMPARE(computeThreads(), before);
}

QTEST_GUILESS_MAIN(TestKernels)
#include "tst_kernels.moc"
