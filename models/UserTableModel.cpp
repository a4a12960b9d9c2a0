#include "UserTableModel.h"

#include "ModelRoles.h"
#include "core/Engine.h"
#include "organizations/Organization.h"
#include "users/Users.h"

#include <QLocale>

namespace mailroom {

namespace {

UserQuery::SortKey sortKeyOf(int column)
{
    switch (column) {
    case UserTableModel::DisplayName:
        return UserQuery::SortKey::DisplayName;
    case UserTableModel::Email:
        return UserQuery::SortKey::Email;
    case UserTableModel::State:
        return UserQuery::SortKey::State;
    case UserTableModel::Role:
        return UserQuery::SortKey::Role;
    case UserTableModel::Created:
        return UserQuery::SortKey::Created;
    default:
        return UserQuery::SortKey::Username;
    }
}

Badge badgeOf(const UserRow& row)
{
    // System users and the entries that live in Exchange are grey (UI.md: System / Remote).
    if (row.role == UserRole::SystemUser || row.inExchange)
        return Badge::Neutral;
    return row.state == UserState::Enabled ? Badge::Good : Badge::Bad;
}

} // namespace

UserTableModel::UserTableModel(Engine& engine, QObject* parent)
    : QAbstractTableModel(parent), m_engine(engine)
{
    connect(&m_engine, &Engine::changed, this, &UserTableModel::onChanged);
}

void UserTableModel::setOrganization(const QString& orgId)
{
    m_query = UserQuery{};
    m_query.organizationId = orgId;
    updateTotal();
    requery();
}

void UserTableModel::setSearch(const QString& prefix)
{
    if (prefix == m_query.search)
        return;
    m_query.search = prefix;
    requery();
}

void UserTableModel::setStateFilter(std::optional<UserState> state)
{
    m_query.state = state;
    requery();
}

void UserTableModel::setRoleFilter(std::optional<UserRole> role)
{
    m_query.role = role;
    requery();
}

void UserTableModel::setFilters(std::optional<UserState> state, std::optional<UserRole> role)
{
    if (state == m_query.state && role == m_query.role)
        return;
    m_query.state = state;
    m_query.role = role;
    requery();
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    if (m_query.organizationId.isEmpty()) {
        m_query.sortKey = sortKeyOf(column);
        m_query.descending = order == Qt::DescendingOrder;
        return;
    }
    // Same rows, new order: a layout change keeps the selection on the same users. Their ids
    // are read in the old order, before the query changes.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex& i : before) {
        const UserRow* r = rowAt(i.row());
        ids << (r ? r->id : QString());
    }
    m_query.sortKey = sortKeyOf(column);
    m_query.descending = order == Qt::DescendingOrder;
    m_pages.clear();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const auto rank = ids.at(i).isEmpty() ? std::nullopt : rankOf(ids.at(i));
        after << (rank ? index(*rank, before.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void UserTableModel::requery()
{
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    if (!m_query.organizationId.isEmpty()) {
        auto n = m_engine.users().count(m_query);
        if (n)
            m_count = n.value();
        else
            Q_EMIT loadFailed(n.error().message);
    }
    endResetModel();
    Q_EMIT countsChanged();
}

void UserTableModel::updateTotal()
{
    m_total = 0;
    if (m_query.organizationId.isEmpty())
        return;
    UserQuery all;
    all.organizationId = m_query.organizationId;
    auto n = m_engine.users().count(all);
    m_total = n ? n.value() : 0;
}

const UserRow* UserTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    return m_pages.at(
        row, [this](int offset, int limit) { return m_engine.users().page(m_query, offset, limit); });
}

int UserTableModel::rowOfUser(const QString& id) const
{
    const auto rank = rankOf(id);
    return rank ? *rank : -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const UserRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case SystemRole:
        return r->role == UserRole::SystemUser;
    case BadgeRole:
        return index.column() == State ? QVariant(int(badgeOf(*r))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Role && r->role == UserRole::ExchangeResource)
            return r->resourceType ? tr("%1 of Microsoft Exchange").arg(labelOf(*r->resourceType))
                                   : tr("A resource of Microsoft Exchange");
        if (index.column() == State && r->inExchange)
            return r->role == UserRole::ExchangeResource
                       ? tr("Managed in Microsoft Exchange; it can be used for scheduling meetings but not "
                            "enabled here.")
                       : tr("Managed in Microsoft Exchange and not enabled here yet.");
        if (index.column() == State && r->disabledAt.isValid())
            return tr("Disabled on %1; the mailbox is kept until %2.")
                .arg(QLocale().toString(r->disabledAt.toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(r->disabledAt.addDays(limits::MailboxRetentionDays).toLocalTime(),
                                        QLocale::ShortFormat));
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Username:
            return r->username;
        case DisplayName:
            return r->displayName;
        case Email:
            return r->email;
        case State:
            return userRowStateLabel(*r);
        case Role:
            return labelOf(r->role);
        case Created:
            return QLocale().toString(r->createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        return {};
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("Username");
    case DisplayName:
        return tr("Display name");
    case Email:
        return tr("Primary address");
    case State:
        return tr("State");
    case Role:
        return tr("Role");
    case Created:
        return tr("Created");
    }
    return {};
}

std::optional<int> UserTableModel::rankOf(const QString& id) const
{
    auto rank = m_engine.users().rank(m_query, id);
    return rank ? rank.value() : std::nullopt;
}

std::optional<int> UserTableModel::cachedRowOf(const QString& id) const
{
    return m_pages.find([&id](const UserRow& row) { return row.id == id; });
}

void UserTableModel::dropPagesFrom(int row)
{
    m_pages.dropFrom(row);
}

void UserTableModel::onChanged(const Change& change)
{
    if (m_query.organizationId.isEmpty())
        return;
    if (change.subject == Change::Subject::Organization) {
        if (change.kind == Change::Kind::Removed && change.ids.contains(m_query.organizationId)) {
            setOrganization(QString());
        } else if (change.kind == Change::Kind::Updated && change.ids.contains(m_query.organizationId)) {
            // Leaving interoperability mode takes the Exchange resources out of the list and
            // turns "In Exchange" rows into disabled users (RES-4).
            updateTotal();
            refreshKeepingSelection();
            Q_EMIT countsChanged();
        }
        return;
    }
    if (change.subject != Change::Subject::User)
        return;
    // Changes of other organizations, or of directories no organization uses, are not ours; only
    // the purge's updates may span organizations (empty id) and are checked row by row.
    if (change.organizationId != m_query.organizationId &&
        !(change.organizationId.isEmpty() && change.kind == Change::Kind::Updated))
        return;
    if (change.ids.size() != 1) {
        refreshKeepingSelection();
    } else if (change.kind == Change::Kind::Added) {
        insertUser(change.ids.first());
    } else if (change.kind == Change::Kind::Removed) {
        const auto row = cachedRowOf(change.ids.first());
        if (row)
            removeCachedRow(*row);
        else
            refreshKeepingSelection();
    } else {
        updateUser(change.ids.first());
    }
    // The total follows the change without counting the organization again.
    if (change.kind == Change::Kind::Added)
        m_total += int(change.ids.size());
    else if (change.kind == Change::Kind::Removed)
        m_total -= int(change.ids.size());
    Q_EMIT countsChanged();
}

void UserTableModel::insertUser(const QString& id)
{
    const auto rank = rankOf(id);
    if (!rank)
        return; // the filter excludes the new user
    beginInsertRows({}, *rank, *rank);
    dropPagesFrom(*rank);
    ++m_count;
    endInsertRows();
}

void UserTableModel::removeCachedRow(int row)
{
    beginRemoveRows({}, row, row);
    dropPagesFrom(row);
    --m_count;
    endRemoveRows();
}

// Whether two rows hold the same value of the column the query sorts by.
bool UserTableModel::sameSortKey(const UserRow& a, const UserRow& b) const
{
    switch (m_query.sortKey) {
    case UserQuery::SortKey::Username:
        return a.username.toLower() == b.username.toLower();
    case UserQuery::SortKey::DisplayName:
        return a.displayName.toLower() == b.displayName.toLower();
    case UserQuery::SortKey::Email:
        return a.email.toLower() == b.email.toLower();
    case UserQuery::SortKey::State:
        return a.state == b.state;
    case UserQuery::SortKey::Role:
        return a.role == b.role;
    case UserQuery::SortKey::Created:
        return a.createdAt == b.createdAt;
    }
    return false;
}

void UserTableModel::updateUser(const QString& id)
{
    const auto oldRow = cachedRowOf(id);
    if (oldRow) {
        // A shown row that still matches and kept its sort value kept its place: repaint it
        // without counting its rank (which is linear in the rank).
        auto fresh = m_engine.users().row(id);
        auto stillMatches = m_engine.users().matches(m_query, id);
        if (fresh && stillMatches) {
            if (!stillMatches.value()) {
                removeCachedRow(*oldRow); // it left the filter
                return;
            }
            UserRow& cached = *m_pages.cached(*oldRow);
            if (sameSortKey(cached, fresh.value())) {
                cached = fresh.value();
                Q_EMIT dataChanged(index(*oldRow, 0), index(*oldRow, ColumnCount - 1));
                return;
            }
        }
    }
    const auto newRow = rankOf(id);
    if (oldRow && newRow && *oldRow == *newRow) {
        auto fresh = m_engine.users().row(id);
        if (fresh) {
            *m_pages.cached(*oldRow) = fresh.value();
            Q_EMIT dataChanged(index(*oldRow, 0), index(*oldRow, ColumnCount - 1));
            return;
        }
    }
    if (oldRow && !newRow) {
        removeCachedRow(*oldRow); // it left the filter
        return;
    }
    if (!oldRow && newRow) {
        auto count = m_engine.users().count(m_query);
        if (count && count.value() == m_count + 1) { // it entered the filter
            insertUser(id);
            return;
        }
    }
    refreshKeepingSelection();
}

void UserTableModel::refreshKeepingSelection()
{
    auto counted = m_engine.users().count(m_query);
    if (!counted) {
        Q_EMIT loadFailed(counted.error().message);
        return;
    }
    // Remember which users the persistent indexes (the selection, the current row) point at.
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex& i : before) {
        const UserRow* cached = m_pages.cached(i.row());
        ids << (cached ? cached->id : QString());
    }
    // Rows are placed again by id while the old count still stands, so that no persistent index
    // in the tail is lost; then the tail grows or shrinks. When growing, the tail comes first so
    // that the new places exist.
    const int newCount = counted.value();
    if (newCount > m_count) {
        beginInsertRows({}, m_count, newCount - 1);
        m_count = newCount;
        endInsertRows();
    }
    Q_EMIT layoutAboutToBeChanged();
    m_pages.clear();
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k) {
        const auto rank = ids.at(k).isEmpty() ? std::nullopt : rankOf(ids.at(k));
        after << (rank ? index(*rank, before.at(k).column()) : QModelIndex());
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
    if (newCount < m_count) {
        beginRemoveRows({}, newCount, m_count - 1);
        m_count = newCount;
        endRemoveRows();
    }
}

} // namespace mailroom
