// A training run as an event stream: every event survives the writer and the reader; bytes fed in any pieces
// give the same events; a bad line is an error naming it; every run writes <output>/events.jsonl that says
// what metrics.csv says; a resumed run keeps the events up to its checkpoint; TrainingReplay delivers a
// finished file and follows one that grows; the CLI's --events and --control-stdin.
#include "cli_support.h"
#include "fixture_support.h"

#include "core/train/trainer.h"
#include "core/train/training_events.h"
#include "core/train/training_replay.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bertlab::core;
using bertlab::tests::fixturePath;

namespace {

QString writeCorpus(const QTemporaryDir& dir) {
    const char* sentences[] = {"the quick brown fox jumps over the lazy dog",
                               "the cat sat near the river",
                               "i like tea and you like water",
                               "we go to school by the bridge",
                               "she says hello good morning",
                               "they play with the old dog"};
    QFile f(dir.filePath(QStringLiteral("corpus.txt")));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (int d = 0; d < 6; ++d) {
        for (int s = 0; s < 4; ++s)
            f.write(QByteArray(sentences[(d + s) % 6]) + '\n');
        f.write("\n");
    }
    return f.fileName();
}

TrainingConfig tinyRun(const QTemporaryDir& dir, const QString& output) {
    TrainingConfig c;
    c.startModel = fixturePath(QStringLiteral("models/tiny_hf"));
    c.trainFile = writeCorpus(dir);
    c.outputDirectory = output;
    c.masking.seqLen = 32;
    c.batchSize = 4;
    c.maxSteps = 12;
    c.optimizer.learningRate = 1e-3;
    c.validationFraction = 0.2;
    c.validateEvery = 4;
    c.checkpointEvery = 6;
    c.probeSentences = {QStringLiteral("the [MASK] sat near the river")};
    c.probeEvery = 4;
    return c;
}

// What a reader saw, in order.
struct Seen {
    QStringList order;
    std::optional<TrainingConfig> config;
    std::vector<TrainingPoint> steps;
    std::vector<ValidationPoint> validations;
    std::vector<std::vector<ProbePrediction>> probes;
    QStringList checkpoints;
    std::optional<TrainingSummary> summary;
    QString failure;

    TrainingEventHandlers handlers() {
        TrainingEventHandlers h;
        h.started = [this](const TrainingConfig& c) { order << QStringLiteral("run"), config = c; };
        h.preparing = [this](const QString&, qint64, qint64) { order << QStringLiteral("preparing"); };
        h.planned = [this](const TrainingPlan&) { order << QStringLiteral("plan"); };
        h.stepped = [this](const TrainingPoint& p) { order << QStringLiteral("step"), steps.push_back(p); };
        h.validated = [this](const ValidationPoint& p) {
            order << QStringLiteral("validation"), validations.push_back(p);
        };
        h.probed = [this](const std::vector<ProbePrediction>& p) {
            order << QStringLiteral("probe"), probes.push_back(p);
        };
        h.checkpointSaved = [this](const QString& d, std::int64_t) {
            order << QStringLiteral("checkpoint"), checkpoints << d;
        };
        h.pausedChanged = [this](bool paused) {
            order << (paused ? QStringLiteral("paused") : QStringLiteral("resumed"));
        };
        h.finished = [this](const TrainingSummary& s) { order << QStringLiteral("finished"), summary = s; };
        h.failed = [this](const QString& m) { order << QStringLiteral("failed"), failure = m; };
        return h;
    }
};

// The byte offset where the first event line of `type` (and `step`, when >= 0) starts; -1 when none.
qsizetype eventOffset(const QByteArray& bytes, const char* type, std::int64_t step = -1) {
    qsizetype offset = 0;
    for (const QByteArray& line : bytes.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(u"event").toString() == QLatin1String(type) &&
            (step < 0 || o.value(u"step").toInteger() == step))
            return offset;
        offset += line.size() + 1;
    }
    return -1;
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestTrainingEvents final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyEventRoundTrips();
    void piecesAndBadLines();
    void everyRunWritesItsEvents();
    void resumeKeepsTheEventsUpToItsCheckpoint();
    void replayDeliversAndFollows();
    void cliStreamsEventsAndTakesCommands();
};

