#include "core/train/trainer.h"

#include "core/translation.h"

#include "core/logging.h"
#include "core/model/bert_model.h"
#include "core/tasks/fill_mask.h"
#include "core/text/tokenizer.h"
#include "core/train/metrics.h"
#include "core/train/run_setup.h"
#include "core/train/trainable_bert.h"
#include "core/train/training_checkpoint.h"
#include "core/train/training_set.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cmath>
#include <optional>

namespace bertlab::core {

namespace {

QString tr(const char* text) {
    return translateCore(text, {"Trainer", "bertlab::core::Trainer", "bertlab::core::TrainingConfig",
                                "bertlab::core::Validation", "bertlab::core::MetricsLog"});
}

QString taskName(TrainingTask task) {
    return task == TrainingTask::Pretrain ? QStringLiteral("pretrain") : QStringLiteral("classify");
}

// What a validation pass measured, and the monitored value read from it.
struct Validation {
    ValidationPoint point;
    Result<double> monitored(const QString& monitor) const {
        if (monitor == u"val_loss")
            return point.loss;
        if (monitor == u"val_accuracy")
            return point.accuracy;
        if (monitor == u"val_mlm_accuracy")
            return point.mlmAccuracy;
        if (monitor == u"val_nsp_accuracy")
            return point.nspAccuracy;
        if (monitor == u"val_macro_f1")
            return point.macroF1;
        return Error{tr("unknown early-stopping monitor \"%1\" (val_loss, val_accuracy, val_mlm_accuracy, "
                        "val_nsp_accuracy, val_macro_f1)")
                         .arg(monitor)};
    }
    static bool lowerIsBetter(const QString& monitor) { return monitor == u"val_loss"; }
};

// metrics.csv: one row per step; validation columns filled on the steps that validated.
class MetricsLog final {
public:
    Status open(const QString& path, std::int64_t keepUpToStep) {
        m_file.setFileName(path);
        QByteArray kept;
        if (keepUpToStep > 0 && m_file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = m_file.readAll().split('\n');
            m_file.close();
            for (const QByteArray& line : lines) {
                bool isNumber = false;
                const qint64 step = line.left(line.indexOf(',')).toLongLong(&isNumber);
                if (isNumber && step <= keepUpToStep)
                    kept += line + '\n';
            }
        }
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{tr("%1: cannot write the metrics log: %2").arg(path, m_file.errorString())};
        m_file.write(
            "step,epoch,loss,mlm_loss,nsp_loss,mlm_accuracy,nsp_accuracy,accuracy,learning_rate,"
            "tokens_per_second,gradient_norm,val_loss,val_mlm_accuracy,val_nsp_accuracy,val_accuracy,"
            "val_macro_f1\n");
        m_file.write(kept);
        m_file.flush();
        return Ok{};
    }
    void write(const TrainingPoint& p, const std::optional<ValidationPoint>& v) {
        if (!m_file.isOpen())
            return;
        QByteArray row = QByteArray::number(qint64(p.step));
        for (double x : {p.epoch, p.loss, p.mlmLoss, p.nspLoss, p.mlmAccuracy, p.nspAccuracy, p.accuracy,
                         p.learningRate, p.tokensPerSecond, p.gradientNorm})
            row += ',' + QByteArray::number(x, 'g', 9);
        if (v) {
            for (double x : {v->loss, v->mlmAccuracy, v->nspAccuracy, v->accuracy, v->macroF1})
                row += ',' + QByteArray::number(x, 'g', 9);
        } else {
            row += ",,,,,";
        }
        m_file.write(row + '\n');
        m_file.flush();
    }

private:
    QFile m_file;
};

// One pass over the validation batches with dropout off: losses pooled over every masked row and sequence.
Result<Validation> validateOn(TrainableBert& model, const std::vector<TrainingBatch>& batches, int labelCount,
                              std::int64_t step) {
    double mlmSum = 0, nspSum = 0, classSum = 0;
    std::int64_t mlmCount = 0, mlmCorrect = 0, nspCount = 0, nspCorrect = 0, sequences = 0;
    std::vector<int> truth, predicted;
    StepOptions options;
    options.training = false;
    options.computeGradients = false;
    for (const TrainingBatch& batch : batches) {
        auto r = model.step(batch, options);
        if (!r)
            return Error{r.errorString()};
        mlmSum += r->mlmLoss * double(r->mlmCount);
        mlmCount += r->mlmCount;
        mlmCorrect += r->mlmCorrect;
        nspSum += r->nspLoss * double(r->nspCount);
        nspCount += r->nspCount;
        nspCorrect += r->nspCorrect;
        classSum += r->classLoss * double(batch.classLabels.size());
        sequences += std::int64_t(batch.classLabels.size());
        truth.insert(truth.end(), batch.classLabels.begin(), batch.classLabels.end());
        predicted.insert(predicted.end(), r->classPredictions.begin(), r->classPredictions.end());
    }
    Validation v;
    v.point.step = step;
    const auto mean = [](double sum, std::int64_t n) { return n > 0 ? sum / double(n) : 0.0; };
    v.point.loss = mean(mlmSum, mlmCount) + mean(nspSum, nspCount) + mean(classSum, sequences);
    v.point.mlmAccuracy = mean(double(mlmCorrect), mlmCount);
    v.point.nspAccuracy = mean(double(nspCorrect), nspCount);
    if (!truth.empty()) {
        const ClassificationScores scores = classificationScores(truth, predicted, labelCount);
        v.point.accuracy = scores.accuracy;
        v.point.macroF1 = scores.macroF1;
    }
    return v;
}

// The model's current top guesses for each [MASK] of the probe sentences.
std::vector<ProbePrediction> probePredictions(const BertConfig& config, const TrainableBert& model,
                                              const Tokenizer& tokenizer, const QStringList& sentences) {
    const BertModel inference(config, model.exportWeights());
    std::vector<ProbePrediction> predictions;
    for (const QString& sentence : sentences) {
        ProbePrediction prediction{sentence, {}};
        if (auto result = fillMask(inference, tokenizer, sentence)) {
            for (const MaskPrediction& mask : result->masks) {
                QStringList guesses;
                for (const MaskCandidate& candidate : mask.candidates)
                    guesses << candidate.token;
                prediction.guesses.push_back(guesses);
            }
        }
        predictions.push_back(std::move(prediction));
    }
    return predictions;
}

} // namespace

bool Trainer::holdsCheckpoint(const QString& outputDirectory) {
    return !outputDirectory.isEmpty() && QDir(outputDirectory).exists(checkpointFolderName());
}

Trainer::Trainer(TrainingConfig config)
    : m_config(std::move(config)) {}

Result<TrainingSummary> Trainer::run(const TrainingCallbacks& callbacks) {
    auto result = runSteps(m_events.wrap(callbacks));
    if (result)
        m_events.finished(*result);
    else
        m_events.failed(result.errorString());
    m_eventsFile.close();
    return result;
}

Status Trainer::openEvents(std::int64_t startStep) {
    // A resumed run keeps the events that led to its checkpoint; a new run starts the file afresh.
    const QString path = trainingEventsPath(m_config.outputDirectory);
    if (startStep > 0) {
        if (Status s = trimTrainingEvents(path, startStep); !s)
            return s;
    }
    m_eventsFile.setFileName(path);
    const bool append = startStep > 0 && m_eventsFile.exists() && m_eventsFile.size() > 0;
    if (!m_eventsFile.open(QIODevice::WriteOnly | (append ? QIODevice::Append : QIODevice::Truncate)))
        return Error{tr("%1: cannot write the events: %2").arg(path, m_eventsFile.errorString())};
    if (!append)
        m_events.started(m_config);
    return Ok{};
}

Result<TrainingSummary> Trainer::runSteps(const TrainingCallbacks& callbacks) {
    const TrainingConfig& c = m_config;
    const QString outputDirectory = c.outputDirectory;
    if (const QStringList problems = c.validate(); !problems.isEmpty())
        return Error{problems.join(QStringLiteral("; "))};
    if (!QDir().mkpath(outputDirectory))
        return Error{tr("%1: cannot create the output folder").arg(outputDirectory)};
    const Preparing preparing = [&](const QString& stage, qint64 done, qint64 total) {
        if (callbacks.preparing)
            callbacks.preparing(stage, done, total);
        return !m_stop;
    };
    auto setUp = setUpRun(c, preparing, m_stop);
    if (!setUp)
        return Error{setUp.errorString()};
    if (!*setUp || m_stop)
        return TrainingSummary{0, false, true, {}, 0.0};
    RunSetUp& r = **setUp;
    const Tokenizer& tokenizer = *r.tokenizer;
    const TrainingSet& train = r.train;
    const TrainingSet& validation = r.validation;
    const QStringList& labels = r.labels;
    const TrainableHeads& heads = r.heads;
    TrainableBert& model = *r.model;
    TrainingPlan& plan = r.plan;
    AdamWarmup optimizer(r.optimizer);
    if (r.checkpoint) {
        if (auto s = restoreOptimizer(optimizer, model.parameters(), *r.checkpoint); !s)
            return Error{checkpointDirectory(outputDirectory) + QStringLiteral(": ") + s.errorString()};
    }
    if (Status s = openEvents(plan.startStep); !s)
        return Error{s.errorString()};
    if (callbacks.planned)
        callbacks.planned(plan);

    TrainingState state;
    state.task = taskName(c.task);
    state.totalSteps = plan.totalSteps;
    state.seed = c.seed;
    state.batchSize = c.batchSize;
    state.trainFile = QFileInfo(c.trainFile).absoluteFilePath();
    state.labels = labels;
    if (r.checkpoint) {
        state.hasBest = r.checkpoint->state.hasBest;
        state.bestMonitor = r.checkpoint->state.bestMonitor;
        state.wait = r.checkpoint->state.wait;
    }

    MetricsLog log;
    if (auto s = log.open(QDir(outputDirectory).filePath(metricsFileName()), plan.startStep); !s)
        return Error{s.errorString()};

    TrainingSummary summary;
    auto saveCheckpoint = [&](std::int64_t step) -> Status {
        state.step = step;
        auto saved = saveTrainingCheckpoint(outputDirectory, model, optimizer, r.vocab, state);
        if (!saved)
            return Error{saved.errorString()};
        summary.checkpointDirectory = *saved;
        if (callbacks.checkpointSaved)
            callbacks.checkpointSaved(*saved, step);
        return Ok{};
    };

    const std::vector<TrainingBatch> validationBatches = validation.fixedBatches(c.batchSize);
    auto validate = [&](std::int64_t step) {
        return validateOn(model, validationBatches, int(labels.size()), step);
    };
    auto probe = [&]() {
        if (callbacks.probed && !c.probeSentences.isEmpty() && heads.mlm)
            callbacks.probed(probePredictions(r.config, model, tokenizer, c.probeSentences));
    };

    // --- The loop
    // ---------------------------------------------------------------------------------------------
    QElapsedTimer clock;
    clock.start();
    qint64 pausedMs = 0;
    double tokensPerSecond = 0.0;
    const std::int64_t validateEvery = c.validateEvery > 0 ? c.validateEvery : plan.stepsPerEpoch;
    const bool monitorLower = Validation::lowerIsBetter(c.monitor);
    if (c.patience > 0) {
        if (auto m = Validation().monitored(c.monitor); !m)
            return Error{m.errorString()};
    }
    probe();

    std::int64_t step = plan.startStep;
    while (step < plan.totalSteps) {
        if (m_paused) {
            QElapsedTimer pause;
            pause.start();
            if (callbacks.pausedChanged)
                callbacks.pausedChanged(true);
            while (m_paused && !m_stop)
                QThread::msleep(20);
            if (callbacks.pausedChanged)
                callbacks.pausedChanged(false);
            pausedMs += pause.elapsed();
        }
        if (m_stop) {
            summary.cancelled = true;
            break;
        }
        QElapsedTimer stepClock;
        stepClock.start();
        const TrainingBatch batch = train.batch(step, c.batchSize);
        StepOptions options;
        options.dropoutSeed = mixSeed(c.seed, std::uint64_t(step));
        options.classifierDropout = float(c.classifierDropout);
        auto result = model.step(batch, options);
        if (!result)
            return Error{result.errorString()};
        const double gradientNorm = optimizer.apply(model.parameters());
        ++step;

        const double seconds = std::max(1e-9, double(stepClock.nsecsElapsed()) * 1e-9);
        const double rate = double(result->tokens) / seconds;
        tokensPerSecond = tokensPerSecond == 0.0 ? rate : 0.9 * tokensPerSecond + 0.1 * rate;
        TrainingPoint point;
        point.step = step;
        point.epoch = double(step) / double(plan.stepsPerEpoch);
        point.loss = result->loss;
        point.mlmLoss = result->mlmLoss;
        point.nspLoss = result->nspLoss;
        const auto ratio = [](std::int64_t a, std::int64_t b) { return b > 0 ? double(a) / double(b) : 0.0; };
        point.mlmAccuracy = ratio(result->mlmCorrect, result->mlmCount);
        point.nspAccuracy = ratio(result->nspCorrect, result->nspCount);
        if (!batch.classLabels.empty()) {
            std::int64_t correct = 0;
            for (std::size_t i = 0; i < batch.classLabels.size() && i < result->classPredictions.size(); ++i)
                correct += batch.classLabels[i] == result->classPredictions[i];
            point.accuracy = ratio(correct, std::int64_t(batch.classLabels.size()));
        }
        point.learningRate = optimizer.learningRate(step);
        point.tokensPerSecond = tokensPerSecond;
        point.gradientNorm = gradientNorm;
        point.elapsedSeconds = double(clock.elapsed() - pausedMs) / 1000.0;
        if (!std::isfinite(point.loss))
            return Error{
                tr("The loss became %1 at step %2; try a lower learning rate.").arg(point.loss).arg(step)};
        if (callbacks.stepped)
            callbacks.stepped(point);

        std::optional<ValidationPoint> validated;
        bool stopEarly = false;
        if (!validationBatches.empty() && (step % validateEvery == 0 || step == plan.totalSteps)) {
            auto v = validate(step);
            if (!v)
                return Error{v.errorString()};
            validated = v->point;
            if (callbacks.validated)
                callbacks.validated(v->point);
            if (c.patience > 0) {
                const double value = *v->monitored(c.monitor);
                const bool better =
                    !state.hasBest || (monitorLower ? value < state.bestMonitor : value > state.bestMonitor);
                if (better) {
                    state.hasBest = true;
                    state.bestMonitor = value;
                    state.wait = 0;
                } else if (++state.wait >= c.patience) {
                    stopEarly = step < plan.totalSteps; // at the last step the run ends anyway
                }
            }
        }
        log.write(point, validated);
        if (c.probeEvery > 0 && step % c.probeEvery == 0)
            probe();
        if (c.checkpointEvery > 0 && step % c.checkpointEvery == 0 && step < plan.totalSteps && !stopEarly) {
            if (auto s = saveCheckpoint(step); !s)
                return Error{s.errorString()};
        }
        if (stopEarly) {
            summary.stoppedEarly = true;
            break;
        }
    }
    summary.steps = step;
    summary.bestMonitorValue = state.bestMonitor;
    if (step > plan.startStep || !r.checkpoint) {
        if (auto s = saveCheckpoint(step); !s)
            return Error{s.errorString()};
    }
    if (step % std::max<std::int64_t>(1, c.probeEvery) != 0)
        probe();
    return summary;
}

} // namespace bertlab::core
