// The TensorFlow runtime: a run exported by BertLab (`train --export-tensorflow`) and trained by BertLab's
// TensorFlow runner (resources/runtime/tensorflow, TensorFlow on the CPU standing in for a TPU) gives the
// same curves as BertLab's own engine, its Google-layout checkpoint opens in BertLab with the same
// predictions, MirroredStrategy over two logical CPUs gives the same run again, and a job for a host whose
// runtime is tensorflow runs end to end through the connector on the loopback SSH host.
//
// Tolerances. Both engines compute in float32 from the same weights and the same batches (dropout off, so
// no random numbers differ), but add in different orders: each step's loss differs by rounding, ~1e-7
// relative, and Adam carries such differences forward. Over these 24-step runs they stay below 2e-6
// (measured); kLossTolerance = 1e-4 leaves that a wide margin while any real difference in the definitions (a
// mask, a schedule step, a weight-decay term) moves the loss by 1e-3 or more at the first step it touches.
// Probabilities on the trained model must agree to 1e-5, as the issue asks of fp32 outputs.
#include "cli_support.h"
#include "fixture_support.h"
#include "remote_support.h"

#include "core/io/model_loader.h"
#include "core/io/model_writer.h"
#include "core/io/tf_checkpoint_reader.h"
#include "core/remote/engine_check.h"
#include "core/remote/host_registry.h"
#include "core/remote/job_bundle.h"
#include "core/remote/remote_job.h"
#include "core/remote/tensorflow_extraction.h"
#include "core/train/training_events.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bertlab;
using namespace bertlab::tests;

namespace {

constexpr double kLossTolerance = 1e-4;
constexpr double kProbabilityTolerance = 1e-5;
constexpr int kSteps = 24;

struct RunnerRun {
    int exitCode = -1;
    QByteArray err;
};

// The fixture model with dropout off, so that both engines compute the same function.
QString dropoutFreeModel(const QTemporaryDir& dir) {
    const QString model = dir.filePath(QStringLiteral("model"));
    QDir().mkpath(model);
    const QDir fixture(fixturePath(QStringLiteral("models/tiny_tf")));
    for (const QString& file : fixture.entryList(QDir::Files))
        QFile::copy(fixture.filePath(file), model + u'/' + file);
    QFile config(model + QStringLiteral("/bert_config.json"));
    config.setPermissions(config.permissions() | QFileDevice::WriteOwner);
    config.open(QIODevice::ReadOnly);
    QJsonObject json = QJsonDocument::fromJson(config.readAll()).object();
    config.close();
    json.insert(QStringLiteral("hidden_dropout_prob"), 0.0);
    json.insert(QStringLiteral("attention_probs_dropout_prob"), 0.0);
    config.open(QIODevice::WriteOnly | QIODevice::Truncate);
    config.write(QJsonDocument(json).toJson());
    return model;
}

// The fixture corpus four times over (each copy its own documents): enough pairs for a last batch that is
// short, which the export fills with empty sequences.
QString corpus(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("corpus.txt"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    const QByteArray text = contents(fixturePath(QStringLiteral("train/corpus.txt")));
    for (int i = 0; i < 4; ++i)
        out.write(text.trimmed() + "\n\n");
    return path;
}

QStringList runArguments(const QString& model, const QString& data, int batchSize) {
    return {QStringLiteral("train"),
            QStringLiteral("pretrain"),
            QStringLiteral("--model"),
            model,
            QStringLiteral("--data"),
            data,
            QStringLiteral("--seq-len"),
            QStringLiteral("32"),
            QStringLiteral("--batch-size"),
            QString::number(batchSize),
            QStringLiteral("--steps"),
            QString::number(kSteps),
            QStringLiteral("--lr"),
            QStringLiteral("5e-4"),
            QStringLiteral("--warmup-steps"),
            QStringLiteral("4"),
            QStringLiteral("--clip-norm"),
            QStringLiteral("1.0"),
            QStringLiteral("--validate-every"),
            QStringLiteral("8"),
            QStringLiteral("--checkpoint-every"),
            QStringLiteral("10"),
            QStringLiteral("--probe"),
            QStringLiteral("the [MASK] sat on the mat."),
            QStringLiteral("--probe-every"),
            QStringLiteral("12"),
            QStringLiteral("--seed"),
            QStringLiteral("3")};
}

RunnerRun runRunner(const QString& prepared, const QString& output, int replicas) {
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TF_CPP_MIN_LOG_LEVEL"), QStringLiteral("2"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BERTLAB_TF_PYTHON), {QStringLiteral(BERTLAB_TF_RUNNER), prepared, output,
                                                QStringLiteral("--cpu-replicas"), QString::number(replicas)});
    p.waitForFinished(240000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError()};
}