void TestTrainingEvents::everyEventRoundTrips() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    TrainingEventWriter writer(&buffer);
    TrainingConfig config;
    config.trainFile = QStringLiteral("/data/x.txt");
    config.maxSteps = 5;
    writer.started(config);
    writer.preparing(QStringLiteral("Reading"), 1, 2);
    TrainingPlan plan;
    plan.totalSteps = 5;
    plan.labels = {QStringLiteral("a"), QStringLiteral("b")};
    writer.planned(plan);
    TrainingPoint point;
    point.step = 3;
    point.loss = 1.0 / 3.0; // not short in decimal: the JSON must keep every bit
    point.learningRate = 2.5e-5;
    writer.stepped(point);
    ValidationPoint validation;
    validation.step = 3;
    validation.macroF1 = 0.125;
    writer.validated(validation);
    writer.probed(3, {{QStringLiteral("a [MASK]"), {{QStringLiteral("x"), QStringLiteral("y")}}}});
    writer.checkpointSaved(QStringLiteral("/out/checkpoint"), 3);
    writer.pausedChanged(true);
    writer.pausedChanged(false);
    TrainingSummary summary;
    summary.steps = 5;
    summary.cancelled = true;
    writer.finished(summary);
    buffer.close();

    Seen seen;
    TrainingEventReader reader(seen.handlers());
    buffer.open(QIODevice::ReadOnly);
    QVERIFY(reader.readAll(buffer));
    QCOMPARE(seen.order,
             (QStringList{QStringLiteral("run"), QStringLiteral("preparing"), QStringLiteral("plan"),
                          QStringLiteral("step"), QStringLiteral("validation"), QStringLiteral("probe"),
                          QStringLiteral("checkpoint"), QStringLiteral("paused"), QStringLiteral("resumed"),
                          QStringLiteral("finished")}));
    QCOMPARE(seen.config->toJson(), config.toJson());
    QCOMPARE(seen.steps[0].loss, 1.0 / 3.0);
    QCOMPARE(seen.steps[0].learningRate, 2.5e-5);
    QCOMPARE(seen.validations[0].macroF1, 0.125);
    QCOMPARE(seen.probes[0][0].guesses[0], (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(seen.checkpoints, QStringList{QStringLiteral("/out/checkpoint")});
    QVERIFY(seen.summary && seen.summary->cancelled && seen.summary->steps == 5);
    QVERIFY(reader.sawEnd());
}

void TestTrainingEvents::piecesAndBadLines() {
    TrainingPoint p;
    QByteArray stream;
    for (int i = 1; i <= 50; ++i) {
        p.step = i;
        p.loss = 1.0 / i;
        QBuffer b(&stream);
        b.open(QIODevice::Append);
        TrainingEventWriter(&b).stepped(p);
    }
    Seen whole, pieces;
    TrainingEventReader a(whole.handlers()), b(pieces.handlers());
    QVERIFY(a.feed(stream));
    for (qsizetype i = 0; i < stream.size(); i += 7) // a pipe delivers bytes as it likes
        QVERIFY(b.feed(stream.mid(i, 7)));
    QCOMPARE(whole.steps.size(), std::size_t(50));
    QCOMPARE(pieces.steps.size(), std::size_t(50));
    QCOMPARE(pieces.steps.back().loss, 1.0 / 50);
    // A half-written last line waits; finish() reads it.
    Seen partial;
    TrainingEventReader c(partial.handlers());
    QVERIFY(c.feed(stream.left(stream.size() - 1)));
    QCOMPARE(partial.steps.size(), std::size_t(49));
    QVERIFY(c.finish());
    QCOMPARE(partial.steps.size(), std::size_t(50));

    Seen bad;
    TrainingEventReader d(bad.handlers());
    const Status s = d.feed(stream.left(200).left(stream.indexOf('\n') + 1) + "{\"step\": 2}\nnot json\n");
    QVERIFY(!s);
    QVERIFY2(s.errorString().contains(u"line 2"), qPrintable(s.errorString()));
    // A step number no integer holds (found by fuzz_training_events): read as 0, not converted out of range.
    Seen huge;
    TrainingEventReader h(huge.handlers());
    QVERIFY(h.feed("{\"event\": \"step\", \"step\": 1e117, \"loss\": 2.5, \"lr\": 0.0001}\n"));
    QCOMPARE(huge.steps.size(), std::size_t(1));
    QCOMPARE(huge.steps.front().step, std::int64_t(0));
    Seen future;
    TrainingEventReader e(future.handlers());
    QVERIFY(e.feed("{\"event\":\"something-new\",\"x\":1}\n")); // a newer writer's event: skipped
    QVERIFY(!e.feed("{\"event\":\"run\",\"format\":\"bertlab-training-events\",\"version\":7}\n"));
}

void TestTrainingEvents::everyRunWritesItsEvents() {
    QTemporaryDir dir;
    const TrainingConfig c = tinyRun(dir, dir.filePath(QStringLiteral("run")));
    auto result = Trainer(c).run();
    QVERIFY2(result, qPrintable(result.errorString()));
    Seen seen;
    TrainingEventReader reader(seen.handlers());
    QFile events(trainingEventsPath(c.outputDirectory));
    QVERIFY(events.open(QIODevice::ReadOnly));
    QVERIFY(reader.readAll(events));
    QCOMPARE(seen.order.first(), QStringLiteral("run"));
    QCOMPARE(seen.order.last(), QStringLiteral("finished"));
    QCOMPARE(seen.steps.size(), std::size_t(12));
    QCOMPARE(seen.validations.size(), std::size_t(3));
    QCOMPARE(seen.checkpoints.size(), 2); // step 6 and the end
    QVERIFY(seen.probes.size() >= 3);
    QCOMPARE(seen.config->toJson(), c.toJson());
    // metrics.csv says the same: the loss of every step, to the digits it keeps.
    const QList<QByteArray> rows =
        readAll(QDir(c.outputDirectory).filePath(Trainer::metricsFileName())).trimmed().split('\n');
    QCOMPARE(rows.size(), 13);
    for (int i = 0; i < 12; ++i)
        QCOMPARE(rows[i + 1].split(',')[2], QByteArray::number(seen.steps[std::size_t(i)].loss, 'g', 9));
}

void TestTrainingEvents::resumeKeepsTheEventsUpToItsCheckpoint() {
    QTemporaryDir dir;
    TrainingConfig c = tinyRun(dir, dir.filePath(QStringLiteral("run")));
    c.maxSteps = 6;
    QVERIFY(Trainer(c).run());
    // The run's file as a crash would leave it: steps past the checkpoint, no end.
    const QString path = trainingEventsPath(c.outputDirectory);
    QByteArray bytes = readAll(path);
    QVERIFY(eventOffset(bytes, "finished") > 0);
    bytes.truncate(eventOffset(bytes, "finished"));
    bytes += "{\"event\":\"step\",\"step\":7,\"loss\":9}\n{\"event\":\"step\",\"step\":8,\"loss\":9}\n";
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    c.maxSteps = 12;
    c.resume = true;
    QVERIFY(Trainer(c).run());
    Seen seen;
    TrainingEventReader reader(seen.handlers());
    QFile events(path);
    QVERIFY(events.open(QIODevice::ReadOnly));
    QVERIFY(reader.readAll(events));
    QCOMPARE(seen.order.count(QStringLiteral("run")), 1);
    QCOMPARE(seen.order.count(QStringLiteral("finished")), 1);
    QCOMPARE(seen.steps.size(), std::size_t(12)); // 1..6, then 7..12 from the resumed run
    for (std::size_t i = 0; i < seen.steps.size(); ++i)
        QCOMPARE(seen.steps[i].step, std::int64_t(i + 1));
    QVERIFY(seen.steps[6].loss != 9.0);
}

void TestTrainingEvents::replayDeliversAndFollows() {
    QTemporaryDir dir;
    const TrainingConfig c = tinyRun(dir, dir.filePath(QStringLiteral("run")));
    QVERIFY(Trainer(c).run());
    const QByteArray whole = readAll(trainingEventsPath(c.outputDirectory));

    // A finished run folder: everything, then finished.
    TrainingReplay replay;
    QSignalSpy steps(&replay, &TrainingRun::stepped);
    QSignalSpy finished(&replay, &TrainingRun::finished);
    QVERIFY(replay.open(c.outputDirectory));
    QVERIFY(finished.wait(5000));
    QCOMPARE(steps.size(), 12);
    QVERIFY(replay.config() && replay.config()->maxSteps == 12);

    // A file still being written: what is there, then what comes, until the end.
    const QString growing = dir.filePath(QStringLiteral("growing.jsonl"));
    const qsizetype half = eventOffset(whole, "step", 7);
    QVERIFY(half > 0);
    QFile out(growing);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(whole.left(half + 10)); // and part of the next line
    out.flush();
    TrainingReplay follow;
    QSignalSpy followed(&follow, &TrainingRun::stepped);
    QSignalSpy ended(&follow, &TrainingRun::finished);
    QVERIFY(follow.open(growing));
    QTRY_COMPARE_WITH_TIMEOUT(followed.size(), 6, 5000);
    QVERIFY(follow.isRunning());
    out.write(whole.mid(half + 10));
    out.flush();
    QVERIFY(ended.wait(5000));
    QCOMPARE(followed.size(), 12);
    QVERIFY(!follow.isRunning());

    // Stop following: a cancelled end at the last step seen.
    QFile cut(dir.filePath(QStringLiteral("cut.jsonl")));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(whole.left(half));
    cut.close();
    TrainingReplay stopped;
    QSignalSpy stoppedEnd(&stopped, &TrainingRun::finished);
    QVERIFY(stopped.open(cut.fileName()));
    QTest::qWait(50);
    stopped.stop();
    QCOMPARE(stoppedEnd.size(), 1);
    const auto summary = stoppedEnd[0][0].value<TrainingSummary>();
    QVERIFY(summary.cancelled);
    QCOMPARE(summary.steps, std::int64_t(6));
    QVERIFY(!TrainingReplay().open(dir.filePath(QStringLiteral("nothing-here"))));
}

void TestTrainingEvents::cliStreamsEventsAndTakesCommands() {
    QTemporaryDir dir;
    const QString corpus = writeCorpus(dir);
    QProcess cli;
    cli.start(QStringLiteral(BERTLAB_CLI),
              {QStringLiteral("train"), QStringLiteral("pretrain"), QStringLiteral("--model"),
               fixturePath(QStringLiteral("models/tiny_hf")), QStringLiteral("--data"), corpus,
               QStringLiteral("--output"), dir.filePath(QStringLiteral("run")), QStringLiteral("--seq-len"),
               QStringLiteral("32"), QStringLiteral("--batch-size"), QStringLiteral("2"),
               QStringLiteral("--steps"), QStringLiteral("100000"), QStringLiteral("--threads"),
               QStringLiteral("1"), QStringLiteral("--events"), QStringLiteral("-"),
               QStringLiteral("--control-stdin")});
    QVERIFY(cli.waitForStarted());
    Seen seen;
    TrainingEventReader reader(seen.handlers());
    bool paused = false, stopped = false;
    QElapsedTimer clock;
    clock.start();
    while (!reader.sawEnd() && clock.elapsed() < 60000) {
        cli.waitForReadyRead(200);
        QVERIFY(reader.feed(cli.readAllStandardOutput()));
        if (!paused && seen.steps.size() >= 2) {
            cli.write("pause\n");
            paused = true;
        } else if (paused && !stopped && seen.order.contains(QStringLiteral("paused"))) {
            cli.write("resume\nstop\n");
            stopped = true;
        }
    }
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY(reader.finish());
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(seen.order.first(), QStringLiteral("run")); // standard output holds events only
    QVERIFY(seen.order.contains(QStringLiteral("paused")) && seen.order.contains(QStringLiteral("resumed")));
    QVERIFY(seen.summary && seen.summary->cancelled);
    QVERIFY(seen.summary->steps < 100000);
    // The run folder's own events say the same steps.
    Seen folder;
    TrainingEventReader folderReader(folder.handlers());
    QFile events(trainingEventsPath(dir.filePath(QStringLiteral("run"))));
    QVERIFY(events.open(QIODevice::ReadOnly));
    QVERIFY(folderReader.readAll(events));
    QCOMPARE(folder.steps.size(), seen.steps.size());
}

QTEST_GUILESS_MAIN(TestTrainingEvents)
#include "tst_training_events.moc"
