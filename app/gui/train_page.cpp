#include "train_page.h"

#include "core/remote/remote_job.h"

#include "core/display_format.h"
#include "core/train/training_replay.h"
#include "core/train/training_worker.h"
#include "run_history.h"
#include "run_on_box.h"
#include "train_setup_form.h"
#include "widgets/probe_list.h"
#include "widgets/training_chart.h"
#include "workspace.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTime>
#include <QTimerEvent>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bertlab::app {

using core::TrainingTask;

namespace {

constexpr double kSmoothing = 0.1; // of the exponential moving average drawn over the training loss

} // namespace

TrainPage::TrainPage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_worker(new core::TrainingWorker(this))
    , m_probeModel(new widgets::ProbeListModel(this)) {
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_form = new TrainSetupForm(workspace, splitter);
    splitter->addWidget(m_form);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildRunBar());
    rightLayout->addWidget(buildResults(), 1);
    splitter->addWidget(right);
    connect(m_form, &TrainSetupForm::changed, this, &TrainPage::updateRunControls);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    const int em = fontMetrics().horizontalAdvance(u'M');
    splitter->setSizes({std::max(m_form->sizeHint().width(), em * 34), em * 60});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connectRun(m_worker);
    updateRunControls();
}

void TrainPage::connectRun(core::TrainingRun* run) {
    // A local run and a replayed one report through the same signals, to the same slots.
    connect(run, &core::TrainingRun::preparing, this, &TrainPage::onPreparing);
    connect(run, &core::TrainingRun::planned, this, &TrainPage::onPlanned);
    connect(run, &core::TrainingRun::stepped, this, &TrainPage::onStepped);
    connect(run, &core::TrainingRun::validated, this, &TrainPage::onValidated);
    connect(run, &core::TrainingRun::probed, this, &TrainPage::onProbed);
    connect(run, &core::TrainingRun::checkpointSaved, this, &TrainPage::onCheckpoint);
    connect(run, &core::TrainingRun::pausedChanged, this, &TrainPage::onPausedChanged);
    connect(run, &core::TrainingRun::finished, this, &TrainPage::onFinished);
    connect(run, &core::TrainingRun::failed, this, &TrainPage::onFailed);
}

void TrainPage::beginRun(const core::TrainingConfig& c) {
    // The run on the charts now goes to the history (before its settings and curves are replaced).
    if (m_runNumber > 0)
        m_history->keepCurrentRun(m_runNumber, runTitle(), runDetails());
    ++m_runNumber;
    m_runStartTime = QTime::currentTime();
    m_runConfig = c;
    m_runTask = c.task;
    m_plan.reset();
    m_summary.reset();
    m_lastStep = 0;
    m_lastCheckpoint.clear();
    m_smoothedLoss = std::numeric_limits<double>::quiet_NaN();
    m_stopRequested = false;
    m_paused = false;
    resetCharts(c.task);
    m_probeModel->setSentences(c.probeSentences);
    m_resultTabs->setCurrentIndex(c.probeSentences.isEmpty() ? 1 : 0);
    m_openTrained->setEnabled(false);
}

bool TrainPage::openRun(const QString& folder) {
    if (m_running) {
        Q_EMIT messageRequested(tr("A run is shown already: stop it first."), true);
        return false;
    }
    auto* replay = new core::TrainingReplay(this);
    if (const core::Status opened = replay->open(folder); !opened) {
        delete replay;
        Q_EMIT messageRequested(opened.errorString(), true);
        return false;
    }
    if (m_replay)
        m_replay->deleteLater();
    m_replay = replay;
    m_run = replay;
    connectRun(replay);
    // A remote job's settings name files on the remote: they are shown, not put into the form.
    const QString jobs = QFileInfo(core::LocalJob::jobsFolder()).absoluteFilePath() + u'/';
    m_remoteJobFolder = QFileInfo(folder).absoluteFilePath().startsWith(jobs) ? folder : QString();
    connect(replay, &core::TrainingReplay::started, this, [this](const core::TrainingConfig& c) {
        beginRun(c);
        if (m_remoteJobFolder.isEmpty())
            m_form->setConfig(c);
    });
    if (!m_sending) {
        m_log->clear();
        m_pendingLog.clear();
    }
    appendLog(
        m_remoteJobFolder.isEmpty()
            ? tr("Showing the run in %1 (followed while it is written).")
                  .arg(QDir::toNativeSeparators(folder))
            : tr("Showing remote job %1 as it trains (Stop stops watching; cancel the job on the Remote "
                 "page). Its model is fetched here when it has finished.")
                  .arg(QFileInfo(folder).fileName()));
    m_progress->setRange(0, 0);
    m_status->setText(tr("Reading the run…"));
    m_running = true;
    m_runClock.start();
    m_form->setRunning(true);
    updateRunControls();
    return true;
}

