// core::TrainingConfig as data: the defaults the CLI and the Train page start from, the checks that name the
// field at fault, the JSON form (every setting survives a round trip; relative paths follow the file; bad
// files are refused with the file and the field), and the estimate against a real model's parameter count.
#include "cli_support.h"
#include "fixture_support.h"

#include "core/io/model_loader.h"
#include "core/train/training_config.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace bertlab::core;
using bertlab::tests::fixturePath;
using bertlab::tests::runCli;

namespace {

QString writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

bool mentions(const QStringList& problems, const char* field) {
    for (const QString& p : problems)
        if (p.startsWith(QLatin1String(field) + u':'))
            return true;
    return false;
}

} // namespace

class TestTrainingConfig final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cliStartsFromTheCoreDefaults();
    void validateNamesEveryProblem();
    void jsonRoundTripsEverySetting();
    void relativePathsFollowTheFile();
    void badFilesAreRefusedWithTheField();
    void parameterCountMatchesALoadedModel();
    void examplesAreCountedAsTheTrainerReadsThem();
};

void TestTrainingConfig::cliStartsFromTheCoreDefaults() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("defaults.json"));
    const auto run =
        runCli({QStringLiteral("train"), QStringLiteral("pretrain"), QStringLiteral("--write-config"), path});
    QVERIFY2(run.ok(), run.err.constData());
    auto written = TrainingConfig::load(path);
    QVERIFY2(written, qPrintable(written.errorString()));
    QCOMPARE(written->toJson(), TrainingConfig().toJson());
    QCOMPARE(written->freshConfig.numLayers, 4);
    QCOMPARE(written->freshConfig.hiddenSize, 256);
}

void TestTrainingConfig::validateNamesEveryProblem() {
    QTemporaryDir dir;
    TrainingConfig c;
    c.trainFile = writeFile(dir.filePath(QStringLiteral("corpus.txt")), "a b c\nd e f\n");
    c.outputDirectory = dir.filePath(QStringLiteral("out"));
    QCOMPARE(c.validate(), QStringList());

    TrainingConfig bad = c;
    bad.freshConfig.numHeads = 3;
    bad.trainFile = dir.filePath(QStringLiteral("missing.txt"));
    bad.optimizer.learningRate = -1;
    bad.monitor = QStringLiteral("val_nonsense");
    bad.patience = 2;
    bad.validationFraction = 0;
    bad.probeSentences = {QStringLiteral("no mask here")};
    bad.outputDirectory.clear();
    const QStringList problems = bad.validate();
    QCOMPARE(problems.size(), 7);
    for (const char* field :
         {"model.fresh.heads", "data.train", "optimizer.learning_rate", "early_stopping.monitor",
          "early_stopping.patience", "probes.sentences", "output.directory"})
        QVERIFY2(mentions(problems, field), field);
    QVERIFY(problems.join(u' ').contains(u"missing.txt"));

    bad = c;
    bad.startModel = fixturePath(QStringLiteral("models/tiny_hf"));
    bad.masking.seqLen = 64; // the model has 40 positions
    QVERIFY(mentions(bad.validate(), "data.seq_len"));
    QVERIFY(bad.validate().join(u' ').contains(u"40"));
    bad.startModel = dir.path(); // not a model
    QVERIFY(mentions(bad.validate(), "model.start"));
}

