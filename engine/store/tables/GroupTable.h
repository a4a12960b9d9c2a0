#pragma once
// SQL for groups (GRP-1..GRP-3): the directory's groups with their mail state, memberships,
// the paged groups list, and the member search of the create dialog.

#include "core/Result.h"
#include "groups/Group.h"

#include <optional>

namespace mailroom {

class Store;

class GroupTable
{
public:
    explicit GroupTable(Store& store) : m_store(store) {}

    Status insert(const Group& group);
    Result<Group> get(const QString& id);                                // NotFound
    Result<Group> findByName(const QString& orgId, const QString& name); // NotFound
    Result<bool> nameTaken(const QString& directoryId, const QString& name);
    Status updateMailState(const Group& group); // state and address
    Status remove(const QString& id);           // with its memberships both ways

    Status attachDirectory(const QString& directoryId, const QString& orgId);
    Status detachOrganization(const QString& orgId);

    // The groups list.
    Result<int> count(const GroupQuery& query);
    Result<QVector<Group>> page(const GroupQuery& query, int offset, int limit); // with memberCount
    // The row the group has in the query's order, or nullopt when the query excludes it.
    Result<std::optional<int>> rank(const GroupQuery& query, const QString& id);

    // Memberships.
    Status addMember(const QString& groupId, const Member& member);
    Status removeMember(const QString& groupId, const QString& memberId);
    Status forgetMember(const QString& memberId);            // a deleted user or group leaves every group
    Result<QVector<Member>> members(const QString& groupId); // groups first, then users, by name
    // The users and groups one owner links to (a group's members, a resource's delegates),
    // groups first, then by name.
    enum class Link
    {
        GroupMembers,
        ResourceDelegates
    };
    static Result<QVector<Member>> linkedMembers(Store& store, Link link, const QString& ownerId);
    // True when group `inner` is group `outer` or is nested (at any depth) inside it.
    Result<bool> containsGroup(const QString& outer, const QString& inner);

    // Users (not system users) and groups of the organization whose first name, last name,
    // username or group name starts with the text; all of them (up to limit) when it is empty.
    Result<QVector<Member>> candidates(const QString& orgId, const QString& search, int limit);
    // A user or group of the organization by id. NotFound.
    Result<Member> entity(const QString& orgId, const QString& id);

private:
    Store& m_store;
};

} // namespace mailroom
