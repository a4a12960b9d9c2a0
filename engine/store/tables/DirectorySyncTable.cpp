#include "DirectorySyncTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace mailroom {

Result<QStringList> DirectorySyncTable::exchangeAddresses(const QString& userId)
{
    auto q = m_store.run(
        QStringLiteral("SELECT address FROM exchange_addresses WHERE user_id = ? ORDER BY position"),
        {userId});
    if (!q)
        return q.error();
    QStringList list;
    while (q.value()->next())
        list.append(q.value()->value(0).toString());
    return list;
}

Status DirectorySyncTable::setExchangeAddresses(const QString& userId, const QStringList& addresses)
{
    if (auto q = m_store.run(QStringLiteral("DELETE FROM exchange_addresses WHERE user_id = ?"), {userId});
        !q)
        return q.error();
    for (int i = 0; i < addresses.size(); ++i) {
        auto q = m_store.run(
            QStringLiteral("INSERT INTO exchange_addresses (user_id, position, address) VALUES (?, ?, ?)"),
            {userId, i, addresses.at(i)});
        if (!q)
            return q.error();
    }
    return Done{};
}

Result<std::optional<DirectorySyncRow>> DirectorySyncTable::last(const QString& orgId)
{
    auto q = m_store.run(
        QStringLiteral("SELECT synced_at, synced_by, report FROM directory_syncs WHERE org_id = ?"), {orgId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<DirectorySyncRow>{};
    return std::optional<DirectorySyncRow>{
        DirectorySyncRow{timestamps::fromDb(q.value()->value(0)), q.value()->value(1).toString(),
                         QJsonDocument::fromJson(q.value()->value(2).toString().toUtf8()).object()}};
}

Status DirectorySyncTable::putLast(const QString& orgId, const DirectorySyncRow& row)
{
    auto q = m_store.run(
        QStringLiteral(
            "INSERT INTO directory_syncs (org_id, synced_at, synced_by, report) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(org_id) DO UPDATE SET synced_at = excluded.synced_at,"
            " synced_by = excluded.synced_by, report = excluded.report"),
        {orgId, timestamps::toDb(row.syncedAt), row.syncedBy,
         QString::fromUtf8(QJsonDocument(row.report).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    return Done{};
}

} // namespace mailroom
