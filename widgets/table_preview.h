#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QTableView>

#include <vector>

namespace bertlab::widgets {

// The first rows of a text table (an input file before an extraction), with the columns that will be read
// marked. Rows that will be skipped (not valid UTF-8, too long) stay in place with their reason, so the
// preview shows what the run will do.
class TablePreviewModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePreviewModel)
public:
    struct Row {
        qint64 index = -1; // the row's index in the output (-1: a skipped record)
        qint64 line = 0;   // the 1-based line of the file where the record starts
        QStringList cells; // one per column (fewer when the record is short)
        QString problem;   // non-empty: why the record will be skipped
    };

    explicit TablePreviewModel(QObject* parent = nullptr);

    void resetData(const QStringList& header, std::vector<Row> rows);
    void clear() { resetData({}, {}); }
    // The columns read as the text (A) and the pair's second text (B); -1 for none.
    void setMarkedColumns(int text, int second);
    int textColumn() const { return m_text; }
    int secondColumn() const { return m_second; }
    // Background of the marked columns (the view derives it from its palette).
    void setMarkColor(const QColor& color);

    const QStringList& header() const { return m_header; }
    const Row& row(int row) const { return m_rows[std::size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    std::vector<Row> m_rows;
    int m_text = -1;
    int m_second = -1;
    QColor m_mark;
};

// A compact read-only table over a TablePreviewModel: long cells elided, the marked columns tinted.
class TablePreview final : public QTableView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePreview)
public:
    explicit TablePreview(QWidget* parent = nullptr);
    void setPreviewModel(TablePreviewModel* model);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateMarkColor();
    TablePreviewModel* m_model = nullptr;
};

} // namespace bertlab::widgets
