#pragma once

#include "core/tasks/text_classification.h"
#include "latest_run.h"
#include "page.h"

#include <memory>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace bertlab::widgets {
class CandidateList;
class LabelProbabilityModel;
class MessageBar;
} // namespace bertlab::widgets

namespace bertlab::app {

// A fine-tuned classifier at work: the label probabilities of the workspace text (or pair), as bars, and
// every text of a file classified into a CSV of predictions — the same core calls as `bertlab-cli classify`.
// Both run off the UI thread; the file run shows its progress and can be cancelled (the output then stays
// as it was). A model without a classifier head gets a notice that says how to make one.
class ClassifyPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassifyPage)
public:
    explicit ClassifyPage(Workspace* workspace, QWidget* parent = nullptr);
    ~ClassifyPage() override;

    QString title() const override;
    QString toolTip() const override;
    bool isBusy() const override;

    // What is shown now (for tests and the screenshot command).
    bool isClassifierAvailable() const; // false: no model, or a model without a classifier head
    widgets::LabelProbabilityModel* labelModel() const { return m_labels; }
    QString noticeText() const;  // empty when no notice is shown
    QString verdictText() const; // "positive — 87.3 %", empty when nothing is shown
    QString fileStatus() const;  // the file run's last status line
    bool isFileRunning() const { return bool(m_fileRun); }
    bool canRunFile() const; // a classifier, an input, an output, and nothing running

    // The file run, as its controls drive it. setInputFile reads a table's header off the UI thread and
    // proposes an output name beside the input.
    void setInputFile(const QString& path);
    QString inputFile() const;
    void setOutputFile(const QString& path);
    QString outputFile() const;
    void setTextColumn(int column);   // CSV/TSV: 0-based
    void setSecondColumn(int column); // CSV/TSV: 0-based, -1 for none
    // Starts the file run; an existing output is replaced only when `confirmOverwrite` agrees (the page
    // asks the user; tests pass their answer).
    void runFile(std::function<bool(const QString& path)> confirmOverwrite = {});
    void cancelFile();

Q_SIGNALS:
    void classificationShown(); // a result or notice is on screen for the current inputs
    void fileRunFinished();     // a file run ended (done, failed or cancelled); fileStatus() says how

protected:
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Outcome {
        std::optional<core::Classification> result;
        QString error;
    };
    struct FileRun; // the running file job's shared state (progress, cancel)

    QGroupBox* buildFileBox();
    void inputsChanged();
    void recompute();
    void dropPending(); // forget the text run in flight (its answer would be stale)
    void display(const Outcome& outcome);
    void showNotice(const QString& text, bool isError = false);
    void chooseInput();
    void chooseOutput();
    void readHeaderLater(); // the input table's header, for the column combos
    void headerRead(const QStringList& header);
    void updateFileControls();
    void updateProgress();
    core::TextSourceOptions sourceOptions() const;

    widgets::MessageBar* m_notice;
    QGroupBox* m_resultBox;
    QLabel* m_verdict;
    widgets::LabelProbabilityModel* m_labels;
    widgets::CandidateList* m_labelList;
    QProgressBar* m_busy;
    QTimer* m_busyDelay;

    QLineEdit* m_input = nullptr;
    QPushButton* m_inputBrowse = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_textColumnLabel = nullptr;
    QComboBox* m_textColumn = nullptr;
    QLabel* m_secondColumnLabel = nullptr;
    QComboBox* m_secondColumn = nullptr;
    QLineEdit* m_output = nullptr;
    QPushButton* m_outputBrowse = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_progressTimer = nullptr;
    QStringList m_header;     // the input table's columns (empty for lines or while reading)
    QString m_proposedOutput; // the output name the page proposed (replaced when the input changes)

    LatestRun<Outcome> m_run;
    std::shared_ptr<FileRun> m_fileRun; // set while a file run goes
    bool m_dirty = true;
    bool m_waiting = false;
};

} // namespace bertlab::app
