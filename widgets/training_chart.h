#pragma once

#include "chart_series_store.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <vector>

class QChart;
class QLabel;
class QLineSeries;
class QAbstractAxis;
class QToolButton;
class QValueAxis;

namespace bertlab::widgets {

class TrainingChartView;

// A small live line chart of training metrics against the step (QtCharts): named series that grow point by
// point while a run goes (axes follow the data), or are replaced whole. A header row carries the title, a
// log-scale toggle, reset zoom and a menu whose export entries only ask (exportCsvRequested /
// exportImageRequested): the chart hands out its CSV text and image, the page writes the files.
// Zoom: drag a rectangle, the wheel, or +/-; pan: drag with Shift or the middle button, or the arrow keys;
// reset: the header button, 0 or a right click. Hovering shows every series' value at that step.
class TrainingChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingChart)
public:
    explicit TrainingChart(QWidget* parent = nullptr);
    ~TrainingChart() override;

    void setTitle(const QString& title);
    QString title() const;
    void setValueTitle(const QString& title); // the y axis' meaning (the x axis is always the step)
    void setEmptyText(const QString& text);   // shown while there is no point
    // Declares a series up front, so it has its colour and legend entry before its first point. `name` is
    // the stable key; `label` (translated) what the legend shows, the key when empty.
    void addSeries(const QString& name, const QString& label = {});
    QString seriesLabel(const QString& name) const;
    // How series `name` is drawn from now on: in the colour of series `colourOf` (its own when empty or
    // unknown), dashed and thinner when `dashed` — for an earlier run's curves beside the current ones.
    // Takes effect when the series is (re)created, e.g. by resetData().
    void setSeriesStyle(const QString& name, const QString& colourOf, bool dashed);
    bool isSeriesDashed(const QString& name) const;

    // Appends one point (a new name starts a new series). Cheap: meant to be called for every step.
    void addPoint(const QString& series, double x, double y);
    // Replaces every series with these (whole datasets, e.g. a finished run's metrics).
    void resetData(const std::vector<ChartSeries>& series);
    void clear(); // drops every point, keeps the series names

    QStringList seriesNames() const;
    QList<QPointF> points(const QString& series) const; // every point, also those not drawn
    int pointCount(const QString& series) const;
    int displayedPointCount(const QString& series) const; // after thinning long series for drawing

    void setLogScale(bool on); // values <= 0 are left out while on
    bool logScale() const { return m_logScale; }
    // Whether the value axis can be logarithmic at all (off for values that may be <= 0, e.g. a loss that
    // is not; on by default).
    void setLogScaleAllowed(bool allowed);

    bool isZoomed() const { return m_zoomed; }
    void zoomIn(double factor = 2.0);
    void resetZoom();
    // The visible ranges (for tests and tooltips).
    QPointF xRange() const;
    QPointF yRange() const;

    // "step,<series keys…>" then one row per step that any series has; a series without a value there
    // leaves its cell empty. Numbers in C locale, full precision.
    QString toCsv() const;
    // The chart as drawn (without the header row), at scale × its size (or 640×400 when never laid out).
    QImage toImage(qreal scale = 2.0) const;
    // The text the hover tooltip shows for step x (the nearest point of each series).
    QString valuesAt(double x) const;

Q_SIGNALS:
    void logScaleChanged(bool on);
    void exportCsvRequested();
    void exportImageRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class TrainingChartView;
    struct Line;

    int line(const QString& name, const QString& label = {}); // its index, in m_store and m_lines
    void rebuildDisplay(int index);
    void attachYAxis();
    void updateRanges();
    static void setRangeWithTicks(QValueAxis* axis, double from, double to);
    void applyPalette();
    void setZoomed(bool zoomed);
    void hoverAt(const QPoint& viewPos, const QPoint& globalPos);

    QLabel* m_title;
    QLabel* m_empty;
    QToolButton* m_logButton;
    QToolButton* m_resetButton;
    QToolButton* m_menuButton;
    QChart* m_chart;
    TrainingChartView* m_view;
    QAbstractAxis* m_xAxis;
    QAbstractAxis* m_yAxis = nullptr;
    QString m_valueTitle;
    ChartSeriesStore m_store;  // the data
    std::vector<Line> m_lines; // what is drawn of it, by the store's index
    struct Style {
        QString colourOf;
        bool dashed = false;
    };
    QHash<QString, Style> m_styles; // by series name
    bool m_logScale = false;
    bool m_zoomed = false;
};

} // namespace bertlab::widgets
