#include "OrgSettingsTable.h"

#include "store/Store.h"

namespace mailroom {

Result<OrgSettingsRow> OrgSettingsTable::get(const QString& orgId)
{
    auto q = m_store.run(QStringLiteral("SELECT journaling, journal_address, report_address, migration_admin"
                                        " FROM org_settings WHERE org_id = ?"),
                         {orgId});
    if (!q)
        return q.error();
    OrgSettingsRow row;
    if (q.value()->next()) {
        row.journaling = q.value()->value(0).toBool();
        row.journalAddress = q.value()->value(1).toString();
        row.reportAddress = q.value()->value(2).toString();
        row.migrationAdminId = q.value()->value(3).toString();
    }
    q.value()->finish();
    return row;
}

Status OrgSettingsTable::put(const QString& orgId, const OrgSettingsRow& row)
{
    auto q = m_store.run(
        QStringLiteral("INSERT INTO org_settings (org_id, journaling, journal_address, report_address,"
                       " migration_admin) VALUES (?, ?, ?, ?, ?) ON CONFLICT(org_id) DO UPDATE SET"
                       " journaling = excluded.journaling, journal_address = excluded.journal_address,"
                       " report_address = excluded.report_address,"
                       " migration_admin = excluded.migration_admin"),
        {orgId, row.journaling, row.journalAddress, row.reportAddress, row.migrationAdminId});
    if (!q)
        return q.error();
    return Done{};
}

} // namespace mailroom
