#include "extract_options_form.h"

#include "workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace bertlab::app {

using core::EmbeddingFormat;
using core::Pooling;

namespace {

const auto kLayersKey = QStringLiteral("extract/layers");
const auto kLayersListKey = QStringLiteral("extract/layersList");
const auto kPoolingsKey = QStringLiteral("extract/poolings");
const auto kMaxLengthKey = QStringLiteral("extract/maxLength");
const auto kBatchSizeKey = QStringLiteral("extract/batchSize");
const auto kLongTextKey = QStringLiteral("extract/longTexts");
const auto kFormatKey = QStringLiteral("extract/format");
const auto kDigitsKey = QStringLiteral("extract/significantDigits");
const auto kFolderKey = QStringLiteral("extract/outputFolder");
const auto kStopKey = QStringLiteral("extract/stopOnBadLine");
const auto kKeepKey = QStringLiteral("extract/keepPartialOnCancel");
const auto kSentenceKey = QStringLiteral("extract/sentenceTransformers");

QString poolingShortName(Pooling pooling) {
    switch (pooling) {
    case Pooling::Nsp:
        return QStringLiteral("NSP");
    case Pooling::Max:
        return QStringLiteral("MAX");
    case Pooling::Average:
        return QStringLiteral("AVE");
    }
    return {};
}

QString poolingDescription(Pooling pooling) {
    switch (pooling) {
    case Pooling::Nsp:
        return ExtractOptionsForm::tr(
            "NSP: the vector of the first token, [CLS], which BERT trains to sum up the whole text for "
            "next-sentence prediction (keras-bert's \"NSP\" pooling)");
    case Pooling::Max:
        return ExtractOptionsForm::tr("MAX: each feature's largest value over the text's tokens");
    case Pooling::Average:
        return ExtractOptionsForm::tr("AVE: each feature's mean over the text's tokens");
    }
    return {};
}

QString poolingLabel(Pooling pooling) {
    switch (pooling) {
    case Pooling::Nsp:
        return ExtractOptionsForm::tr("Whole text: the [CLS] vector (NSP)");
    case Pooling::Max:
        return ExtractOptionsForm::tr("MAX over the tokens");
    case Pooling::Average:
        return ExtractOptionsForm::tr("AVE over the tokens");
    }
    return {};
}

} // namespace

ExtractOptionsForm::ExtractOptionsForm(Workspace* workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace) {
    build();
    loadSettings();
    connect(workspace, &Workspace::modelChanged, this, &ExtractOptionsForm::modelChanged);
    connect(workspace, &Workspace::tokenizerOptionsChanged, this, &ExtractOptionsForm::updateTokenizerLabel);
    modelChanged();
    updateTokenizerLabel();
}

void ExtractOptionsForm::modelChanged() {
    const auto model = m_workspace->model();
    if (model) {
        const int maxLength = model->model().maxSequenceLength();
        m_maxLength->setMaximum(maxLength);
        m_maxLength->setSpecialValueText(tr("Model maximum (%1)").arg(maxLength));
        m_layerCount->setMaximum(model->config().numLayers);
    } else {
        m_maxLength->setSpecialValueText(tr("Model maximum"));
    }
    const auto& sentence = model ? model->sentenceTransformers() : std::nullopt;
    m_sentence->setVisible(sentence.has_value());
    if (sentence)
        m_sentence->setText(tr("As &sentence-transformers: %1").arg(sentence->description()));
    updateLayerControls();
}

