#include "training_chart.h"

#include "training_chart_view.h"

#include <QAction>
#include <QChart>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bertlab::widgets {

namespace {

// Long runs are thinned for drawing: a series keeps every stride-th point (plus the newest) once it has
// more than this many, so appending stays cheap after hours of training.
constexpr int kMaxDrawn = 2000;

// Distinct on light and dark backgrounds (Tableau 10).
QColor seriesColor(int index) {
    static const QRgb colors[] = {0x4e79a7, 0xf28e2b, 0x59a14f, 0xe15759, 0xb07aa1,
                                  0x76b7b2, 0xedc948, 0xff9da7, 0x9c755f, 0xbab0ac};
    return QColor::fromRgb(colors[index % int(std::size(colors))]);
}

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

// What is drawn of the store's series of the same index.
struct TrainingChart::Line {
    QLineSeries* series = nullptr;
    int stride = 1;
    bool tail = false; // the drawn line's last point is the newest one, off the stride
};

TrainingChart::TrainingChart(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_logButton(new QToolButton(this))
    , m_resetButton(new QToolButton(this))
    , m_menuButton(new QToolButton(this))
    , m_chart(new QChart)
    , m_view(new TrainingChartView(m_chart, this))
    , m_xAxis(new QValueAxis(m_chart)) {
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);

    m_logButton->setText(tr("log"));
    m_logButton->setCheckable(true);
    m_logButton->setAutoRaise(true);
    m_logButton->setToolTip(tr("Logarithmic value axis (values at or below zero are left out)"));
    connect(m_logButton, &QToolButton::toggled, this, &TrainingChart::setLogScale);
    m_resetButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_resetButton->setAutoRaise(true);
    m_resetButton->setToolTip(tr("Show all the data again after zooming or panning (0)"));
    m_resetButton->setEnabled(false);
    connect(m_resetButton, &QToolButton::clicked, this, &TrainingChart::resetZoom);

    auto* menu = new QMenu(this);
    QAction* log = menu->addAction(tr("&Logarithmic Scale"));
    log->setCheckable(true);
    connect(log, &QAction::toggled, this, &TrainingChart::setLogScale);
    connect(this, &TrainingChart::logScaleChanged, log, &QAction::setChecked);
    QAction* reset = menu->addAction(tr("&Reset Zoom"), this, &TrainingChart::resetZoom);
    reset->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Export as &CSV…"), this, &TrainingChart::exportCsvRequested);
    menu->addAction(tr("Export as &PNG…"), this, &TrainingChart::exportImageRequested);
    m_menuButton->setMenu(menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAutoRaise(true);
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setToolTip(tr("Scale, zoom and export"));
    m_menuButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));

    auto* header = new QHBoxLayout;
    header->setContentsMargins(2, 0, 0, 0);
    header->setSpacing(0);
    header->addWidget(m_title, 1);
    header->addWidget(m_logButton);
    header->addWidget(m_resetButton);
    header->addWidget(m_menuButton);

    m_chart->setMargins(QMargins(2, 2, 4, 2));
    m_chart->setBackgroundRoundness(0);
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    m_chart->legend()->setFont(small);
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    auto* x = static_cast<QValueAxis*>(m_xAxis);
    x->setLabelsFont(small);
    x->setTitleText(tr("step"));
    x->setTitleFont(small);
    x->setTickCount(5);
    x->setRange(0, 1);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    attachYAxis();

    m_empty = new QLabel(tr("No data yet"), m_view);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // greyed: a note, not content
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->installEventFilter(this);
    m_view->setFrameShape(QFrame::StyledPanel);
    m_view->setMinimumSize(160, 110);
    m_view->setToolTip(QString()); // the hover readout takes the tooltip
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    applyPalette();
    updateRanges();
}

TrainingChart::~TrainingChart() = default;

void TrainingChart::setTitle(const QString& title) {
    m_title->setText(title);
}

QString TrainingChart::title() const {
    return m_title->text();
}

void TrainingChart::setValueTitle(const QString& title) {
    m_valueTitle = title;
    if (m_yAxis)
        m_yAxis->setTitleText(title);
}

void TrainingChart::addSeries(const QString& name, const QString& label) {
    line(name, label);
}

QString TrainingChart::seriesLabel(const QString& name) const {
    const int i = m_store.indexOf(name);
    return i >= 0 ? m_store.at(i).shownLabel() : QString();
}

int TrainingChart::line(const QString& name, const QString& label) {
    const int known = m_store.indexOf(name);
    const int i = m_store.add(name, label);
    if (known >= 0) {
        if (!label.isEmpty())
            m_lines[std::size_t(i)].series->setName(m_store.at(i).shownLabel());
        return i;
    }
    Line l;
    l.series = new QLineSeries(m_chart);
    l.series->setName(m_store.at(i).shownLabel());
    const Style style = m_styles.value(name);
    const int colourIndex = style.colourOf.isEmpty() ? -1 : m_store.indexOf(style.colourOf);
    QPen pen(seriesColor(colourIndex >= 0 ? colourIndex : i));
    pen.setWidthF(style.dashed ? 1.2 : 1.6);
    if (style.dashed)
        pen.setStyle(Qt::DashLine);
    l.series->setPen(pen);
    m_chart->addSeries(l.series);
    l.series->attachAxis(m_xAxis);
    l.series->attachAxis(m_yAxis);
    m_lines.push_back(l);
    applyPalette(); // the new legend entry's label colour
    return i;
}

