#pragma once
// SQL for the mobile device policy and users' mobile devices.

#include "core/Result.h"
#include "mobile/MobileDevice.h"

#include <QMap>

namespace mailroom {

class Store;

struct MobilePolicyRow
{
    QString policyJson; // empty when the organization never saved one
    int policyKey = 1;
};

class MobileTable
{
public:
    explicit MobileTable(Store& store) : m_store(store) {}

    Result<MobilePolicyRow> policy(const QString& orgId);
    Status putPolicy(const QString& orgId, const MobilePolicyRow& row);

    Result<QVector<MobileDevice>> devicesOfUser(const QString& userId);
    Result<MobileDevice> device(const QString& id); // NotFound with an empty message
    Result<MobileDevice> deviceOf(const QString& userId, const QString& deviceId);
    Result<QMap<DeviceStatus, int>> countByStatus(const QString& orgId);
    Status insert(const MobileDevice& device);
    Status update(const MobileDevice& device);
    Status remove(const QString& id);
    // MOB-2: devices in one of `from` move to `to`; returns how many moved.
    Result<int> moveStatus(const QString& orgId, const QVector<DeviceStatus>& from, DeviceStatus to);

private:
    Result<QVector<MobileDevice>> select(const QString& where, const QVariantList& values);

    Store& m_store;
};

} // namespace mailroom
