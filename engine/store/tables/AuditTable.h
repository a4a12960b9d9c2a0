#pragma once
// SQL for the audit log (ADM-2).

#include "core/Result.h"

#include <QDateTime>
#include <QVector>

namespace mailroom {

class Store;

struct AuditRecord
{
    QString id;
    QDateTime at;
    QString actor;
    QString organizationId;
    QString action; // stable: "user.create"
    QString target; // the object's id
    QString before; // JSON, "{}" when the object did not exist
    QString after;  // JSON, "{}" when the object is gone
};

class AuditTable
{
public:
    explicit AuditTable(Store& store) : m_store(store) {}

    Status insert(const AuditRecord& record);
    // Newest first; an empty organization id lists all.
    Result<QVector<AuditRecord>> list(const QString& orgId, int limit);

private:
    Store& m_store;
};

} // namespace mailroom
