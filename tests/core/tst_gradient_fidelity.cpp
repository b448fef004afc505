// TrainableBert against the real peer: losses and the gradient of every parameter recorded by
// tests/fixtures/gen_gradients.py from transformers (PyTorch, float64) on tiny_hf and tiny_hf_tanh, for
// packed pretraining batches (MLM + NSP), MLM alone and a classifier head, on both kernel paths.
#include "fixture_support.h"

#include "core/io/model_loader.h"
#include "core/io/safetensors_reader.h"
#include "core/train/trainable_bert.h"
#include "core/train/training_batch.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace bertlab::core;
using namespace bertlab::tests;

namespace {

constexpr double kLossTolerance = 1e-5;     // relative
constexpr double kGradientTolerance = 1e-4; // max |diff| over the gradient's scale (fp32 noise: ~3e-6)

float maxAbs(const Tensor& t) {
    float m = 0.0f;
    for (std::int64_t i = 0; i < t.size(); ++i)
        m = std::max(m, std::abs(t[i]));
    return m;
}

TrainingBatch batchFromJson(const QJsonArray& examples) {
    std::vector<TrainingExample> list;
    for (const auto& v : examples) {
        const QJsonObject e = v.toObject();
        TrainingExample ex;
        ex.ids = intsFromJson(e.value(u"ids"));
        ex.segments = intsFromJson(e.value(u"segments"));
        ex.maskedPositions = intsFromJson(e.value(u"masked_positions"));
        ex.maskedLabels = intsFromJson(e.value(u"masked_labels"));
        ex.nspLabel = e.value(u"nsp_label").toInt(-1);
        ex.classLabel = e.value(u"class_label").toInt(-1);
        list.push_back(std::move(ex));
    }
    return TrainingBatch::fromExamples(list);
}

// The model of a case with dropout off and the case's heads; the classifier gets the fixture's weights.
std::unique_ptr<TrainableBert> modelFor(const QJsonObject& c, QString* error) {
    auto loaded = loadModel(fixturePath(c.value(u"model").toString()));
    if (!loaded) {
        *error = loaded.errorString();
        return nullptr;
    }
    BertConfig config = loaded->config;
    config.hiddenDropout = config.attentionDropout = 0.0f;
    const QJsonObject h = c.value(u"heads").toObject();
    TrainableHeads heads;
    heads.mlm = h.value(u"mlm").toBool();
    heads.nsp = h.value(u"nsp").toBool();
    heads.classifierLabels = h.value(u"classifier_labels").toInt();
    auto model = std::make_unique<TrainableBert>(config, std::move(loaded->weights), heads);
    if (heads.classifierLabels > 0) {
        const QJsonObject classifier = c.value(u"classifier").toObject();
        for (const QString& name : {QStringLiteral("output_weights"), QStringLiteral("output_bias")}) {
            Parameter* p = model->parameter(name);
            const Tensor value = tensorFromJson(classifier.value(name));
            if (!p || p->value.shape() != value.shape()) {
                *error = QStringLiteral("classifier parameter %1 missing or of another shape").arg(name);
                return nullptr;
            }
            p->value = value;
        }
    }
    return model;
}

} // namespace

class TestGradientFidelity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matchesPeer_data();
    void matchesPeer();
    void outOfRangeLabelsAreErrors();

private:
    QJsonObject m_fixture;
};

void TestGradientFidelity::initTestCase() {
    m_fixture = loadJsonFixture(QStringLiteral("expected/gradients.json"));
    QVERIFY2(!m_fixture.isEmpty(), "fixture expected/gradients.json (tests/fixtures/gen_gradients.py)");
    QVERIFY(m_fixture.value(u"cases").toArray().size() >= 5);
}

void TestGradientFidelity::matchesPeer_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("path"); // KernelPath
    const QJsonArray cases = m_fixture.value(u"cases").toArray();
    for (int i = 0; i < cases.size(); ++i) {
        const QString name = cases[i].toObject().value(u"name").toString();
        QTest::newRow(qPrintable(name + QStringLiteral(" fast"))) << i << int(KernelPath::Fast);
        QTest::newRow(qPrintable(name + QStringLiteral(" reference"))) << i << int(KernelPath::Reference);
    }
}

