#include "train_setup_form.h"

#include "core/display_format.h"
#include "core/hub/demo_model.h"
#include "form_building.h"
#include "widgets/schedule_preview.h"
#include "workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace bertlab::app {

using core::TrainingTask;

namespace {

const auto kDialogFolderKey = QStringLiteral("train/lastFolder");

} // namespace

TrainSetupForm::TrainSetupForm(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this)) {
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrolledTab(buildModelTab()), tr("Model"));
    m_tabs->addTab(scrolledTab(buildDataTab()), tr("Data"));
    m_tabs->addTab(scrolledTab(buildOptimizerTab()), tr("Optimizer"));
    m_tabs->addTab(scrolledTab(buildRunTab()), tr("Output"));
    // On the form rather than the tabs: the splitter may squeeze it to this, while minimumSizeHint() stays
    // the width every tab's rows need.
    setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 26);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(workspace, &Workspace::modelChanged, this, &TrainSetupForm::modelChanged);
    connect(workspace, &Workspace::tokenizerOptionsChanged, this, &TrainSetupForm::modelChanged);

    loadSettings();
    modelChanged();
    updateVisibility();
    countExamplesLater();
    countVocabLater();
    measureSpeedOnce();
}

TrainSetupForm::~TrainSetupForm() = default;

