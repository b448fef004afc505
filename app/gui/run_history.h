#pragma once

#include "widgets/chart_series_store.h"

#include <QList>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace bertlab::widgets {
class TrainingChart;
}

namespace bertlab::app {

// The Train page's earlier runs of this session, as TensorBoard keeps them: when a run begins, the curves of
// the one before it are kept here (with a title and its settings), and a ticked run is drawn on every chart
// beside the current one — dashed, in the colour of the same metric, "run 2: training" in the legend. The
// list (the page's Runs tab) ticks, removes (Delete) and describes them (tooltips: the run's settings).
class RunHistory final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistory)
public:
    static constexpr int kMaxRuns = 10; // older ones are dropped

    RunHistory(QList<widgets::TrainingChart*> charts, QWidget* parent = nullptr);

    // The charts' current curves become run `number`, shown in the list as `title` with `details` as its
    // tooltip; nothing is kept when the charts have no point. Call before the charts are cleared for a new
    // run.
    void keepCurrentRun(int number, const QString& title, const QString& details);
    // Draws the ticked runs beside the charts' current series (call after the page declared them).
    void applyOverlays();

    int runCount() const { return int(m_runs.size()); }
    int runNumber(int index) const; // index 0: the newest
    QString runTitle(int index) const;
    bool isShown(int index) const;
    void setShown(int index, bool shown);
    void removeRun(int index);

    // The key an earlier run's series has on a chart: "run2/loss".
    static QString overlayKey(int number, const QString& series);

Q_SIGNALS:
    void runsChanged();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Run {
        int number = 0;
        QString title, details;
        std::vector<std::vector<widgets::ChartSeries>> curves; // per chart, in the charts' order
        bool shown = false;
    };

    void rebuildList();
    void itemChanged(QListWidgetItem* item);
    bool isOverlay(const QString& series) const;

    QList<widgets::TrainingChart*> m_charts;
    std::vector<Run> m_runs; // newest first
    QListWidget* m_list;
    QLabel* m_hint;
    QPushButton* m_remove;
    bool m_rebuilding = false;
};

} // namespace bertlab::app
