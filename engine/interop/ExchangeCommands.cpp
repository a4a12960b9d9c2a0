#include "ExchangeCommands.h"

#include "core/Engine.h"
#include "domains/Domains.h"
#include "organizations/Organizations.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <algorithm>

namespace mailroom::interop {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::interop", text);
}

QString domainOf(const QString& address)
{
    return address.section(u'@', -1).toLower();
}

bool has(const QVector<EmailAddress>& addresses, const QString& address)
{
    return std::any_of(addresses.begin(), addresses.end(), [&](const EmailAddress& a) {
        return a.address.compare(address, Qt::CaseInsensitive) == 0;
    });
}

const Domain* findDomain(const QVector<Domain>& domains, const QString& name)
{
    for (const Domain& d : domains)
        if (d.name.compare(name, Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

// The domain Exchange's primary address is on: the user's own primary address when it is not on
// the test domain (in interoperability mode it came from Exchange), else the default domain, else
// the first verified domain. Empty when the organization has only its test domain.
QString exchangeDomainFor(const Organization& org, const User& user, const QVector<Domain>& domains)
{
    const QString test = org.testDomain().toLower();
    if (!user.email.isEmpty() && domainOf(user.email) != test)
        return domainOf(user.email);
    if (!org.defaultDomain.isEmpty() && org.defaultDomain.compare(test, Qt::CaseInsensitive) != 0)
        return org.defaultDomain.toLower();
    for (const Domain& d : domains)
        if (!d.isTest && d.status == DomainStatus::Verified)
            return d.name;
    return {};
}

} // namespace

QString powerShellQuoted(const QString& value)
{
    QString quoted = value;
    // PowerShell also ends single-quoted strings at the typographic single quotes.
    for (const QChar quote : {QChar(u'\''), QChar(0x2018), QChar(0x2019), QChar(0x201A), QChar(0x201B)})
        quoted.replace(quote, QString(2, quote));
    return u'\'' + quoted + u'\'';
}

bool RoutingCommands::ready() const
{
    return std::all_of(addresses.begin(), addresses.end(),
                       [](const RequiredAddress& a) { return !a.address.isEmpty() && a.present; });
}

RoutingCommands routingCommands(const Organization& org, const User& user,
                                const QVector<EmailAddress>& addresses, const QVector<Domain>& domains)
{
    RoutingCommands r;
    r.username = user.username;
    const QString local = user.username.toLower();

    RequiredAddress test;
    test.kind = RequiredAddress::Kind::TestDomain;
    test.address = local + u'@' + org.testDomain().toLower();
    test.present = has(addresses, test.address);
    test.note =
        test.present
            ? tr("On the test domain: Exchange forwards the user's mail to this address, and it works for "
                 "tests before Exchange forwards anything.")
            : tr("On the test domain: Exchange forwards the user's mail to this address. Enabling the user "
                 "adds it; the user does not have it yet.");
    r.addresses.append(test);

    RequiredAddress exchange;
    exchange.kind = RequiredAddress::Kind::Exchange;
    r.exchangeDomain = exchangeDomainFor(org, user, domains);
    if (r.exchangeDomain.isEmpty()) {
        exchange.note =
            tr("The organization has no domain but its test domain: add the corporate domain that "
               "Exchange uses, verify it, and enable the user with the address Exchange gave.");
    } else {
        const bool ownPrimary = !user.email.isEmpty() && domainOf(user.email) == r.exchangeDomain;
        exchange.address = ownPrimary ? user.email.toLower() : local + u'@' + r.exchangeDomain;
        exchange.present = has(addresses, exchange.address);
        const Domain* domain = findDomain(domains, r.exchangeDomain);
        if (domain && domain->status != DomainStatus::Verified)
            exchange.note = tr("The domain %1 is not verified yet: verify it first, or mail to this address "
                               "bounces.")
                                .arg(domain->displayName());
        else if (exchange.present)
            exchange.note = tr("The user's primary address in Exchange: it keeps receiving the user's mail.");
        else
            exchange.note = tr("The user's primary address in Exchange: enable the user with it, since in "
                               "interoperability mode addresses come from Exchange.");
    }
    r.addresses.append(exchange);

    r.commands = {
        QStringLiteral("$old_mailbox = Get-Mailbox %1").arg(powerShellQuoted(user.username)),
        QStringLiteral("Disable-Mailbox $old_mailbox"),
        QStringLiteral("$new_mailuser = Enable-MailUser $old_mailbox.Identity -ExternalEmailAddress %1 "
                       "-PrimarySmtpAddress $old_mailbox.PrimarySmtpAddress")
            .arg(powerShellQuoted(test.address)),
        QStringLiteral("Set-MailUser $new_mailuser -EmailAddresses $old_mailbox.EmailAddresses "
                       "-HiddenFromAddressListsEnabled $old_mailbox.HiddenFromAddressListsEnabled"),
    };

    r.before = {
        tr("Try these steps with a test user before anyone else."),
        tr("%1 must be enabled here and have both addresses above.").arg(user.username),
        tr("Disabling the Exchange mailbox wipes what it holds: run the commands only once everything in "
           "%1's "
           "Exchange mailbox has been migrated here.")
            .arg(user.username),
        tr("Exchange stays the server that receives mail: leave the MX records pointing at Exchange while "
           "the two "
           "work together. Exchange must be able to send mail to the Internet (a Send connector)."),
    };
    const QString target = exchange.address.isEmpty() ? test.address : exchange.address;
    r.after = {
        tr("Send a test message to %1; %2 should find it in the mailbox here.").arg(target, user.username),
        tr("Exchange now treats %1 as an external mail user. To let %1 write to groups, add %1 to the "
           "allowed "
           "senders of each group (delivery management).")
            .arg(user.username),
        tr("To let %1 book resources, set ProcessExternalMeetingMessages on each resource %1 uses "
           "(Set-CalendarProcessing).")
            .arg(user.username),
        tr("Outlook for Windows: after a restart, choose the temporary mailbox and set the Exchange account "
           "up "
           "again."),
        tr("Outlook for Mac: after a restart, accept being redirected to %1.").arg(org.testDomain()),
        tr("Mail on iOS stops receiving mail (\"Cannot get mail\"): set the Exchange account up again."),
    };
    return r;
}

namespace {

Status inInteroperability(const Organization& org, const char* what)
{
    if (org.interoperability)
        return Done{};
    return makeError(
        ErrorCode::WrongState, QStringLiteral("interoperability"),
        tr(what).arg(org.alias) + u' ' +
            tr("Interoperability is chosen when an organization is created with Standard setup on an "
               "AD Connector whose domain runs Microsoft Exchange."));
}

} // namespace

Result<RoutingCommands> routingCommands(Engine& engine, const QString& userId)
{
    auto user = engine.users().get(userId);
    if (!user)
        return user.error();
    if (user.value().isSystem())
        return makeError(ErrorCode::WrongState, QStringLiteral("user"),
                         tr("Email routing: %1 is a system user, whose mail is not routed from Exchange.")
                             .arg(user.value().username));
    auto org = engine.organizations().get(user.value().organizationId);
    if (!org)
        return org.error();
    if (auto ok = inInteroperability(
            org.value(),
            QT_TRANSLATE_NOOP("mailroom::interop",
                              "Email routing: %1 is not in interoperability mode, so no mail comes from "
                              "Exchange."));
        !ok)
        return ok.error();
    auto domains = engine.domains().list(org.value().id);
    if (!domains)
        return domains.error();
    QVector<EmailAddress> addresses;
    if (!user.value().mailboxId.isEmpty() || !user.value().email.isEmpty()) {
        auto found = engine.userAddresses().of(userId);
        if (!found)
            return found.error();
        addresses = found.value();
    }
    return routingCommands(org.value(), user.value(), addresses, domains.value());
}

AddressSpaceCommand availabilityAddressSpace(const Organization& org)
{
    AddressSpaceCommand c;
    c.forestName = org.testDomain().toLower();
    c.credentialUser = c.forestName + QStringLiteral("\\username");
    c.commands = {
        QStringLiteral("$credentials = Get-Credential"),
        QStringLiteral(
            "Add-AvailabilityAddressSpace -ForestName %1 -AccessMethod OrgWideFB -Credentials $credentials")
            .arg(powerShellQuoted(c.forestName)),
    };
    c.notes = {
        tr("Run these in the Exchange Management Shell: Exchange then asks this organization for the "
           "free/busy "
           "times of the users enabled here."),
        tr("When asked for credentials, give this organization's service account as %1 (its user name after "
           "the backslash) and its password. The service account is a user of your directory that is enabled "
           "here; every enabled user can read free/busy times.")
            .arg(c.credentialUser),
    };
    return c;
}

Result<AddressSpaceCommand> availabilityAddressSpace(Engine& engine, const QString& orgId)
{
    auto org = engine.organizations().get(orgId);
    if (!org)
        return org.error();
    if (auto ok = inInteroperability(
            org.value(),
            QT_TRANSLATE_NOOP("mailroom::interop",
                              "Availability address space: %1 is not in interoperability mode, so "
                              "Exchange has no free/busy questions to send here."));
        !ok)
        return ok.error();
    return availabilityAddressSpace(org.value());
}

} // namespace mailroom::interop