QList<QJsonObject> eventsOf(const QByteArray& events, const QString& type) {
    QList<QJsonObject> out;
    for (const QByteArray& line : events.split('\n')) {
        const QJsonObject e = QJsonDocument::fromJson(line).object();
        if (e.value(QStringLiteral("event")).toString() == type)
            out << e;
    }
    return out;
}

// The largest difference of a field between two runs' events of one type, which must pair up one to one.
double largestDifference(const QByteArray& a, const QByteArray& b, const QString& type,
                         const QString& field) {
    const QList<QJsonObject> x = eventsOf(a, type), y = eventsOf(b, type);
    if (x.size() != y.size() || x.isEmpty())
        return INFINITY;
    double most = 0.0;
    for (qsizetype i = 0; i < x.size(); ++i)
        most = std::max(most, std::abs(x[i].value(field).toDouble() - y[i].value(field).toDouble()));
    return most;
}

// Largest |a − b| over every weight two model folders hold in common (and whether they hold the same names).
double largestWeightDifference(const QString& a, const QString& b) {
    auto x = core::loadModel(a), y = core::loadModel(b);
    if (!x || !y)
        return INFINITY;
    const core::TensorMap ta = core::tensorsForFormat(x->weights, core::ModelFormat::TfCheckpoint);
    const core::TensorMap tb = core::tensorsForFormat(y->weights, core::ModelFormat::TfCheckpoint);
    if (ta.size() != tb.size())
        return INFINITY;
    double most = 0.0;
    for (const auto& [name, tensor] : ta) {
        const auto other = tb.find(name);
        if (other == tb.end() || other->second.size() != tensor.size())
            return INFINITY;
        for (std::int64_t i = 0; i < tensor.size(); ++i)
            most = std::max(most, double(std::abs(tensor.data()[i] - other->second.data()[i])));
    }
    return most;
}

// Texts for extraction: short ones, a long one that --long-texts windows splits, a blank line.
QString extractionInput(const QTemporaryDir& dir) {
    const QString path = dir.filePath(QStringLiteral("texts.txt"));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write("the cat sat on the mat.\nhello world\n\n"
              "a man went to the store and bought a gallon of milk, then the cat sat on the mat again and "
              "again until the day was over.\nthe dog barked.\n");
    return path;
}

// Every number of two output files (CSV or JSON Lines) side by side: the largest difference, or infinity
// when they differ in anything but the numbers.
double largestNumberDifference(const QByteArray& a, const QByteArray& b) {
    static const QRegularExpression number(QStringLiteral("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?"));
    const QString x = QString::fromUtf8(a), y = QString::fromUtf8(b);
    QList<double> nx, ny;
    for (const auto& [text, numbers] : {std::pair{&x, &nx}, std::pair{&y, &ny}})
        for (auto it = number.globalMatch(*text); it.hasNext();)
            numbers->append(it.next().captured().toDouble());
    QString sx = x, sy = y;
    if (nx.size() != ny.size() || nx.isEmpty() || sx.replace(number, {}) != sy.replace(number, {}))
        return INFINITY;
    double most = 0.0;
    for (qsizetype i = 0; i < nx.size(); ++i)
        most = std::max(most, std::abs(nx[i] - ny[i]));
    return most;
}
} // namespace

class TensorFlowRuntimeTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_runtime;

