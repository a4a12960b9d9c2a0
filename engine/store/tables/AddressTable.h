#pragma once
// SQL for the organization's address book: every address of users (later groups and
// resources), unique in the organization regardless of case (USR-3).

#include "core/Result.h"
#include "users/User.h"

namespace mailroom {

class Store;

class AddressTable
{
public:
    explicit AddressTable(Store& store) : m_store(store) {}

    Status add(const QString& orgId, const QString& address, const QString& entityId, bool primary);
    Status remove(const QString& orgId, const QString& address);
    Status removeAllOf(const QString& entityId);
    // The entity that owns the address in the organization, or an empty string.
    Result<QString> owner(const QString& orgId, const QString& address);
    Result<QVector<EmailAddress>> of(const QString& entityId); // primary first
    Result<int> aliasCount(const QString& entityId);
    Status setPrimary(const QString& entityId, const QString& address);

private:
    Store& m_store;
};

} // namespace mailroom
