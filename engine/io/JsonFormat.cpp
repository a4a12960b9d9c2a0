#include "JsonFormat.h"

#include <QJsonDocument>

namespace mailroom::json {

QString timestamp(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

namespace {

// Versions only when read from the store (0 otherwise), so that the audit's before and after of
// a value never read with one stay as they were.
void withVersion(QJsonObject& out, const QString& key, qint64 version)
{
    if (version > 0)
        out.insert(key, version);
}

} // namespace

QJsonObject of(const Organization& o)
{
    QJsonObject out{{QStringLiteral("id"), o.id},
                    {QStringLiteral("alias"), o.alias},
                    {QStringLiteral("region"), o.region},
                    {QStringLiteral("state"), nameOf(o.state)},
                    {QStringLiteral("stateReason"), o.stateReason},
                    {QStringLiteral("setup"), nameOf(o.setup)},
                    {QStringLiteral("directoryId"), o.directoryId},
                    {QStringLiteral("directoryType"), o.directoryType},
                    {QStringLiteral("directoryName"), o.directoryName},
                    {QStringLiteral("kmsKey"), o.kmsKey},
                    {QStringLiteral("interoperability"), o.interoperability},
                    {QStringLiteral("defaultDomain"), o.defaultDomain},
                    {QStringLiteral("createdAt"), timestamp(o.createdAt)}};
    withVersion(out, QStringLiteral("version"), o.version);
    return out;
}

QJsonObject of(const Directory& d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("type"), nameOf(d.type)},
            {QStringLiteral("region"), d.region},
            {QStringLiteral("runsExchange"), d.runsExchange},
            {QStringLiteral("organizationId"), d.organizationId},
            {QStringLiteral("organizationAlias"), d.organizationAlias},
            {QStringLiteral("userCount"), d.userCount},
            {QStringLiteral("createdAt"), timestamp(d.createdAt)}};
}

QJsonObject of(const User& u)
{
    QJsonObject out{{QStringLiteral("id"), u.id},
                    {QStringLiteral("organizationId"), u.organizationId},
                    {QStringLiteral("directoryId"), u.directoryId},
                    {QStringLiteral("username"), u.username},
                    {QStringLiteral("firstName"), u.details.firstName},
                    {QStringLiteral("lastName"), u.details.lastName},
                    {QStringLiteral("displayName"), u.details.displayName},
                    {QStringLiteral("street"), u.details.street},
                    {QStringLiteral("phone"), u.details.phone},
                    {QStringLiteral("company"), u.details.company},
                    {QStringLiteral("email"), u.email},
                    {QStringLiteral("state"), nameOf(u.state)},
                    {QStringLiteral("role"), nameOf(u.role)},
                    {QStringLiteral("mailboxId"), u.mailboxId},
                    {QStringLiteral("disabledAt"), timestamp(u.disabledAt)},
                    {QStringLiteral("createdAt"), timestamp(u.createdAt)}};
    withVersion(out, QStringLiteral("version"), u.version);
    return out;
}

QJsonObject of(const UserRow& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("username"), r.username},
            {QStringLiteral("displayName"), r.displayName},
            {QStringLiteral("email"), r.email},
            {QStringLiteral("state"), nameOf(r.state)},
            {QStringLiteral("role"), nameOf(r.role)},
            {QStringLiteral("createdAt"), timestamp(r.createdAt)},
            {QStringLiteral("disabledAt"), timestamp(r.disabledAt)}};
}

QJsonObject of(const EmailAddress& a)
{
    return {{QStringLiteral("address"), a.address}, {QStringLiteral("primary"), a.primary}};
}

QJsonObject of(const AuditRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("at"), timestamp(r.at)},
            {QStringLiteral("actor"), r.actor},
            {QStringLiteral("organizationId"), r.organizationId},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("target"), r.target},
            {QStringLiteral("before"), QJsonDocument::fromJson(r.before.toUtf8()).object()},
            {QStringLiteral("after"), QJsonDocument::fromJson(r.after.toUtf8()).object()}};
}

