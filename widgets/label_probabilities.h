#pragma once

#include <QAbstractListModel>
#include <QStringList>

#include <vector>

namespace bertlab::widgets {

// A classifier's label probabilities as a list model, most probable first, with the roles CandidateList
// draws (TokenRole: the label, ProbabilityRole), so the Classify page shows them as the same bars as Predict.
class LabelProbabilityModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabelProbabilityModel)
public:
    explicit LabelProbabilityModel(QObject* parent = nullptr);

    // probabilities[i] belongs to labels[i]; a missing label name is shown as LABEL_i.
    void setProbabilities(const QStringList& labels, const std::vector<float>& probabilities);
    void clear() { setProbabilities({}, {}); }

    QString label(int row) const;
    double probability(int row) const;
    int labelIndex(int row) const; // the label's place in the model's label order

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row {
        QString label;
        int index = 0;
        double probability = 0.0;
    };
    std::vector<Row> m_rows;
};

} // namespace bertlab::widgets
