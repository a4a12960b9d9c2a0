#include "OrganizationTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

#include <QCoreApplication>

namespace mailroom {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT o.id, o.alias, o.region, o.state, o.state_reason, o.creation_step, o.setup, o.directory_id,"
    " o.kms_key, o.interoperability, o.default_domain, o.created_at, d.name, d.type "
    "FROM organizations o LEFT JOIN directories d ON d.id = o.directory_id ");

Organization fromRow(const QSqlQuery& q)
{
    Organization o;
    o.id = q.value(0).toString();
    o.alias = q.value(1).toString();
    o.region = q.value(2).toString();
    o.state = fromName<OrgState>(q.value(3).toString()).value_or(OrgState::Failed);
    o.stateReason = q.value(4).toString();
    o.creationStep = q.value(5).toInt();
    o.setup = q.value(6).toString() == QLatin1String("Quick") ? SetupKind::Quick : SetupKind::Standard;
    o.directoryId = q.value(7).toString();
    o.kmsKey = q.value(8).toString();
    o.interoperability = q.value(9).toBool();
    o.defaultDomain = q.value(10).toString();
    o.createdAt = timestamps::fromDb(q.value(11));
    o.directoryName = q.value(12).toString();
    o.directoryType = q.value(13).toString();
    return o;
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Status OrganizationTable::insert(const Organization& o)
{
    auto q = m_store.run(
        QStringLiteral(
            "INSERT INTO organizations (id, alias, region, state, state_reason, creation_step, setup,"
            " directory_id, kms_key, interoperability, default_domain, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {o.id, o.alias, o.region, nameOf(o.state), o.stateReason, o.creationStep, nameOf(o.setup),
         nullable(o.directoryId), o.kmsKey, o.interoperability, o.defaultDomain,
         timestamps::toDb(o.createdAt)});
    if (!q)
        return q.error();
    return Done{};
}

Status OrganizationTable::update(const Organization& o)
{
    auto q = m_store.run(
        QStringLiteral("UPDATE organizations SET state = ?, state_reason = ?, creation_step = ?,"
                       " directory_id = ?, default_domain = ? WHERE id = ?"),
        {nameOf(o.state), o.stateReason, o.creationStep, nullable(o.directoryId), o.defaultDomain, o.id});
    if (!q)
        return q.error();
    return Done{};
}

Status OrganizationTable::setInteroperability(const QString& id, bool on)
{
    auto q =
        m_store.run(QStringLiteral("UPDATE organizations SET interoperability = ? WHERE id = ?"), {on, id});
    if (!q)
        return q.error();
    return Done{};
}

Status OrganizationTable::setState(const QString& id, OrgState state, const QString& reason)
{
    auto q = m_store.run(QStringLiteral("UPDATE organizations SET state = ?, state_reason = ? WHERE id = ?"),
                         {nameOf(state), reason, id});
    if (!q)
        return q.error();
    return Done{};
}

Result<Organization> OrganizationTable::get(const QString& id)
{
    auto q = m_store.run(selectColumns + QStringLiteral("WHERE o.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(
            ErrorCode::NotFound, QStringLiteral("organization"),
            QCoreApplication::translate("Organizations", "Organization: there is no organization %1.")
                .arg(id));
    Organization o = fromRow(*q.value());
    q.value()->finish();
    return o;
}

Result<Organization> OrganizationTable::findByAlias(const QString& alias)
{
    auto q = m_store.run(selectColumns + QStringLiteral("WHERE o.alias = ?"), {alias});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("organization"),
                         QCoreApplication::translate(
                             "Organizations", "Organization: there is no organization with the alias %1.")
                             .arg(alias));
    Organization o = fromRow(*q.value());
    q.value()->finish();
    return o;
}

Result<QVector<Organization>> OrganizationTable::list(const QString& region)
{
    auto q =
        region.isEmpty()
            ? m_store.run(selectColumns + QStringLiteral("ORDER BY o.alias"))
            : m_store.run(selectColumns + QStringLiteral("WHERE o.region = ? ORDER BY o.alias"), {region});
    if (!q)
        return q.error();
    QVector<Organization> all;
    while (q.value()->next())
        all.append(fromRow(*q.value()));
    return all;
}

Result<QVector<QString>> OrganizationTable::pendingCreations()
{
    auto q = m_store.run(QStringLiteral(
        "SELECT id FROM organizations WHERE state IN ('Requested', 'Creating') ORDER BY created_at"));
    if (!q)
        return q.error();
    QVector<QString> ids;
    while (q.value()->next())
        ids.append(q.value()->value(0).toString());
    return ids;
}

Result<int> OrganizationTable::quickSetupCount(const QString& region)
{
    auto n = m_store.scalar(
        QStringLiteral("SELECT count(*) FROM organizations WHERE setup = 'Quick' AND region = ?"), {region});
    if (!n)
        return n.error();
    return n.value().toInt();
}

Status OrganizationTable::remove(const QString& id)
{
    auto q = m_store.run(QStringLiteral("DELETE FROM organizations WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return Done{};
}

} // namespace mailroom
