#include "main_window.h"

#include "widgets/message_bar.h"
#include "widgets/model_summary_view.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace bertlab::app {

namespace {
const auto kRecentKey = QStringLiteral("models/recent");
const auto kGeometryKey = QStringLiteral("window/geometry");
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_messages(new widgets::MessageBar)
    , m_summary(new widgets::ModelSummaryView)
    , m_modelLabel(new QLabel)
    , m_busy(new QProgressBar) {
    setWindowTitle(tr("BertLab"));
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    m_modelLabel->setText(tr("No model open. Use File ▸ Open Model… (Ctrl+O) to choose a model folder."));
    m_modelLabel->setWordWrap(true);
    layout->addWidget(m_messages);
    layout->addWidget(m_modelLabel);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    setCentralWidget(central);

    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setToolTip(tr("Loading the model…"));
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Model…"), this, &MainWindow::chooseModel);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a Google TF checkpoint folder or a Hugging Face BERT folder"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();

    connect(&m_load, &QFutureWatcher<ModelLoad>::finished, this, &MainWindow::onLoadFinished);
    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        resize(760, 520);
}

MainWindow::~MainWindow() {
    m_load.waitForFinished();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue(kGeometryKey, saveGeometry());
    event->accept();
}

void MainWindow::chooseModel() {
    const QString start = QSettings().value(kRecentKey).toStringList().value(0, QDir::homePath());
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Open Model Folder"), start);
    if (!directory.isEmpty())
        openModel(directory);
}

void MainWindow::openModel(const QString& directory) {
    if (m_load.isRunning())
        return;
    m_loadingDirectory = directory;
    m_busy->show();
    statusBar()->showMessage(tr("Loading %1…").arg(QDir::toNativeSeparators(directory)));
    m_load.setFuture(QtConcurrent::run([directory] { return core::ModelBundle::load(directory); }));
}

void MainWindow::onLoadFinished() {
    m_busy->hide();
    statusBar()->clearMessage();
    ModelLoad result = m_load.result();
    if (!result) {
        m_messages->showMessage(result.errorString(), widgets::MessageBar::Kind::Error);
        Q_EMIT modelFailed(result.errorString());
        return;
    }
    m_messages->hide();
    m_model = *result;
    m_summary->setSummary(m_model->summary());
    m_modelLabel->setText(tr("Model: %1").arg(QDir::toNativeSeparators(m_loadingDirectory)));
    setWindowTitle(tr("%1 — BertLab").arg(QDir(m_loadingDirectory).dirName()));
    rememberRecent(m_loadingDirectory);
    Q_EMIT modelLoaded();
}

void MainWindow::rememberRecent(const QString& directory) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(directory);
    recent.prepend(directory);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& directory : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(directory), this,
                                [this, directory] { openModel(directory); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace bertlab::app
