#include "classify_page.h"

#include "core/tasks/model_bundle.h"
#include "widgets/candidate_list.h"
#include "widgets/label_probabilities.h"
#include "widgets/message_bar.h"
#include "workspace.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace bertlab::app {

using Kind = core::TextSourceOptions::Kind;

namespace {

const auto kInputFolderKey = QStringLiteral("classify/lastInputFolder");

// "reviews.csv" → "reviews.predictions.csv", beside it.
QString proposedOutputFor(const QString& input) {
    const QFileInfo info(input);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".predictions.csv"));
}

struct FileOutcome {
    std::optional<core::ClassifyFileSummary> summary;
    QString error;
};

} // namespace

struct ClassifyPage::FileRun {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
    QString input, output;
};

ClassifyPage::ClassifyPage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_notice(new widgets::MessageBar(this))
    , m_resultBox(new QGroupBox(tr("Prediction for the text"), this))
    , m_verdict(new QLabel(m_resultBox))
    , m_labels(new widgets::LabelProbabilityModel(this))
    , m_labelList(new widgets::CandidateList(m_resultBox))
    , m_busy(new QProgressBar(this))
    , m_busyDelay(new QTimer(this)) {
    setAcceptDrops(true);
    m_notice->hide();

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(m_busy->fontMetrics().horizontalAdvance(u'M') * 8);
    m_busy->setToolTip(tr("Classifying…"));
    QSizePolicy keepSpace = m_busy->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true);
    m_busy->setSizePolicy(keepSpace);
    m_busy->hide();
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(150);
    connect(m_busyDelay, &QTimer::timeout, this, [this] { m_busy->setVisible(m_waiting); });

    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setToolTip(tr("The most probable label for the text and its probability"));
    m_labelList->setModel(m_labels);
    m_labelList->setSelectionMode(QAbstractItemView::NoSelection);
    m_labelList->setToolTip(tr("Every label of the classifier with its probability, most probable first "
                               "(they add up to 100 %)"));
    auto* resultLayout = new QVBoxLayout(m_resultBox);
    auto* verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdict, 1);
    verdictRow->addWidget(m_busy);
    resultLayout->addLayout(verdictRow);
    resultLayout->addWidget(m_labelList);
    m_resultBox->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_resultBox);
    layout->addWidget(buildFileBox());
    layout->addStretch(1);

    connect(workspace, &Workspace::modelChanged, this, &ClassifyPage::inputsChanged);
    connect(workspace, &Workspace::textChanged, this, &ClassifyPage::inputsChanged);
    connect(workspace, &Workspace::tokenizerOptionsChanged, this, &ClassifyPage::inputsChanged);
    updateFileControls();
}

ClassifyPage::~ClassifyPage() {
    if (m_fileRun)
        m_fileRun->cancel = true; // the worker stops at its next batch and writes nothing
}

QString ClassifyPage::title() const {
    return tr("Classify");
}

QString ClassifyPage::toolTip() const {
    return tr("Run a fine-tuned classifier: the label probabilities of the text, or of every text of a file "
              "into a CSV");
}

bool ClassifyPage::isBusy() const {
    return m_waiting || m_run.isBusy();
}

bool ClassifyPage::isClassifierAvailable() const {
    const auto model = workspace()->model();
    return model && model->model().hasClassifier();
}

