#include "core/train/training_events.h"

#include "core/translation.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"bertlab::core::TrainingEventReader", "bertlab::core"});
}

constexpr auto kFormat = "bertlab-training-events";
constexpr int kVersion = 1;

QJsonArray guessesJson(const std::vector<QStringList>& guesses) {
    QJsonArray out;
    for (const QStringList& g : guesses)
        out.append(QJsonArray::fromStringList(g));
    return out;
}

// A count or step as written; anything else (a fraction, a huge or non-finite number from a damaged line) is
// 0, never an out-of-range conversion.
std::int64_t integer(const QJsonObject& o, const char* key) {
    const double d = o.value(QLatin1String(key)).toDouble();
    return std::isfinite(d) && std::abs(d) < 9.0e15 ? std::int64_t(d) : 0;
}

double number(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toDouble();
}

QStringList strings(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

} // namespace

QString trainingEventsPath(const QString& outputDirectory) {
    return QDir(outputDirectory).filePath(QStringLiteral("events.jsonl"));
}

QByteArray TrainingEventWriter::line(const QJsonObject& event) {
    return QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
}

void TrainingEventWriter::write(const QJsonObject& event) {
    if (!isOpen())
        return;
    m_device->write(line(event));
    if (auto* file = qobject_cast<QFileDevice*>(m_device))
        file->flush();
}

void TrainingEventWriter::started(const TrainingConfig& config) {
    write({{QStringLiteral("event"), QStringLiteral("run")},
           {QStringLiteral("format"), QLatin1String(kFormat)},
           {QStringLiteral("version"), kVersion},
           {QStringLiteral("config"), config.toJson()}});
}

void TrainingEventWriter::preparing(const QString& stage, qint64 done, qint64 total) {
    write({{QStringLiteral("event"), QStringLiteral("preparing")},
           {QStringLiteral("stage"), stage},
           {QStringLiteral("done"), done},
           {QStringLiteral("total"), total}});
}

QJsonObject trainingPlanJson(const TrainingPlan& p) {
    return {{QStringLiteral("total_steps"), qint64(p.totalSteps)},
            {QStringLiteral("warmup_steps"), qint64(p.warmupSteps)},
            {QStringLiteral("steps_per_epoch"), qint64(p.stepsPerEpoch)},
            {QStringLiteral("train_examples"), qint64(p.trainExamples)},
            {QStringLiteral("validation_examples"), qint64(p.validationExamples)},
            {QStringLiteral("parameters"), qint64(p.parameterCount)},
            {QStringLiteral("trainable"), qint64(p.trainableCount)},
            {QStringLiteral("start_step"), qint64(p.startStep)},
            {QStringLiteral("labels"), QJsonArray::fromStringList(p.labels)},
            {QStringLiteral("vocab_size"), p.vocabSize}};
}

void TrainingEventWriter::planned(const TrainingPlan& p) {
    m_lastStep = p.startStep;
    QJsonObject event = trainingPlanJson(p);
    event.insert(QStringLiteral("event"), QStringLiteral("plan"));
    write(event);
}

void TrainingEventWriter::stepped(const TrainingPoint& p) {
    m_lastStep = p.step;
    write({{QStringLiteral("event"), QStringLiteral("step")},
           {QStringLiteral("step"), qint64(p.step)},
           {QStringLiteral("epoch"), p.epoch},
           {QStringLiteral("loss"), p.loss},
           {QStringLiteral("mlm_loss"), p.mlmLoss},
           {QStringLiteral("nsp_loss"), p.nspLoss},
           {QStringLiteral("mlm_accuracy"), p.mlmAccuracy},
           {QStringLiteral("nsp_accuracy"), p.nspAccuracy},
           {QStringLiteral("accuracy"), p.accuracy},
           {QStringLiteral("learning_rate"), p.learningRate},
           {QStringLiteral("tokens_per_second"), p.tokensPerSecond},
           {QStringLiteral("gradient_norm"), p.gradientNorm},
           {QStringLiteral("elapsed_seconds"), p.elapsedSeconds}});
}

void TrainingEventWriter::validated(const ValidationPoint& p) {
    write({{QStringLiteral("event"), QStringLiteral("validation")},
           {QStringLiteral("step"), qint64(p.step)},
           {QStringLiteral("loss"), p.loss},
           {QStringLiteral("mlm_accuracy"), p.mlmAccuracy},
           {QStringLiteral("nsp_accuracy"), p.nspAccuracy},
           {QStringLiteral("accuracy"), p.accuracy},
           {QStringLiteral("macro_f1"), p.macroF1}});
}

