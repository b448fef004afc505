#include "models_page.h"

#include "model_card_dialog.h"

#include "core/display_format.h"
#include "core/hub/download.h"
#include "core/hub/download_queue.h"
#include "widgets/catalog_table_model.h"
#include "widgets/download_list_model.h"
#include "widgets/installed_models_model.h"
#include "widgets/message_bar.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <limits>

namespace bertlab::app {

namespace {

// Bytes of the files below `dir` (links not followed).
qint64 folderSize(const QString& dir) {
    qint64 bytes = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

constexpr auto kStoreKey = "models/store";

struct ImportOutcome {
    bool ok = false;
    QString id, path, error;
};

// The store setting: scripts and tests set the environment, which wins; then the user's choice.
QString initialStoreRoot() {
    if (qEnvironmentVariableIsSet(core::ModelStore::environmentVariable))
        return core::ModelStore::defaultRoot();
    return QSettings().value(QLatin1String(kStoreKey), core::ModelStore::defaultRoot()).toString();
}

QTableView* makeTable(QAbstractItemModel* model) {
    auto* view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Compact rows that still follow the font (2x scale, large fonts).
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() * 3 / 2);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The first column (the name) takes what is left, so every other column stays readable.
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setTextElideMode(Qt::ElideMiddle);
    return view;
}

bool isArchive(const QString& path) {
    for (const auto* suffix : {".zip", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar"})
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    return false;
}

QString droppedPath(const QMimeData* mime) {
    if (!mime || !mime->hasUrls() || mime->urls().isEmpty() || !mime->urls().first().isLocalFile())
        return {};
    const QFileInfo info(mime->urls().first().toLocalFile());
    return info.isDir() || (info.isFile() && isArchive(info.filePath())) ? info.absoluteFilePath()
                                                                         : QString();
}

} // namespace

ModelsPage::ModelsPage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_store(initialStoreRoot())
    , m_queue(new core::DownloadQueue)
    , m_messages(new widgets::MessageBar)
    , m_catalogModel(new widgets::CatalogTableModel(this))
    , m_catalogFilter(new widgets::CatalogFilterModel(this))
    , m_installedModel(new widgets::InstalledModelsModel(this))
    , m_downloadModel(new widgets::DownloadListModel(this)) {
    setAcceptDrops(true);
    // Hashing every received byte would stutter the UI, so the queue lives on its own thread.
    m_queue->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_queue, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("downloads"));
    m_thread.start();

    m_catalogFilter->setSourceModel(m_catalogModel);
    m_messages->hide();

    auto* columns = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildCatalog(), 1);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(buildInstalled(), 3);
    rightLayout->addWidget(buildDownloads(), 2);
    rightLayout->addWidget(buildSettings());
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);
    columns->setChildrenCollapsible(false);
    // The catalog's names need the room more than the installed list: 3:2 from the start (setSizes scales
    // to the width there is), not only for space beyond the size hints.
    const int em = fontMetrics().horizontalAdvance(u'M');
    columns->setSizes({em * 60, em * 40});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(columns, 1);

    refresh();
    updateButtons();
}

ModelsPage::~ModelsPage() {
    m_thread.quit(); // the queue is deleted on the thread as it finishes; downloads keep their partials
    m_thread.wait();
    QThreadPool::globalInstance()->waitForDone(); // imports hold the store's staging folders
}

QString ModelsPage::toolTip() const {
    return tr("Download pretrained BERT models, import your own and manage the model store");
}