QString ClassifyPage::noticeText() const {
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString ClassifyPage::verdictText() const {
    return m_resultBox->isHidden() ? QString() : m_verdict->text();
}

bool ClassifyPage::canRunFile() const {
    return m_runButton->isEnabled();
}

QString ClassifyPage::fileStatus() const {
    return m_status->text();
}

QGroupBox* ClassifyPage::buildFileBox() {
    auto* box = new QGroupBox(tr("Classify a file"), this);
    box->setToolTip(tr("Classify every text of a file (one per line, a tab splits a pair; or a CSV/TSV with "
                       "a header) and write a CSV: index, text, label, probability and one probability "
                       "column per label. You can also drop a file on this page."));

    m_input = new QLineEdit(box);
    m_input->setPlaceholderText(tr("A text file, .csv or .tsv"));
    m_input->setToolTip(tr("The texts to classify: one per line (a tab splits a sentence pair), or a CSV/TSV "
                           "file whose first row names the columns"));
    connect(m_input, &QLineEdit::editingFinished, this, [this] { setInputFile(m_input->text().trimmed()); });
    m_inputBrowse = new QPushButton(tr("&Browse…"), box);
    m_inputBrowse->setToolTip(tr("Choose the file of texts to classify"));
    connect(m_inputBrowse, &QPushButton::clicked, this, &ClassifyPage::chooseInput);
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_inputBrowse);

    m_kind = new QComboBox(box);
    m_kind->addItem(tr("Text lines"), int(Kind::Lines));
    m_kind->addItem(tr("CSV with a header"), int(Kind::Csv));
    m_kind->addItem(tr("TSV with a header"), int(Kind::Tsv));
    m_kind->setToolTip(tr("How the file is read; chosen from its extension, change it if that is wrong"));
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_header.clear();
        updateFileControls();
        readHeaderLater();
    });
    m_textColumnLabel = new QLabel(tr("&Text column:"), box);
    m_textColumn = new QComboBox(box);
    m_textColumn->setToolTip(tr("The column that holds the text to classify"));
    m_textColumnLabel->setBuddy(m_textColumn);
    m_secondColumnLabel = new QLabel(tr("S&econd text:"), box);
    m_secondColumn = new QComboBox(box);
    m_secondColumn->setToolTip(tr("For a sentence-pair classifier: the column of the second text"));
    m_secondColumnLabel->setBuddy(m_secondColumn);
    auto* columnsRow = new QHBoxLayout;
    columnsRow->addWidget(m_kind);
    columnsRow->addSpacing(fontMetrics().horizontalAdvance(u'M'));
    columnsRow->addWidget(m_textColumnLabel);
    columnsRow->addWidget(m_textColumn, 2);
    columnsRow->addWidget(m_secondColumnLabel);
    columnsRow->addWidget(m_secondColumn, 2);
    columnsRow->addStretch(1);

    m_output = new QLineEdit(box);
    m_output->setPlaceholderText(tr("predictions.csv"));
    m_output->setToolTip(tr("The CSV of predictions to write; it appears only when every text is done, and "
                            "an existing file is replaced only after you agree"));
    m_outputBrowse = new QPushButton(tr("Br&owse…"), box);
    m_outputBrowse->setToolTip(tr("Choose where to write the predictions"));
    connect(m_outputBrowse, &QPushButton::clicked, this, &ClassifyPage::chooseOutput);
    connect(m_output, &QLineEdit::textChanged, this, &ClassifyPage::updateFileControls);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_outputBrowse);

    m_runButton = new QPushButton(tr("&Classify File"), box);
    m_runButton->setToolTip(tr("Classify every text of the file and write the CSV (Ctrl+Return)"));
    m_runButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_runButton, &QPushButton::clicked, this, [this] {
        runFile([this](const QString& path) {
            return QMessageBox::question(this, tr("Replace the file?"),
                                         tr("%1 already exists. Replace it with the new predictions?")
                                             .arg(QDir::toNativeSeparators(path)),
                                         QMessageBox::Yes | QMessageBox::Cancel,
                                         QMessageBox::Cancel) == QMessageBox::Yes;
        });
    });
    m_cancelButton = new QPushButton(tr("Cancel"), box);
    m_cancelButton->setToolTip(tr("Stop: nothing is written and an earlier file stays as it was (Esc)"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelButton, &QPushButton::clicked, this, &ClassifyPage::cancelFile);
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setToolTip(tr("How much of the file has been read"));
    m_status = new QLabel(box);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_progress, 1);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ClassifyPage::updateProgress);

    auto* form = new QFormLayout(box);
    form->addRow(tr("&Input:"), inputRow);
    form->addRow(tr("Read as:"), columnsRow);
    form->addRow(tr("O&utput CSV:"), outputRow);
    form->addRow(runRow);
    form->addRow(m_status);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(inputRow)))
        label->setBuddy(m_input);
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(outputRow)))
        label->setBuddy(m_output);
    return box;
}

void ClassifyPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    if (m_dirty)
        recompute();
}

void ClassifyPage::dropPending() {
    m_run.invalidate();
    m_waiting = false;
    m_busyDelay->stop();
    m_busy->hide();
}

void ClassifyPage::inputsChanged() {
    updateFileControls();
    if (!isVisible()) {
        m_dirty = true;
        dropPending();
        return;
    }
    recompute();
}

void ClassifyPage::recompute() {
    m_dirty = false;
    const auto model = workspace()->model();
    if (!model || !model->model().hasClassifier()) {
        dropPending();
        m_labels->clear();
        m_resultBox->hide();
        if (!model)
            showNotice(tr("Open a fine-tuned classifier to classify texts."));
        else
            showNotice(tr("This model (%1) has no classifier head, so there are no labels to predict. "
                          "Fine-tune one on the Train page (task: Classify), or open a Hugging Face "
                          "BertForSequenceClassification folder or a checkpoint of Google's "
                          "run_classifier.py.")
                           .arg(QDir(model->files().directory).dirName()));
        Q_EMIT classificationShown();
        return;
    }
    const core::TokenizerOptions options = workspace()->tokenizerOptions();
    const core::TextInput text{workspace()->first(), workspace()->second()};
    if (text.first.trimmed().isEmpty() && text.second.trimmed().isEmpty()) {
        dropPending();
        m_resultBox->hide();
        showNotice(tr("Type a text (or a sentence pair) above to see the classifier's labels for it."));
        Q_EMIT classificationShown();
        return;
    }
    m_waiting = true;
    m_busyDelay->start();
    m_run.start(
        this,
        [model, options, text] {
            Outcome outcome;
            auto result = core::classifyTexts(model->model(), model->tokenizer(options), {text});
            if (result)
                outcome.result = result->front();
            else
                outcome.error = result.errorString();
            return outcome;
        },
        [this](Outcome outcome) {
            m_waiting = false;
            m_busyDelay->stop();
            m_busy->hide();
            display(outcome);
            Q_EMIT classificationShown();
        });
}

void ClassifyPage::display(const Outcome& outcome) {
    if (!outcome.result) {
        m_resultBox->hide();
        showNotice(outcome.error, true);
        return;
    }
    const auto model = workspace()->model();
    const QStringList labels = model ? model->model().labels() : QStringList();
    m_labels->setProbabilities(labels, outcome.result->probabilities);
    m_verdict->setText(tr("%1 — %2").arg(m_labels->label(0),
                                         widgets::CandidateListModel::percentText(m_labels->probability(0))));
    showNotice({});
    m_resultBox->show();
}

void ClassifyPage::showNotice(const QString& text, bool isError) {
    if (text.isEmpty()) {
        m_notice->hide();
        return;
    }
    m_notice->showMessage(text, isError ? widgets::MessageBar::Kind::Error
                                        : widgets::MessageBar::Kind::Information);
}

// --- the file run --------------------------------------------------------------------------------------