bool TrainPage::isReplaying() const {
    return m_running && m_run == m_replay;
}

TrainPage::~TrainPage() {
    // The worker's destructor stops the run and joins its thread (a step at most); its signals are not
    // delivered to a half-destroyed page.
    disconnect(m_worker, nullptr, this, nullptr);
    if (m_replay)
        disconnect(m_replay, nullptr, this, nullptr);
}

QString TrainPage::title() const {
    return tr("Train");
}

QString TrainPage::toolTip() const {
    return tr("Pre-train a BERT (masked LM + next sentence) or fine-tune it for classification, with live "
              "training curves");
}

bool TrainPage::isBusy() const {
    return m_form->isBusy() || m_sending;
}

void TrainPage::setRemoteHosts(const QStringList& names) {
    m_runOn->setHosts(names);
}

QString TrainPage::runOnHost() const {
    return m_runOn->host();
}

void TrainPage::setRunOnHost(const QString& host) {
    m_runOn->setHost(host);
}

void TrainPage::remoteSubmitFinished(const QString& error) {
    m_sending = false;
    if (!error.isEmpty()) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        m_status->setText(tr("Not sent: %1").arg(error));
        Q_EMIT messageRequested(error, true);
    }
    updateRunControls();
}

core::Result<core::TrainingConfig> TrainPage::config() const {
    return m_form->config();
}

void TrainPage::setConfig(const core::TrainingConfig& config) {
    m_form->setConfig(config);
}

bool TrainPage::saveRunSettings(const QString& path) {
    const auto configured = m_form->config();
    if (!configured) {
        Q_EMIT messageRequested(tr("The settings are not complete yet: %1").arg(configured.errorString()),
                                true);
        return false;
    }
    if (const core::Status saved = configured->save(path); !saved) {
        Q_EMIT messageRequested(saved.errorString(), true);
        return false;
    }
    Q_EMIT messageRequested(tr("Saved the run settings to %1; 'bertlab-cli train --config %1' runs them.")
                                .arg(QDir::toNativeSeparators(path)),
                            false);
    return true;
}

bool TrainPage::openRunSettings(const QString& path) {
    auto loaded = core::TrainingConfig::load(path);
    if (!loaded) {
        Q_EMIT messageRequested(loaded.errorString(), true);
        return false;
    }
    const auto model = workspace()->model();
    if (!loaded->startModel.isEmpty() && (!model || model->files().directory != loaded->startModel))
        Q_EMIT openModelRequested(loaded->startModel);
    m_form->setConfig(*loaded);
    return true;
}

TrainPage::Estimate TrainPage::estimate() const {
    return m_form->estimate();
}

qint64 TrainPage::parameterCount(const core::BertConfig& shape, TrainingTask task, int labels) {
    return core::trainingParameterCount(shape, task, labels);
}

widgets::SchedulePreview* TrainPage::schedulePreview() const {
    return m_form->schedulePreview();
}

// --- Building
// --------------------------------------------------------------------------------------------------

