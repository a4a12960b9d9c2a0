#include "GroupTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

#include <QCoreApplication>

namespace mailroom {

namespace {

const QString groupColumns =
    QStringLiteral("SELECT g.id, g.org_id, g.directory_id, g.name, g.email, g.state, g.created_at ");
// The list's rows also count each group's members (one index range per row shown).
const QString rowColumns =
    QStringLiteral("SELECT g.id, g.org_id, g.directory_id, g.name, g.email, g.state, g.created_at,"
                   " (SELECT count(*) FROM group_members gm WHERE gm.group_id = g.id) ");

// A member's columns: id, kind, name, display name, address, enabled. Only people are members:
// not the directory's system users, nor Exchange resources (RES-4).
const QString memberUnion = QStringLiteral(
    "SELECT u.id AS id, 'User' AS kind, u.username AS name, u.display_name AS display, u.email AS email,"
    " (u.state = 'Enabled') AS enabled, u.username_lc AS sort_name, u.first_name AS first, u.last_name AS "
    "last,"
    " u.org_id AS org_id FROM users u WHERE u.role = 'User' "
    "UNION ALL "
    "SELECT g.id, 'Group', g.name, g.name, g.email, (g.state = 'Enabled'), g.name_lc, '', '', g.org_id"
    " FROM mail_groups g");

Group fromRow(const QSqlQuery& q)
{
    Group g;
    g.id = q.value(0).toString();
    g.organizationId = q.value(1).toString();
    g.directoryId = q.value(2).toString();
    g.name = q.value(3).toString();
    g.email = q.value(4).toString();
    g.state = fromName<GroupState>(q.value(5).toString()).value_or(GroupState::Disabled);
    g.createdAt = timestamps::fromDb(q.value(6));
    return g;
}

Member memberFromRow(const QSqlQuery& q)
{
    Member m;
    m.id = q.value(0).toString();
    m.kind = q.value(1).toString() == QLatin1String("Group") ? Member::Kind::Group : Member::Kind::User;
    m.name = q.value(2).toString();
    m.displayName = q.value(3).toString();
    m.email = q.value(4).toString();
    m.enabled = q.value(5).toBool();
    return m;
}

QString sortColumn(GroupQuery::SortKey key)
{
    switch (key) {
    case GroupQuery::SortKey::Name:
        return QStringLiteral("g.name_lc");
    case GroupQuery::SortKey::Email:
        return QStringLiteral("g.email_lc");
    case GroupQuery::SortKey::State:
        return QStringLiteral("g.state");
    case GroupQuery::SortKey::Members:
        return QStringLiteral("(SELECT count(*) FROM group_members gm WHERE gm.group_id = g.id)");
    }
    return QStringLiteral("g.name_lc");
}

struct Filter
{
    QString sql; // "FROM … WHERE …", the groups table as g
    QVariantList values;
};

// As the users list: a prefix is a range over lower-case columns, joined by UNION.
Filter filterFor(const GroupQuery& query)
{
    Filter f;
    const QString prefix = query.search.trimmed().toLower();
    if (prefix.isEmpty()) {
        f.sql = QStringLiteral("FROM mail_groups g WHERE g.org_id = ?");
        f.values << query.organizationId;
    } else {
        const QString upper = prefix + QString::fromUcs4(U"\U0010FFFF");
        f.sql = QStringLiteral(
            "FROM (SELECT id FROM mail_groups WHERE org_id = ? AND name_lc >= ? AND name_lc < ?"
            " UNION SELECT id FROM mail_groups WHERE org_id = ? AND email_lc >= ? AND email_lc < ?)"
            " m CROSS JOIN mail_groups g WHERE g.id = m.id");
        f.values << query.organizationId << prefix << upper << query.organizationId << prefix << upper;
    }
    if (query.state) {
        f.sql += QStringLiteral(" AND g.state = ?");
        f.values << nameOf(*query.state);
    }
    return f;
}

Status done(const Result<QSqlQuery*>& q)
{
    if (!q)
        return q.error();
    return Done{};
}

Error notFound(const QString& what)
{
    return makeError(
        ErrorCode::NotFound, QStringLiteral("group"),
        QCoreApplication::translate("Groups", "Group: there is no group %1 in this organization.").arg(what));
}

} // namespace

Status GroupTable::insert(const Group& g)
{
    return done(m_store.run(
        QStringLiteral("INSERT INTO mail_groups (id, directory_id, org_id, name, name_lc, email,"
                       " email_lc, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {g.id, g.directoryId,
         g.organizationId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(g.organizationId),
         g.name, g.name.toLower(), g.email, g.email.toLower(), nameOf(g.state),
         timestamps::toDb(g.createdAt)}));
}

Result<Group> GroupTable::get(const QString& id)
{
    auto q = m_store.run(groupColumns + QStringLiteral("FROM mail_groups g WHERE g.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return notFound(id);
    Group g = fromRow(*q.value());
    q.value()->finish();
    return g;
}

Result<Group> GroupTable::findByName(const QString& orgId, const QString& name)
{
    auto q =
        m_store.run(groupColumns + QStringLiteral("FROM mail_groups g WHERE g.org_id = ? AND g.name_lc = ?"),
                    {orgId, name.toLower()});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return notFound(name);
    Group g = fromRow(*q.value());
    q.value()->finish();
    return g;
}

Result<bool> GroupTable::nameTaken(const QString& directoryId, const QString& name)
{
    auto n = m_store.scalar(
        QStringLiteral("SELECT count(*) FROM mail_groups WHERE directory_id = ? AND name_lc = ?"),
        {directoryId, name.toLower()});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Status GroupTable::updateMailState(const Group& g)
{
    return done(
        m_store.run(QStringLiteral("UPDATE mail_groups SET state = ?, email = ?, email_lc = ? WHERE id = ?"),
                    {nameOf(g.state), g.email, g.email.toLower(), g.id}));
}

Status GroupTable::remove(const QString& id)
{
    if (auto ok = forgetMember(id); !ok)
        return ok;
    return done(m_store.run(QStringLiteral("DELETE FROM mail_groups WHERE id = ?"), {id}));
}

Status GroupTable::attachDirectory(const QString& directoryId, const QString& orgId)
{
    return done(m_store.run(QStringLiteral("UPDATE mail_groups SET org_id = ? WHERE directory_id = ?"),
                            {orgId, directoryId}));
}

Status GroupTable::detachOrganization(const QString& orgId)
{
    return done(
        m_store.run(QStringLiteral("UPDATE mail_groups SET org_id = NULL, state = 'Disabled', email = '',"
                                   " email_lc = '' WHERE org_id = ?"),
                    {orgId}));
}

Result<int> GroupTable::count(const GroupQuery& query)
{
    const Filter f = filterFor(query);
    auto n = m_store.run(QStringLiteral("SELECT count(*) ") + f.sql, f.values);
    if (!n)
        return n.error();
    const int count = n.value()->next() ? n.value()->value(0).toInt() : 0;
    n.value()->finish();
    return count;
}

Result<QVector<Group>> GroupTable::page(const GroupQuery& query, int offset, int limit)
{
    const Filter f = filterFor(query);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QVariantList values = f.values;
    values << limit << offset;
    auto q = m_store.run(rowColumns + f.sql + QStringLiteral(" ORDER BY ") + sortColumn(query.sortKey) +
                             direction + QStringLiteral(", g.id") + direction +
                             QStringLiteral(" LIMIT ? OFFSET ?"),
                         values);
    if (!q)
        return q.error();
    QVector<Group> rows;
    while (q.value()->next()) {
        rows.append(fromRow(*q.value()));
        rows.last().memberCount = q.value()->value(7).toInt();
    }
    return rows;
}

Result<std::optional<int>> GroupTable::rank(const GroupQuery& query, const QString& id)
{
    const Filter f = filterFor(query);
    const QString column = sortColumn(query.sortKey);
    QVariantList values = f.values;
    values << id;
    auto q = m_store.run(QStringLiteral("SELECT ") + column + u' ' + f.sql + QStringLiteral(" AND g.id = ?"),
                         values);
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<int>();
    const QVariant key = q.value()->value(0);
    q.value()->finish();
    // As for users: a row-value comparison is one index range.
    values = f.values;
    values << key << id;
    auto n = m_store.run(QStringLiteral("SELECT count(*) ") + f.sql + QStringLiteral(" AND (") + column +
                             QStringLiteral(", g.id)") +
                             (query.descending ? QStringLiteral(" > ") : QStringLiteral(" < ")) +
                             QStringLiteral("(?, ?)"),
                         values);
    if (!n)
        return n.error();
    const int position = n.value()->next() ? n.value()->value(0).toInt() : 0;
    n.value()->finish();
    return std::optional<int>(position);
}

Status GroupTable::addMember(const QString& groupId, const Member& member)
{
    return done(m_store.run(
        QStringLiteral("INSERT INTO group_members (group_id, member_id, member_kind) VALUES (?, ?, ?)"
                       " ON CONFLICT DO NOTHING"),
        {groupId, member.id, nameOf(member.kind)}));
}

Status GroupTable::removeMember(const QString& groupId, const QString& memberId)
{
    return done(m_store.run(QStringLiteral("DELETE FROM group_members WHERE group_id = ? AND member_id = ?"),
                            {groupId, memberId}));
}

Status GroupTable::forgetMember(const QString& memberId)
{
    if (auto ok =
            done(m_store.run(QStringLiteral("DELETE FROM group_members WHERE member_id = ?"), {memberId}));
        !ok)
        return ok;
    return done(
        m_store.run(QStringLiteral("DELETE FROM resource_delegates WHERE delegate_id = ?"), {memberId}));
}

Result<QVector<Member>> GroupTable::members(const QString& groupId)
{
    return linkedMembers(m_store, Link::GroupMembers, groupId);
}

Result<QVector<Member>> GroupTable::linkedMembers(Store& store, Link link, const QString& ownerId)
{
    const bool members = link == Link::GroupMembers;
    const QString linkTable =
        members ? QStringLiteral("group_members") : QStringLiteral("resource_delegates");
    const QString ownerColumn = members ? QStringLiteral("group_id") : QStringLiteral("resource_id");
    const QString memberColumn = members ? QStringLiteral("member_id") : QStringLiteral("delegate_id");
    // Two joins that each follow an index, rather than a join with the union of every user and
    // group of the organization. The fragments are the constants above, never input.
    const QString from = QStringLiteral(" FROM ") + linkTable + QStringLiteral(" l JOIN ");
    const QString on = QStringLiteral(" = l.") + memberColumn + QStringLiteral(" WHERE l.") + ownerColumn +
                       QStringLiteral(" = ?");
    auto q = store.run(
        QStringLiteral("SELECT g.id, 'Group', g.name, g.name, g.email, (g.state = 'Enabled'), g.name_lc") +
            from + QStringLiteral("mail_groups g ON g.id") + on +
            QStringLiteral(" UNION ALL SELECT u.id, 'User', u.username, u.display_name, u.email,"
                           " (u.state = 'Enabled'), u.username_lc") +
            from + QStringLiteral("users u ON u.id") + on + QStringLiteral(" ORDER BY 2, 7"),
        {ownerId, ownerId});
    if (!q)
        return q.error();
    QVector<Member> all;
    while (q.value()->next())
        all.append(memberFromRow(*q.value()));
    return all;
}

Result<bool> GroupTable::containsGroup(const QString& outer, const QString& inner)
{
    auto n = m_store.scalar(
        QStringLiteral("WITH RECURSIVE nested(id) AS (SELECT ? UNION SELECT gm.member_id FROM"
                       " group_members gm JOIN nested ON gm.group_id = nested.id"
                       " WHERE gm.member_kind = 'Group') SELECT count(*) FROM nested WHERE id = ?"),
        {outer, inner});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Result<QVector<Member>> GroupTable::candidates(const QString& orgId, const QString& search, int limit)
{
    const QString prefix = search.trimmed().toLower();
    Result<QSqlQuery*> q = Error{};
    if (prefix.isEmpty()) {
        q = m_store.run(QStringLiteral("SELECT e.id, e.kind, e.name, e.display, e.email, e.enabled FROM (") +
                            memberUnion +
                            QStringLiteral(") e WHERE e.org_id = ? ORDER BY e.kind, e.sort_name LIMIT ?"),
                        {orgId, limit});
    } else {
        // As the users list: each name is an index range, and the matches drive the join.
        const QString upper = prefix + QString::fromUcs4(U"\U0010FFFF");
        q = m_store.run(
            QStringLiteral(
                "SELECT g.id, 'Group' AS kind, g.name, g.name, g.email, (g.state = 'Enabled'), g.name_lc AS "
                "sort_name"
                " FROM mail_groups g WHERE g.org_id = ? AND g.name_lc >= ? AND g.name_lc < ?"
                " UNION ALL SELECT u.id, 'User', u.username, u.display_name, u.email, (u.state = 'Enabled'),"
                " u.username_lc FROM (SELECT id FROM users WHERE org_id = ? AND username_lc >= ? AND "
                "username_lc < ?"
                " UNION SELECT id FROM users WHERE org_id = ? AND lower(first_name) >= ? AND "
                "lower(first_name) < ?"
                " UNION SELECT id FROM users WHERE org_id = ? AND lower(last_name) >= ? AND lower(last_name) "
                "< ?)"
                " m CROSS JOIN users u WHERE u.id = m.id AND u.role = 'User'"
                " ORDER BY kind, sort_name LIMIT ?"),
            {orgId, prefix, upper, orgId, prefix, upper, orgId, prefix, upper, orgId, prefix, upper, limit});
    }
    if (!q)
        return q.error();
    QVector<Member> all;
    while (q.value()->next())
        all.append(memberFromRow(*q.value()));
    return all;
}

Result<Member> GroupTable::entity(const QString& orgId, const QString& id)
{
    auto q = m_store.run(QStringLiteral("SELECT g.id, 'Group', g.name, g.name, g.email, (g.state = 'Enabled')"
                                        " FROM mail_groups g WHERE g.id = ? AND g.org_id = ?"
                                        " UNION ALL SELECT u.id, 'User', u.username, u.display_name, u.email,"
                                        " (u.state = 'Enabled') FROM users u WHERE u.id = ? AND u.org_id = ?"
                                        " AND u.role = 'User'"),
                         {id, orgId, id, orgId});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("member"),
                         QCoreApplication::translate(
                             "Groups", "Member: there is no user or group %1 in this organization.")
                             .arg(id));
    Member m = memberFromRow(*q.value());
    q.value()->finish();
    return m;
}

} // namespace mailroom
