#include "tokenize_page.h"

#include "workspace.h"

#include "core/tasks/json_writer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace bertlab::app {

namespace {

constexpr int kDebounceMs = 150;
constexpr int kSlowMs = 300;

// UTF-16 index of every code point of text, plus one past the end: offsets are in code points.
std::vector<qsizetype> codePointStarts(const QString& text) {
    std::vector<qsizetype> starts;
    starts.reserve(std::size_t(text.size()) + 1);
    for (qsizetype i = 0; i < text.size();) {
        starts.push_back(i);
        i += text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate() ? 2 : 1;
    }
    starts.push_back(text.size());
    return starts;
}

QString slice(const QString& text, const std::vector<qsizetype>& starts, int start, int end) {
    const int count = int(starts.size());
    if (start < 0 || end <= start || end > count - 1)
        return {};
    return text.mid(starts[std::size_t(start)], starts[std::size_t(end)] - starts[std::size_t(start)]);
}

// The whole text's chips, the pieces that `kept` (the same text under a length limit) lacks flagged as
// truncated. Truncation only ever drops pieces off the end of a segment, so the first pieces of each
// segment are the kept ones.
std::vector<widgets::TokenChip> chipsWithCuts(const core::Encoding& kept, const core::Encoding& full,
                                              int unknownId) {
    std::vector<widgets::TokenChip> chips = widgets::tokenChips(full, unknownId);
    int keptPieces[2] = {0, 0};
    for (const auto& chip : widgets::tokenChips(kept, unknownId)) {
        if (!chip.special)
            ++keptPieces[chip.segment == 0 ? 0 : 1];
    }
    int seen[2] = {0, 0};
    for (auto& chip : chips) {
        if (chip.special)
            continue;
        const int s = chip.segment == 0 ? 0 : 1;
        chip.truncated = seen[s]++ >= keptPieces[s];
    }
    // Each segment's closing [SEP] stands at the cut, where the model's input has it; the cut pieces follow.
    for (std::size_t i = 0; i < chips.size(); ++i) {
        if (!chips[i].truncated || (i > 0 && chips[i - 1].truncated))
            continue; // not the first cut piece of a run
        std::size_t sep = i;
        while (sep < chips.size() && !(chips[sep].special && chips[sep].segment == chips[i].segment))
            ++sep;
        if (sep < chips.size())
            std::rotate(chips.begin() + std::ptrdiff_t(i), chips.begin() + std::ptrdiff_t(sep),
                        chips.begin() + std::ptrdiff_t(sep) + 1);
    }
    return chips;
}

} // namespace

