#include "attention_page.h"

#include "core/tasks/model_bundle.h"
#include "workspace.h"

#include "widgets/attention_grid.h"
#include "widgets/attention_heatmap.h"
#include "widgets/head_view.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace bertlab::app {

namespace {

QScrollArea* scrolled(QWidget* content, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

// A head toggle's icon: a filled square in the head's colour when on, only its outline when off.
QIcon headIcon(const QColor& color, int size, const QColor& outline) {
    const auto swatch = [&](bool filled) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        const QRect box(1, 1, size - 2, size - 2);
        if (filled)
            painter.fillRect(box, color);
        painter.setPen(QPen(filled ? color : outline, 1));
        painter.drawRect(box.adjusted(0, 0, -1, -1));
        return pixmap;
    };
    QIcon icon;
    icon.addPixmap(swatch(true), QIcon::Normal, QIcon::On);
    icon.addPixmap(swatch(false), QIcon::Normal, QIcon::Off);
    return icon;
}

} // namespace

AttentionPage::AttentionPage(Workspace* workspace, QWidget* parent)
    : Page(workspace, parent) {
    buildControls();
    connect(workspace, &Workspace::modelChanged, this, [this] {
        m_run.invalidate();
        m_maps = {};
        m_squares.clear();
        requestUpdate();
    });
    connect(workspace, &Workspace::textChanged, this, &AttentionPage::requestUpdate);
    connect(workspace, &Workspace::tokenizerOptionsChanged, this, &AttentionPage::requestUpdate);
}

