// IOP-3: the prerequisites checklist. What the database knows (the mode, the AD Connector, an
// enabled user, verified domains, mailboxes to migrate) at once; where the MX records of the
// verified domains point through the real DNS check, against dnsmasq on a loopback address — an MX
// already pointing at the service is a finding.

#include "DnsServer.h"
#include "RequirePeer.h"
#include "TestEngine.h"
#include "domains/Domains.h"
#include "interop/InteropPrerequisites.h"
#include "users/Mailboxes.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;
using interop::Prerequisite;
using Item = Prerequisite::Item;
using State = Prerequisite::State;

namespace {

// An address apart from the other DNS tests', so as not to wait for them (DnsServer takes turns).
const QString ServerAddress = QStringLiteral("127.0.0.163");

QVector<Prerequisite> of(const QVector<Prerequisite>& list, Item item)
{
    QVector<Prerequisite> found;
    for (const Prerequisite& p : list)
        if (p.item == item)
            found.append(p);
    return found;
}

Prerequisite one(const QVector<Prerequisite>& list, Item item)
{
    const auto found = of(list, item);
    if (found.size() != 1)
        qFatal("expected one %s, found %d", qPrintable(interop::prerequisiteItemName(item)),
               int(found.size()));
    return found.first();
}

Prerequisite forDomain(const QVector<Prerequisite>& list, const QString& domain)
{
    for (const Prerequisite& p : list)
        if (p.subject == domain)
            return p;
    qFatal("no item for %s", qPrintable(domain));
}

} // namespace

