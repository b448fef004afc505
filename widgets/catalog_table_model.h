#pragma once

#include "core/hub/catalog.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

#include <limits>

namespace bertlab::widgets {

// The downloadable models (built-in and user entries), one row each, with whether each is installed.
class CatalogTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogTableModel)
public:
    enum Column { Name, Language, Cased, Shape, Size, Licence, Installed, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // QString: the entry's id
        LanguageRole,              // QString: "en", "zh", "multilingual" or empty
        HiddenRole,                // int: hidden size, 0 when unknown
        InstalledRole,             // bool
        UserEntryRole,             // bool: added by the user (and removable)
    };

    explicit CatalogTableModel(QObject* parent = nullptr);

    void setEntries(const QList<core::CatalogEntry>& entries);
    // Target names (model ids) present in the store.
    void setInstalled(const QSet<QString>& ids);
    const core::CatalogEntry* entryAt(int row) const;
    int rowOf(const QString& id) const;
    // The languages of the entries, sorted (for a filter combo).
    QStringList languages() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString languageName(const QString& code);

private:
    QList<core::CatalogEntry> m_entries;
    QSet<QString> m_installed;
};

// Text order as people count: digit runs compare by value ("L-2" < "L-10"), letters case-insensitively.
int naturalCompare(QStringView a, QStringView b);

// Filters a CatalogTableModel by text (name or id), language and hidden-size range; sorts names naturally.
class CatalogFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogFilterModel)
public:
    explicit CatalogFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setLanguage(const QString& code); // empty: any
    // Hidden size in [minimum, maximum]; entries of unknown size pass only when minimum is 0.
    void setHiddenRange(int minimum, int maximum);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override; // names naturally

private:
    QString m_text;
    QString m_language;
    int m_minHidden = 0;
    int m_maxHidden = std::numeric_limits<int>::max();
};

} // namespace bertlab::widgets
