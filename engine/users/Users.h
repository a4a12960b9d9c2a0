#pragma once
// Users of an organization (USR-1, USR-2, USR-5, USR-6): create, list, details and passwords.
// Addresses are in UserAddresses, the mailbox's life (enable, disable, delete) in Mailboxes.

#include "PasswordPolicy.h"
#include "User.h"
#include "core/Result.h"
#include "store/tables/UserTable.h"

#include <optional>

namespace mailroom {

class Engine;

class Users
{
public:
    explicit Users(Engine& engine);

    // Validation as the administrator types, in the order of the create dialog's two steps.
    // Errors name the field: username, displayName, firstName, lastName, email, password.
    Status checkDetails(const QString& orgId, const NewUser& user); // step 1: names and username
    Status checkPassword(const QString& password) const;
    // The address a new mailbox is offered: username (before any @) at the default domain.
    Result<QString> suggestedAddress(const QString& orgId, const QString& username);
    // The address check of the address book (form, usable domain, free in the organization).
    Status checkAddress(const QString& orgId, const QString& address, const QString& ownerId = {});
    PasswordPolicy passwordPolicy() const { return m_policy; }

    // Creates the user in the organization's directory, enabled, with a new mailbox.
    // Errors: those of the checks, AddressTaken, DomainNotVerified, LimitReached (trial),
    // NotSupportedByDirectory (AD Connector), WrongState, AccessDenied.
    Result<User> create(const QString& orgId, const NewUser& user);

    Result<User> get(const QString& id);
    // The organization's user with that username (case-insensitive). Errors: NotFound.
    Result<User> findByUsername(const QString& orgId, const QString& username);

    // The users list (USR-2): count, a page, one row, and where a user stands in the order.
    Result<int> count(const UserQuery& query);
    Result<QVector<UserRow>> page(const UserQuery& query, int offset, int limit);
    Result<UserRow> row(const QString& id);
    Result<std::optional<int>> rank(const UserQuery& query, const QString& id);
    Result<bool> matches(const UserQuery& query, const QString& id);

    // USR-5. Errors: NotSupportedByDirectory (AD Connector), SystemUser, InvalidValue, Required.
    // Writes the fields of details that differ from the user's details now.
    Result<User> updateDetails(const QString& id, const UserDetails& details);
    // A field edit: the fields that edited changes from base (the details as read), each while it
    // still holds its base value; ifVersion, when not 0, must be the user's version. Errors:
    // Conflict (each field that moved, with its value now; nothing written).
    Result<User> updateDetails(const QString& id, const UserDetails& base, const UserDetails& edited,
                               qint64 ifVersion = 0);
    // USR-6. Errors: NotSupportedByDirectory (AD Connector), PasswordRejected, SystemUser.
    Status resetPassword(const QString& id, const QString& password);
    // True when password is the user's password (for sign-in checks and tests).
    Result<bool> verifyPassword(const QString& id, const QString& password);

private:
    Engine& m_engine;
    UserTable m_table;
    PasswordPolicy m_policy;
};

} // namespace mailroom