void ClassifyPage::chooseInput() {
    QSettings settings;
    const QString start = inputFile().isEmpty() ? settings.value(kInputFolderKey).toString() : inputFile();
    const QString path = QFileDialog::getOpenFileName(this, tr("Texts to Classify"), start,
                                                      tr("Texts (*.txt *.csv *.tsv *.tab);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kInputFolderKey, QFileInfo(path).absolutePath());
    setInputFile(path);
}

void ClassifyPage::chooseOutput() {
    const QString start = outputFile().isEmpty() ? proposedOutputFor(inputFile()) : outputFile();
    // The dialog asks before an existing file is chosen; the run asks again only for a typed name.
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Write Predictions To"), start, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        setOutputFile(path);
}

void ClassifyPage::setInputFile(const QString& path) {
    if (m_fileRun)
        return;
    if (m_input->text() != path)
        m_input->setText(path);
    m_header.clear();
    const Kind kind = core::TextSourceOptions::kindForFile(path);
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    // A name the page proposed follows the input; one the user typed stays.
    if (!path.isEmpty() && (outputFile().isEmpty() || outputFile() == m_proposedOutput)) {
        m_proposedOutput = proposedOutputFor(path);
        m_output->setText(m_proposedOutput);
    }
    m_status->clear();
    m_progress->setValue(0);
    updateFileControls();
    readHeaderLater();
}

void ClassifyPage::readHeaderLater() {
    const QString path = inputFile();
    const Kind kind = Kind(m_kind->currentData().toInt());
    if (path.isEmpty() || kind == Kind::Lines)
        return;
    // Off the UI thread (a file on a slow share must not freeze the page); a stale answer is dropped.
    runThen(
        this, [path, kind] { return core::TextSource::header(path, kind); },
        [this, path, kind](const QStringList& header) {
            if (path == inputFile() && kind == Kind(m_kind->currentData().toInt()))
                headerRead(header);
        });
}

QString ClassifyPage::inputFile() const {
    return m_input->text().trimmed();
}

void ClassifyPage::setOutputFile(const QString& path) {
    m_output->setText(path);
}

QString ClassifyPage::outputFile() const {
    return m_output->text().trimmed();
}

void ClassifyPage::setTextColumn(int column) {
    m_textColumn->setCurrentIndex(m_textColumn->findData(column));
}

void ClassifyPage::setSecondColumn(int column) {
    m_secondColumn->setCurrentIndex(m_secondColumn->findData(column));
}

void ClassifyPage::headerRead(const QStringList& header) {
    const QString path = inputFile();
    m_header = header;
    core::TextSourceOptions guess;
    guess.guessColumns(header);
    m_textColumn->clear();
    m_secondColumn->clear();
    m_secondColumn->addItem(tr("(none)"), -1);
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed().isEmpty() ? tr("column %1").arg(i + 1) : header[i];
        m_textColumn->addItem(name, i);
        m_secondColumn->addItem(name, i);
    }
    setTextColumn(guess.textColumn);
    setSecondColumn(guess.secondColumn);
    if (header.isEmpty())
        m_status->setText(tr("%1 has no header row to name its columns; it cannot be read as a table.")
                              .arg(QDir::toNativeSeparators(path)));
    updateFileControls();
}

core::TextSourceOptions ClassifyPage::sourceOptions() const {
    core::TextSourceOptions options;
    options.kind = Kind(m_kind->currentData().toInt());
    if (options.kind != Kind::Lines) {
        options.textColumn = std::max(0, m_textColumn->currentData().toInt());
        options.secondColumn = m_secondColumn->count() > 0 ? m_secondColumn->currentData().toInt() : -1;
    }
    return options;
}

void ClassifyPage::updateFileControls() {
    const bool running = bool(m_fileRun);
    const bool table = Kind(m_kind->currentData().toInt()) != Kind::Lines;
    for (QWidget* w : std::initializer_list<QWidget*>{m_textColumnLabel, m_textColumn, m_secondColumnLabel,
                                                      m_secondColumn})
        w->setVisible(table);
    m_textColumn->setEnabled(!running && !m_header.isEmpty());
    m_secondColumn->setEnabled(!running && !m_header.isEmpty());
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_input, m_inputBrowse, m_kind, m_output, m_outputBrowse})
        w->setEnabled(!running);
    const bool ready = isClassifierAvailable() && !inputFile().isEmpty() && !outputFile().isEmpty() &&
                       (!table || !m_header.isEmpty());
    m_runButton->setEnabled(!running && ready);
    m_runButton->setToolTip(ready || running
                                ? tr("Classify every text of the file and write the CSV (Ctrl+Return)")
                            : !isClassifierAvailable() ? tr("Open a model with a classifier head first")
                            : inputFile().isEmpty()    ? tr("Choose the file of texts first")
                            : outputFile().isEmpty()   ? tr("Choose where to write the predictions first")
                                                       : tr("Reading the file's header…"));
    m_cancelButton->setEnabled(running);
}