core::Status ExtractOptionsForm::fillSpec(core::ExtractionJobSpec& spec) const {
    const auto layers = layerSelection();
    if (!layers)
        return core::Error{tr("Output layers: give a number of last layers, or layer indices like 0,-1.")};
    if (const auto model = m_workspace->model()) {
        if (const auto resolved = layers->resolve(model->config().numLayers); !resolved)
            return core::Error{tr("Output layers: %1").arg(resolved.errorString())};
    }
    spec.source.stopOnBadRecord = m_badLine->currentIndex() == 1;
    spec.params.layers = *layers;
    spec.params.poolings = poolings();
    spec.params.sentenceTransformers = sentenceTransformers();
    spec.params.maxLength = m_maxLength->value() > 0 ? std::max(2, m_maxLength->value()) : 0;
    spec.params.batchSize = m_batchSize->value();
    spec.params.longText = longText();
    spec.format = format();
    spec.significantDigits = m_digits->value();
    spec.keepPartialOnCancel = m_whenCancelled->currentIndex() == 0;
    return core::Ok{};
}

void ExtractOptionsForm::setRunning(bool running) {
    m_running = running;
    for (QWidget* w : std::initializer_list<QWidget*>{m_sentence, m_lastLayers, m_listLayers, m_poolingList,
                                                      m_poolingUp, m_poolingDown, m_maxLength, m_batchSize,
                                                      m_longText, m_format, m_digits, m_outputFolder,
                                                      m_browseFolder, m_badLine, m_whenCancelled})
        w->setEnabled(!running);
    if (!running)
        m_digits->setEnabled(format() != EmbeddingFormat::Npy);
    updateLayerControls();
}