QString TrainSetupForm::countText(qint64 n) {
    if (n >= 1'000'000'000)
        return tr("%1 B").arg(double(n) / 1e9, 0, 'f', 2);
    if (n >= 1'000'000)
        return tr("%1 M").arg(double(n) / 1e6, 0, 'f', n >= 100'000'000 ? 0 : 1);
    if (n >= 10'000)
        return tr("%1 k").arg(double(n) / 1e3, 0, 'f', 0);
    return QStringLiteral("%L1").arg(n);
}

bool TrainSetupForm::isBusy() const {
    return m_countRun.isBusy() || m_vocabRun.isBusy();
}

core::TrainingTask TrainSetupForm::task() const {
    return TrainingTask(m_task->currentData().toInt());
}

void TrainSetupForm::showTab(Tab tab) {
    m_tabs->setCurrentIndex(int(tab));
}

QString TrainSetupForm::estimateText() const {
    return m_estimate->text();
}

QString TrainSetupForm::outputFolder() const {
    return m_outputFolder->text().trimmed();
}

QString TrainSetupForm::dialogFolder() const {
    const QString folder = outputFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        return QSettings().value(kDialogFolderKey, QDir::homePath()).toString();
    return folder;
}

QString TrainSetupForm::monitorName(const QString& monitor) const {
    return m_monitor->itemText(m_monitor->findData(monitor));
}

void TrainSetupForm::setRunning(bool running) {
    m_running = running;
    m_runPlan.reset();
    updateVisibility();
    if (!running) {
        updateSchedule();
        updateEstimate();
    }
}

void TrainSetupForm::setRunPlan(const core::TrainingPlan& plan) {
    m_runPlan = plan;
    updateSchedule();
}

// --- Building
// --------------------------------------------------------------------------------------------------

void TrainSetupForm::remember(QWidget* control, const QString& key) {
    m_remembered.add(control, key, this, [this] { formChanged(); });
}

void TrainSetupForm::loadSettings() {
    m_loadingSettings = true;
    m_remembered.load();
    if (!m_fromOpen->isChecked())
        m_fresh->setChecked(true);
    m_loadingSettings = false;
    updateSchedule();
}

void TrainSetupForm::saveSettings() const {
    if (!m_loadingSettings)
        m_remembered.save();
}

QWidget* TrainSetupForm::buildModelTab() {
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);

    auto* startBox = new QGroupBox(tr("Start from"), tab);
    auto* startLayout = new QVBoxLayout(startBox);
    m_fromOpen = new QRadioButton(tr("The &open model"), startBox);
    m_fromOpen->setToolTip(tr("Continue training the model open in the window (fine-tuning or further "
                              "pre-training); its shape and vocabulary stay"));
    m_openModel = new QLabel(startBox);
    m_openModel->setWordWrap(true);
    m_openModel->setIndent(fontMetrics().horizontalAdvance(u'M') * 2);
    m_openModel->setEnabled(false);
    m_fresh = new QRadioButton(tr("A &new model of this shape:"), startBox);
    m_fresh->setToolTip(tr("Random weights (truncated normal, as BERT initializes them) in the shape below"));
    auto* group = new QButtonGroup(startBox);
    group->addButton(m_fromOpen);
    group->addButton(m_fresh);
    m_fresh->setChecked(true);
    remember(m_fromOpen, QStringLiteral("train/fromOpenModel"));

    auto* shape = new QWidget(startBox);
    auto* grid = new QGridLayout(shape);
    grid->setContentsMargins(fontMetrics().horizontalAdvance(u'M') * 2, 0, 0, 0);
    const auto spin = [&](int min, int max, int value, int step, const QString& tip) {
        auto* box = new QSpinBox(shape);
        box->setRange(min, max);
        box->setValue(value);
        box->setSingleStep(step);
        box->setToolTip(tip);
        box->setAccelerated(true);
        return box;
    };
    // The defaults are the core's (the CLI's too): BERT-Mini's shape.
    const core::BertConfig fresh = core::TrainingConfig::defaultFreshModel();
    m_layers = spin(1, 48, fresh.numLayers, 1, tr("Encoder layers (transformer blocks)"));
    m_hidden = spin(8, 4096, fresh.hiddenSize, 32, tr("Hidden size: the width of every token vector"));
    m_heads =
        spin(1, 64, fresh.numHeads, 1, tr("Attention heads per layer; the hidden size must divide by it"));
    m_intermediate = spin(8, 16384, fresh.intermediateSize, 64,
                          tr("Feed-forward (intermediate) size, usually 4 × the hidden size"));
    const QList<QPair<QString, QSpinBox*>> fields{{tr("Layers:"), m_layers},
                                                  {tr("Hidden:"), m_hidden},
                                                  {tr("Heads:"), m_heads},
                                                  {tr("Feed-fwd:"), m_intermediate}};
    for (int i = 0; i < fields.size(); ++i) {
        auto* label = new QLabel(fields[i].first, shape);
        label->setBuddy(fields[i].second);
        grid->addWidget(label, i / 2, (i % 2) * 2);
        grid->addWidget(fields[i].second, i / 2, (i % 2) * 2 + 1);
        m_shapeWidgets << label << fields[i].second;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    remember(m_layers, QStringLiteral("train/layers"));
    remember(m_hidden, QStringLiteral("train/hidden"));
    remember(m_heads, QStringLiteral("train/heads"));
    remember(m_intermediate, QStringLiteral("train/intermediate"));
    startLayout->addWidget(m_fromOpen);
    startLayout->addWidget(m_openModel);
    startLayout->addWidget(m_fresh);
    startLayout->addWidget(shape);
    layout->addWidget(startBox);

    auto* vocabBox = new QGroupBox(tr("Text"), tab);
    auto* form = compactForm(vocabBox);
    m_seqLen = new QSpinBox(vocabBox);
    m_seqLen->setRange(8, 4096);
    m_seqLen->setValue(128);
    m_seqLen->setSingleStep(32);
    m_seqLen->setSuffix(tr(" tokens"));
    m_seqLen->setToolTip(
        tr("Tokens per example, [CLS] and [SEP] included (keras-bert's seq_len). A new "
           "model gets this many position embeddings; the open model allows up to its own."));
    remember(m_seqLen, QStringLiteral("train/seqLen"));
    form->addRow(tr("&Sequence length:"), m_seqLen);
    m_vocabSource = new QComboBox(vocabBox);
    m_vocabSource->addItem(tr("The open model's vocabulary"));
    m_vocabSource->addItem(tr("A vocab.txt file"));
    m_vocabSource->addItem(tr("Learn from the training data"));
    m_vocabSource->setToolTip(tr("Where a new model's WordPiece vocabulary comes from. Learning one builds "
                                 "it from the training file before the first step."));
    remember(m_vocabSource, QStringLiteral("train/vocabSource"));
    form->addRow(tr("&Vocabulary:"), m_vocabSource);
    m_vocabFile = new QLineEdit(vocabBox);
    m_vocabFile->setPlaceholderText(tr("vocab.txt"));
    m_vocabFile->setClearButtonEnabled(true);
    m_vocabBrowse = new QToolButton(vocabBox);
    m_vocabBrowse->setText(tr("…"));
    m_vocabBrowse->setToolTip(tr("Choose a vocab.txt (one token per line)"));
    connect(m_vocabBrowse, &QToolButton::clicked, this, [this] {
        browseFile(m_vocabFile, tr("Choose a Vocabulary"), tr("Vocabularies (*.txt);;All files (*)"));
    });
    connect(m_vocabFile, &QLineEdit::textChanged, this, &TrainSetupForm::countVocabLater);
    remember(m_vocabFile, QStringLiteral("train/vocabFile"));
    m_vocabForm = form;
    m_vocabFileRow = withButton(m_vocabFile, m_vocabBrowse);
    form->addRow(buddyLabel(tr("Vocab &file:"), m_vocabFile), m_vocabFileRow);
    m_learnedSize = new QSpinBox(vocabBox);
    m_learnedSize->setRange(200, 250000);
    m_learnedSize->setValue(8000);
    m_learnedSize->setSingleStep(1000);
    m_learnedSize->setSuffix(tr(" tokens"));
    m_learnedSize->setToolTip(tr("The learned vocabulary's size, special tokens and characters included"));
    remember(m_learnedSize, QStringLiteral("train/learnedVocabSize"));
    form->addRow(tr("&Target size:"), m_learnedSize);
    m_tokenizer = new QLabel(vocabBox);
    m_tokenizer->setToolTip(tr("The tokenizer options set on the Tokenize page (Ctrl+1); a run uses them "
                               "as they are when it starts"));
    form->addRow(tr("Tokenizer:"), m_tokenizer);
    layout->addWidget(vocabBox);

    auto* estimateBox = new QGroupBox(tr("Estimate"), tab);
    auto* estimateLayout = new QVBoxLayout(estimateBox);
    m_estimate = new QLabel(estimateBox);
    m_estimate->setWordWrap(true);
    m_estimate->setTextFormat(Qt::RichText);
    m_estimate->setToolTip(tr("Parameters from the shape and vocabulary; memory for the weights, their "
                              "gradients, Adam's slots and one batch's activations; time per step from the "
                              "speed measured in your last run (before any run: a modest CPU's)"));
    estimateLayout->addWidget(m_estimate);
    layout->addWidget(estimateBox);
    layout->addStretch(1);
    return tab;
}

QWidget* TrainSetupForm::buildDataTab() {
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    auto* box = new QGroupBox(tr("Task and data"), tab);
    auto* form = compactForm(box);
    m_task = new QComboBox(box);
    m_task->addItem(tr("Pre-train (masked LM + next sentence)"), int(TrainingTask::Pretrain));
    m_task->addItem(tr("Classify (fine-tune on labelled texts)"), int(TrainingTask::Classify));
    m_task->setToolTip(tr("Pre-training learns from plain text as BERT did; classification adds a "
                          "classifier on [CLS] and learns from a table of texts and labels"));
    remember(m_task, QStringLiteral("train/task"));
    form->addRow(tr("T&ask:"), m_task);

    m_trainFile = new QLineEdit(box);
    m_trainFile->setClearButtonEnabled(true);
    auto* trainBrowse = new QToolButton(box);
    trainBrowse->setText(tr("…"));
    trainBrowse->setToolTip(tr("Choose the training file"));
    connect(trainBrowse, &QToolButton::clicked, this, [this] {
        browseFile(m_trainFile, tr("Choose Training Data"),
                   tr("Text and tables (*.txt *.tsv *.csv);;All files (*)"));
    });
    connect(m_trainFile, &QLineEdit::textChanged, this, &TrainSetupForm::countExamplesLater);
    connect(m_task, &QComboBox::currentIndexChanged, this, &TrainSetupForm::countExamplesLater);
    remember(m_trainFile, QStringLiteral("train/trainFile"));
    // The samples that ship with the demo model: WordNet definitions by topic, or a slice of its corpus.
    auto* sample = new QToolButton(box);
    sample->setText(tr("Sample"));
    sample->setToolTip(tr("Use the sample that ships with BertLab: for Classify, topics.csv (1,500 WordNet "
                          "definitions labelled animal, body, food, person or plant); for Pre-train, "
                          "corpus.txt (40 documents of the demo model's corpus)"));
    connect(sample, &QToolButton::clicked, this, [this] {
        const bool classify = TrainingTask(m_task->currentData().toInt()) == TrainingTask::Classify;
        const QString path = core::DemoModel::samplePath(classify ? QStringLiteral("topics.csv")
                                                                  : QStringLiteral("corpus.txt"));
        if (!path.isEmpty())
            m_trainFile->setText(QDir::toNativeSeparators(path));
    });
    sample->setVisible(!core::DemoModel::samplePath(QStringLiteral("topics.csv")).isEmpty());
    QHBoxLayout* trainRow = withButton(m_trainFile, trainBrowse);
    trainRow->addWidget(sample);
    form->addRow(buddyLabel(tr("&Training file:"), m_trainFile), trainRow);

    m_validationFile = new QLineEdit(box);
    m_validationFile->setClearButtonEnabled(true);
    m_validationFile->setPlaceholderText(tr("Hold out part of the training data"));
    m_validationFile->setToolTip(tr("Optional: a file in the training file's format, used only to measure"));
    auto* validationBrowse = new QToolButton(box);
    validationBrowse->setText(tr("…"));
    validationBrowse->setToolTip(tr("Choose a validation file"));
    connect(validationBrowse, &QToolButton::clicked, this, [this] {
        browseFile(m_validationFile, tr("Choose Validation Data"),
                   tr("Text and tables (*.txt *.tsv *.csv);;All files (*)"));
    });
    remember(m_validationFile, QStringLiteral("train/validationFile"));
    form->addRow(buddyLabel(tr("&Validation file:"), m_validationFile),
                 withButton(m_validationFile, validationBrowse));
    m_validationFraction = percentBox(box, 50);
    m_validationFraction->setValue(10);
    m_validationFraction->setSpecialValueText(tr("no validation"));
    m_validationFraction->setToolTip(tr("Without a validation file: this share of the training examples is "
                                        "held out (a fixed, seeded choice) to measure the model on"));
    remember(m_validationFraction, QStringLiteral("train/validationPercent"));
    form->addRow(tr("&Hold out:"), m_validationFraction);

    m_textColumn = new QLineEdit(box);
    m_textColumn->setPlaceholderText(QStringLiteral("text"));
    m_textColumn->setToolTip(tr("The column with the text: its header name or its number (1 = first)"));
    m_secondColumn = new QLineEdit(box);
    m_secondColumn->setPlaceholderText(tr("(none)"));
    m_secondColumn->setToolTip(tr("Optional: a column with the second text of a pair (text_b)"));
    m_labelColumn = new QLineEdit(box);
    m_labelColumn->setPlaceholderText(QStringLiteral("label"));
    m_labelColumn->setToolTip(tr("The column with the label; labels are numbered in order of first "
                                 "appearance"));
    remember(m_textColumn, QStringLiteral("train/textColumn"));
    remember(m_secondColumn, QStringLiteral("train/secondColumn"));
    remember(m_labelColumn, QStringLiteral("train/labelColumn"));
    m_dataForm = form;
    form->addRow(tr("Te&xt column:"), m_textColumn);
    form->addRow(tr("Text_&b column:"), m_secondColumn);
    form->addRow(tr("&Label column:"), m_labelColumn);

    m_maskRate = percentBox(box, 50);
    m_maskRate->setMinimum(1);
    m_maskRate->setValue(15);
    m_maskRate->setToolTip(tr("Share of the tokens the model has to predict (of those, 80 % become [MASK], "
                              "10 % a random token, 10 % stay)"));
    remember(m_maskRate, QStringLiteral("train/maskPercent"));
    form->addRow(tr("&Mask rate:"), m_maskRate);

    m_dataNote = new QLabel(box);
    m_dataNote->setWordWrap(true);
    m_dataNote->setEnabled(false);
    form->addRow(m_dataNote);
    layout->addWidget(box);
    layout->addStretch(1);
    return tab;
}

QWidget* TrainSetupForm::buildOptimizerTab() {
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    auto* box = new QGroupBox(tr("Steps"), tab);
    auto* form = compactForm(box);
    m_batchSize = new QSpinBox(box);
    m_batchSize->setRange(1, 4096);
    m_batchSize->setValue(32);
    m_batchSize->setSuffix(tr(" examples"));
    m_batchSize->setToolTip(tr("Examples per step; more uses more memory"));
    remember(m_batchSize, QStringLiteral("train/batchSize"));
    form->addRow(tr("&Batch size:"), m_batchSize);
    m_epochs = new QSpinBox(box);
    m_epochs->setRange(1, 10000);
    m_epochs->setValue(1);
    m_epochs->setToolTip(tr("Passes over the training data"));
    remember(m_epochs, QStringLiteral("train/epochs"));
    form->addRow(tr("&Epochs:"), m_epochs);
    m_maxSteps = new QSpinBox(box);
    m_maxSteps->setRange(0, 100'000'000);
    m_maxSteps->setSingleStep(100);
    m_maxSteps->setSpecialValueText(tr("from the epochs"));
    m_maxSteps->setToolTip(tr("When set, the run takes exactly this many steps (the epochs are ignored)"));
    remember(m_maxSteps, QStringLiteral("train/maxSteps"));
    form->addRow(tr("Ma&x steps:"), m_maxSteps);
    layout->addWidget(box);

    auto* adam = new QGroupBox(tr("AdamWarmup"), tab);
    auto* adamForm = compactForm(adam);
    m_learningRate = rateEdit(adam);
    m_learningRate->setText(QStringLiteral("1e-4"));
    m_learningRate->setToolTip(tr("The peak learning rate, reached at the end of warm-up (e.g. 1e-4 for "
                                  "pre-training, 2e-5 to 5e-5 for fine-tuning)"));
    remember(m_learningRate, QStringLiteral("train/learningRate"));
    adamForm->addRow(tr("&Learning rate:"), m_learningRate);
    m_warmup = percentBox(adam, 100);
    m_warmup->setValue(10);
    m_warmup->setToolTip(tr("Share of the steps over which the rate rises linearly from 0 "
                            "(keras-bert's calc_train_steps warmup_proportion)"));
    remember(m_warmup, QStringLiteral("train/warmupPercent"));
    adamForm->addRow(tr("&Warm-up:"), m_warmup);
    m_minLr = rateEdit(adam);
    m_minLr->setText(QStringLiteral("0"));
    m_minLr->setToolTip(tr("After warm-up the rate falls linearly to this at the last step"));
    remember(m_minLr, QStringLiteral("train/minLr"));
    adamForm->addRow(tr("M&inimum rate:"), m_minLr);
    m_weightDecay = new QDoubleSpinBox(adam);
    m_weightDecay->setRange(0, 1);
    m_weightDecay->setDecimals(4);
    m_weightDecay->setSingleStep(0.01);
    m_weightDecay->setValue(0.01);
    m_weightDecay->setToolTip(tr("Decoupled weight decay added to each update (kernels and embeddings; not "
                                 "biases or LayerNorm)"));
    remember(m_weightDecay, QStringLiteral("train/weightDecay"));
    adamForm->addRow(tr("Weight &decay:"), m_weightDecay);
    m_clipNorm = new QDoubleSpinBox(adam);
    m_clipNorm->setRange(0, 1000);
    m_clipNorm->setDecimals(2);
    m_clipNorm->setSingleStep(0.5);
    m_clipNorm->setSpecialValueText(tr("off"));
    m_clipNorm->setToolTip(tr("Scale the gradients down when their global norm is larger than this"));
    remember(m_clipNorm, QStringLiteral("train/clipNorm"));
    adamForm->addRow(tr("&Clip norm:"), m_clipNorm);
    m_amsgrad = new QCheckBox(tr("AMS&Grad"), adam);
    m_amsgrad->setToolTip(tr("Keep the largest second moment seen (AMSGrad); one more slot per parameter"));
    remember(m_amsgrad, QStringLiteral("train/amsgrad"));
    adamForm->addRow(QString(), m_amsgrad);
    m_trainable = new QLineEdit(adam);
    m_trainable->setPlaceholderText(tr("all parameters"));
    m_trainable->setClearButtonEnabled(true);
    m_trainable->setToolTip(tr("Train only parameters whose official names start with one of these "
                               "prefixes (comma separated), e.g. \"bert/encoder/layer_11, cls/\"; the "
                               "others stay frozen"));
    remember(m_trainable, QStringLiteral("train/trainablePrefixes"));
    adamForm->addRow(tr("&Trainable:"), m_trainable);
    layout->addWidget(adam);

    auto* scheduleBox = new QGroupBox(tr("Learning-rate schedule"), tab);
    auto* scheduleLayout = new QVBoxLayout(scheduleBox);
    m_schedule = new widgets::SchedulePreview(scheduleBox);
    m_schedule->setToolTip(tr("The learning rate at each step, as the run will set it"));
    scheduleLayout->addWidget(m_schedule);
    layout->addWidget(scheduleBox);
    layout->addStretch(1);
    return tab;
}

QWidget* TrainSetupForm::buildRunTab() {
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    auto* outputBox = new QGroupBox(tr("Output"), tab);
    auto* form = compactForm(outputBox);
    m_outputFolder = new QLineEdit(outputBox);
    m_outputFolder->setClearButtonEnabled(true);
    m_outputFolder->setPlaceholderText(tr("Choose a folder"));
    m_outputFolder->setToolTip(tr("The checkpoint (TF layout, with the optimizer state), a Hugging Face "
                                  "copy and metrics.csv are written here"));
    auto* browse = new QToolButton(outputBox);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the output folder"));
    connect(browse, &QToolButton::clicked, this, &TrainSetupForm::browseFolder);
    remember(m_outputFolder, QStringLiteral("train/outputFolder"));
    form->addRow(buddyLabel(tr("&Folder:"), m_outputFolder), withButton(m_outputFolder, browse));
    m_checkpointEvery = new QSpinBox(outputBox);
    m_checkpointEvery->setRange(0, 10'000'000);
    m_checkpointEvery->setValue(1000);
    m_checkpointEvery->setSingleStep(100);
    m_checkpointEvery->setPrefix(tr("every "));
    m_checkpointEvery->setSuffix(tr(" steps"));
    m_checkpointEvery->setSpecialValueText(tr("only at the end"));
    m_checkpointEvery->setToolTip(tr("Save a checkpoint this often (a stopped run also saves one)"));
    remember(m_checkpointEvery, QStringLiteral("train/checkpointEvery"));
    form->addRow(tr("C&heckpoints:"), m_checkpointEvery);
    m_resume = new QCheckBox(tr("&Resume from the folder's checkpoint"), outputBox);
    m_resume->setToolTip(tr("Continue a stopped run: weights, optimizer state, step and data position "
                            "come from the output folder's checkpoint"));
    remember(m_resume, QStringLiteral("train/resume"));
    form->addRow(QString(), m_resume);
    m_seed = new QSpinBox(outputBox);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(1);
    m_seed->setToolTip(tr("Seeds the initial weights, the masking and the data order: the same seed "
                          "gives the same run"));
    remember(m_seed, QStringLiteral("train/seed"));
    form->addRow(tr("S&eed:"), m_seed);
    layout->addWidget(outputBox);

    auto* stopBox = new QGroupBox(tr("Validation and early stopping"), tab);
    auto* stopForm = compactForm(stopBox);
    m_validateEvery = new QSpinBox(stopBox);
    m_validateEvery->setRange(0, 10'000'000);
    m_validateEvery->setSingleStep(100);
    m_validateEvery->setPrefix(tr("every "));
    m_validateEvery->setSuffix(tr(" steps"));
    m_validateEvery->setSpecialValueText(tr("once per epoch"));
    remember(m_validateEvery, QStringLiteral("train/validateEvery"));
    stopForm->addRow(tr("V&alidate:"), m_validateEvery);
    m_monitor = new QComboBox(stopBox);
    m_monitor->addItem(tr("validation loss"), QStringLiteral("val_loss"));
    m_monitor->addItem(tr("validation MLM accuracy"), QStringLiteral("val_mlm_accuracy"));
    m_monitor->addItem(tr("validation accuracy"), QStringLiteral("val_accuracy"));
    m_monitor->setToolTip(tr("The measure early stopping watches"));
    remember(m_monitor, QStringLiteral("train/monitor"));
    stopForm->addRow(tr("&Monitor:"), m_monitor);
    m_patience = new QSpinBox(stopBox);
    m_patience->setRange(0, 1000);
    m_patience->setSpecialValueText(tr("off"));
    m_patience->setSuffix(tr(" validations"));
    m_patience->setToolTip(tr("Stop when the monitored measure has not improved for this many validations"));
    remember(m_patience, QStringLiteral("train/patience"));
    stopForm->addRow(tr("&Patience:"), m_patience);
    layout->addWidget(stopBox);

    auto* probeBox = new QGroupBox(tr("Probe sentences"), tab);
    auto* probeLayout = new QVBoxLayout(probeBox);
    m_probes = new QPlainTextEdit(probeBox);
    m_probes->setPlaceholderText(
        tr("One sentence per line with [MASK], e.g.\nThe capital of France is [MASK]."));
    m_probes->setToolTip(tr("While pre-training, the model's top guesses for each [MASK] are shown as it "
                            "learns"));
    m_probes->setTabChangesFocus(true);
    m_probes->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    remember(m_probes, QStringLiteral("train/probes"));
    m_probeEvery = new QSpinBox(probeBox);
    m_probeEvery->setRange(1, 10'000'000);
    m_probeEvery->setValue(100);
    m_probeEvery->setPrefix(tr("every "));
    m_probeEvery->setSuffix(tr(" steps"));
    remember(m_probeEvery, QStringLiteral("train/probeEvery"));
    auto* everyRow = new QHBoxLayout;
    auto* everyLabel = new QLabel(tr("Pro&be:"), probeBox);
    everyLabel->setBuddy(m_probeEvery);
    everyRow->addWidget(everyLabel);
    everyRow->addWidget(m_probeEvery, 1);
    probeLayout->addWidget(m_probes);
    probeLayout->addLayout(everyRow);
    m_probeWidgets << m_probes << m_probeEvery << everyLabel;
    layout->addWidget(probeBox);
    layout->addStretch(1);
    return tab;
}

// --- Form
// -------------------------------------------------------------------------------------------------------

void TrainSetupForm::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    updateEstimate();
}

void TrainSetupForm::formChanged() {
    if (m_loadingSettings)
        return;
    saveSettings();
    updateVisibility();
    updateEstimate();
    updateSchedule();
    Q_EMIT changed();
}

void TrainSetupForm::modelChanged() {
    const auto model = m_workspace->model();
    if (model) {
        const QString dir = model->files().directory;
        m_openModel->setText(tr("%1 — %2 layers, hidden %3, %4 parameters")
                                 .arg(QDir(dir).dirName())
                                 .arg(model->config().numLayers)
                                 .arg(model->config().hiddenSize)
                                 .arg(countText(model->parameterCount())));
        m_openModel->setToolTip(QDir::toNativeSeparators(dir));
    } else {
        m_openModel->setText(tr("No model is open (Ctrl+O)."));
        m_openModel->setToolTip(QString());
    }
    const core::TokenizerOptions& options = m_workspace->tokenizerOptions();
    m_tokenizer->setText(
        tr("%1, %2").arg(core::tokenizerModeName(options.mode), options.cased ? tr("cased") : tr("uncased")));
    updateVisibility();
    updateEstimate();
    Q_EMIT changed();
}

void TrainSetupForm::updateVisibility() {
    const bool fresh = m_fresh->isChecked();
    const bool hasModel = m_workspace->model() != nullptr;
    const bool classify = TrainingTask(m_task->currentData().toInt()) == TrainingTask::Classify;
    // A run keeps its settings: the form is read-only (still browsable) until it ends.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->widget(i)->setEnabled(!m_running);
    for (QWidget* w : m_shapeWidgets)
        w->setEnabled(fresh);
    m_vocabSource->setEnabled(fresh);
    const int source = m_vocabSource->currentIndex();
    m_vocabFile->setEnabled(fresh && source == 1);
    m_vocabBrowse->setEnabled(fresh && source == 1);
    m_learnedSize->setEnabled(fresh && source == 2);
    m_fromOpen->setEnabled(hasModel || m_fromOpen->isChecked());
    m_vocabForm->setRowVisible(m_vocabFileRow, fresh && source == 1);
    m_vocabForm->setRowVisible(m_learnedSize, fresh && source == 2);
    m_vocabForm->setRowVisible(m_vocabSource, fresh);
    for (QWidget* w : {m_textColumn, m_secondColumn, m_labelColumn})
        m_dataForm->setRowVisible(w, classify);
    m_dataForm->setRowVisible(m_maskRate, !classify);
    for (QWidget* w : m_probeWidgets)
        w->setEnabled(!classify);
    m_dataNote->setText(classify ? tr("A CSV or TSV file with a header row; one example per row.")
                                 : tr("Plain text, one sentence per line, a blank line between documents; or "
                                      "a .tsv file of sentence pairs (first<TAB>second)."));
    // The monitor fits the task.
    const QString monitor = m_monitor->currentData().toString();
    if (classify && monitor == u"val_mlm_accuracy")
        m_monitor->setCurrentIndex(m_monitor->findData(QStringLiteral("val_accuracy")));
    if (!classify && monitor == u"val_accuracy")
        m_monitor->setCurrentIndex(m_monitor->findData(QStringLiteral("val_mlm_accuracy")));
    m_validationFraction->setEnabled(m_validationFile->text().trimmed().isEmpty());
}

void TrainSetupForm::browseFile(QLineEdit* edit, const QString& title, const QString& filter) {
    QSettings settings;
    const QString start = edit->text().trimmed().isEmpty()
                              ? settings.value(kDialogFolderKey, QDir::homePath()).toString()
                              : QFileInfo(edit->text().trimmed()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, title, start, filter);
    if (path.isEmpty())
        return;
    settings.setValue(kDialogFolderKey, QFileInfo(path).absolutePath());
    edit->setText(QDir::toNativeSeparators(path));
}

void TrainSetupForm::browseFolder() {
    QSettings settings;
    const QString start = m_outputFolder->text().trimmed().isEmpty()
                              ? settings.value(kDialogFolderKey, QDir::homePath()).toString()
                              : m_outputFolder->text().trimmed();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Output Folder"), start);
    if (!folder.isEmpty())
        m_outputFolder->setText(QDir::toNativeSeparators(folder));
}

} // namespace bertlab::app