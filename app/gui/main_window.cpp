#include "main_window.h"

#include "askpass_dialog.h"
#include "core/remote/askpass_server.h"

#include "about_dialog.h"
#include "attention_page.h"
#include "classify_page.h"
#include "extract_page.h"
#include "help_window.h"
#include "model_card_dialog.h"
#include "models_page.h"
#include "predict_page.h"
#include "remote_page.h"
#include "settings_dialog.h"
#include "tokenize_page.h"
#include "train_page.h"
#include "workspace.h"

#include "core/hub/demo_model.h"
#include "core/hub/model_store.h"
#include "core/train/training_checkpoint.h"

#include "widgets/message_bar.h"
#include "widgets/model_summary_view.h"
#include "widgets/text_pair_editor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <utility>

namespace bertlab::app {

namespace {
const auto kRecentKey = QStringLiteral("models/recent");
const auto kGeometryKey = QStringLiteral("window/geometry");
const auto kEditorExtraKey = QStringLiteral("window/editorExtraHeight"); // the text boxes' drag, in pixels
const auto kPageKey = QStringLiteral("window/page");
const auto kFirstKey = QStringLiteral("input/first");
const auto kSecondKey = QStringLiteral("input/second");
const auto kModeKey = QStringLiteral("tokenizer/mode");
// Set once the user has opened a model of their own: the demo model's hint is not needed any more.
const auto kOwnModelKey = QStringLiteral("hints/openedOwnModel");
constexpr int kMaxRecent = 8;

bool isModelArchive(const QString& path) {
    const QString name = QFileInfo(path).fileName().toLower();
    for (const char* suffix : {".zip", ".tar", ".tgz", ".tar.gz", ".tbz2", ".tar.bz2", ".txz", ".tar.xz"})
        if (name.endsWith(QLatin1String(suffix)))
            return true;
    return false;
}

// A dropped folder or model archive, or the folder of another dropped file (dropping vocab.txt means its
// model).
QString droppedModel(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().isEmpty() || !mime->urls().first().isLocalFile())
        return {};
    const QFileInfo info(mime->urls().first().toLocalFile());
    if (info.isFile() && isModelArchive(info.filePath()))
        return info.absoluteFilePath();
    return info.isDir() ? info.absoluteFilePath() : info.isFile() ? info.absolutePath() : QString();
}

// Runs on the thread pool: unpack an archive into the store if need be, then load the folder.
LoadOutcome loadModelFrom(const QString& path) {
    if (!isModelArchive(path) || !QFileInfo(path).isFile())
        return {core::ModelBundle::load(path), path};
    core::ModelStore store;
    auto installed = store.importArchive(path);
    if (!installed)
        return {core::Error{installed.errorString()}, path};
    return {core::ModelBundle::load(installed->path), installed->path};
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(this))
    , m_messages(new widgets::MessageBar)
    , m_summary(new widgets::ModelSummaryView)
    , m_editor(new widgets::TextPairEditor)
    , m_modelLabel(new QLabel)
    , m_busy(new QProgressBar)
    , m_sidebar(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_textDebounce(new QTimer(this)) {
    setWindowTitle(tr("BertLab"));
    setAcceptDrops(true);

    // Model bar: open, what is open, its summary, a busy bar; errors appear right under it.
    auto* open = new QToolButton;
    open->setText(tr("Open Model…"));
    open->setToolButtonStyle(Qt::ToolButtonTextOnly);
    open->setToolTip(tr("Open a Google TF checkpoint folder or a Hugging Face BERT folder (Ctrl+O). "
                        "You can also drop a model folder onto the window."));
    connect(open, &QToolButton::clicked, this, &MainWindow::chooseModel);
    m_modelLabel->setText(tr("No model open"));
    m_modelLabel->setToolTip(tr("The open model's folder"));
    QFont bold = m_modelLabel->font();
    bold.setBold(true);
    m_modelLabel->setFont(bold);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 10);
    m_busy->setToolTip(tr("Loading the model…"));
    m_busy->hide();
    auto* modelBar = new QWidget;
    auto* barLayout = new QHBoxLayout(modelBar);
    barLayout->setContentsMargins(0, 0, 0, 0);
    barLayout->addWidget(open);
    barLayout->addWidget(m_modelLabel);
    barLayout->addWidget(m_summary, 1);
    barLayout->addWidget(m_busy);

    // Sidebar of pages next to the shared input and the current page.
    m_sidebar->setToolTip(tr("Pages (Ctrl+1 … Ctrl+8)"));
    // The shared text above the page, as tall as the user drags it (three lines a box to start with).
    m_editorSplitter = new QSplitter(Qt::Vertical);
    m_editorSplitter->setChildrenCollapsible(false);
    m_editorSplitter->addWidget(m_editor);
    m_editorSplitter->addWidget(m_stack);
    m_editorSplitter->setStretchFactor(0, 0);
    m_editorSplitter->setStretchFactor(1, 1);
    connect(m_editorSplitter, &QSplitter::splitterMoved, this, [this] {
        m_editorExtra = std::max(0, m_editorSplitter->sizes().value(0) - m_editor->sizeHint().height());
    });
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editorSplitter, 1);
    auto* body = new QHBoxLayout;
    body->addWidget(m_sidebar);
    body->addWidget(right, 1);
    m_sidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sidebar->setFixedWidth(fontMetrics().horizontalAdvance(u'M') * 9);
    m_sidebar->setSpacing(fontMetrics().height() / 4);

    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(modelBar);
    layout->addWidget(m_messages);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    addPage(new TokenizePage(m_workspace));
    addPage(new PredictPage(m_workspace));
    addPage(new ClassifyPage(m_workspace));
    addPage(new AttentionPage(m_workspace));
    auto* extractPage = new ExtractPage(m_workspace);
    addPage(extractPage);
    m_modelsPage = new ModelsPage(m_workspace);
    addPage(m_modelsPage);
    connect(m_modelsPage, &ModelsPage::openModelRequested, this, &MainWindow::openModel);
    connect(m_modelsPage, &ModelsPage::modelCardRequested, this, [this](const QString& folder) {
        ModelCardDialog dialog(folder, this);
        dialog.exec();
    });
    m_trainPage = new TrainPage(m_workspace);
    addPage(m_trainPage);
    connect(m_trainPage, &TrainPage::openModelRequested, this, &MainWindow::openModel);
    auto* remotePage = new RemotePage(m_workspace);
    addPage(remotePage);
    connect(remotePage, &RemotePage::watchRequested, this, [this](const QString& jobFolder) {
        showPage(int(m_pages.indexOf(m_trainPage)));
        m_trainPage->openRun(jobFolder);
    });
    // ssh's questions (a first-contact host key, a passphrase) come to this window as dialogs.
    if (const QString askpass = askpassProgram(); !askpass.isEmpty()) {
        auto* server = new core::AskpassServer(askpass, this);
        connect(server, &core::AskpassServer::asked, this,
                [this, server](int id, const QString& prompt) { askWithDialog(this, server, id, prompt); });
    }
    // "Run on" a host: the Remote page sends the run and watches it; the Train page shows it.
    connect(remotePage, &RemotePage::hostsChanged, m_trainPage, &TrainPage::setRemoteHosts);
    connect(remotePage, &RemotePage::hostsChanged, extractPage, &ExtractPage::setRemoteHosts);
    m_trainPage->setRemoteHosts(remotePage->hostNames());
    extractPage->setRemoteHosts(remotePage->hostNames());
    connect(m_trainPage, &TrainPage::remoteRunRequested, remotePage,
            [this, remotePage](const core::TrainingConfig& config, const QString& host) {
                remotePage->submitRun(
                    config, host, [this](const QString& error) { m_trainPage->remoteSubmitFinished(error); });
            });
    connect(m_trainPage, &TrainPage::remoteSendCancelRequested, remotePage, &RemotePage::cancelSending);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        if (row >= 0 && row < m_pages.size())
            m_editor->setVisible(m_pages[row]->usesSharedText());
    });

    // Editor <-> workspace: typing is debounced; changes made by pages flow back into the editor.
    m_textDebounce->setSingleShot(true);
    m_textDebounce->setInterval(150);
    connect(m_editor, &widgets::TextPairEditor::textEdited, m_textDebounce, qOverload<>(&QTimer::start));
    // Ticking or unticking the pair makes room for the second box (or gives it back), keeping the user's
    // drag.
    connect(m_editor, &widgets::TextPairEditor::textEdited, this, [this] {
        if (m_editor->isPair() != m_editorWasPair) {
            m_editorWasPair = m_editor->isPair();
            fitEditor();
        }
    });
    connect(m_textDebounce, &QTimer::timeout, this,
            [this] { m_workspace->setText(m_editor->first(), m_editor->second()); });
    connect(m_workspace, &Workspace::textChanged, this, [this] {
        if (m_editor->first() != m_workspace->first() || m_editor->second() != m_workspace->second())
            m_editor->setTexts(m_workspace->first(), m_workspace->second());
    });

    connect(m_messages, &widgets::MessageBar::linkActivated, this, &MainWindow::onMessageLink);
    buildMenus();
    connect(&m_load, &QFutureWatcher<LoadOutcome>::finished, this, &MainWindow::onLoadFinished);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 760);
    const QString first = settings.value(kFirstKey, tr("The capital of France is [MASK].")).toString();
    const QVariant second = settings.value(kSecondKey);
    m_workspace->setText(first, second.isNull() ? QString() : second.toString());
    m_editor->setTexts(m_workspace->first(), m_workspace->second());
    m_editorWasPair = m_editor->isPair();
    m_editorExtra = settings.value(kEditorExtraKey, 0).toInt();
    QTimer::singleShot(0, this, &MainWindow::fitEditor); // once the window has its height
    core::TokenizerOptions options;
    options.mode = core::tokenizerModeFromName(settings.value(kModeKey).toString())
                       .value_or(core::TokenizerMode::Google);
    m_workspace->setTokenizerOptions(options);
    showPage(settings.value(kPageKey, 0).toInt());
}