void ExtractOptionsForm::build() {
    auto* box = new QGroupBox(tr("Options"), this);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // narrow: labels go above their fields
    const auto save = [this] { saveSettings(); };

    // A sentence-transformers folder: its own pipeline instead of the choices below.
    m_sentence = new QCheckBox(box);
    m_sentence->setObjectName(QStringLiteral("sentenceCheck"));
    m_sentence->setToolTip(tr(
        "Compute what SentenceTransformer.encode gives for this model: the last layer, the pooling and "
        "normalization its modules.json names, up to its max_seq_length tokens. Untick to choose the layers "
        "and poolings yourself."));
    m_sentence->hide();
    form->addRow(m_sentence);
    connect(m_sentence, &QCheckBox::toggled, this, [this, save] {
        updateLayerControls();
        save();
    });

    // Output layers: the last N, or explicit indices (keras-bert's output_layer_num).
    m_lastLayers = new QRadioButton(tr("&Last"), box);
    m_layerCount = new QSpinBox(box);
    m_layerCount->setRange(1, 48);
    m_layerCount->setSuffix(tr(" layer(s)"));
    m_listLayers = new QRadioButton(tr("La&yers"), box);
    m_layerList = new QLineEdit(box);
    m_layerList->setPlaceholderText(tr("e.g. 0,-1"));
    m_layerList->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("e.g. 0,-1,-2")));
    const QString layersTip = tr(
        "Which encoder layers' outputs make up the features, concatenated in this order.\nLast N: the last "
        "N layers, earliest first (as keras-bert's output_layer_num=N).\nLayers: indices separated by "
        "commas, 0 = the first encoder layer (L1 on the Attention page), -1 = the last.\nThe output's "
        "columns say where each feature comes from: nsp_l12_0 is dimension 0 of the [CLS] vector of L12.");
    for (QWidget* w : std::initializer_list<QWidget*>{m_lastLayers, m_layerCount, m_listLayers, m_layerList})
        w->setToolTip(layersTip);
    auto* layerGroup = new QButtonGroup(box);
    layerGroup->addButton(m_lastLayers);
    layerGroup->addButton(m_listLayers);
    m_lastLayers->setChecked(true);
    // The notes keep two lines: a scroll area does not resize its widget for a wrapped label's height.
    const int twoLines = fontMetrics().lineSpacing() * 2;
    m_layerNote = new QLabel(box);
    m_layerNote->setWordWrap(true);
    m_layerNote->setMinimumHeight(twoLines);
    m_layerNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* layerRow = new QHBoxLayout;
    layerRow->addWidget(m_lastLayers);
    layerRow->addWidget(m_layerCount);
    layerRow->addWidget(m_listLayers);
    layerRow->addWidget(m_layerList, 1);
    auto* layerBox = new QVBoxLayout;
    layerBox->addLayout(layerRow);
    layerBox->addWidget(m_layerNote);
    auto* layersLabel = new QLabel(tr("Output layers:"), box);
    layersLabel->setToolTip(layersTip);
    form->addRow(layersLabel, layerBox);
    connect(m_lastLayers, &QRadioButton::toggled, this, [this, save] {
        updateLayerControls();
        save();
    });
    connect(m_layerCount, &QSpinBox::valueChanged, this, [this, save] {
        updateLayerControls();
        save();
    });
    connect(m_layerList, &QLineEdit::textEdited, this, [this, save] {
        updateLayerControls();
        save();
    });

    // Poolings, in the order their blocks are concatenated.
    m_poolingList = new QListWidget(box);
    m_poolingList->setDragDropMode(QAbstractItemView::InternalMove);
    m_poolingList->setDefaultDropAction(Qt::MoveAction);
    m_poolingList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_poolingList->setToolTip(
        tr("Tick the poolings to get one row per text; their blocks are concatenated from top to bottom (as "
           "keras-bert's poolings list). Drag, or use the arrows (Alt+Up/Down), to change the order.\nNone "
           "ticked: one row per token."));
    for (Pooling pooling : {Pooling::Nsp, Pooling::Max, Pooling::Average}) {
        auto* item = new QListWidgetItem(poolingLabel(pooling), m_poolingList);
        item->setToolTip(poolingDescription(pooling));
        item->setData(Qt::UserRole, int(pooling));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    m_poolingList->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_poolingList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_poolingList->setTextElideMode(Qt::ElideRight);
    // Exactly three rows (a row is at least a line of text).
    const int poolingRowHeight = std::max(m_poolingList->sizeHintForRow(0), fontMetrics().height() + 2);
    m_poolingList->setFixedHeight(poolingRowHeight * 3 + 2 * m_poolingList->frameWidth());
    m_poolingUp = new QToolButton(box);
    m_poolingUp->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_poolingUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_poolingUp->setToolTip(tr("Move the selected pooling up: its block comes earlier in each row (Alt+Up)"));
    m_poolingDown = new QToolButton(box);
    m_poolingDown->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_poolingDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_poolingDown->setToolTip(
        tr("Move the selected pooling down: its block comes later in each row (Alt+Down)"));
    connect(m_poolingUp, &QToolButton::clicked, this, [this] { movePooling(-1); });
    connect(m_poolingDown, &QToolButton::clicked, this, [this] { movePooling(1); });
    connect(m_poolingList, &QListWidget::itemChanged, this, [this, save] {
        updatePoolingLayout();
        save();
    });
    connect(m_poolingList->model(), &QAbstractItemModel::rowsMoved, this, [this, save] {
        updatePoolingLayout();
        save();
    });
    auto* arrows = new QVBoxLayout;
    arrows->addWidget(m_poolingUp);
    arrows->addWidget(m_poolingDown);
    arrows->addStretch(1);
    auto* poolingRow = new QHBoxLayout;
    poolingRow->addWidget(m_poolingList, 1);
    poolingRow->addLayout(arrows);
    m_poolingNote = new QLabel(box);
    m_poolingNote->setWordWrap(true);
    m_poolingNote->setMinimumHeight(twoLines);
    m_poolingNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* poolingBox = new QVBoxLayout;
    poolingBox->addLayout(poolingRow);
    poolingBox->addWidget(m_poolingNote);
    auto* poolingLabelWidget = new QLabel(tr("Pooling:"), box);
    poolingLabelWidget->setToolTip(m_poolingList->toolTip());
    form->addRow(poolingLabelWidget, poolingBox);

    m_maxLength = new QSpinBox(box);
    m_maxLength->setRange(0, 512);
    m_maxLength->setSuffix(tr(" tokens"));
    m_maxLength->setToolTip(
        tr("Longer texts are cut to this many tokens, [CLS] and [SEP] included (keras-bert's "
           "seq_len)"));
    connect(m_maxLength, &QSpinBox::valueChanged, this, save);
    form->addRow(tr("&Max length:"), m_maxLength);

    m_longText = new QComboBox(box);
    m_longText->addItem(tr("Truncate"), int(core::ExtractionParams::LongText::Truncate));
    m_longText->addItem(tr("Split into windows and average"), int(core::ExtractionParams::LongText::Windows));
    m_longText->setToolTip(tr(
        "A text longer than the maximum length is either cut, or split into consecutive windows that each "
        "run on their own: pooled rows average the windows (weighted by their token counts), per-token rows "
        "follow the whole text. Sentence pairs are always cut"));
    connect(m_longText, &QComboBox::currentIndexChanged, this, save);
    form->addRow(tr("&Long texts:"), m_longText);

    m_batchSize = new QSpinBox(box);
    m_batchSize->setRange(1, 1024);
    m_batchSize->setValue(8);
    m_batchSize->setSuffix(tr(" texts"));
    m_batchSize->setToolTip(tr("Texts per forward pass: larger batches are faster up to a point and use more "
                               "memory; the numbers do not change"));
    connect(m_batchSize, &QSpinBox::valueChanged, this, save);
    form->addRow(tr("&Batch size:"), m_batchSize);

    m_tokenizer = new QLabel(box);
    m_tokenizer->setToolTip(
        tr("The tokenizer options set on the Tokenize page (Ctrl+1); a run uses them as they are "
           "when it starts"));
    form->addRow(tr("Tokenizer:"), m_tokenizer);

    m_format = new QComboBox(box);
    m_format->addItem(tr("CSV (.csv)"), int(EmbeddingFormat::Csv));
    m_format->addItem(tr("TSV (.tsv)"), int(EmbeddingFormat::Tsv));
    m_format->addItem(tr("NumPy (.npy + .index.csv)"), int(EmbeddingFormat::Npy));
    m_format->addItem(tr("JSON Lines (.jsonl)"), int(EmbeddingFormat::Jsonl));
    m_format->setToolTip(
        tr("CSV/TSV: one row per text (index, kept columns, text, then features named like nsp_l12_0: "
           "pooling, layer, dimension) or per token, for spreadsheets.\nNumPy: one "
           "float32 matrix, with an index CSV that says what each row is.\nJSON Lines: one JSON object per "
           "text."));
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, save] {
        m_digits->setEnabled(!m_running && format() != EmbeddingFormat::Npy);
        Q_EMIT outputsChanged();
        save();
    });
    form->addRow(tr("Output &format:"), m_format);

    m_digits = new QSpinBox(box);
    m_digits->setRange(1, 9);
    m_digits->setValue(9);
    m_digits->setSuffix(tr(" significant digits"));
    m_digits->setToolTip(tr("Digits written per number in text formats; 9 gives back the exact 32-bit float, "
                            "fewer make smaller files (NumPy files always hold exact floats)"));
    connect(m_digits, &QSpinBox::valueChanged, this, save);
    form->addRow(tr("&Precision:"), m_digits);

    m_outputFolder = new QLineEdit(box);
    m_outputFolder->setPlaceholderText(tr("Next to each input file"));
    m_outputFolder->setClearButtonEnabled(true);
    m_outputFolder->setToolTip(
        tr("Where the outputs go, named <input name>.embeddings.<format>; empty: next to "
           "each input file"));
    connect(m_outputFolder, &QLineEdit::textChanged, this, [this, save] {
        Q_EMIT outputsChanged();
        save();
    });
    m_browseFolder = new QToolButton(box);
    m_browseFolder->setText(tr("Choose…"));
    m_browseFolder->setToolTip(tr("Choose the output folder"));
    connect(m_browseFolder, &QToolButton::clicked, this, &ExtractOptionsForm::chooseOutputFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_outputFolder, 1);
    folderRow->addWidget(m_browseFolder);
    auto* folderLabel = new QLabel(tr("Output f&older:"), box);
    folderLabel->setBuddy(m_outputFolder);
    form->addRow(folderLabel, folderRow);

    m_badLine = new QComboBox(box);
    m_badLine->addItem(tr("Skip it, list it in the summary"));
    m_badLine->addItem(tr("Stop that file"));
    m_badLine->setToolTip(tr("What to do with a line that is not valid UTF-8 or longer than 1 MiB. Skipped "
                             "lines leave a gap in the index column, so rows still match input lines."));
    connect(m_badLine, &QComboBox::currentIndexChanged, this, save);
    form->addRow(tr("On a &bad line:"), m_badLine);

    m_whenCancelled = new QComboBox(box);
    m_whenCancelled->addItem(tr("Keep the partial file"));
    m_whenCancelled->addItem(tr("Remove the partial file"));
    m_whenCancelled->setToolTip(tr("A cancelled run keeps the complete rows written so far as "
                                   "<name>.embeddings.partial.<format>, or removes it"));
    connect(m_whenCancelled, &QComboBox::currentIndexChanged, this, save);
    form->addRow(tr("When &cancelled:"), m_whenCancelled);
    // Extra height goes below the form, not between its rows.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    layout->addStretch(1);
}

