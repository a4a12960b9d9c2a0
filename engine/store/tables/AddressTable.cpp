#include "AddressTable.h"

#include "store/Store.h"

namespace mailroom {

namespace {
Status done(const Result<QSqlQuery*>& q)
{
    if (!q)
        return q.error();
    return Done{};
}
} // namespace

Status AddressTable::add(const QString& orgId, const QString& address, const QString& entityId, bool primary)
{
    return done(m_store.run(
        QStringLiteral("INSERT INTO addresses (org_id, address_lc, address, entity_id, is_primary)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {orgId, address.toLower(), address, entityId, primary}));
}

Status AddressTable::remove(const QString& orgId, const QString& address)
{
    return done(m_store.run(QStringLiteral("DELETE FROM addresses WHERE org_id = ? AND address_lc = ?"),
                            {orgId, address.toLower()}));
}

Status AddressTable::removeAllOf(const QString& entityId)
{
    return done(m_store.run(QStringLiteral("DELETE FROM addresses WHERE entity_id = ?"), {entityId}));
}

Result<QString> AddressTable::owner(const QString& orgId, const QString& address)
{
    auto v =
        m_store.scalar(QStringLiteral("SELECT entity_id FROM addresses WHERE org_id = ? AND address_lc = ?"),
                       {orgId, address.toLower()});
    if (!v)
        return v.error();
    return v.value().toString();
}

Result<QVector<EmailAddress>> AddressTable::of(const QString& entityId)
{
    auto q = m_store.run(QStringLiteral("SELECT address, is_primary FROM addresses WHERE entity_id = ?"
                                        " ORDER BY is_primary DESC, address_lc"),
                         {entityId});
    if (!q)
        return q.error();
    QVector<EmailAddress> all;
    while (q.value()->next())
        all.append({q.value()->value(0).toString(), q.value()->value(1).toBool()});
    return all;
}

Result<int> AddressTable::aliasCount(const QString& entityId)
{
    auto n = m_store.scalar(
        QStringLiteral("SELECT count(*) FROM addresses WHERE entity_id = ? AND is_primary = FALSE"),
        {entityId});
    if (!n)
        return n.error();
    return n.value().toInt();
}

Status AddressTable::setPrimary(const QString& entityId, const QString& address)
{
    return done(
        m_store.run(QStringLiteral("UPDATE addresses SET is_primary = (address_lc = ?) WHERE entity_id = ?"),
                    {address.toLower(), entityId}));
}

} // namespace mailroom