void TrainingEventWriter::probed(std::int64_t step, const std::vector<ProbePrediction>& predictions) {
    QJsonArray list;
    for (const ProbePrediction& p : predictions)
        list.append(QJsonObject{{QStringLiteral("sentence"), p.sentence},
                                {QStringLiteral("guesses"), guessesJson(p.guesses)}});
    write({{QStringLiteral("event"), QStringLiteral("probe")},
           {QStringLiteral("step"), qint64(step)},
           {QStringLiteral("predictions"), list}});
}

void TrainingEventWriter::checkpointSaved(const QString& directory, std::int64_t step) {
    write({{QStringLiteral("event"), QStringLiteral("checkpoint")},
           {QStringLiteral("step"), qint64(step)},
           {QStringLiteral("directory"), directory}});
}

void TrainingEventWriter::pausedChanged(bool paused) {
    write({{QStringLiteral("event"), QStringLiteral("paused")}, {QStringLiteral("paused"), paused}});
}

void TrainingEventWriter::finished(const TrainingSummary& s) {
    write({{QStringLiteral("event"), QStringLiteral("finished")},
           {QStringLiteral("steps"), qint64(s.steps)},
           {QStringLiteral("stopped_early"), s.stoppedEarly},
           {QStringLiteral("cancelled"), s.cancelled},
           {QStringLiteral("checkpoint"), s.checkpointDirectory},
           {QStringLiteral("best_monitor_value"), s.bestMonitorValue}});
}

void TrainingEventWriter::failed(const QString& message) {
    write({{QStringLiteral("event"), QStringLiteral("failed")}, {QStringLiteral("message"), message}});
}

TrainingCallbacks TrainingEventWriter::wrap(const TrainingCallbacks& next) {
    TrainingCallbacks c;
    c.planned = [this, next](const TrainingPlan& p) {
        planned(p);
        if (next.planned)
            next.planned(p);
    };
    c.preparing = [this, next](const QString& stage, qint64 done, qint64 total) {
        preparing(stage, done, total);
        if (next.preparing)
            next.preparing(stage, done, total);
    };
    c.stepped = [this, next](const TrainingPoint& p) {
        stepped(p);
        if (next.stepped)
            next.stepped(p);
    };
    c.validated = [this, next](const ValidationPoint& p) {
        validated(p);
        if (next.validated)
            next.validated(p);
    };
    c.probed = [this, next](const std::vector<ProbePrediction>& p) {
        probed(m_lastStep, p);
        if (next.probed)
            next.probed(p);
    };
    c.checkpointSaved = [this, next](const QString& directory, std::int64_t step) {
        checkpointSaved(directory, step);
        if (next.checkpointSaved)
            next.checkpointSaved(directory, step);
    };
    c.pausedChanged = [this, next](bool paused) {
        pausedChanged(paused);
        if (next.pausedChanged)
            next.pausedChanged(paused);
    };
    return c;
}

TrainingEventReader::TrainingEventReader(TrainingEventHandlers handlers)
    : m_handlers(std::move(handlers)) {}

Status TrainingEventReader::feed(const QByteArray& bytes) {
    m_pending += bytes;
    qsizetype start = 0;
    for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n', start)) {
        const QByteArray line = m_pending.mid(start, end - start);
        start = end + 1;
        ++m_line;
        if (line.trimmed().isEmpty())
            continue;
        if (Status s = dispatch(line); !s) {
            m_pending.remove(0, start);
            return s;
        }
    }
    m_pending.remove(0, start);
    return Ok{};
}

Status TrainingEventReader::finish() {
    if (m_pending.trimmed().isEmpty())
        return Ok{};
    const QByteArray last = std::exchange(m_pending, {});
    ++m_line;
    return dispatch(last);
}

Status TrainingEventReader::readAll(QIODevice& device) {
    while (!device.atEnd()) {
        const QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            break;
        if (Status s = feed(chunk); !s)
            return s;
    }
    return finish();
}

