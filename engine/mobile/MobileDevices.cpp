#include "MobileDevices.h"

#include "core/Engine.h"
#include "core/Ids.h"
#include "organizations/Organizations.h"
#include "store/tables/MobileTable.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::MobileDevices", text);
}

QJsonObject jsonOf(const MobileDevice& d)
{
    return {{QStringLiteral("deviceId"), d.deviceId},
            {QStringLiteral("userId"), d.userId},
            {QStringLiteral("type"), d.type},
            {QStringLiteral("model"), d.model},
            {QStringLiteral("status"), nameOf(d.status)}};
}

Change deviceChange(const MobileDevice& d, Change::Kind kind, const QString& action)
{
    return {Change::Subject::MobileDevice, kind, d.organizationId, {d.id}, action};
}

Error noDevice()
{
    return makeError(
        ErrorCode::NotFound, QStringLiteral("device"),
        QCoreApplication::translate("mailroom::MobileDevices", "There is no such device on the list."));
}

MobilePolicy policyFrom(const MobilePolicyRow& row)
{
    return row.policyJson.isEmpty()
               ? MobilePolicy{}
               : MobilePolicy::fromJson(QJsonDocument::fromJson(row.policyJson.toUtf8()).object());
}

// The statuses that a changed policy moves to Provisioning required (MOB-2). A wipe pending or done
// is kept: a policy edit must not cancel a wipe nor let a wiped device back in.
const QVector<DeviceStatus> provisioningStatuses{DeviceStatus::ProvisioningSucceeded,
                                                 DeviceStatus::ProvisioningRequired};

} // namespace

QString checkInCommandName(CheckInReply::Command command)
{
    switch (command) {
    case CheckInReply::Command::None:
        return QStringLiteral("None");
    case CheckInReply::Command::Provision:
        return QStringLiteral("Provision");
    case CheckInReply::Command::Wipe:
        return QStringLiteral("Wipe");
    }
    return {};
}

MobileDevices::MobileDevices(Engine& engine) : m_engine(engine) {}

Result<qint64> MobileDevices::policyVersion(const QString& orgId)
{
    return m_engine.versions().of(versionKind::MobilePolicy, orgId);
}

Result<MobilePolicy> MobileDevices::policy(const QString& orgId)
{
    if (auto org = m_engine.organizations().get(orgId); !org)
        return org.error();
    auto row = MobileTable(m_engine.store()).policy(orgId);
    if (!row)
        return row.error();
    return policyFrom(row.value());
}

Result<int> MobileDevices::policyKey(const QString& orgId)
{
    auto row = MobileTable(m_engine.store()).policy(orgId);
    if (!row)
        return row.error();
    return row.value().policyKey;
}

Result<int> MobileDevices::devicesAffectedByPolicyChange(const QString& orgId)
{
    auto counts = countByStatus(orgId);
    if (!counts)
        return counts.error();
    int affected = 0;
    for (DeviceStatus s : provisioningStatuses)
        affected += counts.value().value(s);
    return affected;
}

Result<PolicySaved> MobileDevices::setPolicy(const QString& orgId, const MobilePolicy& policy, qint64 basedOn)
{
    return m_engine.mutate([&](Change& change) -> Result<PolicySaved> {
        auto org = m_engine.organizations().requireActive(orgId);
        if (!org)
            return org.error();
        if (auto ok = mobile::checkPolicy(policy); !ok)
            return ok.error();
        MobileTable table(m_engine.store());
        auto before = table.policy(orgId);
        if (!before)
            return before.error();
        const MobilePolicy old = policyFrom(before.value());
        PolicySaved saved{policy, before.value().policyKey, 0};
        if (old == policy)
            return saved;
        // The change below raises the version (Engine::mutate).
        if (auto ok =
                m_engine.versions().require(versionKind::MobilePolicy, orgId, basedOn,
                                            tr("The mobile device policy of %1").arg(org.value().alias));
            !ok)
            return ok.error();
        saved.policyKey = before.value().policyKey + 1;
        if (auto ok = table.putPolicy(
                orgId, {QString::fromUtf8(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact)),
                        saved.policyKey});
            !ok)
            return ok.error();
        auto moved = table.moveStatus(orgId, provisioningStatuses, DeviceStatus::ProvisioningRequired);
        if (!moved)
            return moved.error();
        saved.devicesToProvision = moved.value();
        QJsonObject after = policy.toJson();
        after.insert(QStringLiteral("policyKey"), saved.policyKey);
        after.insert(QStringLiteral("devicesToProvision"), saved.devicesToProvision);
        if (auto ok =
                m_engine.recordAudit(orgId, QStringLiteral("mobile.policy"), orgId, old.toJson(), after);
            !ok)
            return ok.error();
        change = {Change::Subject::MobilePolicy,
                  Change::Kind::Updated,
                  orgId,
                  {orgId},
                  QStringLiteral("mobile.policy")};
        return saved;
    });
}

