#pragma once
// SQL for users: the directory's users and their mail state, and the paged users list.

#include "core/Result.h"
#include "users/User.h"

#include <optional>

namespace mailroom {

class Store;

class UserTable
{
public:
    explicit UserTable(Store& store) : m_store(store) {}

    Status insert(const User& user, const QString& passwordHash);
    Result<User> get(const QString& id);
    Result<User> findByUsername(const QString& orgId, const QString& username);
    Result<bool> usernameTaken(const QString& directoryId, const QString& username);
    Status updateDetails(const QString& id, const UserDetails& details);
    // Writes state, primary address, mailbox and disabled time as in the given user.
    Status updateMailState(const User& user);
    Status setPasswordHash(const QString& id, const QString& hash);
    Result<QString> passwordHash(const QString& id);
    Status remove(const QString& id);

    Status attachDirectory(const QString& directoryId, const QString& orgId);
    // The organization goes: its users lose their mailboxes and leave it.
    Status detachOrganization(const QString& orgId);
    Result<int> enabledCount(const QString& orgId);
    // Disabled mailboxes whose 30 days ended before cutoff: (user id, organization id).
    Result<QVector<QPair<QString, QString>>> expiredMailboxes(const QDateTime& cutoff);

    // The users list (USR-2).
    Result<int> count(const UserQuery& query);
    Result<QVector<UserRow>> page(const UserQuery& query, int offset, int limit);
    Result<UserRow> row(const QString& id);
    // True when the query includes the user.
    Result<bool> matches(const UserQuery& query, const QString& id);
    // The row index the user has in the query's order, or nullopt when the query excludes it.
    Result<std::optional<int>> rank(const UserQuery& query, const QString& id);

private:
    Store& m_store;
};

} // namespace mailroom
