// AdamWarmup against keras-bert's optimizer (and TF's AMSGrad) step by step, its schedule, calc_train_steps,
// and the classification metrics, from tests/fixtures/expected/optimizer.json (gen_optimizer.py).

#include "core/train/adam_warmup.h"
#include "core/train/metrics.h"
#include "fixture_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using namespace bertlab::core;
using namespace bertlab::tests;

namespace {

constexpr double kTol = 1e-6; // relative and absolute, per element

bool close(double got, double want, double tol = kTol) {
    return std::abs(got - want) <= tol + tol * std::abs(want);
}

// Index of the first element off by more than the tolerance, -1 when all agree.
std::int64_t firstMismatch(const Tensor& got, const Tensor& want) {
    if (got.size() != want.size())
        return 0;
    for (std::int64_t i = 0; i < got.size(); ++i)
        if (!close(got[i], want[i]))
            return i;
    return -1;
}

const QJsonObject& fixture() {
    static const QJsonObject json = loadJsonFixture(QStringLiteral("expected/optimizer.json"));
    return json;
}

QJsonObject run(const QString& name) {
    for (const auto& r : fixture().value(QStringLiteral("runs")).toArray())
        if (r.toObject().value(QStringLiteral("name")).toString() == name)
            return r.toObject();
    return {};
}

std::vector<Parameter> initialParameters() {
    std::vector<Parameter> params;
    for (const auto& v : fixture().value(QStringLiteral("variables")).toArray()) {
        const QJsonObject o = v.toObject();
        Parameter p;
        p.name = o.value(QStringLiteral("name")).toString();
        p.value = tensorFromJson(o.value(QStringLiteral("initial")));
        p.grad = Tensor(p.value.shape());
        params.push_back(std::move(p));
    }
    return params;
}

// Loads the gradients of step (0-based) into the parameters.
void setGradients(std::vector<Parameter>& params, int step) {
    const QJsonArray grads = fixture()
                                 .value(QStringLiteral("gradients"))
                                 .toArray()
                                 .at(step)
                                 .toObject()
                                 .value(QStringLiteral("grads"))
                                 .toArray();
    for (std::size_t i = 0; i < params.size(); ++i)
        params[i].grad = tensorFromJson(grads.at(qsizetype(i))).reshaped(params[i].value.shape());
}

AdamWarmupOptions optionsOf(const QJsonObject& runObject) {
    const QJsonObject s = runObject.value(QStringLiteral("settings")).toObject();
    AdamWarmupOptions o;
    o.learningRate = s.value(QStringLiteral("learning_rate")).toDouble();
    o.minLr = s.value(QStringLiteral("min_lr")).toDouble();
    o.warmupSteps = s.value(QStringLiteral("warmup_steps")).toInteger();
    o.decaySteps = s.value(QStringLiteral("decay_steps")).toInteger();
    o.weightDecay = s.value(QStringLiteral("weight_decay")).toDouble();
    o.amsgrad = s.value(QStringLiteral("amsgrad")).toBool();
    o.clipNorm = s.value(QStringLiteral("clip_norm")).toDouble();
    o.beta1 = s.value(QStringLiteral("beta_1")).toDouble();
    o.beta2 = s.value(QStringLiteral("beta_2")).toDouble();
    o.epsilon = s.value(QStringLiteral("epsilon")).toDouble();
    o.weightDecayPattern = {}; // keras-bert decays every variable
    return o;
}

// Compares one tensor of a step record ("values", "m", "v", "vhat") for variable i.
void expectTensor(const Tensor& got, const QJsonObject& stepRecord, const char* field, int variable,
                  const QString& where) {
    const Tensor want = tensorFromJson(stepRecord.value(QLatin1String(field)).toArray().at(variable));
    const std::int64_t bad = firstMismatch(got, want);
    QVERIFY2(bad < 0,
             qPrintable(QStringLiteral("%1 %2 of variable %3: element %4 is %5, expected %6")
                            .arg(where, QLatin1String(field))
                            .arg(variable)
                            .arg(bad)
                            .arg(double(got.size() > bad && bad >= 0 ? got[bad] : NAN), 0, 'g', 9)
                            .arg(double(want.size() > bad && bad >= 0 ? want[bad] : NAN), 0, 'g', 9)));
}

int stepCount() {
    return int(fixture().value(QStringLiteral("gradients")).toArray().size());
}

} // namespace

