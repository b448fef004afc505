// The training loop end to end on the tiny fixture model: runs, checkpoints that reload with identical
// outputs, exact resume, classification, early stopping, the worker's pause/resume/stop and clear errors.
#include "fixture_support.h"

#include "core/io/model_loader.h"
#include "core/io/safetensors_reader.h"
#include "core/model/bert_model.h"
#include "core/text/tokenizer.h"
#include "core/train/pretraining_data.h"
#include "core/train/trainable_bert.h"
#include "core/train/trainer.h"
#include "core/train/training_checkpoint.h"
#include "core/train/training_worker.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace bertlab::core;
using bertlab::tests::fixturePath;

namespace {

const QStringList kSentences = {
    QStringLiteral("the quick brown fox jumps over the lazy dog"),
    QStringLiteral("the cat sat near the river"),
    QStringLiteral("i like tea and you like water"),
    QStringLiteral("the student is learning english in london"),
    QStringLiteral("we go to school by the bridge"),
    QStringLiteral("she says hello good morning"),
    QStringLiteral("the bird was very cold"),
    QStringLiteral("they play with the old dog"),
};

// Documents of sentences separated by blank lines, as Google's create_pretraining_data reads them.
QString writeCorpus(const QTemporaryDir& dir, int documents = 6) {
    const QString path = dir.filePath(QStringLiteral("corpus.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int d = 0; d < documents; ++d) {
        for (int s = 0; s < 4; ++s)
            file.write(kSentences[(d * 3 + s) % kSentences.size()].toUtf8() + '\n');
        file.write("\n");
    }
    return path;
}

// A label anyone can learn: whether the text mentions an animal.
QString writeClassification(const QTemporaryDir& dir, const QString& name, int rows) {
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("text,label\n");
    const QStringList animals = {QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("fox"),
                                 QStringLiteral("bird")};
    const QStringList places = {QStringLiteral("river"), QStringLiteral("school"), QStringLiteral("station"),
                                QStringLiteral("house")};
    for (int i = 0; i < rows; ++i) {
        const bool animal = i % 2 == 0;
        const QString noun = animal ? animals[(i / 2) % 4] : places[(i / 2) % 4];
        const QString text =
            QStringLiteral("i see the %1 %2").arg(noun, i % 3 == 0 ? QStringLiteral("now") : QString());
        file.write(QStringLiteral("\"%1\",%2\n")
                       .arg(text.trimmed(), animal ? QStringLiteral("animal") : QStringLiteral("place"))
                       .toUtf8());
    }
    return path;
}

TrainingConfig tinyPretraining(const QString& corpus, const QString& output) {
    TrainingConfig c;
    c.task = TrainingTask::Pretrain;
    c.startModel = fixturePath(QStringLiteral("models/tiny_hf"));
    c.trainFile = corpus;
    c.outputDirectory = output;
    c.masking.seqLen = 32;
    c.batchSize = 4;
    c.maxSteps = 12;
    c.optimizer.learningRate = 1e-3;
    c.optimizer.warmupSteps = 3;
    c.optimizer.decaySteps = 12;
    c.validationFraction = 0.2;
    c.validateEvery = 4;
    c.checkpointEvery = 0;
    return c;
}

TensorMap readAll(const QString& safetensors) {
    auto tensors = SafetensorsReader::read(safetensors);
    return tensors ? *tensors : TensorMap{};
}

bool identical(const TensorMap& a, const TensorMap& b) {
    if (a.size() != b.size() || a.empty())
        return false;
    for (const auto& [name, t] : a) {
        auto it = b.find(name);
        if (it == b.end() || it->second.shape() != t.shape() ||
            !std::equal(t.data(), t.data() + t.size(), it->second.data()))
            return false;
    }
    return true;
}

} // namespace

class TestTrainer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pretrainingRunWritesCheckpointsAndMetrics() {
        QTemporaryDir dir;
        TrainingConfig config = tinyPretraining(writeCorpus(dir), dir.filePath(QStringLiteral("run")));
        config.probeSentences = {QStringLiteral("the cat [MASK] near the river")};
        config.probeEvery = 6;
        Trainer trainer(config);
        std::vector<TrainingPoint> points;
        std::vector<ValidationPoint> validations;
        int probes = 0;
        TrainingPlan plan;
        TrainingCallbacks callbacks;
        callbacks.planned = [&](const TrainingPlan& p) { plan = p; };
        callbacks.stepped = [&](const TrainingPoint& p) { points.push_back(p); };
        callbacks.validated = [&](const ValidationPoint& v) { validations.push_back(v); };
        callbacks.probed = [&](const std::vector<ProbePrediction>& p) {
            ++probes;
            QCOMPARE(p.size(), std::size_t(1));
            QCOMPARE(p[0].guesses.size(), std::size_t(1));
            QCOMPARE(p[0].guesses[0].size(), 5);
        };
        auto summary = trainer.run(callbacks);
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
        QCOMPARE(summary->steps, 12);
        QCOMPARE(plan.totalSteps, 12);
        QCOMPARE(points.size(), std::size_t(12));
        QCOMPARE(validations.size(), std::size_t(3));
        QVERIFY(probes >= 3);
        for (const auto& p : points) {
            QVERIFY(std::isfinite(p.loss) && p.loss > 0);
            QVERIFY(p.tokensPerSecond > 0);
        }
        // Warm-up then linear decay to zero at step 12.
        QVERIFY(points[0].learningRate < points[2].learningRate);
        QCOMPARE(points[2].learningRate, 1e-3);
        QVERIFY(points[11].learningRate < 1e-9);

