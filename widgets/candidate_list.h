#pragma once

#include "core/tasks/fill_mask.h"

#include <QAbstractListModel>
#include <QListView>

#include <vector>

namespace bertlab::widgets {

// The candidates the model proposes for one [MASK], most probable first, as a flat list model.
class CandidateListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateListModel)
public:
    enum Role {
        TokenRole = Qt::UserRole + 1, // QString: the vocabulary token ("##s" for a continuation piece)
        IdRole,                       // int: its vocabulary id
        ProbabilityRole,              // double: its probability in [0, 1]
    };

    explicit CandidateListModel(QObject* parent = nullptr);

    void setCandidates(std::vector<core::MaskCandidate> candidates);
    const std::vector<core::MaskCandidate>& candidates() const { return m_candidates; }
    void clear() { setCandidates({}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "37.2 %": the probability as the list shows it (more digits for very small values).
    static QString percentText(double probability);

private:
    std::vector<core::MaskCandidate> m_candidates;
};

// Draws each candidate as its token, a horizontal bar proportional to its probability and the percentage.
// Clicking a row or pressing Enter on it emits candidateActivated. Sized to show every row without scrolling,
// so several lists can stack in one scroll area.
class CandidateList final : public QListView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateList)
public:
    explicit CandidateList(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void candidateActivated(int row);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rowsChanged();

    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace bertlab::widgets
