// DOM-6: the DNS check, for real, against dnsmasq on a loopback address: name servers first,
// then the records asked of one of them, each found / missing / wrong, and the guide's common
// problems recognised. The check's report then verifies or fails the domain (DOM-3).

#include "DnsServer.h"
#include "RequirePeer.h"
#include "TestEngine.h"
#include "domains/DnsCheck.h"
#include "domains/Domains.h"
#include "organizations/Organizations.h"

#include <QJsonDocument>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace mailroom;
using namespace mailroom::test;

using Outcome = RecordCheck::Outcome;
using Problem = RecordCheck::Problem;

class TestDnsCheck : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEngine> m_engine;
    Organization m_org;
    DnsServer m_server;
    QString m_skip;

    Domain add(const QString& name) { return (*m_engine)->domains().add(m_org.id, name).value(); }

    // Publishes every record of the domain correctly, under the given names.
    void publishAll(const Domain& d, const QString& suffix = {})
    {
        for (const DnsRecord& r : domains::expectedRecords(d, m_org.region)) {
            const QString name = r.name + suffix;
            switch (r.type) {
            case DnsRecord::Type::TXT:
                m_server.addTxt(name, r.value);
                break;
            case DnsRecord::Type::MX:
                m_server.addMx(name, r.value.section(u' ', 1), 10);
                break;
            case DnsRecord::Type::CNAME:
                m_server.addCname(name, r.value);
                break;
            }
        }
    }

    DnsReport check(const QString& name)
    {
        const Domain d = (*m_engine)->domains().get(m_org.id, name).value();
        DnsCheck check(d, m_org.region, m_server.address());
        QSignalSpy finished(&check, &DnsCheck::finished);
        QSignalSpy progress(&check, &DnsCheck::progress);
        check.start();
        if (!finished.wait(30000))
            qFatal("the DNS check did not finish");
        if (progress.isEmpty())
            qFatal("the DNS check reported no progress");
        return finished.first().first().value<DnsReport>();
    }

    static const RecordCheck& record(const DnsReport& report, DnsRecord::Purpose purpose)
    {
        for (const RecordCheck& r : report.records)
            if (r.expected.purpose == purpose)
                return r;
        qFatal("no such record");
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DnsReport>();
        m_engine = std::make_unique<TestEngine>();
        m_org = m_engine->quickOrg(QStringLiteral("dnscheck"));

        const Domain good = add(QStringLiteral("good.test"));
        m_server.addZone(QStringLiteral("good.test"));
        m_server.addNameServer(QStringLiteral("good.test"), QStringLiteral("ns1.good.test"));
        publishAll(good);

        const Domain twice = add(QStringLiteral("twice.test"));
        m_server.addZone(QStringLiteral("twice.test"));
        publishAll(twice, QStringLiteral(".twice.test"));

        const Domain bare = add(QStringLiteral("bare.test"));
        m_server.addZone(QStringLiteral("bare.test"));
        m_server.addTxt(QStringLiteral("bare.test"), bare.token);

        const Domain several = add(QStringLiteral("several.test"));
        m_server.addZone(QStringLiteral("several.test"));
        m_server.addTxt(QStringLiteral("_amazonses.several.test"),
                        QStringLiteral("token-of-another-region="));
        m_server.addTxt(QStringLiteral("_amazonses.several.test"), several.token);

        add(QStringLiteral("region.test"));
        m_server.addZone(QStringLiteral("region.test"));
        m_server.addMx(QStringLiteral("region.test"), QStringLiteral("inbound-smtp.eu-west-1.amazonaws.com"));
        m_server.addCname(QStringLiteral("autodiscover.region.test"),
                          QStringLiteral("autodiscover.mail.us-west-2.awsapps.com"));

        add(QStringLiteral("wrong.test"));
        m_server.addZone(QStringLiteral("wrong.test"));
        m_server.addTxt(QStringLiteral("_amazonses.wrong.test"), QStringLiteral("not-the-token"));

        add(QStringLiteral("empty.test"));
        m_server.addZone(QStringLiteral("empty.test"));

        if (!m_server.start(&m_skip))
            qWarning("DNS server not started: %s", qPrintable(m_skip));
    }

    void init()
    {
        MAILROOM_REQUIRE_PEER(m_skip.isEmpty(), QStringLiteral("cannot run a DNS server here: ") + m_skip);
    }

    void dom6_correctDomainIsFoundThroughItsNameServerAndVerified()
    {
        const DnsReport report = check(QStringLiteral("good.test"));
        QVERIFY2(report.failure.isEmpty(), qPrintable(report.failure));
        QCOMPARE(report.nameServers, QStringList{QStringLiteral("ns1.good.test")});
        QVERIFY2(report.askedServer.startsWith(QStringLiteral("ns1.good.test (")),
                 qPrintable(report.askedServer));
        QCOMPARE(report.records.size(), 6);
        for (const RecordCheck& r : report.records) {
            QVERIFY2(r.outcome == Outcome::Found,
                     qPrintable(r.expected.name + u' ' + outcomeName(r.outcome)));
            QCOMPARE(r.problem, Problem::None);
        }
        QCOMPARE(record(report, DnsRecord::Purpose::MailExchange).seen,
                 QStringList{QStringLiteral("10 inbound-smtp.us-east-1.amazonaws.com")});

        auto recorded = (*m_engine)->domains().recordCheck(m_org.id, report);
        QCOMPARE(recorded.value().status, DomainStatus::Verified);
        const DnsReport kept =
            DnsReport::fromJson(QJsonDocument::fromJson(recorded.value().checkReport.toUtf8()).object());
        QCOMPARE(kept.foundCount(), 6);
    }

    void dom6_domainAppendedTwiceIsRecognised()
    {
        const DnsReport report = check(QStringLiteral("twice.test"));
        for (const RecordCheck& r : report.records) {
            QCOMPARE(r.outcome, Outcome::Missing);
            QCOMPARE(r.problem, Problem::AppendedTwice);
            QVERIFY(r.note.contains(r.expected.name + QStringLiteral(".twice.test")));
            QVERIFY(r.note.contains(QStringLiteral("trailing dot")));
        }
        // No name servers for the zone: the starting server was asked instead.
        QVERIFY(report.nameServers.isEmpty());
        QCOMPARE(report.askedServer, m_server.address().toString());
        QCOMPARE((*m_engine)->domains().recordCheck(m_org.id, report).value().status, DomainStatus::Pending);
    }

    void dom6_txtWithoutAmazonsesIsAccepted()
    {
        const DnsReport report = check(QStringLiteral("bare.test"));
        const RecordCheck& txt = record(report, DnsRecord::Purpose::Verification);
        QCOMPARE(txt.outcome, Outcome::Found);
        QCOMPARE(txt.problem, Problem::WithoutPrefix);
        QVERIFY(report.verificationFound());
        QCOMPARE(record(report, DnsRecord::Purpose::MailExchange).outcome, Outcome::Missing);
    }

    void dom6_severalTxtValuesAreAccepted()
    {
        const DnsReport report = check(QStringLiteral("several.test"));
        const RecordCheck& txt = record(report, DnsRecord::Purpose::Verification);
        QCOMPARE(txt.outcome, Outcome::Found);
        QCOMPARE(txt.problem, Problem::SeveralValues);
        QCOMPARE(txt.seen.size(), 2);
    }

    void dom6_mxAndAutoDiscoverOfAnotherRegion()
    {
        const DnsReport report = check(QStringLiteral("region.test"));
        const RecordCheck& mx = record(report, DnsRecord::Purpose::MailExchange);
        QCOMPARE(mx.outcome, Outcome::Wrong);
        QCOMPARE(mx.problem, Problem::OtherRegion);
        QVERIFY(mx.note.contains(QStringLiteral("eu-west-1")));
        QCOMPARE(mx.seen, QStringList{QStringLiteral("10 inbound-smtp.eu-west-1.amazonaws.com")});
        const RecordCheck& ad = record(report, DnsRecord::Purpose::AutoDiscover);
        QCOMPARE(ad.outcome, Outcome::Wrong);
        QCOMPARE(ad.problem, Problem::OtherRegion);
    }

    void dom6_wrongTokenFailsAfterTheGracePeriod()
    {
        DnsReport report = check(QStringLiteral("wrong.test"));
        const RecordCheck& txt = record(report, DnsRecord::Purpose::Verification);
        QCOMPARE(txt.outcome, Outcome::Wrong);
        QCOMPARE(txt.seen, QStringList{QStringLiteral("not-the-token")});
        QCOMPARE((*m_engine)->domains().recordCheck(m_org.id, report).value().status, DomainStatus::Pending);
        m_engine->clock().advanceSeconds(qint64(domains::VerificationGraceHours) * 3600);
        report = check(QStringLiteral("wrong.test"));
        QCOMPARE((*m_engine)->domains().recordCheck(m_org.id, report).value().status, DomainStatus::Failed);
    }

    void dom6_nothingPublishedIsMissing()
    {
        const DnsReport report = check(QStringLiteral("empty.test"));
        QCOMPARE(report.foundCount(), 0);
        for (const RecordCheck& r : report.records) {
            QCOMPARE(r.outcome, Outcome::Missing);
            QCOMPARE(r.problem, Problem::None);
        }
    }

    void dom6_aSilentServerGivesNoAnswerNotMissing()
    {
        // A server that takes every question and never answers: each one times out.
        QUdpSocket silent;
        MAILROOM_REQUIRE_PEER(silent.bind(QHostAddress(QStringLiteral("127.0.0.155")), 53),
                              QStringLiteral("cannot listen on 127.0.0.155:53: ") + silent.errorString());
        connect(&silent, &QUdpSocket::readyRead, &silent, [&silent] {
            while (silent.hasPendingDatagrams())
                (void)silent.receiveDatagram();
        });
        const Domain d = (*m_engine)->domains().get(m_org.id, QStringLiteral("empty.test")).value();
        DnsCheck check(d, m_org.region, silent.localAddress());
        check.setLookupTimeout(300);
        QSignalSpy finished(&check, &DnsCheck::finished);
        check.start();
        QVERIFY(finished.wait(30000));
        const DnsReport report = finished.first().first().value<DnsReport>();
        QVERIFY(!report.failure.isEmpty());
        for (const RecordCheck& r : report.records)
            QCOMPARE(r.outcome, Outcome::NoAnswer);
        m_engine->clock().advanceDays(4);
        QCOMPARE((*m_engine)->domains().recordCheck(m_org.id, report).value().status, DomainStatus::Pending);
    }

    void dom6_aRefusedConnectionGivesNoAnswerToo()
    {
        // Nothing listens on this address: the questions are refused at once.
        const Domain d = (*m_engine)->domains().get(m_org.id, QStringLiteral("empty.test")).value();
        DnsCheck check(d, m_org.region, QHostAddress(QStringLiteral("127.0.0.154")));
        QSignalSpy finished(&check, &DnsCheck::finished);
        check.start();
        QVERIFY(finished.wait(30000));
        const DnsReport report = finished.first().first().value<DnsReport>();
        QVERIFY(!report.failure.isEmpty());
        for (const RecordCheck& r : report.records)
            QCOMPARE(r.outcome, Outcome::NoAnswer);
    }

    void dom6_cancelEndsTheCheckAtOnce()
    {
        const Domain d = (*m_engine)->domains().get(m_org.id, QStringLiteral("good.test")).value();
        DnsCheck check(d, m_org.region, QHostAddress(QStringLiteral("127.0.0.154")));
        QSignalSpy finished(&check, &DnsCheck::finished);
        check.start();
        check.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.first().first().value<DnsReport>().failure.isEmpty());
        QVERIFY(!check.isRunning());
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestDnsCheck)
#include "tst_DnsCheck.moc"
