#include "UserTable.h"

#include "store/Store.h"
#include "store/Timestamps.h"

#include <QCoreApplication>

namespace mailroom {

namespace {

const QString userColumns = QStringLiteral(
    "SELECT id, org_id, directory_id, username, first_name, last_name, display_name, street, phone, company,"
    " email, state, role, mailbox_id, disabled_at, created_at, resource_type FROM users ");

// The last column says whether the user's organization is in interoperability mode (a lookup by
// primary key, made only for the rows a page returns).
const QString rowColumns = QStringLiteral(
    "SELECT u.id, u.username, u.display_name, u.email, u.state, u.role, u.created_at, u.disabled_at,"
    " u.resource_type, (SELECT o.interoperability FROM organizations o WHERE o.id = u.org_id) ");

std::optional<ResourceType> resourceTypeOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : fromName<ResourceType>(value.toString());
}

User userFromRow(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toString();
    u.organizationId = q.value(1).toString();
    u.directoryId = q.value(2).toString();
    u.username = q.value(3).toString();
    u.details = {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                 q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
    u.email = q.value(10).toString();
    u.state = fromName<UserState>(q.value(11).toString()).value_or(UserState::Disabled);
    u.role = fromName<UserRole>(q.value(12).toString()).value_or(UserRole::User);
    u.mailboxId = q.value(13).toString();
    u.disabledAt = timestamps::fromDb(q.value(14));
    u.createdAt = timestamps::fromDb(q.value(15));
    u.resourceType = resourceTypeOf(q.value(16));
    return u;
}

UserRow rowFromQuery(const QSqlQuery& q)
{
    UserRow r;
    r.id = q.value(0).toString();
    r.username = q.value(1).toString();
    r.displayName = q.value(2).toString();
    r.email = q.value(3).toString();
    r.state = fromName<UserState>(q.value(4).toString()).value_or(UserState::Disabled);
    r.role = fromName<UserRole>(q.value(5).toString()).value_or(UserRole::User);
    r.createdAt = timestamps::fromDb(q.value(6));
    r.disabledAt = timestamps::fromDb(q.value(7));
    r.resourceType = resourceTypeOf(q.value(8));
    const bool interoperability = q.value(9).toBool();
    r.inExchange = interoperability && (r.role == UserRole::ExchangeResource ||
                                        (r.role == UserRole::User && r.state != UserState::Enabled));
    return r;
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString sortColumn(UserQuery::SortKey key)
{
    switch (key) {
    case UserQuery::SortKey::Username:
        return QStringLiteral("u.username_lc");
    case UserQuery::SortKey::DisplayName:
        return QStringLiteral("u.display_lc");
    case UserQuery::SortKey::Email:
        return QStringLiteral("u.email_lc");
    case UserQuery::SortKey::State:
        return QStringLiteral("u.state");
    case UserQuery::SortKey::Role:
        return QStringLiteral("u.role");
    case UserQuery::SortKey::Created:
        return QStringLiteral("u.created_at");
    }
    return QStringLiteral("u.username_lc");
}

// The FROM and WHERE of a users-list query, built from fixed fragments; values are bound.
struct Filter
{
    QString sql; // "FROM … WHERE …", the users table as u
    QVariantList values;
};

Filter filterFor(const UserQuery& query, bool hideExchangeResources)
{
    Filter f;
    const QString prefix = query.search.trimmed().toLower();
    if (prefix.isEmpty()) {
        f.sql = QStringLiteral("FROM users u WHERE u.org_id = ?");
        f.values << query.organizationId;
    } else {
        // Prefix search is a range over lower-case columns, so each part is an index range
        // scan; UNION joins the three and the matches drive the join (an OR over the columns
        // would walk every user of the organization). U+10FFFF sorts after every character, so
        // [prefix, prefix + U+10FFFF) holds every string that starts with prefix.
        const QString upper = prefix + QString::fromUcs4(U"\U0010FFFF");
        f.sql = QStringLiteral(
            "FROM (SELECT id FROM users WHERE org_id = ? AND username_lc >= ? AND username_lc < ?"
            " UNION SELECT id FROM users WHERE org_id = ? AND display_lc >= ? AND display_lc < ?"
            " UNION SELECT entity_id AS id FROM addresses WHERE org_id = ? AND address_lc >= ?"
            " AND address_lc < ?) m CROSS JOIN users u WHERE u.id = m.id");
        f.values << query.organizationId << prefix << upper << query.organizationId << prefix << upper
                 << query.organizationId << prefix << upper;
    }
    if (query.state) {
        f.sql += QStringLiteral(" AND u.state = ?");
        f.values << nameOf(*query.state);
    }
    if (query.role) {
        f.sql += QStringLiteral(" AND u.role = ?");
        f.values << nameOf(*query.role);
    }
    if (hideExchangeResources) {
        f.sql += QStringLiteral(" AND u.role <> ?");
        f.values << nameOf(UserRole::ExchangeResource);
    }
    return f;
}

// Exchange resources are in the list only while the organization is in interoperability mode
// (RES-4). The role term is added only when the organization has some to hide, so that the
// lists of every other organization keep their covering indexes.
Result<Filter> filterFor(Store& store, const UserQuery& query)
{
    auto hide =
        store.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM users WHERE org_id = ? AND role = ?)"
                                    " AND NOT EXISTS (SELECT 1 FROM organizations WHERE id = ?"
                                    " AND interoperability = ?)"),
                     {query.organizationId, nameOf(UserRole::ExchangeResource), query.organizationId, true});
    if (!hide)
        return hide.error();
    return filterFor(query, hide.value().toBool());
}

