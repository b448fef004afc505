#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <vector>

namespace bertlab::widgets {

// One line of a chart: (step, value) points in increasing step order. `name` is its stable key (e.g.
// "val_loss": what addPoint() and the CSV header use); `label` what the legend and the hover text show (the
// key when empty).
struct ChartSeries {
    QString name;
    QList<QPointF> points;
    QString label = {};

    QString shownLabel() const { return label.isEmpty() ? name : label; }
};

// The data behind a TrainingChart, apart from any drawing: named series of finite points, the bounds of all
// of them, their CSV and the values nearest a step. The chart keeps what it draws in step with it.
class ChartSeriesStore final {
public:
    struct Bounds {
        bool any = false; // no point yet: the rest is meaningless
        double minX = 0, maxX = 0, minY = 0, maxY = 0;
        double minPositiveY = 0; // the smallest value above zero (0 when none), for a log axis
    };

    // The series' index, added at the end when new; a non-empty label replaces the one it had.
    int add(const QString& name, const QString& label = {});
    int indexOf(const QString& name) const;
    // Appends to series `index`; false (nothing stored) for a point that is not finite.
    bool append(int index, double x, double y);
    void reset(const std::vector<ChartSeries>& series); // non-finite points are left out
    void clear();                                       // every point goes, the series stay

    int size() const { return int(m_series.size()); }
    const ChartSeries& at(int index) const { return m_series[std::size_t(index)]; }
    QStringList names() const;
    const Bounds& bounds() const { return m_bounds; }

    // "step,<keys…>" then one row per step that any series has; a series without a value there leaves its
    // cell empty. Numbers in C locale, full precision.
    QString toCsv() const;
    // "<label>: <value> (step <x>)" for every non-empty series, its point nearest step x (the earlier on a
    // tie).
    QStringList valuesAt(double x) const;

private:
    void include(const QPointF& p);

    std::vector<ChartSeries> m_series;
    Bounds m_bounds;
};

} // namespace bertlab::widgets
