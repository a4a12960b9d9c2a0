// IOP-5 and IOP-6: what the administrator runs on the Exchange side, filled in. Each user needs
// an address on the test domain and the Exchange address; the Exchange Management Shell commands
// route the user's mail here; the availability address space sends free/busy questions here.

#include "TestEngine.h"
#include "domains/Domains.h"
#include "interop/ExchangeCommands.h"
#include "organizations/Organizations.h"
#include "users/Mailboxes.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QTest>

using namespace mailroom;
using namespace mailroom::test;
using mailroom::interop::RequiredAddress;

class TestExchangeCommands : public QObject
{
    Q_OBJECT

    static Domain domain(const QString& name, DomainStatus status, bool isTest = false)
    {
        Domain d;
        d.name = name;
        d.status = status;
        d.isTest = isTest;
        return d;
    }

private Q_SLOTS:
    void iop5_valuesAreQuotedForPowerShell()
    {
        QCOMPARE(interop::powerShellQuoted(QStringLiteral("ann")), QStringLiteral("'ann'"));
        QCOMPARE(interop::powerShellQuoted(QStringLiteral("o'neil")), QStringLiteral("'o''neil'"));
        // No expansion inside single quotes: $ and the backtick stay as they are.
        QCOMPARE(interop::powerShellQuoted(QStringLiteral("$(rm)`n")), QStringLiteral("'$(rm)`n'"));
        // PowerShell also ends a single-quoted string at the typographic quotes.
        QCOMPARE(interop::powerShellQuoted(QString::fromUtf8("a\u2019b")),
                 QString::fromUtf8("'a\u2019\u2019b'"));
    }

    void iop5_enabledUserWithBothAddressesAndTheFilledInCommands()
    {
        TestEngine e;
        const Organization org0 = e.exchangeOrg(QStringLiteral("iop"), true);
        e.verifiedDomain(org0, QStringLiteral("corp.example.com"));
        QVERIFY(e->domains().setDefault(org0.id, QStringLiteral("corp.example.com")).ok());
        const User ann = e.directoryUser(org0, QStringLiteral("ann"));
        const QString proposed = e->mailboxes().proposedAddress(ann.id).value();
        QCOMPARE(proposed, QStringLiteral("ann@corp.example.com"));
        QVERIFY(e->mailboxes().enable(ann.id, proposed).ok());

        auto routing = interop::routingCommands(*e, ann.id);
        QVERIFY2(routing.ok(), qPrintable(routing.ok() ? QString() : routing.error().message));
        const interop::RoutingCommands r = routing.value();
        QCOMPARE(r.username, QStringLiteral("ann"));
        QCOMPARE(r.exchangeDomain, QStringLiteral("corp.example.com"));
        QCOMPARE(r.addresses.size(), 2);
        QCOMPARE(r.addresses.at(0).kind, RequiredAddress::Kind::TestDomain);
        QCOMPARE(r.addresses.at(0).address, QStringLiteral("ann@iop.awsapps.com"));
        QCOMPARE(r.addresses.at(1).kind, RequiredAddress::Kind::Exchange);
        QCOMPARE(r.addresses.at(1).address, QStringLiteral("ann@corp.example.com"));
        QVERIFY(r.addresses.at(1).present);
        // Which the user has is what the address book says.
        const QVector<EmailAddress> has = e->userAddresses().of(ann.id).value();
        const bool hasTest = std::any_of(has.begin(), has.end(), [](const EmailAddress& a) {
            return a.address == QStringLiteral("ann@iop.awsapps.com");
        });
        QCOMPARE(r.addresses.at(0).present, hasTest);
        QCOMPARE(r.ready(), hasTest);

        QCOMPARE(
            r.commands,
            (QStringList{
                QStringLiteral("$old_mailbox = Get-Mailbox 'ann'"),
                QStringLiteral("Disable-Mailbox $old_mailbox"),
                QStringLiteral("$new_mailuser = Enable-MailUser $old_mailbox.Identity -ExternalEmailAddress "
                               "'ann@iop.awsapps.com' -PrimarySmtpAddress $old_mailbox.PrimarySmtpAddress"),
                QStringLiteral("Set-MailUser $new_mailuser -EmailAddresses $old_mailbox.EmailAddresses "
                               "-HiddenFromAddressListsEnabled $old_mailbox.HiddenFromAddressListsEnabled"),
            }));
        const QString before = r.before.join(u'\n');
        QVERIFY(before.contains(QStringLiteral("test user")));
        QVERIFY(before.contains(QStringLiteral("migrated")));
        QVERIFY(before.contains(QStringLiteral("MX")));
        const QString after = r.after.join(u'\n');
        QVERIFY(after.contains(QStringLiteral("ann@corp.example.com")));
        QVERIFY(after.contains(QStringLiteral("ProcessExternalMeetingMessages")));
        QVERIFY(after.contains(QStringLiteral("groups")));
        QVERIFY(after.contains(QStringLiteral("iop.awsapps.com")));
    }

