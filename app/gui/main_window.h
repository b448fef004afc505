#pragma once

#include "core/tasks/model_bundle.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QProgressBar;

namespace bertlab::widgets {
class MessageBar;
class ModelSummaryView;
} // namespace bertlab::widgets

namespace bertlab::app {

using ModelLoad = core::Result<std::shared_ptr<const core::ModelBundle>>;

// The main window: open a model folder and see what it is. Loading runs off the UI thread.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void openModel(const QString& directory);
    std::shared_ptr<const core::ModelBundle> model() const { return m_model; }

Q_SIGNALS:
    void modelLoaded();
    void modelFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void chooseModel();
    void onLoadFinished();
    void rememberRecent(const QString& directory);
    void rebuildRecentMenu();

    widgets::MessageBar* m_messages;
    widgets::ModelSummaryView* m_summary;
    QLabel* m_modelLabel;
    QProgressBar* m_busy;
    QMenu* m_recentMenu = nullptr;
    QFutureWatcher<ModelLoad> m_load;
    QString m_loadingDirectory;
    std::shared_ptr<const core::ModelBundle> m_model;
};

} // namespace bertlab::app
