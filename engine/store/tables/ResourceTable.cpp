#include "ResourceTable.h"

#include "GroupTable.h"
#include "store/Store.h"
#include "store/Timestamps.h"

#include <QCoreApplication>

namespace mailroom {

namespace {

const QString columns = QStringLiteral("SELECT id, org_id, name, description, type, email, accept_all,"
                                       " decline_recurring, decline_conflicting, created_at FROM resources ");

Resource fromRow(const QSqlQuery& q)
{
    Resource r;
    r.id = q.value(0).toString();
    r.organizationId = q.value(1).toString();
    r.details.name = q.value(2).toString();
    r.details.description = q.value(3).toString();
    r.details.type = fromName<ResourceType>(q.value(4).toString()).value_or(ResourceType::Room);
    r.details.email = q.value(5).toString();
    r.booking.acceptAll = q.value(6).toBool();
    r.booking.declineRecurring = q.value(7).toBool();
    r.booking.declineConflicting = q.value(8).toBool();
    r.createdAt = timestamps::fromDb(q.value(9));
    return r;
}

Status done(const Result<QSqlQuery*>& q)
{
    if (!q)
        return q.error();
    return Done{};
}

Result<Resource> one(Result<QSqlQuery*> q, const QString& what)
{
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("resource"),
                         QCoreApplication::translate(
                             "Resources", "Resource: there is no resource %1 in this organization.")
                             .arg(what));
    Resource r = fromRow(*q.value());
    q.value()->finish();
    return r;
}

} // namespace

Status ResourceTable::insert(const Resource& r)
{
    return done(m_store.run(
        QStringLiteral("INSERT INTO resources (id, org_id, name, name_lc, description, type, email,"
                       " accept_all, decline_recurring, decline_conflicting, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id, r.organizationId, r.details.name, r.details.name.toLower(), r.details.description,
         nameOf(r.details.type), r.details.email, r.booking.acceptAll, r.booking.declineRecurring,
         r.booking.declineConflicting, timestamps::toDb(r.createdAt)}));
}

Result<Resource> ResourceTable::get(const QString& id)
{
    return one(m_store.run(columns + QStringLiteral("WHERE id = ?"), {id}), id);
}

Result<Resource> ResourceTable::findByName(const QString& orgId, const QString& name)
{
    return one(
        m_store.run(columns + QStringLiteral("WHERE org_id = ? AND name_lc = ?"), {orgId, name.toLower()}),
        name);
}

Result<QVector<Resource>> ResourceTable::list(const QString& orgId, const QString& search)
{
    const QString prefix = search.trimmed().toLower();
    const QString upper = prefix + QString::fromUcs4(U"\U0010FFFF");
    auto q =
        prefix.isEmpty()
            ? m_store.run(columns + QStringLiteral("WHERE org_id = ? ORDER BY name_lc"), {orgId})
            : m_store.run(
                  columns + QStringLiteral("WHERE org_id = ? AND ((name_lc >= ? AND name_lc < ?)"
                                           " OR (lower(email) >= ? AND lower(email) < ?)) ORDER BY name_lc"),
                  {orgId, prefix, upper, prefix, upper});
    if (!q)
        return q.error();
    QVector<Resource> all;
    while (q.value()->next())
        all.append(fromRow(*q.value()));
    return all;
}

Result<bool> ResourceTable::nameTaken(const QString& orgId, const QString& name, const QString& exceptId)
{
    auto n = m_store.scalar(
        QStringLiteral("SELECT count(*) FROM resources WHERE org_id = ? AND name_lc = ? AND id <> ?"),
        {orgId, name.toLower(), exceptId});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Status ResourceTable::updateDetails(const QString& id, const ResourceDetails& d)
{
    return done(
        m_store.run(QStringLiteral("UPDATE resources SET name = ?, name_lc = ?, description = ?, type = ?,"
                                   " email = ? WHERE id = ?"),
                    {d.name, d.name.toLower(), d.description, nameOf(d.type), d.email, id}));
}

Status ResourceTable::updateBooking(const QString& id, const BookingOptions& b)
{
    return done(m_store.run(QStringLiteral("UPDATE resources SET accept_all = ?, decline_recurring = ?,"
                                           " decline_conflicting = ? WHERE id = ?"),
                            {b.acceptAll, b.declineRecurring, b.declineConflicting, id}));
}

Status ResourceTable::remove(const QString& id)
{
    return done(m_store.run(QStringLiteral("DELETE FROM resources WHERE id = ?"), {id}));
}

Status ResourceTable::addDelegate(const QString& resourceId, const Member& delegate)
{
    return done(
        m_store.run(QStringLiteral("INSERT INTO resource_delegates (resource_id, delegate_id, delegate_kind)"
                                   " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                    {resourceId, delegate.id, nameOf(delegate.kind)}));
}

Status ResourceTable::removeDelegate(const QString& resourceId, const QString& delegateId)
{
    return done(m_store.run(
        QStringLiteral("DELETE FROM resource_delegates WHERE resource_id = ? AND delegate_id = ?"),
        {resourceId, delegateId}));
}

Result<QVector<Member>> ResourceTable::delegates(const QString& resourceId)
{
    return GroupTable::linkedMembers(m_store, GroupTable::Link::ResourceDelegates, resourceId);
}

Result<int> ResourceTable::delegateCount(const QString& resourceId)
{
    auto n = m_store.scalar(QStringLiteral("SELECT count(*) FROM resource_delegates WHERE resource_id = ?"),
                            {resourceId});
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace mailroom