void AttentionPage::buildControls() {
    const auto hint = [](QWidget* w, const QString& tip) {
        w->setToolTip(tip);
        return w;
    };

    // Row 1: which layer and head; the head toggles.
    m_layer = new QComboBox(this);
    hint(m_layer, tr("Layer shown in the large view and the head view"));
    m_head = new QComboBox(this);
    hint(m_head, tr("Head shown in the large view (click a thumbnail in the grid to choose both)"));
    auto* layerLabel = new QLabel(tr("La&yer:"), this);
    layerLabel->setBuddy(m_layer);
    auto* headLabel = new QLabel(tr("H&ead:"), this);
    headLabel->setBuddy(m_head);
    // Apart from the one head of the large view: which heads the head view draws and the mean averages.
    auto* headsLabel = new QLabel(tr("Heads shown:"), this);
    headsLabel->setToolTip(tr("Heads drawn in the head view and averaged by “Mean over heads”. Ctrl+click "
                              "a head (or right-click it) to show only that one."));
    m_allHeads = new QToolButton(this);
    m_allHeads->setText(tr("All"));
    hint(m_allHeads, tr("Switch every head on"));
    m_noHeads = new QToolButton(this);
    m_noHeads->setText(tr("None"));
    hint(m_noHeads, tr("Switch every head off, to switch on just the ones to compare"));
    m_headToggleLayout = new QHBoxLayout;
    m_headToggleLayout->setSpacing(2);

    auto* row1 = new QHBoxLayout;
    row1->addWidget(layerLabel);
    row1->addWidget(m_layer);
    row1->addSpacing(fontMetrics().height() / 2);
    row1->addWidget(headLabel);
    row1->addWidget(m_head);
    row1->addSpacing(fontMetrics().height());
    row1->addWidget(headsLabel);
    row1->addLayout(m_headToggleLayout);
    row1->addWidget(m_allHeads);
    row1->addWidget(m_noHeads);
    row1->addStretch(1);

    // Row 2: how to show it, busy indicator, exports.
    m_mean = new QCheckBox(tr("&Mean over heads"), this);
    hint(m_mean, tr("Show the average of the switched-on heads instead of one head"));
    m_hideSpecials = new QCheckBox(tr("H&ide [CLS]/[SEP]"), this);
    hint(m_hideSpecials, tr("Leave out the [CLS] and [SEP] rows and columns. The other weights are not "
                            "rescaled, so a row then sums to less than 1."));
    m_merge = new QCheckBox(tr("Merge &word pieces"), this);
    hint(m_merge, tr("Show each word once: its pieces' weights as keys are added up, as queries averaged"));
    m_block = new QComboBox(this);
    m_block->addItem(tr("All"), int(core::AttentionBlock::All));
    m_block->addItem(tr("A → B"), int(core::AttentionBlock::FirstToSecond));
    m_block->addItem(tr("B → A"), int(core::AttentionBlock::SecondToFirst));
    hint(m_block, tr("For a sentence pair: all tokens, how the first text attends to the second (A → B), or "
                     "the second to the first (B → A)"));
    auto* blockLabel = new QLabel(tr("&Block:"), this);
    blockLabel->setBuddy(m_block);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_busy->setTextVisible(false);
    m_busy->setToolTip(tr("Computing attention…"));
    m_busy->hide();
    m_exportPng = new QPushButton(tr("Export &PNG…"), this);
    hint(m_exportPng, tr("Save the view shown (grid, large view or head view) as a PNG image"));
    m_exportSvg = new QPushButton(tr("Export SVG…"), this);
    hint(m_exportSvg, tr("Save the view shown (grid, large view or head view) as an SVG drawing"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    hint(m_exportCsv, tr("Save the large view's matrix (current layer and head, options applied) as CSV"));

    auto* row2 = new QHBoxLayout;
    row2->addWidget(m_mean);
    row2->addWidget(m_hideSpecials);
    row2->addWidget(m_merge);
    row2->addSpacing(fontMetrics().height() / 2);
    row2->addWidget(blockLabel);
    row2->addWidget(m_block);
    row2->addStretch(1);
    row2->addWidget(m_busy);
    row2->addWidget(m_exportPng);
    row2->addWidget(m_exportSvg);
    row2->addWidget(m_exportCsv);

    // The views.
    m_grid = new widgets::AttentionGrid;
    m_grid->setToolTip(tr("Every head of every layer; click one (or press Enter) to see it large"));
    m_heatmap = new widgets::AttentionHeatmap;
    m_headView = new widgets::HeadView;
    m_headView->setToolTip(tr("Queries on the left attend to keys on the right; a line's opacity is the "
                              "weight. Point at a token to see only its lines."));
    m_largeTitle = new QLabel(this);
    m_headTitle = new QLabel(this);
    auto* large = new QWidget(this);
    auto* largeLayout = new QVBoxLayout(large);
    largeLayout->addWidget(m_largeTitle);
    largeLayout->addWidget(scrolled(m_heatmap, large), 1);
    auto* heads = new QWidget(this);
    auto* headsLayout = new QVBoxLayout(heads);
    headsLayout->addWidget(m_headTitle);
    headsLayout->addWidget(scrolled(m_headView, heads), 1);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(scrolled(m_grid, m_tabs), tr("&Grid"));
    m_tabs->addTab(large, tr("&Large view"));
    m_tabs->addTab(heads, tr("&Head view"));
    m_tabs->setTabToolTip(0, tr("Layers × heads: one small heatmap per head (Alt+G)"));
    m_tabs->setTabToolTip(1,
                          tr("One head with token labels; point at a square for its exact weight (Alt+L)"));
    m_tabs->setTabToolTip(2, tr("One layer's heads as lines between tokens, like bertviz (Alt+H)"));

    m_notice = new QLabel(this);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_notice);
    m_stack->addWidget(m_tabs);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row1);
    layout->addLayout(row2);
    layout->addWidget(m_stack, 1);

    // Option changes only redraw; they never run the model again.
    for (auto* box : {m_mean, m_hideSpecials, m_merge})
        connect(box, &QCheckBox::toggled, this, &AttentionPage::refreshViews);
    connect(m_mean, &QCheckBox::toggled, m_head, [this](bool on) { m_head->setEnabled(!on); });
    connect(m_block, &QComboBox::currentIndexChanged, this, &AttentionPage::refreshViews);
    connect(m_layer, &QComboBox::currentIndexChanged, this, [this] {
        refreshLarge();
        refreshHeadView();
    });
    connect(m_head, &QComboBox::currentIndexChanged, this, &AttentionPage::refreshLarge);
    connect(m_allHeads, &QToolButton::clicked, this, [this] {
        for (std::size_t h = 0; h < m_headToggles.size(); ++h)
            setHeadEnabled(int(h), true);
    });
    connect(m_noHeads, &QToolButton::clicked, this, [this] {
        for (std::size_t h = 0; h < m_headToggles.size(); ++h)
            setHeadEnabled(int(h), false);
    });
    connect(m_grid, &widgets::AttentionGrid::cellActivated, this, &AttentionPage::openLarge);
    connect(m_exportPng, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("png")); });
    connect(m_exportSvg, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("svg")); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportWithDialog(QStringLiteral("csv")); });

    showNotice(tr("Open a model to see how its tokens attend to each other."));
}

