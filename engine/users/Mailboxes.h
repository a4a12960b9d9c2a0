#pragma once
// The life of a user's mailbox (USR-4, USR-7): enable (or restore within 30 days), disable,
// delete for good, and the purge when the 30 days are over.

#include "User.h"
#include "core/Result.h"

namespace mailroom {

class Engine;
struct Organization;

class Mailboxes
{
public:
    explicit Mailboxes(Engine& engine);

    // The primary address the Enable dialog proposes: the one a disabled mailbox kept, else
    // username@default domain.
    Result<QString> proposedAddress(const QString& userId);
    // Enables a disabled user with primaryAddress. Within 30 days of disabling, the same
    // mailbox comes back; else a new empty one is made. Errors: WrongState (already enabled),
    // LimitReached (trial), those of AddressBook::check, SystemUser, AccessDenied; WrongState
    // ("user") for an Exchange resource, which is never enabled here.
    Result<User> enable(const QString& userId, const QString& primaryAddress);
    // The user becomes Disabled; the mailbox and its addresses are kept 30 days.
    // Errors: WrongState (already disabled), SystemUser.
    Result<User> disable(const QString& userId);
    // For a disabled user only: the mailbox and addresses go for good. A user of the
    // organization's own directory goes with them; a user of a registry directory stays there.
    // Errors: WrongState (enabled; an Exchange resource, which is managed in Exchange), SystemUser.
    Status remove(const QString& userId);
    // Ends mailboxes disabled 30 days ago or more. Returns how many.
    Result<int> purgeExpired();

private:
    // Ends the user's mailbox: its addresses go and the user keeps no mailbox (what the purge,
    // and enabling after the 30 days, do).
    Result<User> endMailbox(const User& user);
    Status addInteropAliases(const Organization& org, const User& user);

    Engine& m_engine;
};

} // namespace mailroom
