#include "installed_models_model.h"

#include "model_summary_view.h"

#include "core/display_format.h"

#include <QLocale>

namespace bertlab::widgets {

InstalledModelsModel::InstalledModelsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void InstalledModelsModel::setModels(const QList<core::InstalledModel>& models) {
    beginResetModel();
    m_models = models;
    endResetModel();
}

const core::InstalledModel* InstalledModelsModel::modelAt(int row) const {
    return row >= 0 && row < m_models.size() ? &m_models[row] : nullptr;
}

int InstalledModelsModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_models.size(); ++i)
        if (m_models[i].id == id)
            return i;
    return -1;
}

int InstalledModelsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_models.size());
}

int InstalledModelsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstalledModelsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::InstalledModel& m = m_models[index.row()];
    switch (role) {
    case IdRole:
        return m.id;
    case PathRole:
        return m.path;
    case BuiltInRole:
        return m.builtIn;
    case ValidRole:
        return m.valid;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return m.id;
        case Format:
            return m.valid ? ModelSummaryView::formatLabel(m.format) : QStringLiteral("–");
        case SizeOnDisk:
            return core::sizeText(m.sizeOnDisk);
        case Shape:
            return m.config.isEmpty() ? QStringLiteral("–")
                                      : tr("L-%1 H-%2 A-%3")
                                            .arg(m.config.value(u"layers").toInt())
                                            .arg(m.config.value(u"hidden").toInt())
                                            .arg(m.config.value(u"heads").toInt());
        case Status:
            return !m.valid ? tr("problem: %1").arg(m.problem) : m.builtIn ? tr("built in") : tr("ready");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return m.valid ? m.path : m.path + u'\n' + m.problem;
    case Qt::TextAlignmentRole:
        return index.column() == SizeOnDisk ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant InstalledModelsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Shape)
        return tr("Layers, hidden size and attention heads");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Model");
    case Format:
        return tr("Format");
    case SizeOnDisk:
        return tr("On disk");
    case Shape:
        return tr("Shape");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace bertlab::widgets
