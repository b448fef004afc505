#include "widgets/probability_gauge.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace bertlab::widgets {

ProbabilityGauge::ProbabilityGauge(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void ProbabilityGauge::setLabel(const QString& label) {
    if (label == m_label)
        return;
    m_label = label;
    setAccessibleName(m_label);
    setAccessibleDescription(text());
    updateGeometry();
    update();
}

void ProbabilityGauge::setValue(double probability) {
    probability = std::isfinite(probability) ? std::clamp(probability, 0.0, 1.0) : 0.0;
    if (probability == m_value)
        return;
    m_value = probability;
    setAccessibleDescription(text());
    update();
}

QString ProbabilityGauge::text() const {
    const QString percent = tr("%1 %").arg(QLocale().toString(std::lround(m_value * 100.0)));
    return m_label.isEmpty() ? percent : tr("%1: %2").arg(m_label, percent);
}

QSize ProbabilityGauge::sizeHint() const {
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const int textWidth = QFontMetrics(bold).horizontalAdvance(text());
    const int spacing = fm.height() / 3;
    return {std::max(textWidth, fm.horizontalAdvance(u'M') * 24),
            fm.height() * 2 + spacing + fm.height() / 2};
}

QSize ProbabilityGauge::minimumSizeHint() const {
    const QFontMetrics fm = fontMetrics();
    return {fm.horizontalAdvance(u'M') * 12, sizeHint().height()};
}

void ProbabilityGauge::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetrics fm = fontMetrics();
    const QPalette::ColorGroup group = isEnabled() ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = palette().color(group, QPalette::WindowText);

    // Caption line.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(textColor);
    const QRect captionRect(0, 0, width(), fm.height());
    painter.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetrics(bold).elidedText(text(), Qt::ElideRight, width()));

    // Bar: a faint track, filled to the value with the palette's highlight; a tick marks 50 %.
    const int spacing = fm.height() / 3;
    const int barHeight = fm.height();
    const QRectF bar(0.5, captionRect.bottom() + 1 + spacing + 0.5, width() - 1.0, barHeight - 1.0);
    const qreal radius = barHeight / 4.0;
    QColor track = textColor;
    track.setAlphaF(0.12f);
    QColor border = textColor;
    border.setAlphaF(0.35f);
    painter.setPen(QPen(border, 1.0));
    painter.setBrush(track);
    painter.drawRoundedRect(bar, radius, radius);
    if (m_value > 0.0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(group, QPalette::Highlight));
        const qreal filled = std::max(radius * 2, bar.width() * m_value);
        painter.drawRoundedRect(QRectF(bar.left(), bar.top(), std::min(filled, bar.width()), bar.height()),
                                radius, radius);
    }
    const qreal middle = bar.left() + bar.width() / 2.0;
    painter.setPen(QPen(textColor, std::max(1.0, fm.height() / 12.0)));
    painter.drawLine(QPointF(middle, bar.top() - spacing / 2.0),
                     QPointF(middle, bar.bottom() + spacing / 2.0));
}

void ProbabilityGauge::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateGeometry();
}

} // namespace bertlab::widgets
