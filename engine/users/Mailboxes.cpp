#include "Mailboxes.h"

#include "UserGuard.h"
#include "Users.h"
#include "core/AddressBook.h"
#include "core/Engine.h"
#include "core/Ids.h"
#include "interop/InteropRules.h"
#include "io/JsonFormat.h"
#include "organizations/Directory.h"
#include "organizations/Organization.h"
#include "organizations/Organizations.h"
#include "store/tables/DirectorySyncTable.h"
#include "store/tables/GroupTable.h"
#include "store/tables/UserTable.h"

#include <QCoreApplication>
#include <QSet>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::Mailboxes", text);
}

// The user without a mailbox: what the purge and deletion leave.
User withoutMailbox(User user)
{
    user.state = UserState::Disabled;
    user.email.clear();
    user.mailboxId.clear();
    user.disabledAt = QDateTime();
    return user;
}

// RES-4: an Exchange resource is a remote entry; it becomes a resource here only by creating one.
Status notAnExchangeResource(const User& user, const QString& action)
{
    if (!user.isExchangeResource())
        return Done{};
    return makeError(
        ErrorCode::WrongState, QStringLiteral("user"),
        QCoreApplication::translate("mailroom::Mailboxes",
                                    "%1: %2 is a resource of Microsoft Exchange. In interoperability "
                                    "mode resources stay in Exchange; once interoperability is "
                                    "disabled, create it in the Resources pane.")
            .arg(action, user.username));
}

} // namespace

Mailboxes::Mailboxes(Engine& engine) : m_engine(engine) {}

Result<QString> Mailboxes::proposedAddress(const QString& userId)
{
    auto user = UserTable(m_engine.store()).get(userId);
    if (!user)
        return user.error();
    const bool kept = !user.value().email.isEmpty() &&
                      !(user.value().disabledAt.isValid() &&
                        user.value().disabledAt.addDays(limits::MailboxRetentionDays) <= m_engine.now());
    if (kept)
        return user.value().email;
    // In interoperability mode the address is the one Exchange gave, when the directory has it.
    auto org = m_engine.organizations().get(user.value().organizationId);
    if (org && org.value().interoperability) {
        auto exchange = DirectorySyncTable(m_engine.store()).exchangeAddresses(userId);
        if (!exchange)
            return exchange.error();
        if (!exchange.value().isEmpty())
            return exchange.value().constFirst();
    }
    return m_engine.users().suggestedAddress(user.value().organizationId, user.value().username);
}

Status Mailboxes::addInteropAliases(const Organization& org, const User& user)
{
    // IOP-5: enabling in interoperability mode adds the test-domain address that email routing
    // needs, and the other addresses Exchange holds; one that cannot be taken (a domain not
    // verified here, another owner, the aliases' limit) is left for the directory synchronisation,
    // which reports why.
    auto exchange = DirectorySyncTable(m_engine.store()).exchangeAddresses(user.id);
    if (!exchange)
        return exchange.error();
    QStringList wanted = exchange.value().mid(1);
    wanted.append(user.username.toLower() + u'@' + org.testDomain());
    AddressBook book(m_engine);
    for (const QString& address : std::as_const(wanted)) {
        auto owner = book.addresses().owner(org.id, address);
        if (!owner)
            return owner.error();
        if (!owner.value().isEmpty() || !book.check(org.id, address, user.id))
            continue;
        auto aliases = book.addresses().aliasCount(user.id);
        if (!aliases)
            return aliases.error();
        if (aliases.value() >= limits::AliasesPerUser)
            break;
        if (auto ok = book.addresses().add(org.id, address, user.id, false); !ok)
            return ok;
    }
    return Done{};
}

Result<User> Mailboxes::endMailbox(const User& user)
{
    if (auto ok = AddressBook(m_engine).addresses().removeAllOf(user.id); !ok)
        return ok.error();
    const User after = withoutMailbox(user);
    if (auto ok = UserTable(m_engine.store()).updateMailState(after); !ok)
        return ok.error();
    return after;
}

Result<User> Mailboxes::enable(const QString& userId, const QString& primaryAddress)
{
    return m_engine.mutate([&](Change& change) -> Result<User> {
        auto target = changeableUser(m_engine, userId);
        if (!target)
            return target.error();
        const User before = target.value().user;
        if (auto ok = notAnExchangeResource(before, tr("Enable")); !ok)
            return ok.error();
        if (before.state == UserState::Enabled)
            return makeError(ErrorCode::WrongState, QStringLiteral("user"),
                             tr("Enable: %1 is already enabled.").arg(before.username));
        if (target.value().organization.interoperability) {
            auto proposed = proposedAddress(userId);
            if (!proposed)
                return proposed.error();
            if (auto ok = interop::enableAddress(target.value().organization, proposed.value(),
                                                 primaryAddress, QStringLiteral("email"));
                !ok)
                return ok.error();
        }
        if (auto ok = m_engine.organizations().checkTrialRoom(target.value().organization); !ok)
            return ok.error();
        // After the 30 days the kept mailbox is gone, even if the hourly purge has not run yet.
        User current = before;
        if (before.disabledAt.isValid() &&
            before.disabledAt.addDays(limits::MailboxRetentionDays) <= m_engine.now()) {
            auto ended = endMailbox(before);
            if (!ended)
                return ended.error();
            current = ended.value();
        }
        AddressBook book(m_engine);
        if (auto ok = book.check(before.organizationId, primaryAddress, userId); !ok)
            return ok.error();
        auto owner = book.addresses().owner(before.organizationId, primaryAddress);
        if (!owner)
            return owner.error();
        if (owner.value().isEmpty() && !current.email.isEmpty()) {
            // The kept primary becomes an alias: it must fit within the aliases' limit.
            auto aliases = book.addresses().aliasCount(userId);
            if (!aliases)
                return aliases.error();
            if (aliases.value() >= limits::AliasesPerUser)
                return makeError(
                    ErrorCode::LimitReached, QStringLiteral("email"),
                    tr("Enable: %1 already has %2 aliases; use its kept address %3 as the primary.")
                        .arg(before.username)
                        .arg(limits::AliasesPerUser)
                        .arg(current.email));
        }
        if (owner.value().isEmpty()) {
            if (auto ok = book.addresses().add(before.organizationId, primaryAddress, userId, false); !ok)
                return ok.error();
        }
        if (auto ok = book.addresses().setPrimary(userId, primaryAddress); !ok)
            return ok.error();
        if (target.value().organization.interoperability) {
            if (auto ok = addInteropAliases(target.value().organization, before); !ok)
                return ok.error();
        }

        User after = current;
        after.state = UserState::Enabled;
        after.email = primaryAddress;
        after.disabledAt = QDateTime();
        const bool restored = !after.mailboxId.isEmpty();
        if (!restored)
            after.mailboxId = ids::newUuid();
        if (auto ok = UserTable(m_engine.store()).updateMailState(after); !ok)
            return ok.error();
        const QString action = restored ? QStringLiteral("user.restore") : QStringLiteral("user.enable");
        if (auto ok =
                m_engine.recordAudit(after.organizationId, action, userId, json::of(before), json::of(after));
            !ok)
            return ok.error();
        change = {Change::Subject::User, Change::Kind::Updated, after.organizationId, {userId}, action};
        return after;
    });
}

