#pragma once
// A user's mobile device as the engine knows it (MOB-3, MOB-4): what the device reported at its
// check-ins, and its provisioning and wipe status. Details a device did not send are empty, and
// show as unknown.

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

QString deviceStatusName(DeviceStatus status);        // stable: "ProvisioningRequired"
QString deviceStatusLabel(DeviceStatus status);       // translated: "Provisioning required"
QString deviceStatusDescription(DeviceStatus status); // translated: what the status means
std::optional<DeviceStatus> deviceStatusFromName(const QString& name);
QVector<DeviceStatus> allDeviceStatuses();

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
