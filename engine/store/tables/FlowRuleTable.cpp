#include "FlowRuleTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

#include <QCoreApplication>
#include <QHash>

namespace mailroom {

namespace {

Status done(const Result<QSqlQuery*>& q)
{
    if (!q)
        return q.error();
    return Done{};
}

} // namespace

Status FlowRuleTable::insert(const FlowRule& r)
{
    if (auto ok = done(m_store.run(
            QStringLiteral("INSERT INTO flow_rules (id, org_id, name, name_lc, action, created_at)"
                           " VALUES (?, ?, ?, ?, ?, ?)"),
            {r.id, r.organizationId, r.name, r.name.toLower(), nameOf(r.action),
             timestamps::toDb(r.createdAt)}));
        !ok)
        return ok;
    return writePatterns(r);
}

Status FlowRuleTable::update(const FlowRule& r)
{
    if (auto ok = done(m_store.run(
            QStringLiteral("UPDATE flow_rules SET name = ?, name_lc = ?, action = ? WHERE id = ?"),
            {r.name, r.name.toLower(), nameOf(r.action), r.id}));
        !ok)
        return ok;
    if (auto ok = done(m_store.run(QStringLiteral("DELETE FROM flow_patterns WHERE rule_id = ?"), {r.id}));
        !ok)
        return ok;
    return writePatterns(r);
}

Status FlowRuleTable::writePatterns(const FlowRule& r)
{
    for (int i = 0; i < r.patterns.size(); ++i)
        if (auto ok = done(m_store.run(
                QStringLiteral("INSERT INTO flow_patterns (rule_id, position, pattern) VALUES (?, ?, ?)"),
                {r.id, i, r.patterns.at(i).text()}));
            !ok)
            return ok;
    return Done{};
}

Status FlowRuleTable::remove(const QString& id)
{
    return done(m_store.run(QStringLiteral("DELETE FROM flow_rules WHERE id = ?"), {id}));
}

Result<QVector<FlowRule>> FlowRuleTable::select(const QString& where, const QVariantList& values)
{
    auto q = m_store.run(
        QStringLiteral("SELECT r.id, r.org_id, r.name, r.action, r.created_at, p.pattern FROM flow_rules r"
                       " LEFT JOIN flow_patterns p ON p.rule_id = r.id WHERE ") +
            where + QStringLiteral(" ORDER BY r.name_lc, r.id, p.position"),
        values);
    if (!q)
        return q.error();
    QVector<FlowRule> rules;
    while (q.value()->next()) {
        const QString id = q.value()->value(0).toString();
        if (rules.isEmpty() || rules.last().id != id) {
            FlowRule r;
            r.id = id;
            r.organizationId = q.value()->value(1).toString();
            r.name = q.value()->value(2).toString();
            r.action =
                fromName<FlowAction>(q.value()->value(3).toString()).value_or(FlowAction::NormalDelivery);
            r.createdAt = timestamps::fromDb(q.value()->value(4));
            rules.append(r);
        }
        if (!q.value()->value(5).isNull()) {
            // Stored patterns were parsed on the way in: they parse again.
            auto pattern = SenderPattern::parse(q.value()->value(5).toString());
            if (pattern)
                rules.last().patterns.append(pattern.value());
        }
    }
    return rules;
}

Result<FlowRule> FlowRuleTable::get(const QString& id)
{
    auto rules = select(QStringLiteral("r.id = ?"), {id});
    if (!rules)
        return rules.error();
    if (rules.value().isEmpty())
        return makeError(
            ErrorCode::NotFound, QStringLiteral("rule"),
            QCoreApplication::translate("mailroom::FlowRules", "Rule: there is no email flow rule %1.")
                .arg(id));
    return rules.value().first();
}

Result<QVector<FlowRule>> FlowRuleTable::list(const QString& orgId)
{
    return select(QStringLiteral("r.org_id = ?"), {orgId});
}

Result<bool> FlowRuleTable::nameTaken(const QString& orgId, const QString& name, const QString& exceptId)
{
    auto n = m_store.scalar(
        QStringLiteral("SELECT count(*) FROM flow_rules WHERE org_id = ? AND name_lc = ? AND id <> ?"),
        {orgId, name.toLower(), exceptId});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Result<int> FlowRuleTable::patternCount(const QString& orgId, const QString& exceptRuleId)
{
    auto n = m_store.scalar(
        QStringLiteral("SELECT count(*) FROM flow_patterns p JOIN flow_rules r ON r.id = p.rule_id"
                       " WHERE r.org_id = ? AND r.id <> ?"),
        {orgId, exceptRuleId});
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace mailroom
