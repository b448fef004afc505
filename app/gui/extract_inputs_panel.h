#pragma once

#include "core/tasks/text_preview.h"
#include "core/tasks/text_source.h"
#include "latest_run.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace bertlab::widgets {
class InputFileListModel;
class TablePreview;
class TablePreviewModel;
} // namespace bertlab::widgets

namespace bertlab::app {

// The Extract page's inputs: the list of files to extract (added with a dialog, the sample or by the page's
// drop handler; removed with Delete), how the selected one is read (text lines, or CSV/TSV with a header
// whose text columns are guessed from their names and can be chosen), and a preview of its first rows as the
// run will read them. Headers and previews are read off the UI thread; stale results are dropped. The file
// box and the preview are two widgets the page lays out where it likes.
class ExtractInputsPanel final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExtractInputsPanel)
public:
    explicit ExtractInputsPanel(QWidget* parent);

    QWidget* fileBox() const;
    QWidget* previewWidget() const { return m_previewTab; }

    // Folders and files already listed are ignored; returns how many were added (and selects the first).
    int addFiles(const QStringList& paths);
    void removeFile(int row);
    int fileCount() const;
    int currentFile() const;
    void setCurrentFile(int row);
    // How a file is read: kind and (CSV/TSV) text columns.
    void setFileSource(int row, const core::TextSourceOptions& source);
    // Reads the header of every table file still waiting for it, so a run uses the columns the list shows.
    void ensureColumns();

    widgets::InputFileListModel* fileModel() const { return m_files; }
    widgets::TablePreviewModel* previewModel() const { return m_previewModel; }
    bool isPreviewBusy() const { return m_previewRun.isBusy(); }

    // While a run goes the list is fixed: nothing is added, removed or re-read.
    void setRunning(bool running);
    void setSampleAvailable(bool available);

Q_SIGNALS:
    void filesAdded(int count);
    void filesRemoved();
    void sampleRequested();
    void previewShown();

private:
    void buildFileBox(QWidget* parent);
    void buildPreview(QWidget* parent);
    void addFilesDialog();
    void readHeaderLater(const QString& path, core::TextSourceOptions::Kind kind);
    void fileSourceEdited();
    void setKeptColumn(const QString& column, bool keep); // for the current file
    void updateFileControls();
    void requestPreview();
    void showPreview(const core::TextPreview& preview);

    QWidget* m_parent;
    widgets::InputFileListModel* m_files;
    widgets::TablePreviewModel* m_previewModel;
    bool m_running = false;

    QGroupBox* m_box = nullptr;
    QTableView* m_fileView = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_sampleButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_textColumnLabel = nullptr;
    QComboBox* m_textColumn = nullptr;
    QLabel* m_secondColumnLabel = nullptr;
    QComboBox* m_secondColumn = nullptr;
    QToolButton* m_keepButton = nullptr; // its menu: the header's columns, ticked to be kept
    QWidget* m_previewTab = nullptr;
    widgets::TablePreview* m_preview = nullptr;
    QLabel* m_previewNote = nullptr;

    LatestRun<std::shared_ptr<core::TextPreview>> m_previewRun;
};

} // namespace bertlab::app
