#include "UserRoutingProxy.h"

#include "ModelRoles.h"
#include "UserTableModel.h"
#include "widgets/Icons.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace mailroom {

int UserRoutingProxy::routingColumn()
{
    return UserTableModel::State;
}

void UserRoutingProxy::setRouted(const QHash<QString, InteropStepDone>& routed)
{
    m_routed = routed;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, routingColumn()), index(rowCount() - 1, routingColumn()),
                           {Qt::DisplayRole, Qt::DecorationRole, Qt::ToolTipRole});
}

QVariant UserRoutingProxy::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() != routingColumn())
        return QIdentityProxyModel::data(index, role);
    if (role != Qt::DisplayRole && role != Qt::DecorationRole && role != Qt::ToolTipRole && role != BadgeRole)
        return QIdentityProxyModel::data(index, role);
    if (role == BadgeRole)
        return {};
    const auto* users = qobject_cast<const UserTableModel*>(sourceModel());
    const UserRow* row = users ? users->rowAt(mapToSource(index).row()) : nullptr;
    if (!row)
        return {};
    const bool enabled = row->state == UserState::Enabled;
    const auto done = m_routed.constFind(row->id);
    switch (role) {
    case Qt::DisplayRole:
        if (!enabled)
            return tr("Not enabled");
        return done != m_routed.constEnd() ? tr("Routing done") : tr("Not done");
    case Qt::DecorationRole:
        if (!enabled)
            return icons::themed(QStringLiteral("user-offline"));
        return QApplication::style()->standardIcon(
            done != m_routed.constEnd() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
    case Qt::ToolTipRole:
        if (!enabled)
            return tr("Not enabled here yet: enable the user before routing its mail here.");
        if (done == m_routed.constEnd())
            return tr("The routing commands have not been marked as run for this user.");
        return tr("Marked done on %1 by %2.")
            .arg(QLocale().toString(done->doneAt.toLocalTime(), QLocale::ShortFormat), done->doneBy);
    }
    return {};
}

QVariant UserRoutingProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == routingColumn() && role == Qt::DisplayRole)
        return tr("Routing");
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void UserRoutingProxy::sort(int column, Qt::SortOrder order)
{
    if (column != routingColumn())
        QIdentityProxyModel::sort(column, order);
}

} // namespace mailroom
