#pragma once
// The mobile devices of one user (USR-8, MOB-3..MOB-5) for the user's Mobile tab. A user has few
// devices, so the model keeps them all; each engine change to one of them — a check-in, a wipe, a
// removal — or to the organization's mobile policy (which moves devices to Provisioning required)
// reads the list again and updates only the rows that differ, so that a status change shows without
// a reload and the selection stays put. A view sorts through a proxy on SortRole.

#include "SyncedTableModel.h"
#include "mobile/MobileDevice.h"

#include <QVector>

namespace mailroom {

class Engine;
struct Change;

class DeviceTableModel : public SyncedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Type,
        Model,
        OperatingSystem,
        LastSync,
        Status,
        ColumnCount
    };

    explicit DeviceTableModel(Engine& engine, QObject* parent = nullptr);

    // Shows the user's devices (empty: none).
    void setUser(const QString& userId);
    QString userId() const { return m_userId; }

    const MobileDevice* deviceAt(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // What a detail the device did not report shows as.
    static QString unknown();
    // A reported detail, or unknown().
    static QString orUnknown(const QString& value);
    // A sync time in the system locale, or unknown().
    static QString timeText(const QDateTime& when);

Q_SIGNALS:
    // The rows were read again: added, removed or changed (for the empty state and the details).
    void devicesChanged();
    void loadFailed(const QString& message);

private:
    QVector<MobileDevice> fetch(bool& ok);
    void refresh();
    void onChanged(const Change& change);

    Engine& m_engine;
    QString m_userId;
    QString m_orgId;
    QVector<MobileDevice> m_rows;
};

} // namespace mailroom