class TestOptimizer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void learningRateCurve();
    void decayStepsZeroKeepsTheRate();
    void trainSteps();
    void matchesPeer_data();
    void matchesPeer();
    void defaultPatternDecaysOfficialNames();
    void frozenParametersAreUntouched();
    void parameterWithoutGradientIsSkipped();
    void largeTensorsMatchPeer();
    void restoreContinuesIdentically();
    void nonFiniteGradientSkipsTheStep();
    void metrics();
    void applySpeed();
};

void TestOptimizer::initTestCase() {
    QVERIFY2(!fixture().isEmpty(), "expected/optimizer.json is missing: run tests/fixtures/generate.py");
    QVERIFY(stepCount() >= 5);
}

void TestOptimizer::learningRateCurve() {
    const QJsonArray curves = fixture().value(QStringLiteral("lr_curves")).toArray();
    QVERIFY(curves.size() >= 4);
    for (const auto& c : curves) {
        const QJsonObject o = c.toObject();
        AdamWarmupOptions options;
        options.learningRate = o.value(QStringLiteral("learning_rate")).toDouble();
        options.minLr = o.value(QStringLiteral("min_lr")).toDouble();
        options.warmupSteps = o.value(QStringLiteral("warmup_steps")).toInteger();
        options.decaySteps = o.value(QStringLiteral("decay_steps")).toInteger();
        const AdamWarmup optimizer(options);
        const QJsonArray lr = o.value(QStringLiteral("lr")).toArray();
        for (qsizetype i = 0; i < lr.size(); ++i) {
            const double want = lr.at(i).toDouble();
            const double got = optimizer.learningRate(i + 1);
            QVERIFY2(std::abs(got - want) <= 1e-6 * std::abs(want) + 1e-15,
                     qPrintable(QStringLiteral("warmup %1 decay %2 step %3: %4, expected %5")
                                    .arg(options.warmupSteps)
                                    .arg(options.decaySteps)
                                    .arg(i + 1)
                                    .arg(got, 0, 'g', 9)
                                    .arg(want, 0, 'g', 9)));
        }
    }
}

void TestOptimizer::decayStepsZeroKeepsTheRate() {
    // keras-bert computes min(t, 0) / 0 = NaN here; BertLab documents "no decay" instead.
    AdamWarmupOptions options;
    options.learningRate = 0.01;
    options.warmupSteps = 4;
    options.decaySteps = 0;
    const AdamWarmup optimizer(options);
    QCOMPARE(optimizer.learningRate(2), 0.005);
    QCOMPARE(optimizer.learningRate(4), 0.01);
    QCOMPARE(optimizer.learningRate(100), 0.01);
}

void TestOptimizer::trainSteps() {
    const QJsonArray cases = fixture().value(QStringLiteral("train_steps")).toArray();
    QVERIFY(!cases.isEmpty());
    for (const auto& c : cases) {
        const QJsonObject o = c.toObject();
        const TrainSteps steps = calcTrainSteps(o.value(QStringLiteral("num_example")).toInteger(),
                                                o.value(QStringLiteral("batch_size")).toInteger(),
                                                o.value(QStringLiteral("epochs")).toInteger(),
                                                o.value(QStringLiteral("warmup_proportion")).toDouble());
        QCOMPARE(steps.total, o.value(QStringLiteral("total")).toInteger());
        QCOMPARE(steps.warmup, o.value(QStringLiteral("warmup")).toInteger());
    }
    const TrainSteps none = calcTrainSteps(10, 0, 1);
    QCOMPARE(none.total, 0);
}