Result<QVector<MobileDevice>> MobileDevices::devicesOf(const QString& userId)
{
    return MobileTable(m_engine.store()).devicesOfUser(userId);
}

Result<QMap<DeviceStatus, int>> MobileDevices::countByStatus(const QString& orgId)
{
    return MobileTable(m_engine.store()).countByStatus(orgId);
}

Result<MobileDevice> MobileDevices::get(const QString& id)
{
    auto device = MobileTable(m_engine.store()).device(id);
    if (!device && device.error().code == ErrorCode::NotFound)
        return noDevice();
    return device;
}

Result<MobileDevice> MobileDevices::find(const QString& userId, const QString& deviceId)
{
    auto device = MobileTable(m_engine.store()).deviceOf(userId, deviceId);
    if (!device && device.error().code == ErrorCode::NotFound)
        return noDevice();
    return device;
}

Result<CheckInReply> MobileDevices::checkIn(const CheckIn& in)
{
    return m_engine.mutate([&](Change& change) -> Result<CheckInReply> {
        const QString deviceId = in.deviceId.trimmed();
        if (deviceId.isEmpty())
            return makeError(ErrorCode::Required, QStringLiteral("deviceId"),
                             tr("Device ID: the device must report its ID."));
        auto user = m_engine.users().get(in.userId);
        if (!user)
            return makeError(ErrorCode::NotFound, QStringLiteral("user"), tr("User: there is no such user."));
        if (auto org = m_engine.organizations().requireActive(user.value().organizationId); !org)
            return org.error();
        if (user.value().state != UserState::Enabled)
            return makeError(
                ErrorCode::WrongState, QStringLiteral("user"),
                tr("User: %1 has no enabled mailbox, so the device cannot sync.").arg(user.value().username));
        MobileTable table(m_engine.store());
        auto policyRow = table.policy(user.value().organizationId);
        if (!policyRow)
            return policyRow.error();
        CheckInReply reply;
        reply.policy = policyFrom(policyRow.value());
        reply.policyKey = policyRow.value().policyKey;

        auto known = table.deviceOf(user.value().id, deviceId);
        if (!known && known.error().code != ErrorCode::NotFound)
            return known.error();
        MobileDevice device = known ? known.value() : MobileDevice{};
        const QDateTime now = m_engine.now();
        if (!known) {
            device.id = ids::newUuid();
            device.organizationId = user.value().organizationId;
            device.userId = user.value().id;
            device.deviceId = deviceId;
            device.firstSync = now;
            device.status = DeviceStatus::ProvisioningRequired;
            reply.registered = true;
        }
        const MobileDevice before = device;
        device.lastSync = now;
        for (auto [field, value] : {std::pair{&device.type, in.type}, std::pair{&device.model, in.model},
                                    std::pair{&device.os, in.os}, std::pair{&device.userAgent, in.userAgent}})
            if (!value.trimmed().isEmpty())
                *field = value.trimmed();

        if (in.acknowledges == CheckIn::Acknowledges::Policy && in.policyKey != reply.policyKey &&
            device.status != DeviceStatus::WipeRequired && device.status != DeviceStatus::WipeSucceeded)
            return makeError(
                ErrorCode::InvalidValue, QStringLiteral("policyKey"),
                tr("Policy key: the device acknowledged key %1, but the current policy's key is %2.")
                    .arg(in.policyKey)
                    .arg(reply.policyKey));

        if (in.acknowledges == CheckIn::Acknowledges::Wipe && device.status != DeviceStatus::WipeRequired &&
            device.status != DeviceStatus::WipeSucceeded)
            return makeError(ErrorCode::InvalidValue, QStringLiteral("acknowledges"),
                             tr("The device acknowledged a wipe, but no wipe of it was requested."));

        QString action = reply.registered ? QStringLiteral("device.register") : QString();
        switch (device.status) {
        case DeviceStatus::WipeRequired:
            if (in.acknowledges == CheckIn::Acknowledges::Wipe) {
                device.status = DeviceStatus::WipeSucceeded;
                action = QStringLiteral("device.wiped");
            } else {
                reply.command = CheckInReply::Command::Wipe;
            }
            break;
        case DeviceStatus::WipeSucceeded:
            // MOB-5: a wiped device still on the list is wiped again.
            if (in.acknowledges != CheckIn::Acknowledges::Wipe)
                reply.command = CheckInReply::Command::Wipe;
            break;
        case DeviceStatus::ProvisioningRequired:
        case DeviceStatus::ProvisioningSucceeded:
            if (in.acknowledges == CheckIn::Acknowledges::Policy) {
                device.policyKey = in.policyKey;
                if (device.status != DeviceStatus::ProvisioningSucceeded)
                    action = QStringLiteral("device.provisioned");
                device.status = DeviceStatus::ProvisioningSucceeded;
            } else if (device.status == DeviceStatus::ProvisioningRequired ||
                       device.policyKey != reply.policyKey) {
                device.status = DeviceStatus::ProvisioningRequired;
                reply.command = CheckInReply::Command::Provision;
            }
            break;
        }

        if (auto ok = reply.registered ? table.insert(device) : table.update(device); !ok)
            return ok.error();
        if (!action.isEmpty())
            if (auto ok =
                    m_engine.recordAudit(device.organizationId, action, device.id,
                                         reply.registered ? QJsonObject{} : jsonOf(before), jsonOf(device));
                !ok)
                return ok.error();
        change = deviceChange(device, reply.registered ? Change::Kind::Added : Change::Kind::Updated,
                              action.isEmpty() ? QStringLiteral("device.sync") : action);
        reply.device = device;
        return reply;
    });
}

