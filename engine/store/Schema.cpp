#include "Schema.h"

namespace mailroom::schema {

namespace {

Migration version1()
{
    return {1,
            {
                QStringLiteral("CREATE TABLE directories ("
                               " id TEXT PRIMARY KEY,"
                               " name TEXT NOT NULL,"
                               " type TEXT NOT NULL,"
                               " region TEXT NOT NULL,"
                               " runs_exchange BOOLEAN NOT NULL DEFAULT FALSE,"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX directories_region_type ON directories(region, type)"),
                QStringLiteral("CREATE TABLE organizations ("
                               " id TEXT PRIMARY KEY,"
                               " alias TEXT NOT NULL UNIQUE,"
                               " region TEXT NOT NULL,"
                               " state TEXT NOT NULL,"
                               " state_reason TEXT NOT NULL DEFAULT '',"
                               " creation_step INTEGER NOT NULL DEFAULT 0,"
                               " setup TEXT NOT NULL,"
                               " directory_id TEXT UNIQUE REFERENCES directories(id),"
                               " kms_key TEXT NOT NULL,"
                               " interoperability BOOLEAN NOT NULL DEFAULT FALSE,"
                               " default_domain TEXT NOT NULL DEFAULT '',"
                               " created_at TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX organizations_region ON organizations(region, alias)"),
                QStringLiteral("CREATE TABLE domains ("
                               " org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                               " name TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " is_test BOOLEAN NOT NULL DEFAULT FALSE,"
                               " created_at TEXT NOT NULL,"
                               " PRIMARY KEY (org_id, name))"),
                QStringLiteral("CREATE TABLE users ("
                               " id TEXT PRIMARY KEY,"
                               " directory_id TEXT NOT NULL REFERENCES directories(id) ON DELETE CASCADE,"
                               " org_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,"
                               " username TEXT NOT NULL,"
                               " username_lc TEXT NOT NULL,"
                               " first_name TEXT NOT NULL DEFAULT '',"
                               " last_name TEXT NOT NULL DEFAULT '',"
                               " display_name TEXT NOT NULL DEFAULT '',"
                               " display_lc TEXT NOT NULL DEFAULT '',"
                               " street TEXT NOT NULL DEFAULT '',"
                               " phone TEXT NOT NULL DEFAULT '',"
                               " company TEXT NOT NULL DEFAULT '',"
                               " email TEXT NOT NULL DEFAULT '',"
                               " email_lc TEXT NOT NULL DEFAULT '',"
                               " role TEXT NOT NULL,"
                               " state TEXT NOT NULL,"
                               " mailbox_id TEXT,"
                               " disabled_at TEXT,"
                               " password_hash TEXT,"
                               " created_at TEXT NOT NULL,"
                               " UNIQUE (directory_id, username_lc))"),
                QStringLiteral("CREATE INDEX users_org_username ON users(org_id, username_lc, id)"),
                QStringLiteral("CREATE INDEX users_org_display ON users(org_id, display_lc, id)"),
                QStringLiteral("CREATE INDEX users_org_email ON users(org_id, email_lc, id)"),
                QStringLiteral("CREATE INDEX users_org_state ON users(org_id, state, id)"),
                QStringLiteral("CREATE INDEX users_org_role ON users(org_id, role, id)"),
                QStringLiteral("CREATE INDEX users_org_created ON users(org_id, created_at, id)"),
                QStringLiteral("CREATE INDEX users_disabled_at ON users(disabled_at)"),
                QStringLiteral("CREATE TABLE addresses ("
                               " org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                               " address_lc TEXT NOT NULL,"
                               " address TEXT NOT NULL,"
                               " entity_id TEXT NOT NULL,"
                               " is_primary BOOLEAN NOT NULL DEFAULT FALSE,"
                               " PRIMARY KEY (org_id, address_lc))"),
                QStringLiteral("CREATE INDEX addresses_entity ON addresses(entity_id)"),
                QStringLiteral("CREATE TABLE audit_log ("
                               " id TEXT PRIMARY KEY,"
                               " seq INTEGER NOT NULL UNIQUE,"
                               " at TEXT NOT NULL,"
                               " actor TEXT NOT NULL,"
                               " org_id TEXT,"
                               " action TEXT NOT NULL,"
                               " target TEXT NOT NULL,"
                               " before_json TEXT NOT NULL,"
                               " after_json TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX audit_log_org ON audit_log(org_id, seq)"),
            }};
}

// Domains gain their records and policy (DOM-1..DOM-7); groups (GRP) and resources (RES) arrive.
Migration version2()
{
    return {2,
            {
                QStringLiteral("ALTER TABLE domains ADD COLUMN token TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE domains ADD COLUMN dkim_tokens TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE domains ADD COLUMN policy TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("ALTER TABLE domains ADD COLUMN checked_at TEXT"),
                QStringLiteral("ALTER TABLE domains ADD COLUMN check_report TEXT NOT NULL DEFAULT ''"),
                QStringLiteral("CREATE TABLE mail_groups ("
                               " id TEXT PRIMARY KEY,"
                               " directory_id TEXT NOT NULL REFERENCES directories(id) ON DELETE CASCADE,"
                               " org_id TEXT REFERENCES organizations(id) ON DELETE SET NULL,"
                               " name TEXT NOT NULL,"
                               " name_lc TEXT NOT NULL,"
                               " email TEXT NOT NULL DEFAULT '',"
                               " email_lc TEXT NOT NULL DEFAULT '',"
                               " state TEXT NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " UNIQUE (directory_id, name_lc))"),
                QStringLiteral("CREATE INDEX mail_groups_org_name ON mail_groups(org_id, name_lc, id)"),
                QStringLiteral("CREATE INDEX mail_groups_org_email ON mail_groups(org_id, email_lc, id)"),
                QStringLiteral("CREATE INDEX mail_groups_org_state ON mail_groups(org_id, state, id)"),
                QStringLiteral("CREATE TABLE group_members ("
                               " group_id TEXT NOT NULL REFERENCES mail_groups(id) ON DELETE CASCADE,"
                               " member_id TEXT NOT NULL,"
                               " member_kind TEXT NOT NULL,"
                               " PRIMARY KEY (group_id, member_id))"),
                QStringLiteral("CREATE INDEX group_members_member ON group_members(member_id)"),
                QStringLiteral("CREATE TABLE resources ("
                               " id TEXT PRIMARY KEY,"
                               " org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                               " name TEXT NOT NULL,"
                               " name_lc TEXT NOT NULL,"
                               " description TEXT NOT NULL DEFAULT '',"
                               " type TEXT NOT NULL,"
                               " email TEXT NOT NULL,"
                               " accept_all BOOLEAN NOT NULL DEFAULT TRUE,"
                               " decline_recurring BOOLEAN NOT NULL DEFAULT FALSE,"
                               " decline_conflicting BOOLEAN NOT NULL DEFAULT TRUE,"
                               " created_at TEXT NOT NULL,"
                               " UNIQUE (org_id, name_lc))"),
                QStringLiteral("CREATE TABLE resource_delegates ("
                               " resource_id TEXT NOT NULL REFERENCES resources(id) ON DELETE CASCADE,"
                               " delegate_id TEXT NOT NULL,"
                               " delegate_kind TEXT NOT NULL,"
                               " PRIMARY KEY (resource_id, delegate_id))"),
                QStringLiteral("CREATE INDEX resource_delegates_delegate ON resource_delegates(delegate_id)"),
            }};
}

// The member search of groups and resources (GRP-1) looks users up by first and last name.
Migration version3()
{
    return {3,
            {
                QStringLiteral("CREATE INDEX users_org_first ON users(org_id, lower(first_name))"),
                QStringLiteral("CREATE INDEX users_org_last ON users(org_id, lower(last_name))"),
            }};
}

// Email flow rules (FLOW-1..FLOW-6): a rule and its patterns, in the order typed.
Migration version4()
{
    return {4,
            {
                QStringLiteral("CREATE TABLE flow_rules ("
                               " id TEXT PRIMARY KEY,"
                               " org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                               " name TEXT NOT NULL,"
                               " name_lc TEXT NOT NULL,"
                               " action TEXT NOT NULL,"
                               " created_at TEXT NOT NULL,"
                               " UNIQUE (org_id, name_lc))"),
                QStringLiteral("CREATE TABLE flow_patterns ("
                               " rule_id TEXT NOT NULL REFERENCES flow_rules(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL,"
                               " pattern TEXT NOT NULL,"
                               " PRIMARY KEY (rule_id, position))"),
            }};
}

// Organization settings: journaling (JRN-1) and the migration administrator (MIG-1).
Migration version5()
{
    return {5,
            {
                QStringLiteral("CREATE TABLE org_settings ("
                               " org_id TEXT PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,"
                               " journaling BOOLEAN NOT NULL DEFAULT FALSE,"
                               " journal_address TEXT NOT NULL DEFAULT '',"
                               " report_address TEXT NOT NULL DEFAULT '',"
                               " migration_admin TEXT NOT NULL DEFAULT '')"),
            }};
}

// The mobile device policy (MOB-1) as JSON with its version, the policy key devices
// acknowledge, and users' devices (MOB-3, MOB-4).
Migration version6()
{
    return {6,
            {
                QStringLiteral("CREATE TABLE mobile_policies ("
                               " org_id TEXT PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,"
                               " policy TEXT NOT NULL,"
                               " policy_key INTEGER NOT NULL)"),
                QStringLiteral("CREATE TABLE mobile_devices ("
                               " id TEXT PRIMARY KEY,"
                               " org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                               " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                               " device_id TEXT NOT NULL,"
                               " type TEXT NOT NULL DEFAULT '',"
                               " model TEXT NOT NULL DEFAULT '',"
                               " os TEXT NOT NULL DEFAULT '',"
                               " user_agent TEXT NOT NULL DEFAULT '',"
                               " first_sync TEXT NOT NULL,"
                               " last_sync TEXT NOT NULL,"
                               " status TEXT NOT NULL,"
                               " policy_key INTEGER NOT NULL DEFAULT 0,"
                               " UNIQUE (user_id, device_id))"),
                QStringLiteral("CREATE INDEX mobile_devices_org ON mobile_devices(org_id, status)"),
            }};
}

// Interoperability with Microsoft Exchange: the availability settings per domain (IOP-4; the
// password is only referenced, it lives in the system keychain) and the wizard's progress (IOP-8),
// one row per step done, per user for the per-user steps.
Migration version7()
{
    return {7,
            {
                QStringLiteral("CREATE TABLE availability_settings ("
                               " org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                               " domain TEXT NOT NULL,"
                               " ews_url TEXT NOT NULL,"
                               " service_account TEXT NOT NULL,"
                               " secret_ref TEXT NOT NULL,"
                               " tested_at TEXT,"
                               " test_result TEXT NOT NULL DEFAULT '',"
                               " PRIMARY KEY (org_id, domain))"),
                QStringLiteral("CREATE TABLE interop_progress ("
                               " org_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,"
                               " step TEXT NOT NULL,"
                               " subject TEXT NOT NULL DEFAULT '',"
                               " done_at TEXT NOT NULL,"
                               " done_by TEXT NOT NULL,"
                               " PRIMARY KEY (org_id, step, subject))"),
            }};
}

// Directory synchronisation in interoperability mode (IOP-2): the addresses Exchange holds for each
// directory user (primary first), which the sync copies to enabled users every four hours and on
// demand, and when each organization was last synchronised, with what it did.
Migration version8()
{
    return {8,
            {
                QStringLiteral("CREATE TABLE exchange_addresses ("
                               " user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                               " position INTEGER NOT NULL,"
                               " address TEXT NOT NULL,"
                               " PRIMARY KEY (user_id, position))"),
                QStringLiteral("CREATE TABLE directory_syncs ("
                               " org_id TEXT PRIMARY KEY REFERENCES organizations(id) ON DELETE CASCADE,"
                               " synced_at TEXT NOT NULL,"
                               " synced_by TEXT NOT NULL,"
                               " report TEXT NOT NULL)"),
            }};
}

// Exchange resources (RES-4): rooms and equipment of Microsoft Exchange are entries of an AD
// Connector directory with the role ExchangeResource; their type is kept with them.
Migration version9()
{
    return {9,
            {
                QStringLiteral("ALTER TABLE users ADD COLUMN resource_type TEXT"),
            }};
}

// Two administrators at once: the version of every editable object and settings document
// (kind and id; a row appears at the first change, so a missing row is version 1), and the change
// log through which other processes learn of each committed change (the store's ChangeFeed).
Migration version10()
{
    return {10,
            {
                QStringLiteral("CREATE TABLE object_versions ("
                               " kind TEXT NOT NULL,"
                               " id TEXT NOT NULL,"
                               " version INTEGER NOT NULL,"
                               " changed_by TEXT NOT NULL DEFAULT '',"
                               " changed_at TEXT NOT NULL DEFAULT '',"
                               " PRIMARY KEY (kind, id))"),
                QStringLiteral("CREATE TABLE change_log ("
                               " seq INTEGER PRIMARY KEY,"
                               " origin TEXT NOT NULL,"
                               " at TEXT NOT NULL,"
                               " actor TEXT NOT NULL,"
                               " subject TEXT NOT NULL,"
                               " kind TEXT NOT NULL,"
                               " org_id TEXT NOT NULL,"
                               " ids TEXT NOT NULL,"
                               " action TEXT NOT NULL)"),
            }};
}

} // namespace

const QVector<Migration>& migrations()
{
    static const QVector<Migration> all{version1(), version2(), version3(), version4(), version5(),
                                        version6(), version7(), version8(), version9(), version10()};
    return all;
}

} // namespace mailroom::schema