QWidget* ModelsPage::buildCatalog() {
    auto* box = new QGroupBox(tr("Catalog"));
    auto* layout = new QVBoxLayout(box);

    auto* filters = new QHBoxLayout;
    m_filterText = new QLineEdit;
    m_filterText->setObjectName(QStringLiteral("catalogFilter"));
    m_filterText->setPlaceholderText(tr("Filter by name…"));
    m_filterText->setClearButtonEnabled(true);
    m_filterText->setToolTip(tr("Show only models whose name or id contains this text"));
    m_language = new QComboBox;
    m_language->setToolTip(tr("Show only models of this language"));
    m_size = new QComboBox;
    m_size->setToolTip(tr("Show only models of this hidden size (small models download and run faster)"));
    m_size->addItem(tr("Any size"), QPoint(0, std::numeric_limits<int>::max()));
    m_size->addItem(tr("Tiny (hidden ≤ 256)"), QPoint(1, 256));
    m_size->addItem(tr("Small (hidden 512)"), QPoint(257, 512));
    m_size->addItem(tr("Base (hidden 768)"), QPoint(513, 768));
    m_size->addItem(tr("Large (hidden ≥ 1024)"), QPoint(769, std::numeric_limits<int>::max()));
    filters->addWidget(m_filterText, 1);
    filters->addWidget(m_language);
    filters->addWidget(m_size);
    layout->addLayout(filters);
    connect(m_filterText, &QLineEdit::textChanged, this, &ModelsPage::applyFilters);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ModelsPage::applyFilters);
    connect(m_size, &QComboBox::currentIndexChanged, this, &ModelsPage::applyFilters);

    m_catalogView = makeTable(m_catalogFilter);
    m_catalogView->setObjectName(QStringLiteral("catalogView"));
    m_catalogView->setSortingEnabled(true);
    m_catalogView->sortByColumn(-1, Qt::AscendingOrder); // catalog order until the user sorts
    m_catalogView->setToolTip(tr("Models that can be downloaded; double-click one to download it"));
    layout->addWidget(m_catalogView, 1);
    connect(m_catalogView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelsPage::updateButtons);
    connect(m_catalogView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        download(index.data(widgets::CatalogTableModel::IdRole).toString());
    });

    auto* actions = new QHBoxLayout;
    m_downloadButton = new QPushButton(tr("&Download"));
    m_downloadButton->setObjectName(QStringLiteral("downloadButton"));
    m_downloadButton->setToolTip(tr("Download the selected model, verify it and install it into the store"));
    connect(m_downloadButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_catalogView->currentIndex();
        if (index.isValid())
            download(index.data(widgets::CatalogTableModel::IdRole).toString());
    });
    actions->addWidget(m_downloadButton);
    m_removeEntryButton = new QPushButton(tr("Remove &Entry"));
    m_removeEntryButton->setObjectName(QStringLiteral("removeEntryButton"));
    m_removeEntryButton->setToolTip(tr("Take the model you added off the catalog (Delete); an installed "
                                       "copy stays. Only entries you added can be removed."));
    connect(m_removeEntryButton, &QPushButton::clicked, this, [this] {
        removeUserEntry(m_catalogView->currentIndex().data(widgets::CatalogTableModel::IdRole).toString());
    });
    auto* removeShortcut =
        new QShortcut(QKeySequence::Delete, m_catalogView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeShortcut, &QShortcut::activated, m_removeEntryButton, &QPushButton::click);
    actions->addWidget(m_removeEntryButton);
    actions->addStretch(1);
    layout->addLayout(actions);

    // A user entry: any archive URL (a model on a company server, a newer release).
    auto* entry = new QGroupBox(tr("Add your own model"));
    auto* entryLayout = new QHBoxLayout(entry);
    m_entryName = new QLineEdit;
    m_entryName->setPlaceholderText(tr("Name"));
    m_entryName->setToolTip(tr("A name for the model; it also becomes its folder name in the store"));
    m_entryUrl = new QLineEdit;
    m_entryUrl->setPlaceholderText(tr("https://… URL of a .zip or .tar.gz"));
    m_entryUrl->setToolTip(tr("Where to download the model archive from (http or https)"));
    auto* add = new QPushButton(tr("Add"));
    add->setToolTip(tr("Add this model to the catalog (kept in the store, shared with bertlab-cli)"));
    connect(add, &QPushButton::clicked, this, [this] {
        if (addUserEntry(m_entryName->text(), m_entryUrl->text())) {
            m_entryName->clear();
            m_entryUrl->clear();
        }
    });
    connect(m_entryUrl, &QLineEdit::returnPressed, add, &QPushButton::click);
    entryLayout->addWidget(m_entryName, 1);
    entryLayout->addWidget(m_entryUrl, 3);
    entryLayout->addWidget(add);
    layout->addWidget(entry);
    return box;
}

