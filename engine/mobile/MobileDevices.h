#pragma once
// The mobile device policy and users' devices (MOB-1..MOB-6).
//
// The check-in entry point is the server side of provisioning: a sync front end (or a test, or
// `mailroomctl device checkin`) calls it each time a device connects. A device that is new, or
// whose policy changed, is sent the policy and must acknowledge it with the policy key; a device
// with a wipe pending is told to wipe, and its acknowledgement marks the wipe done; a wiped device
// that was not removed from the list is told to wipe again.

#include "MobileDevice.h"
#include "MobilePolicy.h"
#include "core/Result.h"

#include <QMap>

namespace mailroom {

class Engine;

struct CheckIn
{
    QString userId;
    QString deviceId;
    QString type; // what the device reports; empty keeps what it reported before
    QString model;
    QString os;
    QString userAgent;
    enum class Acknowledges
    {
        Nothing,
        Policy,
        Wipe
    };
    Acknowledges acknowledges = Acknowledges::Nothing;
    int policyKey = 0; // with Acknowledges::Policy: the key the device was sent
};

struct CheckInReply
{
    enum class Command
    {
        None,
        Provision,
        Wipe
    };
    Command command = Command::None; // None: in sync, carry on
    MobilePolicy policy;             // the policy to enforce (always the current one)
    int policyKey = 0;               // with Provision: what the device acknowledges
    MobileDevice device;             // the device as recorded after this check-in
    bool registered = false;         // the device was not on the list before
};

QString checkInCommandName(CheckInReply::Command command); // "None", "Provision", "Wipe"

struct PolicySaved
{
    MobilePolicy policy;
    int policyKey = 0;
    int devicesToProvision = 0; // devices that must provision (again) after this save (MOB-2)
};

class MobileDevices
{
public:
    explicit MobileDevices(Engine& engine);

    Result<MobilePolicy> policy(const QString& orgId);
    Result<int> policyKey(const QString& orgId); // 1 until the policy is first changed
    // MOB-1/MOB-2. An unchanged policy saves nothing. A changed one moves every device of the
    // organization to Provisioning required in the same transaction — except devices with a wipe
    // pending or done, which keep it (a policy edit must not cancel a wipe). Errors: InvalidValue
    // (the field), WrongState (organization not Active), AccessDenied.
    // basedOn: policyVersion() read before policy() (0: over whatever is there). Errors: Conflict.
    Result<PolicySaved> setPolicy(const QString& orgId, const MobilePolicy& policy, qint64 basedOn = 0);
    Result<qint64> policyVersion(const QString& orgId);
    // How many devices a changed policy would move to Provisioning required.
    Result<int> devicesAffectedByPolicyChange(const QString& orgId);

    Result<QVector<MobileDevice>> devicesOf(const QString& userId);
    Result<QMap<DeviceStatus, int>> countByStatus(const QString& orgId);
    Result<MobileDevice> get(const QString& id); // NotFound
    // The device of a user by the id it reports; NotFound.
    Result<MobileDevice> find(const QString& userId, const QString& deviceId);

    // MOB-6. Errors: NotFound (user; field "user"), WrongState (the user's mailbox is not enabled,
    // or the organization is not Active), Required (deviceId), InvalidValue (a policy key the device
    // was never sent, or a wipe acknowledged that was never requested).
    Result<CheckInReply> checkIn(const CheckIn& checkIn);
    // MOB-5. Errors: WrongState when the device is not connected (last sync over five minutes
    // ago), or a wipe is already pending or done; NotFound.
    Result<MobileDevice> wipe(const QString& id);
    // Takes the device off the list; it is registered again when it next checks in. NotFound.
    Status remove(const QString& id);

private:
    Engine& m_engine;
};

} // namespace mailroom