Status TrainingEventReader::dispatch(const QByteArray& line) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    const QJsonObject o = document.object();
    const QString type = o.value(u"event").toString();
    if (error.error != QJsonParseError::NoError || !document.isObject() || type.isEmpty())
        return Error{tr("line %1 is not a training event").arg(m_line)};
    const TrainingEventHandlers& h = m_handlers;
    if (type == u"run") {
        if (o.value(u"format").toString() != QLatin1String(kFormat) ||
            o.value(u"version").toInt() != kVersion)
            return Error{tr("line %1: events of another format or version (%2 %3)")
                             .arg(m_line)
                             .arg(o.value(u"format").toString())
                             .arg(o.value(u"version").toInt())};
        auto config = TrainingConfig::fromJson(o.value(u"config").toObject(), tr("line %1").arg(m_line));
        if (!config)
            return Error{config.errorString()};
        if (h.started)
            h.started(*config);
    } else if (type == u"preparing") {
        if (h.preparing)
            h.preparing(o.value(u"stage").toString(), integer(o, "done"), integer(o, "total"));
    } else if (type == u"plan") {
        TrainingPlan p;
        p.totalSteps = integer(o, "total_steps");
        p.warmupSteps = integer(o, "warmup_steps");
        p.stepsPerEpoch = integer(o, "steps_per_epoch");
        p.trainExamples = integer(o, "train_examples");
        p.validationExamples = integer(o, "validation_examples");
        p.parameterCount = integer(o, "parameters");
        p.trainableCount = integer(o, "trainable");
        p.startStep = integer(o, "start_step");
        p.labels = strings(o.value(u"labels"));
        p.vocabSize = int(integer(o, "vocab_size"));
        if (h.planned)
            h.planned(p);
    } else if (type == u"step") {
        TrainingPoint p;
        p.step = integer(o, "step");
        p.epoch = number(o, "epoch");
        p.loss = number(o, "loss");
        p.mlmLoss = number(o, "mlm_loss");
        p.nspLoss = number(o, "nsp_loss");
        p.mlmAccuracy = number(o, "mlm_accuracy");
        p.nspAccuracy = number(o, "nsp_accuracy");
        p.accuracy = number(o, "accuracy");
        p.learningRate = number(o, "learning_rate");
        p.tokensPerSecond = number(o, "tokens_per_second");
        p.gradientNorm = number(o, "gradient_norm");
        p.elapsedSeconds = number(o, "elapsed_seconds");
        if (h.stepped)
            h.stepped(p);
    } else if (type == u"validation") {
        ValidationPoint p;
        p.step = integer(o, "step");
        p.loss = number(o, "loss");
        p.mlmAccuracy = number(o, "mlm_accuracy");
        p.nspAccuracy = number(o, "nsp_accuracy");
        p.accuracy = number(o, "accuracy");
        p.macroF1 = number(o, "macro_f1");
        if (h.validated)
            h.validated(p);
    } else if (type == u"probe") {
        std::vector<ProbePrediction> predictions;
        for (const QJsonValue& v : o.value(u"predictions").toArray()) {
            ProbePrediction p;
            p.sentence = v.toObject().value(u"sentence").toString();
            for (const QJsonValue& g : v.toObject().value(u"guesses").toArray())
                p.guesses.push_back(strings(g));
            predictions.push_back(std::move(p));
        }
        if (h.probed)
            h.probed(predictions);
    } else if (type == u"checkpoint") {
        if (h.checkpointSaved)
            h.checkpointSaved(o.value(u"directory").toString(), integer(o, "step"));
    } else if (type == u"paused") {
        if (h.pausedChanged)
            h.pausedChanged(o.value(u"paused").toBool());
    } else if (type == u"finished") {
        m_ended = true;
        TrainingSummary s;
        s.steps = integer(o, "steps");
        s.stoppedEarly = o.value(u"stopped_early").toBool();
        s.cancelled = o.value(u"cancelled").toBool();
        s.checkpointDirectory = o.value(u"checkpoint").toString();
        s.bestMonitorValue = number(o, "best_monitor_value");
        if (h.finished)
            h.finished(s);
    } else if (type == u"failed") {
        m_ended = true;
        if (h.failed)
            h.failed(o.value(u"message").toString());
    }
    return Ok{};
}

Status trimTrainingEvents(const QString& path, std::int64_t step) {
    QFile in(path);
    if (!in.exists())
        return Ok{};
    if (!in.open(QIODevice::ReadOnly))
        return Error{tr("%1: cannot read: %2").arg(path, in.errorString())};
    QByteArray kept;
    bool haveRun = false;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine();
        if (!line.endsWith('\n'))
            break; // a line cut short by a crash
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString type = o.value(u"event").toString();
        const bool keep =
            (type == u"run" && !haveRun) ||
            ((type == u"step" || type == u"validation" || type == u"probe" || type == u"checkpoint") &&
             integer(o, "step") <= step);
        haveRun = haveRun || type == u"run";
        if (keep)
            kept += line;
    }
    in.close();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(kept) != kept.size() || !out.commit())
        return Error{tr("%1: cannot write: %2").arg(path, out.errorString())};
    return Ok{};
}

} // namespace bertlab::core
