#include "UserAddresses.h"

#include "UserGuard.h"
#include "core/AddressBook.h"
#include "core/Engine.h"
#include "interop/InteropRules.h"
#include "io/JsonFormat.h"
#include "organizations/Organization.h"
#include "store/tables/UserTable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::UserAddresses", text);
}

QJsonObject snapshot(const QVector<EmailAddress>& addresses)
{
    QJsonArray list;
    for (const auto& a : addresses)
        list.append(json::of(a));
    return {{QStringLiteral("addresses"), list}};
}

std::optional<EmailAddress> findAddress(const QVector<EmailAddress>& addresses, const QString& address)
{
    for (const auto& a : addresses) {
        if (a.address.compare(address, Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

Error notTheUsers(const QString& address)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("address"),
                     QCoreApplication::translate("mailroom::UserAddresses",
                                                 "Address: %1 is not one of this user's addresses.")
                         .arg(address));
}

} // namespace

UserAddresses::UserAddresses(Engine& engine) : m_engine(engine) {}

Result<QVector<EmailAddress>> UserAddresses::of(const QString& userId)
{
    return AddressBook(m_engine).addresses().of(userId);
}

Status UserAddresses::change(const QString& userId, const QString& action,
                             const std::function<Status(const User&)>& apply)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto target = changeableUser(m_engine, userId);
        if (!target)
            return target.error();
        const User& user = target.value().user;
        if (auto ok =
                interop::allowed(target.value().organization, interop::Managed::UserAddresses, user.username);
            !ok)
            return ok;
        if (user.state != UserState::Enabled)
            return makeError(
                ErrorCode::WrongState, QStringLiteral("user"),
                tr("Addresses: %1 is disabled; enable the user to change its addresses.").arg(user.username));
        auto before = of(userId);
        if (!before)
            return before.error();
        if (auto ok = apply(user); !ok)
            return ok;
        auto after = of(userId);
        if (!after)
            return after.error();
        // Keep the users table's copy of the primary address (what the list shows and sorts by).
        for (const auto& a : after.value()) {
            if (a.primary && a.address != user.email) {
                User updated = user;
                updated.email = a.address;
                if (auto ok = UserTable(m_engine.store()).updateMailState(updated); !ok)
                    return ok;
            }
        }
        if (auto ok = m_engine.recordAudit(user.organizationId, action, userId, snapshot(before.value()),
                                           snapshot(after.value()));
            !ok)
            return ok;
        change = {Change::Subject::User, Change::Kind::Updated, user.organizationId, {userId}, action};
        return Done{};
    });
}

Status UserAddresses::addAlias(const QString& userId, const QString& address)
{
    return change(userId, QStringLiteral("user.address.add"), [&](const User& user) -> Status {
        AddressBook book(m_engine);
        auto count = book.addresses().aliasCount(userId);
        if (!count)
            return count.error();
        if (count.value() >= limits::AliasesPerUser)
            return makeError(ErrorCode::LimitReached, QStringLiteral("address"),
                             tr("Address: a user can have at most %1 aliases.").arg(limits::AliasesPerUser));
        if (auto ok = book.check(user.organizationId, address, {}, QStringLiteral("address")); !ok)
            return ok;
        return book.addresses().add(user.organizationId, address, userId, false);
    });
}

Status UserAddresses::removeAlias(const QString& userId, const QString& address)
{
    return change(userId, QStringLiteral("user.address.remove"), [&](const User& user) -> Status {
        auto all = of(userId);
        if (!all)
            return all.error();
        const auto found = findAddress(all.value(), address);
        if (!found)
            return notTheUsers(address);
        if (found->primary)
            return makeError(ErrorCode::InvalidValue, QStringLiteral("address"),
                             tr("Address: %1 is the primary address; make another address the default first.")
                                 .arg(found->address));
        return AddressBook(m_engine).addresses().remove(user.organizationId, address);
    });
}

Status UserAddresses::setPrimary(const QString& userId, const QString& address)
{
    return change(userId, QStringLiteral("user.address.primary"), [&](const User&) -> Status {
        auto all = of(userId);
        if (!all)
            return all.error();
        if (!findAddress(all.value(), address))
            return notTheUsers(address);
        return AddressBook(m_engine).addresses().setPrimary(userId, address);
    });
}

} // namespace mailroom
