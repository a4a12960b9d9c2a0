#include "DirectoryTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

#include <QCoreApplication>

namespace mailroom {

namespace {

const QString selectColumns =
    QStringLiteral("SELECT d.id, d.name, d.type, d.region, d.runs_exchange, d.created_at, o.id, o.alias,"
                   " (SELECT count(*) FROM users u WHERE u.directory_id = d.id) "
                   "FROM directories d LEFT JOIN organizations o ON o.directory_id = d.id ");
const QString selectColumnsWithoutCount =
    QStringLiteral("SELECT d.id, d.name, d.type, d.region, d.runs_exchange, d.created_at, o.id, o.alias, 0 "
                   "FROM directories d LEFT JOIN organizations o ON o.directory_id = d.id ");

Directory fromRow(const QSqlQuery& q)
{
    Directory d;
    d.id = q.value(0).toString();
    d.name = q.value(1).toString();
    d.type = fromName<DirectoryType>(q.value(2).toString()).value_or(DirectoryType::SimpleAD);
    d.region = q.value(3).toString();
    d.runsExchange = q.value(4).toBool();
    d.createdAt = timestamps::fromDb(q.value(5));
    d.organizationId = q.value(6).toString();
    d.organizationAlias = q.value(7).toString();
    d.userCount = q.value(8).toInt();
    return d;
}

} // namespace

Status DirectoryTable::insert(const Directory& d)
{
    auto q = m_store.run(
        QStringLiteral("INSERT INTO directories (id, name, type, region, runs_exchange, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {d.id, d.name, nameOf(d.type), d.region, d.runsExchange, timestamps::toDb(d.createdAt)});
    if (!q)
        return q.error();
    return Done{};
}

Result<Directory> DirectoryTable::get(const QString& id, bool withUserCount)
{
    auto q = m_store.run(
        (withUserCount ? selectColumns : selectColumnsWithoutCount) + QStringLiteral("WHERE d.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(
            ErrorCode::NotFound, QStringLiteral("directory"),
            QCoreApplication::translate("Directories", "Directory: there is no directory %1.").arg(id));
    Directory d = fromRow(*q.value());
    q.value()->finish();
    return d;
}

Result<QVector<Directory>> DirectoryTable::list(const QString& region)
{
    auto q =
        region.isEmpty()
            ? m_store.run(selectColumns +
                          QStringLiteral("WHERE d.type <> 'WorkMail' ORDER BY d.region, d.name"))
            : m_store.run(selectColumns +
                              QStringLiteral("WHERE d.type <> 'WorkMail' AND d.region = ? ORDER BY d.name"),
                          {region});
    if (!q)
        return q.error();
    QVector<Directory> all;
    while (q.value()->next())
        all.append(fromRow(*q.value()));
    return all;
}

Result<int> DirectoryTable::countOfType(DirectoryType type, const QString& region)
{
    auto n = m_store.scalar(QStringLiteral("SELECT count(*) FROM directories WHERE type = ? AND region = ?"),
                            {nameOf(type), region});
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<bool> DirectoryTable::nameTaken(const QString& name, const QString& region)
{
    auto n = m_store.scalar(QStringLiteral("SELECT count(*) FROM directories WHERE lower(name) = lower(?) "
                                           "AND region = ? AND type <> 'WorkMail'"),
                            {name, region});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Status DirectoryTable::remove(const QString& id)
{
    auto q = m_store.run(QStringLiteral("DELETE FROM directories WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return Done{};
}

} // namespace mailroom