        // Both folders load in BertLab and give identical outputs.
        auto tf = loadModel(checkpointDirectory(config.outputDirectory));
        auto hf = loadModel(safetensorsDirectory(config.outputDirectory));
        QVERIFY2(tf.ok(), qPrintable(tf.errorString()));
        QVERIFY2(hf.ok(), qPrintable(hf.errorString()));
        QCOMPARE(tf->files.format, ModelFormat::TfCheckpoint);
        QCOMPARE(hf->files.format, ModelFormat::Safetensors);
        const BertModel a(tf->config, tf->weights), b(hf->config, hf->weights);
        TokenBatch batch;
        batch.add({2, 53, 67, 4, 3}, {0, 0, 0, 0, 0});
        ForwardRequest request;
        request.mlm = request.nsp = true;
        auto ra = a.forward(batch, request), rb = b.forward(batch, request);
        QVERIFY(ra.ok() && rb.ok());
        QVERIFY(std::equal(ra->mlmProbabilities.data(),
                           ra->mlmProbabilities.data() + ra->mlmProbabilities.size(),
                           rb->mlmProbabilities.data()));

        QFile metrics(QDir(config.outputDirectory).filePath(Trainer::metricsFileName()));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = metrics.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 13);
        QVERIFY(lines[0].startsWith("step,epoch,loss"));
        QVERIFY(lines[4].startsWith("4,"));
        QVERIFY(!lines[4].endsWith(",,,,,")); // a validation row
        QVERIFY(lines[1].endsWith(",,,,,"));
    }

    void savedCheckpointReloadsWithIdenticalOutputs() {
        auto loaded = loadModel(fixturePath(QStringLiteral("models/tiny_tf")));
        QVERIFY(loaded.ok());
        auto vocab = Vocab::fromFile(loaded->files.vocabPath);
        QVERIFY(vocab.ok());
        TrainableBert model(loaded->config, loaded->weights, TrainableHeads{});
        AdamWarmup optimizer;
        TrainingState state;
        state.task = QStringLiteral("pretrain");
        state.batchSize = 1;
        QTemporaryDir dir;
        auto saved = saveTrainingCheckpoint(dir.path(), model, optimizer, *vocab, state);
        QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
        auto back = loadModel(*saved);
        QVERIFY2(back.ok(), qPrintable(back.errorString()));
        const BertModel original(loaded->config, model.exportWeights());
        const BertModel reloaded(back->config, back->weights);
        TokenBatch batch;
        batch.add({2, 60, 61, 4, 3, 70, 3}, {0, 0, 0, 0, 0, 1, 1});
        ForwardRequest request;
        request.mlm = request.nsp = request.hiddenStates = true;
        auto a = original.forward(batch, request), b = reloaded.forward(batch, request);
        QVERIFY(a.ok() && b.ok());
        for (std::size_t i = 0; i < a->hiddenStates.size(); ++i)
            QVERIFY(std::equal(a->hiddenStates[i].data(),
                               a->hiddenStates[i].data() + a->hiddenStates[i].size(),
                               b->hiddenStates[i].data()));
        QVERIFY(std::equal(a->nspProbabilities.data(), a->nspProbabilities.data() + 2,
                           b->nspProbabilities.data()));
    }

    void resumeContinuesExactly() {
        QTemporaryDir dir;
        const QString corpus = writeCorpus(dir);
        TrainingConfig straight = tinyPretraining(corpus, dir.filePath(QStringLiteral("straight")));
        straight.validationFraction = 0;
        QVERIFY(Trainer(straight).run().ok());

        TrainingConfig first = straight;
        first.outputDirectory = dir.filePath(QStringLiteral("split"));
        first.maxSteps = 7;
        QVERIFY(Trainer(first).run().ok());
        TrainingConfig second = first;
        second.maxSteps = 12;
        second.resume = true;
        TrainingPlan plan;
        TrainingCallbacks callbacks;
        callbacks.planned = [&](const TrainingPlan& p) { plan = p; };
        auto resumed = Trainer(second).run(callbacks);
        QVERIFY2(resumed.ok(), qPrintable(resumed.errorString()));
        QCOMPARE(plan.startStep, 7);
        QCOMPARE(resumed->steps, 12);
        const auto a = readAll(QDir(safetensorsDirectory(straight.outputDirectory))
                                   .filePath(QStringLiteral("model.safetensors")));
        const auto b = readAll(
            QDir(safetensorsDirectory(second.outputDirectory)).filePath(QStringLiteral("model.safetensors")));
        QVERIFY(identical(a, b));

        // The metrics log keeps one row per step across the two runs.
        QFile metrics(QDir(second.outputDirectory).filePath(Trainer::metricsFileName()));
        QVERIFY(metrics.open(QIODevice::ReadOnly));
        QCOMPARE(metrics.readAll().trimmed().split('\n').size(), 13);
    }

    void interruptedSaveFallsBackToTheLastCompleteCheckpoint() {
        QTemporaryDir dir;
        TrainingConfig config = tinyPretraining(writeCorpus(dir), dir.filePath(QStringLiteral("run")));
        config.maxSteps = 4;
        config.validationFraction = 0;
        QVERIFY(Trainer(config).run().ok());
        // As if the process died between the two renames of the next save: only ".old" is complete.
        const QString checkpoint = checkpointDirectory(config.outputDirectory);
        QVERIFY(QDir().rename(checkpoint, checkpoint + QStringLiteral(".old")));
        QVERIFY(QDir().mkpath(checkpoint + QStringLiteral(".new")));
        auto loaded = loadTrainingCheckpoint(config.outputDirectory);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        QCOMPARE(loaded->state.step, 4);
        QVERIFY(!loaded->slots.empty());
    }

    void classificationLearnsASimpleRule() {
        QTemporaryDir dir;
        TrainingConfig c;
        c.task = TrainingTask::Classify;
        // A fresh small model: the fixture's weights are scaled up for peer comparisons, which saturates it.
        c.vocabFile = fixturePath(QStringLiteral("models/tiny_hf/vocab.txt"));
        c.freshConfig.numLayers = 2;
        c.freshConfig.hiddenSize = 32;
        c.freshConfig.numHeads = 2;
        c.freshConfig.intermediateSize = 64;
        c.freshConfig.maxPositions = 16;
        c.trainFile = writeClassification(dir, QStringLiteral("train.csv"), 64);
        c.validationFile = writeClassification(dir, QStringLiteral("valid.csv"), 16);
        c.outputDirectory = dir.filePath(QStringLiteral("run"));
        c.masking.seqLen = 16;
        c.batchSize = 8;
        c.epochs = 8;
        c.optimizer.learningRate = 3e-3;
        c.monitor = QStringLiteral("val_accuracy");
        std::vector<ValidationPoint> validations;
        TrainingPlan plan;
        TrainingCallbacks callbacks;
        callbacks.planned = [&](const TrainingPlan& p) { plan = p; };
        callbacks.validated = [&](const ValidationPoint& v) { validations.push_back(v); };
        auto summary = Trainer(c).run(callbacks);
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
        QCOMPARE(plan.labels, (QStringList{QStringLiteral("animal"), QStringLiteral("place")}));
        QCOMPARE(validations.size(), std::size_t(8));
        QVERIFY2(validations.back().accuracy >= 0.9,
                 qPrintable(QString::number(validations.back().accuracy)));
        QVERIFY(validations.back().macroF1 >= 0.9);
        // The fine-tuned model opens as a classifier with the data's labels.
        auto classifier = loadModel(safetensorsDirectory(c.outputDirectory));
        QVERIFY2(classifier.ok(), qPrintable(classifier.errorString()));
        QVERIFY(classifier->weights.classifier.has_value());
        QCOMPARE(classifier->config.labels, plan.labels);
        auto loaded = loadTrainingCheckpoint(c.outputDirectory);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->classifier.has_value());
        QCOMPARE(loaded->classifier->kernel.shape(), (Shape{32, 2}));
    }

    void earlyStoppingStopsWhenNothingImproves() {
        QTemporaryDir dir;
        TrainingConfig config = tinyPretraining(writeCorpus(dir), dir.filePath(QStringLiteral("run")));
        config.optimizer.learningRate = 0.0; // the validation loss cannot improve
        config.validateEvery = 2;
        config.patience = 2;
        std::int64_t validations = 0;
        TrainingCallbacks callbacks;
        callbacks.validated = [&](const ValidationPoint&) { ++validations; };
        auto summary = Trainer(config).run(callbacks);
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));
        QVERIFY(summary->stoppedEarly);
        QCOMPARE(validations, 3); // the first sets the best, two more without improvement
        QCOMPARE(summary->steps, 6);

        // Patience running out at the very last step is the end of the run, not an early stop.
        config.maxSteps = 6;
        config.outputDirectory = dir.filePath(QStringLiteral("run-to-the-end"));
        auto ended = Trainer(config).run();
        QVERIFY2(ended.ok(), qPrintable(ended.errorString()));
        QCOMPARE(ended->steps, 6);
        QVERIFY(!ended->stoppedEarly);
    }

    void frozenParametersDoNotMove() {
        QTemporaryDir dir;
        TrainingConfig config = tinyPretraining(writeCorpus(dir), dir.filePath(QStringLiteral("run")));
        config.trainablePrefixes = {QStringLiteral("bert/encoder/layer_2/"), QStringLiteral("cls/")};
        config.validationFraction = 0;
        config.maxSteps = 3;
        QVERIFY(Trainer(config).run().ok());
        const auto before = readAll(fixturePath(QStringLiteral("models/tiny_hf/model.safetensors")));
        const auto after = readAll(
            QDir(safetensorsDirectory(config.outputDirectory)).filePath(QStringLiteral("model.safetensors")));
        const auto same = [&](const QString& name) {
            const Tensor& a = before.at(name);
            const Tensor& b = after.at(name);
            return std::equal(a.data(), a.data() + a.size(), b.data());
        };
        QVERIFY(same(QStringLiteral("bert.embeddings.word_embeddings.weight")));
        QVERIFY(same(QStringLiteral("bert.encoder.layer.0.attention.self.query.weight")));
        QVERIFY(!same(QStringLiteral("bert.encoder.layer.2.attention.self.query.weight")));
    }

    void workerPausesResumesAndStops() {
        QTemporaryDir dir;
        TrainingConfig config = tinyPretraining(writeCorpus(dir), dir.filePath(QStringLiteral("run")));
        config.maxSteps = 100000;
        config.validationFraction = 0;
        TrainingWorker worker;
        QSignalSpy stepped(&worker, &TrainingWorker::stepped);
        QSignalSpy finished(&worker, &TrainingWorker::finished);
        QSignalSpy failed(&worker, &TrainingWorker::failed);
        worker.start(config);
        QVERIFY(worker.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(stepped.size() >= 3, 30000);
        worker.pause();
        QVERIFY(worker.isPaused());
        QTest::qWait(200);
        const auto paused = stepped.size();
        QTest::qWait(400);
        QCOMPARE(stepped.size(), paused);
        worker.resume();
        QTRY_VERIFY_WITH_TIMEOUT(stepped.size() > paused + 2, 30000);
        worker.stop();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(failed.size(), 0);
        const auto summary = finished.at(0).at(0).value<TrainingSummary>();
        QVERIFY(summary.cancelled);
        QVERIFY(!worker.isRunning());
        // Stopping keeps what was learned: a checkpoint at the step reached.
        auto loaded = loadTrainingCheckpoint(config.outputDirectory);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->state.step, summary.steps);
    }

    // keras-bert README's toy example with the generator's settings and step budget: BertLab's loss on fresh
    // evaluation batches ends below the value keras-bert reached (tests/fixtures/gen_toy_run.py).
    void toyRunReachesKerasBertsLoss() {
        const QJsonObject toy = bertlab::tests::loadJsonFixture(QStringLiteral("expected/toy_run.json"));
        QVERIFY(!toy.isEmpty());
        const QJsonObject setup = toy.value(u"setup").toObject();
        const QJsonObject model = setup.value(u"model").toObject();
        const QJsonObject masking = setup.value(u"masking").toObject();
        const QJsonObject optimizer = setup.value(u"optimizer").toObject();
        const double kerasLoss = toy.value(u"result").toObject().value(u"toy_loss").toDouble();
        QVERIFY(kerasLoss > 0);

        QTemporaryDir dir;
        QStringList vocab = bertlab::tests::stringsFromJson(setup.value(u"vocab"));
        vocab[0] = QStringLiteral("[PAD]"); // keras-bert's pad token is the empty string
        QFile vocabFile(dir.filePath(QStringLiteral("vocab.txt")));
        QVERIFY(vocabFile.open(QIODevice::WriteOnly));
        vocabFile.write(vocab.join(u'\n').toUtf8() + '\n');
        vocabFile.close();
        QFile pairsFile(dir.filePath(QStringLiteral("pairs.tsv")));
        QVERIFY(pairsFile.open(QIODevice::WriteOnly));
        for (const QJsonValue& pair : setup.value(u"sentence_pairs").toArray()) {
            const QStringList first = bertlab::tests::stringsFromJson(pair.toArray().at(0));
            const QStringList second = bertlab::tests::stringsFromJson(pair.toArray().at(1));
            pairsFile.write((first.join(u' ') + u'\t' + second.join(u' ') + u'\n').toUtf8());
        }
        pairsFile.close();

        TrainingConfig c;
        c.vocabFile = vocabFile.fileName();
        c.trainFile = pairsFile.fileName();
        c.outputDirectory = dir.filePath(QStringLiteral("run"));
        c.freshConfig.numLayers = model.value(u"transformer_num").toInt();
        c.freshConfig.hiddenSize = model.value(u"embed_dim").toInt();
        c.freshConfig.numHeads = model.value(u"head_num").toInt();
        c.freshConfig.intermediateSize = model.value(u"feed_forward_dim").toInt();
        c.freshConfig.maxPositions = model.value(u"pos_num").toInt();
        c.freshConfig.hiddenAct = Activation::GeluTanh; // keras-bert's gelu
        c.freshConfig.hiddenActName = QStringLiteral("gelu_new");
        c.freshConfig.hiddenDropout = c.freshConfig.attentionDropout =
            float(model.value(u"dropout_rate").toDouble());
        c.masking.seqLen = masking.value(u"seq_len").toInt();
        c.masking.maskRate = masking.value(u"mask_rate").toDouble();
        c.masking.maskMaskRate = masking.value(u"mask_mask_rate").toDouble();
        c.masking.maskRandomRate = masking.value(u"mask_random_rate").toDouble();
        c.masking.swapSentenceRate = masking.value(u"swap_sentence_rate").toDouble();
        c.masking.forceMask = masking.value(u"force_mask").toBool();
        c.optimizer.learningRate = optimizer.value(u"learning_rate").toDouble();
        c.optimizer.warmupSteps = optimizer.value(u"warmup_steps").toInteger();
        c.optimizer.decaySteps = optimizer.value(u"decay_steps").toInteger();
        c.optimizer.weightDecay = optimizer.value(u"weight_decay").toDouble();
        c.optimizer.minLr = optimizer.value(u"min_lr").toDouble();
        c.optimizer.weightDecayPattern = {}; // keras-bert 0.89 decays every weight
        c.batchSize = setup.value(u"batch_size").toInt();
        c.maxSteps = setup.value(u"steps").toInteger();
        c.validationFraction = 0;
        c.checkpointEvery = 0;
        auto summary = Trainer(c).run();
        QVERIFY2(summary.ok(), qPrintable(summary.errorString()));

        // The toy loss on fresh batches, dropout off: masked-LM cross-entropy pooled over every masked
        // position plus next-sentence cross-entropy over the sequences, as the generator computes it.
        auto loaded = loadModel(checkpointDirectory(c.outputDirectory));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorString()));
        auto words = Vocab::fromFile(loaded->files.vocabPath);
        QVERIFY(words.ok());
        TrainableBert trained(loaded->config, loaded->weights, TrainableHeads{});
        Tokenizer tokenizer(*words);
        auto pairs = readSentencePairs(pairsFile.fileName(), tokenizer);
        QVERIFY(pairs.ok());
        std::mt19937_64 rng(std::uint64_t(setup.value(u"eval_seed").toInteger()));
        double mlmSum = 0, nspSum = 0;
        std::int64_t masked = 0, sequences = 0;
        StepOptions evaluation;
        evaluation.training = false;
        evaluation.computeGradients = false;
        for (int b = 0; b < setup.value(u"eval_batches").toInt(); ++b) {
            const auto batch =
                TrainingBatch::fromExamples(makePretrainingExamples(*pairs, *words, c.masking, rng));
            auto r = trained.step(batch, evaluation);
            QVERIFY(r.ok());
            mlmSum += r->mlmLoss * double(r->mlmCount);
            masked += r->mlmCount;
            nspSum += r->nspLoss * double(r->nspCount);
            sequences += r->nspCount;
        }
        const double loss = mlmSum / double(masked) + nspSum / double(sequences);
        qInfo("toy loss: BertLab %.4f, keras-bert %.4f", loss, kerasLoss);
        QVERIFY2(loss < kerasLoss, qPrintable(QStringLiteral("%1 >= %2").arg(loss).arg(kerasLoss)));
    }

    void badInputGivesClearErrors() {
        QTemporaryDir dir;
        const QString corpus = writeCorpus(dir);
        auto error = [](const TrainingConfig& c) {
            auto r = Trainer(c).run();
            return r.ok() ? QString() : r.errorString();
        };
        TrainingConfig c =
            tinyPretraining(dir.filePath(QStringLiteral("missing.txt")), dir.filePath(QStringLiteral("o")));
        QVERIFY(error(c).contains(QStringLiteral("missing.txt")));

        c = tinyPretraining(corpus, dir.filePath(QStringLiteral("o")));
        c.masking.seqLen = 64; // the fixture model has 40 positions
        QVERIFY(error(c).contains(QStringLiteral("40")));

        c = tinyPretraining(corpus, dir.filePath(QStringLiteral("never-trained")));
        c.resume = true;
        QVERIFY(error(c).contains(QStringLiteral("never-trained")));

        QFile blocker(dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        c = tinyPretraining(corpus, dir.filePath(QStringLiteral("a-file/out")));
        QVERIFY(error(c).contains(QStringLiteral("a-file")));

        c = tinyPretraining(corpus, dir.filePath(QStringLiteral("o2")));
        c.startModel = dir.path(); // not a model folder
        QVERIFY(!error(c).isEmpty());

        c = tinyPretraining(corpus, dir.filePath(QStringLiteral("o3")));
        c.task = TrainingTask::Classify; // the corpus has no label column
        QVERIFY(!error(c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTrainer)
#include "tst_trainer.moc"
