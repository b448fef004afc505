#include "training_chart.h"

#include "core/display_format.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
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
#include <limits>
#include <map>
#include <optional>

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

QString number(double v) {
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

struct TrainingChart::Line {
    QString name;  // the key
    QString label; // shown; the key when empty
    QString shown() const { return label.isEmpty() ? name : label; }
    QList<QPointF> data;
    QLineSeries* series = nullptr;
    int stride = 1;
    bool tail = false; // the series' last point is the newest one, off the stride
};

// The chart itself, with wheel/keyboard zoom, panning, a hover readout and the context menu.
class TrainingChartView final : public QChartView {
public:
    TrainingChartView(QChart* chart, TrainingChart* owner)
        : QChartView(chart, owner)
        , m_owner(owner) {
        setRubberBand(QChartView::RectangleRubberBand);
        setRenderHint(QPainter::Antialiasing);
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(true);
        viewport()->setMouseTracking(true);
    }

protected:
    void mousePressEvent(QMouseEvent* event) override {
        if (event->button() == Qt::MiddleButton ||
            (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier)) {
            m_panFrom = event->position();
            m_panning = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
            event->accept();
            return;
        }
        if (event->button() == Qt::RightButton) { // the context menu, not QChartView's zoom out
            QGraphicsView::mousePressEvent(event);
            return;
        }
        if (event->button() == Qt::LeftButton)
            m_pressedAt = event->position();
        QChartView::mousePressEvent(event);
    }
    void mouseMoveEvent(QMouseEvent* event) override {
        if (m_panning) {
            const QPointF delta = event->position() - m_panFrom;
            m_panFrom = event->position();
            chart()->scroll(-delta.x(), delta.y());
            m_owner->setZoomed(true);
            event->accept();
            return;
        }
        QChartView::mouseMoveEvent(event);
        if (!(event->buttons() & Qt::LeftButton))
            m_owner->hoverAt(event->position().toPoint(), event->globalPosition().toPoint());
    }
    void mouseReleaseEvent(QMouseEvent* event) override {
        if (m_panning) {
            m_panning = false;
            viewport()->unsetCursor();
            event->accept();
            return;
        }
        if (event->button() == Qt::RightButton) {
            QGraphicsView::mouseReleaseEvent(event);
            return;
        }
        const bool dragged = event->button() == Qt::LeftButton && m_pressedAt.has_value() &&
                             (event->position() - *m_pressedAt).manhattanLength() > 4;
        m_pressedAt.reset();
        QChartView::mouseReleaseEvent(event);
        if (dragged) // the rubber band zoomed in
            m_owner->setZoomed(true);
    }
    void wheelEvent(QWheelEvent* event) override {
        const double steps = event->angleDelta().y() / 120.0;
        if (steps == 0) {
            event->ignore();
            return;
        }
        // Zoom about the pointer: it stays over the same value.
        const double factor = std::pow(1.25, -steps);
        const QRectF plot = chart()->plotArea();
        const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
        if (!plot.contains(at)) {
            event->ignore();
            return;
        }
        chart()->zoomIn(QRectF(at.x() - (at.x() - plot.left()) * factor,
                               at.y() - (at.y() - plot.top()) * factor, plot.width() * factor,
                               plot.height() * factor));
        m_owner->setZoomed(true);
        event->accept();
    }
    void keyPressEvent(QKeyEvent* event) override {
        const double step = 0.1;
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            m_owner->zoomIn(1.25);
            break;
        case Qt::Key_Minus:
            m_owner->zoomIn(0.8);
            break;
        case Qt::Key_0:
        case Qt::Key_Home:
            m_owner->resetZoom();
            break;
        case Qt::Key_Left:
            chart()->scroll(-chart()->plotArea().width() * step, 0);
            m_owner->setZoomed(true);
            break;
        case Qt::Key_Right:
            chart()->scroll(chart()->plotArea().width() * step, 0);
            m_owner->setZoomed(true);
            break;
        case Qt::Key_Up:
            chart()->scroll(0, chart()->plotArea().height() * step);
            m_owner->setZoomed(true);
            break;
        case Qt::Key_Down:
            chart()->scroll(0, -chart()->plotArea().height() * step);
            m_owner->setZoomed(true);
            break;
        default:
            QChartView::keyPressEvent(event);
            return;
        }
        event->accept();
    }
    void contextMenuEvent(QContextMenuEvent* event) override {
        QMenu menu(this);
        for (QAction* action : m_owner->m_menuButton->menu()->actions())
            menu.addAction(action);
        menu.exec(event->globalPos());
    }
    void leaveEvent(QEvent* event) override {
        QToolTip::hideText();
        QChartView::leaveEvent(event);
    }

private:
    TrainingChart* m_owner;
    QPointF m_panFrom;
    std::optional<QPointF> m_pressedAt;
    bool m_panning = false;
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
    const Line* l = findLine(name);
    return l ? l->shown() : QString();
}

