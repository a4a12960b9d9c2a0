// DOM-6 over several domains: the DNS check of each domain in turn, for real against dnsmasq on a
// loopback address of its own, each finished report recorded (Domains::recordCheck); progress
// and per-domain signals; Cancel after the first domain; read-only access, whose reports still
// count though nothing is recorded.

#include "DnsServer.h"
#include "RequirePeer.h"
#include "TestEngine.h"
#include "domains/Domains.h"
#include "domains/DomainsDnsCheck.h"

#include <QJsonDocument>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

const QString ServerAddress = QStringLiteral("127.0.0.175");
constexpr int CheckMs = 60000;

// What a run signalled, in order.
struct Watch
{
    struct Progress
    {
        QString domain;
        int index = 0;
        int count = 0;
        QString step;
        double fraction = 0;
    };
    struct Checked
    {
        QString domain;
        int index = 0;
        DnsReport report;
        std::optional<Error> error;
    };

    explicit Watch(DomainsDnsCheck& run)
    {
        QObject::connect(
            &run, &DomainsDnsCheck::checking, &run, [this](const Domain& d, int index, int count) {
                log.append(QStringLiteral("checking %1 %2/%3").arg(d.name).arg(index).arg(count));
            });
        QObject::connect(&run, &DomainsDnsCheck::progress, &run,
                         [this](const Domain& d, int index, int count, const QString& step, double fraction) {
                             progress.append({d.name, index, count, step, fraction});
                         });
        QObject::connect(
            &run, &DomainsDnsCheck::checked, &run,
            [this](const Domain& d, int index, const DnsReport& report, const std::optional<Error>& e) {
                log.append(QStringLiteral("checked %1 %2").arg(d.name).arg(index));
                checked.append({d.name, index, report, e});
            });
        QObject::connect(&run, &DomainsDnsCheck::skipped, &run,
                         [this](const Domain& d, int index, const std::optional<Error>& e) {
                             log.append(QStringLiteral("skipped %1 %2 %3")
                                            .arg(d.name)
                                            .arg(index)
                                            .arg(e ? errorCodeName(e->code) : QStringLiteral("-")));
                         });
        QObject::connect(&run, &DomainsDnsCheck::finished, &run, [this](bool cancelled) {
            log.append(cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished"));
            ++finished;
        });
    }

    bool waitForEnd()
    {
        return QTest::qWaitFor([this] { return finished > 0; }, CheckMs);
    }

    QStringList log;
    QVector<Progress> progress;
    QVector<Checked> checked;
    int finished = 0;
};

DnsReport storedReport(Engine& engine, const Organization& org, const QString& name)
{
    const Domain d = engine.domains().get(org.id, name).value();
    return DnsReport::fromJson(QJsonDocument::fromJson(d.checkReport.toUtf8()).object());
}

} // namespace

class TestDomainsDnsCheck : public QObject
{
    Q_OBJECT

    DnsServer m_server{ServerAddress};
    QString m_skip;
    std::unique_ptr<TestEngine> m_engine;
    Organization m_org;
    std::unique_ptr<TestEngine> m_readOnly; // another database, reopened read-only
    Organization m_readOnlyOrg;