void TrainingChart::addPoint(const QString& series, double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y))
        return;
    const int i = line(series);
    m_store.append(i, x, y);
    Line& l = m_lines[std::size_t(i)];
    const auto index = m_store.at(i).points.size() - 1;
    if (!m_logScale || y > 0) {
        const bool onStride = index % l.stride == 0;
        if (l.tail)
            l.series->replace(l.series->count() - 1, QPointF(x, y));
        else
            l.series->append(x, y);
        l.tail = !onStride;
        if (onStride && l.series->count() > kMaxDrawn) {
            l.stride *= 2;
            rebuildDisplay(i);
        }
    }
    updateRanges();
}

void TrainingChart::rebuildDisplay(int index) {
    Line& l = m_lines[std::size_t(index)];
    const QList<QPointF>& data = m_store.at(index).points;
    while (data.size() / l.stride > kMaxDrawn)
        l.stride *= 2;
    QList<QPointF> shown;
    shown.reserve(data.size() / l.stride + 2);
    for (qsizetype i = 0; i < data.size(); i += l.stride) {
        if (!m_logScale || data[i].y() > 0)
            shown.append(data[i]);
    }
    l.tail = false;
    if (!data.isEmpty() && (data.size() - 1) % l.stride != 0 && (!m_logScale || data.back().y() > 0)) {
        shown.append(data.back());
        l.tail = true;
    }
    l.series->replace(shown);
}

void TrainingChart::setSeriesStyle(const QString& name, const QString& colourOf, bool dashed) {
    m_styles.insert(name, {colourOf, dashed});
}

bool TrainingChart::isSeriesDashed(const QString& name) const {
    return m_styles.value(name).dashed && m_store.indexOf(name) >= 0;
}

void TrainingChart::resetData(const std::vector<ChartSeries>& series) {
    for (Line& l : m_lines)
        m_chart->removeSeries(l.series), delete l.series;
    m_lines.clear();
    m_store.reset({});
    for (const ChartSeries& s : series)
        line(s.name, s.label);
    m_store.reset(series);
    for (int i = 0; i < m_store.size(); ++i) {
        m_lines[std::size_t(i)].stride = 1;
        rebuildDisplay(i);
    }
    setZoomed(false);
    updateRanges();
}

void TrainingChart::clear() {
    m_store.clear();
    for (Line& l : m_lines) {
        l.series->clear();
        l.stride = 1;
        l.tail = false;
    }
    setZoomed(false);
    updateRanges();
}

QStringList TrainingChart::seriesNames() const {
    return m_store.names();
}

QList<QPointF> TrainingChart::points(const QString& series) const {
    const int i = m_store.indexOf(series);
    return i >= 0 ? m_store.at(i).points : QList<QPointF>();
}

int TrainingChart::pointCount(const QString& series) const {
    return int(points(series).size());
}

int TrainingChart::displayedPointCount(const QString& series) const {
    const int i = m_store.indexOf(series);
    return i >= 0 ? m_lines[std::size_t(i)].series->count() : 0;
}

void TrainingChart::setLogScaleAllowed(bool allowed) {
    m_logButton->setVisible(allowed);
    m_menuButton->menu()->actions().value(0)->setVisible(allowed);
    if (!allowed)
        setLogScale(false);
}

void TrainingChart::setLogScale(bool on) {
    if (on == m_logScale)
        return;
    m_logScale = on;
    {
        const QSignalBlocker block(m_logButton);
        m_logButton->setChecked(on);
    }
    attachYAxis();
    for (int i = 0; i < int(m_lines.size()); ++i)
        rebuildDisplay(i);
    setZoomed(false);
    updateRanges();
    Q_EMIT logScaleChanged(on);
}

void TrainingChart::attachYAxis() {
    QAbstractAxis* axis = nullptr;
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    if (m_logScale) {
        auto* log = new QLogValueAxis(m_chart);
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%.2g"));
        log->setMinorTickCount(-1);
        axis = log;
    } else {
        auto* value = new QValueAxis(m_chart);
        axis = value;
    }
    axis->setLabelsFont(small);
    axis->setTitleFont(small);
    axis->setTitleText(m_valueTitle);
    if (m_yAxis) {
        for (const Line& l : m_lines)
            l.series->detachAxis(m_yAxis);
        m_chart->removeAxis(m_yAxis);
        m_yAxis->deleteLater();
    }
    m_yAxis = axis;
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (const Line& l : m_lines)
        l.series->attachAxis(m_yAxis);
    applyPalette();
}