QWidget* ModelsPage::buildInstalled() {
    auto* box = new QGroupBox(tr("Installed"));
    auto* layout = new QVBoxLayout(box);
    m_installedView = makeTable(m_installedModel);
    m_installedView->setObjectName(QStringLiteral("installedView"));
    m_installedView->setToolTip(tr("Models in the store; double-click one to open it. "
                                   "Drop a model folder or archive here to import it."));
    layout->addWidget(m_installedView, 1);
    connect(m_installedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelsPage::updateButtons);
    connect(m_installedView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.data(widgets::InstalledModelsModel::ValidRole).toBool())
            Q_EMIT openModelRequested(index.data(widgets::InstalledModelsModel::PathRole).toString());
    });

    auto* actions = new QHBoxLayout;
    m_openButton = new QPushButton(tr("&Open"));
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_openButton->setToolTip(tr("Make the selected model the app's current model"));
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_installedView->currentIndex();
        if (index.isValid())
            Q_EMIT openModelRequested(index.data(widgets::InstalledModelsModel::PathRole).toString());
    });
    m_removeButton = new QPushButton(tr("&Remove…"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    m_removeButton->setToolTip(tr("Delete the selected model from the store (asks first)"));
    connect(m_removeButton, &QPushButton::clicked, this, &ModelsPage::removeSelected);
    m_revealButton = new QPushButton(tr("Show in &Folder"));
    m_revealButton->setToolTip(tr("Open the selected model's folder in the file manager"));
    connect(m_revealButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_installedView->currentIndex();
        if (index.isValid())
            QDesktopServices::openUrl(
                QUrl::fromLocalFile(index.data(widgets::InstalledModelsModel::PathRole).toString()));
    });
    m_cardButton = new QPushButton(tr("Model &Card"));
    m_cardButton->setToolTip(tr("What the selected model is: its card (README.md) and training curves"));
    connect(m_cardButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_installedView->currentIndex();
        if (index.isValid())
            Q_EMIT modelCardRequested(index.data(widgets::InstalledModelsModel::PathRole).toString());
    });
    auto* importFolder = new QPushButton(tr("Import &Folder…"));
    importFolder->setToolTip(tr("Copy a model folder (TF checkpoint or Hugging Face) into the store"));
    connect(importFolder, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Import Model Folder"), QDir::homePath());
        if (dir.isEmpty())
            return;
        // A copy can be large: say how large, and offer to open the folder where it is instead.
        QMessageBox box(QMessageBox::Question, tr("Import Model Folder"),
                        tr("Copy %1 (%2) into the model store?")
                            .arg(QDir::toNativeSeparators(dir), core::sizeText(folderSize(dir))),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("The store keeps its own copy in %1. To use the model without copying it, "
                                  "open it where it is.")
                                   .arg(QDir::toNativeSeparators(m_store.root())));
        QPushButton* copy = box.addButton(tr("&Copy"), QMessageBox::AcceptRole);
        QPushButton* open = box.addButton(tr("&Open Without Copying"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(copy);
        box.exec();
        if (box.clickedButton() == copy)
            importPath(dir);
        else if (box.clickedButton() == open)
            Q_EMIT openModelRequested(dir);
    });
    auto* importArchive = new QPushButton(tr("Import &Archive…"));
    importArchive->setToolTip(tr("Unpack a model archive (.zip, .tar.gz, .tar.bz2, .tar.xz) into the store"));
    connect(importArchive, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import Model Archive"), QDir::homePath(),
            tr("Model archives (*.zip *.tar.gz *.tgz *.tar.bz2 *.tbz2 *.tar.xz *.txz *.tar)"));
        if (!file.isEmpty())
            importPath(file);
    });
    // Two rows: the selected model's actions, then bringing one in; in one row they would make this column
    // wider than the catalog's names can spare.
    for (auto* b : {m_openButton, m_cardButton, m_removeButton, m_revealButton})
        actions->addWidget(b);
    actions->addStretch(1);
    layout->addLayout(actions);
    auto* imports = new QHBoxLayout;
    imports->addWidget(importFolder);
    imports->addWidget(importArchive);
    imports->addStretch(1);
    layout->addLayout(imports);
    return box;
}

