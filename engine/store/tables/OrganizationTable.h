#pragma once
// SQL for organizations (their domains are in DomainTable).

#include "core/Result.h"
#include "organizations/Organization.h"

#include <QVector>

namespace mailroom {

class Store;

class OrganizationTable
{
public:
    explicit OrganizationTable(Store& store) : m_store(store) {}

    Status insert(const Organization& org);
    Status update(const Organization& org); // state, reason, step, directory, default domain
    Status setState(const QString& id, OrgState state, const QString& reason);
    Result<Organization> get(const QString& id);
    Result<Organization> findByAlias(const QString& aliasLowerCase); // NotFound when none
    Result<QVector<Organization>> list(const QString& region);       // empty region: all
    Result<QVector<QString>> pendingCreations();                     // Requested or Creating
    Result<int> quickSetupCount(const QString& region);
    Status remove(const QString& id);
    Status setInteroperability(const QString& id, bool on); // IOP-7 turns it off

private:
    Store& m_store;
};

} // namespace mailroom