void TestOptimizer::matchesPeer_data() {
    QTest::addColumn<QString>("name");
    for (const char* name : {"adam", "weight_decay", "warmup0", "clip", "amsgrad"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestOptimizer::matchesPeer() {
    QFETCH(QString, name);
    const QJsonObject expected = run(name);
    QVERIFY2(!expected.isEmpty(), qPrintable(name));
    AdamWarmup optimizer(optionsOf(expected));
    std::vector<Parameter> params = initialParameters();
    const QJsonArray steps = expected.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), stepCount());
    for (int s = 0; s < stepCount(); ++s) {
        setGradients(params, s);
        const QJsonObject record = steps.at(s).toObject();
        const double norm = optimizer.apply(params);
        QVERIFY(close(norm, record.value(QStringLiteral("global_norm")).toDouble()));
        QCOMPARE(optimizer.iterations(), s + 1);
        const QString where = QStringLiteral("%1 step %2").arg(name).arg(s + 1);
        for (int i = 0; i < int(params.size()); ++i) {
            expectTensor(params[std::size_t(i)].value, record, "values", i, where);
            expectTensor(optimizer.slots()[std::size_t(i)].m, record, "m", i, where);
            expectTensor(optimizer.slots()[std::size_t(i)].v, record, "v", i, where);
            if (optimizer.options().amsgrad)
                expectTensor(optimizer.slots()[std::size_t(i)].vhat, record, "vhat", i, where);
            else
                QVERIFY(optimizer.slots()[std::size_t(i)].vhat.isEmpty());
        }
    }
}

void TestOptimizer::defaultPatternDecaysOfficialNames() {
    // keras-bert's compile_model pattern, on keras-bert's names, picks the variables marked default_pattern;
    // BertLab's default pattern must pick the same ones by their official names. A decayed variable follows
    // the weight_decay run, the others the run without decay.
    const QJsonObject decayed = run(QStringLiteral("weight_decay"));
    const QJsonObject plain = run(QStringLiteral("adam"));
    AdamWarmupOptions options = optionsOf(decayed);
    options.weightDecayPattern = AdamWarmupOptions::defaultWeightDecayPattern();
    AdamWarmup optimizer(options);
    std::vector<Parameter> params = initialParameters();
    const QJsonArray variables = fixture().value(QStringLiteral("variables")).toArray();
    int decayedCount = 0;
    for (const auto& v : variables)
        decayedCount += v.toObject().value(QStringLiteral("default_pattern")).toBool() ? 1 : 0;
    QVERIFY(decayedCount > 0 && decayedCount < variables.size());
    for (int s = 0; s < stepCount(); ++s) {
        setGradients(params, s);
        optimizer.apply(params);
        for (int i = 0; i < int(params.size()); ++i) {
            const bool decays = variables.at(i).toObject().value(QStringLiteral("default_pattern")).toBool();
            const QJsonObject record =
                (decays ? decayed : plain).value(QStringLiteral("steps")).toArray().at(s).toObject();
            expectTensor(
                params[std::size_t(i)].value, record, "values", i,
                QStringLiteral("default pattern step %1 (%2)").arg(s + 1).arg(params[std::size_t(i)].name));
        }
    }
    // The two runs differ by over ten times the tolerance (about 5e-5), so the check above tells them apart.
    const QJsonObject last = decayed.value(QStringLiteral("steps")).toArray().last().toObject();
    const QJsonObject lastPlain = plain.value(QStringLiteral("steps")).toArray().last().toObject();
    const Tensor a = tensorFromJson(last.value(QStringLiteral("values")).toArray().at(0));
    const Tensor b = tensorFromJson(lastPlain.value(QStringLiteral("values")).toArray().at(0));
    QVERIFY(maxAbsDiff(a, b) > 20 * kTol);
}

void TestOptimizer::frozenParametersAreUntouched() {
    const QJsonObject expected = run(QStringLiteral("weight_decay"));
    AdamWarmup optimizer(optionsOf(expected));
    std::vector<Parameter> params = initialParameters();
    const std::vector<Parameter> initial = params;
    const std::vector<std::size_t> frozen = {1, 4};
    for (std::size_t f : frozen)
        params[f].trainable = false;
    for (int s = 0; s < stepCount(); ++s) {
        setGradients(params, s);
        optimizer.apply(params);
        const QJsonObject record = expected.value(QStringLiteral("steps")).toArray().at(s).toObject();
        for (std::size_t i = 0; i < params.size(); ++i) {
            if (std::find(frozen.begin(), frozen.end(), i) != frozen.end()) {
                QCOMPARE(maxAbsDiff(params[i].value, initial[i].value), 0.0f);
                QVERIFY(optimizer.slots()[i].m.isEmpty() && optimizer.slots()[i].v.isEmpty());
            } else {
                expectTensor(params[i].value, record, "values", int(i), QStringLiteral("frozen run"));
            }
        }
    }
}

void TestOptimizer::parameterWithoutGradientIsSkipped() {
    AdamWarmupOptions options;
    options.warmupSteps = 0;
    AdamWarmup optimizer(options);
    std::vector<Parameter> params = initialParameters();
    const Tensor before = params[2].value;
    setGradients(params, 0);
    params[2].grad = Tensor(); // e.g. a head the loss did not use
    optimizer.apply(params);
    QCOMPARE(maxAbsDiff(params[2].value, before), 0.0f);
    QVERIFY(maxAbsDiff(params[0].value, initialParameters()[0].value) > 0.0f);
}

void TestOptimizer::largeTensorsMatchPeer() {
    // A tensor big enough for the parallel, blocked path: variable 0 of the fixture tiled many times (plus a
    // ragged tail), with its gradients tiled alike; every tile must follow the peer's trajectory.
    const QJsonObject expected = run(QStringLiteral("weight_decay"));
    AdamWarmup optimizer(optionsOf(expected));
    std::vector<Parameter> small = initialParameters();
    const std::int64_t tile = small[0].value.size();
    const std::int64_t tiles = 3001; // 84028 elements: several blocks and a partial one
    std::vector<Parameter> big(1);
    big[0].name = small[0].name;
    big[0].value = Tensor({tiles * tile});
    big[0].grad = Tensor({tiles * tile});
    for (std::int64_t t = 0; t < tiles; ++t)
        std::copy_n(small[0].value.data(), tile, big[0].value.data() + t * tile);
    double tileNormSq = 0.0;
    for (int s = 0; s < stepCount(); ++s) {
        setGradients(small, s);
        tileNormSq = 0.0;
        for (std::int64_t i = 0; i < tile; ++i)
            tileNormSq += double(small[0].grad[i]) * small[0].grad[i];
        for (std::int64_t t = 0; t < tiles; ++t)
            std::copy_n(small[0].grad.data(), tile, big[0].grad.data() + t * tile);
        const double norm = optimizer.apply(big);
        QVERIFY(close(norm, std::sqrt(tileNormSq * double(tiles))));
        const QJsonObject record = expected.value(QStringLiteral("steps")).toArray().at(s).toObject();
        for (std::int64_t t : {std::int64_t(0), tiles / 2, tiles - 1}) {
            const Tensor slice(small[0].value.shape(), big[0].value.data() + t * tile);
            expectTensor(slice, record, "values", 0, QStringLiteral("large tensor tile %1").arg(t));
        }
        // All tiles are bit-identical: blocks and threads compute the same thing.
        for (std::int64_t t = 1; t < tiles; ++t)
            QVERIFY(
                std::equal(big[0].value.data(), big[0].value.data() + tile, big[0].value.data() + t * tile));
    }
}

void TestOptimizer::restoreContinuesIdentically() {
    for (const char* name : {"weight_decay", "amsgrad"}) {
        const QJsonObject expected = run(QString::fromLatin1(name));
        AdamWarmup first(optionsOf(expected));
        std::vector<Parameter> params = initialParameters();
        const int split = 3;
        for (int s = 0; s < split; ++s) {
            setGradients(params, s);
            first.apply(params);
        }
        // A new optimizer with the saved state continues exactly like the original one.
        AdamWarmup second(optionsOf(expected));
        second.restore(first.iterations(), first.slots());
        QCOMPARE(second.iterations(), split);
        std::vector<Parameter> copy = params;
        for (int s = split; s < stepCount(); ++s) {
            setGradients(params, s);
            setGradients(copy, s);
            first.apply(params);
            second.apply(copy);
            const QJsonObject record = expected.value(QStringLiteral("steps")).toArray().at(s).toObject();
            for (std::size_t i = 0; i < copy.size(); ++i) {
                QCOMPARE(maxAbsDiff(copy[i].value, params[i].value), 0.0f);
                expectTensor(copy[i].value, record, "values", int(i), QStringLiteral("restored"));
                expectTensor(second.slots()[i].m, record, "m", int(i), QStringLiteral("restored"));
            }
        }
    }
}

void TestOptimizer::nonFiniteGradientSkipsTheStep() {
    AdamWarmup optimizer(optionsOf(run(QStringLiteral("adam"))));
    std::vector<Parameter> params = initialParameters();
    setGradients(params, 0);
    optimizer.apply(params);
    const std::vector<Parameter> before = params;
    const auto slotsBefore = optimizer.slots();
    setGradients(params, 1);
    params[3].grad[1] = std::numeric_limits<float>::quiet_NaN();
    QVERIFY(!std::isfinite(optimizer.apply(params)));
    QCOMPARE(optimizer.iterations(), 1);
    for (std::size_t i = 0; i < params.size(); ++i) {
        QCOMPARE(maxAbsDiff(params[i].value, before[i].value), 0.0f);
        QCOMPARE(maxAbsDiff(optimizer.slots()[i].m, slotsBefore[i].m), 0.0f);
    }
}

void TestOptimizer::metrics() {
    const QJsonArray cases = fixture().value(QStringLiteral("f1")).toArray();
    QVERIFY(cases.size() >= 6);
    for (const auto& c : cases) {
        const QJsonObject o = c.toObject();
        const ClassificationScores scores =
            classificationScores(intsFromJson(o.value(QStringLiteral("truth"))),
                                 intsFromJson(o.value(QStringLiteral("predicted"))),
                                 o.value(QStringLiteral("label_count")).toInt());
        QVERIFY(std::abs(scores.accuracy - o.value(QStringLiteral("accuracy")).toDouble()) < 1e-12);
        QVERIFY2(std::abs(scores.macroF1 - o.value(QStringLiteral("macro_f1")).toDouble()) < 1e-12,
                 qPrintable(QString::number(scores.macroF1)));
    }
    // Mismatched lengths use the common prefix; no labels give zeros.
    const ClassificationScores prefix = classificationScores({1, 0, 1}, {1, 0}, 2);
    QCOMPARE(prefix.accuracy, 1.0);
    QCOMPARE(prefix.macroF1, 1.0);
    const ClassificationScores none = classificationScores({1}, {1}, 0);
    QCOMPARE(none.macroF1, 0.0);
}

void TestOptimizer::applySpeed() {
    // BERT-mini's size (4 layers, H 256, vocab 30522: about 11.2M parameters) in a few tensors.
    std::vector<Parameter> params(4);
    const std::int64_t sizes[] = {30522 * 256, 4 * 256 * 1024 * 2, 4 * 4 * 256 * 256, 256 * 256 + 256};
    std::int64_t total = 0;
    for (std::size_t i = 0; i < params.size(); ++i) {
        params[i].name = i % 2 ? QStringLiteral("x/kernel") : QStringLiteral("x/bias");
        params[i].value = Tensor({sizes[i]});
        params[i].grad = Tensor({sizes[i]});
        for (std::int64_t k = 0; k < sizes[i]; ++k)
            params[i].grad[k] = float((k % 17) - 8) * 1e-3f;
        total += sizes[i];
    }
    AdamWarmup optimizer;
    optimizer.apply(params); // allocates the slots
    QElapsedTimer timer;
    timer.start();
    const int repeats = 3;
    for (int r = 0; r < repeats; ++r)
        optimizer.apply(params);
    const double ms = double(timer.nsecsElapsed()) / 1e6 / repeats;
    qInfo("AdamWarmup::apply on %lld parameters: %.1f ms", static_cast<long long>(total), ms);
    QVERIFY(std::isfinite(params[0].value[5]));
    QVERIFY(ms < 2000.0); // only catches a pathological slowdown: the machine may be loaded
}

QTEST_GUILESS_MAIN(TestOptimizer)
#include "tst_optimizer.moc"
