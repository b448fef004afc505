#pragma once

#include "core/tasks/extraction_job.h"

#include <QWidget>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QToolButton;

namespace bertlab::app {

class Workspace;

// The Extract page's options: output layers, poolings (in the order their blocks are concatenated), maximum
// length, long texts, batch size, the tokenizer in use (set on the Tokenize page), output format, precision
// and folder, bad lines, what a cancel leaves. Remembered in QSettings; limits follow the open model.
class ExtractOptionsForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractOptionsForm)
public:
    explicit ExtractOptionsForm(Workspace* workspace, QWidget* parent = nullptr);

    bool setOutputLayers(const QString& text); // "N" (the last N layers) or "i,j,…"; false if unparsable
    void setPoolings(const std::vector<core::Pooling>& poolings);
    std::vector<core::Pooling> poolings() const;
    void setMaxLength(int tokens); // 0: the model's maximum
    void setBatchSize(int texts);
    void setLongText(core::ExtractionParams::LongText mode);
    core::ExtractionParams::LongText longText() const;
    void setFormat(core::EmbeddingFormat format);
    core::EmbeddingFormat format() const;
    void setSignificantDigits(int digits);
    void setOutputFolder(const QString& folder); // empty: next to each input
    QString outputFolder() const;
    void setStopOnBadLine(bool stop);
    void setKeepPartialOnCancel(bool keep);
    // Where the folder dialog starts when no output folder is set (the page: the first input's folder).
    void setBrowseStart(const QString& folder) { m_browseStart = folder; }

    // The options' part of a job (params, format, precision, bad lines, cancel), or what to fix.
    core::Status fillSpec(core::ExtractionJobSpec& spec) const;
    // While a run is on the options are read-only: the run keeps the ones it started with.
    void setRunning(bool running);

Q_SIGNALS:
    void outputsChanged(); // the format or the folder: the output file names change

private:
    void build();
    void modelChanged();
    void updateTokenizerLabel();
    void updateLayerControls();
    bool sentenceTransformers() const; // ticked, and the model has a sentence-transformers pipeline
    void updatePoolingLayout();
    void movePooling(int delta);
    void chooseOutputFolder();
    std::optional<core::LayerSelection> layerSelection() const;
    void loadSettings();
    void saveSettings() const;

    Workspace* m_workspace;
    QCheckBox* m_sentence; // "As sentence-transformers", shown for a folder with modules.json
    QRadioButton* m_lastLayers;
    QSpinBox* m_layerCount;
    QRadioButton* m_listLayers;
    QLineEdit* m_layerList;
    QLabel* m_layerNote;
    QListWidget* m_poolingList;
    QToolButton* m_poolingUp;
    QToolButton* m_poolingDown;
    QLabel* m_poolingNote;
    QSpinBox* m_maxLength;
    QSpinBox* m_batchSize;
    QComboBox* m_longText;
    QLabel* m_tokenizer;
    QComboBox* m_format;
    QSpinBox* m_digits;
    QLineEdit* m_outputFolder;
    QToolButton* m_browseFolder;
    QComboBox* m_badLine;
    QComboBox* m_whenCancelled;
    QString m_browseStart;
    bool m_running = false;
    bool m_loadingSettings = false;
};

} // namespace bertlab::app
