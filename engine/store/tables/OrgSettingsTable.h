#pragma once
// SQL for the settings of organizations: journaling and the migration administrator.

#include "core/Result.h"

namespace mailroom {

class Store;

struct OrgSettingsRow
{
    bool journaling = false;
    QString journalAddress;
    QString reportAddress;
    QString migrationAdminId; // empty: the user named migration_admin
};

class OrgSettingsTable
{
public:
    explicit OrgSettingsTable(Store& store) : m_store(store) {}

    Result<OrgSettingsRow> get(const QString& orgId); // the defaults when none was saved
    Status put(const QString& orgId, const OrgSettingsRow& row);

private:
    Store& m_store;
};

} // namespace mailroom
