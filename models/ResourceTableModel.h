#pragma once
// The resources of one organization (RES-1..RES-4) for the Resources pane. Organizations hold
// few resources, so the model keeps the rows the search matches; each engine change to a
// resource of the organization reads the list again and updates only the rows that differ
// (removed rows go, changed rows repaint, new rows are appended; a view sorts through a proxy).

#include "SyncedTableModel.h"
#include "resources/Resource.h"

#include <QVector>

namespace mailroom {

class Engine;
struct Change;

class ResourceTableModel : public SyncedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Type,
        Email,
        Description,
        Booking,
        ColumnCount
    };

    struct Row
    {
        Resource resource;
        int delegates = 0;
    };

    explicit ResourceTableModel(Engine& engine, QObject* parent = nullptr);

    void setOrganization(const QString& orgId);
    QString organizationId() const { return m_orgId; }
    // Prefix of the name or the address, case-insensitive (the engine's search).
    void setSearch(const QString& prefix);
    QString search() const { return m_search; }

    int filteredCount() const { return int(m_rows.size()); }
    int totalCount() const { return m_total; }
    const Row* rowAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Accepts all", "Delegates decide" or "Needs delegates", as the Booking column shows it.
    static QString bookingSummary(const Row& row);

Q_SIGNALS:
    // The filtered or total count changed (for "3 of 4 resources").
    void countsChanged();
    void loadFailed(const QString& message);

private:
    void reload();
    // Reads the list again and applies the difference row by row.
    void refresh();
    QVector<Row> fetch(bool& ok);
    void onChanged(const Change& change);

    Engine& m_engine;
    QString m_orgId;
    QString m_search;
    QVector<Row> m_rows;
    int m_total = 0;
};

} // namespace mailroom
