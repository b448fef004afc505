#pragma once

#include "core/hub/catalog.h"
#include "core/hub/model_installer.h"
#include "core/hub/model_store.h"
#include "page.h"

#include <QHash>
#include <QThread>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace bertlab::core {
class DownloadQueue;
struct DownloadProgress;
enum class DownloadState;
} // namespace bertlab::core

namespace bertlab::widgets {
class CatalogFilterModel;
class CatalogTableModel;
class DownloadListModel;
class InstalledModelsModel;
class MessageBar;
} // namespace bertlab::widgets

namespace bertlab::app {

// Getting models: the catalog (built-in and the user's own entries, filtered by text, language and size),
// downloads (a DownloadQueue on a worker thread; each finished archive is unpacked into the store on the
// thread pool), the installed models (open, remove, reveal, import a folder or archive, drop one on the page)
// and the store's settings (folder, mirror).
class ModelsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelsPage)
public:
    explicit ModelsPage(Workspace* workspace, QWidget* parent = nullptr);
    ~ModelsPage() override;

    QString title() const override { return tr("Models"); }
    QString toolTip() const override;
    bool isBusy() const override { return m_imports > 0; }
    bool usesSharedText() const override { return false; }

    // The store folder: $BERTLAB_MODEL_STORE when set, else the remembered setting, else the default.
    QString storeRoot() const { return m_store.root(); }
    void setStoreRoot(const QString& root);
    // Sets the mirror in the store's user catalog (shared with the CLI); an empty URL clears it.
    bool setMirror(const QString& base);
    // Adds a user catalog entry; false (and an inline error) when refused.
    bool addUserEntry(const QString& name, const QString& url);
    // Takes a user-added entry off the catalog (its downloads and installed model stay).
    bool removeUserEntry(const QString& catalogId);
    // Queues the download of a catalog entry; false (and an inline error) when it cannot start.
    bool download(const QString& catalogId);
    // Installs a model folder or archive (on the thread pool).
    void importPath(const QString& path);
    // Re-reads the catalog and the installed models.
    void refresh();
    QString errorText() const;

Q_SIGNALS:
    // The user wants to work with an installed model (the window opens it).
    void openModelRequested(const QString& folder);
    void modelCardRequested(const QString& folder); // show the model folder's card
    void modelInstalled(const QString& id);
    void operationFailed(const QString& message);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Pending {
        core::InstallPlan plan;
        int url = 0; // the index in plan.urls being tried
    };
    QWidget* buildCatalog();
    QWidget* buildInstalled();
    QWidget* buildDownloads();
    QWidget* buildSettings();
    void applyFilters();
    void updateButtons();
    void showError(const QString& message);
    void onDownloadState(const QString& key, core::DownloadState state);
    void onDownloaded(const QString& key);
    void onDownloadFailed(const QString& key, const QString& message);
    void enqueue(const QString& key, const core::DownloadRequest& request);
    void runImport(const QString& key, const QString& path);
    void actOnSelectedDownload(int action);
    QString selectedInstalledId() const;
    void removeSelected();

    core::ModelStore m_store;
    core::Catalog m_catalog;
    QThread m_thread;
    core::DownloadQueue* m_queue;      // lives in m_thread
    QHash<QString, Pending> m_pending; // by destination file
    int m_imports = 0;

    widgets::MessageBar* m_messages;
    widgets::CatalogTableModel* m_catalogModel;
    widgets::CatalogFilterModel* m_catalogFilter;
    widgets::InstalledModelsModel* m_installedModel;
    widgets::DownloadListModel* m_downloadModel;
    QLineEdit* m_filterText = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_size = nullptr;
    QTableView* m_catalogView = nullptr;
    QPushButton* m_downloadButton = nullptr;
    QPushButton* m_removeEntryButton = nullptr;
    QLineEdit* m_entryName = nullptr;
    QLineEdit* m_entryUrl = nullptr;
    QTableView* m_installedView = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_revealButton = nullptr;
    QPushButton* m_cardButton = nullptr;
    QTableView* m_downloadView = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_resumeButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLineEdit* m_storeEdit = nullptr;
    QLineEdit* m_mirrorEdit = nullptr;
    QLabel* m_storeNote = nullptr;
};

} // namespace bertlab::app
