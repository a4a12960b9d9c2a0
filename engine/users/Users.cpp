#include "Users.h"

#include "UserGuard.h"
#include "core/AddressBook.h"
#include "core/Engine.h"
#include "core/Ids.h"
#include "core/Rules.h"
#include "io/JsonFormat.h"
#include "organizations/Directory.h"
#include "organizations/Organizations.h"
#include "settings/OrgSettings.h"
#include "store/tables/DirectoryTable.h"

#include <QCoreApplication>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::Users", text);
}

bool isConnector(const QString& directoryType)
{
    return directoryType == nameOf(DirectoryType::ADConnector);
}

Error connectorRefuses(const QString& what)
{
    return makeError(ErrorCode::NotSupportedByDirectory, QStringLiteral("directory"), what);
}

} // namespace

Users::Users(Engine& engine) : m_engine(engine), m_table(engine.store()) {}

Status Users::checkDetails(const QString& orgId, const NewUser& user)
{
    auto org = m_engine.organizations().get(orgId);
    if (!org)
        return org.error();
    auto directory = DirectoryTable(m_engine.store()).get(org.value().directoryId);
    if (!directory)
        return directory.error();
    if (auto ok = rules::username(user.username, directory.value().maxUsernameLength()); !ok)
        return ok;
    if (auto ok = checkNotJournalSender(user.username, QStringLiteral("username")); !ok)
        return ok;
    auto taken = m_table.usernameTaken(directory.value().id, user.username);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::UsernameTaken, QStringLiteral("username"),
                         tr("Username: %1 is already taken in this organization.").arg(user.username));
    return rules::userDetails({user.firstName, user.lastName, user.displayName, {}, {}, {}});
}

Result<QString> Users::suggestedAddress(const QString& orgId, const QString& username)
{
    auto org = m_engine.organizations().get(orgId);
    if (!org)
        return org.error();
    return QString(username.section(u'@', 0, 0).toLower() + u'@' + org.value().defaultDomain);
}

Status Users::checkAddress(const QString& orgId, const QString& address, const QString& ownerId)
{
    return AddressBook(m_engine).check(orgId, address, ownerId);
}

Status Users::checkPassword(const QString& password) const
{
    return m_policy.check(password);
}

Result<User> Users::create(const QString& orgId, const NewUser& input)
{
    // Argon2id is slow on purpose: hash before the transaction takes the write lock.
    if (auto allowed = m_engine.requireFullAccess(); !allowed)
        return allowed.error();
    if (auto ok = m_policy.check(input.password); !ok)
        return ok.error();
    auto hash = m_engine.hasher().hash(input.password);
    if (!hash)
        return hash.error();
    return m_engine.mutate([&](Change& change) -> Result<User> {
        auto org = m_engine.organizations().requireActive(orgId);
        if (!org)
            return org.error();
        if (isConnector(org.value().directoryType))
            return connectorRefuses(
                tr("Create user: this organization's users live in Active Directory behind an "
                   "AD Connector; create the user there, then enable it here."));
        if (auto ok = checkDetails(orgId, input); !ok)
            return ok.error();
        if (auto ok = AddressBook(m_engine).check(orgId, input.email); !ok)
            return ok.error();
        const Organization& o = org.value();
        if (auto ok = m_engine.organizations().checkTrialRoom(o); !ok)
            return ok.error();
        User u;
        u.id = ids::newUuid();
        u.organizationId = orgId;
        u.directoryId = o.directoryId;
        u.username = input.username;
        u.details = {input.firstName, input.lastName, input.displayName, {}, {}, {}};
        u.email = input.email;
        u.state = UserState::Enabled;
        u.role = UserRole::User;
        u.mailboxId = ids::newUuid();
        u.createdAt = m_engine.now();
        if (auto ok = m_table.insert(u, hash.value()); !ok)
            return ok.error();
        if (auto ok = AddressBook(m_engine).addresses().add(orgId, u.email, u.id, true); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("user.create"), u.id, {}, json::of(u)); !ok)
            return ok.error();
        change = {Change::Subject::User, Change::Kind::Added, orgId, {u.id}, QStringLiteral("user.create")};
        return u;
    });
}

Result<User> Users::get(const QString& id)
{
    return m_engine.versions().read<User>(Versions::kindOf(Change::Subject::User), id,
                                          [&] { return m_table.get(id); });
}

Result<User> Users::findByUsername(const QString& orgId, const QString& username)
{
    auto user = m_table.findByUsername(orgId, username);
    if (!user)
        return user;
    return get(user.value().id);
}