class TestInteropPrerequisites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iop3_newExchangeOrganizationLacksUsersAndDomains()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"), true);
        const auto list = interop::prerequisites(*e, org.id).value();
        QCOMPARE(list.first().item, Item::Interoperability);
        QCOMPARE(one(list, Item::Interoperability).state, State::Done);
        const Prerequisite connector = one(list, Item::AdConnector);
        QCOMPARE(connector.state, State::Done);
        QCOMPARE(connector.subject, org.directoryName);
        QVERIFY(connector.text.contains(org.directoryName));

        const Prerequisite user = one(list, Item::EnabledUser);
        QCOMPARE(user.state, State::Missing);
        QVERIFY(user.text.contains(QStringLiteral("enable at least one user")));
        const Prerequisite domain = one(list, Item::VerifiedDomain);
        QCOMPARE(domain.state, State::Missing);
        QVERIFY(domain.text.contains(QStringLiteral("test domain")));
        const Prerequisite migrated = one(list, Item::MigratedMailboxes);
        QCOMPARE(migrated.state, State::Missing);
        QVERIFY(migrated.manual);
        const Prerequisite dns = one(list, Item::DnsAtExchange);
        QCOMPARE(dns.state, State::NotChecked);
        QVERIFY(dns.text.contains(QStringLiteral("verify")));
        // The names stay stable for scripts; the labels are for people.
        QCOMPARE(interop::prerequisiteStateName(State::NotChecked), QStringLiteral("NotChecked"));
        QCOMPARE(interop::prerequisiteItemName(Item::DnsAtExchange), QStringLiteral("DnsAtExchange"));
        QCOMPARE(interop::prerequisiteStateLabel(State::NotChecked), QStringLiteral("Not checked"));
    }

    void iop3_enabledUserAndEachDomainNamed()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"), true);
        e.verifiedDomain(org, QStringLiteral("corp.example.com"));
        QVERIFY(e->domains().add(org.id, QStringLiteral("branch.example.com")).ok());
        const User ann = e.directoryUser(org, QStringLiteral("ann"));
        QVERIFY(e->mailboxes().enable(ann.id, e->mailboxes().proposedAddress(ann.id).value()).ok());

        const auto list = interop::prerequisites(*e, org.id).value();
        const Prerequisite user = one(list, Item::EnabledUser);
        QCOMPARE(user.state, State::Done);
        QVERIFY2(user.text.contains(QStringLiteral("Enabled users in iop: 1")), qPrintable(user.text));
        const auto domains = of(list, Item::VerifiedDomain);
        QCOMPARE(domains.size(), 2);
        QCOMPARE(forDomain(domains, QStringLiteral("corp.example.com")).state, State::Done);
        const Prerequisite pending = forDomain(domains, QStringLiteral("branch.example.com"));
        QCOMPARE(pending.state, State::Missing);
        QVERIFY(pending.text.contains(QStringLiteral("branch.example.com")));
        QVERIFY(pending.text.contains(QStringLiteral("TXT")));
        // Migration is the administrator's word: the engine says what it knows and asks.
        const Prerequisite migrated = one(list, Item::MigratedMailboxes);
        QCOMPARE(migrated.state, State::NotChecked);
        QVERIFY(migrated.manual);
        QVERIFY(migrated.text.contains(QStringLiteral("confirm")));
        QVERIFY(one(list, Item::DnsAtExchange).text.contains(QStringLiteral("DNS check")));
    }

    void iop3_quickSetupOrganizationLacksTheModeAndTheConnector()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("quick"));
        const auto list = interop::prerequisites(*e, org.id).value();
        QCOMPARE(one(list, Item::Interoperability).state, State::Missing);
        QVERIFY(one(list, Item::Interoperability).text.contains(QStringLiteral("Standard setup")));
        QCOMPARE(one(list, Item::AdConnector).state, State::Missing);
        QCOMPARE(interop::prerequisites(*e, QStringLiteral("m-none")).error().code, ErrorCode::NotFound);
    }

    void iop3_dnsItemFromAReport()
    {
        DnsReport failed;
        failed.domain = QStringLiteral("corp.example");
        failed.failure = QStringLiteral("no name server answered");
        const Prerequisite p = interop::dnsPrerequisite(failed, QStringLiteral("us-east-1"));
        QCOMPARE(p.state, State::NotChecked);
        QCOMPARE(p.subject, QStringLiteral("corp.example"));
        QVERIFY(p.text.contains(QStringLiteral("no name server answered")));
    }

    void iop3_nothingVerifiedMeansNothingToCheck()
    {
        interop::InteropDnsCheck check({}, QStringLiteral("us-east-1"), QHostAddress(ServerAddress));
        QSignalSpy finished(&check, &interop::InteropDnsCheck::finished);
        check.start();
        QVERIFY(finished.isEmpty()); // never from inside start()
        QVERIFY(finished.wait(5000));
        QCOMPARE(check.results().size(), 1);
        QCOMPARE(check.results().first().state, State::NotChecked);
    }

    void iop3_mxAtTheServiceIsAFindingThroughTheRealDnsCheck()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iopdns"), true);
        DnsServer server(ServerAddress);
        const auto zone = [&](const QString& name, const QString& mx) {
            e.verifiedDomain(org, name);
            server.addZone(name);
            if (!mx.isEmpty())
                server.addMx(name, mx);
        };
        zone(QStringLiteral("atservice.test"), domains::mailExchangeHost(org.region));
        zone(QStringLiteral("exchange.test"), QStringLiteral("mail.exchange.test"));
        zone(QStringLiteral("otherregion.test"), domains::mailExchangeHost(QStringLiteral("eu-west-1")));
        zone(QStringLiteral("nomx.test"), {});
        QVERIFY(e->domains().add(org.id, QStringLiteral("pending.test")).ok()); // not verified: not asked
        QString why;
        MAILROOM_REQUIRE_PEER(server.start(&why), QStringLiteral("cannot run a DNS server here: ") + why);

        interop::InteropDnsCheck check(e->domains().list(org.id).value(), org.region, server.address());
        check.setLookupTimeout(3000);
        QSignalSpy finished(&check, &interop::InteropDnsCheck::finished);
        QSignalSpy progress(&check, &interop::InteropDnsCheck::progress);
        check.start();
        QVERIFY(check.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!check.isRunning());
        QVERIFY(!progress.isEmpty());

        const auto results = check.results();
        QCOMPARE(results.size(), 4);
        const Prerequisite atService = forDomain(results, QStringLiteral("atservice.test"));
        QCOMPARE(atService.state, State::Finding);
        QVERIFY(atService.text.contains(domains::mailExchangeHost(org.region)));
        QVERIFY(atService.text.contains(QStringLiteral("back at Exchange")));
        const Prerequisite exchange = forDomain(results, QStringLiteral("exchange.test"));
        QCOMPARE(exchange.state, State::Done);
        QVERIFY(exchange.text.contains(QStringLiteral("mail.exchange.test")));
        const Prerequisite other = forDomain(results, QStringLiteral("otherregion.test"));
        QCOMPARE(other.state, State::Finding);
        QVERIFY(other.text.contains(QStringLiteral("eu-west-1")));
        QCOMPARE(forDomain(results, QStringLiteral("nomx.test")).state, State::Missing);
        for (const Prerequisite& p : results)
            QCOMPARE(p.item, Item::DnsAtExchange);
    }

    void iop3_cancelKeepsTheRestNotChecked()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iopcancel"), true);
        e.verifiedDomain(org, QStringLiteral("one.test"));
        e.verifiedDomain(org, QStringLiteral("two.test"));
        // Nothing listens at this address: the check would wait; cancel stops it at once.
        interop::InteropDnsCheck check(e->domains().list(org.id).value(), org.region,
                                       QHostAddress(QStringLiteral("127.0.0.164")));
        QSignalSpy finished(&check, &interop::InteropDnsCheck::finished);
        check.start();
        QTest::qWait(50);
        check.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!check.isRunning());
        QCOMPARE(check.results().size(), 2);
        for (const Prerequisite& p : check.results())
            QCOMPARE(p.state, State::NotChecked);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInteropPrerequisites)
#include "tst_InteropPrerequisites.moc"
