#include "MobileTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

#include <QSqlQuery>

namespace mailroom {

namespace {

const QString deviceColumns = QStringLiteral(
    "id, org_id, user_id, device_id, type, model, os, user_agent, first_sync, last_sync, status, policy_key");

MobileDevice deviceFrom(const QSqlQuery& q)
{
    MobileDevice d;
    d.id = q.value(0).toString();
    d.organizationId = q.value(1).toString();
    d.userId = q.value(2).toString();
    d.deviceId = q.value(3).toString();
    d.type = q.value(4).toString();
    d.model = q.value(5).toString();
    d.os = q.value(6).toString();
    d.userAgent = q.value(7).toString();
    d.firstSync = timestamps::fromDb(q.value(8));
    d.lastSync = timestamps::fromDb(q.value(9));
    d.status = fromName<DeviceStatus>(q.value(10).toString()).value_or(DeviceStatus::ProvisioningRequired);
    d.policyKey = q.value(11).toInt();
    return d;
}

Status done(const Result<QSqlQuery*>& q)
{
    if (!q)
        return q.error();
    q.value()->finish();
    return Done{};
}

} // namespace

Result<MobilePolicyRow> MobileTable::policy(const QString& orgId)
{
    auto q = m_store.run(QStringLiteral("SELECT policy, policy_key FROM mobile_policies WHERE org_id = ?"),
                         {orgId});
    if (!q)
        return q.error();
    MobilePolicyRow row;
    if (q.value()->next()) {
        row.policyJson = q.value()->value(0).toString();
        row.policyKey = q.value()->value(1).toInt();
    }
    q.value()->finish();
    return row;
}

Status MobileTable::putPolicy(const QString& orgId, const MobilePolicyRow& row)
{
    return done(
        m_store.run(QStringLiteral("INSERT INTO mobile_policies (org_id, policy, policy_key) VALUES (?, ?, ?)"
                                   " ON CONFLICT(org_id) DO UPDATE SET policy = excluded.policy,"
                                   " policy_key = excluded.policy_key"),
                    {orgId, row.policyJson, row.policyKey}));
}

Result<QVector<MobileDevice>> MobileTable::select(const QString& where, const QVariantList& values)
{
    auto q = m_store.run(QStringLiteral("SELECT ") + deviceColumns +
                             QStringLiteral(" FROM mobile_devices WHERE ") + where,
                         values);
    if (!q)
        return q.error();
    QVector<MobileDevice> devices;
    while (q.value()->next())
        devices.append(deviceFrom(*q.value()));
    q.value()->finish();
    return devices;
}

Result<QVector<MobileDevice>> MobileTable::devicesOfUser(const QString& userId)
{
    return select(QStringLiteral("user_id = ? ORDER BY first_sync, device_id"), {userId});
}

Result<MobileDevice> MobileTable::device(const QString& id)
{
    auto found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("device"), QString());
    return found.value().first();
}

Result<MobileDevice> MobileTable::deviceOf(const QString& userId, const QString& deviceId)
{
    auto found = select(QStringLiteral("user_id = ? AND device_id = ?"), {userId, deviceId});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("device"), QString());
    return found.value().first();
}

Result<QMap<DeviceStatus, int>> MobileTable::countByStatus(const QString& orgId)
{
    auto q = m_store.run(
        QStringLiteral("SELECT status, COUNT(*) FROM mobile_devices WHERE org_id = ? GROUP BY status"),
        {orgId});
    if (!q)
        return q.error();
    QMap<DeviceStatus, int> counts;
    for (DeviceStatus s : valuesOf<DeviceStatus>())
        counts.insert(s, 0);
    while (q.value()->next())
        if (auto status = fromName<DeviceStatus>(q.value()->value(0).toString()))
            counts[*status] += q.value()->value(1).toInt();
    q.value()->finish();
    return counts;
}

Status MobileTable::insert(const MobileDevice& d)
{
    return done(m_store.run(QStringLiteral("INSERT INTO mobile_devices (") + deviceColumns +
                                QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {d.id, d.organizationId, d.userId, d.deviceId, d.type, d.model, d.os, d.userAgent,
                             timestamps::toDb(d.firstSync), timestamps::toDb(d.lastSync), nameOf(d.status),
                             d.policyKey}));
}

Status MobileTable::update(const MobileDevice& d)
{
    return done(
        m_store.run(QStringLiteral("UPDATE mobile_devices SET type = ?, model = ?, os = ?, user_agent = ?,"
                                   " last_sync = ?, status = ?, policy_key = ? WHERE id = ?"),
                    {d.type, d.model, d.os, d.userAgent, timestamps::toDb(d.lastSync), nameOf(d.status),
                     d.policyKey, d.id}));
}

Status MobileTable::remove(const QString& id)
{
    return done(m_store.run(QStringLiteral("DELETE FROM mobile_devices WHERE id = ?"), {id}));
}

Result<int> MobileTable::moveStatus(const QString& orgId, const QVector<DeviceStatus>& from, DeviceStatus to)
{
    QStringList marks;
    QVariantList values{nameOf(to), orgId};
    for (DeviceStatus status : from) {
        marks << QStringLiteral("?");
        values << nameOf(status);
    }
    auto q =
        m_store.run(QStringLiteral("UPDATE mobile_devices SET status = ? WHERE org_id = ? AND status IN (%1)")
                        .arg(marks.join(QStringLiteral(", "))),
                    values);
    if (!q)
        return q.error();
    const int moved = q.value()->numRowsAffected();
    q.value()->finish();
    return moved;
}

} // namespace mailroom
