#pragma once

#include "core/hub/download.h"

#include <QAbstractTableModel>

namespace bertlab::widgets {

// One download as the list shows it. `key` identifies it (the page uses the destination file).
struct DownloadRow {
    QString key;
    QString name;
    core::DownloadProgress progress;
    core::DownloadState state = core::DownloadState::Queued;
    QString detail;      // error message, or what happens after the transfer ("unpacking…", "installed")
    bool import = false; // a folder or archive from this computer: nothing is downloaded
};

// The download list: name, progress, speed, ETA, state. Rows are added and updated by key.
class DownloadListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadListModel)
public:
    enum Column { Name, Progress, Speed, Eta, State, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString
        PercentRole,                // int 0-100, -1 when the total is unknown
        StateRole,                  // int: core::DownloadState
    };

    explicit DownloadListModel(QObject* parent = nullptr);

    // Adds the row, or replaces the row with the same key.
    void upsert(const DownloadRow& row);
    void setProgress(const QString& key, const core::DownloadProgress& progress);
    void setState(const QString& key, core::DownloadState state, const QString& detail = {});
    void setDetail(const QString& key, const QString& detail);
    void remove(const QString& key);
    int rowOf(const QString& key) const;
    const DownloadRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(core::DownloadState state);

private:
    void changed(int row);
    QList<DownloadRow> m_rows;
};

} // namespace bertlab::widgets
