#pragma once
// SQL for the domains of organizations (DOM-1..DOM-7).

#include "core/Result.h"
#include "domains/Domain.h"

namespace mailroom {

class Store;

// An address that uses a domain, with the entity that holds it (DOM-4).
struct DomainAddressUse
{
    QString address;
    QString entityId;
    QString entityName; // username, group name or resource name
};

class DomainTable
{
public:
    explicit DomainTable(Store& store) : m_store(store) {}

    Status insert(const Domain& domain);
    // NotFound when the organization has no such domain.
    Result<Domain> get(const QString& orgId, const QString& name);
    Result<QVector<Domain>> list(const QString& orgId); // the test domain first, then by name
    Result<int> count(const QString& orgId, bool includingTest);
    Status setStatus(const QString& orgId, const QString& name, DomainStatus status);
    Status setPolicy(const QString& orgId, const QString& name, const QString& policy);
    Status recordCheck(const QString& orgId, const QString& name, const QDateTime& at, const QString& report);
    Status remove(const QString& orgId, const QString& name);
    // True when the organization has the domain and may put addresses on it (verified or test).
    Result<bool> usable(const QString& orgId, const QString& domainLowerCase);
    // The addresses of the organization on the domain, at most limit of them.
    Result<QVector<DomainAddressUse>> addressesOn(const QString& orgId, const QString& name, int limit);

private:
    Store& m_store;
};

} // namespace mailroom
