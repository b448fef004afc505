#include "extract_inputs_panel.h"

#include "widgets/input_file_list.h"
#include "widgets/table_preview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bertlab::app {

using Kind = core::TextSourceOptions::Kind;

namespace {

constexpr int kPreviewRows = 20;
constexpr int kPreviewColumns = 64; // a wider file shows its first columns

const auto kDialogFolderKey = QStringLiteral("extract/lastInputFolder");

// Takes a table file's header; unless the user chose the columns, picks the text (and second text)
// column by the names people give them, else the first column.
void applyHeader(widgets::InputFile& file, const QStringList& header) {
    file.header = header;
    if (file.columnsChosen || header.isEmpty())
        return;
    file.source.guessColumns(header);
    file.columnsChosen = true;
}

} // namespace

ExtractInputsPanel::ExtractInputsPanel(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
    , m_files(new widgets::InputFileListModel(this))
    , m_previewModel(new widgets::TablePreviewModel(this)) {
    buildFileBox(parent);
    buildPreview(parent);
    updateFileControls();
}

QWidget* ExtractInputsPanel::fileBox() const {
    return m_box;
}

void ExtractInputsPanel::setRunning(bool running) {
    m_running = running;
    m_addButton->setEnabled(!running);
    m_sampleButton->setEnabled(!running);
    updateFileControls();
}

void ExtractInputsPanel::setSampleAvailable(bool available) {
    m_sampleButton->setVisible(available);
}

void ExtractInputsPanel::buildFileBox(QWidget* parent) {
    auto* box = m_box = new QGroupBox(tr("Input files"), parent);

    m_addButton =
        new QPushButton(m_parent->style()->standardIcon(QStyle::SP_FileDialogStart), tr("&Add Files…"), box);
    m_addButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_addButton->setToolTip(
        tr("Add text files (one text per line, a tab splits a sentence pair) or CSV/TSV files with a header "
           "row (Ctrl+Shift+O). You can also drop files onto this page."));
    connect(m_addButton, &QPushButton::clicked, this, &ExtractInputsPanel::addFilesDialog);
    m_removeButton =
        new QPushButton(m_parent->style()->standardIcon(QStyle::SP_DialogDiscardButton), tr("&Remove"), box);
    m_removeButton->setToolTip(tr("Remove the selected file from the list (Delete)"));
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeFile(currentFile()); });
    m_sampleButton = new QPushButton(tr("Add &Sample"), box);
    m_sampleButton->setToolTip(tr("Add sentences.txt, 400 everyday sentences from WordNet that ship with "
                                  "BertLab, to try extraction without a file of your own"));
    connect(m_sampleButton, &QPushButton::clicked, this, &ExtractInputsPanel::sampleRequested);
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
    const int em = m_parent->fontMetrics().horizontalAdvance(u'M');
    m_fileView->setTextElideMode(Qt::ElideMiddle); // keep the suffix of long names in sight
    m_fileView->setColumnWidth(widgets::InputFileListModel::FileColumn, em * 11);
    m_fileView->setColumnWidth(widgets::InputFileListModel::ReadAsColumn, em * 10);
    m_fileView->setColumnWidth(widgets::InputFileListModel::OutputColumn, em * 16);
    m_fileView->setMinimumHeight(m_parent->fontMetrics().height() * 6);
    m_fileView->setToolTip(
        tr("The files to extract, in the order they run. Select one to see how it is read."));
    auto* deleteShortcut = new QAction(m_fileView);
    deleteShortcut->setShortcut(QKeySequence::Delete);
    deleteShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QAction::triggered, this, [this] { removeFile(currentFile()); });
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
        connect(combo, &QComboBox::activated, this, &ExtractInputsPanel::fileSourceEdited);
    }
    m_keepButton = new QToolButton(box);
    m_keepButton->setPopupMode(QToolButton::InstantPopup);
    m_keepButton->setMenu(new QMenu(m_keepButton));
    m_keepButton->setToolTip(tr("Input columns to copy into the output beside the features (an id, a "
                                "label…), after the index"));
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
    // On a row of its own: beside the columns it would make the page wider than the window.
    auto* keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keepButton);
    keepRow->addStretch(1);

    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->addLayout(buttons);
    boxLayout->addWidget(m_fileView, 1);
    boxLayout->addLayout(sourceRow);
    boxLayout->addLayout(keepRow);
}

void ExtractInputsPanel::buildPreview(QWidget* parent) {
    auto* previewTab = m_previewTab = new QWidget(parent);
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
}

int ExtractInputsPanel::fileCount() const {
    return m_files->count();
}

