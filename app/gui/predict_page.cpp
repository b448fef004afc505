#include "predict_page.h"

#include "widgets/candidate_list.h"
#include "widgets/probability_gauge.h"
#include "widgets/text_pair_editor.h"
#include "workspace.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bertlab::app {

namespace {

constexpr int kContextWords = 6; // words shown on each side of a [MASK]

int utf16(const QString& text, int codePoint) {
    return widgets::TextPairEditor::codePointToUtf16(text, codePoint);
}

// Start of the `words`-th word before `from` (whitespace-separated).
int wordsBack(const QString& text, int from, int words) {
    int i = from;
    for (int w = 0; w < words && i > 0; ++w) {
        while (i > 0 && text.at(i - 1).isSpace())
            --i;
        while (i > 0 && !text.at(i - 1).isSpace())
            --i;
    }
    return i;
}

// End of the `words`-th word after `from`.
int wordsForward(const QString& text, int from, int words) {
    int i = from;
    for (int w = 0; w < words && i < text.size(); ++w) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        while (i < text.size() && !text.at(i).isSpace())
            ++i;
    }
    return i;
}

// "… brown fox <b>[MASK]</b> over the …" around [start, end) (UTF-16 indices), as rich text.
QString contextHtml(const QString& text, int start, int end) {
    const int from = wordsBack(text, start, kContextWords);
    const int to = wordsForward(text, end, kContextWords);
    const QString ellipsis = QStringLiteral("…");
    const QString left = (from > 0 ? ellipsis : QString()) % text.mid(from, start - from).simplified();
    const QString right = text.mid(end, to - end).simplified() % (to < text.size() ? ellipsis : QString());
    // simplified() trims, so put back the spaces the text had around the mask.
    const QString before = start > from && text.at(start - 1).isSpace() ? QStringLiteral(" ") : QString();
    const QString after = end < to && text.at(end).isSpace() ? QStringLiteral(" ") : QString();
    return left.toHtmlEscaped() % before % QStringLiteral("<b>") %
           text.mid(start, end - start).toHtmlEscaped() % QStringLiteral("</b>") % after %
           right.toHtmlEscaped();
}

} // namespace

