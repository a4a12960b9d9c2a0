// DOM-1..DOM-5, DOM-7: add (limit, internationalised names), records, verification status,
// default domain, removal guarded by addresses, the test domain protected, the identity policy.

#include "TestEngine.h"
#include "core/AuditLog.h"
#include "domains/Domains.h"
#include "domains/IdentityPolicy.h"
#include "organizations/Organizations.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestDomains : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dom1_addStoresALabelsAndShowsULabels()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("dom"));
        QSignalSpy changes(e.get(), &Engine::changed);
        auto added = e->domains().add(org.id, QStringLiteral("Bücher.Example."));
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QCOMPARE(added.value().name, QStringLiteral("xn--bcher-kva.example"));
        QCOMPARE(added.value().displayName(), QStringLiteral("bücher.example"));
        QCOMPARE(added.value().status, DomainStatus::Pending);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().first().value<Change>().subject, Change::Subject::Domain);
        // Found again whichever form is typed.
        QVERIFY(e->domains().get(org.id, QStringLiteral("xn--bcher-kva.example")).ok());
        auto again = e->domains().add(org.id, QStringLiteral("BÜCHER.example"));
        QCOMPARE(again.error().code, ErrorCode::NameTaken);
        QCOMPARE(again.error().field, QStringLiteral("domain"));
        QCOMPARE(e->audit().list(org.id).value().first().action, QStringLiteral("domain.add"));
    }

    void dom1_namesAreCheckedWithTheRuleInTheMessage_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("empty") << QString() << ErrorCode::Required;
        QTest::newRow("one label") << QStringLiteral("localhost") << ErrorCode::InvalidValue;
        QTest::newRow("space") << QStringLiteral("my domain.com") << ErrorCode::InvalidValue;
        QTest::newRow("leading hyphen") << QStringLiteral("-bad.com") << ErrorCode::InvalidValue;
        QTest::newRow("numeric tld") << QStringLiteral("example.123") << ErrorCode::InvalidValue;
        QTest::newRow("too long") << (QString(63, u'a') + u'.' + QString(63, u'b') + u'.' +
                                      QString(63, u'c') + u'.' + QString(63, u'd') + QStringLiteral(".com"))
                                  << ErrorCode::InvalidValue;
    }

    void dom1_namesAreCheckedWithTheRuleInTheMessage()
    {
        QFETCH(QString, typed);
        QFETCH(ErrorCode, code);
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("names"));
        auto added = e->domains().add(org.id, typed);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, code);
        QCOMPARE(added.error().field, QStringLiteral("domain"));
        QVERIFY(added.error().message.startsWith(QStringLiteral("Domain:")));
        QCOMPARE(e->domains().list(org.id).value().size(), 1); // only the test domain
    }

    void dom1_atMostOneHundredDomains()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("many"));
        for (int i = 0; i < domains::MaxPerOrganization; ++i)
            QVERIFY(e->domains().add(org.id, QStringLiteral("d%1.example").arg(i)).ok());
        auto more = e->domains().add(org.id, QStringLiteral("one-more.example"));
        QCOMPARE(more.error().code, ErrorCode::LimitReached);
        QVERIFY(more.error().message.contains(QStringLiteral("100")));
    }

    void dom2_recordsToPublish()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("recs"), QStringLiteral("eu-west-1"));
        const Domain d = e->domains().add(org.id, QStringLiteral("example.com")).value();
        QCOMPARE(d.token.size(), 44);
        QCOMPARE(QByteArray::fromBase64(d.token.toLatin1()).size(), 32);
        const auto records = e->domains().records(org.id, QStringLiteral("example.com")).value();
        QCOMPARE(records.size(), 6);
        QCOMPARE(records[0].type, DnsRecord::Type::TXT);
        QCOMPARE(records[0].name, QStringLiteral("_amazonses.example.com"));
        QCOMPARE(records[0].value, d.token);
        QCOMPARE(records[1].type, DnsRecord::Type::MX);
        QCOMPARE(records[1].name, QStringLiteral("example.com"));
        QCOMPARE(records[1].value, QStringLiteral("10 inbound-smtp.eu-west-1.amazonaws.com"));
        QCOMPARE(records[1].ttl, 3600);
        QCOMPARE(records[2].name, QStringLiteral("autodiscover.example.com"));
        QCOMPARE(records[2].value, QStringLiteral("autodiscover.mail.eu-west-1.awsapps.com"));
        QCOMPARE(records[2].ttl, 3600);
        for (int i = 3; i < 6; ++i) {
            const QString selector = d.dkimTokens.at(i - 3);
            QCOMPARE(records[i].type, DnsRecord::Type::CNAME);
            QCOMPARE(records[i].name, selector + QStringLiteral("._domainkey.example.com"));
            QCOMPARE(records[i].value, selector + QStringLiteral(".dkim.amazonses.com"));
        }
        // A token made at add time: another domain gets another one.
        QVERIFY(e->domains().add(org.id, QStringLiteral("example.org")).value().token != d.token);
    }

    void dom3_onlyVerifiedDomainsCarryAddresses()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("verif"));
        QVERIFY(e->domains().add(org.id, QStringLiteral("pending.example")).ok());
        const User u = e.user(org, QStringLiteral("amy"));
        auto onPending = e->userAddresses().addAlias(u.id, QStringLiteral("amy@pending.example"));
        QCOMPARE(onPending.error().code, ErrorCode::DomainNotVerified);
        e.verifiedDomain(org, QStringLiteral("good.example"));
        QVERIFY(e->userAddresses().addAlias(u.id, QStringLiteral("amy@good.example")).ok());
    }

    void dom3_checkStatusFollowsTheTxtRecordAndTheGracePeriod()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("grace"));
        const Domain d = e->domains().add(org.id, QStringLiteral("late.example")).value();
        DnsReport missing;
        missing.domain = d.name;
        RecordCheck txt;
        txt.expected = domains::expectedRecords(d, org.region).first();
        txt.outcome = RecordCheck::Outcome::Missing;
        missing.records = {txt};
        QCOMPARE(e->domains().recordCheck(org.id, missing).value().status, DomainStatus::Pending);
        e.clock().advanceDays(3);
        auto failed = e->domains().recordCheck(org.id, missing).value();
        QCOMPARE(failed.status, DomainStatus::Failed);
        QCOMPARE(failed.checkedAt, e.clock().now());
        QVERIFY(!failed.checkReport.isEmpty());
        DnsReport found = missing;
        found.records[0].outcome = RecordCheck::Outcome::Found;
        QCOMPARE(e->domains().recordCheck(org.id, found).value().status, DomainStatus::Verified);
        // A check that could not run changes no status.
        DnsReport broken = missing;
        broken.failure = QStringLiteral("no answer");
        QCOMPARE(e->domains().recordCheck(org.id, broken).value().status, DomainStatus::Verified);
    }

    void dom3_onlyAnAnswerChangesTheStatus()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("answer"));
        const Domain d = e->domains().add(org.id, QStringLiteral("late.example")).value();
        DnsReport unanswered;
        unanswered.domain = d.name;
        RecordCheck txt;
        txt.expected = domains::expectedRecords(d, org.region).first();
        txt.outcome = RecordCheck::Outcome::NoAnswer;
        unanswered.records = {txt};
        e.clock().advanceDays(4);
        QCOMPARE(e->domains().recordCheck(org.id, unanswered).value().status, DomainStatus::Pending);
        // Verified stays verified when a later check misses the record.
        DnsReport found = unanswered;
        found.records[0].outcome = RecordCheck::Outcome::Found;
        QCOMPARE(e->domains().recordCheck(org.id, found).value().status, DomainStatus::Verified);
        DnsReport missing = unanswered;
        missing.records[0].outcome = RecordCheck::Outcome::Missing;
        QCOMPARE(e->domains().recordCheck(org.id, missing).value().status, DomainStatus::Verified);
        // A report made for an earlier token of the same name says nothing about the new one.
        QVERIFY(e->domains().remove(org.id, d.name, d.name).ok());
        QVERIFY(e->domains().add(org.id, d.name).ok());
        QCOMPARE(e->domains().recordCheck(org.id, found).error().code, ErrorCode::WrongState);
        QCOMPARE(e->domains().get(org.id, d.name).value().status, DomainStatus::Pending);
        QCOMPARE(e->domains().checkable(e->domains().get(org.id, org.testDomain()).value()).error().code,
                 ErrorCode::WrongState);
    }

    void dom4_removeIsGuardedByAddressesAndTheTypedName()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("rem"));
        e.verifiedDomain(org, QStringLiteral("used.example"));
        const User u = e.user(org, QStringLiteral("amy"));
        QVERIFY(e->userAddresses().addAlias(u.id, QStringLiteral("Amy@Used.example")).ok());

        auto mismatch = e->domains().remove(org.id, QStringLiteral("used.example"), QStringLiteral("used"));
        QCOMPARE(mismatch.error().code, ErrorCode::ConfirmationMismatch);
        auto inUse =
            e->domains().remove(org.id, QStringLiteral("used.example"), QStringLiteral("used.example"));
        QCOMPARE(inUse.error().code, ErrorCode::DomainInUse);
        QVERIFY2(inUse.error().message.contains(QStringLiteral("Amy@Used.example (amy)")),
                 qPrintable(inUse.error().message));
        QCOMPARE(e->domains().addressesOn(org.id, QStringLiteral("used.example")).value().size(), 1);

        QVERIFY(e->userAddresses().removeAlias(u.id, QStringLiteral("amy@used.example")).ok());
        QVERIFY(
            e->domains().remove(org.id, QStringLiteral("used.example"), QStringLiteral("USED.example")).ok());
        QCOMPARE(e->domains().get(org.id, QStringLiteral("used.example")).error().code, ErrorCode::NotFound);
    }

    void dom4_theTestDomainCannotBeRemoved()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("keep"));
        auto removed = e->domains().remove(org.id, org.testDomain(), org.testDomain());
        QCOMPARE(removed.error().code, ErrorCode::WrongState);
        QVERIFY(e->domains().get(org.id, org.testDomain()).value().isTest);
    }

    void dom5_defaultDomainIsUsedForNewAddressesOnly()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("def"));
        const User before = e.user(org, QStringLiteral("amy"));
        QVERIFY(e->domains().add(org.id, QStringLiteral("pending.example")).ok());
        QCOMPARE(e->domains().setDefault(org.id, QStringLiteral("pending.example")).error().code,
                 ErrorCode::DomainNotVerified);
        e.verifiedDomain(org, QStringLiteral("corp.example"));
        QVERIFY(e->domains().setDefault(org.id, QStringLiteral("corp.example")).value().isDefault);
        QCOMPARE(e->organizations().get(org.id).value().defaultDomain, QStringLiteral("corp.example"));
        QCOMPARE(e->users().suggestedAddress(org.id, QStringLiteral("bob")).value(),
                 QStringLiteral("bob@corp.example"));
        QCOMPARE(e->users().get(before.id).value().email, QStringLiteral("amy@def.awsapps.com"));
        const auto all = e->domains().list(org.id).value();
        QCOMPARE(std::count_if(all.begin(), all.end(), [](const Domain& d) { return d.isDefault; }), 1);
        // Removing the default domain makes the test domain the default again.
        QVERIFY(
            e->domains().remove(org.id, QStringLiteral("corp.example"), QStringLiteral("corp.example")).ok());
        QCOMPARE(e->organizations().get(org.id).value().defaultDomain, org.testDomain());
    }

    void dom7_policyAllowsEverySendingActionSince2016()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("pol"));
        const Domain recent = e->domains().add(org.id, QStringLiteral("recent.example")).value();
        QVERIFY(!identitypolicy::lacksAllActions(recent.policy));
        QVERIFY(!e->domains().policyNeedsFix(recent));

        e.clock().set(QDateTime(QDate(2015, 6, 1), QTime(12, 0), Qt::UTC));
        const Domain legacy = e->domains().add(org.id, QStringLiteral("legacy.example")).value();
        QVERIFY(identitypolicy::lacksAllActions(legacy.policy));
        QVERIFY(e->domains().policyNeedsFix(legacy));
        const Domain fixed = e->domains().fixPolicy(org.id, QStringLiteral("legacy.example")).value();
        QVERIFY(!e->domains().policyNeedsFix(fixed));
        QVERIFY(fixed.policy.contains(QStringLiteral("ses:SendRawEmail")));
        QCOMPARE(e->domains().get(org.id, QStringLiteral("legacy.example")).value().policy, fixed.policy);
    }

    void dom7_invalidJsonIsRefusedAndNothingIsLost()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("json"));
        const Domain d = e->domains().add(org.id, QStringLiteral("json.example")).value();
        auto broken = e->domains().setPolicy(org.id, d.name, QStringLiteral("{\"Statement\": [ }"));
        QCOMPARE(broken.error().code, ErrorCode::InvalidValue);
        QCOMPARE(broken.error().field, QStringLiteral("policy"));
        QVERIFY(broken.error().message.contains(QStringLiteral("character")));
        auto noStatements = e->domains().setPolicy(org.id, d.name, QStringLiteral("{\"Version\": \"1\"}"));
        QCOMPARE(noStatements.error().code, ErrorCode::InvalidValue);
        QCOMPARE(e->domains().get(org.id, d.name).value().policy, d.policy);
        const QString edited =
            QStringLiteral("{\"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"ses:*\"}]}");
        QCOMPARE(e->domains().setPolicy(org.id, d.name, edited).value().policy, edited);
    }

    void adm1_readOnlyCannotChangeDomains()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("ro"));
        e.reopen(AccessLevel::ReadOnly);
        QCOMPARE(e->domains().add(org.id, QStringLiteral("ro.example")).error().code,
                 ErrorCode::AccessDenied);
        QCOMPARE(e->domains().list(org.id).value().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDomains)
#include "tst_Domains.moc"