Result<User> Mailboxes::disable(const QString& userId)
{
    return m_engine.mutate([&](Change& change) -> Result<User> {
        auto target = changeableUser(m_engine, userId);
        if (!target)
            return target.error();
        const User& before = target.value().user;
        if (auto ok =
                interop::allowed(target.value().organization, interop::Managed::UserDisable, before.username);
            !ok)
            return ok.error();
        if (before.state != UserState::Enabled)
            return makeError(ErrorCode::WrongState, QStringLiteral("user"),
                             tr("Disable: %1 is already disabled.").arg(before.username));
        User after = before;
        after.state = UserState::Disabled;
        after.disabledAt = m_engine.now();
        if (auto ok = UserTable(m_engine.store()).updateMailState(after); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(after.organizationId, QStringLiteral("user.disable"), userId,
                                           json::of(before), json::of(after));
            !ok)
            return ok.error();
        change = {Change::Subject::User,
                  Change::Kind::Updated,
                  after.organizationId,
                  {userId},
                  QStringLiteral("user.disable")};
        return after;
    });
}

Status Mailboxes::remove(const QString& userId)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto target = changeableUser(m_engine, userId);
        if (!target)
            return target.error();
        const User& before = target.value().user;
        if (auto ok = notAnExchangeResource(before, tr("Delete")); !ok)
            return ok;
        if (auto ok =
                interop::allowed(target.value().organization, interop::Managed::UserDelete, before.username);
            !ok)
            return ok;
        if (before.state != UserState::Disabled)
            return makeError(ErrorCode::WrongState, QStringLiteral("user"),
                             tr("Delete: %1 is enabled; disable the user first.").arg(before.username));
        UserTable users(m_engine.store());
        if (auto ok = AddressBook(m_engine).addresses().removeAllOf(userId); !ok)
            return ok;
        const bool ownDirectory = target.value().directoryType == nameOf(DirectoryType::WorkMail);
        const User after = withoutMailbox(before);
        if (auto ok = ownDirectory ? users.remove(userId) : users.updateMailState(after); !ok)
            return ok;
        if (ownDirectory) {
            if (auto ok = GroupTable(m_engine.store()).forgetMember(userId); !ok)
                return ok;
        }
        if (auto ok = m_engine.recordAudit(before.organizationId, QStringLiteral("user.delete"), userId,
                                           json::of(before), ownDirectory ? QJsonObject() : json::of(after));
            !ok)
            return ok;
        change = {Change::Subject::User,
                  ownDirectory ? Change::Kind::Removed : Change::Kind::Updated,
                  before.organizationId,
                  {userId},
                  QStringLiteral("user.delete")};
        return Done{};
    });
}

Result<int> Mailboxes::purgeExpired()
{
    // Looked at first without the write lock: a purge that is not due never waits for, or holds
    // up, another program's writing.
    {
        auto due = UserTable(m_engine.store())
                       .expiredMailboxes(m_engine.now().addDays(-limits::MailboxRetentionDays));
        if (!due)
            return due.error();
        if (due.value().isEmpty())
            return 0;
    }
    return m_engine.mutate([&](Change& change) -> Result<int> {
        UserTable users(m_engine.store());
        auto expired = users.expiredMailboxes(m_engine.now().addDays(-limits::MailboxRetentionDays));
        if (!expired)
            return expired.error();
        change = {Change::Subject::User, Change::Kind::Updated, {}, {}, QStringLiteral("user.purge")};
        QSet<QString> organizations;
        for (const auto& [userId, orgId] : expired.value()) {
            auto before = users.get(userId);
            if (!before)
                return before.error();
            auto after = endMailbox(before.value());
            if (!after)
                return after.error();
            if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("user.purge"), userId,
                                               json::of(before.value()), json::of(after.value()));
                !ok)
                return ok.error();
            change.ids << userId;
            organizations.insert(orgId);
        }
        if (organizations.size() == 1)
            change.organizationId = *organizations.begin();
        return int(expired.value().size());
    });
}

} // namespace mailroom