TrainingChart::Line& TrainingChart::line(const QString& name, const QString& label) {
    for (Line& l : m_lines) {
        if (l.name == name) {
            if (!label.isEmpty() && label != l.label) {
                l.label = label;
                l.series->setName(label);
            }
            return l;
        }
    }
    Line l;
    l.name = name;
    l.label = label;
    l.series = new QLineSeries(m_chart);
    l.series->setName(l.shown());
    QPen pen(seriesColor(int(m_lines.size())));
    pen.setWidthF(1.6);
    l.series->setPen(pen);
    m_chart->addSeries(l.series);
    l.series->attachAxis(m_xAxis);
    l.series->attachAxis(m_yAxis);
    m_lines.push_back(l);
    applyPalette(); // the new legend entry's label colour
    return m_lines.back();
}

const TrainingChart::Line* TrainingChart::findLine(const QString& name) const {
    for (const Line& l : m_lines) {
        if (l.name == name)
            return &l;
    }
    return nullptr;
}

void TrainingChart::addPoint(const QString& series, double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y))
        return;
    Line& l = line(series);
    l.data.append(QPointF(x, y));
    const auto index = l.data.size() - 1;
    if (!m_logScale || y > 0) {
        const bool onStride = index % l.stride == 0;
        if (l.tail)
            l.series->replace(l.series->count() - 1, QPointF(x, y));
        else
            l.series->append(x, y);
        l.tail = !onStride;
        if (onStride && l.tail == false && l.series->count() > kMaxDrawn) {
            l.stride *= 2;
            rebuildDisplay(l);
        }
    }
    if (!m_hasData) {
        m_minX = m_maxX = x;
        m_minY = m_maxY = y;
        m_minPositiveY = y > 0 ? y : 0;
        m_hasData = true;
    } else {
        m_minX = std::min(m_minX, x);
        m_maxX = std::max(m_maxX, x);
        m_minY = std::min(m_minY, y);
        m_maxY = std::max(m_maxY, y);
        if (y > 0 && (m_minPositiveY <= 0 || y < m_minPositiveY))
            m_minPositiveY = y;
    }
    updateRanges();
}

void TrainingChart::rebuildDisplay(Line& l) {
    while (l.data.size() / l.stride > kMaxDrawn)
        l.stride *= 2;
    QList<QPointF> shown;
    shown.reserve(l.data.size() / l.stride + 2);
    for (qsizetype i = 0; i < l.data.size(); i += l.stride) {
        if (!m_logScale || l.data[i].y() > 0)
            shown.append(l.data[i]);
    }
    l.tail = false;
    if (!l.data.isEmpty() && (l.data.size() - 1) % l.stride != 0 && (!m_logScale || l.data.back().y() > 0)) {
        shown.append(l.data.back());
        l.tail = true;
    }
    l.series->replace(shown);
}

void TrainingChart::resetData(const std::vector<ChartSeries>& series) {
    for (Line& l : m_lines)
        m_chart->removeSeries(l.series), delete l.series;
    m_lines.clear();
    m_hasData = false;
    for (const ChartSeries& s : series) {
        Line& l = line(s.name, s.label);
        for (const QPointF& p : s.points) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                continue;
            l.data.append(p);
            if (!m_hasData) {
                m_minX = m_maxX = p.x();
                m_minY = m_maxY = p.y();
                m_minPositiveY = p.y() > 0 ? p.y() : 0;
                m_hasData = true;
            }
            m_minX = std::min(m_minX, p.x());
            m_maxX = std::max(m_maxX, p.x());
            m_minY = std::min(m_minY, p.y());
            m_maxY = std::max(m_maxY, p.y());
            if (p.y() > 0 && (m_minPositiveY <= 0 || p.y() < m_minPositiveY))
                m_minPositiveY = p.y();
        }
        l.stride = 1;
        rebuildDisplay(l);
    }
    setZoomed(false);
    updateRanges();
}

