// IOP-2: in interoperability mode the addresses of enabled users are Exchange's. The directory
// registry holds what Exchange has for each directory user; the synchronisation copies it to the
// enabled users every four hours and on demand, reports what it could not take and why, and
// touches nobody else.

#include "Engine.h"
#include "Mailboxes.h"
#include "Organizations.h"
#include "TestEngine.h"
#include "UserAddresses.h"
#include "Users.h"
#include "domains/Domains.h"
#include "interop/DirectorySync.h"
#include "interop/InteropProgress.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestDirectorySync : public QObject
{
    Q_OBJECT

    static QStringList addressesOf(TestEngine& e, const QString& userId)
    {
        QStringList list;
        const QVector<EmailAddress> addresses = e->userAddresses().of(userId).value();
        for (const EmailAddress& a : addresses)
            list.append(a.primary ? QStringLiteral("*") + a.address : a.address);
        return list;
    }

    struct Fixture
    {
        Organization org;
        User ann;
    };

    static Fixture enabledAnn(TestEngine& e)
    {
        const Organization org = e.exchangeOrg(QStringLiteral("iop"), true);
        e.verifiedDomain(org, QStringLiteral("corp.example.com"));
        const User ann = e.directoryUser(org, QStringLiteral("ann"));
        return {org, ann};
    }

private Q_SLOTS:
    void iop2_enableTakesTheAddressExchangeGave()
    {
        TestEngine e;
        auto [org, ann] = enabledAnn(e);
        QVERIFY(e->directorySync()
                    .setExchangeAddresses(ann.id, {QStringLiteral("Ann.Smith@corp.example.com"),
                                                   QStringLiteral("ann@iop.awsapps.com")})
                    .ok());
        QCOMPARE(e->directorySync().exchangeAddresses(ann.id).value(),
                 (QStringList{QStringLiteral("ann.smith@corp.example.com"), QStringLiteral("ann@iop.awsapps.com")}));
        QCOMPARE(e->mailboxes().proposedAddress(ann.id).value(), QStringLiteral("ann.smith@corp.example.com"));
        // Another address is refused in the mode (IOP-2).
        QVERIFY(!e->mailboxes().enable(ann.id, QStringLiteral("ann@corp.example.com")).ok());
        QVERIFY(e->mailboxes().enable(ann.id, QStringLiteral("ann.smith@corp.example.com")).ok());
    }

    void iop2_badExchangeAddressesAreRefusedByField()
    {
        TestEngine e;
        auto [org, ann] = enabledAnn(e);
        auto bad = e->directorySync().setExchangeAddresses(ann.id, {QStringLiteral("not an address")});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, QStringLiteral("addresses"));
        auto twice = e->directorySync().setExchangeAddresses(
            ann.id, {QStringLiteral("a@corp.example.com"), QStringLiteral("A@corp.example.com")});
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(QStringLiteral("a@corp.example.com")), qPrintable(twice.error().message));
        QVERIFY(e->directorySync().exchangeAddresses(ann.id).value().isEmpty());
    }

    void iop2_syncCopiesExchangesAddressesAndReportsWhatItSkipped()
    {
        TestEngine e;
        auto [org, ann] = enabledAnn(e);
        QVERIFY(e->directorySync().setExchangeAddresses(ann.id, {QStringLiteral("ann@corp.example.com")}).ok());
        QVERIFY(e->mailboxes().enable(ann.id, QStringLiteral("ann@corp.example.com")).ok());
        const User bob = e.directoryUser(org, QStringLiteral("bob")); // never enabled: untouched
        QVERIFY(e->directorySync().setExchangeAddresses(bob.id, {QStringLiteral("bob@corp.example.com")}).ok());

        // In Exchange: a new primary, the routing address, and an address on a domain not verified here.
        QVERIFY(e->directorySync()
                    .setExchangeAddresses(ann.id, {QStringLiteral("ann.smith@corp.example.com"),
                                                   QStringLiteral("ann@iop.awsapps.com"),
                                                   QStringLiteral("ann@elsewhere.example")})
                    .ok());
        // Enabling added the test-domain address routing needs; nothing else changes before the sync.
        QCOMPARE(addressesOf(e, ann.id),
                 (QStringList{QStringLiteral("*ann@corp.example.com"), QStringLiteral("ann@iop.awsapps.com")}));

        QSignalSpy changes(e.get(), &Engine::changed);
        auto synced = e->directorySync().syncNow(org.id);
        QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().message));
        const DirectorySyncReport r = synced.value();
        QCOMPARE(r.usersChecked, 1);
        QCOMPARE(r.usersUpdated, 1);
        QCOMPARE(r.addressesAdded, 1);
        QCOMPARE(r.addressesRemoved, 1);
        QCOMPARE(r.skipped.size(), 1);
        QCOMPARE(r.skipped.at(0).username, QStringLiteral("ann"));
        QCOMPARE(r.skipped.at(0).address, QStringLiteral("ann@elsewhere.example"));
        QVERIFY2(r.skipped.at(0).reason.contains(QStringLiteral("elsewhere.example")), qPrintable(r.skipped.at(0).reason));
        QCOMPARE(addressesOf(e, ann.id),
                 (QStringList{QStringLiteral("*ann.smith@corp.example.com"), QStringLiteral("ann@iop.awsapps.com")}));
        QCOMPARE(e->users().get(ann.id).value().email, QStringLiteral("ann.smith@corp.example.com"));
        QVERIFY(e->userAddresses().of(bob.id).value().isEmpty());
        // The users list hears about Ann.
        bool userChange = false;
        for (const QList<QVariant>& args : changes) {
            const auto c = args.at(0).value<Change>();
            userChange = userChange || (c.subject == Change::Subject::User && c.ids.contains(ann.id));
        }
        QVERIFY(userChange);

        // The report is kept, and a second sync changes nothing.
        auto last = e->directorySync().last(org.id);
        QVERIFY(last.ok() && last.value());
        QCOMPARE(last.value()->addressesAdded, 1);
        QCOMPARE(last.value()->skipped.size(), 1);
        QCOMPARE(last.value()->by, e->actor());
        auto again = e->directorySync().syncNow(org.id);
        QVERIFY(again.ok());
        QCOMPARE(again.value().usersUpdated, 0);
    }

    void iop5_theTestDomainAddressIsNeverSynchronisedAway()
    {
        TestEngine e;
        auto [org, ann] = enabledAnn(e);
        QVERIFY(e->directorySync().setExchangeAddresses(ann.id, {QStringLiteral("ann@corp.example.com")}).ok());
        QVERIFY(e->mailboxes().enable(ann.id, QStringLiteral("ann@corp.example.com")).ok());
        QVERIFY(e->directorySync().syncNow(org.id).ok());
        QCOMPARE(addressesOf(e, ann.id),
                 (QStringList{QStringLiteral("*ann@corp.example.com"), QStringLiteral("ann@iop.awsapps.com")}));
    }

    void iop2_aUserWithoutExchangeAddressesKeepsHis()
    {
        TestEngine e;
        auto [org, ann] = enabledAnn(e);
        QVERIFY(e->mailboxes().enable(ann.id, e->mailboxes().proposedAddress(ann.id).value()).ok());
        const QStringList before = addressesOf(e, ann.id);
        auto synced = e->directorySync().syncNow(org.id);
        QVERIFY(synced.ok());
        QCOMPARE(synced.value().usersWithoutExchangeAddresses, 1);
        QCOMPARE(addressesOf(e, ann.id), before);
    }

    void iop2_syncIsEveryFourHoursAndOnlyInTheMode()
    {
        TestEngine e;
        auto [org, ann] = enabledAnn(e);
        const Organization plain = e.exchangeOrg(QStringLiteral("plain"), false);
        auto refused = e->directorySync().syncNow(plain.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("interoperability"));
        QVERIFY(!e->directorySync().nextDue(plain.id).value().isValid());

        // Never synchronised: due now; the schedule runs it, then not again for four hours.
        QCOMPARE(e->directorySync().nextDue(org.id).value(), e->now());
        QCOMPARE(e->directorySync().syncDue().value(), 1);
        QCOMPARE(e->directorySync().last(org.id).value()->by, QStringLiteral("schedule"));
        QCOMPARE(e->directorySync().nextDue(org.id).value(), e->now().addSecs(4 * 3600));
        e.clock().advanceSeconds(4 * 3600 - 1);
        QCOMPARE(e->directorySync().syncDue().value(), 0);
        e.clock().advanceSeconds(1);
        QCOMPARE(e->directorySync().syncDue().value(), 1);

        // Out of the mode, the schedule leaves it alone.
        QVERIFY(e->interopProgress().disable(org.id, org.alias).ok());
        e.clock().advanceSeconds(5 * 3600);
        QCOMPARE(e->directorySync().syncDue().value(), 0);
    }

    void iop2_readOnlyAccessCannotSynchronise()
    {
        TestEngine e;
        auto [org, ann] = enabledAnn(e);
        e.reopen(AccessLevel::ReadOnly);
        auto refused = e->directorySync().syncNow(org.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::AccessDenied);
        QVERIFY(!e->directorySync().last(org.id).value());
    }
};

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "tst_DirectorySync.moc"