void ExtractOptionsForm::chooseOutputFolder() {
    const QString start = m_outputFolder->text().isEmpty() ? m_browseStart : m_outputFolder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Output Folder"), start);
    if (!folder.isEmpty())
        m_outputFolder->setText(QDir::toNativeSeparators(folder));
}

void ExtractOptionsForm::updateTokenizerLabel() {
    const core::TokenizerOptions& options = m_workspace->tokenizerOptions();
    const QString mode = options.mode == core::TokenizerMode::Google        ? tr("Google BERT")
                         : options.mode == core::TokenizerMode::HuggingFace ? tr("Hugging Face")
                                                                            : tr("keras-bert");
    m_tokenizer->setText(
        tr("%1, %2 (set on the Tokenize page)").arg(mode, options.cased ? tr("cased") : tr("uncased")));
}

std::optional<core::LayerSelection> ExtractOptionsForm::layerSelection() const {
    if (m_lastLayers->isChecked())
        return core::LayerSelection::last(m_layerCount->value());
    QString text = m_layerList->text().trimmed();
    if (!text.contains(u','))
        text += u','; // one index is a list of one here, not "the last N"
    return core::LayerSelection::parse(text);
}

bool ExtractOptionsForm::setOutputLayers(const QString& text) {
    const auto selection = core::LayerSelection::parse(text);
    if (!selection)
        return false;
    if (selection->lastN) {
        m_layerCount->setValue(*selection->lastN);
        m_lastLayers->setChecked(true);
    } else {
        m_layerList->setText(text.trimmed());
        m_listLayers->setChecked(true);
    }
    updateLayerControls();
    saveSettings();
    return true;
}

