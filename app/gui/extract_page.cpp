#include "extract_page.h"

#include "extract_options_form.h"

#include "core/display_format.h"
#include "core/hub/demo_model.h"
#include "core/tasks/text_preview.h"

#include "widgets/input_file_list.h"
#include "widgets/table_preview.h"
#include "workspace.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace bertlab::app {

using core::EmbeddingFormat;
using core::Pooling;
using Kind = core::TextSourceOptions::Kind;

namespace {

constexpr int kPreviewRows = 20;
constexpr int kPreviewColumns = 64;  // a wider file shows its first columns
constexpr int kSummarySkipped = 100; // skipped lines listed per file (the rest are counted)

const auto kDialogFolderKey = QStringLiteral("extract/lastInputFolder");

// Column names people give the text (and the pair's second text) in CSV files.
int guessColumn(const QStringList& header, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (header[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

// Takes a table file's header; unless the user chose the columns, picks the text (and second text)
// column by the names people give them, else the first column.
void applyHeader(widgets::InputFile& file, const QStringList& header) {
    file.header = header;
    if (file.columnsChosen || header.isEmpty())
        return;
    file.source.textColumn =
        std::max(0, guessColumn(header, {"text", "sentence", "text_a", "sentence1", "sentence_a", "content",
                                         "body", "question", "review", "comment"}));
    file.source.secondColumn = guessColumn(header, {"text_b", "sentence2", "sentence_b", "text2", "second"});
    if (file.source.secondColumn == file.source.textColumn)
        file.source.secondColumn = -1;
    file.columnsChosen = true;
}

// The header row of a CSV/TSV file (empty when unreadable: the run reports why).
QStringList readHeader(const QString& path, Kind kind) {
    core::TextSourceOptions options;
    options.kind = kind;
    const auto opened = core::TextSource::open(path, options);
    return opened ? (*opened)->header() : QStringList();
}

// Local files (not folders) among dropped URLs.
QStringList droppedFiles(const QMimeData* mime) {
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        const QFileInfo info(url.toLocalFile());
        if (!info.isFile())
            return {}; // a folder is a model: the window's drop handler takes it
        files << info.absoluteFilePath();
    }
    return files;
}

} // namespace

ExtractPage::ExtractPage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_files(new widgets::InputFileListModel(this))
    , m_previewModel(new widgets::TablePreviewModel(this))
    , m_notice(new QLabel(this))
    , m_run(new core::ExtractionQueue(this)) {
    setAcceptDrops(true);
    connect(m_run, &core::ExtractionQueue::fileStarted, this, &ExtractPage::onFileStarted);
    connect(m_run, &core::ExtractionQueue::progress, this, &ExtractPage::showProgress);
    connect(m_run, &core::ExtractionQueue::fileFinished, this, &ExtractPage::onFileFinished);
    connect(m_run, &core::ExtractionQueue::finished, this, &ExtractPage::finishRun);

    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setObjectName(QStringLiteral("extractNotice"));
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(fontMetrics().height() / 3);
    m_notice->hide();

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildInputs());
    m_optionsScroll = new QScrollArea(splitter);
    m_options = new ExtractOptionsForm(workspace);
    connect(m_options, &ExtractOptionsForm::outputsChanged, this, &ExtractPage::updateOutputs);
    m_optionsScroll->setWidget(m_options);
    m_optionsScroll->setWidgetResizable(true);
    m_optionsScroll->setFrameShape(QFrame::NoFrame);
    m_optionsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_optionsScroll->viewport()->installEventFilter(this);
    splitter->addWidget(m_optionsScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildRunBar());

    connect(workspace, &Workspace::modelChanged, this, &ExtractPage::modelChanged);
    modelChanged();
    updateFileControls();
}

ExtractPage::~ExtractPage() {
    // The queue (a child) cancels and waits for its file; its signals must not reach a half-destroyed page.
    disconnect(m_run, nullptr, this, nullptr);
}

bool ExtractPage::isRunning() const {
    return m_run->isRunning();
}

const std::vector<ExtractPage::FileOutcome>& ExtractPage::outcomes() const {
    return m_run->outcomes();
}

QWidget* ExtractPage::buildInputs() {
    auto* panel = new QWidget(this);
    auto* box = new QGroupBox(tr("Input files"), panel);

    m_addButton = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogStart), tr("&Add Files…"), box);
    m_addButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addButton->setToolTip(
        tr("Add text files (one text per line, a tab splits a sentence pair) or CSV/TSV files with a header "
           "row (Ctrl+Shift+O). You can also drop files onto this page."));
    connect(m_addButton, &QPushButton::clicked, this, &ExtractPage::addFilesDialog);
    m_removeButton =
        new QPushButton(style()->standardIcon(QStyle::SP_DialogDiscardButton), tr("&Remove"), box);
    m_removeButton->setToolTip(tr("Remove the selected file from the list (Delete)"));
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeFile(currentFile()); });
    m_sampleButton = new QPushButton(tr("Add &Sample"), box);
    m_sampleButton->setToolTip(tr("Add sentences.txt, 400 everyday sentences from WordNet that ship with "
                                  "BertLab, to try extraction without a file of your own"));
    connect(m_sampleButton, &QPushButton::clicked, this, &ExtractPage::addSample);
    m_sampleButton->setVisible(!core::DemoModel::samplePath(QStringLiteral("sentences.txt")).isEmpty());
    auto* dropHint = new QLabel(tr("or drop files here"), box);
    dropHint->setEnabled(false); // greyed: a hint, not a control
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_sampleButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(dropHint);
    buttons->addStretch(1);

    m_fileView = new QTableView(box);
    m_fileView->setModel(m_files);
    m_fileView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fileView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_fileView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fileView->setWordWrap(false);
    m_fileView->verticalHeader()->hide();
    m_fileView->horizontalHeader()->setStretchLastSection(true);
    m_fileView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_fileView->setTextElideMode(Qt::ElideMiddle); // keep the suffix of long names in sight
    m_fileView->setColumnWidth(widgets::InputFileListModel::FileColumn, em * 11);
    m_fileView->setColumnWidth(widgets::InputFileListModel::ReadAsColumn, em * 10);
    m_fileView->setColumnWidth(widgets::InputFileListModel::OutputColumn, em * 16);
    m_fileView->setMinimumHeight(fontMetrics().height() * 6);
    m_fileView->setToolTip(
        tr("The files to extract, in the order they run. Select one to see how it is read."));
    auto* deleteShortcut = new QAction(m_fileView);
    deleteShortcut->setShortcut(QKeySequence::Delete);
    deleteShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QAction::triggered, this, [this] {
        if (!isRunning())
            removeFile(currentFile());
    });
    m_fileView->addAction(deleteShortcut);
    connect(m_fileView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateFileControls();
        requestPreview();
    });

    // How the selected file is read.
    m_kind = new QComboBox(box);
    m_kind->addItem(tr("Text lines"), int(Kind::Lines));
    m_kind->addItem(tr("CSV with header"), int(Kind::Csv));
    m_kind->addItem(tr("TSV with header"), int(Kind::Tsv));
    m_kind->setToolTip(tr("Text lines: one text per line, a tab splits a sentence pair, an empty line keeps "
                          "its (empty) row.\nCSV/TSV: the first row names the columns; choose the text "
                          "column below. Files are read as UTF-8."));
    auto* kindLabel = new QLabel(tr("Rea&d as:"), box);
    kindLabel->setBuddy(m_kind);
    m_textColumn = new QComboBox(box);
    m_textColumn->setToolTip(tr("The column whose text is embedded"));
    m_textColumnLabel = new QLabel(tr("&Text column:"), box);
    m_textColumnLabel->setBuddy(m_textColumn);
    m_secondColumn = new QComboBox(box);
    m_secondColumn->setToolTip(
        tr("Optional: a column with the second text of a sentence pair (embedded together as A [SEP] B)"));
    m_secondColumnLabel = new QLabel(tr("Second te&xt:"), box);
    m_secondColumnLabel->setBuddy(m_secondColumn);
    for (QComboBox* combo : {m_kind, m_textColumn, m_secondColumn}) {
        // Shrinkable, so a narrow window (or a large font) keeps the whole row in view.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_kind ? 12 : 8);
        connect(combo, &QComboBox::activated, this, &ExtractPage::fileSourceEdited);
    }
    auto* sourceRow = new QHBoxLayout;
    sourceRow->addWidget(kindLabel);
    sourceRow->addWidget(m_kind);
    sourceRow->addSpacing(em);
    sourceRow->addWidget(m_textColumnLabel);
    sourceRow->addWidget(m_textColumn);
    sourceRow->addSpacing(em);
    sourceRow->addWidget(m_secondColumnLabel);
    sourceRow->addWidget(m_secondColumn);
    sourceRow->addStretch(1);

    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(buttons);
    boxLayout->addWidget(m_fileView, 1);
    boxLayout->addLayout(sourceRow);

    // Preview of the selected file, and the last run's summary.
    m_tabs = new QTabWidget(panel);
    auto* previewTab = new QWidget(m_tabs);
    m_previewNote = new QLabel(previewTab);
    m_previewNote->setWordWrap(true);
    m_previewNote->setText(tr("Add a file to see its first rows here."));
    m_previewNote->setTextFormat(Qt::PlainText);
    m_preview = new widgets::TablePreview(previewTab);
    m_preview->setPreviewModel(m_previewModel);
    m_preview->setToolTip(tr("The first rows of the selected file as the run will read them; the columns "
                             "that are embedded are tinted"));
    auto* previewLayout = new QVBoxLayout(previewTab);
    previewLayout->addWidget(m_previewNote);
    previewLayout->addWidget(m_preview, 1);
    m_tabs->addTab(previewTab, tr("&Preview"));

    auto* summaryTab = new QWidget(m_tabs);
    m_summary = new QTextBrowser(summaryTab);
    m_summary->setOpenLinks(false);
    m_summary->setPlaceholderText(tr("Run the extraction to see its summary here."));
    m_summary->setToolTip(tr("What the last run wrote: rows, columns, time, skipped lines and output files"));
    m_openFolder =
        new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open &Folder"), summaryTab);
    m_openFolder->setToolTip(tr("Show the folder with the output files in the file manager"));
    m_openFolder->setEnabled(false);
    connect(m_openFolder, &QPushButton::clicked, this, &ExtractPage::openOutputFolder);
    auto* summaryButtons = new QHBoxLayout;
    summaryButtons->addStretch(1);
    summaryButtons->addWidget(m_openFolder);
    auto* summaryLayout = new QVBoxLayout(summaryTab);
    summaryLayout->addWidget(m_summary, 1);
    summaryLayout->addLayout(summaryButtons);
    m_tabs->addTab(summaryTab, tr("&Summary"));

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box, 2);
    layout->addWidget(m_tabs, 3);
    return panel;
}

