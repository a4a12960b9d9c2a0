#pragma once
// The domains of one organization (DOM-1, DOM-3, DOM-5, DOM-6). An organization has at most
// 100, so every row is held. Each engine change of the organization's domains lists them again
// and applies the difference row by row (inserts, removals, repaints), because one change may
// touch a row it does not name (removing the default domain makes the test domain the default).

#include "SyncedTableModel.h"
#include "domains/Domain.h"

#include <QVector>

namespace mailroom {

class Engine;
struct Change;

class DomainTableModel : public SyncedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Status,
        Default,
        Records,
        LastChecked,
        ColumnCount
    };

    explicit DomainTableModel(Engine& engine, QObject* parent = nullptr);

    void setOrganization(const QString& orgId);
    QString organizationId() const { return m_orgId; }

    // The domain of a row, nullptr outside the rows.
    const Domain* domainAt(int row) const;
    // The row of a domain by its A-label name, or -1.
    int rowOf(const QString& name) const;
    // Domains that count against the limit of 100 (the test domain does not).
    int addedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    struct Row
    {
        Domain domain;
        int found = 0;
        int checked = -1; // records in the last report; -1 when never checked
    };
    static Row rowFor(const Domain& domain);
    void onChanged(const Change& change);
    void sync();
    QVariant display(const Row& row, int column) const;

    Engine& m_engine;
    QString m_orgId;
    QVector<Row> m_rows;
};

} // namespace mailroom