PredictPage::PredictPage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_maskButton(new QPushButton(tr("&Mask"), this))
    , m_topKLabel(new QLabel(tr("Top &k:"), this))
    , m_topK(new QSpinBox(this))
    , m_busy(new QProgressBar(this))
    , m_noticeBox(new QFrame(this))
    , m_noticeIcon(new QLabel(m_noticeBox))
    , m_notice(new QLabel(m_noticeBox))
    , m_nspBox(new QGroupBox(tr("Next-sentence prediction"), this))
    , m_clickHint(new QLabel(tr("Click a word (or press Enter on it) to put it into the text in place of its "
                                "[MASK]."),
                             this))
    , m_gauge(new widgets::ProbabilityGauge(m_nspBox))
    , m_scroll(new QScrollArea(this))
    , m_groupsLayout(nullptr)
    , m_busyDelay(new QTimer(this)) {
    // Toolbar row: Mask, Top k, and a busy indicator that appears only for slow runs.
    m_maskButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_maskButton->setToolTip(tr("Replace the selected words (or the word under the cursor) in the text with "
                                "[MASK] (Ctrl+M)"));
    connect(m_maskButton, &QPushButton::clicked, this, &Page::maskRequested);

    m_topKLabel->setBuddy(m_topK);
    m_topK->setRange(1, 50);
    m_topK->setValue(5);
    m_topK->setToolTip(tr("How many candidate words to show for each [MASK]"));
    m_topKLabel->setToolTip(m_topK->toolTip());
    connect(m_topK, &QSpinBox::valueChanged, this, &PredictPage::inputsChanged);

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(m_busy->fontMetrics().horizontalAdvance(u'M') * 8);
    m_busy->setToolTip(tr("Predicting…"));
    QSizePolicy keepSpace = m_busy->sizePolicy();
    keepSpace.setRetainSizeWhenHidden(true); // no jumping toolbar when it comes and goes
    m_busy->setSizePolicy(keepSpace);
    m_busy->hide();
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(150);
    connect(m_busyDelay, &QTimer::timeout, this, [this] { setBusyShown(m_waiting); });

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_maskButton);
    toolbar->addSpacing(fontMetrics().horizontalAdvance(u'M'));
    toolbar->addWidget(m_topKLabel);
    toolbar->addWidget(m_topK);
    toolbar->addStretch(1);
    toolbar->addWidget(m_busy);

    // Inline notice (no model, no MLM head, no [MASK] yet, errors).
    m_noticeBox->setObjectName(QStringLiteral("predictNotice"));
    m_noticeBox->setFrameShape(QFrame::StyledPanel);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setTextFormat(Qt::PlainText);
    m_noticeIcon->setAlignment(Qt::AlignTop);
    auto* noticeLayout = new QHBoxLayout(m_noticeBox);
    const int pad = fontMetrics().height() / 2;
    noticeLayout->setContentsMargins(pad, pad, pad, pad);
    noticeLayout->setSpacing(pad);
    noticeLayout->addWidget(m_noticeIcon);
    noticeLayout->addWidget(m_notice, 1);
    m_noticeBox->hide();

    // NSP gauge, for pairs.
    m_gauge->setLabel(tr("Is next sentence"));
    m_gauge->setToolTip(tr("The model's next-sentence (NSP) head: how likely sentence B directly follows "
                           "sentence A. Above 50 % the model says it does."));
    m_nspBox->setToolTip(m_gauge->toolTip());
    auto* nspLayout = new QVBoxLayout(m_nspBox);
    nspLayout->addWidget(m_gauge);
    m_nspBox->hide();

    m_clickHint->setWordWrap(true);
    m_clickHint->setToolTip(m_clickHint->text());
    m_clickHint->hide();

    // One group per [MASK], stacked in a scroll area.
    auto* groups = new QWidget(m_scroll);
    m_groupsLayout = new QVBoxLayout(groups);
    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_groupsLayout->addStretch(1);
    m_scroll->setWidget(groups);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_noticeBox);
    layout->addWidget(m_nspBox);
    layout->addWidget(m_clickHint);
    layout->addWidget(m_scroll, 1);

    connect(workspace, &Workspace::modelChanged, this, &PredictPage::inputsChanged);
    connect(workspace, &Workspace::textChanged, this, &PredictPage::inputsChanged);
    connect(workspace, &Workspace::tokenizerOptionsChanged, this, &PredictPage::inputsChanged);
}

PredictPage::~PredictPage() = default;

QString PredictPage::title() const {
    return tr("Predict");
}

QString PredictPage::toolTip() const {
    return tr(
        "Fill in [MASK]: the model's most probable words for each mask, and for a sentence pair whether "
        "B follows A");
}

bool PredictPage::isBusy() const {
    return m_waiting || m_run.isBusy();
}

int PredictPage::topK() const {
    return m_topK->value();
}

void PredictPage::setTopK(int k) {
    m_topK->setValue(k);
}

widgets::CandidateListModel* PredictPage::candidateModel(int mask) const {
    return mask >= 0 && mask < maskCount() ? m_groups[std::size_t(mask)].model : nullptr;
}

widgets::CandidateList* PredictPage::candidateList(int mask) const {
    return mask >= 0 && mask < maskCount() ? m_groups[std::size_t(mask)].list : nullptr;
}

QString PredictPage::noticeText() const {
    return m_noticeBox->isHidden() ? QString() : m_notice->text();
}

bool PredictPage::isPredictionAvailable() const {
    const auto model = workspace()->model();
    return model && model->model().hasMlmHead();
}

void PredictPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    if (m_dirty)
        recompute();
}

void PredictPage::inputsChanged() {
    if (!isVisible()) {
        // Catch up in showEvent; nothing in flight is worth waiting for.
        m_dirty = true;
        m_run.invalidate();
        m_waiting = false;
        setBusyShown(false);
        return;
    }
    recompute();
}