Result<MobileDevice> MobileDevices::wipe(const QString& id)
{
    return m_engine.mutate([&](Change& change) -> Result<MobileDevice> {
        MobileTable table(m_engine.store());
        auto found = table.device(id);
        if (!found)
            return found.error().code == ErrorCode::NotFound ? noDevice() : found.error();
        MobileDevice device = found.value();
        if (auto org = m_engine.organizations().requireActive(device.organizationId); !org)
            return org.error();
        if (device.status == DeviceStatus::WipeRequired)
            return makeError(
                ErrorCode::WrongState, QStringLiteral("status"),
                tr("A wipe of this device is already requested; it happens at the device's next check-in."));
        if (device.status == DeviceStatus::WipeSucceeded)
            return makeError(
                ErrorCode::WrongState, QStringLiteral("status"),
                tr("This device is already wiped. Remove it from the list if it is no longer used."));
        const QDateTime now = m_engine.now();
        if (!device.isConnected(now))
            return makeError(
                ErrorCode::WrongState, QStringLiteral("lastSync"),
                tr("The device is not connected: it last synced %1, and a wipe is only possible within "
                   "5 minutes of its last sync. Ask the user to open mail on the device, then try again.")
                    .arg(QLocale().toString(device.lastSync.toLocalTime(), QLocale::ShortFormat)));
        const MobileDevice before = device;
        device.status = DeviceStatus::WipeRequired;
        if (auto ok = table.update(device); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(device.organizationId, QStringLiteral("device.wipe"), device.id,
                                           jsonOf(before), jsonOf(device));
            !ok)
            return ok.error();
        change = deviceChange(device, Change::Kind::Updated, QStringLiteral("device.wipe"));
        return device;
    });
}

Status MobileDevices::remove(const QString& id)
{
    return m_engine.mutate([&](Change& change) -> Status {
        MobileTable table(m_engine.store());
        auto found = table.device(id);
        if (!found)
            return found.error().code == ErrorCode::NotFound ? noDevice() : found.error();
        if (auto org = m_engine.organizations().requireActive(found.value().organizationId); !org)
            return org.error();
        if (auto ok = table.remove(id); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(found.value().organizationId, QStringLiteral("device.remove"), id,
                                           jsonOf(found.value()), {});
            !ok)
            return ok.error();
        change = deviceChange(found.value(), Change::Kind::Removed, QStringLiteral("device.remove"));
        return Done{};
    });
}

} // namespace mailroom