QString AttentionPage::title() const {
    return tr("Attention");
}

QString AttentionPage::toolTip() const {
    return tr("Attention weights of every layer and head: grid, large heatmap and head view");
}

bool AttentionPage::isBusy() const {
    return m_run.isBusy();
}

core::AttentionViewOptions AttentionPage::options() const {
    core::AttentionViewOptions o;
    o.meanOverHeads = m_mean->isChecked();
    o.hideSpecials = m_hideSpecials->isChecked();
    o.mergeWordPieces = m_merge->isChecked();
    o.block = m_block->isEnabled() ? core::AttentionBlock(m_block->currentData().toInt())
                                   : core::AttentionBlock::All;
    return o;
}

void AttentionPage::setOptions(const core::AttentionViewOptions& options) {
    const QSignalBlocker b1(m_mean), b2(m_hideSpecials), b3(m_merge), b4(m_block);
    m_mean->setChecked(options.meanOverHeads);
    m_head->setEnabled(!options.meanOverHeads);
    m_hideSpecials->setChecked(options.hideSpecials);
    m_merge->setChecked(options.mergeWordPieces);
    m_block->setCurrentIndex(std::max(0, m_block->findData(int(options.block))));
    refreshViews();
}

int AttentionPage::layer() const {
    return m_layer->currentIndex();
}

int AttentionPage::head() const {
    return m_head->currentIndex();
}

void AttentionPage::setLayer(int layer) {
    m_layer->setCurrentIndex(layer);
}

void AttentionPage::setHead(int head) {
    m_head->setCurrentIndex(head);
}

void AttentionPage::setHeadEnabled(int head, bool on) {
    if (head >= 0 && head < int(m_headToggles.size()))
        m_headToggles[std::size_t(head)]->setChecked(on);
}

AttentionPage::View AttentionPage::currentView() const {
    return View(m_tabs->currentIndex());
}

void AttentionPage::setCurrentView(View view) {
    m_tabs->setCurrentIndex(int(view));
}

QString AttentionPage::notice() const {
    return m_stack->currentWidget() == m_notice ? m_notice->text() : QString();
}

void AttentionPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    if (m_stale)
        requestUpdate();
}

void AttentionPage::showNotice(const QString& text) {
    m_notice->setText(text);
    m_stack->setCurrentWidget(m_notice);
    for (QWidget* w : std::initializer_list<QWidget*>{m_exportPng, m_exportSvg, m_exportCsv})
        w->setEnabled(false);
}

void AttentionPage::requestUpdate() {
    // Hidden pages do no work; they catch up when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const auto model = workspace()->model();
    if (!model) {
        m_run.invalidate();
        m_busy->hide();
        showNotice(tr("Open a model (File ▸ Open Model…) to see how its tokens attend to each other."));
        Q_EMIT updated();
        return;
    }
    const QString first = workspace()->first(), second = workspace()->second();
    if (first.trimmed().isEmpty() && second.trimmed().isEmpty()) {
        m_run.invalidate();
        m_busy->hide();
        showNotice(tr("Type a text (or a sentence pair) above to see its attention."));
        Q_EMIT updated();
        return;
    }
    const core::TokenizerOptions tokenizerOptions = workspace()->tokenizerOptions();
    m_run.start(
        this,
        [model, tokenizerOptions, first, second] {
            Outcome outcome;
            auto result =
                core::attentionMaps(model->model(), model->tokenizer(tokenizerOptions), first, second);
            if (result.ok()) {
                outcome.maps = std::move(result).value();
                outcome.ok = true;
            } else {
                outcome.error = result.errorString();
            }
            return outcome;
        },
        [this](Outcome outcome) { onResult(std::move(outcome)); });
    // Only a run that takes a noticeable time shows the busy bar (no flicker while typing).
    QTimer::singleShot(200, this, [this] { m_busy->setVisible(m_run.isBusy()); });
}

