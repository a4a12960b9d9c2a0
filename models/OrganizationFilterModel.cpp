#include "OrganizationFilterModel.h"

#include "ModelRoles.h"
#include "OrganizationTableModel.h"

namespace mailroom {

OrganizationFilterModel::OrganizationFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void OrganizationFilterModel::setRegion(const QString& region)
{
    m_region = region;
    invalidateRowsFilter();
}

void OrganizationFilterModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

bool OrganizationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    const QString region =
        source->index(sourceRow, OrganizationTableModel::Region, sourceParent).data().toString();
    const QString alias =
        source->index(sourceRow, OrganizationTableModel::Alias, sourceParent).data().toString();
    return (m_region.isEmpty() || region == m_region) &&
           (m_search.isEmpty() || alias.contains(m_search, Qt::CaseInsensitive));
}

} // namespace mailroom
