#pragma once

#include "core/train/trainer.h"

#include <QAbstractListModel>
#include <QListView>

#include <vector>

namespace bertlab::widgets {

// The probe sentences of a training run and the model's current top guesses for each [MASK], one row per
// sentence, as a list model (updated with each probe report).
class ProbeListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeListModel)
public:
    enum Role {
        SentenceRole = Qt::UserRole + 1, // QString: the sentence as typed, with its [MASK]s
        GuessesRole,                     // QVariantList of QStringList: per [MASK], top guesses, best first
        BestRole,                        // QStringList: the best guess per [MASK]
        ChangedRole,                     // bool: a best guess differs from the previous report's
    };

    explicit ProbeListModel(QObject* parent = nullptr);

    // New sentences, no guesses yet.
    void setSentences(const QStringList& sentences);
    QStringList sentences() const;
    // A probe report at `step`: rows are matched by sentence (new sentences are appended).
    void setPredictions(const std::vector<core::ProbePrediction>& predictions, qint64 step);
    qint64 step() const { return m_step; } // of the last report; -1 before the first
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "The capital of France is [paris]." — the sentence with each [MASK] replaced by its best guess.
    static QString filledSentence(const QString& sentence, const std::vector<QStringList>& guesses);

private:
    struct Row {
        QString sentence;
        std::vector<QStringList> guesses;
        bool changed = false;
    };
    std::vector<Row> m_rows;
    qint64 m_step = -1;
};

// Draws each probe as its sentence with the best guesses set into the [MASK] slots (highlighted, marked
// when they just changed), and below it the top guesses per mask.
class ProbeList final : public QListView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProbeList)
public:
    explicit ProbeList(QWidget* parent = nullptr);

    // Drawn while the list is empty.
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_placeholder;
};

} // namespace bertlab::widgets