QWidget* TrainPage::buildRunBar() {
    auto* bar = new QWidget(this);
    m_runOn = new RunOnBox(QStringLiteral("train/runOn"), bar);
    m_runOn->setToolTip(tr("Where the run trains: this computer, or a host added on the Remote page (the "
                           "run is sent there and its curves show here)"));
    connect(m_runOn, &RunOnBox::hostChanged, this, &TrainPage::updateRunControls);
    auto* runOnLabel = new QLabel(tr("R&un on:"), bar);
    runOnLabel->setBuddy(m_runOn);
    m_startButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Start"), bar);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_startButton->setToolTip(tr("Start training with these settings (Ctrl+Return)"));
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, &TrainPage::start);
    m_pauseButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), bar);
    m_pauseButton->setToolTip(tr("Pause after the current step, or resume (Space or Ctrl+P)"));
    connect(m_pauseButton, &QPushButton::clicked, this, &TrainPage::togglePause);
    // Space only while a run is on: otherwise it belongs to the focused control.
    auto* pauseAction = new QAction(this);
    pauseAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_P), QKeySequence(Qt::Key_Space)});
    pauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(pauseAction, &QAction::triggered, this, [this] {
        if (m_running)
            togglePause();
    });
    addAction(pauseAction);
    m_stopButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("S&top"), bar);
    m_stopButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopButton->setToolTip(tr("Stop after the current step; the run saves a checkpoint first (Esc)"));
    connect(m_stopButton, &QPushButton::clicked, this, &TrainPage::stop);
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p %"));
    m_status = new QLabel(bar);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setToolTip(tr("Step, epoch, speed and time left"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 10);
    auto* openSettings = new QToolButton(bar);
    openSettings->setText(tr("Open Settings…"));
    openSettings->setToolTip(tr("Fill the form from run settings saved as JSON"));
    connect(openSettings, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Run Settings"), m_form->dialogFolder(), tr("Run settings (*.json)"));
        if (!path.isEmpty())
            openRunSettings(path);
    });
    auto* saveSettings = new QToolButton(bar);
    saveSettings->setText(tr("Save Settings…"));
    saveSettings->setToolTip(tr("Save these settings as JSON, to run them again here or with "
                                "'bertlab-cli train --config FILE' (on this or another machine)"));
    connect(saveSettings, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Run Settings"), QDir(m_form->dialogFolder()).filePath(QStringLiteral("run.json")),
            tr("Run settings (*.json)"));
        if (!path.isEmpty())
            saveRunSettings(path);
    });
    auto* openRun = new QToolButton(bar);
    openRun->setText(tr("Open Run…"));
    openRun->setToolTip(
        tr("Show a run folder's curves, probes and log (a finished run, or one the command line "
           "or a remote host is still writing: it is followed as it goes)"));
    connect(openRun, &QToolButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Open a Training Run Folder"), m_form->dialogFolder());
        if (!folder.isEmpty())
            this->openRun(folder);
    });
    m_settingsButtons = {openSettings, saveSettings, openRun};
    auto* row = new QHBoxLayout;
    row->addWidget(runOnLabel);
    row->addWidget(m_runOn);
    row->addWidget(m_startButton);
    row->addWidget(m_pauseButton);
    row->addWidget(m_stopButton);
    row->addWidget(m_progress, 1);
    row->addWidget(openSettings);
    row->addWidget(saveSettings);
    row->addWidget(openRun);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
    return bar;
}