void TestTrainingConfig::jsonRoundTripsEverySetting() {
    TrainingConfig c;
    c.task = TrainingTask::Classify;
    c.startModel = QStringLiteral("/models/start");
    c.freshConfig.numLayers = 3;
    c.freshConfig.hiddenSize = 96;
    c.freshConfig.numHeads = 6;
    c.freshConfig.intermediateSize = 200;
    c.freshConfig.hiddenAct = Activation::Relu;
    c.freshConfig.hiddenActName = QStringLiteral("relu");
    c.freshConfig.hiddenDropout = 0.2f;
    c.freshConfig.attentionDropout = 0.05f;
    c.vocabFile = QStringLiteral("/v/vocab.txt");
    c.learnedVocabSize = 5000;
    c.tokenizer.cased = true;
    c.tokenizer.mode = TokenizerMode::KerasBert;
    c.trainFile = QStringLiteral("/d/train.csv");
    c.validationFile = QStringLiteral("/d/dev.csv");
    c.validationFraction = 0.25;
    c.masking.seqLen = 96;
    c.masking.maskRate = 0.2;
    c.masking.maskMaskRate = 0.7;
    c.masking.maskRandomRate = 0.2;
    c.masking.swapSentenceRate = 0.3;
    c.masking.forceMask = false;
    c.classification.textColumn = QStringLiteral("sentence");
    c.classification.secondColumn = QStringLiteral("other");
    c.classification.labelColumn = QStringLiteral("y");
    c.classification.delimiter = u';';
    c.batchSize = 7;
    c.epochs = 3;
    c.maxSteps = 1234;
    c.warmupProportion = 0.05;
    c.optimizer.learningRate = 3e-5;
    c.optimizer.minLr = 1e-7;
    c.optimizer.warmupSteps = 11;
    c.optimizer.decaySteps = 999;
    c.optimizer.beta1 = 0.8;
    c.optimizer.beta2 = 0.95;
    c.optimizer.epsilon = 1e-6;
    c.optimizer.weightDecay = 0.02;
    c.optimizer.weightDecayPattern = {QStringLiteral("kernel")};
    c.optimizer.amsgrad = true;
    c.optimizer.clipNorm = 2.5;
    c.trainablePrefixes = {QStringLiteral("bert/pooler"), QStringLiteral("output_")};
    c.monitor = QStringLiteral("val_macro_f1");
    c.patience = 4;
    c.validateEvery = 50;
    c.outputDirectory = QStringLiteral("/o/run");
    c.checkpointEvery = 77;
    c.resume = true;
    c.probeSentences = {QStringLiteral("a [MASK] b")};
    c.probeEvery = 13;
    c.seed = 4242;
    const QJsonObject json = c.toJson();
    auto back = TrainingConfig::fromJson(json, QStringLiteral("test"));
    QVERIFY2(back, qPrintable(back.errorString()));
    QCOMPARE(back->toJson(), json);
    QCOMPARE(back->freshConfig.hiddenAct, Activation::Relu);
    QCOMPARE(back->classification.delimiter, QChar(u';'));
    QCOMPARE(back->seed, std::uint64_t(4242));
    QCOMPARE(json.value(u"inputs").toArray().size(), 4);
}

void TestTrainingConfig::relativePathsFollowTheFile() {
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(QStringLiteral("job/data")));
    const QString path =
        writeFile(dir.filePath(QStringLiteral("job/run.json")), R"({"format": "bertlab-training-run",
        "version": 1, "task": "pretrain", "data": {"train": "data/corpus.txt", "seq_len": 64},
        "output": {"directory": "out"}})");
    auto c = TrainingConfig::load(path);
    QVERIFY2(c, qPrintable(c.errorString()));
    QCOMPARE(c->trainFile, QDir::cleanPath(dir.filePath(QStringLiteral("job/data/corpus.txt"))));
    QCOMPARE(c->outputDirectory, QDir::cleanPath(dir.filePath(QStringLiteral("job/out"))));
    QCOMPARE(c->masking.seqLen, 64);
    QCOMPARE(c->freshConfig.maxPositions, 64);
    QCOMPARE(c->batchSize, TrainingConfig().batchSize); // absent: the default
}

void TestTrainingConfig::badFilesAreRefusedWithTheField() {
    QTemporaryDir dir;
    const auto error = [&](const QByteArray& text) {
        const QString path = writeFile(dir.filePath(QStringLiteral("bad.json")), text);
        auto c = TrainingConfig::load(path);
        return c ? QString() : c.errorString();
    };
    QVERIFY(error("{not json").contains(u"not valid JSON"));
    QVERIFY(
        error(R"({"format": "something else", "version": 1})").contains(u"not BertLab training settings"));
    QVERIFY(error(R"({"format": "bertlab-training-run", "version": 99})").contains(u"version 99"));
    const QString field =
        error(R"({"format": "bertlab-training-run", "version": 1, "optimizer": {"batch_size": "big"}})");
    QVERIFY2(field.contains(u"optimizer.batch_size") && field.contains(u"bad.json"), qPrintable(field));
    QVERIFY(error(R"({"format": "bertlab-training-run", "version": 1, "task": "dance"})").contains(u"task"));
    QVERIFY(error(R"({"format": "bertlab-training-run", "version": 1, "optimizer": {"epochs": 1.5}})")
                .contains(u"optimizer.epochs"));
    QVERIFY(
        TrainingConfig::load(dir.filePath(QStringLiteral("none.json"))).errorString().contains(u"none.json"));
    // The CLI says the same on one line.
    const auto run = runCli(
        {QStringLiteral("train"), QStringLiteral("--config"), dir.filePath(QStringLiteral("bad.json"))});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count('\n'), 1);
}