private Q_SLOTS:
    void initTestCase() { qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit()); }

    // The same run in both engines: the same losses step by step, the same validations, nearly the same
    // weights; the TF checkpoint opens in BertLab, which then predicts what TensorFlow predicted.
    void runnerTrainsAsBertLabDoes() {
        QTemporaryDir dir;
        const QString model = dropoutFreeModel(dir), data = corpus(dir);
        const QString prepared = dir.filePath(QStringLiteral("prepared"));
        CliRun run =
            runCli(runArguments(model, data, 4) << QStringLiteral("--export-tensorflow") << prepared);
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY2(run.json().value(QStringLiteral("padded_examples")).toInt() > 0, run.out.constData());
        run = runCli(runArguments(model, data, 4)
                     << QStringLiteral("--output") << dir.filePath(QStringLiteral("local")));
        QVERIFY2(run.ok(), run.err.constData());
        const QString output = dir.filePath(QStringLiteral("tf"));
        const RunnerRun tf = runRunner(prepared, output, 1);
        QVERIFY2(tf.exitCode == 0, tf.err.constData());
        // auto found no TPU and no GPU here: the CPU, one replica.
        QVERIFY2(tf.err.contains("on 1 cpu replica(s)"), tf.err.constData());

        const QByteArray local = contents(dir.filePath(QStringLiteral("local/events.jsonl")));
        const QByteArray remote = contents(output + QStringLiteral("/events.jsonl"));
        QCOMPARE(eventsOf(remote, QStringLiteral("step")).size(), kSteps);
        for (const char* field : {"loss", "mlm_loss", "nsp_loss", "learning_rate"})
            QVERIFY2(largestDifference(local, remote, QStringLiteral("step"), QLatin1String(field)) <
                         kLossTolerance,
                     field);
        QVERIFY(largestDifference(local, remote, QStringLiteral("step"), QStringLiteral("gradient_norm")) <
                1e-3);
        QVERIFY(largestDifference(local, remote, QStringLiteral("validation"), QStringLiteral("loss")) <
                kLossTolerance);
        QCOMPARE(eventsOf(remote, QStringLiteral("checkpoint")).size(), 3); // steps 10, 20 and the end
        QCOMPARE(eventsOf(remote, QStringLiteral("probe")).size(),
                 eventsOf(local, QStringLiteral("probe")).size());
        QCOMPARE(eventsOf(remote, QStringLiteral("finished")).size(), 1);

        // BertLab reads every event the runner wrote, as the Train page does.
        core::TrainingEventHandlers handlers;
        int steps = 0;
        handlers.stepped = [&](const core::TrainingPoint&) { ++steps; };
        core::TrainingEventReader reader(handlers);
        QFile events(output + QStringLiteral("/events.jsonl"));
        QVERIFY(events.open(QIODevice::ReadOnly));
        const core::Status read = reader.readAll(events);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QVERIFY(reader.sawEnd());
        QCOMPARE(steps, kSteps);

        // The checkpoint: Google's layout, opened by BertLab, weights as BertLab's own run left them.
        const QString checkpoint = output + QStringLiteral("/checkpoint");
        QVERIFY(QFileInfo::exists(checkpoint + QStringLiteral("/bert_model.ckpt.index")));
        const double weights =
            largestWeightDifference(checkpoint, dir.filePath(QStringLiteral("local/safetensors")));
        QVERIFY2(weights < 1e-4, qPrintable(QString::number(weights)));
        auto check = core::checkAgainstEngine(output);
        QVERIFY2(check.ok(), qPrintable(check.errorString()));
        QVERIFY2(check->maxDifference < kProbabilityTolerance, qPrintable(check->summary()));
        QVERIFY(check->agrees());
        QVERIFY(check->masks > 0);

        // And BertLab can go on training it: the TF checkpoint carries the Adam slots and the state.
        run = runCli(runArguments(model, data, 4)
                     << QStringLiteral("--output") << output << QStringLiteral("--resume")
                     << QStringLiteral("--steps") << QString::number(kSteps + 2));
        QVERIFY2(run.ok(), run.err.constData());
    }

    // A classification fine-tune (the classifier head, its dropout off, the last batch of each epoch short):
    // the same losses, validations (accuracy, macro-F1) and classifier weights in both engines.
    void classifierTrainsAsBertLabDoes() {
        QTemporaryDir dir;
        const QString model = dropoutFreeModel(dir);
        const QStringList args{QStringLiteral("train"),
                               QStringLiteral("classify"),
                               QStringLiteral("--model"),
                               model,
                               QStringLiteral("--data"),
                               fixturePath(QStringLiteral("train/reviews.csv")),
                               QStringLiteral("--seq-len"),
                               QStringLiteral("32"),
                               QStringLiteral("--batch-size"),
                               QStringLiteral("2"),
                               QStringLiteral("--epochs"),
                               QStringLiteral("4"),
                               QStringLiteral("--lr"),
                               QStringLiteral("1e-3"),
                               QStringLiteral("--validation-fraction"),
                               QStringLiteral("0.3"),
                               QStringLiteral("--classifier-dropout"),
                               QStringLiteral("0"),
                               QStringLiteral("--seed"),
                               QStringLiteral("5")};
        const QString prepared = dir.filePath(QStringLiteral("prepared"));
        CliRun run = runCli(QStringList(args) << QStringLiteral("--export-tensorflow") << prepared);
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY(run.json().value(QStringLiteral("padded_examples")).toInt() > 0);
        run =
            runCli(QStringList(args) << QStringLiteral("--output") << dir.filePath(QStringLiteral("local")));
        QVERIFY2(run.ok(), run.err.constData());
        const QString output = dir.filePath(QStringLiteral("tf"));
        const RunnerRun tf = runRunner(prepared, output, 1);
        QVERIFY2(tf.exitCode == 0, tf.err.constData());
        const QByteArray local = contents(dir.filePath(QStringLiteral("local/events.jsonl")));
        const QByteArray remote = contents(output + QStringLiteral("/events.jsonl"));
        QVERIFY(!eventsOf(remote, QStringLiteral("validation")).isEmpty());
        for (const char* field : {"loss", "accuracy"})
            QVERIFY2(largestDifference(local, remote, QStringLiteral("step"), QLatin1String(field)) <
                         kLossTolerance,
                     field);
        for (const char* field : {"loss", "accuracy", "macro_f1"})
            QVERIFY2(largestDifference(local, remote, QStringLiteral("validation"), QLatin1String(field)) <
                         kLossTolerance,
                     field);
        // The classifier head comes back in run_classifier.py's layout, [labels, H].
        auto reader = core::TfCheckpointReader::open(output + QStringLiteral("/checkpoint/bert_model.ckpt"));
        QVERIFY2(reader.ok(), qPrintable(reader.errorString()));
        auto weights = reader->readTensor(QStringLiteral("output_weights"));
        QVERIFY2(weights.ok(), qPrintable(weights.errorString()));
        QCOMPARE(weights->dim(0), 3); // the fixture's labels
    }

    // MirroredStrategy over two logical CPU devices: each takes half of every batch, and the run is the same.
    void mirroredReplicasGiveTheSameRun() {
        QTemporaryDir dir;
        const QString model = dropoutFreeModel(dir), data = corpus(dir);
        const QString prepared = dir.filePath(QStringLiteral("prepared"));
        CliRun run =
            runCli(runArguments(model, data, 4) << QStringLiteral("--export-tensorflow") << prepared);
        QVERIFY2(run.ok(), run.err.constData());
        const RunnerRun one = runRunner(prepared, dir.filePath(QStringLiteral("one")), 1);
        const RunnerRun two = runRunner(prepared, dir.filePath(QStringLiteral("two")), 2);
        QVERIFY2(one.exitCode == 0, one.err.constData());
        QVERIFY2(two.exitCode == 0, two.err.constData());
        QVERIFY2(two.err.contains("on 2 cpu replica(s)"), two.err.constData());
        const QByteArray a = contents(dir.filePath(QStringLiteral("one/events.jsonl")));
        const QByteArray b = contents(dir.filePath(QStringLiteral("two/events.jsonl")));
        QVERIFY(largestDifference(a, b, QStringLiteral("step"), QStringLiteral("loss")) < kLossTolerance);
        QVERIFY(largestDifference(a, b, QStringLiteral("validation"), QStringLiteral("loss")) <
                kLossTolerance);
        QCOMPARE(eventsOf(b, QStringLiteral("step")).size(), kSteps);
    }

    // A batch that does not split evenly over the replicas is refused with a message that says what to do.
    void batchMustDivideByTheReplicas() {
        QTemporaryDir dir;
        const QString model = dropoutFreeModel(dir), data = corpus(dir);
        const QString prepared = dir.filePath(QStringLiteral("prepared"));
        CliRun run =
            runCli(runArguments(model, data, 5) << QStringLiteral("--export-tensorflow") << prepared);
        QVERIFY2(run.ok(), run.err.constData());
        const RunnerRun two = runRunner(prepared, dir.filePath(QStringLiteral("two")), 2);
        QCOMPARE(two.exitCode, 1);
        const QList<QJsonObject> failed =
            eventsOf(contents(dir.filePath(QStringLiteral("two/events.jsonl"))), QStringLiteral("failed"));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(
            failed[0].value(QStringLiteral("message")).toString().contains(QStringLiteral("multiple of 2")),
            qPrintable(failed[0].value(QStringLiteral("message")).toString()));
        // An existing folder is never written over.
        run = runCli(runArguments(model, data, 5) << QStringLiteral("--export-tensorflow") << prepared);
        QVERIFY(!run.ok());
        QVERIFY2(run.err.contains("already exists"), run.err.constData());
    }

    // A host whose Python has no TensorFlow is found out before anything is sent, with how to fix it.
    void missingTensorFlowIsSaidBeforeSending() {
        LoopbackJobHost loop;
        QVERIFY2(loop.start(QStringLiteral("notf")), qPrintable(loop.why()));
        loop.host.runtime.kind = QStringLiteral("tensorflow");
        loop.host.runtime.python = QStringLiteral("/bin/false");
        QVERIFY(core::HostRegistry().add(loop.host, true).ok());
        const QString model = dropoutFreeModel(loop.dir), data = corpus(loop.dir);
        const QString settings = loop.dir.filePath(QStringLiteral("run.json"));
        CliRun run = runCli(runArguments(model, data, 4)
                            << QStringLiteral("--output") << loop.dir.filePath(QStringLiteral("local"))
                            << QStringLiteral("--write-config") << settings);
        QVERIFY2(run.ok(), run.err.constData());
        run = runCli({QStringLiteral("job"), QStringLiteral("submit"), QStringLiteral("--host"),
                      QStringLiteral("notf"), QStringLiteral("--config"), settings});
        QVERIFY(!run.ok());
        QVERIFY2(run.err.contains("cannot import tensorflow") && run.err.contains("remote check notf"),
                 run.err.constData());
        QVERIFY(QDir(loop.work + QStringLiteral("/cache/sha256")).entryList(QDir::Files).isEmpty());
    }

    // Cancel asks the runner to stop: it saves a checkpoint at the step it reached and ends the run as
    // cancelled; while it trained, the checkpoint it saved last could be fetched and opened.
    void cancelStopsATensorFlowJobGracefully() {
        LoopbackJobHost loop;
        QVERIFY2(loop.start(QStringLiteral("tf")), qPrintable(loop.why()));
        loop.host.runtime.kind = QStringLiteral("tensorflow");
        loop.host.runtime.python = QStringLiteral(BERTLAB_TF_PYTHON);
        QVERIFY(core::HostRegistry().add(loop.host, true).ok());
        const QString model = dropoutFreeModel(loop.dir), data = corpus(loop.dir);
        const QString settings = loop.dir.filePath(QStringLiteral("run.json"));
        CliRun run = runCli(runArguments(model, data, 4)
                            << QStringLiteral("--output") << loop.dir.filePath(QStringLiteral("local"))
                            << QStringLiteral("--steps") << QStringLiteral("20000")
                            << QStringLiteral("--validate-every") << QStringLiteral("5000")
                            << QStringLiteral("--checkpoint-every") << QStringLiteral("50")
                            << QStringLiteral("--write-config") << settings);
        QVERIFY2(run.ok(), run.err.constData());
        auto config = core::TrainingConfig::load(settings);
        QVERIFY2(config.ok(), qPrintable(config.errorString()));
        auto bundle = core::JobBundle::forTraining(*config, loop.host);
        QVERIFY2(bundle.ok(), qPrintable(bundle.errorString()));
        core::RemoteJobs jobs(loop.host);
        auto job = jobs.submit(*bundle);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        const QString remoteJob = loop.work + QStringLiteral("/jobs/") + job->id;
        const QString saved = remoteJob + QStringLiteral("/run/checkpoint/bert_config.json");
        for (int i = 0; i < 1200 && !QFileInfo::exists(saved); ++i)
            QTest::qWait(100);
        QVERIFY2(QFileInfo::exists(saved), contents(remoteJob + QStringLiteral("/job.log")).constData());
        run = runCli({QStringLiteral("job"), QStringLiteral("fetch"), job->id, QStringLiteral("--latest")});
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY2(run.out.trimmed().endsWith("/latest/checkpoint"), run.out.constData());
        run = runCli({QStringLiteral("info"), QStringLiteral("--model"),
                      job->latestFolder() + QStringLiteral("/checkpoint")});
        QVERIFY2(run.ok(), run.err.constData());

        QVERIFY(jobs.cancel(job->id, 60).ok());
        auto status = jobs.status(job->id);
        QVERIFY2(status.ok(), qPrintable(status.errorString()));
        QCOMPARE(status->state, core::JobStatus::State::Cancelled);
        (void)jobs.follow(
            *job, [] { return true; }, [](const QByteArray&) {});
        const QList<QJsonObject> finished = eventsOf(contents(job->eventsFile()), QStringLiteral("finished"));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished[0].value(QStringLiteral("cancelled")).toBool());
        const qint64 steps = qint64(finished[0].value(QStringLiteral("steps")).toDouble());
        QVERIFY(steps > 0 && steps < 20000);
        const QJsonObject state =
            QJsonDocument::fromJson(
                contents(remoteJob + QStringLiteral("/run/checkpoint/training_state.json")))
                .object();
        QCOMPARE(qint64(state.value(QStringLiteral("step")).toDouble()), steps);
    }

    // Through the connector: a host whose runtime is tensorflow gets the exported run and the runner, the
    // events stream back, the checkpoint comes back, opens, and passes the cross-engine check.
    void jobRunsWithTensorFlowThroughTheConnector() {
        LoopbackJobHost loop;
        QVERIFY2(loop.start(QStringLiteral("tf")), qPrintable(loop.why()));
        loop.host.runtime.kind = QStringLiteral("tensorflow");
        loop.host.runtime.python = QStringLiteral(BERTLAB_TF_PYTHON);
        // The hook that would stop a TPU VM: here it records the job it ran for.
        const QString stopped = loop.dir.filePath(QStringLiteral("stopped"));
        loop.host.runtime.afterFetch =
            QStringLiteral("sh -c 'echo \"$BERTLAB_JOB_ID on $BERTLAB_HOST\" > %1'").arg(stopped);
        QVERIFY(core::HostRegistry().add(loop.host, true).ok());
        const QTemporaryDir& dir = loop.dir;

        // The check reports Python and TensorFlow and that bertlab-cli is not needed to train.
        CliRun run = runCli({QStringLiteral("remote"), QStringLiteral("check"), QStringLiteral("tf"),
                             QStringLiteral("--json")});
        QVERIFY2(run.ok(), run.err.constData());
        bool sawTensorFlow = false;
        for (const QJsonValue& item : run.json().value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = item.toObject();
            if (o.value(QStringLiteral("name")).toString() == u"TensorFlow") {
                sawTensorFlow = true;
                QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("ok"));
                QVERIFY2(o.value(QStringLiteral("value")).toString().startsWith(QStringLiteral("2.15")),
                         qPrintable(o.value(QStringLiteral("value")).toString()));
            }
        }
        QVERIFY2(sawTensorFlow, run.out.constData());

        const QString model = dropoutFreeModel(dir), data = corpus(dir);
        const QString settings = dir.filePath(QStringLiteral("run.json"));
        run = runCli(runArguments(model, data, 4)
                     << QStringLiteral("--output") << dir.filePath(QStringLiteral("local"))
                     << QStringLiteral("--write-config") << settings);
        QVERIFY2(run.ok(), run.err.constData());
        run =
            runCli({QStringLiteral("job"), QStringLiteral("submit"), QStringLiteral("--host"),
                    QStringLiteral("tf"), QStringLiteral("--config"), settings, QStringLiteral("--attach")});
        QVERIFY2(run.ok(), run.err.constData());
        const QString id = QString::fromUtf8(run.out.split('\n').value(0).trimmed());
        auto job = core::LocalJob::find(id);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        const QByteArray events = contents(job->eventsFile());
        QCOMPARE(eventsOf(events, QStringLiteral("step")).size(), kSteps);
        QCOMPARE(eventsOf(events, QStringLiteral("finished")).size(), 1);
        // What went up is not kept twice here: the exported arrays were removed after sending.
        QVERIFY(
            QDir(job->folder + QStringLiteral("/tensorflow")).entryList({QStringLiteral("*.npy")}).isEmpty());

        qputenv("BERTLAB_MODEL_STORE", dir.filePath(QStringLiteral("store")).toLocal8Bit());
        run = runCli({QStringLiteral("job"), QStringLiteral("fetch"), id, QStringLiteral("--install")});
        qunsetenv("BERTLAB_MODEL_STORE");
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY2(run.err.contains("Cross-engine check passed"), run.err.constData());
        QCOMPARE(contents(stopped).trimmed(), QByteArray(id.toUtf8() + " on tf"));
        QVERIFY(
            QFileInfo::exists(job->outputsFolder() + QStringLiteral("/checkpoint/bert_model.ckpt.index")));
        const QJsonObject check =
            QJsonDocument::fromJson(contents(job->outputsFolder() + QStringLiteral("/engine_check.json")))
                .object();
        QVERIFY(check.value(QStringLiteral("agrees")).toBool());
        QVERIFY(check.value(QStringLiteral("max_difference")).toDouble() < kProbabilityTolerance);
        run = runCli(
            {QStringLiteral("info"), QStringLiteral("--model"), dir.filePath(QStringLiteral("store/")) + id});
        QVERIFY2(run.ok(), run.err.constData());

        // And it trained as BertLab trains here.
        run = runCli({QStringLiteral("train"), QStringLiteral("--config"), settings});
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY(largestDifference(contents(dir.filePath(QStringLiteral("local/events.jsonl"))), events,
                                  QStringLiteral("step"), QStringLiteral("loss")) < kLossTolerance);
    }

    // An extraction TensorFlow computes, put together here: the same file BertLab's own extraction writes
    // (windows of a long text joined, every pooling, token rows), to within fp32 rounding; on one replica
    // and split over two.
    void extractionMatchesBertLab_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("replicas");
        QTest::newRow("pooled, windows, 2 replicas")
            << QStringList{QStringLiteral("--pooling"),       QStringLiteral("nsp,max,ave"),
                           QStringLiteral("--long-texts"),    QStringLiteral("windows"),
                           QStringLiteral("--max-len"),       QStringLiteral("12"),
                           QStringLiteral("--output-layers"), QStringLiteral("2"),
                           QStringLiteral("--batch-size"),    QStringLiteral("3")}
            << 2;
        QTest::newRow("tokens, windows, jsonl")
            << QStringList{QStringLiteral("--long-texts"),    QStringLiteral("windows"),
                           QStringLiteral("--max-len"),       QStringLiteral("10"),
                           QStringLiteral("--output-layers"), QStringLiteral("0,-1"),
                           QStringLiteral("--format"),        QStringLiteral("jsonl")}
            << 1;
    }
    void extractionMatchesBertLab() {
        QFETCH(QStringList, options);
        QFETCH(int, replicas);
        QTemporaryDir dir;
        const QString model = dropoutFreeModel(dir), input = extractionInput(dir);
        const QString settingsPath = dir.filePath(QStringLiteral("extract.json"));
        const QString local = dir.filePath(QStringLiteral("local.out"));
        CliRun run = runCli(QStringList{QStringLiteral("extract"), QStringLiteral("--model"), model,
                                        QStringLiteral("--input"), input, QStringLiteral("--output"), local,
                                        QStringLiteral("--write-config"), settingsPath}
                            << options);
        QVERIFY2(run.ok(), run.err.constData());
        run = runCli({QStringLiteral("extract"), QStringLiteral("--config"), settingsPath});
        QVERIFY2(run.ok(), run.err.constData());

        auto settings = core::ExtractionSettings::load(settingsPath);
        QVERIFY(settings.ok());
        const QString prepared = dir.filePath(QStringLiteral("prepared"));
        const std::atomic<bool> never{false};
        auto exported =
            core::exportExtractionForTensorFlow(*settings, prepared, QStringLiteral("cpu"), {}, never);
        QVERIFY2(exported.ok(), qPrintable(exported.errorString()));
        QCOMPARE(exported->texts, 5); // the blank line too: an empty text, as every extraction reads it
        QVERIFY(exported->sequences > exported->texts); // the long text went as windows
        const QString output = dir.filePath(QStringLiteral("tf"));
        const RunnerRun tf = runRunner(prepared, output, replicas);
        QVERIFY2(tf.exitCode == 0, tf.err.constData());
        QVERIFY(QFileInfo::exists(output + QStringLiteral("/features.npy")));

        auto assembled =
            core::assembleTensorFlowExtraction(prepared, output + QStringLiteral("/features.npy"), output);
        QVERIFY2(assembled.ok(), qPrintable(assembled.errorString()));
        QVERIFY2(assembled->check.agrees(), qPrintable(assembled->check.summary()));
        QVERIFY(assembled->check.engine.startsWith(QStringLiteral("TensorFlow 2.")));
        const double difference =
            largestNumberDifference(contents(local), contents(assembled->summary.outputPath));
        qInfo("features: max |TensorFlow - BertLab| = %g; %s", difference,
              qPrintable(assembled->check.summary()));
        QVERIFY2(difference < kProbabilityTolerance, qPrintable(QString::number(difference)));
        // The runner's own count of rows agrees with what was written.
        const QList<QJsonObject> finished =
            eventsOf(contents(output + QStringLiteral("/events.jsonl")), QStringLiteral("finished"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished[0].value(QStringLiteral("rows")).toInteger(), assembled->summary.rows);

        // An input changed since the export no longer matches its results: said, nothing written.
        QFile::remove(assembled->summary.outputPath);
        QFile changed(input);
        changed.open(QIODevice::Append);
        changed.write("one more line\n");
        changed.close();
        auto stale =
            core::assembleTensorFlowExtraction(prepared, output + QStringLiteral("/features.npy"), output);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.errorString().contains(QStringLiteral("has changed")),
                 qPrintable(stale.errorString()));
        QVERIFY(!QFileInfo::exists(assembled->summary.outputPath));
    }

    // Damaged features (cut off by a failed transfer): a clear error naming the file, no output.
    void damagedFeaturesAreRefused() {
        QTemporaryDir dir;
        const QString model = dropoutFreeModel(dir), input = extractionInput(dir);
        const QString settingsPath = dir.filePath(QStringLiteral("extract.json"));
        CliRun run = runCli({QStringLiteral("extract"), QStringLiteral("--model"), model,
                             QStringLiteral("--input"), input, QStringLiteral("--output"),
                             dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--pooling"),
                             QStringLiteral("ave"), QStringLiteral("--write-config"), settingsPath});
        QVERIFY2(run.ok(), run.err.constData());
        const QString prepared = dir.filePath(QStringLiteral("prepared"));
        const std::atomic<bool> never{false};
        QVERIFY(core::exportExtractionForTensorFlow(*core::ExtractionSettings::load(settingsPath), prepared,
                                                    QStringLiteral("cpu"), {}, never)
                    .ok());
        const QString output = dir.filePath(QStringLiteral("tf"));
        QCOMPARE(runRunner(prepared, output, 1).exitCode, 0);
        const QString features = output + QStringLiteral("/features.npy");
        QByteArray bytes = contents(features);
        QFile file(features);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(bytes.left(bytes.size() - 7));
        file.close();
        auto assembled = core::assembleTensorFlowExtraction(prepared, features, output);
        QVERIFY(!assembled.ok());
        QVERIFY2(assembled.errorString().contains(features), qPrintable(assembled.errorString()));
        QVERIFY(QDir(output).entryList({QStringLiteral("embeddings*")}).isEmpty());
    }

    // Through the connector: the extraction goes to the tensorflow host as arrays, TensorFlow computes the
    // features there, `job fetch` puts the file together here and reports the cross-engine check.
    void extractionRunsWithTensorFlowThroughTheConnector() {
        LoopbackJobHost loop;
        QVERIFY2(loop.start(QStringLiteral("tfx")), qPrintable(loop.why()));
        loop.host.runtime.kind = QStringLiteral("tensorflow");
        loop.host.runtime.python = QStringLiteral(BERTLAB_TF_PYTHON);
        QVERIFY(core::HostRegistry().add(loop.host, true).ok());
        const QTemporaryDir& dir = loop.dir;
        const QString model = dropoutFreeModel(dir), input = extractionInput(dir);
        const QString settingsPath = dir.filePath(QStringLiteral("extract.json"));
        const QString local = dir.filePath(QStringLiteral("local.csv"));
        CliRun run =
            runCli({QStringLiteral("extract"), QStringLiteral("--model"), model, QStringLiteral("--input"),
                    input, QStringLiteral("--output"), local, QStringLiteral("--pooling"),
                    QStringLiteral("nsp,ave"), QStringLiteral("--write-config"), settingsPath});
        QVERIFY2(run.ok(), run.err.constData());
        run = runCli({QStringLiteral("job"), QStringLiteral("submit"), QStringLiteral("--host"),
                      QStringLiteral("tfx"), QStringLiteral("--config"), settingsPath,
                      QStringLiteral("--attach")});
        QVERIFY2(run.ok(), run.err.constData());
        const QString id = QString::fromUtf8(run.out.split('\n').value(0).trimmed());
        auto job = core::LocalJob::find(id);
        QVERIFY2(job.ok(), qPrintable(job.errorString()));
        QCOMPARE(eventsOf(contents(job->eventsFile()), QStringLiteral("finished")).size(), 1);
        run = runCli({QStringLiteral("job"), QStringLiteral("fetch"), id});
        QVERIFY2(run.ok(), run.err.constData());
        QVERIFY2(run.err.contains("Cross-engine check passed"), run.err.constData());
        const QString fetched = job->outputsFolder() + QStringLiteral("/embeddings.csv");
        QVERIFY(QFileInfo::exists(fetched));
        run = runCli({QStringLiteral("extract"), QStringLiteral("--config"), settingsPath});
        QVERIFY2(run.ok(), run.err.constData());
        const double difference = largestNumberDifference(contents(local), contents(fetched));
        QVERIFY2(difference < kProbabilityTolerance, qPrintable(QString::number(difference)));
    }
};

QTEST_GUILESS_MAIN(TensorFlowRuntimeTest)
#include "tst_tensorflow_runtime.moc"
