#pragma once
// The groups of one organization (GRP-1..GRP-3), built for 10,000 rows: the model knows how many
// groups the filter has and fetches them in pages as the view asks (a few pages cached), so no
// data() call runs SQL. Filters and sorting run in the engine's indexed queries. A change to the
// organization's groups requeries; the view keeps its selection by id (selectedIdsAboutToReset).

#include "PageCache.h"
#include "groups/Group.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mailroom {

class Engine;
struct Change;

class GroupTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Email,
        State,
        Members,
        ColumnCount
    };
    static constexpr int PageSize = PageCache<Group>::PageSize;

    explicit GroupTableModel(Engine& engine, QObject* parent = nullptr);

    void setOrganization(const QString& orgId);
    void setSearch(const QString& prefix);
    void setStateFilter(std::optional<GroupState> state);
    const GroupQuery& query() const { return m_query; }
    int filteredCount() const { return m_count; }
    int totalCount() const { return m_total; }
    const Group* groupAt(int row) const;
    int memberCountAt(int row) const;
    // The row of a group in the current order, or -1 when the filter excludes it.
    int rowOfGroup(const QString& id) const;
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countsChanged();
    void loadFailed(const QString& message);

private:
    void requery(bool recountTotal = true);

    Engine& m_engine;
    GroupQuery m_query;
    int m_count = 0;
    int m_total = 0;
    mutable PageCache<Group> m_pages;
};

} // namespace mailroom
