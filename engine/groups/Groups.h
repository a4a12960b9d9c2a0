#pragma once
// Groups of an organization (GRP-1..GRP-3): create with members, nesting without cycles,
// enable directory groups with a reviewed address, disable, delete when disabled, the groups
// list, the member search, and distribution expansion.

#include "Group.h"
#include "MemberChanges.h"
#include "core/Change.h"
#include "core/Result.h"
#include "interop/InteropRules.h"
#include "store/tables/GroupTable.h"

#include <functional>

namespace mailroom {

class Engine;

class Groups
{
public:
    explicit Groups(Engine& engine);

    // As the administrator types, step 1 of the create dialog. Errors (field "name" or "email"):
    // Required, InvalidValue, NameTaken, AddressTaken, DomainNotVerified.
    Status checkNew(const QString& orgId, const NewGroup& group);
    // Creates an enabled group with its address and members.
    // Errors: those of checkNew and addMembers, NotSupportedByDirectory (AD Connector), WrongState.
    Result<Group> create(const QString& orgId, const NewGroup& group);

    Result<Group> get(const QString& id);
    Result<Group> findByName(const QString& orgId, const QString& name);
    Result<int> count(const GroupQuery& query);
    Result<QVector<Group>> page(const GroupQuery& query, int offset, int limit); // with memberCount
    Result<std::optional<int>> rank(const GroupQuery& query, const QString& id);

    Result<QVector<Member>> members(const QString& groupId);
    // Users and groups whose first name, last name, username or group name starts with search.
    Result<QVector<Member>> candidates(const QString& orgId, const QString& search, int limit = 200);
    // Errors: NotFound (not a user or group of the organization), MembershipCycle (the group
    // itself, or a group that contains it), NotSupportedByDirectory (AD Connector).
    Status addMembers(const QString& groupId, const QStringList& memberIds);
    // Adds and removes by difference, in one operation (the Members tab's Save), so that members
    // someone else added meanwhile stay; adding a member already there or removing one already
    // gone is no error. Errors: those of addMembers.
    Status changeMembers(const QString& groupId, const MemberChanges& changes);
    // Errors: NotFound for an id that is not a member.
    Status removeMembers(const QString& groupId, const QStringList& memberIds);

    // GRP-2. The address offered when enabling: the name made into an address at the default domain.
    Result<QString> proposedAddress(const QString& groupId);
    // Errors: WrongState (already enabled), the address check's errors (field "email").
    Result<Group> enable(const QString& groupId, const QString& address);
    // The group keeps its members and loses its address. Errors: WrongState (already disabled).
    Result<Group> disable(const QString& groupId);
    // Only a disabled group of the service's own directory; a directory group stays in its
    // directory. Errors: WrongState, NotSupportedByDirectory.
    Status remove(const QString& groupId);

    // GRP-3: the enabled users that mail to the group reaches, each once; nested enabled groups
    // are expanded once each, whatever the path to them. None for a disabled group.
    Result<QVector<Recipient>> expand(const QString& groupId);

private:
    Result<Group> changeable(const QString& groupId);
    // The group, when it may change: as changeable, and refused in interoperability mode (IOP-2).
    Result<Group> managedHere(const QString& groupId, interop::Managed what);
    Status addMembersTo(const Group& group, const QStringList& memberIds);
    Result<QStringList> memberIdsOf(const QString& groupId);
    // One operation on the member list: after(group, members now) is the list to store.
    Status editMembers(const QString& groupId, const QString& action,
                       const std::function<Result<QStringList>(const Group&, const QStringList&)>& after);
    // The one way members change: from before to after, with the audit record and the change.
    Status replaceMembers(Change& change, const Group& group, const QStringList& before,
                          const QStringList& after, const QString& action);

    Engine& m_engine;
    GroupTable m_table;
};

} // namespace mailroom