QWidget* ExtractPage::buildRunBar() {
    auto* bar = new QWidget(this);
    m_runButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("R&un"), bar);
    m_runButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_runButton->setToolTip(
        tr("Extract the embeddings of every listed file, one after the other (Ctrl+Return)"));
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, this, &ExtractPage::run);
    m_cancelButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Cancel"), bar);
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->setToolTip(tr("Stop the run after the current batch (Esc)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ExtractPage::cancel);
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p %"));
    m_progress->setToolTip(tr("Progress over all files, by the bytes read"));
    m_progressText = new QLabel(bar);
    m_progressText->setTextFormat(Qt::PlainText);
    m_progressText->setToolTip(tr("Texts done, speed and estimated time left"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_runButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_progress, 1);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_progressText);
    updateRunControls();
    return bar;
}

QString ExtractPage::title() const {
    return tr("Extract");
}

QString ExtractPage::toolTip() const {
    return tr("Embeddings of every text in files, to CSV, TSV, NumPy or JSON Lines (as keras-bert's "
              "extract_embeddings)");
}

bool ExtractPage::isBusy() const {
    return m_run->isRunning() || m_previewRun.isBusy();
}

int ExtractPage::fileCount() const {
    return m_files->count();
}

int ExtractPage::currentFile() const {
    const QModelIndex current = m_fileView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ExtractPage::setCurrentFile(int row) {
    if (row < 0 || row >= fileCount())
        return;
    m_fileView->selectionModel()->setCurrentIndex(
        m_files->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int ExtractPage::addFiles(const QStringList& paths) {
    if (isRunning())
        return 0;
    int added = 0;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isFile() || m_files->indexOf(info.absoluteFilePath()) >= 0)
            continue;
        widgets::InputFile file;
        file.path = info.absoluteFilePath();
        file.source.kind = core::TextSourceOptions::kindForFile(file.path);
        file.columnsChosen = file.source.kind == Kind::Lines;
        m_files->append(file);
        if (!file.columnsChosen)
            readHeaderLater(file.path, file.source.kind);
        ++added;
    }
    if (added > 0) {
        updateOutputs();
        setCurrentFile(fileCount() - added);
        m_tabs->setCurrentIndex(0);
    }
    updateRunControls();
    return added;
}

void ExtractPage::removeFile(int row) {
    if (isRunning() || row < 0 || row >= fileCount())
        return;
    m_files->remove(row);
    if (fileCount() > 0)
        setCurrentFile(std::min(row, fileCount() - 1));
    updateFileControls();
    requestPreview();
    updateRunControls();
}

void ExtractPage::readHeaderLater(const QString& path, Kind kind) {
    // Off the UI thread (a file on a slow share must not freeze the page); the text column is guessed from
    // it.
    runThen(
        this, [path, kind] { return readHeader(path, kind); },
        [this, path, kind](const QStringList& header) {
            const int row = m_files->indexOf(path);
            if (row < 0 || m_files->file(row).source.kind != kind || m_files->file(row).columnsChosen)
                return;
            widgets::InputFile file = m_files->file(row);
            applyHeader(file, header);
            m_files->setFile(row, file);
            if (row == currentFile())
                updateFileControls();
        });
}

void ExtractPage::ensureColumns() {
    // A run started before a header arrived reads it now, so the columns are the ones the list will show.
    for (int row = 0; row < fileCount(); ++row) {
        if (m_files->file(row).columnsChosen)
            continue;
        widgets::InputFile file = m_files->file(row);
        applyHeader(file, readHeader(file.path, file.source.kind));
        file.columnsChosen = true;
        m_files->setFile(row, file);
    }
}

void ExtractPage::setFileSource(int row, const core::TextSourceOptions& source) {
    if (row < 0 || row >= fileCount() || isRunning())
        return;
    widgets::InputFile file = m_files->file(row);
    if (file.source.kind != source.kind)
        file.header.clear(); // read again with the new separator
    file.source = source;
    file.columnsChosen = true;
    m_files->setFile(row, file);
    if (row == currentFile()) {
        updateFileControls();
        requestPreview();
    }
}

void ExtractPage::fileSourceEdited() {
    const int row = currentFile();
    if (row < 0)
        return;
    core::TextSourceOptions source = m_files->file(row).source;
    const auto kind = Kind(m_kind->currentData().toInt());
    if (kind != source.kind) {
        source.kind = kind;
        source.textColumn = 0;
        source.secondColumn = -1;
        widgets::InputFile file = m_files->file(row);
        file.source = source;
        file.header.clear();
        file.columnsChosen = kind == Kind::Lines; // guess the columns from the new header
        m_files->setFile(row, file);
        if (!file.columnsChosen)
            readHeaderLater(file.path, kind);
        updateFileControls();
        requestPreview();
        return;
    }
    source.textColumn = std::max(0, m_textColumn->currentData().toInt());
    source.secondColumn = m_secondColumn->currentData().toInt();
    if (source.secondColumn == source.textColumn)
        source.secondColumn = -1;
    setFileSource(row, source);
}

void ExtractPage::updateFileControls() {
    const int row = currentFile();
    const bool running = isRunning();
    m_removeButton->setEnabled(row >= 0 && !running);
    m_kind->setEnabled(row >= 0 && !running);
    for (QComboBox* combo : {m_kind, m_textColumn, m_secondColumn})
        combo->blockSignals(true);
    m_textColumn->clear();
    m_secondColumn->clear();
    bool table = false;
    if (row >= 0) {
        const widgets::InputFile& file = m_files->file(row);
        m_kind->setCurrentIndex(m_kind->findData(int(file.source.kind)));
        table = file.source.kind != Kind::Lines;
        if (table) {
            m_secondColumn->addItem(tr("(none)"), -1);
            for (int i = 0; i < file.header.size(); ++i) {
                const QString name = file.header[i].isEmpty() ? tr("column %1").arg(i + 1) : file.header[i];
                m_textColumn->addItem(name, i);
                m_secondColumn->addItem(name, i);
            }
            m_textColumn->setCurrentIndex(m_textColumn->findData(file.source.textColumn));
            m_secondColumn->setCurrentIndex(m_secondColumn->findData(file.source.secondColumn));
        }
    }
    for (QComboBox* combo : {m_kind, m_textColumn, m_secondColumn})
        combo->blockSignals(false);
    for (QWidget* w : std::initializer_list<QWidget*>{m_textColumn, m_textColumnLabel, m_secondColumn,
                                                      m_secondColumnLabel})
        w->setEnabled(table && !running);
}

void ExtractPage::requestPreview() {
    const int row = currentFile();
    if (row < 0) {
        m_previewRun.invalidate();
        m_previewModel->clear();
        m_previewNote->setText(tr("Add a file to see its first rows here."));
        Q_EMIT previewShown();
        return;
    }
    const widgets::InputFile& file = m_files->file(row);
    const QString path = file.path;
    const core::TextSourceOptions source = file.source;
    m_previewRun.start(
        this,
        [path, source] {
            return std::make_shared<core::TextPreview>(
                core::readTextPreview(path, source, kPreviewRows, kPreviewColumns));
        },
        [this](std::shared_ptr<core::TextPreview> preview) { showPreview(*preview); });
}

void ExtractPage::showPreview(const core::TextPreview& preview) {
    const int row = m_files->indexOf(preview.path);
    if (row < 0 || m_files->file(row).source.kind != preview.source.kind)
        return;
    widgets::InputFile file = m_files->file(row);
    if (file.source.kind != Kind::Lines && file.header != preview.header) {
        applyHeader(file, preview.header);
        m_files->setFile(row, file);
    }
    if (row != currentFile())
        return;
    updateFileControls();
    std::vector<widgets::TablePreviewModel::Row> rows;
    rows.reserve(preview.rows.size());
    for (const core::TextPreview::Row& r : preview.rows)
        rows.push_back({r.index, r.line, r.cells, r.problem});
    m_previewModel->resetData(preview.columns, rows);
    if (file.source.kind == Kind::Lines)
        m_previewModel->setMarkedColumns(0, preview.columns.size() > 1 ? 1 : -1);
    else
        m_previewModel->setMarkedColumns(file.source.textColumn, file.source.secondColumn);
    const QString name = QFileInfo(file.path).fileName();
    if (!preview.error.isEmpty())
        m_previewNote->setText(preview.error);
    else if (preview.rows.empty())
        m_previewNote->setText(tr("%1 has no texts.").arg(name));
    else if (file.source.kind == Kind::Lines)
        m_previewNote->setText(
            tr("The first rows of %1, one text per line (UTF-8); a tab splits a sentence pair.").arg(name));
    else
        m_previewNote->setText(
            tr("The first rows of %1 (UTF-8); the text columns are tinted. %n column(s) in all.", "",
               int(preview.header.size()))
                .arg(name));
    Q_EMIT previewShown();
}

void ExtractPage::addSample() {
    const QString sample = core::DemoModel::samplePath(QStringLiteral("sentences.txt"));
    if (sample.isEmpty())
        return;
    // An installed sample lives in a read-only folder: its CSV cannot go next to it.
    if (m_options->outputFolder().isEmpty() && !QFileInfo(QFileInfo(sample).absolutePath()).isWritable()) {
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        m_options->setOutputFolder(documents);
        Q_EMIT messageRequested(tr("The sample's embeddings will be written to %1 (Output folder).")
                                    .arg(QDir::toNativeSeparators(documents)),
                                false);
    }
    addFiles({sample});
}

void ExtractPage::addFilesDialog() {
    QSettings settings;
    const QString folder = settings.value(kDialogFolderKey, QDir::homePath()).toString();
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add Input Files"), folder,
                                      tr("Texts and tables (*.txt *.csv *.tsv *.tab *.text);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kDialogFolderKey, QFileInfo(paths.first()).absolutePath());
    addFiles(paths);
}

void ExtractPage::dragEnterEvent(QDragEnterEvent* event) {
    if (!isRunning() && !droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void ExtractPage::dropEvent(QDropEvent* event) {
    const QStringList files = droppedFiles(event->mimeData());
    if (files.isEmpty() || isRunning()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    addFiles(files);
}

bool ExtractPage::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_optionsScroll->viewport() && event->type() == QEvent::Resize)
        fitOptions();
    return Page::eventFilter(watched, event);
}

void ExtractPage::fitOptions() {
    // Never narrower than the options need: no control is ever cut off at the right edge.
    m_optionsScroll->setMinimumWidth(m_optionsScroll->widget()->minimumSizeHint().width() +
                                     style()->pixelMetric(QStyle::PM_ScrollBarExtent) +
                                     2 * m_optionsScroll->frameWidth());
}

void ExtractPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    fitOptions();
    updateOutputs(); // files may have appeared or gone meanwhile
}

void ExtractPage::modelChanged() {
    updateNotice();
    updateRunControls();
}

void ExtractPage::updateNotice() {
    const bool noModel = !workspace()->model();
    m_notice->setText(noModel
                          ? tr("Open a model folder (File ▸ Open Model…) to extract embeddings. You can add "
                               "files and set the options meanwhile.")
                          : QString());
    m_notice->setVisible(noModel);
}

QString ExtractPage::noticeText() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString ExtractPage::outputPathFor(const QString& inputPath, const QString& folder, EmbeddingFormat format) {
    const QFileInfo input(inputPath);
    const QDir dir(folder.isEmpty() ? input.absolutePath() : QDir::fromNativeSeparators(folder));
    return dir.absoluteFilePath(input.completeBaseName() % QStringLiteral(".embeddings.") %
                                core::embeddingFormatSuffix(format));
}

void ExtractPage::updateOutputs() {
    if (isRunning())
        return;
    const auto format = m_options->format();
    if (fileCount() > 0)
        m_options->setBrowseStart(QFileInfo(m_files->file(0).path).absolutePath());
    for (int row = 0; row < fileCount(); ++row) {
        widgets::InputFile file = m_files->file(row);
        const QString output = outputPathFor(file.path, m_options->outputFolder(), format);
        const bool exists = QFileInfo::exists(output);
        if (output != file.outputPath || exists != file.outputExists) {
            file.outputPath = output;
            file.outputExists = exists;
            m_files->setFile(row, file);
        }
    }
}

core::Result<core::ExtractionJobSpec> ExtractPage::specFor(int row) const {
    const auto model = workspace()->model();
    if (!model)
        return core::Error{tr("Open a model folder to extract embeddings.")};
    if (row < 0 || row >= fileCount())
        return core::Error{tr("Add the files to extract first (Add Files…, or drop them onto the page).")};
    const widgets::InputFile& file = m_files->file(row);
    core::ExtractionJobSpec spec;
    spec.inputPath = file.path;
    spec.source = file.source;
    if (const core::Status options = m_options->fillSpec(spec); !options)
        return core::Error{options.errorString()};
    spec.tokenizer = workspace()->tokenizerOptions();
    spec.outputPath = file.outputPath.isEmpty()
                          ? outputPathFor(file.path, m_options->outputFolder(), spec.format)
                          : file.outputPath;
    if (m_textsPerChunk > 0)
        spec.textsPerChunk = m_textsPerChunk;
    return spec;
}

bool ExtractPage::run() {
    if (isRunning())
        return false;
    ensureColumns();
    updateOutputs();
    std::vector<core::ExtractionJobSpec> specs;
    for (int row = 0; row < std::max(1, fileCount()); ++row) {
        auto spec = specFor(row);
        if (!spec) {
            Q_EMIT messageRequested(spec.errorString(), true);
            return false;
        }
        specs.push_back(*spec);
    }
    if (const core::Status ok = core::ExtractionQueue::check(specs); !ok) {
        Q_EMIT messageRequested(ok.errorString(), true);
        return false;
    }
    const QString folder = m_options->outputFolder();
    if (!folder.isEmpty() && !QDir().mkpath(QDir::fromNativeSeparators(folder))) {
        Q_EMIT messageRequested(tr("Cannot create the output folder %1.").arg(folder), true);
        return false;
    }
    // The options, tokenizer and model are taken now: changing them during the run affects the next run.
    for (int row = 0; row < fileCount(); ++row)
        m_files->setStatus(row, tr("Waiting"));
    m_progress->setValue(0);
    m_summary->clear();
    m_openFolder->setEnabled(false);
    if (const core::Status started = m_run->start(workspace()->model(), std::move(specs)); !started) {
        Q_EMIT messageRequested(started.errorString(), true);
        return false;
    }
    return true;
}

void ExtractPage::onFileStarted(int row) {
    m_files->setStatus(row, tr("Running…"));
    updateRunControls();
    updateFileControls();
    m_progressText->setText(tr("File %1 of %2 — %3: starting…")
                                .arg(row + 1)
                                .arg(m_run->total())
                                .arg(QFileInfo(m_files->file(row).path).fileName()));
}

void ExtractPage::showProgress(int row, const core::ExtractionProgress& progress) {
    const double fraction =
        progress.bytesTotal > 0
            ? std::clamp(double(progress.bytesRead) / double(progress.bytesTotal), 0.0, 1.0)
            : 0.0;
    m_progress->setValue(int(1000.0 * (double(row) + fraction) / double(std::max(1, m_run->total()))));
    const QString name = QFileInfo(m_files->file(row).path).fileName();
    QString text = tr("File %1 of %2 — %3: %L4 texts · %L5 texts/s")
                       .arg(row + 1)
                       .arg(m_run->total())
                       .arg(name)
                       .arg(progress.texts)
                       .arg(progress.textsPerSecond, 0, 'f', 1);
    if (progress.etaSeconds >= 0)
        text += tr(" · about %1 left").arg(core::durationText(progress.etaSeconds));
    if (!m_run->isCancelling())
        m_progressText->setText(text);
    m_files->setStatus(row, tr("Running: %1 %").arg(int(fraction * 100.0)));
    Q_EMIT jobProgress(row, progress);
}

void ExtractPage::onFileFinished(int row, const core::ExtractionOutcome& outcome) {
    if (outcome.notRun) {
        m_files->setStatus(row, tr("Not run"));
    } else if (!outcome.summary) {
        m_files->setStatus(row, tr("Failed"), true);
        Q_EMIT messageRequested(outcome.error, true);
    } else if (outcome.summary->cancelled) {
        m_files->setStatus(row, outcome.summary->outputPath.isEmpty()
                                    ? tr("Cancelled, removed")
                                    : tr("Cancelled: %L1 rows kept").arg(outcome.summary->rows));
    } else {
        const auto skipped = qint64(outcome.summary->skipped.size());
        m_files->setStatus(
            row, skipped > 0 ? tr("Done: %L1 rows, %L2 skipped").arg(outcome.summary->rows).arg(skipped)
                             : tr("Done: %L1 rows").arg(outcome.summary->rows));
    }
}

void ExtractPage::cancel() {
    if (!isRunning())
        return;
    m_run->cancel();
    m_progressText->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ExtractPage::finishRun() {
    updateRunControls();
    updateFileControls();
    updateOutputs();
    const auto& outcomes = m_run->outcomes();
    const bool cancelled = m_run->isCancelling();
    const bool failed =
        std::any_of(outcomes.begin(), outcomes.end(), [](const auto& o) { return !o.error.isEmpty(); });
    if (cancelled)
        m_progressText->setText(tr("Cancelled."));
    else if (failed)
        m_progressText->setText(tr("Finished with errors; see the summary."));
    else
        m_progressText->setText(tr("Finished."));
    if (!cancelled && !failed)
        m_progress->setValue(m_progress->maximum());
    showSummary();
    m_tabs->setCurrentIndex(1);
    Q_EMIT runFinished();
}

void ExtractPage::showSummary() {
    QString html;
    QString firstOutput;
    for (const FileOutcome& outcome : m_run->outcomes()) {
        const QString name = QFileInfo(outcome.inputPath).fileName().toHtmlEscaped();
        html += QStringLiteral("<h3>%1</h3>").arg(name);
        if (outcome.notRun) {
            html += QStringLiteral("<p>%1</p>").arg(tr("Not run: the run was cancelled before this file."));
            continue;
        }
        if (!outcome.summary) {
            html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Failed:"), outcome.error.toHtmlEscaped());
            continue;
        }
        const core::ExtractionSummary& s = *outcome.summary;
        QStringList lines;
        if (s.cancelled)
            lines << tr("Cancelled after %L1 texts.").arg(s.texts);
        lines << tr("%L1 rows × %L2 feature columns, from %L3 texts in %4 (%L5 texts/s).")
                     .arg(s.rows)
                     .arg(s.columns)
                     .arg(s.texts)
                     .arg(core::durationText(s.seconds))
                     .arg(s.seconds > 0 ? double(s.texts) / s.seconds : 0.0, 0, 'f', 1);
        if (!s.outputPath.isEmpty()) {
            lines << tr("Output: %1").arg(QDir::toNativeSeparators(s.outputPath).toHtmlEscaped());
            if (firstOutput.isEmpty())
                firstOutput = s.outputPath;
        } else if (s.cancelled) {
            lines << tr("The partial output was removed.");
        }
        if (!s.indexPath.isEmpty())
            lines << tr("Row index: %1").arg(QDir::toNativeSeparators(s.indexPath).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
        if (!s.skipped.empty()) {
            html += QStringLiteral("<p>%1</p><ul>")
                        .arg(tr("%n line(s) skipped (no row in the output):", "", int(s.skipped.size())));
            const std::size_t shown = std::min<std::size_t>(s.skipped.size(), kSummarySkipped);
            for (std::size_t i = 0; i < shown; ++i)
                html += QStringLiteral("<li>%1</li>")
                            .arg(tr("line %L1: %2")
                                     .arg(s.skipped[i].line)
                                     .arg(s.skipped[i].reason.toHtmlEscaped()));
            if (s.skipped.size() > shown)
                html += QStringLiteral("<li>%1</li>")
                            .arg(tr("… and %L1 more").arg(qint64(s.skipped.size() - shown)));
            html += QStringLiteral("</ul>");
        }
    }
    m_summary->setHtml(html);
    m_openFolder->setEnabled(!firstOutput.isEmpty());
    m_openFolder->setProperty("folder",
                              firstOutput.isEmpty() ? QString() : QFileInfo(firstOutput).absolutePath());
}

QString ExtractPage::summaryText() const {
    return m_summary->toPlainText();
}

void ExtractPage::openOutputFolder() {
    const QString folder = m_openFolder->property("folder").toString();
    if (folder.isEmpty())
        return;
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        Q_EMIT messageRequested(tr("Cannot open %1 in a file manager.").arg(QDir::toNativeSeparators(folder)),
                                true);
}

void ExtractPage::updateRunControls() {
    if (!m_runButton)
        return;
    const bool running = isRunning();
    m_runButton->setEnabled(!running && workspace()->model() && fileCount() > 0);
    m_runButton->setToolTip(
        !workspace()->model() ? tr("Open a model folder first")
        : fileCount() == 0
            ? tr("Add the files to extract first")
            : tr("Extract the embeddings of every listed file, one after the other (Ctrl+Return)"));
    m_cancelButton->setEnabled(running && !m_run->isCancelling());
    m_addButton->setEnabled(!running);
    m_sampleButton->setEnabled(!running);
    m_options->setRunning(running);
    if (!running && m_run->outcomes().empty())
        m_progressText->setText(fileCount() == 0 ? tr("Add files to extract, then Run (Ctrl+Return).")
                                                 : tr("Ready: %n file(s).", "", fileCount()));
}

} // namespace bertlab::app
