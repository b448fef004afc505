#pragma once

#include "core/remote/remote_extraction.h"
#include "core/tasks/extraction_job.h"
#include "core/tasks/extraction_queue.h"
#include "core/tasks/text_preview.h"
#include "latest_run.h"
#include "page.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace bertlab::widgets {
class InputFileListModel;
class TablePreview;
class TablePreviewModel;
} // namespace bertlab::widgets

namespace bertlab::app {

class ExtractInputsPanel;
class ExtractOptionsForm;
class RunOnBox;

// Embedding extraction on files: a list of input files (text lines, or CSV/TSV with a header and chosen
// columns, previewed), the extraction options (layers, poolings, lengths, output format and folder), and a
// run that goes through the files one by one on a worker thread with progress, cancel and a summary. The
// numbers are the same as `bertlab-cli extract` writes: both run core::ExtractionJob.
class ExtractPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractPage)
public:
    // How one file of the last run went.
    using FileOutcome = core::ExtractionOutcome;

    explicit ExtractPage(Workspace* workspace, QWidget* parent = nullptr);
    ~ExtractPage() override;

    QString title() const override;
    QString toolTip() const override;
    bool isBusy() const override;
    bool usesSharedText() const override { return false; } // it reads files, not the text box

    // Input files. Folders and files already listed are ignored; returns how many were added.
    int addFiles(const QStringList& paths);
    void removeFile(int row);
    int fileCount() const;
    widgets::InputFileListModel* fileModel() const;
    widgets::TablePreviewModel* previewModel() const;
    int currentFile() const;
    void setCurrentFile(int row);
    // How a file is read: kind and (CSV/TSV) text columns.
    void setFileSource(int row, const core::TextSourceOptions& source);

    // The options (also settable from the controls; remembered in QSettings).
    ExtractOptionsForm* options() const { return m_options; }
    void setTextsPerChunk(int texts) { m_textsPerChunk = texts; } // for tests; the job's default otherwise

    // What the run would do for file `row` (with the current options), or an error to show.
    core::Result<core::ExtractionJobSpec> specFor(int row) const;
    static QString outputPathFor(const QString& inputPath, const QString& folder,
                                 core::EmbeddingFormat format);

    // What to do with outputs that exist already (finished files, or partial ones of a cancelled run).
    enum class ExistingOutputs { Replace, Skip, Cancel };
    using ExistingOutputsQuestion =
        std::function<ExistingOutputs(const QStringList& finished, const QStringList& partial)>;
    // Starts extracting every listed file; false (with a message) when it cannot start. When outputs exist
    // it asks `question` first (the Run button asks the user; without a question they are replaced). Skip
    // runs only the files whose output does not exist yet.
    bool run(const ExistingOutputsQuestion& question = {});
    bool runAsking(); // run() with the user asked in a dialog
    void cancel();
    bool isRunning() const;
    const std::vector<FileOutcome>& outcomes() const;
    QString summaryText() const; // the summary panel's text
    QString noticeText() const;  // empty when no notice is shown

    // "Run on": a host of the Remote page, or this computer (empty).
    void setRemoteHosts(const QStringList& names);
    void setRunOnHost(const QString& host);

Q_SIGNALS:
    void previewShown();
    void jobProgress(int file, const bertlab::core::ExtractionProgress& progress);
    void runFinished();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* buildInputs();
    QWidget* buildRunBar();
    void modelChanged();
    void fitOptions();
    void updateNotice();
    void updateOutputs();
    void updateRunControls();
    void addSample(); // the sentences.txt that ships with the demo model

    int fileRow(int index) const; // the file list's row of the run's index-th file
    void onFileStarted(int row);
    void onFileFinished(int row, const core::ExtractionOutcome& outcome);
    void showProgress(int row, const core::ExtractionProgress& progress);
    void finishRun();
    void showSummary();
    void openOutputFolder();

    QLabel* m_notice;
    QScrollArea* m_optionsScroll;
    QTabWidget* m_tabs;
    QTextBrowser* m_summary;
    QPushButton* m_openFolder;

    ExtractInputsPanel* m_inputs = nullptr;
    ExtractOptionsForm* m_options;

    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_progressText;

    core::ExtractionQueue* m_local;          // the files, one after another, here (as a script runs them)
    core::RemoteExtractionQueue* m_remote;   // or as jobs on a remote host ("Run on")
    core::ExtractionRunner* m_run = nullptr; // the one of the last run
    RunOnBox* m_runOn = nullptr;
    int m_textsPerChunk = 0;
    std::vector<int> m_runRows; // the file rows the last run took, in its order
};

} // namespace bertlab::app