Result<int> Users::count(const UserQuery& query)
{
    return m_table.count(query);
}

Result<QVector<UserRow>> Users::page(const UserQuery& query, int offset, int limit)
{
    return m_table.page(query, offset, limit);
}

Result<UserRow> Users::row(const QString& id)
{
    return m_table.row(id);
}

Result<std::optional<int>> Users::rank(const UserQuery& query, const QString& id)
{
    return m_table.rank(query, id);
}

Result<bool> Users::matches(const UserQuery& query, const QString& id)
{
    return m_table.matches(query, id);
}

Result<User> Users::updateDetails(const QString& id, const UserDetails& details)
{
    auto current = get(id);
    if (!current)
        return current.error();
    return updateDetails(id, current.value().details, details);
}

Result<User> Users::updateDetails(const QString& id, const UserDetails& base, const UserDetails& edited,
                                  qint64 ifVersion)
{
    return m_engine.mutate([&](Change& change) -> Result<User> {
        auto target = changeableUser(m_engine, id);
        if (!target)
            return target.error();
        const User& before = target.value().user;
        if (isConnector(target.value().directoryType))
            return connectorRefuses(
                tr("Details: this user lives in Active Directory behind an AD Connector; edit "
                   "the details with your Active Directory tools."));
        const QString what = tr("The details of %1").arg(before.username);
        auto last = m_engine.versions().last(Versions::kindOf(Change::Subject::User), id);
        if (!last)
            return last.error();
        if (auto ok = Versions::require(last.value(), ifVersion, what); !ok)
            return ok.error();
        ConflictCheck conflicts(what);
        FieldMerge<UserDetails> merge(base, edited, before.details, conflicts);
        merge.field(QStringLiteral("firstName"), &UserDetails::firstName);
        merge.field(QStringLiteral("lastName"), &UserDetails::lastName);
        merge.field(QStringLiteral("displayName"), &UserDetails::displayName);
        merge.field(QStringLiteral("street"), &UserDetails::street);
        merge.field(QStringLiteral("phone"), &UserDetails::phone);
        merge.field(QStringLiteral("company"), &UserDetails::company);
        if (!conflicts.clean())
            return conflicts.result(last.value()).error();
        if (!merge.changed())
            return get(id);
        if (auto ok = rules::userDetails(merge.result()); !ok)
            return ok.error();
        if (auto ok = m_table.updateDetails(id, merge.result()); !ok)
            return ok.error();
        auto after = m_table.get(id);
        if (!after)
            return after.error();
        after.value().version = last.value().version + 1; // raised by this change (Engine::mutate)
        if (auto ok = m_engine.recordAudit(after.value().organizationId, QStringLiteral("user.details"), id,
                                           json::of(before), json::of(after.value()));
            !ok)
            return ok.error();
        change = {Change::Subject::User,
                  Change::Kind::Updated,
                  after.value().organizationId,
                  {id},
                  QStringLiteral("user.details")};
        return after;
    });
}

Status Users::resetPassword(const QString& id, const QString& password)
{
    if (auto allowed = m_engine.requireFullAccess(); !allowed)
        return allowed.error();
    if (auto ok = m_policy.check(password); !ok)
        return ok;
    auto hash = m_engine.hasher().hash(password);
    if (!hash)
        return hash.error();
    return m_engine.mutate([&](Change& change) -> Status {
        auto target = changeableUser(m_engine, id);
        if (!target)
            return target.error();
        if (isConnector(target.value().directoryType))
            return connectorRefuses(
                tr("Password: this user signs in with Active Directory behind an AD Connector; "
                   "reset the password in Active Directory."));
        if (auto ok = m_table.setPasswordHash(id, hash.value()); !ok)
            return ok;
        // The audit names the event; the password and its hash never leave the users table.
        const QJsonObject marker{{QStringLiteral("password"), QStringLiteral("changed")}};
        if (auto ok = m_engine.recordAudit(target.value().user.organizationId,
                                           QStringLiteral("user.password.reset"), id, {}, marker);
            !ok)
            return ok;
        change = {Change::Subject::User,
                  Change::Kind::Updated,
                  target.value().user.organizationId,
                  {id},
                  QStringLiteral("user.password.reset")};
        return Done{};
    });
}

Result<bool> Users::verifyPassword(const QString& id, const QString& password)
{
    auto hash = m_table.passwordHash(id);
    if (!hash)
        return hash.error();
    return !hash.value().isEmpty() && m_engine.hasher().verify(hash.value(), password);
}

} // namespace mailroom
