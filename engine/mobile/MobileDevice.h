#pragma once
// A user's mobile device as the engine knows it (MOB-3, MOB-4): what the device reported at its
// check-ins, and its provisioning and wipe status. Details a device did not send are empty, and
// show as unknown.

#include "core/EnumTable.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace mailroom {

enum class DeviceStatus
{
    ProvisioningRequired,
    ProvisioningSucceeded,
    WipeRequired,
    WipeSucceeded
};

constexpr auto describe(DeviceStatus)
{
    return enumTable<DeviceStatus>(
        "DeviceStatus",
        {{DeviceStatus::ProvisioningRequired, "ProvisioningRequired",
          QT_TRANSLATE_NOOP("DeviceStatus", "Provisioning required")},
         {DeviceStatus::ProvisioningSucceeded, "ProvisioningSucceeded",
          QT_TRANSLATE_NOOP("DeviceStatus", "Provisioning succeeded")},
         {DeviceStatus::WipeRequired, "WipeRequired", QT_TRANSLATE_NOOP("DeviceStatus", "Wipe required")},
         {DeviceStatus::WipeSucceeded, "WipeSucceeded",
          QT_TRANSLATE_NOOP("DeviceStatus", "Wipe succeeded")}});
}
QString deviceStatusDescription(DeviceStatus status); // translated: what the status means

struct MobileDevice
{
    QString id; // the engine's id
    QString organizationId;
    QString userId;
    QString deviceId; // as the device reports it, unique per user
    QString type;     // "iPhone", "Android" …
    QString model;
    QString os;
    QString userAgent;
    QDateTime firstSync;
    QDateTime lastSync;
    DeviceStatus status = DeviceStatus::ProvisioningRequired;
    int policyKey = 0; // the policy version the device acknowledged; 0 when none

    // MOB-5: synced within the last five minutes.
    bool isConnected(const QDateTime& now) const;
};

namespace mobile {
constexpr int ConnectedSeconds = 5 * 60;
}

} // namespace mailroom
