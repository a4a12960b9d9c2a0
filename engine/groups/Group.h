#pragma once
// A group of an organization (GRP-1..GRP-3): a distribution list and security group whose
// members are users and other groups; the rows of the groups list and the query behind it.

#include "core/EnumTable.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace mailroom {

enum class GroupState
{
    Enabled,
    Disabled
};

constexpr auto describe(GroupState)
{
    return enumTable<GroupState>(
        "Group", {{GroupState::Enabled, "Enabled", QT_TRANSLATE_NOOP("Group", "Enabled")},
                  {GroupState::Disabled, "Disabled", QT_TRANSLATE_NOOP("Group", "Disabled")}});
}

struct Group
{
    QString id; // UUID, stable forever
    QString organizationId;
    QString directoryId;
    QString name;
    QString email; // empty while disabled
    GroupState state = GroupState::Disabled;
    QDateTime createdAt;
    int memberCount = 0; // filled by the groups list (Groups::page) only
    qint64 version = 0;  // raised by every change (Versions); 0 when not read from the store
};

// A user or group as a member, a delegate or a search candidate.
struct Member
{
    enum class Kind
    {
        User,
        Group
    };
    QString id;
    Kind kind = Kind::User;
    QString name;        // username or group name
    QString displayName; // the user's display name, or the group name
    QString email;
    bool enabled = false;
};

constexpr auto describe(Member::Kind)
{
    return enumTable<Member::Kind>("Group",
                                   {{Member::Kind::User, "User", QT_TRANSLATE_NOOP("Group", "User")},
                                    {Member::Kind::Group, "Group", QT_TRANSLATE_NOOP("Group", "Group")}});
}

// Who receives mail sent to a group (GRP-3): an enabled user reached through the group.
struct Recipient
{
    QString userId;
    QString username;
    QString email;
    QString via; // the group that brought the user in (the group itself, or a nested group)
};

struct GroupQuery
{
    enum class SortKey
    {
        Name,
        Email,
        State,
        Members
    };

    QString organizationId;
    QString search; // prefix of the name or the address; case-insensitive
    std::optional<GroupState> state;
    SortKey sortKey = SortKey::Name;
    bool descending = false;
};

// What a new group needs (GRP-1).
struct NewGroup
{
    QString name;
    QString email;
    QStringList memberIds; // users and groups of the organization
};

namespace groups {
constexpr int MaxNameLength = 256;
}

} // namespace mailroom