bool ExtractOptionsForm::sentenceTransformers() const {
    const auto model = m_workspace->model();
    return m_sentence->isChecked() && model && model->sentenceTransformers();
}

void ExtractOptionsForm::updateLayerControls() {
    // The sentence-transformers pipeline decides the layers, poolings and length.
    const bool own = !sentenceTransformers() && !m_running;
    for (QWidget* w : std::initializer_list<QWidget*>{m_lastLayers, m_listLayers, m_poolingList, m_poolingUp,
                                                      m_poolingDown, m_maxLength})
        w->setEnabled(own);
    m_layerCount->setEnabled(m_lastLayers->isChecked() && own);
    m_layerList->setEnabled(m_listLayers->isChecked() && own);
    const auto selection = layerSelection();
    const auto model = m_workspace->model();
    if (!selection) {
        m_layerNote->setText(tr("Give layer indices separated by commas, like 0,-1."));
    } else if (!model) {
        m_layerNote->setText(selection->lastN
                                 ? tr("The last %n layer(s), earliest first.", "", *selection->lastN)
                                 : tr("These layers, in this order."));
    } else {
        const auto resolved = selection->resolve(model->config().numLayers);
        if (!resolved) {
            m_layerNote->setText(resolved.errorString());
        } else {
            // Named as the Attention page and the output's columns name them (L1 is the first layer);
            // the indices typed stay keras-bert's (0 = the first, -1 = the last).
            QStringList names;
            for (int layer : *resolved)
                names << tr("L%1").arg(layer + 1);
            const int count = model->config().numLayers;
            m_layerNote->setText(tr("%1, in this order. This model has L1–L%2: index 0 is L1, -1 is L%2.")
                                     .arg(names.join(QStringLiteral(", ")))
                                     .arg(count));
        }
    }
    updatePoolingLayout();
}

