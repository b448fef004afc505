#include "download_list_model.h"

#include "core/display_format.h"

#include <QLocale>

namespace bertlab::widgets {

DownloadListModel::DownloadListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DownloadListModel::upsert(const DownloadRow& row) {
    const int at = rowOf(row.key);
    if (at >= 0) {
        m_rows[at] = row;
        changed(at);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
}

void DownloadListModel::setProgress(const QString& key, const core::DownloadProgress& progress) {
    if (const int at = rowOf(key); at >= 0) {
        m_rows[at].progress = progress;
        changed(at);
    }
}

void DownloadListModel::setState(const QString& key, core::DownloadState state, const QString& detail) {
    if (const int at = rowOf(key); at >= 0) {
        m_rows[at].state = state;
        m_rows[at].detail = detail;
        changed(at);
    }
}

void DownloadListModel::setDetail(const QString& key, const QString& detail) {
    if (const int at = rowOf(key); at >= 0) {
        m_rows[at].detail = detail;
        changed(at);
    }
}

void DownloadListModel::remove(const QString& key) {
    if (const int at = rowOf(key); at >= 0) {
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        endRemoveRows();
    }
}

int DownloadListModel::rowOf(const QString& key) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return i;
    return -1;
}

const DownloadRow* DownloadListModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

void DownloadListModel::changed(int row) {
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DownloadListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DownloadListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString DownloadListModel::stateText(core::DownloadState state) {
    switch (state) {
    case core::DownloadState::Queued:
        return tr("queued");
    case core::DownloadState::Running:
        return tr("downloading");
    case core::DownloadState::Waiting:
        return tr("retrying soon");
    case core::DownloadState::Paused:
        return tr("paused");
    case core::DownloadState::Finished:
        return tr("downloaded");
    case core::DownloadState::Failed:
        return tr("failed");
    case core::DownloadState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QVariant DownloadListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DownloadRow& r = m_rows[index.row()];
    const core::DownloadProgress& p = r.progress;
    const int percent = p.total > 0 ? int(p.received * 100 / p.total) : -1;
    const bool moving = r.state == core::DownloadState::Running;
    switch (role) {
    case KeyRole:
        return r.key;
    case PercentRole:
        return percent;
    case StateRole:
        return int(r.state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Progress: {
            const QLocale locale;
            if (r.import) // its size; nothing was transferred
                return p.total >= 0 ? core::sizeText(p.total, 1, locale) : QStringLiteral("–");
            if (p.total > 0)
                return tr("%1 of %2 (%3%)")
                    .arg(core::sizeText(p.received, 1, locale), core::sizeText(p.total, 1, locale))
                    .arg(percent);
            return core::sizeText(p.received, 1, locale);
        }
        case Speed:
            return moving && p.bytesPerSecond > 0 ? tr("%1/s").arg(core::sizeText(qint64(p.bytesPerSecond)))
                                                  : QStringLiteral("–");
        case Eta:
            if (!moving || p.etaSeconds < 0)
                return QStringLiteral("–");
            return p.etaSeconds >= 3600
                       ? tr("%1 h %2 min").arg(p.etaSeconds / 3600).arg(p.etaSeconds / 60 % 60)
                   : p.etaSeconds >= 60 ? tr("%1 min %2 s").arg(p.etaSeconds / 60).arg(p.etaSeconds % 60)
                                        : tr("%1 s").arg(p.etaSeconds);
        case State:
            if (r.import && r.state == core::DownloadState::Finished) // "importing…", "installed as …"
                return r.detail.isEmpty() ? tr("imported") : r.detail;
            return r.detail.isEmpty() ? stateText(r.state)
                                      : stateText(r.state) + QStringLiteral(": ") + r.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return r.detail.isEmpty() ? r.key : r.detail;
    default:
        return {};
    }
}

QVariant DownloadListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Model");
    case Progress:
        return tr("Progress");
    case Speed:
        return tr("Speed");
    case Eta:
        return tr("Time left");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace bertlab::widgets