TokenizePage::TokenizePage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent)
    , m_cased(new QCheckBox(tr("Cased"), this))
    , m_mode(new QComboBox(this))
    , m_maxLength(new QSpinBox(this))
    , m_count(new QLabel(this))
    , m_copy(new QPushButton(tr("Copy as JSON"), this))
    , m_stack(new QStackedWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_strip(new widgets::TokenStrip)
    , m_notice(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_caseWarning(new QLabel(this)) {
    m_cased->setObjectName(QStringLiteral("casedCheck"));
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_maxLength->setObjectName(QStringLiteral("maxLengthSpin"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_strip->setObjectName(QStringLiteral("tokenStrip"));
    m_notice->setObjectName(QStringLiteral("notice"));

    m_cased->setToolTip(tr("Keep upper case and accents. Turn on for cased models; uncased models lower-case "
                           "and strip accents first. Shared by every page."));
    const std::pair<core::TokenizerMode, QString> modes[] = {
        {core::TokenizerMode::Google, tr("Google's BERT tokenizer (tokenization.py), the one TF checkpoints "
                                         "were trained with: a word without "
                                         "a WordPiece split becomes one [UNK]")},
        {core::TokenizerMode::HuggingFace,
         tr("Hugging Face tokenizers' BertTokenizerFast, with the model's tokenizer_config.json: like "
            "Google's, "
            "but private-use characters are dropped and case is lowered letter by letter")},
        {core::TokenizerMode::KerasBert, tr("keras-bert's tokenizer: an unknown character becomes a piece of "
                                            "its own ([UNK]) and the rest of the "
                                            "word is still split")}};
    for (const auto& [mode, tip] : modes) {
        m_mode->addItem(core::tokenizerModeName(mode), int(mode));
        m_mode->setItemData(m_mode->count() - 1, tip, Qt::ToolTipRole);
    }
    m_mode->setToolTip(tr("Which reference tokenizer to reproduce. Shared by every page."));
    auto* modeLabel = new QLabel(tr("Mode:"), this);
    modeLabel->setBuddy(m_mode);

    m_maxLength->setRange(0, 512);
    m_maxLength->setAccelerated(true);
    m_maxLength->setToolTip(tr("Truncate the input to this many tokens, [CLS] and [SEP] included (a pair "
                               "loses pieces from its longer text first). The pieces cut off are shown "
                               "greyed. At its lowest it is the model's maximum."));
    auto* maxLabel = new QLabel(tr("Max length:"), this);
    maxLabel->setBuddy(m_maxLength);

    m_count->setToolTip(tr("Tokens the model gets, and pieces cut off by the maximum length"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const QKeySequence copyKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    // A QShortcut, not the button's: setText() resets a button's shortcut to the text's mnemonic.
    auto* copyShortcut = new QShortcut(copyKeys, this);
    connect(copyShortcut, &QShortcut::activated, this, &TokenizePage::copyAsJson);
    m_copy->setToolTip(
        tr("Copy the tokens, ids, segments and offsets as JSON, as bertlab-cli tokenize prints "
           "them (%1)")
            .arg(copyKeys.toString(QKeySequence::NativeText)));
    m_copy->setEnabled(false);

    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setBackgroundRole(QPalette::Base);

    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    QFont noticeFont = m_notice->font();
    noticeFont.setPointSizeF(noticeFont.pointSizeF() * 1.25);
    m_notice->setFont(noticeFont);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_notice);

    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    updateLegend();

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_cased);
    controls->addSpacing(fontMetrics().averageCharWidth() * 2);
    controls->addWidget(modeLabel);
    controls->addWidget(m_mode);
    controls->addSpacing(fontMetrics().averageCharWidth() * 2);
    controls->addWidget(maxLabel);
    controls->addWidget(m_maxLength);
    controls->addStretch(1);
    controls->addWidget(m_count);
    controls->addSpacing(fontMetrics().averageCharWidth() * 2);
    controls->addWidget(m_copy);

    // Cased text on an uncased vocabulary turns every capitalised word into [UNK]: say so, with the fix.
    m_caseWarning->setObjectName(QStringLiteral("caseWarning"));
    m_caseWarning->setWordWrap(true);
    m_caseWarning->setTextFormat(Qt::RichText);
    m_caseWarning->hide();
    connect(m_caseWarning, &QLabel::linkActivated, this, [this] { m_cased->setChecked(false); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_caseWarning);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    m_slow.setSingleShot(true);
    m_slow.setInterval(kSlowMs);
    connect(&m_debounce, &QTimer::timeout, this, &TokenizePage::recompute);
    connect(&m_slow, &QTimer::timeout, this, [this] {
        if (m_run.isBusy())
            m_count->setText(tr("Tokenizing…"));
    });

    connect(workspace, &Workspace::modelChanged, this, &TokenizePage::onModelChanged);
    connect(workspace, &Workspace::textChanged, this, &TokenizePage::schedule);
    connect(workspace, &Workspace::tokenizerOptionsChanged, this, &TokenizePage::onOptionsChanged);
    connect(m_cased, &QCheckBox::toggled, this, &TokenizePage::pushOptions);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TokenizePage::pushOptions);
    connect(m_maxLength, &QSpinBox::valueChanged, this, &TokenizePage::schedule);
    connect(m_copy, &QPushButton::clicked, this, &TokenizePage::copyAsJson);
    connect(m_strip, &widgets::TokenStrip::chipClicked, this, [this](int index) {
        const widgets::TokenChip& chip = m_strip->chips().at(std::size_t(index));
        if (!chip.special)
            Q_EMIT highlightRequested(chip.segment, chip.start, chip.end);
    });
    connect(m_strip, &widgets::TokenStrip::currentIndexChanged, this, [this](int index) {
        const QRect r = m_strip->chipRect(index);
        if (!r.isEmpty())
            m_scroll->ensureVisible(r.center().x(), r.center().y(), 0, r.height());
    });

    onOptionsChanged();
    onModelChanged();
}

QString TokenizePage::title() const {
    return tr("Tokenize");
}

QString TokenizePage::toolTip() const {
    return tr("See the text as the model's WordPiece tokens: ids, segments and character spans");
}

bool TokenizePage::isBusy() const {
    return m_run.isBusy() || m_debounce.isActive();
}

int TokenizePage::maxLength() const {
    return m_maxLength->value();
}

void TokenizePage::setMaxLength(int length) {
    m_maxLength->setValue(length);
}

int TokenizePage::effectiveLimit() const {
    const auto model = workspace()->model();
    const int modelMax = model ? model->config().maxPositions : 0;
    return m_maxLength->value() > 0 ? m_maxLength->value() : modelMax;
}

void TokenizePage::updateCaseWarning() {
    const auto model = workspace()->model();
    const bool mismatch = model && !model->looksCased() && workspace()->tokenizerOptions().cased;
    if (mismatch)
        m_caseWarning->setText(QStringLiteral("⚠ %1 <a href=\"uncased\">%2</a>")
                                   .arg(tr("This model's vocabulary is uncased: with Cased on, words with "
                                           "capitals become [UNK].")
                                            .toHtmlEscaped(),
                                        tr("Turn Cased off").toHtmlEscaped()));
    m_caseWarning->setVisible(mismatch);
}

void TokenizePage::onModelChanged() {
    updateCaseWarning();
    m_tokenizer.reset();
    m_run.invalidate();
    const auto model = workspace()->model();
    const int modelMax = model ? model->config().maxPositions : 512;
    m_maxLength->setRange(0, std::max(modelMax, 2));
    m_maxLength->setSpecialValueText(model ? tr("model max (%1)").arg(modelMax) : tr("model max"));
    m_maxLength->setEnabled(model != nullptr);
    schedule();
}

void TokenizePage::onOptionsChanged() {
    // Reflect the shared options without echoing them back.
    const core::TokenizerOptions& options = workspace()->tokenizerOptions();
    const QSignalBlocker blockCased(m_cased);
    const QSignalBlocker blockMode(m_mode);
    m_cased->setChecked(options.cased);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(options.mode))));
    updateCaseWarning();
    m_tokenizer.reset();
    m_run.invalidate();
    schedule();
}

void TokenizePage::pushOptions() {
    // The model's own settings (tokenizer_config.json) stay while its mode is chosen.
    const auto model = workspace()->model();
    const core::TokenizerOptions base = model ? model->defaultTokenizerOptions() : core::TokenizerOptions{};
    const core::TokenizerChoice choice{core::TokenizerMode(m_mode->currentData().toInt()),
                                       m_cased->isChecked()};
    workspace()->setTokenizerOptions(choice.resolve(base));
}

void TokenizePage::schedule() {
    m_debounce.start();
}

void TokenizePage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    if (m_dirty)
        recompute();
}

