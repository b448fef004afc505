#pragma once

#include "core/result.h"
#include "core/train/trainer.h"
#include "latest_run.h"
#include "remembered_controls.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace bertlab::widgets {
class SchedulePreview;
}

namespace bertlab::app {

class Workspace;

// The Train page's setup: a run's configuration on four tabs — Model (the open model or a new shape, its
// size and cost estimated live, vocabulary), Data (task, files, columns, masking), Optimizer (steps,
// AdamWarmup with its schedule drawn) and Output (folder, checkpoints, validation, early stopping, probes).
// Every field is remembered in QSettings; data and vocabulary files are counted off the UI thread for the
// estimate. The form turns into a core::TrainingConfig or names the first thing to fix.
class TrainSetupForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainSetupForm)
public:
    enum class Tab { Model, Data, Optimizer, Output };

    explicit TrainSetupForm(Workspace* workspace, QWidget* parent = nullptr);
    ~TrainSetupForm() override;

    // The form as the run it would start, or the first thing to fix.
    core::Result<core::TrainingConfig> config() const;
    // Fills the form. A non-empty startModel selects "the open model" (the window's model is what runs).
    void setConfig(const core::TrainingConfig& config);
    core::TrainingTask task() const;

    // Model size and cost, as shown next to the shape before starting.
    struct Estimate {
        qint64 parameters = 0;
        qint64 memoryBytes = 0;      // weights, gradients, Adam slots and one batch's activations
        double secondsPerStep = 0.0; // at the speed the last run reached (before any: from the GEMM ceiling)
        qint64 steps = 0;            // 0 when the data is not counted yet
    };
    Estimate estimate() const;
    // Remembers the speed a run reached (seconds per step with the form's settings): later estimates use it.
    void recordMeasuredSpeed(double secondsPerStep);

    // While a run is on the form is read-only (still browsable) and the schedule shows the run's plan.
    void setRunning(bool running);
    void setRunPlan(const core::TrainingPlan& plan);

    // True while a data or vocabulary file is being counted.
    bool isBusy() const;
    QString estimateText() const;
    widgets::SchedulePreview* schedulePreview() const { return m_schedule; }
    void showTab(Tab tab);
    // The output folder as typed (trimmed), and where save dialogs start: that folder when it exists, else
    // the folder last browsed.
    QString outputFolder() const;
    QString dialogFolder() const;
    // The early-stopping measure's name as the Monitor list shows it (e.g. "validation loss").
    QString monitorName(const QString& monitor) const;

    // Formats shared with the run's status line.
    static QString countText(qint64 n);

Q_SIGNALS:
    void changed(); // a field, the open model or the tokenizer changed: config() may say something else

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildModelTab();
    QWidget* buildDataTab();
    QWidget* buildOptimizerTab();
    QWidget* buildRunTab();
    void remember(QWidget* control, const QString& key);
    void formChanged();
    void modelChanged();
    void updateVisibility();
    void updateEstimate();
    core::TrainingEstimate cost() const;
    void measureSpeedOnce(); // the GEMM ceiling, off the UI thread, when no run has measured the speed
    void updateSchedule();
    void countExamplesLater();
    void countVocabLater();
    void browseFile(QLineEdit* edit, const QString& title, const QString& filter);
    void browseFolder();
    int vocabSize() const;
    core::BertConfig shape() const;

    void loadSettings();
    void saveSettings() const;

    Workspace* m_workspace;
    QTabWidget* m_tabs;

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
    QLabel* m_estimate = nullptr;
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
    // Output
    QLineEdit* m_outputFolder;
    QSpinBox* m_checkpointEvery;
    QCheckBox* m_resume;
    QComboBox* m_monitor;
    QSpinBox* m_patience;
    QSpinBox* m_validateEvery;
    QPlainTextEdit* m_probes;
    QSpinBox* m_probeEvery;
    QSpinBox* m_seed;

    RememberedControls m_remembered;
    LatestRun<qint64> m_countRun;
    LatestRun<int> m_vocabRun;
    qint64 m_countedExamples = -1; // of the training file as the current task reads it; -1: not known
    int m_countedVocab = 0;        // lines of the chosen vocab.txt
    bool m_loadingSettings = false;

    bool m_running = false;
    std::optional<core::TrainingPlan> m_runPlan; // the running run's, once planned
};

} // namespace bertlab::app