QWidget* TrainPage::buildResults() {
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto* chartsPanel = new QWidget(splitter);
    auto* grid = new QGridLayout(chartsPanel);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(fontMetrics().height() / 2);
    const auto makeChart = [&](const QString& title, const QString& valueTitle, int row, int column) {
        auto* chart = new widgets::TrainingChart(chartsPanel);
        chart->setTitle(title);
        chart->setValueTitle(valueTitle);
        grid->addWidget(chart, row, column);
        connect(chart, &widgets::TrainingChart::exportCsvRequested, this,
                [this, chart] { exportChartDialog(chart, false); });
        connect(chart, &widgets::TrainingChart::exportImageRequested, this,
                [this, chart] { exportChartDialog(chart, true); });
        return chart;
    };
    m_lossChart = makeChart(tr("Loss"), QString(), 0, 0);
    m_accuracyChart = makeChart(tr("Accuracy"), QString(), 0, 1);
    m_rateChart = makeChart(tr("Learning rate"), QString(), 1, 0);
    m_speedChart = makeChart(tr("Throughput"), tr("tokens/s"), 1, 1);
    m_lossChart->setToolTip(tr("Training loss per step (and smoothed), validation loss"));
    for (widgets::TrainingChart* chart : charts())
        chart->setEmptyText(tr("Start a run to see its curve here"));
    m_accuracyChart->setLogScaleAllowed(false);
    resetCharts(m_form->task());

    m_resultTabs = new QTabWidget(splitter);
    m_resultTabs->setDocumentMode(true);
    m_probeList = new widgets::ProbeList(m_resultTabs);
    m_probeList->setModel(m_probeModel);
    m_probeList->setPlaceholderText(
        tr("Probe sentences (Output tab) show the model's guesses for each [MASK] "
           "here as it learns."));
    m_probeList->setToolTip(tr("The probe sentences with the model's current best guesses in place of "
                               "[MASK] (outlined when they just changed) and its top five below"));
    m_resultTabs->addTab(m_probeList, tr("Probes"));
    auto* logTab = new QWidget(m_resultTabs);
    m_log = new QPlainTextEdit(logTab);
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("Checkpoints and the run's summary appear here."));
    m_log->setMaximumBlockCount(5000);
    m_openTrained = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Trained Model"),
                                    m_resultTabs);
    m_openTrained->setToolTip(tr("Open the last checkpoint in the window, to try it on the other pages"));
    m_openTrained->setEnabled(false);
    connect(m_openTrained, &QPushButton::clicked, this, [this] {
        if (!m_remoteJobFolder.isEmpty() && !QFileInfo::exists(m_lastCheckpoint))
            Q_EMIT messageRequested(tr("The remote job's model is not here yet: it is fetched when the job "
                                       "has finished (or use Fetch on the Remote page)."),
                                    true);
        else if (!m_lastCheckpoint.isEmpty())
            Q_EMIT openModelRequested(m_lastCheckpoint);
    });
    auto* openFolder = new QPushButton(tr("Show &Folder"), m_resultTabs);
    openFolder->setToolTip(tr("Show the output folder in the file manager"));
    connect(openFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QDir::fromNativeSeparators(m_form->outputFolder());
        if (folder.isEmpty() || !QDir(folder).exists() ||
            !QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            Q_EMIT messageRequested(tr("Cannot show the output folder %1.").arg(folder), true);
    });
    // Beside the tabs rather than in one of them: the trained model is one click away whatever is shown.
    auto* corner = new QWidget(m_resultTabs);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 0);
    cornerLayout->addWidget(m_openTrained);
    cornerLayout->addWidget(openFolder);
    m_resultTabs->setCornerWidget(corner, Qt::TopRightCorner);
    auto* logLayout = new QHBoxLayout(logTab);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_log, 1);
    m_resultTabs->addTab(logTab, tr("Log"));
    m_history = new RunHistory(charts(), m_resultTabs);
    m_resultTabs->addTab(m_history, tr("Runs"));
    splitter->addWidget(chartsPanel);
    splitter->addWidget(m_resultTabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void TrainPage::resetCharts(TrainingTask task) {
    // Series are declared up front so colours and legend entries do not move as data comes in.
    for (widgets::TrainingChart* chart : charts())
        chart->resetData({});
    // Series are keyed by the metrics' own names (as in metrics.csv and the event stream), shown translated.
    m_lossChart->addSeries(trainLossSeries(), tr("training"));
    m_lossChart->addSeries(QStringLiteral("loss_smoothed"), tr("smoothed"));
    m_lossChart->addSeries(validationLossSeries(), tr("validation"));
    if (task == TrainingTask::Pretrain) {
        m_accuracyChart->setTitle(tr("Accuracy (masked LM, next sentence)"));
        m_accuracyChart->addSeries(QStringLiteral("mlm_accuracy"), tr("MLM"));
        m_accuracyChart->addSeries(QStringLiteral("nsp_accuracy"), tr("NSP"));
        m_accuracyChart->addSeries(QStringLiteral("val_mlm_accuracy"), tr("validation MLM"));
        m_accuracyChart->addSeries(QStringLiteral("val_nsp_accuracy"), tr("validation NSP"));
    } else {
        m_accuracyChart->setTitle(tr("Accuracy"));
        m_accuracyChart->addSeries(QStringLiteral("accuracy"), tr("training"));
        m_accuracyChart->addSeries(QStringLiteral("val_accuracy"), tr("validation"));
        m_accuracyChart->addSeries(QStringLiteral("val_macro_f1"), tr("validation macro F1"));
    }
    m_rateChart->addSeries(QStringLiteral("learning_rate"), tr("learning rate"));
    m_speedChart->addSeries(QStringLiteral("tokens_per_second"), tr("tokens/s"));
    if (m_history)
        m_history->applyOverlays(); // the earlier runs ticked for comparison
}

QString TrainPage::runTitle() const {
    const QString folder = QFileInfo(m_runConfig.outputDirectory).fileName();
    return tr("Run %1 · %2 · %3 · %4")
        .arg(m_runNumber)
        .arg(core::trainingTaskName(m_runTask))
        .arg(folder.isEmpty() ? tr("(no folder)") : folder)
        .arg(QLocale().toString(m_runStartTime, QLocale::ShortFormat));
}

QString TrainPage::runDetails() const {
    const core::TrainingConfig& c = m_runConfig;
    QStringList lines;
    lines << tr("Output: %1").arg(QDir::toNativeSeparators(c.outputDirectory));
    lines << (c.startModel.isEmpty() ? tr("Model: new, %1 layers, hidden %2, %3 heads")
                                           .arg(c.freshConfig.numLayers)
                                           .arg(c.freshConfig.hiddenSize)
                                           .arg(c.freshConfig.numHeads)
                                     : tr("Model: from %1").arg(QDir::toNativeSeparators(c.startModel)));
    lines << tr("Batch %1, sequence length %2, learning rate %3")
                 .arg(c.batchSize)
                 .arg(c.masking.seqLen)
                 .arg(c.optimizer.learningRate, 0, 'g', 3);
    lines << (m_plan ? tr("Steps: %L1 of %L2").arg(m_lastStep).arg(m_plan->totalSteps)
                     : tr("Steps: %L1").arg(m_lastStep));
    const QList<QPointF> loss = m_lossChart->points(trainLossSeries());
    if (!loss.isEmpty())
        lines << tr("Last training loss: %1").arg(loss.back().y(), 0, 'f', 4);
    const QList<QPointF> validation = m_lossChart->points(validationLossSeries());
    if (!validation.isEmpty())
        lines << tr("Last validation loss: %1").arg(validation.back().y(), 0, 'f', 4);
    if (m_summary && m_summary->cancelled)
        lines << tr("Stopped before the end");
    return lines.join(u'\n');
}

QString TrainPage::trainLossSeries() {
    return QStringLiteral("loss");
}

QString TrainPage::validationLossSeries() {
    return QStringLiteral("val_loss");
}

QList<widgets::TrainingChart*> TrainPage::charts() const {
    return {m_lossChart, m_accuracyChart, m_rateChart, m_speedChart};
}

// --- Running
// --------------------------------------------------------------------------------------------------

bool TrainPage::start() {
    if (m_running)
        return false;
    const auto configured = config();
    if (!configured) {
        Q_EMIT messageRequested(configured.errorString(), true);
        return false;
    }
    const core::TrainingConfig& c = *configured;
    if (const QString host = runOnHost(); !host.isEmpty()) {
        if (m_sending)
            return false;
        m_sending = true;
        m_log->clear();
        m_pendingLog.clear();
        appendLog(tr("Sending the run to %1; its curves show here once it trains there.").arg(host));
        m_progress->setRange(0, 0);
        m_status->setText(tr("Sending the run's inputs to %1…").arg(host));
        updateRunControls();
        Q_EMIT remoteRunRequested(c, host);
        return true;
    }
    m_remoteJobFolder.clear();
    if (!QDir().mkpath(c.outputDirectory)) {
        Q_EMIT messageRequested(
            tr("Cannot create the output folder %1.").arg(QDir::toNativeSeparators(c.outputDirectory)), true);
        return false;
    }
    if (!c.resume && core::Trainer::holdsCheckpoint(c.outputDirectory)) {
        Q_EMIT messageRequested(tr("%1 already holds a checkpoint. Tick \"Resume\" to continue that run, or "
                                   "choose another output folder.")
                                    .arg(QDir::toNativeSeparators(c.outputDirectory)),
                                true);
        return false;
    }
    beginRun(c);
    m_log->clear();
    m_pendingLog.clear();
    appendLog(c.resume ? tr("Resuming the run in %1.").arg(QDir::toNativeSeparators(c.outputDirectory))
                       : tr("Starting: output in %1.").arg(QDir::toNativeSeparators(c.outputDirectory)));
    m_progress->setRange(0, 0); // busy until the plan is known
    m_status->setText(tr("Preparing…"));
    m_running = true;
    m_run = m_worker;
    m_runClock.start();
    m_worker->start(c);
    m_form->setRunning(true);
    updateRunControls();
    return true;
}

void TrainPage::pause() {
    if (m_running && !m_paused && !m_stopRequested && m_run->canPause())
        m_run->pause();
}

void TrainPage::resume() {
    if (m_running && m_paused && m_run->canPause())
        m_run->resume();
}

void TrainPage::togglePause() {
    if (m_paused)
        resume();
    else
        pause();
}

void TrainPage::stop() {
    if (m_sending) {
        m_status->setText(tr("Cancelling the transfer (sending again resumes it)…"));
        Q_EMIT remoteSendCancelRequested();
        return;
    }
    if (!m_running || m_stopRequested)
        return;
    m_stopRequested = true;
    m_run->stop();
    if (!isReplaying())
        m_status->setText(tr("Stopping after the current step; saving a checkpoint…"));
    updateRunControls();
}

bool TrainPage::confirmClose() {
    if (!m_running)
        return true;
    if (m_stopRequested) {
        m_closeAfterStop = true; // already stopping: close when done
        return false;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Training Is Running"),
        tr("A training run is in progress (step %L1). Stop it and close? The run saves a checkpoint "
           "before it ends, so it can be resumed.")
            .arg(m_lastStep),
        QMessageBox::NoButton, this);
    QPushButton* stopButton = box.addButton(tr("Stop and Close"), QMessageBox::AcceptRole);
    QPushButton* keep = box.addButton(tr("Keep Training"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() != stopButton)
        return false;
    m_closeAfterStop = true;
    stop();
    return false; // the window closes itself when the run has finished
}

void TrainPage::updateRunControls() {
    // What is missing is said before Start, on the button and in the status line.
    QString missing;
    if (!m_running)
        if (const auto config = m_form->config(); !config)
            missing = config.errorString();
    const QString host = runOnHost();
    m_startButton->setEnabled(!m_running && !m_sending && missing.isEmpty());
    m_startButton->setToolTip(!missing.isEmpty() ? tr("Before Start: %1").arg(missing)
                              : host.isEmpty()
                                  ? tr("Start training with these settings (Ctrl+Return)")
                                  : tr("Send the run to %1 and show its curves here as it trains there "
                                       "(Ctrl+Return)")
                                        .arg(host));
    m_runOn->setEnabled(!m_running && !m_sending);
    m_pauseButton->setEnabled(m_running && !m_stopRequested && m_run && m_run->canPause());
    m_stopButton->setEnabled((m_running && !m_stopRequested) || m_sending);
    m_stopButton->setToolTip(isReplaying()
                                 ? tr("Stop following the run's file (the run itself goes on) (Esc)")
                                 : tr("Stop after the current step; the run saves a checkpoint first (Esc)"));
    for (QWidget* button : m_settingsButtons)
        button->setEnabled(!m_running);
    m_pauseButton->setText(m_paused ? tr("Res&ume") : tr("&Pause"));
    m_pauseButton->setIcon(style()->standardIcon(m_paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    if (!m_running && !m_summary && m_log->document()->isEmpty() && m_pendingLog.isEmpty())
        m_status->setText(missing.isEmpty() ? tr("Set up the run on the left, then Start (Ctrl+Return).")
                                            : tr("Before Start: %1").arg(missing));
}

QString TrainPage::statusText() const {
    return m_status->text();
}

QString TrainPage::estimateText() const {
    return m_form->estimateText();
}

QString TrainPage::logText() const {
    QString text = m_log->toPlainText();
    for (const QString& line : m_pendingLog)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + line;
    return text;
}

void TrainPage::appendLog(const QString& line) {
    // Lines are added in batches: a fast run on a tiny set can validate hundreds of times a second.
    m_pendingLog << QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")),
                                                 line);
    if (!m_logTimer.isActive())
        m_logTimer.start(150, this);
}

void TrainPage::flushLog() {
    m_logTimer.stop();
    if (m_pendingLog.isEmpty())
        return;
    m_log->appendPlainText(m_pendingLog.join(u'\n'));
    m_pendingLog.clear();
}

void TrainPage::timerEvent(QTimerEvent* event) {
    if (event->timerId() == m_logTimer.timerId())
        flushLog();
    else
        Page::timerEvent(event);
}

void TrainPage::onPreparing(const QString& stage, qint64 done, qint64 total) {
    if (!m_running || m_plan)
        return;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000.0 * double(std::clamp(done, qint64(0), total)) / double(total)));
        m_status->setText(tr("%1… %2 %").arg(stage).arg(int(100.0 * double(done) / double(total))));
    } else {
        m_progress->setRange(0, 0);
        m_status->setText(tr("%1…").arg(stage));
    }
}

