#include "GroupTableModel.h"

#include "ModelRoles.h"
#include "core/Change.h"
#include "core/Engine.h"
#include "groups/Groups.h"

#include <QLocale>

namespace mailroom {

GroupTableModel::GroupTableModel(Engine& engine, QObject* parent)
    : QAbstractTableModel(parent), m_engine(engine)
{
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        const bool mine = change.organizationId == m_query.organizationId || change.organizationId.isEmpty();
        // A user that goes leaves its groups: their member counts change too.
        const bool userGone = change.subject == Change::Subject::User && change.kind == Change::Kind::Removed;
        if (mine && (change.subject == Change::Subject::Group ||
                     change.subject == Change::Subject::Organization || userGone))
            requery();
    });
}

void GroupTableModel::setOrganization(const QString& orgId)
{
    m_query.organizationId = orgId;
    requery();
}

void GroupTableModel::setSearch(const QString& prefix)
{
    if (m_query.search == prefix)
        return;
    m_query.search = prefix;
    requery(false);
}

void GroupTableModel::setStateFilter(std::optional<GroupState> state)
{
    if (m_query.state == state)
        return;
    m_query.state = state;
    requery(false);
}

void GroupTableModel::refresh()
{
    requery();
}

void GroupTableModel::requery(bool recountTotal)
{
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    if (m_query.organizationId.isEmpty()) {
        m_total = 0;
    } else {
        auto n = m_engine.groups().count(m_query);
        if (n)
            m_count = n.value();
        else
            Q_EMIT loadFailed(n.error().message);
        // Filters and sorting leave the organization's total as it was: one count per keystroke.
        if (recountTotal) {
            GroupQuery all;
            all.organizationId = m_query.organizationId;
            auto total = m_query.search.isEmpty() && !m_query.state ? n : m_engine.groups().count(all);
            m_total = total ? total.value() : 0;
        }
    }
    endResetModel();
    Q_EMIT countsChanged();
}

const Group* GroupTableModel::groupAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    return m_pages.at(
        row, [this](int offset, int limit) { return m_engine.groups().page(m_query, offset, limit); });
}

int GroupTableModel::memberCountAt(int row) const
{
    const Group* g = groupAt(row);
    return g ? g->memberCount : 0;
}

int GroupTableModel::rowOfGroup(const QString& id) const
{
    auto rank = m_engine.groups().rank(m_query, id);
    return rank && rank.value() ? *rank.value() : -1;
}

int GroupTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int GroupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group* g = groupAt(index.row());
    if (!g)
        return {};
    if (role == IdRole)
        return g->id;
    if (role == BadgeRole && index.column() == State)
        return int(g->state == GroupState::Enabled ? Badge::Good : Badge::Bad);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return g->name;
    case Email:
        return g->email.isEmpty() && role == Qt::AccessibleTextRole ? tr("No address") : g->email;
    case State:
        return labelOf(g->state);
    case Members:
        return QLocale().toString(memberCountAt(index.row()));
    default:
        return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email address");
    case State:
        return tr("State");
    case Members:
        return tr("Members");
    default:
        return {};
    }
}

void GroupTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = column == Email     ? GroupQuery::SortKey::Email
                     : column == State   ? GroupQuery::SortKey::State
                     : column == Members ? GroupQuery::SortKey::Members
                                         : GroupQuery::SortKey::Name;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sortKey && descending == m_query.descending)
        return;
    m_query.sortKey = key;
    m_query.descending = descending;
    requery(false);
}

} // namespace mailroom
