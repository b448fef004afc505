#include "chart_series_store.h"

#include "core/display_format.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace bertlab::widgets {

namespace {
QString number(double v) {
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}
} // namespace

int ChartSeriesStore::add(const QString& name, const QString& label) {
    if (const int i = indexOf(name); i >= 0) {
        if (!label.isEmpty())
            m_series[std::size_t(i)].label = label;
        return i;
    }
    m_series.push_back({name, {}, label});
    return size() - 1;
}

int ChartSeriesStore::indexOf(const QString& name) const {
    for (int i = 0; i < size(); ++i)
        if (m_series[std::size_t(i)].name == name)
            return i;
    return -1;
}

void ChartSeriesStore::include(const QPointF& p) {
    Bounds& b = m_bounds;
    if (!b.any) {
        b.minX = b.maxX = p.x();
        b.minY = b.maxY = p.y();
        b.minPositiveY = p.y() > 0 ? p.y() : 0;
        b.any = true;
        return;
    }
    b.minX = std::min(b.minX, p.x());
    b.maxX = std::max(b.maxX, p.x());
    b.minY = std::min(b.minY, p.y());
    b.maxY = std::max(b.maxY, p.y());
    if (p.y() > 0 && (b.minPositiveY <= 0 || p.y() < b.minPositiveY))
        b.minPositiveY = p.y();
}

bool ChartSeriesStore::append(int index, double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y) || index < 0 || index >= size())
        return false;
    m_series[std::size_t(index)].points.append(QPointF(x, y));
    include(QPointF(x, y));
    return true;
}

void ChartSeriesStore::reset(const std::vector<ChartSeries>& series) {
    m_series.clear();
    m_bounds = {};
    for (const ChartSeries& s : series) {
        const int i = add(s.name, s.label);
        for (const QPointF& p : s.points)
            append(i, p.x(), p.y());
    }
}

void ChartSeriesStore::clear() {
    for (ChartSeries& s : m_series)
        s.points.clear();
    m_bounds = {};
}

QStringList ChartSeriesStore::names() const {
    QStringList out;
    for (const ChartSeries& s : m_series)
        out << s.name;
    return out;
}

QString ChartSeriesStore::toCsv() const {
    const std::size_t n = m_series.size();
    std::map<double, std::vector<double>> table;
    const double missing = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t i = 0; i < n; ++i) {
        for (const QPointF& p : m_series[i].points) {
            auto& row = table[p.x()];
            if (row.empty())
                row.assign(n, missing);
            row[i] = p.y();
        }
    }
    QString csv = QStringLiteral("step");
    for (const ChartSeries& s : m_series)
        csv += u',' + QString::fromUtf8(core::csvField(s.name));
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

QStringList ChartSeriesStore::valuesAt(double x) const {
    QStringList lines;
    for (const ChartSeries& s : m_series) {
        const QList<QPointF>& data = s.points;
        if (data.isEmpty())
            continue;
        auto it = std::lower_bound(data.begin(), data.end(), x,
                                   [](const QPointF& p, double v) { return p.x() < v; });
        if (it == data.end())
            --it;
        else if (it != data.begin() && std::abs((it - 1)->x() - x) <= std::abs(it->x() - x))
            --it;
        lines << QCoreApplication::translate("bertlab::widgets::TrainingChart", "%1: %2 (step %3)")
                     .arg(s.shownLabel(), QString::number(it->y(), 'g', 4), number(it->x()));
    }
    return lines;
}

} // namespace bertlab::widgets
