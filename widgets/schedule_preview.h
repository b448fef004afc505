#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

#include <cstdint>

namespace bertlab::widgets {

// A small drawing of a learning-rate schedule (learning rate against the step) with the warm-up part
// shaded, so the effect of warm-up, decay and the minimum rate is seen while the numbers are typed. It
// draws the samples it is given; the page computes them from the optimizer.
class SchedulePreview final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchedulePreview)
public:
    explicit SchedulePreview(QWidget* parent = nullptr);

    // points: (step, learning rate), increasing steps. warmupSteps/totalSteps label the axis; a note (e.g.
    // "steps estimated") is drawn in a corner.
    void setSchedule(QList<QPointF> points, std::int64_t warmupSteps, std::int64_t totalSteps,
                     const QString& note = {});
    void clear() { setSchedule({}, 0, 0); }
    const QList<QPointF>& points() const { return m_points; }
    std::int64_t warmupSteps() const { return m_warmup; }
    std::int64_t totalSteps() const { return m_total; }
    // The learning rate drawn at `step` (linear between samples), 0 outside.
    double rateAt(double step) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRectF plotRect() const;

    QList<QPointF> m_points;
    std::int64_t m_warmup = 0;
    std::int64_t m_total = 0;
    double m_maxRate = 0;
    QString m_note;
    double m_hoverStep = -1;
};

} // namespace bertlab::widgets