void AttentionPage::onResult(Outcome outcome) {
    m_busy->setVisible(m_run.isBusy());
    if (!outcome.ok) {
        m_maps = {};
        m_squares.clear();
        showNotice(tr("Could not compute attention: %1").arg(outcome.error));
        Q_EMIT updated();
        return;
    }
    m_maps = std::move(outcome.maps);
    m_squares.assign(std::size_t(m_maps.layerCount()), {});
    for (int l = 0; l < m_maps.layerCount(); ++l) {
        for (int h = 0; h < m_maps.headCount(); ++h)
            m_squares[std::size_t(l)].push_back(core::headMatrix(m_maps, l, h));
    }
    rebuildHeadControls();
    const bool pair = std::find(m_maps.encoding.segments.begin(), m_maps.encoding.segments.end(), 1) !=
                      m_maps.encoding.segments.end();
    m_block->setEnabled(pair);
    m_block->setToolTip(
        pair ? tr("All tokens, how the first text attends to the second (A → B), or the second "
                  "to the first (B → A)")
             : tr("Only for a sentence pair: switch on “Sentence pair” in the input above"));
    m_stack->setCurrentWidget(m_tabs);
    for (QWidget* w : std::initializer_list<QWidget*>{m_exportPng, m_exportSvg, m_exportCsv})
        w->setEnabled(true);
    refreshViews();
    Q_EMIT updated();
}

void AttentionPage::rebuildHeadControls() {
    const int layers = m_maps.layerCount(), heads = m_maps.headCount();
    if (m_layer->count() != layers) {
        const QSignalBlocker blocker(m_layer);
        const int keep = m_layer->currentIndex();
        m_layer->clear();
        for (int l = 0; l < layers; ++l)
            m_layer->addItem(tr("L%1").arg(l + 1));
        m_layer->setCurrentIndex(std::clamp(keep, 0, layers - 1));
    }
    if (m_head->count() == heads && int(m_headToggles.size()) == heads)
        return;
    const QSignalBlocker blocker(m_head);
    const int keep = m_head->currentIndex();
    m_head->clear();
    for (int h = 0; h < heads; ++h)
        m_head->addItem(tr("H%1").arg(h + 1));
    m_head->setCurrentIndex(std::clamp(keep, 0, heads - 1));

    for (auto* button : m_headToggles)
        delete button;
    m_headToggles.clear();
    const int iconSize = fontMetrics().height() * 3 / 4;
    for (int h = 0; h < heads; ++h) {
        auto* button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setText(tr("H%1").arg(h + 1));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(iconSize, iconSize));
        button->setIcon(headIcon(widgets::HeadView::headColor(h, heads), iconSize,
                                 palette().color(QPalette::WindowText)));
        button->setToolTip(tr("Head %1: show it in the head view and include it in the mean (Ctrl+click or "
                              "right-click: only this head)")
                               .arg(h + 1));
        button->setAutoRaise(true);
        button->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(button, &QToolButton::customContextMenuRequested, this, [this, button, h](const QPoint& at) {
            QMenu menu(this);
            menu.addAction(tr("Only H%1").arg(h + 1), this, [this, h] { soloHead(h); });
            menu.addAction(tr("All Heads"), m_allHeads, &QToolButton::click);
            menu.addAction(tr("No Heads"), m_noHeads, &QToolButton::click);
            menu.exec(button->mapToGlobal(at));
        });
        connect(button, &QToolButton::clicked, this, [this, h] {
            if (QGuiApplication::keyboardModifiers() & Qt::ControlModifier)
                soloHead(h);
        });
        connect(button, &QToolButton::toggled, this, [this] {
            refreshHeadView();
            if (m_mean->isChecked())
                refreshLarge();
        });
        m_headToggleLayout->addWidget(button);
        m_headToggles.push_back(button);
    }
}

void AttentionPage::soloHead(int head) {
    for (std::size_t h = 0; h < m_headToggles.size(); ++h)
        setHeadEnabled(int(h), int(h) == head);
}

std::vector<int> AttentionPage::enabledHeads() const {
    std::vector<int> heads;
    for (std::size_t h = 0; h < m_headToggles.size(); ++h) {
        if (m_headToggles[h]->isChecked())
            heads.push_back(int(h));
    }
    return heads;
}

