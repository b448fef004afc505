#include "training_chart_view.h"

#include "training_chart.h"

#include <QMenu>
#include <QMouseEvent>
#include <QToolButton>
#include <QToolTip>

#include <cmath>

namespace bertlab::widgets {

TrainingChartView::TrainingChartView(QChart* chart, TrainingChart* owner)
    : QChartView(chart, owner)
    , m_owner(owner) {
    setRubberBand(QChartView::RectangleRubberBand);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
}

void TrainingChartView::mousePressEvent(QMouseEvent* event) {
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

void TrainingChartView::mouseMoveEvent(QMouseEvent* event) {
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

void TrainingChartView::mouseReleaseEvent(QMouseEvent* event) {
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

void TrainingChartView::wheelEvent(QWheelEvent* event) {
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
    chart()->zoomIn(QRectF(at.x() - (at.x() - plot.left()) * factor, at.y() - (at.y() - plot.top()) * factor,
                           plot.width() * factor, plot.height() * factor));
    m_owner->setZoomed(true);
    event->accept();
}

void TrainingChartView::keyPressEvent(QKeyEvent* event) {
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

void TrainingChartView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    for (QAction* action : m_owner->m_menuButton->menu()->actions())
        menu.addAction(action);
    menu.exec(event->globalPos());
}

void TrainingChartView::leaveEvent(QEvent* event) {
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace bertlab::widgets