Status done(const Result<QSqlQuery*>& q)
{
    if (!q)
        return q.error();
    return Done{};
}

} // namespace

Status UserTable::insert(const User& u, const QString& passwordHash)
{
    return done(m_store.run(
        QStringLiteral(
            "INSERT INTO users (id, directory_id, org_id, username, username_lc, first_name, last_name,"
            " display_name, display_lc, street, phone, company, email, email_lc, role, state, mailbox_id,"
            " disabled_at, password_hash, created_at, resource_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {u.id,
         u.directoryId,
         nullable(u.organizationId),
         u.username,
         u.username.toLower(),
         u.details.firstName,
         u.details.lastName,
         u.details.displayName,
         u.details.displayName.toLower(),
         u.details.street,
         u.details.phone,
         u.details.company,
         u.email,
         u.email.toLower(),
         nameOf(u.role),
         nameOf(u.state),
         nullable(u.mailboxId),
         timestamps::toDb(u.disabledAt),
         nullable(passwordHash),
         timestamps::toDb(u.createdAt),
         nullable(u.resourceType ? nameOf(*u.resourceType) : QString())}));
}

Result<User> UserTable::get(const QString& id)
{
    auto q = m_store.run(userColumns + QStringLiteral("WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("user"),
                         QCoreApplication::translate("Users", "User: there is no user %1.").arg(id));
    User u = userFromRow(*q.value());
    q.value()->finish();
    return u;
}

Result<User> UserTable::findByUsername(const QString& orgId, const QString& username)
{
    auto q = m_store.run(userColumns + QStringLiteral("WHERE org_id = ? AND username_lc = ?"),
                         {orgId, username.toLower()});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(
            ErrorCode::NotFound, QStringLiteral("username"),
            QCoreApplication::translate("Users", "Username: the organization has no user %1.").arg(username));
    User u = userFromRow(*q.value());
    q.value()->finish();
    return u;
}

Result<bool> UserTable::usernameTaken(const QString& directoryId, const QString& username)
{
    auto n = m_store.scalar(
        QStringLiteral("SELECT count(*) FROM users WHERE directory_id = ? AND username_lc = ?"),
        {directoryId, username.toLower()});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Status UserTable::updateDetails(const QString& id, const UserDetails& d)
{
    return done(m_store.run(
        QStringLiteral("UPDATE users SET first_name = ?, last_name = ?, display_name = ?,"
                       " display_lc = ?, street = ?, phone = ?, company = ? WHERE id = ?"),
        {d.firstName, d.lastName, d.displayName, d.displayName.toLower(), d.street, d.phone, d.company, id}));
}

Status UserTable::updateMailState(const User& u)
{
    return done(
        m_store.run(QStringLiteral("UPDATE users SET state = ?, email = ?, email_lc = ?, mailbox_id = ?,"
                                   " disabled_at = ? WHERE id = ?"),
                    {nameOf(u.state), u.email, u.email.toLower(), nullable(u.mailboxId),
                     timestamps::toDb(u.disabledAt), u.id}));
}

Status UserTable::setPasswordHash(const QString& id, const QString& hash)
{
    return done(m_store.run(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, id}));
}

Result<QString> UserTable::passwordHash(const QString& id)
{
    auto v = m_store.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {id});
    if (!v)
        return v.error();
    return v.value().toString();
}

Status UserTable::remove(const QString& id)
{
    return done(m_store.run(QStringLiteral("DELETE FROM users WHERE id = ?"), {id}));
}

Status UserTable::attachDirectory(const QString& directoryId, const QString& orgId)
{
    return done(m_store.run(QStringLiteral("UPDATE users SET org_id = ? WHERE directory_id = ?"),
                            {orgId, directoryId}));
}

