// MIG-2: which DNS records count for a completed migration, per mode. Outside interoperability
// every record of a domain must be found; in interoperability mode the MX and AutoDiscover records
// stay at Exchange until interoperability is disabled, so only verification and DKIM count. Judged
// from the domains' stored reports, or from newer ones handed in; and the client steps.

#include "TestEngine.h"
#include "domains/Domains.h"
#include "settings/MigrationChecklist.h"

#include <QLocale>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;
using interop::MigrationChecklist;
using interop::MigrationDomain;
using State = MigrationDomain::State;
using Purpose = DnsRecord::Purpose;
using Outcome = RecordCheck::Outcome;

namespace {

// A report of every record of the domain: found, except the purposes given otherwise.
DnsReport reportFor(const Domain& domain, const QString& region,
                    const QHash<Purpose, Outcome>& otherwise = {})
{
    DnsReport report;
    report.domain = domain.name;
    report.checkedAt = startTime();
    for (const DnsRecord& r : domains::expectedRecords(domain, region)) {
        RecordCheck check;
        check.expected = r;
        check.outcome = otherwise.value(r.purpose, Outcome::Found);
        if (check.outcome == Outcome::Wrong && r.purpose == Purpose::MailExchange)
            check.seen = {QStringLiteral("10 mail.corp.example.com")}; // Exchange still receives the mail
        report.records.append(check);
    }
    return report;
}

MigrationDomain only(const MigrationChecklist& list)
{
    if (list.domains.size() != 1)
        qFatal("expected one domain, found %d", int(list.domains.size()));
    return list.domains.first();
}

} // namespace

class TestMigrationChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mig2_whichRecordsCountDependsOnTheMode()
    {
        for (Purpose p : {Purpose::Verification, Purpose::Dkim}) {
            QVERIFY(interop::requiredForMigration(p, false));
            QVERIFY(interop::requiredForMigration(p, true));
        }
        for (Purpose p : {Purpose::MailExchange, Purpose::AutoDiscover}) {
            QVERIFY(interop::requiredForMigration(p, false));
            QVERIFY(!interop::requiredForMigration(p, true));
        }
    }

    void mig2_mxAtExchangeDoesNotCountInInteroperabilityMode()
    {
        TestEngine engine;
        const Organization org = engine.exchangeOrg(QStringLiteral("iop"), true);
        const Domain d = engine.verifiedDomain(org, QStringLiteral("corp.test"));
        const QVector<Domain> domains = engine->domains().list(org.id).value();
        const QHash<QString, DnsReport> reports{
            {d.name, reportFor(d, org.region,
                               {{Purpose::MailExchange, Outcome::Wrong},
                                {Purpose::AutoDiscover, Outcome::Missing}})}};

        const MigrationChecklist inMode = interop::migrationChecklist(org, domains, reports);
        QVERIFY(inMode.interoperability);
        QVERIFY(inMode.rule.contains(QStringLiteral("interoperability mode")));
        const MigrationDomain item = only(inMode); // the test domain is left out
        QCOMPARE(item.domain, QStringLiteral("corp.test"));
        QCOMPARE(item.state, State::Complete);
        QVERIFY(inMode.complete());
        QVERIFY(item.notFound().isEmpty());
        QCOMPARE(item.text, QStringLiteral("The verification and DKIM records are found."));
        QCOMPARE(item.records.size(), 6);
        for (const interop::MigrationRecord& r : item.records) {
            QVERIFY(r.checked);
            QCOMPARE(r.required, r.check.expected.purpose == Purpose::Verification ||
                                     r.check.expected.purpose == Purpose::Dkim);
        }

        // The same DNS outside the mode: the MX and AutoDiscover records count against it.
        Organization outside = org;
        outside.interoperability = false;
        const MigrationChecklist notInMode = interop::migrationChecklist(outside, domains, reports);
        QVERIFY(!notInMode.rule.contains(QStringLiteral("interoperability mode")));
        const MigrationDomain judged = only(notInMode);
        QCOMPARE(judged.state, State::Incomplete);
        QVERIFY(!notInMode.complete());
        QCOMPARE(notInMode.domainsIn(State::Incomplete), QStringList{QStringLiteral("corp.test")});
        QCOMPARE(judged.notFound().size(), 2);
        QCOMPARE(judged.notFound().at(0).purpose, Purpose::MailExchange);
        QCOMPARE(judged.notFound().at(1).purpose, Purpose::AutoDiscover);
        // Named as a list in the user's locale (the tests run in C.UTF-8).
        QCOMPARE(judged.text, QStringLiteral("Not found: %1.")
                                  .arg(QLocale().createSeparatedList(
                                      {QStringLiteral("MX corp.test (Wrong)"),
                                       QStringLiteral("CNAME autodiscover.corp.test (Missing)")})));
    }

    void mig2_missingDkimCountsInBothModes()
    {
        TestEngine engine;
        for (bool mode : {true, false}) {
            const Organization org =
                engine.exchangeOrg(mode ? QStringLiteral("on") : QStringLiteral("off"), mode);
            const Domain d =
                engine.verifiedDomain(org, mode ? QStringLiteral("on.test") : QStringLiteral("off.test"));
            DnsReport report = reportFor(d, org.region);
            report.records[4].outcome = Outcome::Missing; // the second DKIM record
            QCOMPARE(report.records[4].expected.purpose, Purpose::Dkim);
            const MigrationDomain item = only(
                interop::migrationChecklist(org, engine->domains().list(org.id).value(), {{d.name, report}}));
            QCOMPARE(item.state, State::Incomplete);
            QCOMPARE(item.notFound().size(), 1);
            QCOMPARE(item.notFound().first().name,
                     d.dkimTokens.at(1) + QStringLiteral("._domainkey.") + d.name);
            QVERIFY2(item.text.contains(
                         QStringLiteral("CNAME %1._domainkey.%2 (Missing)").arg(d.dkimTokens.at(1), d.name)),
                     qPrintable(item.text));
        }
    }

    void mig2_allFoundOutsideTheModeIsComplete()
    {
        TestEngine engine;
        const Organization org = engine.quickOrg(QStringLiteral("done"));
        const Domain d = engine.verifiedDomain(org, QStringLiteral("done.test"));
        // Recorded through the engine: the stored report is what the checklist reads.
        QVERIFY(engine->domains().recordCheck(org.id, reportFor(d, org.region)));
        const MigrationChecklist list =
            interop::migrationChecklist(org, engine->domains().list(org.id).value());
        const MigrationDomain item = only(list);
        QCOMPARE(item.state, State::Complete);
        QCOMPARE(item.text, QStringLiteral("All 6 records are found."));
        QCOMPARE(item.checkedAt, startTime());
        QVERIFY(list.complete());
    }

    void mig2_aCheckThatDidNotAskOrDidNotRunIsNoCheck()
    {
        TestEngine engine;
        const Organization org = engine.quickOrg(QStringLiteral("partial"));
        // Verified by a report that holds the TXT record only: the other records were never asked.
        const Domain verified = engine.verifiedDomain(org, QStringLiteral("txt-only.test"));
        const Domain never = engine->domains().add(org.id, QStringLiteral("never.test")).value();
        const Domain failed = engine->domains().add(org.id, QStringLiteral("failed.test")).value();
        DnsReport noRun;
        noRun.domain = failed.name;
        noRun.failure = QStringLiteral("No name server answered.");
        const Domain again = engine->domains().add(org.id, QStringLiteral("again.test")).value();
        Domain earlier = again;
        earlier.token = QStringLiteral("an-earlier-token");
        const MigrationChecklist list =
            interop::migrationChecklist(org, engine->domains().list(org.id).value(),
                                        {{failed.name, noRun}, {again.name, reportFor(earlier, org.region)}});
        QCOMPARE(list.domains.size(), 4);
        QVERIFY(!list.complete());
        QCOMPARE(list.domainsIn(State::NotChecked),
                 (QStringList{QStringLiteral("again.test"), QStringLiteral("failed.test"),
                              QStringLiteral("never.test"), QStringLiteral("txt-only.test")}));
        QCOMPARE(list.domains[0].text, QStringLiteral("Not checked yet: run the DNS check."));
        QCOMPARE(list.domains[1].text,
                 QStringLiteral("The last check could not run: No name server answered. Check again."));
        QCOMPARE(list.domains[2].text, QStringLiteral("Not checked yet: run the DNS check."));
        QVERIFY(!list.domains[2].checkedAt.isValid());
        const MigrationDomain& txtOnly = list.domains[3];
        QCOMPARE(txtOnly.domain, verified.name);
        QVERIFY(txtOnly.records[0].checked && txtOnly.records[0].check.satisfied());
        QVERIFY(!txtOnly.records[1].checked);
        QVERIFY(txtOnly.notFound().isEmpty());
        QCOMPARE(txtOnly.text,
                 QStringLiteral("The last check did not look for these records: %1. Check again.")
                     .arg(QLocale().createSeparatedList({QStringLiteral("Incoming mail"),
                                                         QStringLiteral("Client set-up (AutoDiscover)"),
                                                         QStringLiteral("DKIM signing")})));
    }

    void mig2_mxAlreadyAtTheServiceInTheModeIsNamed()
    {
        TestEngine engine;
        const Organization org = engine.exchangeOrg(QStringLiteral("early"), true);
        const Domain d = engine.verifiedDomain(org, QStringLiteral("early.test"));
        const MigrationDomain item = only(interop::migrationChecklist(
            org, engine->domains().list(org.id).value(), {{d.name, reportFor(d, org.region)}}));
        QCOMPARE(item.state, State::Complete);
        QVERIFY2(item.text.contains(QStringLiteral("MX record already points at the service")),
                 qPrintable(item.text));
    }

    void mig2_onlyTheTestDomainLeavesNothingToCheck()
    {
        TestEngine engine;
        const Organization org = engine.quickOrg(QStringLiteral("bare"));
        const QVector<Domain> domains = engine->domains().list(org.id).value();
        QVERIFY(!domains.isEmpty());
        const MigrationChecklist list = interop::migrationChecklist(org, domains);
        QVERIFY(list.domains.isEmpty());
        QVERIFY(list.complete());
    }

    void mig2_clientStepsNameTheClientsAndTheServer()
    {
        TestEngine engine;
        const Organization org = engine.quickOrg(QStringLiteral("clients"));
        const QVector<interop::ClientStep> steps = interop::clientSteps(org);
        QStringList clients;
        for (const interop::ClientStep& s : steps) {
            clients.append(s.client);
            QVERIFY(!s.action.isEmpty());
        }
        QCOMPARE(clients,
                 (QStringList{QStringLiteral("Microsoft Outlook on Windows"),
                              QStringLiteral("Microsoft Outlook on Mac"), QStringLiteral("Mobile devices"),
                              QStringLiteral("Other IMAP clients"), QStringLiteral("The web application")}));
        QVERIFY(steps[1].action.contains(QStringLiteral("clients.awsapps.com")));
        QVERIFY(steps[4].action.contains(QStringLiteral("https://clients.awsapps.com/mail")));
    }
};

QTEST_GUILESS_MAIN(TestMigrationChecklist)
#include "tst_MigrationChecklist.moc"