    void iop5_pureFunctionMarksWhatIsMissing()
    {
        Organization org;
        org.alias = QStringLiteral("acme");
        org.interoperability = true;
        org.defaultDomain = org.testDomain();
        User bob;
        bob.username = QStringLiteral("O'Neil");
        bob.email = QStringLiteral("O'Neil@Pending.Example");
        const QVector<Domain> domains{
            domain(QStringLiteral("acme.awsapps.com"), DomainStatus::Verified, true),
            domain(QStringLiteral("pending.example"), DomainStatus::Pending)};
        const QVector<EmailAddress> has{{QStringLiteral("o'neil@acme.awsapps.com"), false}};
        const auto r = interop::routingCommands(org, bob, has, domains);
        QCOMPARE(r.addresses.at(0).address, QStringLiteral("o'neil@acme.awsapps.com"));
        QVERIFY(r.addresses.at(0).present);
        QCOMPARE(r.addresses.at(1).address, QStringLiteral("o'neil@pending.example"));
        QVERIFY(!r.addresses.at(1).present);
        QVERIFY(r.addresses.at(1).note.contains(QStringLiteral("not verified")));
        QVERIFY(!r.ready());
        QCOMPARE(r.commands.first(), QStringLiteral("$old_mailbox = Get-Mailbox 'O''Neil'"));
        QVERIFY(
            r.commands.at(2).contains(QStringLiteral("-ExternalEmailAddress 'o''neil@acme.awsapps.com'")));
    }

    void iop5_onlyTheTestDomainLeavesTheExchangeAddressMissing()
    {
        Organization org;
        org.alias = QStringLiteral("acme");
        org.defaultDomain = org.testDomain();
        User cy;
        cy.username = QStringLiteral("cy");
        const auto r = interop::routingCommands(
            org, cy, {}, {domain(QStringLiteral("acme.awsapps.com"), DomainStatus::Verified, true)});
        QVERIFY(r.exchangeDomain.isEmpty());
        QVERIFY(r.addresses.at(1).address.isEmpty());
        QVERIFY(r.addresses.at(1).note.contains(QStringLiteral("add the corporate domain")));
        QVERIFY(!r.addresses.at(0).present);
        QVERIFY(!r.ready());
    }

    void iop5_firstVerifiedDomainWhenTheDefaultIsTheTestDomain()
    {
        Organization org;
        org.alias = QStringLiteral("acme");
        org.defaultDomain = org.testDomain();
        User di;
        di.username = QStringLiteral("Di");
        const auto r = interop::routingCommands(
            org, di, {},
            {domain(QStringLiteral("acme.awsapps.com"), DomainStatus::Verified, true),
             domain(QStringLiteral("pending.example"), DomainStatus::Pending),
             domain(QStringLiteral("corp.example"), DomainStatus::Verified)});
        QCOMPARE(r.addresses.at(1).address, QStringLiteral("di@corp.example"));
    }

    void iop5_refusedOutsideInteroperabilityMode()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("plain"), false);
        const User ann = e.directoryUser(org, QStringLiteral("ann"));
        auto r = interop::routingCommands(*e, ann.id);
        QCOMPARE(r.error().code, ErrorCode::WrongState);
        QCOMPARE(r.error().field, QStringLiteral("interoperability"));
        QVERIFY(r.error().message.contains(QStringLiteral("plain")));
        QCOMPARE(interop::routingCommands(*e, QStringLiteral("no-such-user")).error().code,
                 ErrorCode::NotFound);
    }

    void iop6_availabilityAddressSpaceFilledIn()
    {
        Organization org;
        org.alias = QStringLiteral("acme");
        const auto c = interop::availabilityAddressSpace(org);
        QCOMPARE(c.forestName, QStringLiteral("acme.awsapps.com"));
        QCOMPARE(c.credentialUser, QStringLiteral("acme.awsapps.com\\username"));
        QCOMPARE(c.commands,
                 (QStringList{QStringLiteral("$credentials = Get-Credential"),
                              QStringLiteral(
                                  "Add-AvailabilityAddressSpace -ForestName 'acme.awsapps.com' -AccessMethod "
                                  "OrgWideFB -Credentials $credentials")}));
        QVERIFY(c.notes.join(u'\n').contains(QStringLiteral("acme.awsapps.com\\username")));
    }
};

QTEST_GUILESS_MAIN(TestExchangeCommands)
#include "tst_ExchangeCommands.moc"