QWidget* ModelsPage::buildDownloads() {
    auto* box = new QGroupBox(tr("Downloads"));
    auto* layout = new QVBoxLayout(box);
    m_downloadView = makeTable(m_downloadModel);
    m_downloadView->setObjectName(QStringLiteral("downloadView"));
    m_downloadView->setToolTip(tr("Downloads of this session; select one to pause, resume or cancel it"));
    layout->addWidget(m_downloadView, 1);
    connect(m_downloadView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelsPage::updateButtons);
    connect(m_downloadModel, &QAbstractItemModel::dataChanged, this, &ModelsPage::updateButtons);
    auto* actions = new QHBoxLayout;
    m_pauseButton = new QPushButton(tr("&Pause"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setToolTip(tr("Stop the selected download; Resume continues where it stopped"));
    m_resumeButton = new QPushButton(tr("Res&ume"));
    m_resumeButton->setToolTip(tr("Continue the selected paused or failed download"));
    m_cancelButton = new QPushButton(tr("&Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop the selected download and delete what it received"));
    int action = 0;
    for (auto* b : {m_pauseButton, m_resumeButton, m_cancelButton}) {
        connect(b, &QPushButton::clicked, this, [this, action] { actOnSelectedDownload(action); });
        actions->addWidget(b);
        ++action;
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    return box;
}

QWidget* ModelsPage::buildSettings() {
    auto* box = new QGroupBox(tr("Store settings"));
    auto* form = new QFormLayout(box);
    auto* storeRow = new QHBoxLayout;
    m_storeEdit = new QLineEdit(m_store.root());
    m_storeEdit->setCursorPosition(0); // a long path shows its start
    m_storeEdit->setToolTip(tr("The folder that holds installed models (one sub-folder each). "
                               "Press Enter to switch to the folder typed here."));
    auto* browse = new QPushButton(tr("Change…"));
    browse->setToolTip(tr("Choose another folder for the model store"));
    browse->setEnabled(!qEnvironmentVariableIsSet(core::ModelStore::environmentVariable));
    connect(m_storeEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_storeEdit->text() != m_store.root())
            setStoreRoot(m_storeEdit->text());
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Model Store Folder"), m_store.root());
        if (!dir.isEmpty())
            setStoreRoot(dir);
    });
    storeRow->addWidget(m_storeEdit, 1);
    storeRow->addWidget(browse);
    form->addRow(tr("Store folder:"), storeRow);
    m_storeNote = new QLabel;
    m_storeNote->setWordWrap(true);
    m_storeNote->setVisible(false);
    form->addRow(QString(), m_storeNote);
    m_mirrorEdit = new QLineEdit;
    m_mirrorEdit->setPlaceholderText(tr("none: download from the original hosts"));
    m_mirrorEdit->setToolTip(tr("A base URL that replaces the host of every catalog URL, for networks that "
                                "cannot reach the original hosts. Press Enter to apply."));
    connect(m_mirrorEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_mirrorEdit->text().trimmed() != m_catalog.mirror().toString())
            setMirror(m_mirrorEdit->text());
    });
    form->addRow(tr("Mirror:"), m_mirrorEdit);

    // How many downloads run at once; the rest wait in the queue.
    auto* parallel = new QSpinBox;
    parallel->setRange(1, 8);
    parallel->setValue(QSettings().value(QStringLiteral("models/parallelDownloads"), 2).toInt());
    parallel->setToolTip(tr("How many downloads run at the same time; the others wait in the list"));
    const auto applyParallel = [queue = m_queue](int count) {
        QMetaObject::invokeMethod(queue, [queue, count] { queue->setMaxParallel(count); });
    };
    applyParallel(parallel->value());
    connect(parallel, &QSpinBox::valueChanged, this, [applyParallel](int count) {
        QSettings().setValue(QStringLiteral("models/parallelDownloads"), count);
        applyParallel(count);
    });
    form->addRow(tr("Parallel downloads:"), parallel);
    return box;
}