    Domain add(TestEngine& engine, const Organization& org, const QString& name)
    {
        const Domain d = engine->domains().add(org.id, name).value();
        m_server.publish(d.name, engine->domains().records(org.id, d.name).value());
        return d;
    }
    Domain get(const QString& name) { return (*m_engine)->domains().get(m_org.id, name).value(); }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DnsReport>();
        m_engine = std::make_unique<TestEngine>();
        m_org = m_engine->quickOrg(QStringLiteral("walk"));
        for (const char* name : {"one.test", "two.test", "three.test", "four.test"})
            add(*m_engine, m_org, QString::fromLatin1(name));
        m_readOnly = std::make_unique<TestEngine>();
        m_readOnlyOrg = m_readOnly->quickOrg(QStringLiteral("reader"));
        add(*m_readOnly, m_readOnlyOrg, QStringLiteral("reader.test"));
        m_readOnly->reopen(AccessLevel::ReadOnly);
        if (!m_server.start(&m_skip))
            qWarning("DNS server not started: %s", qPrintable(m_skip));
    }

    void init()
    {
        MAILROOM_REQUIRE_PEER(m_skip.isEmpty(), QStringLiteral("cannot run a DNS server here: ") + m_skip);
    }

    void dom6_eachDomainIsCheckedAndRecordedInTurn()
    {
        DomainsDnsCheck run(**m_engine, m_org.id, m_org.region,
                            {get(QStringLiteral("one.test")), get(QStringLiteral("two.test"))},
                            m_server.address());
        Watch watch(run);
        QCOMPARE(run.count(), 2);
        run.start();
        QVERIFY(run.isRunning());
        // The first domain starts at once; the end never comes from inside start().
        QCOMPARE(watch.log, QStringList{QStringLiteral("checking one.test 0/2")});
        QCOMPARE(watch.finished, 0);
        run.start(); // a second start does nothing
        QCOMPARE(watch.log.size(), 1);
        QVERIFY(watch.waitForEnd());
        QVERIFY(!run.isRunning());
        QCOMPARE(watch.log,
                 (QStringList{QStringLiteral("checking one.test 0/2"), QStringLiteral("checked one.test 0"),
                              QStringLiteral("checking two.test 1/2"), QStringLiteral("checked two.test 1"),
                              QStringLiteral("finished")}));
        QCOMPARE(run.doneCount(), 2);

        // Both reports are whole, recorded, and verify their domains.
        QCOMPARE(watch.checked.size(), 2);
        for (const Watch::Checked& c : std::as_const(watch.checked)) {
            QVERIFY2(!c.error, qPrintable(c.error ? c.error->message : QString()));
            QCOMPARE(c.report.domain, c.domain);
            QVERIFY2(c.report.failure.isEmpty(), qPrintable(c.report.failure));
            QCOMPARE(c.report.records.size(), 6);
            QCOMPARE(c.report.foundCount(), 6);
            const Domain d = get(c.domain);
            QVERIFY(d.checkedAt.isValid());
            QCOMPARE(d.status, DomainStatus::Verified);
            QCOMPARE(storedReport(**m_engine, m_org, c.domain).foundCount(), 6);
        }

        // Progress names the domain, its place and its step; within each domain it only moves on.
        for (int index = 0; index < 2; ++index) {
            double last = -1;
            int steps = 0;
            for (const Watch::Progress& p : std::as_const(watch.progress)) {
                if (p.index != index)
                    continue;
                ++steps;
                QCOMPARE(p.domain, index == 0 ? QStringLiteral("one.test") : QStringLiteral("two.test"));
                QCOMPARE(p.count, 2);
                QVERIFY(!p.step.isEmpty());
                QVERIFY2(p.fraction >= last && p.fraction >= 0 && p.fraction <= 1,
                         qPrintable(QString::number(p.fraction)));
                last = p.fraction;
            }
            QVERIFY2(steps >= 2, qPrintable(QString::number(steps)));
            QVERIFY2(last > 0.5, qPrintable(QString::number(last)));
        }
        // The first domain's progress all came before the second's.
        int firstOfSecond = -1;
        for (int i = 0; i < watch.progress.size(); ++i)
            if (watch.progress.at(i).index == 1 && firstOfSecond < 0)
                firstOfSecond = i;
        QVERIFY(firstOfSecond > 0);
        for (int i = firstOfSecond; i < watch.progress.size(); ++i)
            QCOMPARE(watch.progress.at(i).index, 1);

        // Nothing more comes.
        QVERIFY(m_server.roundTrip());
        QCOMPARE(watch.finished, 1);
    }

    void dom6_cancelAfterTheFirstLeavesTheRestUnchecked()
    {
        DomainsDnsCheck run(**m_engine, m_org.id, m_org.region,
                            {get(QStringLiteral("three.test")), get(QStringLiteral("four.test"))},
                            m_server.address());
        Watch watch(run);
        // Cancelled as soon as the second domain's turn comes, after the first is recorded.
        connect(&run, &DomainsDnsCheck::checking, &run, [&run](const Domain&, int index) {
            if (index == 1)
                run.cancel();
        });
        run.start();
        QVERIFY(watch.waitForEnd());
        QCOMPARE(
            watch.log,
            (QStringList{QStringLiteral("checking three.test 0/2"), QStringLiteral("checked three.test 0"),
                         QStringLiteral("checking four.test 1/2"), QStringLiteral("cancelled")}));
        QVERIFY(!run.isRunning());
        QCOMPARE(run.doneCount(), 1);
        QVERIFY(get(QStringLiteral("three.test")).checkedAt.isValid());
        QCOMPARE(get(QStringLiteral("three.test")).status, DomainStatus::Verified);
        // Once the server has answered anything asked before, a check of the second would have
        // had its answer: it never ran.
        QVERIFY(m_server.roundTrip());
        QCOMPARE(watch.finished, 1);
        QVERIFY(!get(QStringLiteral("four.test")).checkedAt.isValid());
        QCOMPARE(get(QStringLiteral("four.test")).status, DomainStatus::Pending);
        for (const Watch::Progress& p : std::as_const(watch.progress))
            QCOMPARE(p.index, 0);
        run.cancel(); // nothing more once it ended
        QCOMPARE(watch.finished, 1);

        // Cancel while a check is under way: finished(true) at once, and nothing recorded.
        DomainsDnsCheck again(**m_engine, m_org.id, m_org.region, {get(QStringLiteral("four.test"))},
                              m_server.address());
        Watch second(again);
        again.start();
        again.cancel();
        QCOMPARE(second.log,
                 (QStringList{QStringLiteral("checking four.test 0/1"), QStringLiteral("cancelled")}));
        QVERIFY(m_server.roundTrip());
        QCOMPARE(second.finished, 1);
        QVERIFY(second.checked.isEmpty());
        QVERIFY(!get(QStringLiteral("four.test")).checkedAt.isValid());
    }

    void dom6_readOnlyAccessGivesTheReportAndTheRecordError()
    {
        Engine& engine = **m_readOnly;
        const Domain reader = engine.domains().get(m_readOnlyOrg.id, QStringLiteral("reader.test")).value();
        DomainsDnsCheck run(engine, m_readOnlyOrg.id, m_readOnlyOrg.region, {reader}, m_server.address());
        Watch watch(run);
        run.start();
        QVERIFY(watch.waitForEnd());
        QCOMPARE(watch.log,
                 (QStringList{QStringLiteral("checking reader.test 0/1"),
                              QStringLiteral("checked reader.test 0"), QStringLiteral("finished")}));
        const Watch::Checked& c = watch.checked.first();
        QVERIFY(c.error.has_value());
        QCOMPARE(c.error->code, ErrorCode::AccessDenied);
        QVERIFY(!c.error->message.isEmpty());
        // The report is whole all the same.
        QVERIFY2(c.report.failure.isEmpty(), qPrintable(c.report.failure));
        QCOMPARE(c.report.domain, QStringLiteral("reader.test"));
        QCOMPARE(c.report.foundCount(), 6);
        const Domain after = engine.domains().get(m_readOnlyOrg.id, QStringLiteral("reader.test")).value();
        QVERIFY(!after.checkedAt.isValid());
        QCOMPARE(after.status, DomainStatus::Pending);
    }

    void dom6_removedAndTestDomainsAreSkipped()
    {
        Domain gone;
        gone.name = QStringLiteral("gone.test");
        const QVector<Domain> all = (*m_engine)->domains().list(m_org.id).value();
        const auto test = std::find_if(all.cbegin(), all.cend(), [](const Domain& d) { return d.isTest; });
        QVERIFY(test != all.cend());
        DomainsDnsCheck run(**m_engine, m_org.id, m_org.region, {gone, *test}, m_server.address());
        Watch watch(run);
        run.start();
        // Nothing to check: the end still waits for the event loop.
        QCOMPARE(watch.finished, 0);
        QVERIFY(watch.waitForEnd());
        QCOMPARE(watch.log,
                 (QStringList{QStringLiteral("skipped gone.test 0 NotFound"),
                              QStringLiteral("skipped %1 1 -").arg(test->name), QStringLiteral("finished")}));
    }

    void dom6_nothingToCheckEndsLater()
    {
        DomainsDnsCheck run(**m_engine, m_org.id, m_org.region, {});
        Watch watch(run);
        run.start();
        QVERIFY(run.isRunning());
        QCOMPARE(watch.finished, 0);
        QVERIFY(watch.waitForEnd());
        QCOMPARE(watch.log, QStringList{QStringLiteral("finished")});
        QVERIFY(!run.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestDomainsDnsCheck)
#include "tst_DomainsDnsCheck.moc"