void PredictPage::recompute() {
    m_dirty = false;
    const auto model = workspace()->model();
    if (!model || !model->model().hasMlmHead()) {
        m_run.invalidate();
        m_waiting = false;
        setBusyShown(false);
        clearResults();
        setControlsEnabled(false);
        if (!model) {
            showNotice(tr("Open a model folder to predict masked words."));
        } else {
            showNotice(
                tr("This model (%1) has no masked-language-model (MLM) head, so it cannot predict masked "
                   "words. Open a model saved with its pre-training heads, such as a Google BERT "
                   "checkpoint or a Hugging Face BertForPreTraining or BertForMaskedLM folder.")
                    .arg(QDir(model->files().directory).dirName()));
        }
        Q_EMIT predictionsShown();
        return;
    }
    setControlsEnabled(true);

    const core::TokenizerOptions options = workspace()->tokenizerOptions();
    const QString first = workspace()->first();
    const QString second = workspace()->second();
    core::FillMaskParams params;
    params.topK = m_topK->value();
    m_waiting = true;
    m_busyDelay->start();
    m_run.start(
        this,
        [model, options, first, second, params] {
            Outcome outcome{first, second, std::nullopt, {}};
            auto result = core::fillMask(model->model(), model->tokenizer(options), first, second, params);
            if (result)
                outcome.result = std::move(result).value();
            else
                outcome.error = result.errorString();
            return outcome;
        },
        [this](Outcome outcome) {
            m_waiting = false;
            m_busyDelay->stop();
            setBusyShown(false);
            display(outcome);
            Q_EMIT predictionsShown();
        });
}

void PredictPage::setControlsEnabled(bool enabled) {
    // Without an MLM head there is nothing to mask or rank: hide the controls rather than offer dead ones.
    for (QWidget* control : {static_cast<QWidget*>(m_maskButton), static_cast<QWidget*>(m_topKLabel),
                             static_cast<QWidget*>(m_topK)}) {
        control->setEnabled(enabled);
        control->setVisible(enabled);
    }
}

void PredictPage::setBusyShown(bool busy) {
    m_busy->setVisible(busy);
}

void PredictPage::showNotice(const QString& text, bool isError) {
    m_notice->setText(text);
    const int iconSize = fontMetrics().height() * 3 / 2;
    m_noticeIcon->setPixmap(
        style()
            ->standardIcon(isError ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation)
            .pixmap(iconSize, iconSize));
    m_noticeBox->setVisible(!text.isEmpty());
}

void PredictPage::clearResults() {
    m_shown.reset();
    setGroupCount(0);
    m_nspBox->hide();
}

void PredictPage::setGroupCount(int count) {
    while (int(m_groups.size()) > count) {
        // Later, not now: this can run inside a click on that very list (LatestRun may deliver
        // synchronously).
        QGroupBox* box = m_groups.back().box;
        m_groupsLayout->removeWidget(box);
        box->hide();
        box->deleteLater();
        m_groups.pop_back();
    }
    while (int(m_groups.size()) < count) {
        const int mask = int(m_groups.size());
        MaskGroup group;
        group.box = new QGroupBox(m_scroll->widget());
        group.context = new QLabel(group.box);
        group.context->setTextFormat(Qt::RichText);
        group.context->setWordWrap(true);
        group.context->setToolTip(tr("The words around this [MASK] in the text"));
        group.model = new widgets::CandidateListModel(group.box);
        group.list = new widgets::CandidateList(group.box);
        group.list->setModel(group.model);
        connect(group.list, &widgets::CandidateList::candidateActivated, this,
                [this, mask](int row) { applyCandidate(mask, row); });
        auto* layout = new QVBoxLayout(group.box);
        layout->addWidget(group.context);
        layout->addWidget(group.list);
        m_groupsLayout->insertWidget(m_groupsLayout->count() - 1, group.box); // before the stretch
        group.box->show(); // the layout would only show it from the event loop
        m_groups.push_back(group);
    }
    m_clickHint->setVisible(count > 0);
}

