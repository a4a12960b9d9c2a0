#pragma once
// Resources of an organization (RES-1..RES-4): create and edit, booking options, delegates
// (users or groups, only while "accept all" is off), remove.

#include "Resource.h"
#include "core/Change.h"
#include "core/Result.h"
#include "groups/Group.h"
#include "groups/MemberChanges.h"
#include "store/tables/ResourceTable.h"

#include <functional>

namespace mailroom {

class Engine;

class Resources
{
public:
    explicit Resources(Engine& engine);

    // As the administrator types. ownerId: the resource being edited, empty for a new one.
    // Errors (field "name", "description" or "email"): Required, InvalidValue, NameTaken,
    // AddressTaken, DomainNotVerified.
    Status checkDetails(const QString& orgId, const ResourceDetails& details, const QString& ownerId = {});
    // Errors: those of checkDetails, WrongState (organization not Active, or interoperability mode).
    Result<Resource> create(const QString& orgId, const ResourceDetails& details);
    // Writes the fields of details that differ from the resource's details now.
    Result<Resource> update(const QString& id, const ResourceDetails& details);
    // A field edit (as Users::updateDetails): the fields edited changes from base, each while it
    // still holds its base value. Errors: Conflict, and those of create.
    Result<Resource> update(const QString& id, const ResourceDetails& base, const ResourceDetails& edited,
                            qint64 ifVersion = 0);

    Result<Resource> get(const QString& id);
    Result<Resource> findByName(const QString& orgId, const QString& name);
    Result<QVector<Resource>> list(const QString& orgId, const QString& search = {});

    // RES-2. Turning "accept all" on while delegates remain: WrongState (remove them first).
    // basedOn: the bookingVersion it was read at (0: over whatever is there). Errors: Conflict.
    Result<Resource> setBooking(const QString& id, const BookingOptions& booking, qint64 basedOn = 0);

    Result<QVector<Member>> delegates(const QString& id);
    // RES-3. Errors: WrongState while "accept all" is on (the message says why), NotFound.
    Status addDelegates(const QString& id, const QStringList& memberIds);
    // Adds and removes by difference, in one operation (the Delegates tab's Save), so that
    // delegates someone else added meanwhile stay; adding a delegate already there or removing one
    // already gone is no error. Errors: those of addDelegates (only when some are added).
    Status changeDelegates(const QString& id, const MemberChanges& changes);
    // Errors: NotFound for an id that is not a delegate.
    Status removeDelegates(const QString& id, const QStringList& memberIds);

    // RES-4. The resource, its address and its delegates go.
    Status remove(const QString& id);

private:
    Result<Resource> changeable(const QString& id);
    Result<QStringList> delegateIdsOf(const QString& id);
    // One operation on the delegate list: after(resource, delegates now) is the list to store.
    Status
    editDelegates(const QString& id, const QString& action,
                  const std::function<Result<QStringList>(const Resource&, const QStringList&)>& after);
    // The one way delegates change: from before to after, with the audit record and the change.
    Status replaceDelegates(Change& change, const Resource& resource, const QStringList& before,
                            const QStringList& after, const QString& action);

    Engine& m_engine;
    ResourceTable m_table;
};

} // namespace mailroom