MainWindow::~MainWindow() {
    m_load.waitForFinished();
}

void MainWindow::addPage(Page* page) {
    m_pages.append(page);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->title(), m_sidebar);
    item->setToolTip(page->toolTip());
    connect(page, &Page::highlightRequested, m_editor, &widgets::TextPairEditor::highlightSpan);
    connect(page, &Page::maskRequested, this, [this] {
        if (!m_editor->maskSelection())
            m_messages->showMessage(tr("Select a word in the text (or put the cursor on it) to mask it."));
    });
    connect(page, &Page::messageRequested, this, [this](const QString& text, bool isError) {
        m_messages->showMessage(text, isError ? widgets::MessageBar::Kind::Error
                                              : widgets::MessageBar::Kind::Information);
    });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Model…"), this, &MainWindow::chooseModel);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open a Google TF checkpoint folder or a Hugging Face BERT folder"));
    QAction* archive = file->addAction(tr("Open Model &Archive…"), this, &MainWindow::chooseArchive);
    archive->setToolTip(
        tr("Unpack a downloaded model archive (zip, tar.gz, …) into the model store and open it"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    rebuildRecentMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction* action = view->addAction(m_pages[i]->title(), this, [this, i] { showPage(i); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setToolTip(m_pages[i]->toolTip());
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* manual = help->addAction(tr("BertLab &Manual"), this, &MainWindow::showHelp);
    manual->setShortcut(QKeySequence::HelpContents);
    manual->setToolTip(tr("The user manual, opened at the current page's section (F1)"));
    m_modelCardAction = help->addAction(tr("About This &Model"), this, &MainWindow::showModelCard);
    m_modelCardAction->setToolTip(tr("The open model's card: what it was trained on, its licence and "
                                     "its training curves"));
    m_modelCardAction->setEnabled(false);
    help->addAction(tr("Open the &Demo Model"), this, &MainWindow::openDemoModel)
        ->setToolTip(tr("Open BertLab's small built-in model, which works offline"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About BertLab"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction* aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QString MainWindow::pageKey(const Page* page) {
    // "tokenize" from the class TokenizePage: ASCII in every language.
    return QString::fromLatin1(page->metaObject()->className())
        .section(QStringLiteral("::"), -1)
        .remove(QStringLiteral("Page"))
        .toLower();
}

HelpWindow* MainWindow::helpWindow() {
    if (!m_help)
        m_help = new HelpWindow(this);
    return m_help;
}

void MainWindow::showHelp() {
    const int page = currentPage();
    helpWindow()->showSection(page >= 0 && page < m_pages.size() ? pageKey(m_pages[page]) : QString());
}

void MainWindow::showModelCard() {
    if (m_modelDirectory.isEmpty() || !model())
        return;
    ModelCardDialog dialog(m_modelDirectory, this);
    dialog.exec();
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::openStartupModel(const QString& requested) {
    m_fallBackToDemo = true;
    if (!requested.isEmpty()) {
        openModel(requested);
        return;
    }
    const QString last = QSettings().value(kRecentKey).toStringList().value(0);
    if (!last.isEmpty() && core::detectModelFolder(last))
        openModel(last);
    else
        openDemoModel();
}

void MainWindow::openDemoModel() {
    const QString demo = core::DemoModel::directory();
    if (demo.isEmpty()) {
        m_fallBackToDemo = false;
        m_messages->showMessage(tr("The BertLab demo model is not installed (looked in %1). Open a model "
                                   "folder (Ctrl+O) or download one on the Models page.")
                                    .arg(core::DemoModel::searchPaths().join(QStringLiteral(", "))),
                                widgets::MessageBar::Kind::Error);
        return;
    }
    openModel(demo);
}

bool MainWindow::isShowingDemoHint() const {
    return m_showingDemoHint && !m_messages->isHidden();
}

void MainWindow::showDemoHint() {
    m_showingDemoHint = true;
    m_messages->showRichMessage(
        tr("<b>Welcome to BertLab.</b> This is the <b>BertLab demo model</b>, a small BERT trained on "
           "WordNet's definitions, so every page works right away, offline. For real work, "
           "<a href=\"bertlab:models\">download a pretrained BERT</a> on the Models page or "
           "<a href=\"bertlab:open\">open a model folder</a> (Ctrl+O). "
           "<a href=\"bertlab:card\">What the demo model is</a> · "
           "<a href=\"bertlab:manual\">Manual</a> (F1)"));
}

void MainWindow::onMessageLink(const QString& link) {
    if (link == u"bertlab:models")
        showPage(int(m_pages.indexOf(m_modelsPage)));
    else if (link == u"bertlab:open")
        chooseModel();
    else if (link == u"bertlab:card")
        showModelCard();
    else if (link == u"bertlab:manual")
        showHelp();
}

void MainWindow::showPage(int index) {
    if (index >= 0 && index < m_pages.size())
        m_sidebar->setCurrentRow(index);
}

int MainWindow::currentPage() const {
    return m_stack->currentIndex();
}

std::shared_ptr<const core::ModelBundle> MainWindow::model() const {
    return m_workspace->model();
}

void MainWindow::fitEditor() {
    const int editor = m_editor->sizeHint().height() + m_editorExtra;
    const int total = std::max(m_editorSplitter->height(), editor + 200);
    m_editorSplitter->setSizes({editor, total - editor});
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_trainPage && !m_trainPage->confirmClose()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kEditorExtraKey, m_editorExtra);
    settings.setValue(kPageKey, currentPage());
    settings.setValue(kFirstKey, m_workspace->first());
    settings.setValue(kSecondKey, m_workspace->isPair() ? QVariant(m_workspace->second()) : QVariant());
    settings.setValue(kModeKey, core::tokenizerModeName(m_workspace->tokenizerOptions().mode));
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedModel(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QString folder = droppedModel(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    openModel(folder);
}

void MainWindow::chooseModel() {
    const QString start = QSettings().value(kRecentKey).toStringList().value(0, QDir::homePath());
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Open Model Folder"), start);
    if (!directory.isEmpty())
        openModel(directory);
}

void MainWindow::chooseArchive() {
    const QString start = QSettings().value(kRecentKey).toStringList().value(0, QDir::homePath());
    const QString archive = QFileDialog::getOpenFileName(
        this, tr("Open Model Archive"), start,
        tr("Model archives (*.zip *.tar *.tgz *.tar.gz *.tbz2 *.tar.bz2 *.txz *.tar.xz)"));
    if (!archive.isEmpty())
        openModel(archive);
}

void MainWindow::openModel(const QString& path) {
    if (m_load.isRunning())
        return;
    m_busy->show();
    statusBar()->showMessage(
        isModelArchive(path) ? tr("Unpacking %1 into the model store…").arg(QDir::toNativeSeparators(path))
                             : tr("Loading %1…").arg(QDir::toNativeSeparators(path)));
    m_load.setFuture(QtConcurrent::run([path] { return loadModelFrom(path); }));
}

void MainWindow::onLoadFinished() {
    m_busy->hide();
    statusBar()->clearMessage();
    LoadOutcome outcome = m_load.result();
    ModelLoad& result = outcome.model;
    const bool startup = std::exchange(m_fallBackToDemo, false);
    if (!result) {
        // The model that was open stays open and usable; with none open, the demo model is better than
        // nothing.
        const QString kept = model() ? tr(" The previous model is still open.") : QString();
        const bool toDemo = startup && !model() && !core::DemoModel::isDemoModel(outcome.directory) &&
                            !core::DemoModel::directory().isEmpty();
        const QString demo = toDemo ? tr(" Opening the demo model instead.") : QString();
        m_messages->showMessage(result.errorString() + kept + demo, widgets::MessageBar::Kind::Error);
        Q_EMIT modelFailed(result.errorString());
        if (toDemo)
            QTimer::singleShot(0, this, [this] {
                openDemoModel();
                m_keepMessage = true; // the reason stays visible under the demo model
            });
        return;
    }
    m_modelDirectory = outcome.directory;
    const bool demo = core::DemoModel::isDemoModel(m_modelDirectory);
    if (!std::exchange(m_keepMessage, false))
        m_messages->hide();
    m_showingDemoHint = false;
    const auto bundle = *result;
    m_summary->setSummary(bundle->summary());
    // A trained model is named after its run folder, not "checkpoint".
    const QString run = core::trainedModelRunName(m_modelDirectory);
    const QString name = demo             ? tr("BertLab demo model")
                         : !run.isEmpty() ? tr("%1 (trained)").arg(run)
                                          : QDir(m_modelDirectory).dirName();
    m_modelLabel->setText(name);
    m_modelLabel->setToolTip(QDir::toNativeSeparators(m_modelDirectory));
    setWindowTitle(tr("%1 — BertLab").arg(name));
    m_modelCardAction->setEnabled(ModelCardDialog::hasCard(m_modelDirectory));
    QSettings settings;
    if (!demo)
        settings.setValue(kOwnModelKey, true);
    else if (!settings.value(kOwnModelKey, false).toBool() && m_messages->isHidden())
        showDemoHint();
    // The model's own tokenizer; keras-bert, once chosen, stays for models without tokenizer files
    // (keras-bert reads Google's checkpoints).
    core::TokenizerOptions options = bundle->defaultTokenizerOptions();
    if (m_workspace->tokenizerOptions().mode == core::TokenizerMode::KerasBert &&
        !bundle->tokenizerSettings())
        options.mode = core::TokenizerMode::KerasBert;
    m_workspace->setTokenizerOptions(options);
    m_workspace->setModel(bundle);
    if (!demo) // the demo model is always one click away (Help); recent lists the user's own
        rememberRecent(m_modelDirectory);
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

void MainWindow::showSettings() {
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::saveScreenshots(const QString& directory, std::function<void(bool)> done) {
    if (!QDir().mkpath(directory)) {
        done(false);
        return;
    }
    screenshotNext(directory, 0, std::move(done));
}

void MainWindow::screenshotNext(const QString& directory, int index, std::function<void(bool)> done) {
    if (index >= m_pages.size()) {
        done(true);
        return;
    }
    showPage(index);
    // Give the page its debounce time, then wait until its results are in (at most 30 s).
    auto* timer = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    connect(timer, &QTimer::timeout, this, [=, this] {
        if (clock->elapsed() < 600 || (m_pages[index]->isBusy() && clock->elapsed() < 30000))
            return;
        timer->deleteLater();
        // File names stay ASCII in every language: "1-tokenize.png".
        const QString name = QStringLiteral("%1-%2.png").arg(index + 1).arg(pageKey(m_pages[index]));
        if (!grab().save(QDir(directory).filePath(name))) {
            done(false);
            return;
        }
        screenshotNext(directory, index + 1, done);
    });
    timer->start(50);
}

} // namespace bertlab::app
