#include "DomainTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

#include <QCoreApplication>

namespace mailroom {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT d.org_id, d.name, d.status, d.is_test, d.token, d.dkim_tokens, d.policy, d.created_at,"
    " d.checked_at, d.check_report, (o.default_domain = d.name) "
    "FROM domains d JOIN organizations o ON o.id = d.org_id ");

Domain fromRow(const QSqlQuery& q)
{
    Domain d;
    d.organizationId = q.value(0).toString();
    d.name = q.value(1).toString();
    d.status = fromName<DomainStatus>(q.value(2).toString()).value_or(DomainStatus::Pending);
    d.isTest = q.value(3).toBool();
    d.token = q.value(4).toString();
    d.dkimTokens = q.value(5).toString().split(u' ', Qt::SkipEmptyParts);
    d.policy = q.value(6).toString();
    d.createdAt = timestamps::fromDb(q.value(7));
    d.checkedAt = timestamps::fromDb(q.value(8));
    d.checkReport = q.value(9).toString();
    d.isDefault = q.value(10).toBool();
    return d;
}

Status done(const Result<QSqlQuery*>& q)
{
    if (!q)
        return q.error();
    return Done{};
}

} // namespace

Status DomainTable::insert(const Domain& d)
{
    return done(
        m_store.run(QStringLiteral("INSERT INTO domains (org_id, name, status, is_test, token, dkim_tokens,"
                                   " policy, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {d.organizationId, d.name, nameOf(d.status), d.isTest, d.token, d.dkimTokens.join(u' '),
                     d.policy, timestamps::toDb(d.createdAt)}));
}

Result<Domain> DomainTable::get(const QString& orgId, const QString& name)
{
    auto q = m_store.run(selectColumns + QStringLiteral("WHERE d.org_id = ? AND d.name = ?"), {orgId, name});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(
            ErrorCode::NotFound, QStringLiteral("domain"),
            QCoreApplication::translate("DomainTable", "Domain: %1 is not a domain of this organization.")
                .arg(name));
    return fromRow(*q.value());
}

Result<QVector<Domain>> DomainTable::list(const QString& orgId)
{
    auto q = m_store.run(selectColumns + QStringLiteral("WHERE d.org_id = ? ORDER BY d.is_test DESC, d.name"),
                         {orgId});
    if (!q)
        return q.error();
    QVector<Domain> all;
    while (q.value()->next())
        all.append(fromRow(*q.value()));
    return all;
}

Result<int> DomainTable::count(const QString& orgId, bool includingTest)
{
    auto n = includingTest
                 ? m_store.scalar(QStringLiteral("SELECT count(*) FROM domains WHERE org_id = ?"), {orgId})
                 : m_store.scalar(
                       QStringLiteral("SELECT count(*) FROM domains WHERE org_id = ? AND is_test = FALSE"),
                       {orgId});
    if (!n)
        return n.error();
    return n.value().toInt();
}

Status DomainTable::setStatus(const QString& orgId, const QString& name, DomainStatus status)
{
    return done(m_store.run(QStringLiteral("UPDATE domains SET status = ? WHERE org_id = ? AND name = ?"),
                            {nameOf(status), orgId, name}));
}

Status DomainTable::setPolicy(const QString& orgId, const QString& name, const QString& policy)
{
    return done(m_store.run(QStringLiteral("UPDATE domains SET policy = ? WHERE org_id = ? AND name = ?"),
                            {policy, orgId, name}));
}

Status DomainTable::recordCheck(const QString& orgId, const QString& name, const QDateTime& at,
                                const QString& report)
{
    return done(m_store.run(
        QStringLiteral("UPDATE domains SET checked_at = ?, check_report = ? WHERE org_id = ? AND name = ?"),
        {timestamps::toDb(at), report, orgId, name}));
}

Status DomainTable::remove(const QString& orgId, const QString& name)
{
    return done(
        m_store.run(QStringLiteral("DELETE FROM domains WHERE org_id = ? AND name = ?"), {orgId, name}));
}

Result<bool> DomainTable::usable(const QString& orgId, const QString& domain)
{
    auto n = m_store.scalar(QStringLiteral("SELECT count(*) FROM domains WHERE org_id = ? AND name = ?"
                                           " AND (is_test = TRUE OR status = 'Verified')"),
                            {orgId, domain});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Result<QVector<DomainAddressUse>> DomainTable::addressesOn(const QString& orgId, const QString& name,
                                                           int limit)
{
    auto q = m_store.run(
        QStringLiteral("SELECT a.address, a.entity_id, COALESCE(u.username, g.name, r.name, '')"
                       " FROM addresses a"
                       " LEFT JOIN users u ON u.id = a.entity_id"
                       " LEFT JOIN mail_groups g ON g.id = a.entity_id"
                       " LEFT JOIN resources r ON r.id = a.entity_id"
                       " WHERE a.org_id = ? AND a.address_lc LIKE ? ORDER BY a.address_lc LIMIT ?"),
        {orgId, QString(QStringLiteral("%@") + name.toLower()), limit});
    if (!q)
        return q.error();
    QVector<DomainAddressUse> uses;
    while (q.value()->next())
        uses.append(
            {q.value()->value(0).toString(), q.value()->value(1).toString(), q.value()->value(2).toString()});
    return uses;
}

} // namespace mailroom
