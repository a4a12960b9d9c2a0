#include "InteropProgressTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

namespace mailroom {

namespace {

InteropProgressRow fromRow(const QSqlQuery& q)
{
    return {q.value(0).toString(), q.value(1).toString(), timestamps::fromDb(q.value(2)),
            q.value(3).toString()};
}

} // namespace

Status InteropProgressTable::put(const QString& orgId, const InteropProgressRow& row)
{
    auto q =
        m_store.run(QStringLiteral("INSERT INTO interop_progress (org_id, step, subject, done_at, done_by)"
                                   " VALUES (?, ?, ?, ?, ?) ON CONFLICT(org_id, step, subject) DO UPDATE SET"
                                   " done_at = excluded.done_at, done_by = excluded.done_by"),
                    {orgId, row.step, row.subject, timestamps::toDb(row.doneAt), row.doneBy});
    if (!q)
        return q.error();
    return Done{};
}

Result<std::optional<InteropProgressRow>> InteropProgressTable::get(const QString& orgId, const QString& step,
                                                                    const QString& subject)
{
    auto q = m_store.run(QStringLiteral("SELECT step, subject, done_at, done_by FROM interop_progress"
                                        " WHERE org_id = ? AND step = ? AND subject = ?"),
                         {orgId, step, subject});
    if (!q)
        return q.error();
    std::optional<InteropProgressRow> row;
    if (q.value()->next())
        row = fromRow(*q.value());
    q.value()->finish();
    return row;
}

Status InteropProgressTable::remove(const QString& orgId, const QString& step, const QString& subject)
{
    auto q = m_store.run(
        QStringLiteral("DELETE FROM interop_progress WHERE org_id = ? AND step = ? AND subject = ?"),
        {orgId, step, subject});
    if (!q)
        return q.error();
    return Done{};
}

Result<QVector<InteropProgressRow>> InteropProgressTable::list(const QString& orgId)
{
    auto q = m_store.run(QStringLiteral("SELECT step, subject, done_at, done_by FROM interop_progress"
                                        " WHERE org_id = ? ORDER BY step, subject"),
                         {orgId});
    if (!q)
        return q.error();
    QVector<InteropProgressRow> rows;
    while (q.value()->next())
        rows.append(fromRow(*q.value()));
    return rows;
}

} // namespace mailroom
