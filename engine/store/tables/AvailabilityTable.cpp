#include "AvailabilityTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

#include <QSqlQuery>

namespace mailroom {

namespace {

AvailabilitySetting settingFrom(const QSqlQuery& q)
{
    AvailabilitySetting s;
    s.organizationId = q.value(0).toString();
    s.domain = q.value(1).toString();
    s.ewsUrl = q.value(2).toString();
    s.serviceAccount = q.value(3).toString();
    s.secretRef = q.value(4).toString();
    s.testedAt = timestamps::fromDb(q.value(5));
    s.testResult = q.value(6).toString();
    return s;
}

} // namespace

Result<QVector<AvailabilitySetting>> AvailabilityTable::list(const QString& orgId)
{
    auto q = m_store.run(
        QStringLiteral("SELECT org_id, domain, ews_url, service_account, secret_ref, tested_at,"
                       " test_result FROM availability_settings WHERE org_id = ? ORDER BY domain"),
        {orgId});
    if (!q)
        return q.error();
    QVector<AvailabilitySetting> settings;
    while (q.value()->next())
        settings.append(settingFrom(*q.value()));
    q.value()->finish();
    return settings;
}

Result<AvailabilitySetting> AvailabilityTable::get(const QString& orgId, const QString& domain)
{
    auto q =
        m_store.run(QStringLiteral("SELECT org_id, domain, ews_url, service_account, secret_ref, tested_at,"
                                   " test_result FROM availability_settings WHERE org_id = ? AND domain = ?"),
                    {orgId, domain});
    if (!q)
        return q.error();
    if (!q.value()->next()) {
        q.value()->finish();
        return makeError(ErrorCode::NotFound, QStringLiteral("domain"), QString());
    }
    AvailabilitySetting s = settingFrom(*q.value());
    q.value()->finish();
    return s;
}

Status AvailabilityTable::put(const AvailabilitySetting& s)
{
    auto q = m_store.run(
        QStringLiteral("INSERT INTO availability_settings (org_id, domain, ews_url, service_account,"
                       " secret_ref, tested_at, test_result) VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(org_id, domain) DO UPDATE SET ews_url = excluded.ews_url,"
                       " service_account = excluded.service_account, secret_ref = excluded.secret_ref,"
                       " tested_at = excluded.tested_at, test_result = excluded.test_result"),
        {s.organizationId, s.domain, s.ewsUrl, s.serviceAccount, s.secretRef, timestamps::toDb(s.testedAt),
         s.testResult});
    if (!q)
        return q.error();
    q.value()->finish();
    return Done{};
}

Status AvailabilityTable::remove(const QString& orgId, const QString& domain)
{
    auto q = m_store.run(QStringLiteral("DELETE FROM availability_settings WHERE org_id = ? AND domain = ?"),
                         {orgId, domain});
    if (!q)
        return q.error();
    q.value()->finish();
    return Done{};
}

} // namespace mailroom