void TrainPage::onPlanned(const core::TrainingPlan& plan) {
    if (!m_running)
        return;
    m_plan = plan;
    m_progress->setRange(0, 1000);
    m_progress->setValue(plan.totalSteps > 0 ? int(1000 * plan.startStep / plan.totalSteps) : 0);
    QString text = tr("Plan: %L1 steps (%L2 warm-up, %L3 per epoch); %L4 training and %L5 validation "
                      "examples; %6 parameters")
                       .arg(plan.totalSteps)
                       .arg(plan.warmupSteps)
                       .arg(plan.stepsPerEpoch)
                       .arg(plan.trainExamples)
                       .arg(plan.validationExamples)
                       .arg(TrainSetupForm::countText(plan.parameterCount));
    if (plan.trainableCount != plan.parameterCount)
        text += tr(" (%1 trainable)").arg(TrainSetupForm::countText(plan.trainableCount));
    if (plan.startStep > 0)
        text += tr("; resuming at step %L1").arg(plan.startStep);
    if (!plan.labels.isEmpty())
        text += tr("; labels: %1").arg(plan.labels.join(QStringLiteral(", ")));
    //: Ends the plan sentence built above (a full stop in the translation's script).
    appendLog(tr("%1.").arg(text));
    m_status->setText(tr("Step %L1 / %L2 · starting…").arg(plan.startStep).arg(plan.totalSteps));
    m_lastStep = plan.startStep;
    m_form->setRunPlan(plan);
}

