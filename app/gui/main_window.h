#pragma once

#include "core/tasks/model_bundle.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace bertlab::widgets {
class MessageBar;
class ModelSummaryView;
class TextPairEditor;
} // namespace bertlab::widgets

namespace bertlab::app {

class HelpWindow;
class ModelsPage;
class Page;
class TrainPage;
class Workspace;

using ModelLoad = core::Result<std::shared_ptr<const core::ModelBundle>>;

// A finished load: the model, and the folder it came from (for an archive: where it was installed).
struct LoadOutcome {
    ModelLoad model = core::Error{};
    QString directory;
};

// The main window: a model bar (open, recent, drop a folder, summary, inline errors), the shared text input,
// and the pages in a sidebar. Loading runs off the UI thread; a failed load keeps the previous model.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // A model folder, or an archive (zip, tar.gz, …) that is first unpacked into the model store.
    void openModel(const QString& path);
    // At start: `requested` (the command line's MODEL) if given, else the last model opened if it is still
    // there, else the demo model; the demo model also when that fails and no model is open.
    void openStartupModel(const QString& requested = {});
    void openDemoModel();
    // The page's name in file names and in the manual's anchors: "tokenize" for TokenizePage.
    static QString pageKey(const Page* page);
    HelpWindow* helpWindow(); // created on first use
    // The first-start hint (shown with the demo model until the user opens a model of their own).
    bool isShowingDemoHint() const;
    std::shared_ptr<const core::ModelBundle> model() const;
    Workspace* workspace() const { return m_workspace; }
    widgets::TextPairEditor* editor() const { return m_editor; }

    QList<Page*> pages() const { return m_pages; }
    void showPage(int index);
    int currentPage() const;

    // Renders every page to DIR/<page>.png once its results are in; calls done(ok) when finished.
    void saveScreenshots(const QString& directory, std::function<void(bool)> done);

Q_SIGNALS:
    void modelLoaded();
    void modelFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void fitEditor(); // the text boxes at their start height plus the user's drag
    void buildMenus();
    void addPage(Page* page);
    void chooseModel();
    void chooseArchive();
    void onLoadFinished();
    void rememberRecent(const QString& directory);
    void rebuildRecentMenu();
    void showSettings();
    void showHelp();
    void showModelCard();
    void showAbout();
    void showDemoHint();
    void onMessageLink(const QString& link);
    void screenshotNext(const QString& directory, int index, std::function<void(bool)> done);

    Workspace* m_workspace;
    widgets::MessageBar* m_messages;
    widgets::ModelSummaryView* m_summary;
    widgets::TextPairEditor* m_editor;
    QLabel* m_modelLabel;
    QProgressBar* m_busy;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    QSplitter* m_editorSplitter = nullptr; // the shared text boxes above, the page below
    int m_editorExtra = 0;                 // how much taller than three lines a box the user dragged them
    bool m_editorWasPair = false;
    QTimer* m_textDebounce;
    QMenu* m_recentMenu = nullptr;
    QAction* m_modelCardAction = nullptr;
    HelpWindow* m_help = nullptr;
    ModelsPage* m_modelsPage = nullptr;
    bool m_fallBackToDemo = false; // while the startup model loads
    bool m_showingDemoHint = false;
    bool m_keepMessage = false; // the next successful load keeps the message bar (why the demo opened)
    QList<Page*> m_pages;
    TrainPage* m_trainPage = nullptr; // asked before the window closes during a run
    QFutureWatcher<LoadOutcome> m_load;
    QString m_modelDirectory; // the open model's folder (for an archive: where it was installed)
};

} // namespace bertlab::app
