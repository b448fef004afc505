#include "widgets/label_probabilities.h"

#include "widgets/candidate_list.h"

#include <algorithm>

namespace bertlab::widgets {

LabelProbabilityModel::LabelProbabilityModel(QObject* parent)
    : QAbstractListModel(parent) {}

void LabelProbabilityModel::setProbabilities(const QStringList& labels,
                                             const std::vector<float>& probabilities) {
    beginResetModel();
    m_rows.clear();
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        const QString name = labels.value(int(i));
        m_rows.push_back(
            {name.isEmpty() ? QStringLiteral("LABEL_%1").arg(i) : name, int(i), double(probabilities[i])});
    }
    // Most probable first; equals keep the model's order.
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row& a, const Row& b) { return a.probability > b.probability; });
    endResetModel();
}

QString LabelProbabilityModel::label(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].label : QString();
}

double LabelProbabilityModel::probability(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].probability : 0.0;
}

int LabelProbabilityModel::labelIndex(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].index : -1;
}

int LabelProbabilityModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LabelProbabilityModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case CandidateListModel::TokenRole:
        return row.label;
    case CandidateListModel::ProbabilityRole:
        return row.probability;
    case Qt::DisplayRole:
        return tr("%1, %2").arg(row.label, CandidateListModel::percentText(row.probability));
    case Qt::ToolTipRole:
        return tr("Label %1 (number %2 of the model's labels): %3")
            .arg(row.label)
            .arg(row.index)
            .arg(CandidateListModel::percentText(row.probability));
    default:
        return {};
    }
}

Qt::ItemFlags LabelProbabilityModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace bertlab::widgets
