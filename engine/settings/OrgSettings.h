#pragma once
// An organization's journaling (JRN-1, JRN-2) and migration administrator (MIG-1).

#include "core/Result.h"
#include "users/User.h"

#include <optional>

namespace mailroom {

class Engine;
struct Organization;

struct JournalingSettings
{
    bool enabled = false;
    QString journalAddress; // where journal records go; may be outside the organization
    QString reportAddress;  // where failures to journal are reported
    qint64 version = 0;     // raised by every change (Versions); 0 when not read from the store
};

// JRN-2: the sender of journal records, reserved in the organization (no mailbox, and no user,
// group or resource may take its name or address).
QString journalSenderAddress(const Organization& org);
constexpr const char* JournalSenderName = "amazonjournaling";
// Errors (field given): AddressTaken / UsernameTaken when name is the reserved journal sender.
Status checkNotJournalSender(const QString& name, const QString& field);

struct MigrationAdmin
{
    std::optional<User> user; // none: no such user yet
    bool chosen = false;      // chosen in the settings, rather than the user named migration_admin
    qint64 version = 0;       // raised by every change (Versions); 0 when not read from the store
};

class OrgSettings
{
public:
    explicit OrgSettings(Engine& engine);

    Result<JournalingSettings> journaling(const QString& orgId);
    // JRN-1, applied at once. While on, both addresses must be valid (fields "journalAddress",
    // "reportAddress"); off keeps them. Errors: Required, InvalidValue, WrongState, AccessDenied.
    Status checkJournaling(const JournalingSettings& settings) const;
    // basedOn: the version the settings were read at (0: over whatever is there). Errors: Conflict.
    Result<JournalingSettings> setJournaling(const QString& orgId, const JournalingSettings& settings,
                                             qint64 basedOn = 0);

    // MIG-1: the chosen user, else the user named migration_admin, else none.
    Result<MigrationAdmin> migrationAdmin(const QString& orgId);
    // userId: an enabled user of the organization (not a system user); empty: back to the user
    // named migration_admin. Errors: NotFound, SystemUser, WrongState (not enabled).
    Result<MigrationAdmin> setMigrationAdmin(const QString& orgId, const QString& userId, qint64 basedOn = 0);

private:
    Engine& m_engine;
};

} // namespace mailroom
