#include "GroupTableModel.h"

#include "Change.h"
#include "Engine.h"
#include "ModelRoles.h"
#include "groups/Groups.h"

#include <QLocale>

namespace mailroom {

GroupTableModel::GroupTableModel(Engine& engine, QObject* parent) : QAbstractTableModel(parent), m_engine(engine)
{
    connect(&m_engine, &Engine::changed, this, [this](const Change& change) {
        const bool mine = change.organizationId == m_query.organizationId || change.organizationId.isEmpty();
        // Users change member counts' meaning only through groups; groups and the organization requery.
        if (mine && (change.subject == Change::Subject::Group || change.subject == Change::Subject::Organization))
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
    requery();
}

void GroupTableModel::setStateFilter(std::optional<GroupState> state)
{
    if (m_query.state == state)
        return;
    m_query.state = state;
    requery();
}

void GroupTableModel::refresh()
{
    requery();
}

void GroupTableModel::requery()
{
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    m_total = 0;
    if (!m_query.organizationId.isEmpty()) {
        auto n = m_engine.groups().count(m_query);
        GroupQuery all;
        all.organizationId = m_query.organizationId;
        auto total = m_query.search.isEmpty() && !m_query.state ? n : m_engine.groups().count(all);
        if (n && total) {
            m_count = n.value();
            m_total = total.value();
        } else {
            Q_EMIT loadFailed(n ? total.error().message : n.error().message);
        }
    }
    endResetModel();
    Q_EMIT countsChanged();
}

const GroupTableModel::Page* GroupTableModel::pageOf(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.constFind(page);
    if (it != m_pages.constEnd())
        return &it.value();
    if (m_pages.size() >= CachedPages)
        m_pages.clear();
    auto groups = m_engine.groups().page(m_query, page * PageSize, PageSize);
    if (!groups)
        return nullptr;
    QStringList ids;
    for (const Group& g : groups.value())
        ids.append(g.id);
    auto counts = m_engine.groups().memberCounts(ids);
    return &m_pages.insert(page, Page{groups.value(), counts ? counts.value() : QHash<QString, int>{}}).value();
}

const Group* GroupTableModel::groupAt(int row) const
{
    const Page* page = pageOf(row);
    if (!page || row % PageSize >= page->groups.size())
        return nullptr;
    return &page->groups.at(row % PageSize);
}

int GroupTableModel::memberCountAt(int row) const
{
    const Group* g = groupAt(row);
    return g ? pageOf(row)->memberCounts.value(g->id) : 0;
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
    case Name: return g->name;
    case Email: return g->email.isEmpty() && role == Qt::AccessibleTextRole ? tr("No address") : g->email;
    case State: return groupStateLabel(g->state);
    case Members: return QLocale().toString(memberCountAt(index.row()));
    default: return {};
    }
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Email: return tr("Email address");
    case State: return tr("State");
    case Members: return tr("Members");
    default: return {};
    }
}

void GroupTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = column == Email ? GroupQuery::SortKey::Email
                     : column == State ? GroupQuery::SortKey::State
                                       : GroupQuery::SortKey::Name;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sortKey && descending == m_query.descending)
        return;
    m_query.sortKey = key;
    m_query.descending = descending;
    requery();
}

} // namespace mailroom
