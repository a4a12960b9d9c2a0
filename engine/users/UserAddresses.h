#pragma once
// A user's addresses (USR-3): one primary (the sending address) and up to 100 aliases that
// only receive; "set as default" swaps them.

#include "User.h"
#include "core/Result.h"

namespace mailroom {

class Engine;

class UserAddresses
{
public:
    explicit UserAddresses(Engine& engine);

    Result<QVector<EmailAddress>> of(const QString& userId); // primary first
    // Errors: those of AddressBook::check (field "address"), LimitReached (100 aliases),
    // WrongState (the user has no mailbox), SystemUser.
    Status addAlias(const QString& userId, const QString& address);
    // Errors: NotFound, InvalidValue (the primary cannot be removed; make another default first).
    Status removeAlias(const QString& userId, const QString& address);
    // Makes one of the user's addresses the primary one. Errors: NotFound.
    Status setPrimary(const QString& userId, const QString& address);

private:
    Status change(const QString& userId, const QString& action,
                  const std::function<Status(const User&)>& apply);

    Engine& m_engine;
};

} // namespace mailroom
