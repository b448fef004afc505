#include "input_file_list.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>

namespace bertlab::widgets {

InputFileListModel::InputFileListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int InputFileListModel::indexOf(const QString& path) const {
    for (std::size_t i = 0; i < m_files.size(); ++i) {
        if (m_files[i].path == path)
            return int(i);
    }
    return -1;
}

void InputFileListModel::append(const InputFile& file) {
    const int row = count();
    beginInsertRows({}, row, row);
    m_files.push_back(file);
    endInsertRows();
}

void InputFileListModel::remove(int row) {
    if (row < 0 || row >= count())
        return;
    beginRemoveRows({}, row, row);
    m_files.erase(m_files.begin() + row);
    endRemoveRows();
}

void InputFileListModel::setFile(int row, const InputFile& file) {
    if (row < 0 || row >= count())
        return;
    m_files[std::size_t(row)] = file;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void InputFileListModel::setStatus(int row, const QString& status, bool failed) {
    if (row < 0 || row >= count())
        return;
    InputFile& file = m_files[std::size_t(row)];
    file.status = status;
    file.failed = failed;
    Q_EMIT dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

QString InputFileListModel::describeSource(const InputFile& file) {
    using Kind = core::TextSourceOptions::Kind;
    const core::TextSourceOptions& source = file.source;
    if (source.kind == Kind::Lines)
        return tr("Text lines");
    const QString format = source.kind == Kind::Csv ? tr("CSV") : tr("TSV");
    const auto name = [&](int column) {
        return column < file.header.size() ? file.header[column] : tr("column %1").arg(column + 1);
    };
    if (source.secondColumn >= 0)
        return tr("%1: “%2” + “%3”").arg(format, name(source.textColumn), name(source.secondColumn));
    return tr("%1: “%2”").arg(format, name(source.textColumn));
}

int InputFileListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : count();
}

int InputFileListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InputFileListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InputFile& file = m_files[std::size_t(index.row())];
    switch (index.column()) {
    case FileColumn:
        if (role == Qt::DisplayRole)
            return QFileInfo(file.path).fileName();
        if (role == Qt::ToolTipRole)
            return QDir::toNativeSeparators(file.path);
        break;
    case ReadAsColumn:
        if (role == Qt::DisplayRole)
            return describeSource(file);
        if (role == Qt::ToolTipRole)
            return tr("How the file is read; change it below the list");
        break;
    case OutputColumn:
        if (role == Qt::DisplayRole)
            return QFileInfo(file.outputPath).fileName();
        if (role == Qt::FontRole && file.outputExists) {
            QFont font; // italic: a file of that name is there and will be replaced
            font.setItalic(true);
            return font;
        }
        if (role == Qt::ToolTipRole)
            return file.outputExists
                       ? tr("%1\nA file of this name exists and will be replaced when the run finishes")
                             .arg(QDir::toNativeSeparators(file.outputPath))
                       : QDir::toNativeSeparators(file.outputPath);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return file.status;
        if (role == Qt::FontRole && file.failed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant InputFileListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case ReadAsColumn:
        return tr("Read as");
    case OutputColumn:
        return tr("Output");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace bertlab::widgets