void ClassifyPage::runFile(std::function<bool(const QString& path)> confirmOverwrite) {
    const auto model = workspace()->model();
    if (m_fileRun || !model || !model->model().hasClassifier())
        return;
    const QString input = inputFile();
    const QString output = outputFile();
    if (input.isEmpty() || output.isEmpty())
        return;
    if (QFileInfo(input).absoluteFilePath() == QFileInfo(output).absoluteFilePath()) {
        m_status->setText(tr("The output would replace the input %1: choose another name.")
                              .arg(QDir::toNativeSeparators(input)));
        return;
    }
    if (QFileInfo::exists(output) && !(confirmOverwrite && confirmOverwrite(output))) {
        m_status->setText(tr("%1 exists and was left as it is.").arg(QDir::toNativeSeparators(output)));
        return;
    }

    auto run = std::make_shared<FileRun>();
    run->input = input;
    run->output = output;
    m_fileRun = run;
    m_progress->setValue(0);
    m_status->setText(tr("Classifying %1…").arg(QFileInfo(input).fileName()));
    m_progressTimer->start();
    updateFileControls();

    const core::TextSourceOptions options = sourceOptions();
    const core::TokenizerOptions tokenizer = workspace()->tokenizerOptions();
    runThen(
        this,
        [model, options, tokenizer, run] {
            FileOutcome outcome;
            auto source = core::TextSource::open(run->input, options);
            if (!source) {
                outcome.error = source.errorString();
                return outcome;
            }
            auto summary = core::classifyFile(model->model(), model->tokenizer(tokenizer), **source,
                                              run->output, {}, [run](qint64 done, qint64 total) {
                                                  run->done = done;
                                                  run->total = total;
                                                  return !run->cancel.load();
                                              });
            if (summary)
                outcome.summary = std::move(summary).value();
            else
                outcome.error = summary.errorString();
            return outcome;
        },
        [this](const FileOutcome& outcome) {
            m_progressTimer->stop();
            const auto run = std::move(m_fileRun);
            const QString output = QDir::toNativeSeparators(run->output);
            if (!outcome.summary) {
                m_status->setText(tr("Failed: %1").arg(outcome.error));
            } else if (outcome.summary->cancelled) {
                m_status->setText(QFileInfo::exists(run->output)
                                      ? tr("Cancelled: nothing was written; %1 is as it was.").arg(output)
                                      : tr("Cancelled: nothing was written."));
            } else {
                m_progress->setValue(m_progress->maximum());
                QString text = tr("Done: %n text(s) classified into %1.", nullptr, int(outcome.summary->rows))
                                   .arg(output);
                if (!outcome.summary->skipped.empty()) {
                    const core::SkippedRecord& first = outcome.summary->skipped.front();
                    text += u' ' + tr("%n line(s) skipped (the first, line %1: %2).", nullptr,
                                      int(outcome.summary->skipped.size()))
                                       .arg(first.line)
                                       .arg(first.reason);
                }
                m_status->setText(text);
            }
            updateFileControls();
            Q_EMIT fileRunFinished();
        });
}

void ClassifyPage::cancelFile() {
    if (!m_fileRun)
        return;
    m_fileRun->cancel = true;
    m_status->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ClassifyPage::updateProgress() {
    if (!m_fileRun)
        return;
    const qint64 total = m_fileRun->total;
    if (total > 0)
        m_progress->setValue(int(m_progress->maximum() * std::min<qint64>(m_fileRun->done, total) / total));
}

void ClassifyPage::dragEnterEvent(QDragEnterEvent* event) {
    if (!m_fileRun && event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().front().isLocalFile())
        event->acceptProposedAction();
}

void ClassifyPage::dropEvent(QDropEvent* event) {
    const QString path = event->mimeData()->urls().front().toLocalFile();
    if (QFileInfo(path).isFile()) {
        setInputFile(path);
        event->acceptProposedAction();
    }
}

} // namespace bertlab::app
