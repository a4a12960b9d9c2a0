#pragma once
// The one check for an address an entity wants (USR-1, USR-3): its form, a domain the
// organization may use (the test domain or a verified one), and that no other user,
// group or resource of the organization has it.

#include "Result.h"
#include "store/tables/AddressTable.h"
#include "store/tables/DomainTable.h"

namespace mailroom {

class Engine;

class AddressBook
{
public:
    explicit AddressBook(Engine& engine);

    // ownerId may already hold the address. Errors (on field): Required, InvalidValue,
    // DomainNotVerified, AddressTaken.
    Status check(const QString& orgId, const QString& address, const QString& ownerId = {},
                 const QString& field = QStringLiteral("email"));

    AddressTable& addresses() { return m_addresses; }

private:
    AddressTable m_addresses;
    DomainTable m_domains;
};

} // namespace mailroom
