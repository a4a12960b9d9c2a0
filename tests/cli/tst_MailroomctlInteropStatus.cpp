// mailroomctl end to end: interop status (the IOP-3 checklist, with the MX records of the verified
// domains asked of dnsmasq on a loopback address), interop routing commands USER (IOP-5) and
// interop exchange-command (IOP-6). No keychain is needed: nothing here reads a password.

#include "CliRunner.h"
#include "DnsServer.h"
#include "RequirePeer.h"

using namespace cli;

namespace {

// An address apart from the other DNS tests', so as not to wait for them (DnsServer takes turns).
const char* ServerAddress = "127.0.0.165";

QJsonObject itemFor(const QJsonArray& items, const char* item, const QString& subject = {})
{
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        if (value(o, "item") == QLatin1String(item) && (subject.isEmpty() || value(o, "subject") == subject))
            return o;
    }
    return {};
}

} // namespace

class TestMailroomctlInteropStatus : public QObject, protected CliRunner
{
    Q_OBJECT

    // An Active organization (alias) on an AD Connector of an Exchange domain, with ann enabled
    // and, for each name, a Pending domain.
    void exchangeOrg(const char* alias, bool interoperability, const QStringList& domains = {})
    {
        const Outcome dir = json(QStringList{s("directory"), s("create"), s("--type"), s("ad-connector"),
                                             s("--name"), s(alias) + s(".corp.example.com"), s("--region"),
                                             s("us-east-1"), s("--exchange")});
        QCOMPARE(dir.exitCode, 0);
        const QString id = value(dir.object(), "id");
        QStringList setup{s("org"),      s("standard-setup"), s("--alias"),     s(alias),
                          s("--region"), s("us-east-1"),      s("--directory"), id};
        if (interoperability)
            setup << s("--interoperability");
        QCOMPARE(json(setup).exitCode, 0);
        QCOMPARE(json(QStringList{s("directory"), s("add-user"), id, s("--username"), s("ann"),
                                  s("--display-name"), s("Ann A")})
                     .exitCode,
                 0);
        QCOMPARE(json(QStringList{s("user"), s("enable"), s("--org"), s(alias), s("ann")}).exitCode, 0);
        for (const QString& d : domains)
            QCOMPARE(json(QStringList{s("domain"), s("add"), s("--org"), s(alias), d}).exitCode, 0);
    }

    QString token(const QString& domain)
    {
        const Outcome records = json(QStringList{s("domain"), s("records"), s("--org"), s("corp"), domain});
        for (const QJsonValue& r : records.array())
            if (value(r.toObject(), "type") == QLatin1String("TXT"))
                return value(r.toObject(), "value");
        return {};
    }

private Q_SLOTS:
    void init() { newDatabase(); }

    void help()
    {
        const Outcome r = ctl("interop --help");
        QCOMPARE(r.exitCode, 0);
        for (const char* word : {"status", "routing commands", "exchange-command"})
            QVERIFY2(r.text().contains(s(word)), qPrintable(r.text()));
        QVERIFY(ctl("interop status --help").text().contains(s("--nameserver")));
        QCOMPARE(ctl("interop routing commands --org corp").exitCode, 2); // no USER
        QCOMPARE(ctl("interop status").exitCode, 2);                      // no --org
        QCOMPARE(ctl("interop status --org corp --nameserver not-an-ip").exitCode, 2);
    }

    void iop3_statusWithoutTheDns()
    {
        exchangeOrg("corp", true, {s("contoso.test")});
        const Outcome r = json("interop status --org corp --no-dns");
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonObject o = r.object();
        QCOMPARE(value(o, "organization"), s("corp"));
        QVERIFY(o.value(s("interoperability")).toBool());
        const QJsonArray items = o.value(s("prerequisites")).toArray();
        QCOMPARE(value(itemFor(items, "Interoperability"), "state"), s("Done"));
        QCOMPARE(value(itemFor(items, "AdConnector"), "state"), s("Done"));
        QCOMPARE(value(itemFor(items, "EnabledUser"), "state"), s("Done"));
        const QJsonObject domain = itemFor(items, "VerifiedDomain", s("contoso.test"));
        QCOMPARE(value(domain, "state"), s("Missing"));
        QVERIFY(value(domain, "text").contains(s("contoso.test")));
        const QJsonObject migrated = itemFor(items, "MigratedMailboxes");
        QCOMPARE(value(migrated, "state"), s("NotChecked"));
        QVERIFY(migrated.value(s("manual")).toBool());
        QCOMPARE(value(itemFor(items, "DnsAtExchange"), "state"), s("NotChecked"));
        QCOMPARE(o.value(s("availability")).toArray().size(), 0);
        QVERIFY(!r.out.contains("password"));

        const Outcome human = ctl("interop status --org corp --no-dns");
        QCOMPARE(human.exitCode, 0);
        for (const char* word :
             {"interoperability with Microsoft Exchange is on", "Prerequisites:", "Not checked", "Missing",
              "contoso.test", "(you confirm)", "Availability settings: none"})
            QVERIFY2(human.text().contains(s(word)), human.out.constData());

        QCOMPARE(json("interop status --org nobody --no-dns").exitCode, 1);
    }

