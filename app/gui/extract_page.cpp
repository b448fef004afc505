#include "extract_page.h"

#include "core/remote/host_registry.h"
#include "run_on_box.h"

#include "extract_inputs_panel.h"
#include "extract_options_form.h"

#include "core/display_format.h"
#include "core/hub/demo_model.h"

#include "widgets/input_file_list.h"
#include "workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace bertlab::app {

using core::EmbeddingFormat;
using core::Pooling;

namespace {

constexpr int kSummarySkipped = 100; // skipped lines listed per file (the rest are counted)

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
    , m_notice(new QLabel(this))
    , m_local(new core::ExtractionQueue(this))
    , m_remote(new core::RemoteExtractionQueue(this))
    , m_run(m_local) {
    setAcceptDrops(true);
    for (core::ExtractionRunner* runner :
         {static_cast<core::ExtractionRunner*>(m_local), static_cast<core::ExtractionRunner*>(m_remote)}) {
        connect(runner, &core::ExtractionRunner::fileStarted, this, &ExtractPage::onFileStarted);
        connect(runner, &core::ExtractionRunner::progress, this, &ExtractPage::showProgress);
        connect(runner, &core::ExtractionRunner::fileFinished, this, &ExtractPage::onFileFinished);
        connect(runner, &core::ExtractionRunner::finished, this, &ExtractPage::finishRun);
    }

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
}

ExtractPage::~ExtractPage() {
    // The queues (children) cancel and wait for their file; their signals must not reach a half-destroyed
    // page.
    disconnect(m_local, nullptr, this, nullptr);
    disconnect(m_remote, nullptr, this, nullptr);
}

bool ExtractPage::isRunning() const {
    return m_run->isRunning();
}

const std::vector<ExtractPage::FileOutcome>& ExtractPage::outcomes() const {
    return m_run->outcomes();
}

QWidget* ExtractPage::buildInputs() {
    auto* panel = new QWidget(this);
    m_inputs = new ExtractInputsPanel(panel);
    m_inputs->setSampleAvailable(!core::DemoModel::samplePath(QStringLiteral("sentences.txt")).isEmpty());
    connect(m_inputs, &ExtractInputsPanel::filesAdded, this, [this] {
        updateOutputs();
        m_tabs->setCurrentIndex(0);
        updateRunControls();
    });
    connect(m_inputs, &ExtractInputsPanel::filesRemoved, this, &ExtractPage::updateRunControls);
    connect(m_inputs, &ExtractInputsPanel::sampleRequested, this, &ExtractPage::addSample);
    connect(m_inputs, &ExtractInputsPanel::previewShown, this, &ExtractPage::previewShown);

    // Preview of the selected file, and the last run's summary.
    m_tabs = new QTabWidget(panel);
    m_tabs->addTab(m_inputs->previewWidget(), tr("&Preview"));
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
    layout->addWidget(m_inputs->fileBox(), 2);
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
    connect(m_runButton, &QPushButton::clicked, this, &ExtractPage::runAsking);
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
    m_runOn = new RunOnBox(QStringLiteral("extract/runOn"), bar);
    m_runOn->setToolTip(tr("Where the embeddings are computed: this computer, or a host added on the Remote "
                           "page (each file and the model are sent there, the results come back here)"));
    connect(m_runOn, &RunOnBox::hostChanged, this, &ExtractPage::updateRunControls);
    auto* runOnLabel = new QLabel(tr("R&un on:"), bar);
    runOnLabel->setBuddy(m_runOn);
    auto* row = new QHBoxLayout;
    row->addWidget(runOnLabel);
    row->addWidget(m_runOn);
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
    return m_run->isRunning() || m_inputs->isPreviewBusy();
}

int ExtractPage::addFiles(const QStringList& paths) {
    return isRunning() ? 0 : m_inputs->addFiles(paths);
}

void ExtractPage::removeFile(int row) {
    m_inputs->removeFile(row);
}

int ExtractPage::fileCount() const {
    return m_inputs->fileCount();
}

int ExtractPage::currentFile() const {
    return m_inputs->currentFile();
}

void ExtractPage::setCurrentFile(int row) {
    m_inputs->setCurrentFile(row);
}

void ExtractPage::setFileSource(int row, const core::TextSourceOptions& source) {
    m_inputs->setFileSource(row, source);
}

widgets::InputFileListModel* ExtractPage::fileModel() const {
    return m_inputs->fileModel();
}

widgets::TablePreviewModel* ExtractPage::previewModel() const {
    return m_inputs->previewModel();
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
        m_options->setBrowseStart(QFileInfo(fileModel()->file(0).path).absolutePath());
    for (int row = 0; row < fileCount(); ++row) {
        widgets::InputFile file = fileModel()->file(row);
        const QString output = outputPathFor(file.path, m_options->outputFolder(), format);
        const bool exists = QFileInfo::exists(output);
        if (output != file.outputPath || exists != file.outputExists) {
            file.outputPath = output;
            file.outputExists = exists;
            fileModel()->setFile(row, file);
        }
    }
}

core::Result<core::ExtractionJobSpec> ExtractPage::specFor(int row) const {
    const auto model = workspace()->model();
    if (!model)
        return core::Error{tr("Open a model folder to extract embeddings.")};
    if (row < 0 || row >= fileCount())
        return core::Error{tr("Add the files to extract first (Add Files…, or drop them onto the page).")};
    const widgets::InputFile& file = fileModel()->file(row);
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

bool ExtractPage::runAsking() {
    return run([this](const QStringList& finished, const QStringList& partial) {
        QStringList names;
        for (const QString& path : finished + partial)
            names << QDir::toNativeSeparators(path);
        QString text;
        if (!finished.isEmpty())
            text += tr("%n output file(s) exist already.", "", int(finished.size())) + u' ';
        if (!partial.isEmpty())
            text +=
                tr("%n partial file(s) of a cancelled run will be replaced.", "", int(partial.size())) + u' ';
        QMessageBox box(QMessageBox::Question, tr("Outputs Exist"), text.trimmed(), QMessageBox::NoButton,
                        this);
        box.setObjectName(QStringLiteral("existingOutputs"));
        box.setDetailedText(names.join(u'\n'));
        QPushButton* replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        QPushButton* skip =
            finished.isEmpty() ? nullptr : box.addButton(tr("&Skip Finished Files"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(skip ? skip : replace);
        box.exec();
        if (box.clickedButton() == replace)
            return ExistingOutputs::Replace;
        if (skip && box.clickedButton() == skip)
            return ExistingOutputs::Skip;
        return ExistingOutputs::Cancel;
    });
}

int ExtractPage::fileRow(int index) const {
    return index >= 0 && index < int(m_runRows.size()) ? m_runRows[std::size_t(index)] : index;
}

bool ExtractPage::run(const ExistingOutputsQuestion& question) {
    if (isRunning())
        return false;
    m_inputs->ensureColumns();
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
    // Earlier results are never recomputed or replaced without asking.
    QStringList finished, partial;
    for (const core::ExtractionJobSpec& spec : specs) {
        if (spec.outputPath == u"-")
            continue;
        if (QFileInfo::exists(spec.outputPath))
            finished << spec.outputPath;
        if (QFileInfo::exists(core::ExtractionJob::partialPath(spec.outputPath)))
            partial << core::ExtractionJob::partialPath(spec.outputPath);
    }
    const ExistingOutputs choice = (finished.isEmpty() && partial.isEmpty()) || !question
                                       ? ExistingOutputs::Replace
                                       : question(finished, partial);
    if (choice == ExistingOutputs::Cancel)
        return false;
    m_runRows.clear();
    for (int row = 0; row < int(specs.size()); ++row)
        m_runRows.push_back(row);
    if (choice == ExistingOutputs::Skip) {
        std::vector<core::ExtractionJobSpec> kept;
        std::vector<int> rows;
        for (int row = 0; row < int(specs.size()); ++row) {
            if (finished.contains(specs[std::size_t(row)].outputPath)) {
                if (row < fileCount())
                    fileModel()->setStatus(row, tr("Skipped: its output exists"));
                continue;
            }
            kept.push_back(specs[std::size_t(row)]);
            rows.push_back(row);
        }
        if (kept.empty()) {
            Q_EMIT messageRequested(tr("Every file's output exists already: nothing to run."), false);
            return false;
        }
        specs = std::move(kept);
        m_runRows = std::move(rows);
    }
    const QString folder = m_options->outputFolder();
    if (!folder.isEmpty() && !QDir().mkpath(QDir::fromNativeSeparators(folder))) {
        Q_EMIT messageRequested(tr("Cannot create the output folder %1.").arg(folder), true);
        return false;
    }
    // The options, tokenizer and model are taken now: changing them during the run affects the next run.
    for (int row : m_runRows)
        if (row < fileCount())
            fileModel()->setStatus(row, tr("Waiting"));
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p %"));
    m_summary->clear();
    m_openFolder->setEnabled(false);
    const QString host = m_runOn->host();
    core::Status started = core::Ok{};
    if (host.isEmpty()) {
        m_run = m_local;
        started = m_local->start(workspace()->model(), std::move(specs));
    } else {
        // Sent with the open model's folder; the remote job's numbers are the same bertlab-cli extract's.
        const auto found = core::HostRegistry().find(host);
        m_run = m_remote;
        started = found ? m_remote->start(*found, workspace()->model()->files().directory, std::move(specs))
                        : core::Status(core::Error{found.errorString()});
        if (started)
            m_progressText->setText(tr("Sending the first file and the model to %1…").arg(host));
    }
    if (!started) {
        Q_EMIT messageRequested(started.errorString(), true);
        return false;
    }
    updateRunControls();
    return true;
}

void ExtractPage::setRemoteHosts(const QStringList& names) {
    m_runOn->setHosts(names);
}

void ExtractPage::setRunOnHost(const QString& host) {
    m_runOn->setHost(host);
}

void ExtractPage::onFileStarted(int index) {
    const int row = fileRow(index);
    fileModel()->setStatus(row, tr("Running…"));
    updateRunControls();
    m_progressText->setText(tr("File %1 of %2 — %3: starting…")
                                .arg(index + 1)
                                .arg(m_run->total())
                                .arg(QFileInfo(fileModel()->file(row).path).fileName()));
}

void ExtractPage::showProgress(int index, const core::ExtractionProgress& progress) {
    const int row = fileRow(index);
    const double fraction =
        progress.bytesTotal > 0
            ? std::clamp(double(progress.bytesRead) / double(progress.bytesTotal), 0.0, 1.0)
            : 0.0;
    m_progress->setValue(int(1000.0 * (double(index) + fraction) / double(std::max(1, m_run->total()))));
    const QString name = QFileInfo(fileModel()->file(row).path).fileName();
    QString text = tr("File %1 of %2 — %3: %L4 texts · %L5 texts/s")
                       .arg(index + 1)
                       .arg(m_run->total())
                       .arg(name)
                       .arg(progress.texts)
                       .arg(progress.textsPerSecond, 0, 'f', 1);
    if (progress.etaSeconds >= 0)
        text += tr(" · about %1 left").arg(core::durationText(progress.etaSeconds));
    if (!m_run->isCancelling())
        m_progressText->setText(text);
    fileModel()->setStatus(row, tr("Running: %1 %").arg(int(fraction * 100.0)));
    Q_EMIT jobProgress(row, progress);
}

void ExtractPage::onFileFinished(int index, const core::ExtractionOutcome& outcome) {
    const int row = fileRow(index);
    if (outcome.notRun) {
        fileModel()->setStatus(row, tr("Not run"));
    } else if (!outcome.summary) {
        fileModel()->setStatus(row, tr("Failed"), true);
        Q_EMIT messageRequested(outcome.error, true);
    } else if (outcome.summary->cancelled) {
        fileModel()->setStatus(row, outcome.summary->outputPath.isEmpty()
                                        ? tr("Cancelled, removed")
                                        : tr("Cancelled: %L1 rows kept").arg(outcome.summary->rows));
    } else if (outcome.summary->texts == 0) {
        // Said, not hidden behind "Done": the file written holds only its header.
        fileModel()->setStatus(row, tr("No texts in it: the output has only its header"), true);
        Q_EMIT messageRequested(
            tr("%1 holds no texts (empty, or every line was skipped): %2 has only its header.")
                .arg(fileModel()->file(row).path, outcome.summary->outputPath),
            true);
    } else {
        const auto skipped = qint64(outcome.summary->skipped.size());
        fileModel()->setStatus(
            row, skipped > 0 ? tr("Done: %L1 rows, %L2 skipped").arg(outcome.summary->rows).arg(skipped)
                             : tr("Done: %L1 rows").arg(outcome.summary->rows));
        if (!outcome.summary->notes.isEmpty()) // a remote job's cross-engine check, for one
            Q_EMIT messageRequested(outcome.summary->notes.join(u' '), false);
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
    updateOutputs();
    const auto& outcomes = m_run->outcomes();
    const bool cancelled = m_run->isCancelling();
    const bool failed =
        std::any_of(outcomes.begin(), outcomes.end(), [](const auto& o) { return !o.error.isEmpty(); });
    if (cancelled) {
        m_progressText->setText(tr("Cancelled."));
        m_progress->setFormat(tr("Cancelled at %p %")); // the bar stays where the run stopped
    } else if (failed)
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
        : fileCount() == 0    ? tr("Add the files to extract first")
        : m_runOn->host().isEmpty()
            ? tr("Extract the embeddings of every listed file, one after the other (Ctrl+Return)")
            : tr("Send every listed file to %1, extract there and bring the results back (Ctrl+Return)")
                  .arg(m_runOn->host()));
    m_runOn->setEnabled(!running);
    m_cancelButton->setEnabled(running && !m_run->isCancelling());
    m_inputs->setRunning(running);
    m_options->setRunning(running);
    if (!running && m_run->outcomes().empty())
        m_progressText->setText(fileCount() == 0 ? tr("Add files to extract, then Run (Ctrl+Return).")
                                                 : tr("Ready: %n file(s).", "", fileCount()));
}

} // namespace bertlab::app
