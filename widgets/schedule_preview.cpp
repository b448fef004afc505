#include "schedule_preview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace bertlab::widgets {

namespace {

QString rateText(double rate) {
    return QString::number(rate, 'g', 3);
}

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

SchedulePreview::SchedulePreview(QWidget* parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void SchedulePreview::setSchedule(QList<QPointF> points, std::int64_t warmupSteps, std::int64_t totalSteps,
                                  const QString& note) {
    m_points = std::move(points);
    m_warmup = warmupSteps;
    m_total = totalSteps;
    m_note = note;
    m_maxRate = 0;
    for (const QPointF& p : m_points)
        m_maxRate = std::max(m_maxRate, p.y());
    update();
}

double SchedulePreview::rateAt(double step) const {
    if (m_points.isEmpty() || step < m_points.front().x() || step > m_points.back().x())
        return 0;
    auto it = std::lower_bound(m_points.begin(), m_points.end(), step,
                               [](const QPointF& p, double s) { return p.x() < s; });
    if (it == m_points.begin())
        return it->y();
    const QPointF& b = *it;
    const QPointF& a = *(it - 1);
    const double t = b.x() > a.x() ? (step - a.x()) / (b.x() - a.x()) : 1.0;
    return a.y() + (b.y() - a.y()) * t;
}

QSize SchedulePreview::sizeHint() const {
    return {fontMetrics().horizontalAdvance(u'M') * 24, fontMetrics().height() * 5};
}

QSize SchedulePreview::minimumSizeHint() const {
    return {fontMetrics().horizontalAdvance(u'M') * 12, fontMetrics().height() * 5};
}

QRectF SchedulePreview::plotRect() const {
    const QFontMetrics fm = fontMetrics();
    const double left = fm.horizontalAdvance(QStringLiteral("0.0001")) + 6;
    return QRectF(left, fm.height() * 0.5, width() - left - 4, height() - fm.height() * 1.7);
}

void SchedulePreview::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    p.fillRect(rect(), base);
    p.setPen(mix(base, text, 0.3));
    p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    const QRectF plot = plotRect();
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    p.setFont(small);
    const QFontMetrics fm(small);
    if (m_points.size() < 2 || m_maxRate <= 0 || plot.width() < 10 || plot.height() < 10) {
        p.setPen(mix(base, text, 0.55));
        p.drawText(rect(), Qt::AlignCenter, m_note.isEmpty() ? tr("No schedule") : m_note);
        return;
    }
    const double x0 = m_points.front().x(), x1 = std::max(m_points.back().x(), x0 + 1);
    const auto toPixel = [&](const QPointF& v) {
        return QPointF(plot.left() + (v.x() - x0) / (x1 - x0) * plot.width(),
                       plot.bottom() - v.y() / m_maxRate * plot.height());
    };
    // Warm-up band.
    if (m_warmup > 0) {
        const double wx = toPixel(QPointF(double(std::min<std::int64_t>(m_warmup, std::int64_t(x1))), 0)).x();
        QColor band = accent;
        band.setAlphaF(0.10f);
        p.fillRect(QRectF(plot.left(), plot.top(), wx - plot.left(), plot.height()), band);
        p.setPen(QPen(mix(base, text, 0.35), 1, Qt::DashLine));
        p.drawLine(QPointF(wx, plot.top()), QPointF(wx, plot.bottom()));
        p.setPen(mix(base, text, 0.6));
        // Low in the plot, right of the line: the curve is high there (at its peak).
        const QString label = tr("warm-up %L1").arg(m_warmup);
        const double lx = std::min(wx + 4, plot.right() - fm.horizontalAdvance(label));
        p.drawText(QPointF(std::max(plot.left() + 2, lx), plot.bottom() - fm.descent() - 2), label);
    }
    // Axes.
    p.setPen(mix(base, text, 0.35));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    // The curve, filled below.
    QPainterPath curve;
    curve.moveTo(toPixel(m_points.front()));
    for (const QPointF& v : m_points)
        curve.lineTo(toPixel(v));
    QPainterPath area = curve;
    area.lineTo(toPixel(QPointF(m_points.back().x(), 0)));
    area.lineTo(toPixel(QPointF(m_points.front().x(), 0)));
    area.closeSubpath();
    QColor fill = accent;
    fill.setAlphaF(0.22f);
    p.fillPath(area, fill);
    p.setPen(QPen(accent, 1.8));
    p.drawPath(curve);
    // Labels: peak rate, zero, first and last step.
    p.setPen(mix(base, text, 0.75));
    const QString peak = rateText(m_maxRate);
    p.drawText(QRectF(0, plot.top() - fm.height() / 2.0, plot.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, peak);
    p.drawText(QRectF(0, plot.bottom() - fm.height() / 2.0, plot.left() - 4, fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    const double labelY = plot.bottom() + 2;
    p.drawText(QRectF(plot.left(), labelY, plot.width(), fm.height()), Qt::AlignLeft | Qt::AlignTop,
               QString::number(qint64(x0)));
    const QString last = tr("%L1 steps").arg(m_total > 0 ? m_total : qint64(x1));
    p.drawText(QRectF(plot.left(), labelY, plot.width(), fm.height()), Qt::AlignRight | Qt::AlignTop, last);
    if (!m_note.isEmpty()) {
        p.setPen(mix(base, text, 0.55));
        p.drawText(QRectF(plot.left(), labelY, plot.width(), fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   m_note);
    }
    // Hover marker.
    if (m_hoverStep >= x0 && m_hoverStep <= x1) {
        const QPointF at = toPixel(QPointF(m_hoverStep, rateAt(m_hoverStep)));
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawEllipse(at, 3, 3);
    }
}

void SchedulePreview::mouseMoveEvent(QMouseEvent* event) {
    const QRectF plot = plotRect();
    if (m_points.size() < 2 || !plot.adjusted(-4, -4, 4, 4).contains(event->position())) {
        m_hoverStep = -1;
        QToolTip::hideText();
        update();
        return;
    }
    const double x0 = m_points.front().x(), x1 = std::max(m_points.back().x(), x0 + 1);
    const double t = std::clamp((event->position().x() - plot.left()) / plot.width(), 0.0, 1.0);
    m_hoverStep = std::round(x0 + t * (x1 - x0));
    QToolTip::showText(
        event->globalPosition().toPoint(),
        tr("step %L1: learning rate %2").arg(qint64(m_hoverStep)).arg(rateText(rateAt(m_hoverStep))), this);
    update();
}

void SchedulePreview::leaveEvent(QEvent* event) {
    m_hoverStep = -1;
    update();
    QWidget::leaveEvent(event);
}

} // namespace bertlab::widgets
