#pragma once

#include <QChartView>

#include <optional>

namespace bertlab::widgets {

class TrainingChart;

// The plot of a TrainingChart: rubber-band, wheel and keyboard zoom, panning (Shift or middle button
// drag, arrow keys), the hover readout and the chart's menu on a right click. It changes the view only;
// what the chart shows stays in TrainingChart.
class TrainingChartView final : public QChartView {
public:
    TrainingChartView(QChart* chart, TrainingChart* owner);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    TrainingChart* m_owner;
    QPointF m_panFrom;
    std::optional<QPointF> m_pressedAt;
    bool m_panning = false;
};

} // namespace bertlab::widgets