void ModelsPage::setStoreRoot(const QString& root) {
    const QString clean = QDir::cleanPath(QDir::fromNativeSeparators(root.trimmed()));
    if (clean.isEmpty())
        return;
    m_store.setRoot(clean);
    QSettings().setValue(QLatin1String(kStoreKey), clean);
    m_storeEdit->setText(clean);
    m_storeEdit->setCursorPosition(0); // a long path shows its start (the tooltip has all of it)
    refresh();
}

bool ModelsPage::setMirror(const QString& base) {
    const QString text = base.trimmed();
    if (auto set = m_catalog.setMirror(text); !set) {
        showError(tr("Mirror '%1': %2").arg(text, set.errorString()));
        return false;
    }
    QDir().mkpath(m_store.root());
    if (auto saved = m_catalog.saveUserFile(m_store.userCatalogPath()); !saved) {
        showError(saved.errorString());
        return false;
    }
    m_messages->showMessage(text.isEmpty() ? tr("Catalog models are downloaded from their original hosts.")
                                           : tr("Catalog models are downloaded from %1.").arg(text));
    m_messages->show();
    return true;
}

bool ModelsPage::removeUserEntry(const QString& catalogId) {
    const core::CatalogEntry* entry = m_catalog.find(catalogId);
    if (!entry || !entry->userEntry)
        return false;
    const QString name = entry->displayName;
    m_catalog.removeUserEntry(catalogId);
    if (auto saved = m_catalog.saveUserFile(m_store.userCatalogPath()); !saved) {
        showError(saved.errorString());
        refresh(); // back to what the file holds
        return false;
    }
    refresh();
    m_messages->showMessage(tr("%1 is no longer in the catalog.").arg(name));
    m_messages->show();
    return true;
}

bool ModelsPage::addUserEntry(const QString& name, const QString& url) {
    auto added = m_catalog.addUserEntry(name.trimmed(), url);
    if (!added) {
        showError(added.errorString());
        return false;
    }
    QDir().mkpath(m_store.root());
    if (auto saved = m_catalog.saveUserFile(m_store.userCatalogPath()); !saved) {
        m_catalog.removeUserEntry(added->id);
        showError(saved.errorString());
        return false;
    }
    refresh();
    const int row =
        m_catalogFilter->mapFromSource(m_catalogModel->index(m_catalogModel->rowOf(added->id), 0)).row();
    if (row >= 0)
        m_catalogView->selectRow(row);
    // Replaces an earlier error: it no longer applies.
    m_messages->showMessage(
        tr("%1 is in the catalog now: select it and click Download.").arg(added->displayName));
    m_messages->show();
    return true;
}

void ModelsPage::refresh() {
    if (auto catalog = m_store.catalog(); catalog) {
        m_catalog = *catalog;
    } else {
        showError(catalog.errorString());
        if (auto builtIn = core::Catalog::builtIn(); builtIn)
            m_catalog = *builtIn;
    }
    const QString selectedEntry =
        m_catalogView->currentIndex().data(widgets::CatalogTableModel::IdRole).toString();
    m_catalogModel->setEntries(m_catalog.entries());
    // Columns that say nothing here give their room to the names: the licence is in every row's tooltip,
    // and sizes are shown only when the catalog knows some.
    const bool anySize = std::any_of(m_catalog.entries().begin(), m_catalog.entries().end(),
                                     [](const core::CatalogEntry& e) { return e.archiveSize.has_value(); });
    m_catalogView->setColumnHidden(widgets::CatalogTableModel::Size, !anySize);
    m_catalogView->setColumnHidden(widgets::CatalogTableModel::Licence, true);
    const auto installed = m_store.listWithBuiltIn();
    QSet<QString> ids;
    for (const auto& m : installed)
        ids.insert(m.id);
    m_catalogModel->setInstalled(ids);
    const QString selectedModel = selectedInstalledId();
    m_installedModel->setModels(installed);
    if (const int row = m_installedModel->rowOf(selectedModel); row >= 0)
        m_installedView->selectRow(row);
    if (const int row = m_catalogModel->rowOf(selectedEntry); row >= 0)
        m_catalogView->selectRow(m_catalogFilter->mapFromSource(m_catalogModel->index(row, 0)).row());

    const QString language = m_language->currentData().toString();
    {
        const QSignalBlocker block(m_language);
        m_language->clear();
        m_language->addItem(tr("All languages"), QString());
        for (const QString& code : m_catalogModel->languages())
            m_language->addItem(widgets::CatalogTableModel::languageName(code), code);
        m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    }
    m_mirrorEdit->setText(m_catalog.mirror().toString());
    m_storeNote->setText(tr("Set by the BERTLAB_MODEL_STORE environment variable."));
    const bool fromEnvironment = qEnvironmentVariableIsSet(core::ModelStore::environmentVariable);
    m_storeNote->setVisible(fromEnvironment);
    m_storeEdit->setReadOnly(fromEnvironment); // a setting would not survive the next start
    applyFilters();
    updateButtons();
}