void TokenizePage::showNotice(const QString& text) {
    m_notice->setText(text);
    m_stack->setCurrentWidget(m_notice);
    m_legend->hide(); // nothing to explain
}

void TokenizePage::recompute() {
    m_debounce.stop();
    if (!isVisible()) { // catch up in showEvent
        m_dirty = true;
        return;
    }
    m_dirty = false;
    const auto model = workspace()->model();
    if (!model) {
        m_run.invalidate();
        m_strip->clear();
        m_encoding = {};
        m_count->clear();
        m_copy->setEnabled(false);
        showNotice(tr("Open a model to see its tokens.\nThe tokenizer needs the model's vocabulary."));
        return;
    }

    const QString first = workspace()->first();
    const QString second = workspace()->second();
    const core::TokenizerOptions options = workspace()->tokenizerOptions();
    const int limit = effectiveLimit();
    std::shared_ptr<const core::Tokenizer> tokenizer = m_tokenizer;
    m_slow.start();
    m_run.start(
        this,
        [model, cached = std::move(tokenizer), options, first, second, limit] {
            const auto tokenizer =
                cached ? cached : std::make_shared<const core::Tokenizer>(model->tokenizer(options));
            Outcome out;
            out.tokenizer = tokenizer;
            out.limit = limit;
            out.encoding = tokenizer->encode(first, second, limit);
            const core::Encoding full = tokenizer->encode(first, second, 0);
            out.truncated = full.length() - out.encoding.length();
            out.chips = out.truncated > 0 ? chipsWithCuts(out.encoding, full, tokenizer->unkId())
                                          : widgets::tokenChips(out.encoding, tokenizer->unkId());
            const auto firstStarts = codePointStarts(first);
            const auto secondStarts = codePointStarts(second);
            for (auto& chip : out.chips) {
                if (!chip.special)
                    chip.source = chip.segment == 0 ? slice(first, firstStarts, chip.start, chip.end)
                                                    : slice(second, secondStarts, chip.start, chip.end);
            }
            return out;
        },
        [this](Outcome outcome) { apply(std::move(outcome)); });
}