void ExtractOptionsForm::setPoolings(const std::vector<Pooling>& poolings) {
    m_poolingList->blockSignals(true);
    std::vector<Pooling> order = poolings;
    for (Pooling p : {Pooling::Nsp, Pooling::Max, Pooling::Average}) {
        if (std::find(order.begin(), order.end(), p) == order.end())
            order.push_back(p);
    }
    m_poolingList->clear();
    for (Pooling pooling : order) {
        auto* item = new QListWidgetItem(poolingLabel(pooling), m_poolingList);
        item->setToolTip(poolingDescription(pooling));
        item->setData(Qt::UserRole, int(pooling));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        const bool on = std::find(poolings.begin(), poolings.end(), pooling) != poolings.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_poolingList->blockSignals(false);
    updatePoolingLayout();
    saveSettings();
}

std::vector<Pooling> ExtractOptionsForm::poolings() const {
    std::vector<Pooling> result;
    for (int i = 0; i < m_poolingList->count(); ++i) {
        const QListWidgetItem* item = m_poolingList->item(i);
        if (item->checkState() == Qt::Checked)
            result.push_back(Pooling(item->data(Qt::UserRole).toInt()));
    }
    return result;
}

void ExtractOptionsForm::movePooling(int delta) {
    const int row = m_poolingList->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_poolingList->count())
        return;
    QListWidgetItem* item = m_poolingList->takeItem(row);
    m_poolingList->insertItem(to, item);
    m_poolingList->setCurrentRow(to);
    updatePoolingLayout();
    saveSettings();
}

void ExtractOptionsForm::updatePoolingLayout() {
    if (sentenceTransformers()) {
        m_poolingNote->setText(
            tr("Set by the model's modules.json: one row per text, as SentenceTransformer.encode "
               "gives it."));
        return;
    }
    const std::vector<Pooling> chosen = poolings();
    if (chosen.empty()) {
        m_poolingNote->setText(tr("None ticked: one row per token. Tick poolings for one row per text."));
        return;
    }
    // Features per pooling block: layers × hidden size, when the model is known.
    int block = 0;
    const auto model = m_workspace->model();
    const auto selection = layerSelection();
    if (model && selection) {
        if (const auto layers = selection->resolve(model->config().numLayers))
            block = int(layers->size()) * model->config().hiddenSize;
    }
    QStringList parts;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const QString name = poolingShortName(chosen[i]);
        parts
            << (block > 0
                    ? QStringLiteral("%1 f%2–f%3").arg(name).arg(int(i) * block).arg((int(i) + 1) * block - 1)
                    : name);
    }
    m_poolingNote->setText(tr("Each row: index, text, then %1.").arg(parts.join(QStringLiteral(" · "))));
}

void ExtractOptionsForm::setMaxLength(int tokens) {
    m_maxLength->setValue(tokens);
}

void ExtractOptionsForm::setBatchSize(int texts) {
    m_batchSize->setValue(texts);
}

void ExtractOptionsForm::setLongText(core::ExtractionParams::LongText mode) {
    m_longText->setCurrentIndex(m_longText->findData(int(mode)));
}