void TrainPage::onStepped(const core::TrainingPoint& p) {
    if (!m_running)
        return;
    const double x = double(p.step);
    m_lossChart->addPoint(trainLossSeries(), x, p.loss);
    m_smoothedLoss =
        std::isnan(m_smoothedLoss) ? p.loss : (1 - kSmoothing) * m_smoothedLoss + kSmoothing * p.loss;
    m_lossChart->addPoint(QStringLiteral("loss_smoothed"), x, m_smoothedLoss);
    if (m_runTask == TrainingTask::Pretrain) {
        m_accuracyChart->addPoint(QStringLiteral("mlm_accuracy"), x, p.mlmAccuracy);
        m_accuracyChart->addPoint(QStringLiteral("nsp_accuracy"), x, p.nspAccuracy);
    } else {
        m_accuracyChart->addPoint(QStringLiteral("accuracy"), x, p.accuracy);
    }
    m_rateChart->addPoint(QStringLiteral("learning_rate"), x, p.learningRate);
    m_speedChart->addPoint(QStringLiteral("tokens_per_second"), x, p.tokensPerSecond);
    m_lastStep = p.step;

    const std::int64_t total = m_plan ? m_plan->totalSteps : 0;
    const std::int64_t start = m_plan ? m_plan->startStep : 0;
    if (total > 0)
        m_progress->setValue(int(1000.0 * double(p.step) / double(total)));
    QString text = total > 0 ? tr("Step %L1 / %L2").arg(p.step).arg(total) : tr("Step %L1").arg(p.step);
    text += tr(" · epoch %1").arg(p.epoch, 0, 'f', 2);
    text += tr(" · loss %1").arg(p.loss, 0, 'f', 4);
    text += tr(" · %L1 tokens/s").arg(qRound64(p.tokensPerSecond));
    if (total > 0 && p.step > start && p.elapsedSeconds > 0) {
        const double perStep = p.elapsedSeconds / double(p.step - start);
        text += tr(" · %1 left").arg(core::durationText(perStep * double(total - p.step)));
    }
    if (m_paused)
        text = tr("Paused at step %L1").arg(p.step);
    if (!m_stopRequested)
        m_status->setText(text);
}

