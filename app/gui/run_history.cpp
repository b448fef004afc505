#include "run_history.h"

#include "widgets/training_chart.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace bertlab::app {

namespace {

// Drawn for the current run only: an earlier run's smoothed loss would double its training loss line.
bool keptForComparison(const QString& series) {
    return series != QLatin1String("loss_smoothed");
}

} // namespace

RunHistory::RunHistory(QList<widgets::TrainingChart*> charts, QWidget* parent)
    : QWidget(parent)
    , m_charts(std::move(charts))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove Run"), this)) {
    m_list->setToolTip(tr("Earlier runs of this session, newest first: tick one to draw its curves dashed "
                          "beside the current run's"));
    connect(m_list, &QListWidget::itemChanged, this, &RunHistory::itemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Each new run keeps the one before it here. Tick a run to compare its curves with the "
                       "current run's (dashed, same colour per metric)."));
    m_remove->setToolTip(tr("Forget the selected run's curves (Delete); its folder stays on disk"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRun(m_list->currentRow()); });

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addLayout(row, 1);
    rebuildList();
}

QString RunHistory::overlayKey(int number, const QString& series) {
    return QStringLiteral("run%1/%2").arg(number).arg(series);
}

bool RunHistory::isOverlay(const QString& series) const {
    // Metric names have no '/', so only the keys made by overlayKey() do.
    return series.startsWith(QLatin1String("run")) && series.contains(u'/');
}

void RunHistory::keepCurrentRun(int number, const QString& title, const QString& details) {
    Run run;
    run.number = number;
    run.title = title;
    run.details = details;
    bool any = false;
    for (widgets::TrainingChart* chart : std::as_const(m_charts)) {
        std::vector<widgets::ChartSeries> curves;
        for (const QString& name : chart->seriesNames()) {
            if (isOverlay(name) || !keptForComparison(name) || chart->pointCount(name) == 0)
                continue;
            curves.push_back({name, chart->points(name), chart->seriesLabel(name)});
            any = true;
        }
        run.curves.push_back(std::move(curves));
    }
    if (!any)
        return;
    m_runs.insert(m_runs.begin(), std::move(run));
    if (int(m_runs.size()) > kMaxRuns)
        m_runs.pop_back();
    rebuildList();
    Q_EMIT runsChanged();
}

void RunHistory::applyOverlays() {
    for (int c = 0; c < m_charts.size(); ++c) {
        widgets::TrainingChart* chart = m_charts[c];
        std::vector<widgets::ChartSeries> all;
        for (const QString& name : chart->seriesNames()) {
            if (!isOverlay(name))
                all.push_back({name, chart->points(name), chart->seriesLabel(name)});
        }
        const std::size_t current = all.size();
        for (const Run& run : m_runs) {
            if (!run.shown || c >= int(run.curves.size()))
                continue;
            for (const widgets::ChartSeries& s : run.curves[std::size_t(c)]) {
                const QString key = overlayKey(run.number, s.name);
                chart->setSeriesStyle(key, s.name, true);
                all.push_back({key, s.points, tr("run %1: %2").arg(run.number).arg(s.shownLabel())});
            }
        }
        // Nothing to redraw when no overlay comes or goes (a live run's points stay as they are).
        const QStringList before = chart->seriesNames();
        QStringList after;
        for (const widgets::ChartSeries& s : all)
            after << s.name;
        if (before == after && all.size() == current)
            continue;
        chart->resetData(all);
    }
}

int RunHistory::runNumber(int index) const {
    return index >= 0 && index < runCount() ? m_runs[std::size_t(index)].number : 0;
}

QString RunHistory::runTitle(int index) const {
    return index >= 0 && index < runCount() ? m_runs[std::size_t(index)].title : QString();
}

bool RunHistory::isShown(int index) const {
    return index >= 0 && index < runCount() && m_runs[std::size_t(index)].shown;
}

void RunHistory::setShown(int index, bool shown) {
    if (index < 0 || index >= runCount() || m_runs[std::size_t(index)].shown == shown)
        return;
    m_runs[std::size_t(index)].shown = shown;
    rebuildList();
    applyOverlays();
    Q_EMIT runsChanged();
}

void RunHistory::removeRun(int index) {
    if (index < 0 || index >= runCount())
        return;
    m_runs.erase(m_runs.begin() + index);
    rebuildList();
    applyOverlays();
    Q_EMIT runsChanged();
}

void RunHistory::rebuildList() {
    m_rebuilding = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Run& run : m_runs) {
        auto* item = new QListWidgetItem(run.title, m_list);
        item->setToolTip(run.details);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(run.shown ? Qt::Checked : Qt::Unchecked);
    }
    if (m_runs.empty())
        (new QListWidgetItem(tr("No earlier run yet"), m_list))->setFlags(Qt::NoItemFlags);
    else
        m_list->setCurrentRow(std::min(row, runCount() - 1));
    m_remove->setEnabled(!m_runs.empty() && m_list->currentRow() >= 0);
    m_rebuilding = false;
}

void RunHistory::itemChanged(QListWidgetItem* item) {
    if (m_rebuilding || m_runs.empty())
        return;
    setShown(m_list->row(item), item->checkState() == Qt::Checked);
}

void RunHistory::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Delete && m_list->currentRow() >= 0 && !m_runs.empty()) {
        removeRun(m_list->currentRow());
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace bertlab::app