void TestTrainingConfig::parameterCountMatchesALoadedModel() {
    auto model = loadModel(fixturePath(QStringLiteral("models/tiny_hf")));
    QVERIFY(model);
    QCOMPARE(trainingParameterCount(model->config, TrainingTask::Pretrain), model->parameterCount);
    TrainingConfig c;
    c.maxSteps = 0;
    c.epochs = 2;
    c.batchSize = 10;
    c.validationFraction = 0.1;
    const TrainingEstimate e = estimateTraining(c, model->config, 1000);
    QCOMPARE(e.parameters, model->parameterCount);
    QCOMPARE(e.steps, std::int64_t(180)); // 900 examples, 90 steps an epoch
    QVERIFY(e.memoryBytes > e.parameters * 16 && e.flopsPerStep > 0);

    // The MLM head (transform and vocabulary projection) runs on the masked tokens only: a pretraining step
    // costs the classification step's encoder plus that, not a projection of every token onto the vocabulary.
    const BertConfig& s = model->config;
    TrainingConfig classify = c;
    classify.task = TrainingTask::Classify;
    const double tokens = double(c.batchSize) * c.masking.seqLen;
    const double head =
        6.0 * tokens * c.masking.maskRate * double(s.hiddenSize * s.hiddenSize + s.hiddenSize * s.vocabSize);
    QVERIFY(std::abs(e.flopsPerStep - estimateTraining(classify, s, 1000).flopsPerStep - head) <
            1e-9 * e.flopsPerStep);
    // Before any run the time comes from the GEMM ceiling: twice the ceiling, half the time.
    QVERIFY(std::abs(estimatedSecondsPerStep(e, 100.0) - 2.0 * estimatedSecondsPerStep(e, 200.0)) < 1e-12);
    QVERIFY(std::abs(estimatedSecondsPerStep(e, 100.0) -
                     e.flopsPerStep / (100e9 * kTrainingShareOfGemmCeiling)) < 1e-12);
}

void TestTrainingConfig::examplesAreCountedAsTheTrainerReadsThem() {
    QTemporaryDir dir;
    // Three documents of 4, 1 and 3 sentences: 3 + 0 + 2 pairs of consecutive sentences.
    const QString corpus = writeFile(dir.filePath(QStringLiteral("c.txt")), "a\nb\nc\nd\n\ne\n\nf\ng\nh\n");
    QCOMPARE(countTrainingExamples(corpus, TrainingTask::Pretrain), std::int64_t(5));
    const QString pairs = writeFile(dir.filePath(QStringLiteral("p.tsv")), "a\tb\nc\td\n\ne\tf\n");
    QCOMPARE(countTrainingExamples(pairs, TrainingTask::Pretrain), std::int64_t(3));
    const QString table = writeFile(dir.filePath(QStringLiteral("t.csv")), "text,label\nx,1\ny,0\n");
    QCOMPARE(countTrainingExamples(table, TrainingTask::Classify), std::int64_t(2));
    QCOMPARE(countTrainingExamples(dir.filePath(QStringLiteral("none")), TrainingTask::Classify),
             std::int64_t(-1));
    QCOMPARE(countVocabularyEntries(fixturePath(QStringLiteral("models/tiny_hf/vocab.txt"))),
             int(loadModel(fixturePath(QStringLiteral("models/tiny_hf")))->config.vocabSize));
}

QTEST_GUILESS_MAIN(TestTrainingConfig)
#include "tst_training_config.moc"
