#pragma once
// The organizations of the account, for the Organizations screen. Few rows: all are held, and
// each change of the engine updates just the rows it names.

#include "organizations/Organization.h"

#include <QAbstractTableModel>
#include <QVector>

namespace mailroom {

class Engine;
struct Change;

class OrganizationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Alias,
        Region,
        State,
        DirectoryType,
        Created,
        ColumnCount
    };

    explicit OrganizationTableModel(Engine& engine, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Organization* organizationAt(int row) const;
    int rowOf(const QString& id) const;
    // Reads the whole list again (the Refresh action).
    void reload();

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    void onChanged(const Change& change);

    Engine& m_engine;
    QVector<Organization> m_rows;
};

} // namespace mailroom