int ExtractInputsPanel::currentFile() const {
    const QModelIndex current = m_fileView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ExtractInputsPanel::setCurrentFile(int row) {
    if (row < 0 || row >= fileCount())
        return;
    m_fileView->selectionModel()->setCurrentIndex(
        m_files->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int ExtractInputsPanel::addFiles(const QStringList& paths) {
    if (m_running)
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
        setCurrentFile(fileCount() - added);
        Q_EMIT filesAdded(added);
    }
    return added;
}

void ExtractInputsPanel::removeFile(int row) {
    if (m_running || row < 0 || row >= fileCount())
        return;
    m_files->remove(row);
    if (fileCount() > 0)
        setCurrentFile(std::min(row, fileCount() - 1));
    updateFileControls();
    requestPreview();
    Q_EMIT filesRemoved();
}

void ExtractInputsPanel::readHeaderLater(const QString& path, Kind kind) {
    // Off the UI thread (a file on a slow share must not freeze the page); the text column is guessed from
    // it.
    runThen(
        this, [path, kind] { return core::TextSource::header(path, kind); },
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

void ExtractInputsPanel::ensureColumns() {
    // A run started before a header arrived reads it now, so the columns are the ones the list will show.
    for (int row = 0; row < fileCount(); ++row) {
        if (m_files->file(row).columnsChosen)
            continue;
        widgets::InputFile file = m_files->file(row);
        applyHeader(file, core::TextSource::header(file.path, file.source.kind));
        file.columnsChosen = true;
        m_files->setFile(row, file);
    }
}

void ExtractInputsPanel::setFileSource(int row, const core::TextSourceOptions& source) {
    if (row < 0 || row >= fileCount() || m_running)
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

void ExtractInputsPanel::fileSourceEdited() {
    const int row = currentFile();
    if (row < 0)
        return;
    core::TextSourceOptions source = m_files->file(row).source;
    const auto kind = Kind(m_kind->currentData().toInt());
    if (kind != source.kind) {
        source.kind = kind;
        source.textColumn = 0;
        source.secondColumn = -1;
        source.keepColumnNames.clear();
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

void ExtractInputsPanel::setKeptColumn(const QString& column, bool keep) {
    const int row = currentFile();
    if (row < 0)
        return;
    core::TextSourceOptions source = m_files->file(row).source;
    source.keepColumnNames.removeAll(column);
    if (keep)
        source.keepColumnNames << column;
    setFileSource(row, source);
}

void ExtractInputsPanel::updateFileControls() {
    const int row = currentFile();
    const bool running = m_running;
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
    // Keep: one ticked entry per column to carry along, by name (the number for a nameless column).
    QMenu* keep = m_keepButton->menu();
    keep->clear();
    QStringList kept;
    if (row >= 0 && table) {
        const widgets::InputFile& file = m_files->file(row);
        for (int i = 0; i < file.header.size(); ++i) {
            const QString key = file.header[i].trimmed().isEmpty() ? QString::number(i) : file.header[i];
            QAction* action = keep->addAction(file.header[i].trimmed().isEmpty() ? tr("column %1").arg(i + 1)
                                                                                 : file.header[i]);
            action->setData(key);
            action->setCheckable(true);
            action->setChecked(file.source.keepColumnNames.contains(key));
            if (action->isChecked())
                kept << action->text();
            // Queued: taking the change rebuilds this menu, which must not delete the action in its signal.
            connect(action, &QAction::toggled, this, [this, key](bool on) {
                QMetaObject::invokeMethod(
                    this, [this, key, on] { setKeptColumn(key, on); }, Qt::QueuedConnection);
            });
        }
    }
    m_keepButton->setText(kept.isEmpty() ? tr("Keep columns: none")
                                         : tr("Keep columns: %1").arg(kept.join(u", ")));
    m_keepButton->setEnabled(table && !running && !keep->isEmpty());
    for (QComboBox* combo : {m_kind, m_textColumn, m_secondColumn})
        combo->blockSignals(false);
    for (QWidget* w : std::initializer_list<QWidget*>{m_textColumn, m_textColumnLabel, m_secondColumn,
                                                      m_secondColumnLabel})
        w->setEnabled(table && !running);
}

void ExtractInputsPanel::requestPreview() {
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

void ExtractInputsPanel::showPreview(const core::TextPreview& preview) {
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

void ExtractInputsPanel::addFilesDialog() {
    QSettings settings;
    const QString folder = settings.value(kDialogFolderKey, QDir::homePath()).toString();
    const QStringList paths =
        QFileDialog::getOpenFileNames(m_parent, tr("Add Input Files"), folder,
                                      tr("Texts and tables (*.txt *.csv *.tsv *.tab *.text);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(kDialogFolderKey, QFileInfo(paths.first()).absolutePath());
    addFiles(paths);
}

} // namespace bertlab::app