QJsonObject of(const Error& e)
{
    QJsonObject out{{QStringLiteral("code"), errorCodeName(e.code)},
                    {QStringLiteral("field"), e.field},
                    {QStringLiteral("message"), e.message}};
    if (e.code == ErrorCode::Conflict) {
        QJsonArray changed;
        for (const FieldConflict& c : e.conflicts)
            changed.append(QJsonObject{{QStringLiteral("field"), c.field},
                                       {QStringLiteral("read"), c.read},
                                       {QStringLiteral("current"), c.current}});
        out.insert(QStringLiteral("changed"), changed);
        out.insert(QStringLiteral("currentVersion"), e.currentVersion);
        if (!e.changedBy.isEmpty())
            out.insert(QStringLiteral("changedBy"), e.changedBy);
        if (e.changedAt.isValid())
            out.insert(QStringLiteral("changedAt"), timestamp(e.changedAt));
    }
    return out;
}

QJsonObject of(const Domain& d)
{
    QJsonObject out{{QStringLiteral("name"), d.name},
                    {QStringLiteral("displayName"), d.displayName()},
                    {QStringLiteral("status"), nameOf(d.status)},
                    {QStringLiteral("test"), d.isTest},
                    {QStringLiteral("default"), d.isDefault},
                    {QStringLiteral("createdAt"), timestamp(d.createdAt)},
                    {QStringLiteral("checkedAt"), timestamp(d.checkedAt)}};
    withVersion(out, QStringLiteral("version"), d.version);
    withVersion(out, QStringLiteral("policyVersion"), d.policyVersion);
    return out;
}

QJsonObject of(const DnsRecord& r)
{
    return {{QStringLiteral("type"), dnsRecordTypeName(r.type)},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("value"), r.value},
            {QStringLiteral("ttl"), r.ttl}};
}

QJsonObject of(const Group& g)
{
    QJsonObject out{{QStringLiteral("id"), g.id},
                    {QStringLiteral("organizationId"), g.organizationId},
                    {QStringLiteral("directoryId"), g.directoryId},
                    {QStringLiteral("name"), g.name},
                    {QStringLiteral("email"), g.email},
                    {QStringLiteral("state"), nameOf(g.state)},
                    {QStringLiteral("createdAt"), timestamp(g.createdAt)}};
    withVersion(out, QStringLiteral("version"), g.version);
    return out;
}

QJsonObject of(const Member& m)
{
    return {{QStringLiteral("id"), m.id},       {QStringLiteral("kind"), nameOf(m.kind)},
            {QStringLiteral("name"), m.name},   {QStringLiteral("displayName"), m.displayName},
            {QStringLiteral("email"), m.email}, {QStringLiteral("enabled"), m.enabled}};
}

QJsonObject of(const Recipient& r)
{
    return {{QStringLiteral("userId"), r.userId},
            {QStringLiteral("username"), r.username},
            {QStringLiteral("email"), r.email},
            {QStringLiteral("via"), r.via}};
}

QJsonObject of(const Resource& r)
{
    QJsonObject out{{QStringLiteral("id"), r.id},
                    {QStringLiteral("organizationId"), r.organizationId},
                    {QStringLiteral("name"), r.details.name},
                    {QStringLiteral("description"), r.details.description},
                    {QStringLiteral("type"), nameOf(r.details.type)},
                    {QStringLiteral("email"), r.details.email},
                    {QStringLiteral("acceptAll"), r.booking.acceptAll},
                    {QStringLiteral("declineRecurring"), r.booking.declineRecurring},
                    {QStringLiteral("declineConflicting"), r.booking.declineConflicting},
                    {QStringLiteral("createdAt"), timestamp(r.createdAt)}};
    withVersion(out, QStringLiteral("version"), r.version);
    withVersion(out, QStringLiteral("bookingVersion"), r.bookingVersion);
    return out;
}

} // namespace mailroom::json
