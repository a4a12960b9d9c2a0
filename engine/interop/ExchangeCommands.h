#pragma once
// What the administrator runs on the Microsoft Exchange side, filled in for this organization:
// the email routing of one user (IOP-5) — the two addresses the user needs here, which of them the
// user already has, the Exchange Management Shell commands and the notes that go with them — and
// the availability address space (IOP-6). Pure functions over engine data, plus engine lookups.

#include "core/Result.h"
#include "domains/Domain.h"
#include "organizations/Organization.h"
#include "users/User.h"

#include <QStringList>
#include <QVector>

namespace mailroom {

class Engine;

namespace interop {

// A value as a PowerShell single-quoted string: 'it''s' (no expansion of $ or backticks).
QString powerShellQuoted(const QString& value);

struct RequiredAddress
{
    enum class Kind
    {
        TestDomain,
        Exchange
    };
    Kind kind = Kind::TestDomain;
    QString address;      // lower case; empty for Exchange when the organization has no domain to use
    bool present = false; // the user already has it (as primary or alias)
    QString note;         // translated: what the address is for, or what is missing
};

struct RoutingCommands
{
    QString username;
    QString exchangeDomain;             // the domain of the Exchange address, empty when none
    QVector<RequiredAddress> addresses; // the test-domain address, then the Exchange address
    QStringList commands;               // Exchange Management Shell lines, in the order to run them
    QStringList before;                 // translated: what must be true before running them
    QStringList after;                  // translated: the post-setup notes
    bool ready() const;                 // every required address is present
};

// IOP-5 for user in org. addresses: the user's (UserAddresses::of; empty without a mailbox);
// domains: the organization's (Domains::list). The Exchange address is the user's primary address
// when it is not on the test domain; otherwise username@ the default domain, or the first verified
// domain that is not the test domain.
RoutingCommands routingCommands(const Organization& org, const User& user,
                                const QVector<EmailAddress>& addresses, const QVector<Domain>& domains);

// The same, looked up by the user's id. Errors: NotFound (user, organization), WrongState (field
// "interoperability": the organization is not in interoperability mode; field "user": a system
// user).
Result<RoutingCommands> routingCommands(Engine& engine, const QString& userId);

struct AddressSpaceCommand
{
    QString forestName;     // <alias>.awsapps.com
    QString credentialUser; // the form the credential prompt wants: <alias>.awsapps.com\username
    QStringList commands;   // Exchange Management Shell lines
    QStringList notes;      // translated
};

// IOP-6: the availability address space that sends Exchange's free/busy questions about enabled
// users to this organization.
AddressSpaceCommand availabilityAddressSpace(const Organization& org);
// The same for an organization by id. Errors: NotFound, WrongState (field "interoperability").
Result<AddressSpaceCommand> availabilityAddressSpace(Engine& engine, const QString& orgId);

} // namespace interop

} // namespace mailroom