Status UserTable::detachOrganization(const QString& orgId)
{
    return done(
        m_store.run(QStringLiteral("UPDATE users SET org_id = NULL, state = 'Disabled', email = '',"
                                   " email_lc = '', mailbox_id = NULL, disabled_at = NULL WHERE org_id = ?"),
                    {orgId}));
}

Result<int> UserTable::enabledCount(const QString& orgId)
{
    auto n = m_store.scalar(
        QStringLiteral("SELECT count(*) FROM users WHERE org_id = ? AND state = 'Enabled' AND role = 'User'"),
        {orgId});
    if (!n)
        return n.error();
    return n.value().toInt();
}

Result<QVector<QPair<QString, QString>>> UserTable::expiredMailboxes(const QDateTime& cutoff)
{
    auto q = m_store.run(
        QStringLiteral("SELECT id, org_id FROM users WHERE disabled_at IS NOT NULL AND disabled_at <= ?"),
        {timestamps::toDb(cutoff)});
    if (!q)
        return q.error();
    QVector<QPair<QString, QString>> expired;
    while (q.value()->next())
        expired.append({q.value()->value(0).toString(), q.value()->value(1).toString()});
    return expired;
}

Result<int> UserTable::count(const UserQuery& query)
{
    const auto filtered = filterFor(m_store, query);
    if (!filtered)
        return filtered.error();
    const Filter& f = filtered.value();
    auto q = m_store.run(QStringLiteral("SELECT count(*) ") + f.sql, f.values);
    if (!q)
        return q.error();
    const int n = q.value()->next() ? q.value()->value(0).toInt() : 0;
    q.value()->finish();
    return n;
}

Result<QVector<UserRow>> UserTable::page(const UserQuery& query, int offset, int limit)
{
    const auto filtered = filterFor(m_store, query);
    if (!filtered)
        return filtered.error();
    const Filter& f = filtered.value();
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QVariantList values = f.values;
    values << limit << offset;
    auto q = m_store.run(rowColumns + f.sql + QStringLiteral(" ORDER BY ") + sortColumn(query.sortKey) +
                             direction + QStringLiteral(", u.id") + direction +
                             QStringLiteral(" LIMIT ? OFFSET ?"),
                         values);
    if (!q)
        return q.error();
    QVector<UserRow> rows;
    rows.reserve(limit);
    while (q.value()->next())
        rows.append(rowFromQuery(*q.value()));
    return rows;
}

Result<UserRow> UserTable::row(const QString& id)
{
    auto q = m_store.run(rowColumns + QStringLiteral("FROM users u WHERE u.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value()->next())
        return makeError(ErrorCode::NotFound, QStringLiteral("user"),
                         QCoreApplication::translate("Users", "User: there is no user %1.").arg(id));
    UserRow r = rowFromQuery(*q.value());
    q.value()->finish();
    return r;
}

Result<bool> UserTable::matches(const UserQuery& query, const QString& id)
{
    const auto filtered = filterFor(m_store, query);
    if (!filtered)
        return filtered.error();
    const Filter& f = filtered.value();
    QVariantList values = f.values;
    values << id;
    auto q =
        m_store.run(QStringLiteral("SELECT count(*) ") + f.sql + QStringLiteral(" AND u.id = ?"), values);
    if (!q)
        return q.error();
    const bool found = q.value()->next() && q.value()->value(0).toInt() > 0;
    q.value()->finish();
    return found;
}

Result<std::optional<int>> UserTable::rank(const UserQuery& query, const QString& id)
{
    const auto filtered = filterFor(m_store, query);
    if (!filtered)
        return filtered.error();
    const Filter& f = filtered.value();
    const QString column = sortColumn(query.sortKey);
    QVariantList values = f.values;
    values << id;
    auto q = m_store.run(QStringLiteral("SELECT ") + column + u' ' + f.sql + QStringLiteral(" AND u.id = ?"),
                         values);
    if (!q)
        return q.error();
    if (!q.value()->next())
        return std::optional<int>();
    const QVariant key = q.value()->value(0);
    q.value()->finish();

    // A row-value comparison is one index range; (a < x OR (a = x AND id < y)) is not.
    const QString before = query.descending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    values = f.values;
    values << key << id;
    auto n = m_store.run(QStringLiteral("SELECT count(*) ") + f.sql + QStringLiteral(" AND (") + column +
                             QStringLiteral(", u.id)") + before + QStringLiteral("(?, ?)"),
                         values);
    if (!n)
        return n.error();
    const int position = n.value()->next() ? n.value()->value(0).toInt() : 0;
    n.value()->finish();
    return std::optional<int>(position);
}

} // namespace mailroom