void TestGradientFidelity::matchesPeer() {
    QFETCH(int, index);
    QFETCH(int, path);
    const QJsonObject c = m_fixture.value(u"cases").toArray()[index].toObject();
    QString error;
    const auto model = modelFor(c, &error);
    QVERIFY2(model, qPrintable(error));
    const TrainingBatch batch = batchFromJson(c.value(u"examples").toArray());

    StepOptions options;
    options.training = true;
    options.classifierDropout = 0.0f;
    options.path = KernelPath(path);
    // Two steps on the same batch: gradients are overwritten, never accumulated, so the second equals
    // the peer's single backward pass.
    auto first = model->step(batch, options);
    QVERIFY2(first.ok(), qPrintable(first.errorString()));
    auto result = model->step(batch, options);
    QVERIFY2(result.ok(), qPrintable(result.errorString()));

    const QJsonObject loss = c.value(u"loss").toObject();
    const auto compareLoss = [&](double actual, const char* key) {
        const double expected = loss.value(QLatin1String(key)).toDouble();
        const double diff = std::abs(actual - expected);
        return diff <= kLossTolerance * std::max(std::abs(expected), 1e-12) ||
               (expected == 0.0 && actual == 0.0);
    };
    QVERIFY2(
        compareLoss(result->loss, "total"),
        qPrintable(
            QStringLiteral("total loss %1 vs %2").arg(result->loss).arg(loss.value(u"total").toDouble())));
    QVERIFY2(compareLoss(result->mlmLoss, "mlm"), qPrintable(QString::number(result->mlmLoss)));
    QVERIFY2(compareLoss(result->nspLoss, "nsp"), qPrintable(QString::number(result->nspLoss)));
    QVERIFY2(compareLoss(result->classLoss, "classification"),
             qPrintable(QString::number(result->classLoss)));

    const QJsonObject counts = c.value(u"counts").toObject();
    QCOMPARE(result->tokens, std::int64_t(counts.value(u"tokens").toInt()));
    if (counts.contains(u"mlm_count")) {
        QCOMPARE(result->mlmCount, std::int64_t(counts.value(u"mlm_count").toInt()));
        QCOMPARE(result->mlmCorrect, std::int64_t(counts.value(u"mlm_correct").toInt()));
    }
    if (counts.contains(u"nsp_count")) {
        QCOMPARE(result->nspCount, std::int64_t(counts.value(u"nsp_count").toInt()));
        QCOMPARE(result->nspCorrect, std::int64_t(counts.value(u"nsp_correct").toInt()));
    }
    if (counts.contains(u"class_predictions"))
        QCOMPARE(result->classPredictions, intsFromJson(counts.value(u"class_predictions")));

    // Every gradient, relative to its scale (never below a fraction of the largest: key biases have an
    // exactly zero gradient, so their values are rounding noise).
    const auto expected = SafetensorsReader::read(fixturePath(c.value(u"gradients").toString()));
    QVERIFY2(expected.ok(), qPrintable(expected.errorString()));
    float largest = 0.0f;
    for (const auto& [name, grad] : *expected)
        largest = std::max(largest, maxAbs(grad));
    const float floor = float(m_fixture.value(u"meta").toObject().value(u"scale_floor").toDouble()) * largest;
    QVERIFY(floor > 0.0f);

    int compared = 0;
    double worst = 0.0;
    for (const auto& [name, grad] : *expected) {
        Parameter* p = model->parameter(name);
        if (!p) {
            // Heads the case does not train (e.g. NSP in an MLM-only step) get no gradient in the peer.
            QVERIFY2(maxAbs(grad) == 0.0f, qPrintable(QStringLiteral("no parameter %1").arg(name)));
            continue;
        }
        QVERIFY2(p->grad.shape() == grad.shape(), qPrintable(QStringLiteral("%1: gradient shape").arg(name)));
        const double relative = maxAbsDiff(p->grad, grad) / std::max(maxAbs(grad), floor);
        worst = std::max(worst, relative);
        QVERIFY2(relative <= kGradientTolerance,
                 qPrintable(QStringLiteral("%1: max |diff| / scale = %2").arg(name).arg(relative)));
        ++compared;
    }
    // Parameters the peer does not have (none expected) must not have learned anything.
    for (const auto& p : model->parameters()) {
        if (expected->count(p.name) == 0)
            QVERIFY2(maxAbs(p.grad) == 0.0f,
                     qPrintable(QStringLiteral("%1 has a gradient the peer does not").arg(p.name)));
    }
    QVERIFY(compared > 0);
    qInfo("%s: %d gradients, worst relative diff %.3g", qPrintable(c.value(u"name").toString()), compared,
          worst);
}

void TestGradientFidelity::outOfRangeLabelsAreErrors() {
    const QJsonArray cases = m_fixture.value(u"cases").toArray();
    const auto caseNamed = [&](const QString& name) {
        for (const auto& v : cases)
            if (v.toObject().value(u"name").toString() == name)
                return v.toObject();
        return QJsonObject();
    };
    const QJsonObject pretrain = caseNamed(QStringLiteral("pretrain_pairs"));
    const QJsonObject classify = caseNamed(QStringLiteral("classify"));
    QString error;
    const auto pretrainModel = modelFor(pretrain, &error);
    QVERIFY2(pretrainModel, qPrintable(error));
    const auto classifyModel = modelFor(classify, &error);
    QVERIFY2(classifyModel, qPrintable(error));

    TrainingBatch batch = batchFromJson(pretrain.value(u"examples").toArray());
    batch.mlmLabels.back() = 100000;
    QVERIFY(!pretrainModel->step(batch).ok());
    batch = batchFromJson(pretrain.value(u"examples").toArray());
    batch.nspLabels.front() = 2;
    QVERIFY(!pretrainModel->step(batch).ok());
    batch = batchFromJson(pretrain.value(u"examples").toArray());
    batch.mlmRows.back() = batch.tokens.tokenCount();
    QVERIFY(!pretrainModel->step(batch).ok());

    batch = batchFromJson(classify.value(u"examples").toArray());
    batch.classLabels.back() = 3;
    const auto bad = classifyModel->step(batch);
    QVERIFY(!bad.ok());
    QVERIFY(!bad.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestGradientFidelity)
#include "tst_gradient_fidelity.moc"
