#pragma once

#include "core/result.h"
#include "core/train/trainer.h"
#include "latest_run.h"
#include "page.h"

#include <QBasicTimer>
#include <QElapsedTimer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace bertlab::core {
class TrainingWorker;
}

namespace bertlab::widgets {
class ProbeList;
class ProbeListModel;
class SchedulePreview;
class TrainingChart;
} // namespace bertlab::widgets

namespace bertlab::app {

// Training and fine-tuning: the run's configuration (start model or a new shape with its size and cost
// estimated live, vocabulary, task, data, optimizer with its schedule drawn, early stopping, output,
// probes), Start / Pause / Stop, live charts of the metrics, the probe sentences' current guesses and a log
// of checkpoints and the summary. The run is core::Trainer on a core::TrainingWorker thread — the same loop
// `bertlab-cli train` runs.
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

    // The form as the run it would start, or the first thing to fix.
    core::Result<core::TrainingConfig> config() const;
    // Fills the form. A non-empty startModel selects "the open model" (the window's model is what runs).
    void setConfig(const core::TrainingConfig& config);

    // Model size and cost, as shown next to the shape before starting.
    struct Estimate {
        qint64 parameters = 0;
        qint64 memoryBytes = 0;      // weights, gradients, Adam slots and one batch's activations
        double secondsPerStep = 0.0; // at the speed measured in the last run (or a modest default)
        qint64 steps = 0;            // 0 when the data is not counted yet
    };
    Estimate estimate() const;
    // Parameters of a BERT of this shape with the task's heads (pretraining: MLM + NSP; classification:
    // pooler + a `labels`-way classifier).
    static qint64 parameterCount(const core::BertConfig& shape, core::TrainingTask task, int labels = 2);

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
    widgets::SchedulePreview* schedulePreview() const { return m_schedule; }
    QString statusText() const;
    QString estimateText() const;
    QString logText() const;
    const std::optional<core::TrainingSummary>& lastSummary() const { return m_summary; }
    const std::optional<core::TrainingPlan>& plan() const { return m_plan; }

    // Writes a chart's CSV (path ending .csv) or PNG image (else) atomically; false with a message on error.
    bool exportChart(widgets::TrainingChart* chart, const QString& path);

    // Series names (translated) the charts use.
    static QString trainLossSeries();
    static QString validationLossSeries();

Q_SIGNALS:
    void runFinished(bool ok);
    void openModelRequested(const QString& folder);

protected:
    void showEvent(QShowEvent* event) override;
    void timerEvent(QTimerEvent* event) override;

private:
    QWidget* buildConfiguration();
    QWidget* buildModelTab();
    QWidget* buildDataTab();
    QWidget* buildOptimizerTab();
    QWidget* buildRunTab();
    QWidget* buildRunBar();
    QWidget* buildResults();
    void resetCharts(core::TrainingTask task);
    void registerSetting(QWidget* control, const QString& key);
    void formChanged();
    void modelChanged();
    void updateVisibility();
    void updateEstimate();
    void updateSchedule();
    void updateRunControls();
    void countExamplesLater();
    void countVocabLater();
    void browseFile(QLineEdit* edit, const QString& title, const QString& filter);
    void browseFolder();
    void exportChartDialog(widgets::TrainingChart* chart, bool image);
    void appendLog(const QString& line);
    void flushLog();
    int vocabSize() const;
    core::BertConfig shape() const;

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

    void loadSettings();
    void saveSettings() const;

    core::TrainingWorker* m_worker;
    widgets::ProbeListModel* m_probeModel;

    // Model
    QRadioButton* m_fromOpen;
    QRadioButton* m_fresh;
    QLabel* m_openModel;
    QSpinBox* m_layers;
    QSpinBox* m_hidden;
    QSpinBox* m_heads;
    QSpinBox* m_intermediate;
    QSpinBox* m_seqLen;
    QComboBox* m_vocabSource;
    QLineEdit* m_vocabFile;
    QToolButton* m_vocabBrowse;
    QSpinBox* m_learnedSize;
    QLabel* m_tokenizer;
    QLabel* m_estimate;
    QList<QWidget*> m_shapeWidgets;
    // Data
    QComboBox* m_task;
    QLineEdit* m_trainFile;
    QLineEdit* m_validationFile;
    QDoubleSpinBox* m_validationFraction;
    QLineEdit* m_textColumn;
    QLineEdit* m_secondColumn;
    QLineEdit* m_labelColumn;
    QDoubleSpinBox* m_maskRate;
    QList<QWidget*> m_probeWidgets; // enabled for pre-training only
    QFormLayout* m_vocabForm = nullptr;
    QLayout* m_vocabFileRow = nullptr;
    QFormLayout* m_dataForm = nullptr;
    QLabel* m_dataNote;
    // Optimizer
    QSpinBox* m_batchSize;
    QSpinBox* m_epochs;
    QSpinBox* m_maxSteps;
    QLineEdit* m_learningRate;
    QDoubleSpinBox* m_warmup;
    QLineEdit* m_minLr;
    QDoubleSpinBox* m_weightDecay;
    QCheckBox* m_amsgrad;
    QDoubleSpinBox* m_clipNorm;
    QLineEdit* m_trainable;
    widgets::SchedulePreview* m_schedule;
    // Run
    QLineEdit* m_outputFolder;
    QSpinBox* m_checkpointEvery;
    QCheckBox* m_resume;
    QComboBox* m_monitor;
    QSpinBox* m_patience;
    QSpinBox* m_validateEvery;
    QPlainTextEdit* m_probes;
    QSpinBox* m_probeEvery;
    QSpinBox* m_seed;

    QTabWidget* m_configTabs;
    QPushButton* m_startButton;
    QPushButton* m_pauseButton;
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

    QList<QPair<QWidget*, QString>> m_settings; // control → settings key
    LatestRun<qint64> m_countRun;
    LatestRun<int> m_vocabRun;
    qint64 m_countedExamples = -1; // of the training file as the current task reads it; -1: not known
    int m_countedVocab = 0;        // lines of the chosen vocab.txt
    bool m_loadingSettings = false;

    bool m_running = false;
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
    QElapsedTimer m_runClock;
    QStringList m_pendingLog;
    QBasicTimer m_logTimer;
};

} // namespace bertlab::app