void ModelsPage::applyFilters() {
    m_catalogFilter->setText(m_filterText->text());
    m_catalogFilter->setLanguage(m_language->currentData().toString());
    const QPoint range = m_size->currentData().toPoint();
    m_catalogFilter->setHiddenRange(range.x(), range.y());
}

void ModelsPage::updateButtons() {
    const QModelIndex entry = m_catalogView->currentIndex();
    const bool installedAlready = entry.data(widgets::CatalogTableModel::InstalledRole).toBool();
    m_downloadButton->setEnabled(entry.isValid() && m_catalogView->selectionModel()->hasSelection() &&
                                 !installedAlready);
    m_downloadButton->setText(installedAlready ? tr("Installed") : tr("&Download"));
    m_removeEntryButton->setEnabled(entry.isValid() && m_catalogView->selectionModel()->hasSelection() &&
                                    entry.data(widgets::CatalogTableModel::UserEntryRole).toBool());
    const QModelIndex installed = m_installedView->currentIndex();
    const bool hasModel = installed.isValid() && m_installedView->selectionModel()->hasSelection();
    m_openButton->setEnabled(hasModel && installed.data(widgets::InstalledModelsModel::ValidRole).toBool());
    const bool builtIn = installed.data(widgets::InstalledModelsModel::BuiltInRole).toBool();
    m_removeButton->setEnabled(hasModel && !builtIn);
    m_removeButton->setToolTip(builtIn ? tr("The demo model is built into BertLab and cannot be removed")
                                       : tr("Delete the selected model from the store (asks first)"));
    m_revealButton->setEnabled(hasModel);
    m_cardButton->setEnabled(
        hasModel &&
        ModelCardDialog::hasCard(installed.data(widgets::InstalledModelsModel::PathRole).toString()));
    const QModelIndex d = m_downloadView->currentIndex();
    const auto state = d.isValid()
                           ? core::DownloadState(d.data(widgets::DownloadListModel::StateRole).toInt())
                           : core::DownloadState::Finished;
    const bool busy = state == core::DownloadState::Queued || state == core::DownloadState::Running ||
                      state == core::DownloadState::Waiting;
    m_pauseButton->setEnabled(d.isValid() && busy);
    const bool retry = state == core::DownloadState::Failed &&
                       m_pending.contains(d.data(widgets::DownloadListModel::KeyRole).toString());
    m_resumeButton->setEnabled(d.isValid() && (state == core::DownloadState::Paused || retry));
    m_resumeButton->setText(state == core::DownloadState::Failed ? tr("Ret&ry") : tr("Res&ume"));
    // An ended row (failed, cancelled, finished) is taken off the list instead: nothing is left to cancel.
    const bool ended = d.isValid() && !busy && state != core::DownloadState::Paused;
    m_cancelButton->setEnabled(d.isValid());
    m_cancelButton->setText(ended ? tr("Re&move") : tr("&Cancel"));
    m_cancelButton->setToolTip(ended ? (state == core::DownloadState::Failed
                                            ? tr("Take the failed download off the list and delete the part "
                                                 "it received")
                                            : tr("Take the download off the list (an installed model stays)"))
                                     : tr("Stop the selected download and delete what it received"));
}

void ModelsPage::showError(const QString& message) {
    m_messages->showMessage(message, widgets::MessageBar::Kind::Error);
    m_messages->show();
    Q_EMIT operationFailed(message);
}

