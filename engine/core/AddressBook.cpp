#include "AddressBook.h"

#include "Engine.h"
#include "Rules.h"
#include "settings/OrgSettings.h"

#include <QCoreApplication>

namespace mailroom {

AddressBook::AddressBook(Engine& engine) : m_addresses(engine.store()), m_domains(engine.store()) {}

Status AddressBook::check(const QString& orgId, const QString& address, const QString& ownerId,
                          const QString& field)
{
    if (auto ok = rules::addressFormat(address, field); !ok)
        return ok;
    if (auto ok = checkNotJournalSender(address, field); !ok)
        return ok;
    const QString domain = address.section(u'@', 1).toLower();
    auto usable = m_domains.usable(orgId, domain);
    if (!usable)
        return usable.error();
    if (!usable.value())
        return makeError(ErrorCode::DomainNotVerified, field,
                         QCoreApplication::translate(
                             "AddressBook", "Email address: %1 is not a verified domain of this "
                                            "organization; use the test domain or a verified domain.")
                             .arg(domain));
    auto owner = m_addresses.owner(orgId, address);
    if (!owner)
        return owner.error();
    if (!owner.value().isEmpty() && owner.value() != ownerId)
        return makeError(ErrorCode::AddressTaken, field,
                         QCoreApplication::translate(
                             "AddressBook", "Email address: %1 is already used in this organization.")
                             .arg(address.toLower()));
    return Done{};
}

} // namespace mailroom
