#include "catalog_table_model.h"

#include "core/display_format.h"

#include <QLocale>

#include <algorithm>

namespace bertlab::widgets {

CatalogTableModel::CatalogTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CatalogTableModel::setEntries(const QList<core::CatalogEntry>& entries) {
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void CatalogTableModel::setInstalled(const QSet<QString>& ids) {
    m_installed = ids;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

const core::CatalogEntry* CatalogTableModel::entryAt(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int CatalogTableModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].id == id)
            return i;
    return -1;
}

QStringList CatalogTableModel::languages() const {
    QStringList out;
    for (const auto& e : m_entries)
        if (!e.language.isEmpty() && !out.contains(e.language))
            out << e.language;
    out.sort();
    return out;
}

int CatalogTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CatalogTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CatalogTableModel::languageName(const QString& code) {
    if (code == u"en")
        return tr("English");
    if (code == u"zh")
        return tr("Chinese");
    if (code == u"multilingual")
        return tr("Multilingual");
    return code;
}

QVariant CatalogTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CatalogEntry& e = m_entries[index.row()];
    const bool installed = m_installed.contains(e.targetName);
    switch (role) {
    case IdRole:
        return e.id;
    case LanguageRole:
        return e.language;
    case HiddenRole:
        return e.hidden;
    case InstalledRole:
        return installed;
    case UserEntryRole:
        return e.userEntry;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return e.displayName.isEmpty() ? e.id : e.displayName;
        case Language:
            return e.language.isEmpty() ? QStringLiteral("–") : languageName(e.language);
        case Cased:
            return e.userEntry ? QStringLiteral("–") : e.cased ? tr("cased") : tr("uncased");
        case Shape:
            return e.layers > 0 ? tr("L-%1 H-%2 A-%3").arg(e.layers).arg(e.hidden).arg(e.heads)
                                : QStringLiteral("–");
        case Size:
            return e.archiveSize ? core::sizeText(*e.archiveSize, 0) : QStringLiteral("–");
        case Licence:
            return e.licence.isEmpty() ? QStringLiteral("–") : e.licence;
        case Installed:
            return installed ? tr("installed") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QString tip = e.displayName + u'\n' + tr("Id: %1").arg(e.id);
        if (!e.urls.isEmpty())
            tip += u'\n' + tr("URL: %1").arg(e.urls.first());
        if (!e.notes.isEmpty())
            tip += u'\n' + e.notes;
        if (!e.licence.isEmpty())
            tip += u'\n' + tr("Licence: %1").arg(e.licence);
        if (e.userEntry)
            tip += u'\n' + tr("Your own entry");
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Shape)
        return tr("Layers, hidden size and attention heads");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Language:
        return tr("Language");
    case Cased:
        return tr("Case");
    case Shape:
        return tr("Shape");
    case Size:
        return tr("Download");
    case Licence:
        return tr("Licence");
    case Installed:
        return tr("Installed");
    default:
        return {};
    }
}

CatalogFilterModel::CatalogFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {}

int naturalCompare(QStringView a, QStringView b) {
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            // Whole numbers, by value: leading zeros skipped, then the longer run is larger.
            qsizetype i0 = i, j0 = j;
            while (i0 < a.size() && a[i0] == u'0')
                ++i0;
            while (j0 < b.size() && b[j0] == u'0')
                ++j0;
            qsizetype i1 = i0, j1 = j0;
            while (i1 < a.size() && a[i1].isDigit())
                ++i1;
            while (j1 < b.size() && b[j1].isDigit())
                ++j1;
            if (i1 - i0 != j1 - j0)
                return i1 - i0 < j1 - j0 ? -1 : 1;
            if (const int c = a.sliced(i0, i1 - i0).compare(b.sliced(j0, j1 - j0)); c != 0)
                return c;
            i = i1;
            j = j1;
            continue;
        }
        const QChar x = a[i].toCaseFolded(), y = b[j].toCaseFolded();
        if (x != y)
            return x < y ? -1 : 1;
        ++i;
        ++j;
    }
    return (a.size() - i > 0) - (b.size() - j > 0);
}

bool CatalogFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(sortRole()), b = right.data(sortRole());
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return naturalCompare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

void CatalogFilterModel::setText(const QString& text) {
    m_text = text.trimmed();
    invalidateFilter();
}

void CatalogFilterModel::setLanguage(const QString& code) {
    m_language = code;
    invalidateFilter();
}

void CatalogFilterModel::setHiddenRange(int minimum, int maximum) {
    m_minHidden = minimum;
    m_maxHidden = maximum;
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex name = sourceModel()->index(sourceRow, CatalogTableModel::Name, sourceParent);
    if (!m_language.isEmpty() && name.data(CatalogTableModel::LanguageRole).toString() != m_language)
        return false;
    const int hidden = name.data(CatalogTableModel::HiddenRole).toInt();
    if (hidden == 0 ? m_minHidden > 0 : (hidden < m_minHidden || hidden > m_maxHidden))
        return false;
    if (m_text.isEmpty())
        return true;
    return name.data().toString().contains(m_text, Qt::CaseInsensitive) ||
           name.data(CatalogTableModel::IdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace bertlab::widgets