QString ModelsPage::errorText() const {
    return m_messages->isHidden() ? QString() : m_messages->text();
}

bool ModelsPage::download(const QString& catalogId) {
    // The installer the CLI uses: the same checks, URLs and partial file.
    core::InstallRequest what;
    what.what = catalogId;
    auto plan = core::planInstall(m_store, m_catalog, what);
    if (!plan) {
        showError(plan.errorString());
        return false;
    }
    const QString key = plan->request.destination;
    if (!QDir().mkpath(QFileInfo(key).absolutePath())) {
        showError(tr("Cannot create the download folder %1.").arg(QFileInfo(key).absolutePath()));
        return false;
    }
    if (const int row = m_downloadModel->rowOf(key); row >= 0) {
        const auto* existing = m_downloadModel->rowAt(row);
        if (existing->state != core::DownloadState::Failed &&
            existing->state != core::DownloadState::Cancelled &&
            existing->state != core::DownloadState::Finished) {
            m_downloadView->selectRow(row);
            return true; // already on its way
        }
    }
    m_pending.insert(key, {*plan, 0});
    m_downloadModel->upsert({key, plan->name, {}, core::DownloadState::Queued, {}});
    m_downloadView->selectRow(m_downloadModel->rowOf(key)); // so Pause and Cancel apply to it right away
    m_messages->hide();
    enqueue(key, plan->request);
    return true;
}

void ModelsPage::enqueue(const QString& key, const core::DownloadRequest& request) {
    // Everything about the Download object happens on the queue's thread; results come back queued.
    QMetaObject::invokeMethod(m_queue, [this, queue = m_queue, request, key] {
        core::Download* d = queue->enqueue(request);
        connect(d, &core::Download::progressChanged, this,
                [this, key](const core::DownloadProgress& p) { m_downloadModel->setProgress(key, p); });
        connect(d, &core::Download::stateChanged, this,
                [this, key](core::DownloadState state) { onDownloadState(key, state); });
        connect(d, &core::Download::finished, this, [this, key] { onDownloaded(key); });
        connect(d, &core::Download::failed, this,
                [this, key](const QString& message) { onDownloadFailed(key, message); });
        connect(d, &core::Download::stateChanged, queue, [queue, d](core::DownloadState state) {
            if (state == core::DownloadState::Finished || state == core::DownloadState::Cancelled ||
                state == core::DownloadState::Failed)
                queue->remove(d); // a failed one is enqueued anew by Retry or the next URL
        });
    });
}

void ModelsPage::onDownloadState(const QString& key, core::DownloadState state) {
    const int row = m_downloadModel->rowOf(key);
    if (row < 0)
        return;
    if (state == core::DownloadState::Finished)
        m_downloadModel->setState(key, state, tr("unpacking…"));
    else if (state != core::DownloadState::Failed) // failed() brings the reason
        m_downloadModel->setState(key, state);
    if (state == core::DownloadState::Cancelled) {
        m_pending.remove(key);
        QDir().rmdir(QFileInfo(key).absolutePath()); // only when empty
    }
}

void ModelsPage::onDownloaded(const QString& key) {
    runImport(key, key);
}

void ModelsPage::onDownloadFailed(const QString& key, const QString& message) {
    auto pending = m_pending.find(key);
    // Mirrors and catalogs may list several URLs: the next one is tried before giving up.
    if (pending != m_pending.end() && pending->url + 1 < pending->plan.urls.size()) {
        ++pending->url;
        core::DownloadRequest request = pending->plan.request;
        request.url = pending->plan.urls.at(pending->url);
        m_downloadModel->setState(key, core::DownloadState::Queued, tr("trying %1").arg(request.url.host()));
        enqueue(key, request);
        return;
    }
    m_downloadModel->setState(key, core::DownloadState::Failed, message);
    core::tidyDownload(key); // an empty partial is not worth resuming; one with bytes stays
    showError(tr("Download of %1 failed: %2")
                  .arg(pending != m_pending.end() ? pending->plan.name : QFileInfo(key).fileName(), message));
}

