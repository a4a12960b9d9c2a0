#pragma once
// SQL for resources (RES-1..RES-4) and their delegates.

#include "core/Result.h"
#include "groups/Group.h"
#include "resources/Resource.h"

namespace mailroom {

class Store;

class ResourceTable
{
public:
    explicit ResourceTable(Store& store) : m_store(store) {}

    Status insert(const Resource& resource);
    Result<Resource> get(const QString& id);                                // NotFound
    Result<Resource> findByName(const QString& orgId, const QString& name); // NotFound
    // Resources whose name or address starts with search (all when empty), by name.
    Result<QVector<Resource>> list(const QString& orgId, const QString& search);
    Result<bool> nameTaken(const QString& orgId, const QString& name, const QString& exceptId);
    Status updateDetails(const QString& id, const ResourceDetails& details);
    Status updateBooking(const QString& id, const BookingOptions& booking);
    Status remove(const QString& id);

    Status addDelegate(const QString& resourceId, const Member& delegate);
    Status removeDelegate(const QString& resourceId, const QString& delegateId);
    Result<QVector<Member>> delegates(const QString& resourceId);
    Result<int> delegateCount(const QString& resourceId);

private:
    Store& m_store;
};

} // namespace mailroom
