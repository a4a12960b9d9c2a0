#pragma once
// A user of an organization's directory (USR-1..USR-7), the rows of the users list, and the
// query behind that list.

#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace mailroom {

enum class UserState { Enabled, Disabled };
enum class UserRole { User, SystemUser };

QString userStateName(UserState state); // stable: "Enabled"
QString userStateLabel(UserState state); // translated
QString userRoleName(UserRole role);     // stable: "User", "SystemUser"
QString userRoleLabel(UserRole role);    // translated
std::optional<UserState> userStateFromName(const QString& name);
std::optional<UserRole> userRoleFromName(const QString& name);

// Details an administrator may edit (USR-5).
struct UserDetails
{
    QString firstName;
    QString lastName;
    QString displayName;
    QString street;
    QString phone;
    QString company;
};

struct User
{
    QString id; // UUID, stable forever
    QString organizationId;
    QString directoryId;
    QString username;
    UserDetails details;
    QString email; // primary address, empty while the user has none
    UserState state = UserState::Disabled;
    UserRole role = UserRole::User;
    QString mailboxId;     // empty when no mailbox exists
    QDateTime disabledAt;  // set while a disabled mailbox waits for its purge
    QDateTime createdAt;

    bool isSystem() const { return role == UserRole::SystemUser; }
};

// One row of the users list: what the table shows.
struct UserRow
{
    QString id;
    QString username;
    QString displayName;
    QString email;
    UserState state = UserState::Disabled;
    UserRole role = UserRole::User;
    QDateTime createdAt;
    QDateTime disabledAt;
};

struct EmailAddress
{
    QString address;
    bool primary = false;
};

// What the users list asks for (USR-2): filters, prefix search and order.
struct UserQuery
{
    enum class SortKey { Username, DisplayName, Email, State, Role, Created };

    QString organizationId;
    QString search; // prefix of username, display name or any address; case-insensitive
    std::optional<UserState> state;
    std::optional<UserRole> role;
    SortKey sortKey = SortKey::Username;
    bool descending = false;
};

// What a new user needs (USR-1).
struct NewUser
{
    QString firstName;
    QString lastName;
    QString username;
    QString displayName;
    QString email;
    QString password;
};

} // namespace mailroom
