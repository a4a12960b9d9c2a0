#include "OrganizationTableModel.h"

#include "ModelRoles.h"
#include "core/Engine.h"
#include "organizations/Directory.h"
#include "organizations/Organizations.h"
#include "organizations/Region.h"

#include <QLocale>

namespace mailroom {

namespace {

Badge badgeOf(OrgState state)
{
    switch (state) {
    case OrgState::Active:
        return Badge::Good;
    case OrgState::Requested:
    case OrgState::Creating:
    case OrgState::Validating:
        return Badge::Pending;
    case OrgState::Failed:
    case OrgState::Impaired:
    case OrgState::Inactive:
        return Badge::Bad;
    }
    return Badge::None;
}

QString directoryLabel(const Organization& org)
{
    const auto type = fromName<DirectoryType>(org.directoryType);
    return type ? labelOf(*type) : QString();
}

} // namespace

OrganizationTableModel::OrganizationTableModel(Engine& engine, QObject* parent)
    : QAbstractTableModel(parent), m_engine(engine)
{
    connect(&m_engine, &Engine::changed, this, &OrganizationTableModel::onChanged);
    reload();
}

void OrganizationTableModel::reload()
{
    auto all = m_engine.organizations().list();
    beginResetModel();
    m_rows = all ? all.value() : QVector<Organization>();
    endResetModel();
    if (!all)
        Q_EMIT loadFailed(all.error().message);
}

int OrganizationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrganizationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Organization* OrganizationTableModel::organizationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OrganizationTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QVariant OrganizationTableModel::data(const QModelIndex& index, int role) const
{
    const Organization* org = index.isValid() ? organizationAt(index.row()) : nullptr;
    if (!org)
        return {};
    if (role == IdRole)
        return org->id;
    if (role == BadgeRole && index.column() == State)
        return int(badgeOf(org->state));
    if (role == Qt::ToolTipRole && index.column() == State && !org->stateReason.isEmpty())
        return org->stateReason;
    if (role == Qt::ToolTipRole && index.column() == Region)
        return regions::displayName(org->region);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Alias:
        return org->alias;
    case Region:
        return org->region;
    case State:
        return labelOf(org->state);
    case DirectoryType:
        return directoryLabel(*org);
    case Created:
        return role == SortRole
                   ? QVariant(org->createdAt)
                   : QVariant(QLocale().toString(org->createdAt.toLocalTime(), QLocale::ShortFormat));
    }
    return {};
}

QVariant OrganizationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Alias:
        return tr("Alias");
    case Region:
        return tr("Region");
    case State:
        return tr("State");
    case DirectoryType:
        return tr("Directory");
    case Created:
        return tr("Created");
    }
    return {};
}

void OrganizationTableModel::onChanged(const Change& change)
{
    if (change.subject != Change::Subject::Organization)
        return;
    for (const QString& id : change.ids) {
        const int row = rowOf(id);
        if (change.kind == Change::Kind::Removed) {
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
            continue;
        }
        auto org = m_engine.organizations().get(id);
        if (!org) {
            Q_EMIT loadFailed(org.error().message);
            continue;
        }
        if (row >= 0) {
            m_rows[row] = org.value();
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(org.value());
            endInsertRows();
        }
    }
}

} // namespace mailroom
