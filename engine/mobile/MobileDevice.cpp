#include "MobileDevice.h"

#include <QCoreApplication>

namespace mailroom {

QString deviceStatusDescription(DeviceStatus status)
{
    switch (status) {
    case DeviceStatus::ProvisioningRequired:
        return QCoreApplication::translate("DeviceStatus",
                                           "The device must take on the current mobile policy at its "
                                           "next check-in: it is new, or the policy changed.");
    case DeviceStatus::ProvisioningSucceeded:
        return QCoreApplication::translate("DeviceStatus", "The device enforces the current mobile policy.");
    case DeviceStatus::WipeRequired:
        return QCoreApplication::translate("DeviceStatus",
                                           "A wipe was requested; the device is told to wipe at its "
                                           "next check-in.");
    case DeviceStatus::WipeSucceeded:
        return QCoreApplication::translate("DeviceStatus",
                                           "The device confirmed the wipe. Remove it from the list, "
                                           "or it is wiped again when it next checks in.");
    }
    return {};
}

bool MobileDevice::isConnected(const QDateTime& now) const
{
    return lastSync.isValid() && lastSync.secsTo(now) <= mobile::ConnectedSeconds;
}

} // namespace mailroom