core::ExtractionParams::LongText ExtractOptionsForm::longText() const {
    return core::ExtractionParams::LongText(m_longText->currentData().toInt());
}

void ExtractOptionsForm::setFormat(EmbeddingFormat format) {
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

EmbeddingFormat ExtractOptionsForm::format() const {
    return EmbeddingFormat(m_format->currentData().toInt());
}

QString ExtractOptionsForm::outputFolder() const {
    return m_outputFolder->text().trimmed();
}

void ExtractOptionsForm::setSignificantDigits(int digits) {
    m_digits->setValue(digits);
}

void ExtractOptionsForm::setOutputFolder(const QString& folder) {
    m_outputFolder->setText(QDir::toNativeSeparators(folder));
}

void ExtractOptionsForm::setStopOnBadLine(bool stop) {
    m_badLine->setCurrentIndex(stop ? 1 : 0);
}

void ExtractOptionsForm::setKeepPartialOnCancel(bool keep) {
    m_whenCancelled->setCurrentIndex(keep ? 0 : 1);
}

void ExtractOptionsForm::loadSettings() {
    m_loadingSettings = true;
    QSettings settings;
    m_layerCount->setValue(settings.value(kLayersKey, 1).toInt());
    const QString list = settings.value(kLayersListKey).toString();
    m_layerList->setText(list);
    if (settings.value(QStringLiteral("extract/layersMode")).toString() == u"list")
        m_listLayers->setChecked(true);
    std::vector<Pooling> chosen;
    for (const QString& name : settings.value(kPoolingsKey).toStringList()) {
        if (const auto pooling = core::poolingFromName(name))
            chosen.push_back(*pooling);
    }
    setPoolings(chosen);
    m_maxLength->setValue(settings.value(kMaxLengthKey, 0).toInt());
    m_batchSize->setValue(settings.value(kBatchSizeKey, 8).toInt());
    setLongText(core::longTextFromName(settings.value(kLongTextKey).toString())
                    .value_or(core::ExtractionParams::LongText::Truncate));
    const auto format =
        core::embeddingFormatFromName(settings.value(kFormatKey, QStringLiteral("csv")).toString());
    setFormat(format.value_or(EmbeddingFormat::Csv));
    m_digits->setValue(settings.value(kDigitsKey, 9).toInt());
    m_outputFolder->setText(settings.value(kFolderKey).toString());
    setStopOnBadLine(settings.value(kStopKey, false).toBool());
    setKeepPartialOnCancel(settings.value(kKeepKey, true).toBool());
    m_sentence->setChecked(settings.value(kSentenceKey, true).toBool());
    m_loadingSettings = false;
    updateLayerControls();
}

void ExtractOptionsForm::saveSettings() const {
    if (m_loadingSettings)
        return;
    QSettings settings;
    settings.setValue(kLayersKey, m_layerCount->value());
    settings.setValue(kLayersListKey, m_layerList->text());
    settings.setValue(QStringLiteral("extract/layersMode"),
                      m_listLayers->isChecked() ? QStringLiteral("list") : QStringLiteral("last"));
    QStringList names;
    for (Pooling p : poolings())
        names << core::poolingName(p);
    settings.setValue(kPoolingsKey, names);
    settings.setValue(kMaxLengthKey, m_maxLength->value());
    settings.setValue(kBatchSizeKey, m_batchSize->value());
    settings.setValue(kLongTextKey, core::longTextName(longText()));
    settings.setValue(kFormatKey,
                      core::embeddingFormatSuffix(EmbeddingFormat(m_format->currentData().toInt())));
    settings.setValue(kDigitsKey, m_digits->value());
    settings.setValue(kFolderKey, m_outputFolder->text().trimmed());
    settings.setValue(kStopKey, m_badLine->currentIndex() == 1);
    settings.setValue(kKeepKey, m_whenCancelled->currentIndex() == 0);
    settings.setValue(kSentenceKey, m_sentence->isChecked());
}

} // namespace bertlab::app