void AttentionPage::refreshViews() {
    if (m_squares.empty())
        return;
    // The grid shows every head as it is (mean over heads would make its columns all the same), with the
    // token options applied.
    const auto opts = options();
    const auto axes = core::attentionAxes(m_maps.encoding.tokens, m_maps.encoding.segments, opts);
    std::vector<std::vector<core::AttentionMatrix>> cells;
    for (const auto& layer : m_squares) {
        auto& row = cells.emplace_back();
        for (const auto& square : layer)
            row.push_back(core::applyAxes(square, axes));
    }
    m_grid->setMatrices(std::move(cells));
    refreshLarge();
    refreshHeadView();
}

void AttentionPage::refreshLarge() {
    const int l = layer(), h = head();
    if (l < 0 || l >= int(m_squares.size())) {
        m_heatmap->setMatrix({});
        return;
    }
    const auto opts = options();
    if (opts.meanOverHeads) {
        const std::vector<int> enabled = enabledHeads();
        QStringList names;
        for (int e : enabled)
            names << QString::number(e + 1);
        m_heatmap->setMatrix(enabled.empty() ? core::AttentionMatrix()
                                             : core::attentionView(m_maps, l, h, enabled, opts));
        m_largeTitle->setText(enabled.empty()
                                  ? tr("Layer %1: no heads switched on").arg(l + 1)
                                  : tr("Layer %1, mean of heads %2").arg(l + 1).arg(names.join(u", ")));
        m_grid->setCurrent(-1, -1);
    } else {
        m_heatmap->setMatrix(core::attentionView(m_maps, l, h, {}, opts));
        m_largeTitle->setText(
            tr("Layer %1, head %2: rows are queries, columns the keys they attend to").arg(l + 1).arg(h + 1));
        m_grid->setCurrent(l, h);
    }
}

void AttentionPage::refreshHeadView() {
    const int l = layer();
    if (l < 0 || l >= int(m_squares.size())) {
        m_headView->setHeads({}, {});
        return;
    }
    const auto opts = options();
    const auto& heads = m_squares[std::size_t(l)];
    const auto axes = core::attentionAxes(m_maps.encoding.tokens, m_maps.encoding.segments, opts);
    std::vector<core::AttentionMatrix> shown;
    std::vector<QColor> colors;
    const auto enabled = enabledHeads();
    if (opts.meanOverHeads && !enabled.empty()) {
        std::vector<core::AttentionMatrix> chosen;
        for (int e : enabled)
            chosen.push_back(heads[std::size_t(e)]);
        shown.push_back(core::applyAxes(core::meanOfHeads(chosen), axes));
        colors.push_back(palette().color(QPalette::WindowText));
    } else {
        for (int e : enabled) {
            shown.push_back(core::applyAxes(heads[std::size_t(e)], axes));
            colors.push_back(widgets::HeadView::headColor(e, int(heads.size())));
        }
    }
    m_headView->setHeads(std::move(shown), std::move(colors));
    m_headTitle->setText(
        opts.meanOverHeads ? tr("Layer %1, mean of the switched-on heads").arg(l + 1)
                           : tr("Layer %1: one colour per head, as the head buttons above show").arg(l + 1));
}

void AttentionPage::openLarge(int layer, int head) {
    if (m_mean->isChecked())
        m_mean->setChecked(false);
    setLayer(layer);
    setHead(head);
    setCurrentView(View::Large);
}

QString AttentionPage::exportBaseName() const {
    switch (currentView()) {
    case View::Grid:
        return QStringLiteral("attention-grid");
    case View::Heads:
        return QStringLiteral("attention-heads-L%1").arg(layer() + 1);
    case View::Large:
        break;
    }
    return m_mean->isChecked() ? QStringLiteral("attention-L%1-mean").arg(layer() + 1)
                               : QStringLiteral("attention-L%1-H%2").arg(layer() + 1).arg(head() + 1);
}

void AttentionPage::exportWithDialog(const QString& format) {
    QString base = exportBaseName();
    if (format == QLatin1String("csv") && currentView() != View::Large) {
        base = m_mean->isChecked() ? QStringLiteral("attention-L%1-mean").arg(layer() + 1)
                                   : QStringLiteral("attention-L%1-H%2").arg(layer() + 1).arg(head() + 1);
    }
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = format == QLatin1String("png")   ? tr("PNG images (*.png)")
                           : format == QLatin1String("svg") ? tr("SVG drawings (*.svg)")
                                                            : tr("CSV tables (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(format.toUpper()),
                                                directory + u'/' + base + u'.' + format, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + format;
    if (format == QLatin1String("png"))
        exportPng(path);
    else if (format == QLatin1String("svg"))
        exportSvg(path);
    else
        exportCsv(path);
}

bool AttentionPage::save(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Q_EMIT messageRequested(tr("Could not save %1: %2").arg(path, file.errorString()), true);
        return false;
    }
    Q_EMIT messageRequested(tr("Saved %1").arg(path), false);
    return true;
}