void TokenizePage::apply(Outcome outcome) {
    m_slow.stop();
    m_tokenizer = std::move(outcome.tokenizer);
    m_encoding = std::move(outcome.encoding);
    m_strip->setChips(std::move(outcome.chips));
    m_copy->setEnabled(true);

    const int tokens = m_encoding.length();
    QString count = tr("%n token(s)", nullptr, tokens);
    if (outcome.truncated > 0)
        count += QStringLiteral(" · ") + tr("%n truncated", nullptr, outcome.truncated);
    m_count->setText(count);
    m_count->setToolTip(
        outcome.truncated > 0
            ? tr("The model gets %n token(s), the maximum length; the greyed pieces after "
                 "the ✂ mark are cut off",
                 nullptr, tokens)
            : tr("Tokens the model gets, [CLS] and [SEP] included (at most %1)").arg(outcome.limit));

    if (workspace()->first().isEmpty() && workspace()->second().isEmpty())
        showNotice(tr("Type some text above to see its tokens."));
    else {
        m_stack->setCurrentWidget(m_scroll);
        m_legend->show();
    }
}

QByteArray TokenizePage::tokensJson() const {
    return core::encodingJson(m_encoding);
}

void TokenizePage::copyAsJson() {
    if (m_encoding.ids.empty())
        return;
    QApplication::clipboard()->setText(QString::fromUtf8(tokensJson()));
    m_copy->setText(tr("Copied"));
    QTimer::singleShot(1500, this, [this] { m_copy->setText(tr("Copy as JSON")); });
}

void TokenizePage::updateLegend() {
    // Non-breaking spaces keep each entry whole when the line wraps.
    const auto entry = [](const QString& mark, const QString& label) -> QString {
        return mark + QStringLiteral("&nbsp;") +
               label.toHtmlEscaped().replace(u' ', QStringLiteral("&nbsp;"));
    };
    const auto swatch = [](const QColor& color) -> QString {
        return QStringLiteral("<span style=\"color:%1\">■</span>").arg(color.name());
    };
    const QString sep = QStringLiteral(" &nbsp; ");
    m_legend->setText(entry(swatch(widgets::TokenStrip::segmentColor(0)), tr("first text")) + sep +
                      entry(swatch(widgets::TokenStrip::segmentColor(1)), tr("second text")) + sep +
                      entry(swatch(widgets::TokenStrip::unknownColor()), tr("unknown ([UNK])")) + sep +
                      entry(QStringLiteral("<b>##</b>"), tr("piece joined to the word before")) + sep +
                      entry(QStringLiteral("✂"), tr("cut off by the maximum length")) +
                      QStringLiteral("<br>") +
                      tr("Hover a token for its id and span; click it to select its characters in the text.")
                          .toHtmlEscaped());
}

} // namespace bertlab::app