void TrainPage::onValidated(const core::ValidationPoint& p) {
    if (!m_running)
        return;
    const double x = double(p.step);
    m_lossChart->addPoint(validationLossSeries(), x, p.loss);
    if (m_runTask == TrainingTask::Pretrain) {
        m_accuracyChart->addPoint(QStringLiteral("val_mlm_accuracy"), x, p.mlmAccuracy);
        m_accuracyChart->addPoint(QStringLiteral("val_nsp_accuracy"), x, p.nspAccuracy);
        appendLog(tr("Validation at step %L1: loss %2, MLM accuracy %3, NSP accuracy %4.")
                      .arg(p.step)
                      .arg(p.loss, 0, 'f', 4)
                      .arg(p.mlmAccuracy, 0, 'f', 3)
                      .arg(p.nspAccuracy, 0, 'f', 3));
    } else {
        m_accuracyChart->addPoint(QStringLiteral("val_accuracy"), x, p.accuracy);
        m_accuracyChart->addPoint(QStringLiteral("val_macro_f1"), x, p.macroF1);
        appendLog(tr("Validation at step %L1: loss %2, accuracy %3, macro F1 %4.")
                      .arg(p.step)
                      .arg(p.loss, 0, 'f', 4)
                      .arg(p.accuracy, 0, 'f', 3)
                      .arg(p.macroF1, 0, 'f', 3));
    }
}

void TrainPage::onProbed(const std::vector<core::ProbePrediction>& predictions) {
    if (m_running)
        m_probeModel->setPredictions(predictions, m_lastStep);
}

void TrainPage::onCheckpoint(const QString& directory, qint64 step) {
    if (!m_remoteJobFolder.isEmpty() && isReplaying()) {
        appendLog(tr("Saved checkpoint at step %L1 (on the remote host, in the job's folder: %2).")
                      .arg(step)
                      .arg(directory));
        return;
    }
    m_lastCheckpoint = directory;
    appendLog(tr("Saved checkpoint at step %L1 (%2).").arg(step).arg(QDir::toNativeSeparators(directory)));
    m_openTrained->setEnabled(true);
}

void TrainPage::onPausedChanged(bool paused) {
    m_paused = paused;
    if (paused && m_running && !m_stopRequested)
        m_status->setText(tr("Paused at step %L1. Resume with Space or Ctrl+P.").arg(m_lastStep));
    appendLog(paused ? tr("Paused at step %L1.").arg(m_lastStep) : tr("Resumed."));
    updateRunControls();
}

