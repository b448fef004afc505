#pragma once

#include "core/hub/model_store.h"

#include <QAbstractTableModel>

namespace bertlab::widgets {

// The models of the store (ModelStore::list()), one row each.
class InstalledModelsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InstalledModelsModel)
public:
    enum Column { Id, Format, SizeOnDisk, Shape, Status, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString
        PathRole,                  // QString: the model folder
        ValidRole,                 // bool
        BuiltInRole,               // bool: the demo model that ships with BertLab
    };

    explicit InstalledModelsModel(QObject* parent = nullptr);

    void setModels(const QList<core::InstalledModel>& models);
    const core::InstalledModel* modelAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::InstalledModel> m_models;
};

} // namespace bertlab::widgets