void TrainingChart::clear() {
    for (Line& l : m_lines) {
        l.data.clear();
        l.series->clear();
        l.stride = 1;
        l.tail = false;
    }
    m_hasData = false;
    setZoomed(false);
    updateRanges();
}

QStringList TrainingChart::seriesNames() const {
    QStringList names;
    for (const Line& l : m_lines)
        names << l.name;
    return names;
}

QList<QPointF> TrainingChart::points(const QString& series) const {
    const Line* l = findLine(series);
    return l ? l->data : QList<QPointF>();
}

int TrainingChart::pointCount(const QString& series) const {
    const Line* l = findLine(series);
    return l ? int(l->data.size()) : 0;
}

int TrainingChart::displayedPointCount(const QString& series) const {
    const Line* l = findLine(series);
    return l ? l->series->count() : 0;
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
    for (Line& l : m_lines)
        rebuildDisplay(l);
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
    // Empty: a note instead of meaningless axes.
    m_empty->setVisible(!m_hasData);
    m_xAxis->setVisible(m_hasData);
    if (m_yAxis)
        m_yAxis->setVisible(m_hasData);
    if (m_zoomed)
        return;
    auto* x = static_cast<QValueAxis*>(m_xAxis);
    double x0 = m_hasData ? m_minX : 0, x1 = m_hasData ? m_maxX : 1;
    if (x1 <= x0)
        x1 = x0 + 1;
    setRangeWithTicks(x, x0, x1);
    if (auto* value = qobject_cast<QValueAxis*>(m_yAxis)) {
        double y0 = m_hasData ? m_minY : 0, y1 = m_hasData ? m_maxY : 1;
        const double span = y1 - y0 > 0 ? y1 - y0 : std::max(std::abs(y1) * 0.1, 1e-9);
        const double low = y0 - span * 0.05;
        y0 = (y0 >= 0 && low < 0) ? 0 : low;
        y1 += span * 0.05;
        setRangeWithTicks(value, y0, y1);
    } else if (auto* log = qobject_cast<QLogValueAxis*>(m_yAxis)) {
        double y0 = m_minPositiveY > 0 ? m_minPositiveY : 1e-3;
        double y1 = m_maxY > y0 ? m_maxY : y0 * 10;
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
    const std::size_t n = m_lines.size();
    std::map<double, std::vector<double>> table;
    const double missing = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < n; ++i) {
        for (const QPointF& p : m_lines[i].data) {
            auto& row = table[p.x()];
            if (row.empty())
                row.assign(n, missing);
            row[i] = p.y();
        }
    }
    QString csv = QStringLiteral("step");
    for (const Line& l : m_lines)
        csv += u',' + QString::fromUtf8(core::csvField(l.name));
    csv += u'\n';
    for (const auto& [x, row] : table) {
        csv += number(x);
        for (double v : row) {
            csv += u',';
            if (!std::isnan(v))
                csv += number(v);
        }
        csv += u'\n';
    }
    return csv;
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
    QStringList lines;
    double shownStep = std::numeric_limits<double>::quiet_NaN();
    for (const Line& l : m_lines) {
        if (l.data.isEmpty())
            continue;
        auto it = std::lower_bound(l.data.begin(), l.data.end(), x,
                                   [](const QPointF& p, double v) { return p.x() < v; });
        if (it == l.data.end())
            --it;
        else if (it != l.data.begin() && std::abs((it - 1)->x() - x) <= std::abs(it->x() - x))
            --it;
        if (std::isnan(shownStep))
            shownStep = it->x();
        lines << tr("%1: %2 (step %3)").arg(l.shown(), QString::number(it->y(), 'g', 4), number(it->x()));
    }
    return lines.join(u'\n');
}

void TrainingChart::hoverAt(const QPoint& viewPos, const QPoint& globalPos) {
    const QPointF at = m_chart->mapFromScene(m_view->mapToScene(viewPos));
    if (!m_chart->plotArea().contains(at) || !m_hasData) {
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
