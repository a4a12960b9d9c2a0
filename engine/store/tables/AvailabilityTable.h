#pragma once
// SQL for the availability settings of interoperability mode (IOP-4). The password is not here:
// secret_ref names the keychain entry that holds it.

#include "core/Result.h"
#include "interop/AvailabilitySetting.h"

#include <QVector>

namespace mailroom {

class Store;

class AvailabilityTable
{
public:
    explicit AvailabilityTable(Store& store) : m_store(store) {}

    Result<QVector<AvailabilitySetting>> list(const QString& orgId);              // by domain
    Result<AvailabilitySetting> get(const QString& orgId, const QString& domain); // NotFound, empty message
    // Inserts or replaces the row of (organizationId, domain).
    Status put(const AvailabilitySetting& setting);
    Status remove(const QString& orgId, const QString& domain);

private:
    Store& m_store;
};

} // namespace mailroom