    void iop3_mxAtTheServiceIsAFinding()
    {
        exchangeOrg("corp", true, {s("contoso.test"), s("fabrikam.test")});
        mailroom::test::DnsServer server(s(ServerAddress));
        server.addZone(s("contoso.test"));
        server.addTxt(s("_amazonses.contoso.test"), token(s("contoso.test")));
        server.addMx(s("contoso.test"), s("inbound-smtp.us-east-1.amazonaws.com"));
        server.addZone(s("fabrikam.test"));
        server.addTxt(s("_amazonses.fabrikam.test"), token(s("fabrikam.test")));
        server.addMx(s("fabrikam.test"), s("mail.fabrikam.test"));
        QString why;
        MAILROOM_REQUIRE_PEER(server.start(&why), s("cannot run a DNS server here: ") + why);
        for (const char* d : {"contoso.test", "fabrikam.test"}) {
            const Outcome checked = json(QStringList{s("domain"), s("check-dns"), s("--org"), s("corp"),
                                                     s("--nameserver"), s(ServerAddress), s(d)});
            QCOMPARE(value(checked.object(), "status"), s("Verified"));
        }

        const Outcome r = json(QStringList{s("interop"), s("status"), s("--org"), s("corp"),
                                           s("--nameserver"), s(ServerAddress)});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonArray items = r.object().value(s("prerequisites")).toArray();
        QCOMPARE(value(itemFor(items, "VerifiedDomain", s("contoso.test")), "state"), s("Done"));
        const QJsonObject atService = itemFor(items, "DnsAtExchange", s("contoso.test"));
        QCOMPARE(value(atService, "state"), s("Finding"));
        QVERIFY(value(atService, "text").contains(s("inbound-smtp.us-east-1.amazonaws.com")));
        const QJsonObject atExchange = itemFor(items, "DnsAtExchange", s("fabrikam.test"));
        QCOMPARE(value(atExchange, "state"), s("Done"));
        QVERIFY(value(atExchange, "text").contains(s("mail.fabrikam.test")));

        // With a verified default domain, the Exchange address is on it.
        QCOMPARE(json("domain set-default --org corp fabrikam.test").exitCode, 0);
        const Outcome routing = json("interop routing commands --org corp ann");
        QCOMPARE(value(routing.object(), "exchangeDomain"), s("fabrikam.test"));
        const QJsonArray addresses = routing.object().value(s("addresses")).toArray();
        QCOMPARE(value(addresses.at(1).toObject(), "address"), s("ann@fabrikam.test"));
    }

    void iop5_routingCommandsForAUser()
    {
        exchangeOrg("corp", true);
        const Outcome r = json("interop routing commands --org corp ann");
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonObject o = r.object();
        QCOMPARE(value(o, "user"), s("ann"));
        const QJsonArray addresses = o.value(s("addresses")).toArray();
        QCOMPARE(addresses.size(), 2);
        QCOMPARE(value(addresses.at(0).toObject(), "kind"), s("TestDomain"));
        QCOMPARE(value(addresses.at(0).toObject(), "address"), s("ann@corp.awsapps.com"));
        QVERIFY(addresses.at(0).toObject().value(s("present")).toBool());
        // Only the test domain: the Exchange address cannot be named yet.
        QCOMPARE(value(addresses.at(1).toObject(), "kind"), s("Exchange"));
        QVERIFY(value(addresses.at(1).toObject(), "address").isEmpty());
        QVERIFY(!o.value(s("ready")).toBool());
        const QJsonArray commands = o.value(s("commands")).toArray();
        QCOMPARE(commands.size(), 4);
        QCOMPARE(commands.at(0).toString(), s("$old_mailbox = Get-Mailbox 'ann'"));
        QVERIFY(commands.at(2).toString().contains(s("-ExternalEmailAddress 'ann@corp.awsapps.com'")));
        QVERIFY(commands.at(3).toString().startsWith(s("Set-MailUser $new_mailuser")));
        QVERIFY(!o.value(s("before")).toArray().isEmpty());
        QVERIFY(!o.value(s("after")).toArray().isEmpty());

        const Outcome human = ctl("interop routing commands --org corp ann");
        QCOMPARE(human.exitCode, 0);
        for (const char* word : {"ann@corp.awsapps.com", "Disable-Mailbox $old_mailbox",
                                 "ProcessExternalMeetingMessages", "has it", "missing"})
            QVERIFY2(human.text().contains(s(word)), human.out.constData());

        const Outcome nobody = json("interop routing commands --org corp nobody");
        QCOMPARE(nobody.exitCode, 1);
        QCOMPARE(nobody.errorCode(), s("NotFound"));
    }

    void iop5_iop6_refusedOutsideInteroperabilityMode()
    {
        exchangeOrg("plain", false);
        for (const char* command :
             {"interop routing commands --org plain ann", "interop exchange-command --org plain"}) {
            const Outcome r = json(command);
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(r.errorCode(), s("WrongState"));
            QCOMPARE(r.errorField(), s("interoperability"));
        }
    }

    void iop6_exchangeCommand()
    {
        exchangeOrg("corp", true);
        const Outcome r = json("interop exchange-command --org corp");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(value(r.object(), "forestName"), s("corp.awsapps.com"));
        const QJsonArray commands = r.object().value(s("commands")).toArray();
        QCOMPARE(commands.at(0).toString(), s("$credentials = Get-Credential"));
        QCOMPARE(commands.at(1).toString(), s("Add-AvailabilityAddressSpace -ForestName 'corp.awsapps.com' "
                                              "-AccessMethod OrgWideFB -Credentials $credentials"));
        const Outcome human = ctl("interop exchange-command --org corp");
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.text().contains(s("corp.awsapps.com\\username")));
    }
};

QTEST_GUILESS_MAIN(TestMailroomctlInteropStatus)
#include "tst_MailroomctlInteropStatus.moc"