void TrainPage::onFinished(const core::TrainingSummary& summary) {
    // The run's thread has only its return left: join it now, while the worker's QThread (deleted later
    // from this event loop) is certainly still alive.
    m_run->waitForFinished();
    const bool replayed = isReplaying();
    m_summary = summary;
    if (!m_remoteJobFolder.isEmpty() && replayed)
        // Fetched into the job's record when it has succeeded (the Remote page's follower does it).
        m_lastCheckpoint = summary.cancelled
                               ? QString()
                               : core::LocalJob::modelIn(m_remoteJobFolder + QStringLiteral("/outputs"));
    else if (!summary.checkpointDirectory.isEmpty())
        m_lastCheckpoint = summary.checkpointDirectory;
    // Remember the speed reached, for the next estimates.
    if (!replayed && m_plan && summary.steps > m_plan->startStep && m_lastStep > 0) {
        const QList<QPointF> speed = m_speedChart->points(QStringLiteral("tokens_per_second"));
        if (!speed.isEmpty() && speed.back().y() > 0) {
            const double tokensPerStep = double(m_runConfig.batchSize) * double(m_runConfig.masking.seqLen);
            m_form->recordMeasuredSpeed(tokensPerStep / speed.back().y());
        }
    }
    QString text;
    const QString elapsed = core::durationText(double(m_runClock.elapsed()) / 1000.0);
    if (replayed)
        text = summary.cancelled ? tr("Stopped following the run at step %L1.").arg(m_lastStep)
                                 : tr("The run ended at step %L1.").arg(summary.steps);
    else if (summary.cancelled)
        text = tr("Stopped at step %L1 after %2.").arg(summary.steps).arg(elapsed);
    else if (summary.stoppedEarly)
        text =
            tr("Stopped early at step %L1 after %2: the %3 did not improve for %n validation(s) (best %4).",
               "", m_runConfig.patience)
                .arg(summary.steps)
                .arg(elapsed, m_form->monitorName(m_runConfig.monitor))
                .arg(summary.bestMonitorValue, 0, 'g', 5);
    else
        text = tr("Finished %L1 steps in %2.").arg(summary.steps).arg(elapsed);
    if (!m_lastCheckpoint.isEmpty())
        //: Appended to the run's summary sentence: the leading space is part of the text.
        text += tr(" Checkpoint: %1").arg(QDir::toNativeSeparators(m_lastCheckpoint));
    appendLog(text);
    m_status->setText(text);
    m_progress->setValue(summary.cancelled || summary.stoppedEarly ? m_progress->value()
                                                                   : m_progress->maximum());
    m_openTrained->setEnabled(!m_lastCheckpoint.isEmpty());
    Q_EMIT messageRequested(text, false);
    endRun();
    Q_EMIT runFinished(true);
}

void TrainPage::onFailed(const QString& message) {
    m_run->waitForFinished(); // as in onFinished
    appendLog(tr("Failed: %1").arg(message));
    m_status->setText(tr("Failed at step %L1.").arg(m_lastStep));
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1000);
    Q_EMIT messageRequested(message, true);
    endRun();
    Q_EMIT runFinished(false);
}

void TrainPage::endRun() {
    flushLog();
    m_running = false;
    m_paused = false;
    m_stopRequested = false;
    if (m_progress->maximum() == 0)
        m_progress->setRange(0, 1000);
    m_form->setRunning(false);
    updateRunControls();
    if (m_closeAfterStop) {
        m_closeAfterStop = false;
        if (QWidget* top = window(); top && top != this)
            top->close();
    }
}

// --- Export
// -----------------------------------------------------------------------------------------------------

bool TrainPage::exportChart(widgets::TrainingChart* chart, const QString& path) {
    QSaveFile file(path);
    bool ok = file.open(QIODevice::WriteOnly);
    if (ok) {
        if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            ok = file.write(chart->toCsv().toUtf8()) >= 0;
        else
            ok = chart->toImage().save(&file, "PNG");
    }
    ok = ok && file.commit();
    if (!ok)
        Q_EMIT messageRequested(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
    return ok;
}

void TrainPage::exportChartDialog(widgets::TrainingChart* chart, bool image) {
    const QString folder = m_form->dialogFolder();
    QString base = chart->title().section(u'(', 0, 0).section(u'\uff08', 0, 0).trimmed().toLower();
    base.replace(u' ', u'-');
    const QString suggested =
        QDir(folder).filePath(base + (image ? QStringLiteral(".png") : QStringLiteral(".csv")));
    const QString path =
        QFileDialog::getSaveFileName(this, image ? tr("Export Chart as PNG") : tr("Export Chart as CSV"),
                                     suggested, image ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty() && exportChart(chart, path))
        Q_EMIT messageRequested(tr("Saved %1.").arg(QDir::toNativeSeparators(path)), false);
}

} // namespace bertlab::app
