#pragma once
// A user of an organization's directory (USR-1..USR-7), the rows of the users list, and the
// query behind that list.

#include "core/EnumTable.h"
#include "resources/Resource.h"

#include <QDateTime>
#include <QString>
#include <QVector>
#include <optional>

namespace mailroom {

enum class UserState
{
    Enabled,
    Disabled
};
// ExchangeResource: a room or equipment of Microsoft Exchange, a remote entry of an AD Connector
// directory that runs Exchange (RES-4); it shows in the users list while the organization is in
// interoperability mode and can never be enabled here.
enum class UserRole
{
    User,
    SystemUser,
    ExchangeResource
};

constexpr auto describe(UserState)
{
    return enumTable<UserState>(
        "UserState", {{UserState::Enabled, "Enabled", QT_TRANSLATE_NOOP("UserState", "Enabled")},
                      {UserState::Disabled, "Disabled", QT_TRANSLATE_NOOP("UserState", "Disabled")}});
}

constexpr auto describe(UserRole)
{
    return enumTable<UserRole>(
        "UserRole",
        {{UserRole::User, "User", QT_TRANSLATE_NOOP("UserRole", "User")},
         {UserRole::SystemUser, "SystemUser", QT_TRANSLATE_NOOP("UserRole", "System user"), "system"},
         {UserRole::ExchangeResource, "ExchangeResource", QT_TRANSLATE_NOOP("UserRole", "Exchange resource"),
          "exchange-resource"}});
}

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
    QString mailboxId;    // empty when no mailbox exists
    QDateTime disabledAt; // set while a disabled mailbox waits for its purge
    QDateTime createdAt;
    std::optional<ResourceType> resourceType; // set for an Exchange resource only
    qint64 version = 0; // raised by every change (Versions); 0 when not read from the store

    bool isSystem() const { return role == UserRole::SystemUser; }
    bool isExchangeResource() const { return role == UserRole::ExchangeResource; }
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
    std::optional<ResourceType> resourceType; // set for an Exchange resource only
    // The organization is in interoperability mode and this is an Exchange resource or a directory
    // user not enabled here: it lives in Microsoft Exchange ("In Exchange" instead of "Disabled").
    bool inExchange = false;
};

// The state the users list shows for a row: "In Exchange" for a remote row, else its state's
// label. Translated.
QString userRowStateLabel(const UserRow& row);
// The same for a user of an organization in interoperability mode or not (the details panel).
QString userStateLabel(const User& user, bool interoperability);

struct EmailAddress
{
    QString address;
    bool primary = false;
};

// What the users list asks for (USR-2): filters, prefix search and order.
struct UserQuery
{
    enum class SortKey
    {
        Username,
        DisplayName,
        Email,
        State,
        Role,
        Created
    };

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
