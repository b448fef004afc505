#pragma once

#include "core/result.h"
#include "core/train/trainer.h"
#include "page.h"
#include "train_setup_form.h"

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QTime>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace bertlab::core {
class TrainingReplay;
class TrainingRun;
class TrainingWorker;
} // namespace bertlab::core

namespace bertlab::widgets {
class ProbeList;
class ProbeListModel;
class SchedulePreview;
class TrainingChart;
} // namespace bertlab::widgets

namespace bertlab::app {

class RunHistory;
class RunOnBox;

// Training and fine-tuning: the run's configuration on the left (a TrainSetupForm), Start / Pause / Stop,
// live charts of the metrics, the probe sentences' current guesses and a log of checkpoints and the summary.
// The run is core::Trainer on a core::TrainingWorker thread — the same loop `bertlab-cli train` runs.
class TrainPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainPage)
public:
    explicit TrainPage(Workspace* workspace, QWidget* parent = nullptr);
    ~TrainPage() override;

    QString title() const override;
    QString toolTip() const override;
    bool isBusy() const override;
    bool usesSharedText() const override { return false; }

    // The setup form's, see TrainSetupForm.
    core::Result<core::TrainingConfig> config() const;
    void setConfig(const core::TrainingConfig& config);
    using Estimate = TrainSetupForm::Estimate;
    Estimate estimate() const;
    static qint64 parameterCount(const core::BertConfig& shape, core::TrainingTask task, int labels = 2);
    TrainSetupForm* setupForm() const { return m_form; }

    // Run settings as JSON (core::TrainingConfig's form, which `bertlab-cli train --config` runs). Saving
    // needs complete settings; opening one whose start model is not the open model asks the window to open
    // it.
    bool saveRunSettings(const QString& path);
    bool openRunSettings(const QString& path);
    // Shows a run folder's curves, probes and log from its events.jsonl, following it while another process
    // (the CLI, a remote job) writes it; Stop stops following.
    bool openRun(const QString& folder);
    bool isReplaying() const;

    // "Run on": empty for this computer, else a host of the Remote page (Start sends the run there, then
    // shows it as it trains).
    void setRemoteHosts(const QStringList& names);
    QString runOnHost() const;
    void setRunOnHost(const QString& host);
    // The window's answer to remoteRunRequested: empty when the job started (openRun follows), else why not.
    void remoteSubmitFinished(const QString& error);
    bool isSending() const { return m_sending; }

    bool start(); // false (with a message) when the form is incomplete
    void pause();
    void resume();
    void togglePause();
    void stop(); // asynchronous: the run saves its checkpoint and finishes
    bool isTraining() const { return m_running; }
    bool isPaused() const { return m_paused; }
    // Called when the window closes: true when it may close. During a run it asks whether to stop (the run
    // then ends with a checkpoint and the window closes itself) or to keep training.
    bool confirmClose();

    QList<widgets::TrainingChart*> charts() const;
    widgets::TrainingChart* lossChart() const { return m_lossChart; }
    widgets::TrainingChart* accuracyChart() const { return m_accuracyChart; }
    widgets::TrainingChart* rateChart() const { return m_rateChart; }
    widgets::TrainingChart* speedChart() const { return m_speedChart; }
    widgets::ProbeListModel* probeModel() const { return m_probeModel; }
    RunHistory* runHistory() const { return m_history; } // earlier runs, to overlay on the charts
    widgets::SchedulePreview* schedulePreview() const;
    QString statusText() const;
    QString estimateText() const;
    QString logText() const;
    const std::optional<core::TrainingSummary>& lastSummary() const { return m_summary; }
    const std::optional<core::TrainingPlan>& plan() const { return m_plan; }

    // Writes a chart's CSV (path ending .csv) or PNG image (else) atomically; false with a message on error.
    bool exportChart(widgets::TrainingChart* chart, const QString& path);

    // Series names (translated) the charts use.
    // The loss charts' series keys ("loss", "val_loss"): the metrics' names, the same in every language.
    static QString trainLossSeries();
    static QString validationLossSeries();

Q_SIGNALS:
    void runFinished(bool ok);
    void openModelRequested(const QString& folder);
    // Start with "Run on" a remote host: send this run there (stop: remoteSendCancelRequested).
    void remoteRunRequested(const core::TrainingConfig& config, const QString& host);
    void remoteSendCancelRequested();

protected:
    void timerEvent(QTimerEvent* event) override;

private:
    QWidget* buildRunBar();
    QWidget* buildResults();
    void resetCharts(core::TrainingTask task);
    void connectRun(core::TrainingRun* run);
    void beginRun(const core::TrainingConfig& config); // charts, probes and state for a new run
    QString runTitle() const;   // the run shown, for the run history: "Run 2 · pretrain · out-dir · 14:03"
    QString runDetails() const; // its settings and outcome, one per line
    void updateRunControls();
    void exportChartDialog(widgets::TrainingChart* chart, bool image);
    void appendLog(const QString& line);
    void flushLog();

    void onPreparing(const QString& stage, qint64 done, qint64 total);
    void onPlanned(const core::TrainingPlan& plan);
    void onStepped(const core::TrainingPoint& point);
    void onValidated(const core::ValidationPoint& point);
    void onProbed(const std::vector<core::ProbePrediction>& predictions);
    void onCheckpoint(const QString& directory, qint64 step);
    void onPausedChanged(bool paused);
    void onFinished(const core::TrainingSummary& summary);
    void onFailed(const QString& message);
    void endRun();

    core::TrainingWorker* m_worker;
    core::TrainingReplay* m_replay = nullptr;
    core::TrainingRun* m_run = nullptr; // the run shown: m_worker or m_replay
    widgets::ProbeListModel* m_probeModel;
    TrainSetupForm* m_form;

    RunOnBox* m_runOn;
    QPushButton* m_startButton;
    QPushButton* m_pauseButton;
    QList<QWidget*> m_settingsButtons; // open / save run settings: off while a run is on
    QPushButton* m_stopButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    widgets::TrainingChart* m_lossChart;
    widgets::TrainingChart* m_accuracyChart;
    widgets::TrainingChart* m_rateChart;
    widgets::TrainingChart* m_speedChart;
    widgets::ProbeList* m_probeList;
    QPlainTextEdit* m_log;
    QPushButton* m_openTrained;
    QTabWidget* m_resultTabs;
    RunHistory* m_history = nullptr;
    int m_runNumber = 0; // the run shown (1, 2, … this session; 0 before the first)
    QTime m_runStartTime;

    bool m_running = false;
    bool m_sending = false; // a run on its way to a remote host
    bool m_paused = false;
    bool m_stopRequested = false;
    bool m_closeAfterStop = false;
    core::TrainingTask m_runTask = core::TrainingTask::Pretrain;
    core::TrainingConfig m_runConfig;
    std::optional<core::TrainingPlan> m_plan;
    std::optional<core::TrainingSummary> m_summary;
    double m_smoothedLoss = 0.0;
    qint64 m_lastStep = 0;
    QString m_lastCheckpoint;
    QString m_remoteJobFolder; // when the run shown is a remote job's: its local record (LocalJob)
    QElapsedTimer m_runClock;
    QStringList m_pendingLog;
    QBasicTimer m_logTimer;
};

} // namespace bertlab::app
