#include "AuditTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

namespace mailroom {

Status AuditTable::insert(const AuditRecord& r)
{
    // seq keeps the order of changes even when the clock stands still or goes back.
    auto q = m_store.run(
        QStringLiteral("INSERT INTO audit_log (id, seq, at, actor, org_id, action, target, before_json,"
                       " after_json) VALUES (?, COALESCE((SELECT MAX(seq) FROM audit_log), 0) + 1,"
                       " ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, timestamps::toDb(r.at), r.actor,
         r.organizationId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : r.organizationId, r.action,
         r.target, r.before, r.after});
    if (!q)
        return q.error();
    return Done{};
}

Result<QVector<AuditRecord>> AuditTable::list(const QString& orgId, int limit)
{
    const QString columns = QStringLiteral(
        "SELECT id, at, actor, org_id, action, target, before_json, after_json FROM audit_log ");
    auto q = orgId.isEmpty()
                 ? m_store.run(columns + QStringLiteral("ORDER BY seq DESC LIMIT ?"), {limit})
                 : m_store.run(columns + QStringLiteral("WHERE org_id = ? ORDER BY seq DESC LIMIT ?"),
                               {orgId, limit});
    if (!q)
        return q.error();
    QVector<AuditRecord> records;
    while (q.value()->next()) {
        const QSqlQuery& r = *q.value();
        records.append({r.value(0).toString(), timestamps::fromDb(r.value(1)), r.value(2).toString(),
                        r.value(3).toString(), r.value(4).toString(), r.value(5).toString(),
                        r.value(6).toString(), r.value(7).toString()});
    }
    return records;
}

} // namespace mailroom