void PredictPage::display(const Outcome& outcome) {
    m_shown = outcome;
    if (!outcome.result) {
        setGroupCount(0);
        m_nspBox->hide();
        showNotice(outcome.error, true);
        return;
    }
    const core::FillMaskResult& result = *outcome.result;
    const bool pair = !outcome.second.isNull();

    QStringList notes;
    if (result.masks.empty()) {
        if (workspace()->tokenizerOptions().mode == core::TokenizerMode::KerasBert &&
            (outcome.first.contains(QLatin1String("[MASK]")) ||
             outcome.second.contains(QLatin1String("[MASK]"))))
            notes << tr(
                "The keras-bert tokenizer reads [MASK] in the text as ordinary characters, so there is "
                "nothing to predict. Switch the tokenizer to Google or Hugging Face mode on the Tokenize "
                "page.");
        else
            notes << tr(
                "Type [MASK] in the text where a word should be predicted, for example \"The capital of "
                "France is [MASK].\", or select a word and press Mask (Ctrl+M).");
    }
    if (pair && !result.nsp)
        notes << tr(
            "This model has no next-sentence (NSP) head, so it cannot tell whether sentence B follows "
            "sentence A.");
    showNotice(notes.join(u'\n'));

    m_nspBox->setVisible(pair && result.nsp.has_value());
    if (pair && result.nsp)
        m_gauge->setValue(result.nsp->first);

    setGroupCount(int(result.masks.size()));
    const core::Encoding& encoding = result.encoding;
    for (std::size_t i = 0; i < result.masks.size(); ++i) {
        const core::MaskPrediction& mask = result.masks[i];
        const MaskGroup& group = m_groups[i];
        const auto position = std::size_t(mask.position);
        const int segment = encoding.segments[position];
        const QString& text = segment == 0 ? outcome.first : outcome.second;
        const int start = utf16(text, encoding.offsets[position].first);
        const int end = utf16(text, encoding.offsets[position].second);
        group.box->setTitle(pair ? (segment == 0 ? tr("Mask %1 — position %2 (sentence A)")
                                                 : tr("Mask %1 — position %2 (sentence B)"))
                                       .arg(i + 1)
                                       .arg(mask.position)
                                 : tr("Mask %1 — position %2").arg(i + 1).arg(mask.position));
        group.box->setToolTip(
            tr("Position %1 is the token's index in the model input ([CLS] is 0)").arg(mask.position));
        group.context->setText(contextHtml(text, start, end));
        group.model->setCandidates(mask.candidates);
    }
}

void PredictPage::applyCandidate(int mask, int candidate) {
    if (!m_shown || !m_shown->result || mask < 0 || mask >= int(m_shown->result->masks.size()))
        return;
    const Outcome& shown = *m_shown;
    // The offsets refer to the text the prediction was made for; if it has changed since, a fresh prediction
    // is on its way and this one must not write into the new text.
    if (workspace()->first() != shown.first || workspace()->second() != shown.second ||
        workspace()->second().isNull() != shown.second.isNull())
        return;
    const core::MaskPrediction& prediction = shown.result->masks[std::size_t(mask)];
    if (candidate < 0 || candidate >= int(prediction.candidates.size()))
        return;
    const core::Encoding& encoding = shown.result->encoding;
    const auto position = std::size_t(prediction.position);
    const int segment = encoding.segments[position];
    QString text = segment == 0 ? shown.first : shown.second;
    int start = utf16(text, encoding.offsets[position].first);
    const int end = utf16(text, encoding.offsets[position].second);

    QString word = prediction.candidates[std::size_t(candidate)].token;
    if (word.startsWith(QLatin1String("##")) && word.size() > 2) {
        // A continuation piece joins the word before it: drop the spaces between (not a line break).
        word = word.mid(2);
        int glued = start;
        while (glued > 0 && (text.at(glued - 1) == u' ' || text.at(glued - 1) == u'\t'))
            --glued;
        if (glued > 0 && !text.at(glued - 1).isSpace())
            start = glued;
    }
    text.replace(start, end - start, word);
    if (segment == 0)
        workspace()->setText(text, shown.second);
    else
        workspace()->setText(shown.first, text);
}

} // namespace bertlab::app