void TrainingChart::updateRanges() {
    const ChartSeriesStore::Bounds& b = m_store.bounds();
    const bool any = b.any;
    // Empty: a note instead of meaningless axes.
    m_empty->setVisible(!any);
    m_xAxis->setVisible(any);
    if (m_yAxis)
        m_yAxis->setVisible(any);
    if (m_zoomed)
        return;
    auto* x = static_cast<QValueAxis*>(m_xAxis);
    double x0 = any ? b.minX : 0, x1 = any ? b.maxX : 1;
    if (x1 <= x0)
        x1 = x0 + 1;
    setRangeWithTicks(x, x0, x1);
    if (auto* value = qobject_cast<QValueAxis*>(m_yAxis)) {
        double y0 = any ? b.minY : 0, y1 = any ? b.maxY : 1;
        const double span = y1 - y0 > 0 ? y1 - y0 : std::max(std::abs(y1) * 0.1, 1e-9);
        const double low = y0 - span * 0.05;
        y0 = (y0 >= 0 && low < 0) ? 0 : low;
        y1 += span * 0.05;
        setRangeWithTicks(value, y0, y1);
    } else if (auto* log = qobject_cast<QLogValueAxis*>(m_yAxis)) {
        double y0 = b.minPositiveY > 0 ? b.minPositiveY : 1e-3;
        double y1 = b.maxY > y0 ? b.maxY : y0 * 10;
        // Whole decades: QLogValueAxis labels its decade lines.
        log->setRange(std::pow(10.0, std::floor(std::log10(y0))), std::pow(10.0, std::ceil(std::log10(y1))));
    }
}

void TrainingChart::setRangeWithTicks(QValueAxis* axis, double from, double to) {
    // Ticks at round values (1, 2 or 5 × a power of ten) whatever the range, labelled with just enough
    // digits; the range itself stays the data's.
    const double raw = (to - from) / 5.0;
    if (!(raw > 0) || !std::isfinite(raw)) {
        axis->setRange(from, to);
        return;
    }
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / power;
    const double interval = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    // Never a small interval over a large range, even for a moment: the axis makes an item per tick.
    if (interval >= axis->tickInterval()) {
        axis->setTickInterval(interval);
        axis->setRange(from, to);
    } else {
        axis->setRange(from, to);
        axis->setTickInterval(interval);
    }
    const int decimals = std::max(0, int(-std::floor(std::log10(interval) + 1e-9)));
    const double largest = std::max(std::abs(from), std::abs(to));
    const QString format = decimals > 6 || largest >= 1e7
                               ? QStringLiteral("%.1e")
                               : QStringLiteral("%.") + QString::number(decimals) + u'f';
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

bool TrainingChart::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_view->rect());
    return QWidget::eventFilter(watched, event);
}

void TrainingChart::setEmptyText(const QString& text) {
    m_empty->setText(text);
}

void TrainingChart::setZoomed(bool zoomed) {
    m_zoomed = zoomed;
    m_resetButton->setEnabled(zoomed);
    m_menuButton->menu()->actions().value(1)->setEnabled(zoomed);
}

void TrainingChart::zoomIn(double factor) {
    if (factor <= 0)
        return;
    m_chart->zoom(factor);
    setZoomed(true);
}

void TrainingChart::resetZoom() {
    m_chart->zoomReset();
    setZoomed(false);
    updateRanges();
}

QPointF TrainingChart::xRange() const {
    auto* x = static_cast<QValueAxis*>(m_xAxis);
    return {x->min(), x->max()};
}

QPointF TrainingChart::yRange() const {
    if (auto* value = qobject_cast<QValueAxis*>(m_yAxis))
        return {value->min(), value->max()};
    if (auto* log = qobject_cast<QLogValueAxis*>(m_yAxis))
        return {log->min(), log->max()};
    return {};
}

QString TrainingChart::toCsv() const {
    return m_store.toCsv();
}

QImage TrainingChart::toImage(qreal scale) const {
    const QSize size = m_view->size();
    QImage image((QSizeF(size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), m_view->viewport()->rect());
    return image;
}

QString TrainingChart::valuesAt(double x) const {
    return m_store.valuesAt(x).join(u'\n');
}

void TrainingChart::hoverAt(const QPoint& viewPos, const QPoint& globalPos) {
    const QPointF at = m_chart->mapFromScene(m_view->mapToScene(viewPos));
    if (!m_chart->plotArea().contains(at) || !m_store.bounds().any) {
        QToolTip::hideText();
        return;
    }
    const QPointF value = m_chart->mapToValue(at);
    QToolTip::showText(globalPos, valuesAt(value.x()), m_view);
}

void TrainingChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void TrainingChart::applyPalette() {
    // Follow the widget's palette instead of a QChart theme: themes reset the series colours and fonts.
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_view->setBackgroundBrush(base);
    for (QAbstractAxis* axis : {m_xAxis, m_yAxis}) {
        if (!axis)
            continue;
        axis->setLabelsBrush(text);
        axis->setTitleBrush(mix(base, text, 0.7));
        axis->setGridLineColor(mix(base, text, 0.12));
        axis->setMinorGridLineColor(mix(base, text, 0.06));
        axis->setLinePenColor(mix(base, text, 0.35));
    }
    m_chart->legend()->setLabelColor(text);
}

} // namespace bertlab::widgets