namespace {

// The view's drawing without the empty canvas around it (everything of the background colour at the edges).
QImage croppedToContent(const QImage& image, int margin) {
    const QRgb background = image.pixel(0, 0);
    int left = image.width(), right = -1, top = image.height(), bottom = -1;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] == background)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (right < 0)
        return image;
    const QRect content = QRect(QPoint(left, top), QPoint(right, bottom))
                              .adjusted(-margin, -margin, margin, margin)
                              .intersected(image.rect());
    QImage cropped = image.copy(content);
    cropped.setDevicePixelRatio(image.devicePixelRatio());
    return cropped;
}

// A title band above the picture: what it shows, and the text it was computed for.
QImage withTitle(const QImage& picture, const QStringList& lines, const QPalette& palette,
                 const QFont& font) {
    const qreal ratio = picture.devicePixelRatio();
    const QSize logical = (QSizeF(picture.size()) / ratio).toSize();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics fm(font);
    const int pad = fm.height() / 2;
    const int band = pad * 2 + fm.lineSpacing() * int(lines.size());
    QImage out(QSize(logical.width(), logical.height() + band) * ratio, QImage::Format_ARGB32_Premultiplied);
    out.setDevicePixelRatio(ratio);
    out.fill(palette.color(QPalette::Window));
    QPainter painter(&out);
    painter.setPen(palette.color(QPalette::WindowText));
    int y = pad;
    for (int i = 0; i < lines.size(); ++i) {
        painter.setFont(i == 0 ? bold : font);
        const QString text =
            QFontMetrics(painter.font()).elidedText(lines[i], Qt::ElideRight, logical.width() - 2 * pad);
        painter.drawText(QRect(pad, y, logical.width() - 2 * pad, fm.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        y += fm.lineSpacing();
    }
    painter.drawImage(QPoint(0, band), picture);
    return out;
}

} // namespace

QStringList AttentionPage::exportTitle() const {
    QString what;
    switch (currentView()) {
    case View::Grid:
        what = tr("Attention of every layer and head");
        break;
    case View::Large:
        what = m_largeTitle->text();
        break;
    case View::Heads:
        what = tr("Layer %1, head view").arg(layer() + 1);
        break;
    }
    const QString model =
        workspace()->model() ? QDir(workspace()->model()->files().directory).dirName() : QString();
    QStringList lines{model.isEmpty() ? what : tr("%1 — %2").arg(what, model)};
    lines << (workspace()->second().isNull()
                  ? tr("Text: %1").arg(workspace()->first())
                  : tr("A: %1   B: %2").arg(workspace()->first(), workspace()->second()));
    return lines;
}

bool AttentionPage::exportPng(const QString& path) {
    QImage image;
    switch (currentView()) {
    case View::Grid:
        image = m_grid->toImage();
        break;
    case View::Large:
        image = m_heatmap->toImage();
        break;
    case View::Heads:
        image = m_headView->toImage();
        break;
    }
    image = withTitle(croppedToContent(image, int(fontMetrics().height() * image.devicePixelRatio())),
                      exportTitle(), palette(), font());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        Q_EMIT messageRequested(tr("Could not encode the PNG image for %1").arg(path), true);
        return false;
    }
    return save(path, bytes);
}

bool AttentionPage::exportSvg(const QString& path) {
    switch (currentView()) {
    case View::Grid:
        return save(path, m_grid->toSvg());
    case View::Large:
        return save(path, m_heatmap->toSvg());
    case View::Heads:
        return save(path, m_headView->toSvg());
    }
    return false;
}

bool AttentionPage::exportCsv(const QString& path) {
    const int heads = m_squares.empty() ? 0 : int(m_squares.front().size());
    return save(path, core::attentionCsv(m_heatmap->matrix(),
                                         core::attentionCsvCorner(layer(), head(), options().meanOverHeads,
                                                                  enabledHeads(), heads)));
}

} // namespace bertlab::app