void ModelsPage::importPath(const QString& path) {
    core::DownloadProgress size;
    size.total = size.received = QFileInfo(path).isDir() ? folderSize(path) : QFileInfo(path).size();
    m_downloadModel->upsert(
        {path, QFileInfo(path).fileName(), size, core::DownloadState::Finished, tr("importing…"), true});
    runImport(path, path);
}

void ModelsPage::runImport(const QString& key, const QString& path) {
    ++m_imports;
    const std::optional<core::InstallPlan> plan =
        m_pending.contains(key) ? std::optional(m_pending.value(key).plan) : std::nullopt;
    auto* watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this, watcher, key] {
        watcher->deleteLater();
        --m_imports;
        const ImportOutcome outcome = watcher->result();
        m_pending.remove(key);
        refresh();
        if (!outcome.ok) {
            m_downloadModel->setState(key, core::DownloadState::Failed, outcome.error);
            showError(outcome.error);
            return;
        }
        m_downloadModel->setDetail(key, tr("installed as %1").arg(outcome.id));
        if (const int row = m_installedModel->rowOf(outcome.id); row >= 0)
            m_installedView->selectRow(row);
        Q_EMIT modelInstalled(outcome.id);
    });
    const QString root = m_store.root();
    watcher->setFuture(QtConcurrent::run([root, path, plan] {
        core::ModelStore store(root);
        const auto installed = plan ? core::installDownloaded(store, *plan) : store.importPath(path);
        return installed ? ImportOutcome{true, installed->id, installed->path, {}}
                         : ImportOutcome{false, {}, {}, installed.errorString()};
    }));
}

void ModelsPage::actOnSelectedDownload(int action) {
    const QModelIndex index = m_downloadView->currentIndex();
    const QString key = index.data(widgets::DownloadListModel::KeyRole).toString();
    if (key.isEmpty())
        return;
    // A failed download is no longer in the queue: it starts again from the first URL (resuming the bytes
    // its partial file holds).
    const auto state = core::DownloadState(index.data(widgets::DownloadListModel::StateRole).toInt());
    const bool ended = state == core::DownloadState::Failed || state == core::DownloadState::Cancelled ||
                       state == core::DownloadState::Finished;
    if (action == 2 && ended) {
        if (state == core::DownloadState::Failed && m_pending.contains(key)) {
            // BertLab's own partial file and its sidecar (never a user's file).
            QFile::remove(core::Download::partialPathFor(key));
            QFile::remove(core::Download::sidecarPathFor(key));
            m_pending.remove(key);
        }
        m_downloadModel->remove(key);
        updateButtons();
        return;
    }
    if (action == 1 && state == core::DownloadState::Failed) {
        if (auto pending = m_pending.find(key); pending != m_pending.end()) {
            pending->url = 0;
            m_downloadModel->setState(key, core::DownloadState::Queued);
            m_messages->hide();
            enqueue(key, pending->plan.request);
        }
        return;
    }
    QMetaObject::invokeMethod(m_queue, [queue = m_queue, key, action] {
        for (core::Download* d : queue->downloads()) {
            if (d->request().destination != key)
                continue;
            if (action == 0)
                d->pause();
            else if (action == 1)
                d->resume();
            else
                d->cancel();
        }
    });
}

QString ModelsPage::selectedInstalledId() const {
    const QModelIndex index = m_installedView->currentIndex();
    return index.isValid() && m_installedView->selectionModel()->hasSelection()
               ? index.data(widgets::InstalledModelsModel::IdRole).toString()
               : QString();
}

void ModelsPage::removeSelected() {
    const QString id = selectedInstalledId();
    if (id.isEmpty())
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove Model"),
                    tr("Delete the model '%1' and its folder %2?").arg(id, m_store.modelPath(id)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("confirmRemove"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    if (auto removed = m_store.remove(id); !removed)
        showError(removed.errorString());
    refresh();
}

void ModelsPage::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ModelsPage::dropEvent(QDropEvent* event) {
    const QString path = droppedPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importPath(path);
}

void ModelsPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    refresh(); // the CLI may have changed the store meanwhile
}

} // namespace bertlab::app
