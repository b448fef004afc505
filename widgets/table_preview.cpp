#include "table_preview.h"

#include <QEvent>
#include <QFont>
#include <QHeaderView>

#include <algorithm>

namespace bertlab::widgets {

namespace {
constexpr int kMaxCellChars = 200; // a preview cell shows the start of a long text
} // namespace

TablePreviewModel::TablePreviewModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TablePreviewModel::resetData(const QStringList& header, std::vector<Row> rows) {
    beginResetModel();
    m_header = header;
    m_rows = std::move(rows);
    endResetModel();
}

void TablePreviewModel::setMarkedColumns(int text, int second) {
    if (text == m_text && second == m_second)
        return;
    m_text = text;
    m_second = second;
    if (columnCount() > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                               {Qt::BackgroundRole, Qt::FontRole});
    }
}

void TablePreviewModel::setMarkColor(const QColor& color) {
    if (color == m_mark)
        return;
    m_mark = color;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::BackgroundRole});
}

int TablePreviewModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TablePreviewModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant TablePreviewModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    const bool marked = column == m_text || column == m_second;
    if (!row.problem.isEmpty()) {
        // A skipped record: its reason across the row (the view spans it).
        switch (role) {
        case Qt::DisplayRole:
            return column == 0 ? tr("Line %1 will be skipped: %2").arg(row.line).arg(row.problem)
                               : QVariant();
        case Qt::ToolTipRole:
            return tr("Line %1 will be skipped: %2").arg(row.line).arg(row.problem);
        case Qt::FontRole: {
            QFont font;
            font.setItalic(true);
            return font;
        }
        default:
            return {};
        }
    }
    const QString cell = row.cells.value(column);
    switch (role) {
    case Qt::DisplayRole: {
        QString shown =
            cell.size() > kMaxCellChars ? QString(cell.left(kMaxCellChars) + QStringLiteral("…")) : cell;
        shown.replace(u'\n', u' '); // one line per row
        return shown;
    }
    case Qt::ToolTipRole:
        return cell.size() > kMaxCellChars ? cell.left(kMaxCellChars * 5) : cell;
    case Qt::BackgroundRole:
        return marked && m_mark.isValid() ? QVariant(m_mark) : QVariant();
    default:
        return {};
    }
}

QVariant TablePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const QString& name = m_header[section];
        if (role == Qt::DisplayRole) {
            if (section == m_text)
                return tr("%1 (text)").arg(name);
            if (section == m_second)
                return tr("%1 (second text)").arg(name);
            return name;
        }
        if (role == Qt::ToolTipRole) {
            if (section == m_text)
                return tr("Column \"%1\" is embedded as the text").arg(name);
            if (section == m_second)
                return tr("Column \"%1\" is embedded as the second text of a sentence pair").arg(name);
            return tr("Column \"%1\" is not read").arg(name);
        }
        if (role == Qt::FontRole && (section == m_text || section == m_second)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const Row& row = m_rows[std::size_t(section)];
    // The file's line number, counted from 1 as editors and the skip notes count; the output's own index
    // (from 0, as keras-bert numbers texts) is in the tooltip.
    if (role == Qt::DisplayRole)
        return row.line;
    if (role == Qt::ToolTipRole)
        return row.problem.isEmpty()
                   ? tr("Line %1 of the file; its texts are row %2 of the output (the first text is row 0)")
                         .arg(row.line)
                         .arg(row.index)
                   : tr("Line %1 of the file is skipped: no row in the output").arg(row.line);
    return {};
}

TablePreview::TablePreview(QWidget* parent)
    : QTableView(parent) {
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setAlternatingRowColors(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void TablePreview::setPreviewModel(TablePreviewModel* model) {
    m_model = model;
    setModel(model);
    updateMarkColor();
    // Skipped records read across the row; columns start at a width that fits a few words.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        clearSpans();
        const int columns = m_model->columnCount();
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (!m_model->row(r).problem.isEmpty() && columns > 1)
                setSpan(r, 0, 1, columns);
        }
        const int wide = fontMetrics().horizontalAdvance(u'M') * 24;
        for (int c = 0; c < columns; ++c) {
            resizeColumnToContents(c);
            setColumnWidth(c, std::min(columnWidth(c), wide));
        }
    });
}

void TablePreview::changeEvent(QEvent* event) {
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateMarkColor();
}

void TablePreview::updateMarkColor() {
    if (!m_model)
        return;
    // A light wash of the highlight colour over the base: readable text in light and dark palettes.
    const QColor base = palette().color(QPalette::Base);
    const QColor highlight = palette().color(QPalette::Highlight);
    const auto mix = [](int a, int b) { return (a * 3 + b) / 4; };
    m_model->setMarkColor(QColor(mix(base.red(), highlight.red()), mix(base.green(), highlight.green()),
                                 mix(base.blue(), highlight.blue())));
}

} // namespace bertlab::widgets
