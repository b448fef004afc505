// TrainSetupForm: what the form's run would cost (parameters, memory, time), the learning-rate schedule it
// would follow, and the counting of its data and vocabulary files off the UI thread.
#include "train_setup_form.h"

#include "core/display_format.h"
#include "core/tasks/benchmark.h"
#include "core/train/adam_warmup.h"
#include "form_building.h"
#include "latest_run.h"
#include "widgets/schedule_preview.h"
#include "workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>

#include <algorithm>
#include <atomic>

namespace bertlab::app {

using core::TrainingTask;

namespace {

const auto kFlopsKey = QStringLiteral("train/measuredFlopsPerSecond");
// Until a run has measured this machine's training speed, the estimate comes from its fp32 GEMM ceiling,
// measured once per process off the UI thread (a tenth of a second); this stands in for the few moments
// before.
constexpr double kDefaultCeilingGflops = 100.0;
std::atomic<double> g_ceilingGflops{0.0};
std::atomic<bool> g_ceilingRequested{false};
constexpr int kSchedulePoints = 240;

} // namespace

int TrainSetupForm::vocabSize() const {
    if (m_fromOpen->isChecked()) {
        const auto model = m_workspace->model();
        return model ? model->config().vocabSize : 0;
    }
    switch (m_vocabSource->currentIndex()) {
    case 0: {
        const auto model = m_workspace->model();
        return model ? int(model->vocab().size()) : 0;
    }
    case 1:
        return m_countedVocab;
    default:
        return m_learnedSize->value();
    }
}

core::BertConfig TrainSetupForm::shape() const {
    core::BertConfig c;
    if (m_fromOpen->isChecked() && m_workspace->model()) {
        c = m_workspace->model()->config();
        return c;
    }
    c.numLayers = m_layers->value();
    c.hiddenSize = m_hidden->value();
    c.numHeads = m_heads->value();
    c.intermediateSize = m_intermediate->value();
    c.maxPositions = m_seqLen->value();
    c.vocabSize = vocabSize();
    return c;
}

core::TrainingEstimate TrainSetupForm::cost() const {
    // What the estimate depends on, read from the form even while the rest of it is incomplete.
    core::TrainingConfig c;
    c.task = TrainingTask(m_task->currentData().toInt());
    c.batchSize = m_batchSize->value();
    c.masking.seqLen = m_seqLen->value();
    c.optimizer.amsgrad = m_amsgrad->isChecked();
    c.maxSteps = m_maxSteps->value();
    c.epochs = m_epochs->value();
    c.warmupProportion = m_warmup->value() / 100.0;
    c.validationFile = m_validationFile->text().trimmed();
    c.validationFraction = m_validationFraction->value() / 100.0;
    return core::estimateTraining(c, shape(), m_countedExamples);
}

TrainSetupForm::Estimate TrainSetupForm::estimate() const {
    const core::TrainingEstimate cost = this->cost();
    Estimate e;
    e.parameters = cost.parameters;
    e.memoryBytes = cost.memoryBytes;
    e.steps = cost.steps;
    const QVariant measured = QSettings().value(kFlopsKey);
    if (measured.isValid() && measured.toDouble() > 0) {
        e.secondsPerStep = cost.flopsPerStep / std::max(1e6, measured.toDouble());
    } else {
        const double ceiling = g_ceilingGflops.load();
        e.secondsPerStep = core::estimatedSecondsPerStep(cost, ceiling > 0 ? ceiling : kDefaultCeilingGflops);
    }
    return e;
}

void TrainSetupForm::measureSpeedOnce() {
    if (QSettings().contains(kFlopsKey) || g_ceilingRequested.exchange(true))
        return;
    runThen(
        this,
        [] {
            g_ceilingGflops = core::measureGemmCeiling(1024).gflops; // kept even if this form is gone
            return 0;
        },
        [this](int) { updateEstimate(); });
}

void TrainSetupForm::updateEstimate() {
    if (!m_estimate)
        return;
    if (m_fromOpen->isChecked() && !m_workspace->model()) {
        m_estimate->setText(tr("Open a model, or choose a new one."));
        return;
    }
    if (vocabSize() <= 0 && !m_fromOpen->isChecked()) {
        m_estimate->setText(m_vocabSource->currentIndex() == 0
                                ? tr("The vocabulary comes from the open model: open one, or choose another "
                                     "vocabulary.")
                                : tr("Choose a vocab.txt to see the model's size."));
        return;
    }
    const Estimate e = estimate();
    QStringList lines;
    lines << tr("<b>%1</b> parameters").arg(countText(e.parameters));
    lines << tr("≈ <b>%1</b> of memory while training").arg(core::sizeText(e.memoryBytes, 0)); // MiB, as everywhere
    QString time = tr("≈ <b>%1</b> per step").arg(core::durationText(e.secondsPerStep));
    if (e.steps > 0)
        time += tr(", %L1 steps ≈ <b>%2</b>")
                    .arg(e.steps)
                    .arg(core::durationText(e.secondsPerStep * double(e.steps)));
    lines << time;
    if (m_fresh->isChecked() && m_hidden->value() % m_heads->value() != 0)
        lines << QStringLiteral("<span style=\"color:#d04040\">%1</span>")
                     .arg(tr("The hidden size must divide by the number of heads."));
    m_estimate->setText(lines.join(QStringLiteral("<br>")));
}

void TrainSetupForm::updateSchedule() {
    std::int64_t total = 0, warmup = 0;
    QString note;
    if (m_running && m_runPlan) {
        total = m_runPlan->totalSteps;
        warmup = m_runPlan->warmupSteps;
    } else {
        const Estimate e = estimate();
        total = e.steps;
        if (total <= 0) {
            m_schedule->setSchedule({}, 0, 0, tr("Steps known once the data is counted"));
            return;
        }
        warmup = std::int64_t(double(total) * m_warmup->value() / 100.0);
        if (m_maxSteps->value() <= 0)
            note = tr("estimated from the file");
    }
    core::AdamWarmupOptions options;
    options.learningRate = rateValue(m_learningRate, 1e-4);
    options.minLr = rateValue(m_minLr, 0.0);
    options.warmupSteps = warmup;
    options.decaySteps = total;
    const core::AdamWarmup optimizer(options);
    QList<QPointF> points;
    const int samples = int(std::min<std::int64_t>(total, kSchedulePoints));
    for (int k = 0; k <= samples; ++k) {
        const std::int64_t step = std::max<std::int64_t>(1, total * k / std::max(1, samples));
        points.append(QPointF(double(step), optimizer.learningRate(step)));
        if (warmup > 1 && k < samples) { // the peak itself, so the corner is sharp
            const std::int64_t next = total * (k + 1) / std::max(1, samples);
            if (step < warmup && next > warmup)
                points.append(QPointF(double(warmup), optimizer.learningRate(warmup)));
        }
    }
    m_schedule->setSchedule(points, warmup, total, note);
}

void TrainSetupForm::countExamplesLater() {
    const QString path = m_trainFile->text().trimmed();
    const auto task = TrainingTask(m_task->currentData().toInt());
    m_countedExamples = -1;
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_countRun.invalidate();
        updateEstimate();
        updateSchedule();
        return;
    }
    m_countRun.start(
        this, [path, task] { return core::countTrainingExamples(path, task); },
        [this](qint64 examples) {
            m_countedExamples = examples;
            updateEstimate();
            updateSchedule();
        });
}

void TrainSetupForm::countVocabLater() {
    const QString path = m_vocabFile->text().trimmed();
    m_countedVocab = 0;
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_vocabRun.invalidate();
        updateEstimate();
        return;
    }
    m_vocabRun.start(
        this, [path] { return core::countVocabularyEntries(path); },
        [this](int lines) {
            m_countedVocab = lines;
            updateEstimate();
            updateSchedule();
        });
}

void TrainSetupForm::recordMeasuredSpeed(double secondsPerStep) {
    const double flops = cost().flopsPerStep; // the form still holds the run's settings
    if (flops > 0 && secondsPerStep > 0)
        QSettings().setValue(kFlopsKey, flops / secondsPerStep);
}

} // namespace bertlab::app
