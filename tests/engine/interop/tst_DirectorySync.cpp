// IOP-2: in interoperability mode the addresses of enabled users are Exchange's. The directory
// registry holds what Exchange has for each directory user; the synchronisation copies it to the
// enabled users every four hours and on demand, reports what it could not take and why, and
// touches nobody else.

#include "TestEngine.h"
#include "core/AuditLog.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "interop/DirectorySync.h"
#include "interop/DirectorySyncJob.h"
#include "interop/InteropProgress.h"
#include "organizations/Organizations.h"
#include "store/Store.h"
#include "users/Mailboxes.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

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

    struct Renamed
    {
        Organization org;
        QStringList ids;
    };

    // An organization in the mode with count enabled users, each of whom Exchange has since given a
    // new primary address: every one of them changes with the next synchronisation.
    static Renamed manyRenamedUsers(TestEngine& e, int count)
    {
        const Organization org = e.exchangeOrg(QStringLiteral("iop"), true);
        e.verifiedDomain(org, QStringLiteral("corp.example.com"));
        e.endTrial(); // more than 25 users
        QStringList ids;
        for (int i = 0; i < count; ++i) {
            const User u = e.directoryUser(org, QStringLiteral("u%1").arg(i));
            const QString address = QStringLiteral("u%1@corp.example.com").arg(i);
            const Status made = [&]() -> Status {
                if (auto ok = e->directorySync().setExchangeAddresses(u.id, {address}); !ok)
                    return ok;
                if (auto ok = e->mailboxes().enable(u.id, address); !ok)
                    return ok.error();
                return e->directorySync().setExchangeAddresses(
                    u.id, {QStringLiteral("user.%1@corp.example.com").arg(i), address});
            }();
            if (!made)
                qFatal("manyRenamedUsers: user %d: %s", i, qPrintable(made.error().message));
            ids.append(u.id);
        }
        return {org, ids};
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
                 (QStringList{QStringLiteral("ann.smith@corp.example.com"),
                              QStringLiteral("ann@iop.awsapps.com")}));
        QCOMPARE(e->mailboxes().proposedAddress(ann.id).value(),
                 QStringLiteral("ann.smith@corp.example.com"));
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
        QVERIFY2(twice.error().message.contains(QStringLiteral("a@corp.example.com")),
                 qPrintable(twice.error().message));
        QVERIFY(e->directorySync().exchangeAddresses(ann.id).value().isEmpty());
    }

    void iop2_syncCopiesExchangesAddressesAndReportsWhatItSkipped()
    {
        TestEngine e;
        auto [org, ann] = enabledAnn(e);
        QVERIFY(
            e->directorySync().setExchangeAddresses(ann.id, {QStringLiteral("ann@corp.example.com")}).ok());
        QVERIFY(e->mailboxes().enable(ann.id, QStringLiteral("ann@corp.example.com")).ok());
        const User bob = e.directoryUser(org, QStringLiteral("bob")); // never enabled: untouched
        QVERIFY(
            e->directorySync().setExchangeAddresses(bob.id, {QStringLiteral("bob@corp.example.com")}).ok());

        // In Exchange: a new primary, the routing address, and an address on a domain not verified here.
        QVERIFY(e->directorySync()
                    .setExchangeAddresses(ann.id, {QStringLiteral("ann.smith@corp.example.com"),
                                                   QStringLiteral("ann@iop.awsapps.com"),
                                                   QStringLiteral("ann@elsewhere.example")})
                    .ok());
        // Enabling added the test-domain address routing needs; nothing else changes before the sync.
        QCOMPARE(addressesOf(e, ann.id), (QStringList{QStringLiteral("*ann@corp.example.com"),
                                                      QStringLiteral("ann@iop.awsapps.com")}));

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
        QVERIFY2(r.skipped.at(0).reason.contains(QStringLiteral("elsewhere.example")),
                 qPrintable(r.skipped.at(0).reason));
        QCOMPARE(addressesOf(e, ann.id), (QStringList{QStringLiteral("*ann.smith@corp.example.com"),
                                                      QStringLiteral("ann@iop.awsapps.com")}));
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
        QVERIFY(
            e->directorySync().setExchangeAddresses(ann.id, {QStringLiteral("ann@corp.example.com")}).ok());
        QVERIFY(e->mailboxes().enable(ann.id, QStringLiteral("ann@corp.example.com")).ok());
        QVERIFY(e->directorySync().syncNow(org.id).ok());
        QCOMPARE(addressesOf(e, ann.id), (QStringList{QStringLiteral("*ann@corp.example.com"),
                                                      QStringLiteral("ann@iop.awsapps.com")}));
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

    void iop2_syncRunsInShortBatchesThatLetOthersWrite()
    {
        TestEngine e;
        const int count = DirectorySync::BatchSize + 5;
        const auto [org, ids] = manyRenamedUsers(e, count);
        const QString userKind = Versions::kindOf(Change::Subject::User);
        const qint64 firstBefore = e->versions().of(userKind, ids.first()).value();
        const qint64 lastBefore = e->versions().of(userKind, ids.last()).value();

        // Between two batches another administrator writes; had the synchronisation held one
        // transaction throughout, the write would wait out its busy timeout and fail.
        auto script = e.another(QStringLiteral("script"));
        QVector<QPair<int, int>> steps;
        QVector<bool> writes;
        auto synced = e->directorySync().syncNow(org.id, {}, [&](int done, int total) {
            steps.append({done, total});
            writes.append(
                script->directorySync()
                    .setExchangeAddresses(ids.first(), {QStringLiteral("user.0@corp.example.com"),
                                                        QStringLiteral("u0@corp.example.com"),
                                                        QStringLiteral("u.%1@corp.example.com").arg(done)})
                    .ok());
            return true;
        });
        QVERIFY2(synced.ok(), qPrintable(synced.ok() ? QString() : synced.error().message));
        QCOMPARE(steps, (QVector<QPair<int, int>>{{DirectorySync::BatchSize, count}, {count, count}}));
        QCOMPARE(writes, (QVector<bool>{true, true}));
        QCOMPARE(synced.value().usersChecked, count);
        QCOMPARE(synced.value().usersUpdated, count);
        QCOMPARE(e->users().get(ids.last()).value().email,
                 QStringLiteral("user.%1@corp.example.com").arg(count - 1));
        // The script's last word on the first user is kept, for the next synchronisation to take.
        QCOMPARE(e->directorySync().exchangeAddresses(ids.first()).value().last(),
                 QStringLiteral("u.%1@corp.example.com").arg(count));

        // Every user the synchronisation changed has a new version, raised with the change, and
        // each batch left its audit record.
        QVERIFY(e->versions().of(userKind, ids.first()).value() > firstBefore);
        QVERIFY(e->versions().of(userKind, ids.last()).value() > lastBefore);
        int batches = 0;
        int totals = 0;
        const QVector<AuditRecord> records = e->audit().list(org.id).value();
        for (const AuditRecord& r : records) {
            batches += r.action == QStringLiteral("interop.sync.batch");
            totals += r.action == QStringLiteral("interop.sync");
        }
        QCOMPARE(batches, 2);
        QCOMPARE(totals, 1);
    }

    void iop2_eachBatchTakesWhatExchangeHoldsThen()
    {
        TestEngine e;
        const auto [org, ids] = manyRenamedUsers(e, DirectorySync::BatchSize + 1);
        // After the first batch, Exchange gives the user left for the second batch yet another
        // primary address: the second batch reads it then, not at the start.
        auto script = e.another(QStringLiteral("script"));
        QString recorded = QStringLiteral("not tried");
        QString waiting;
        const QString latest = QStringLiteral("latest@corp.example.com");
        auto synced = e->directorySync().syncNow(org.id, {}, [&](int done, int) {
            if (done != DirectorySync::BatchSize)
                return true;
            for (const QString& id : ids)
                if (!script->users().get(id).value().email.startsWith(QStringLiteral("user.")))
                    waiting = id;
            auto ok = script->directorySync().setExchangeAddresses(waiting, {latest});
            recorded = ok ? QString() : ok.error().message;
            return true;
        });
        QVERIFY2(recorded.isEmpty(), qPrintable(recorded));
        QVERIFY(synced.ok());
        QCOMPARE(synced.value().usersUpdated, DirectorySync::BatchSize + 1);
        QCOMPARE(e->users().get(waiting).value().email, latest);
    }

    void iop2_aStoppedSyncKeepsItsBatchesAndRecordsNoReport()
    {
        TestEngine e;
        const auto [org, ids] = manyRenamedUsers(e, DirectorySync::BatchSize + 1);
        auto stopped = e->directorySync().syncNow(org.id, {}, [](int, int) { return false; });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QVERIFY2(stopped.error().message.contains(
                     QStringLiteral("%1 of %2").arg(DirectorySync::BatchSize).arg(ids.size())),
                 qPrintable(stopped.error().message));
        int renamed = 0;
        for (const QString& id : ids)
            renamed += e->users().get(id).value().email.startsWith(QStringLiteral("user."));
        QCOMPARE(renamed, DirectorySync::BatchSize);
        QVERIFY(!e->directorySync().last(org.id).value());
        QCOMPARE(e->directorySync().nextDue(org.id).value(), e->now()); // due again
    }

    void iop2_theJobSynchronisesOffTheCallersThread()
    {
        TestEngine e;
        auto [org, ann] = enabledAnn(e);
        QVERIFY(
            e->directorySync().setExchangeAddresses(ann.id, {QStringLiteral("ann@corp.example.com")}).ok());
        QVERIFY(e->mailboxes().enable(ann.id, QStringLiteral("ann@corp.example.com")).ok());
        QVERIFY(e->directorySync()
                    .setExchangeAddresses(ann.id, {QStringLiteral("ann.smith@corp.example.com")})
                    .ok());
        DirectorySyncJob& job = e->directorySync().job();
        QSignalSpy finished(&job, &DirectorySyncJob::finished);
        QSignalSpy changes(e.get(), &Engine::changed);

        // Another program holds the write lock: the job's first batch waits for it, while this
        // thread goes on. Had start() run the synchronisation here, it would return only after.
        auto holder = e.another(QStringLiteral("holder"));
        auto lock = std::make_unique<Transaction>(holder->store());
        QVERIFY(lock->start().ok());
        QVERIFY(job.start(org.id).ok());
        QVERIFY(job.isRunning());
        QCOMPARE(job.organizationId(), org.id);
        auto twice = job.start(org.id);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().field, QStringLiteral("synchronisation"));
        QTest::qWait(200);
        QVERIFY(finished.isEmpty());
        QVERIFY(e->directorySync().last(org.id).value() == std::nullopt);
        lock.reset(); // rolled back: the job goes on

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QVERIFY(!job.isRunning());
        QVERIFY2(!job.lastError(), qPrintable(job.lastError() ? job.lastError()->message : QString()));
        QCOMPARE(e->users().get(ann.id).value().email, QStringLiteral("ann.smith@corp.example.com"));
        QCOMPARE(e->directorySync().last(org.id).value()->usersUpdated, 1);
        // This engine heard of Ann through its change feed, before finished().
        bool heard = false;
        for (const QList<QVariant>& args : changes) {
            const auto c = args.at(0).value<Change>();
            heard = heard || (c.subject == Change::Subject::User && c.ids.contains(ann.id) && c.remote);
        }
        QVERIFY(heard);
    }

    void iop2_theJobRefusesBeforeStartingAndReportsWhyItStopped()
    {
        TestEngine e;
        auto [org, ann] = enabledAnn(e);
        const Organization plain = e.exchangeOrg(QStringLiteral("plain"), false);
        DirectorySyncJob& job = e->directorySync().job();
        auto refused = job.start(plain.id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("interoperability"));
        QVERIFY(!job.isRunning());

        // A writer that never lets go: the job's batch gives up after the busy timeout and says so.
        QSignalSpy finished(&job, &DirectorySyncJob::finished);
        auto holder = e.another(QStringLiteral("holder"));
        Transaction lock(holder->store());
        QVERIFY(lock.start().ok());
        QVERIFY(job.start(org.id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Store::BusyTimeoutMs * 3);
        QVERIFY(job.lastError());
        QCOMPARE(job.lastError()->code, ErrorCode::DatabaseBusy);
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
