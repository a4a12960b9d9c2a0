#include "VersionTable.h"

#include "store/Store.h"

#include <QSqlQuery>

namespace mailroom {

Result<qint64> VersionTable::of(const QString& kind, const QString& id)
{
    auto v = m_store.scalar(QStringLiteral("SELECT version FROM object_versions WHERE kind = ? AND id = ?"),
                            {kind, id});
    if (!v)
        return v.error();
    return v.value().isValid() ? v.value().toLongLong() : qint64(1);
}

Result<VersionRow> VersionTable::row(const QString& kind, const QString& id)
{
    auto q = m_store.run(
        QStringLiteral(
            "SELECT version, changed_by, changed_at FROM object_versions WHERE kind = ? AND id = ?"),
        {kind, id});
    if (!q)
        return q.error();
    VersionRow row;
    if (q.value()->next()) {
        row.version = q.value()->value(0).toLongLong();
        row.changedBy = q.value()->value(1).toString();
        row.changedAt = QDateTime::fromString(q.value()->value(2).toString(), Qt::ISODateWithMs);
    }
    return row;
}

Result<QHash<QString, qint64>> VersionTable::allOf(const QString& kind)
{
    auto q = m_store.run(QStringLiteral("SELECT id, version FROM object_versions WHERE kind = ?"), {kind});
    if (!q)
        return q.error();
    QHash<QString, qint64> versions;
    while (q.value()->next())
        versions.insert(q.value()->value(0).toString(), q.value()->value(1).toLongLong());
    return versions;
}

Status VersionTable::bump(const QString& kind, const QString& id, const QString& actor, const QDateTime& at)
{
    return statusOf(m_store.run(
        QStringLiteral(
            "INSERT INTO object_versions (kind, id, version, changed_by, changed_at) VALUES (?, ?, 2, ?, ?)"
            " ON CONFLICT(kind, id) DO UPDATE SET version = object_versions.version + 1,"
            " changed_by = excluded.changed_by, changed_at = excluded.changed_at"),
        {kind, id, actor, at.toUTC().toString(Qt::ISODateWithMs)}));
}

Status VersionTable::forget(const QString& kind, const QString& id)
{
    return statusOf(
        m_store.run(QStringLiteral("DELETE FROM object_versions WHERE kind = ? AND id = ?"), {kind, id}));
}

} // namespace mailroom
