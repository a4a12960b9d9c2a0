#pragma once
// The users of one organization (USR-2), built for 100,000 rows: the model knows how many rows
// the current filter has and fetches rows in pages of PageSize as the view asks for them (a few
// pages are cached), so no data() call runs SQL and a view never holds more than it shows plus a
// margin. Filters and sorting run in the engine's indexed queries. Each engine change updates
// the rows it names: an insert lands at the user's place in the order, an edit repaints its row;
// only changes whose rows it cannot place adjust the count and remap the selection by id.

#include "PageCache.h"
#include "users/User.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <optional>

namespace mailroom {

class Engine;
struct Change;

class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Username,
        DisplayName,
        Email,
        State,
        Role,
        Created,
        ColumnCount
    };
    static constexpr int PageSize = PageCache<UserRow>::PageSize;

    explicit UserTableModel(Engine& engine, QObject* parent = nullptr);

    void setOrganization(const QString& orgId);
    QString organizationId() const { return m_query.organizationId; }
    void setSearch(const QString& prefix);
    void setStateFilter(std::optional<UserState> state);
    void setRoleFilter(std::optional<UserRole> role);
    void setFilters(std::optional<UserState> state, std::optional<UserRole> role);
    const UserQuery& query() const { return m_query; }

    int filteredCount() const { return m_count; }
    int totalCount() const { return m_total; }
    // The row's user, loading its page when needed; nullptr outside the rows.
    const UserRow* rowAt(int row) const;
    // The row of a user in the current order, or -1 when the filter excludes it.
    int rowOfUser(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    // The filtered or total count changed (for "1,204 of 100,000 users").
    void countsChanged();
    void loadFailed(const QString& message);

private:
    void requery();
    void onChanged(const Change& change);
    void insertUser(const QString& id);
    void updateUser(const QString& id);
    bool sameSortKey(const UserRow& a, const UserRow& b) const;
    void removeCachedRow(int row);
    void refreshKeepingSelection();
    std::optional<int> cachedRowOf(const QString& id) const;
    std::optional<int> rankOf(const QString& id) const;
    void dropPagesFrom(int row);
    void updateTotal();

    Engine& m_engine;
    UserQuery m_query;
    int m_count = 0;
    int m_total = 0;
    mutable PageCache<UserRow> m_pages;
};

} // namespace mailroom
