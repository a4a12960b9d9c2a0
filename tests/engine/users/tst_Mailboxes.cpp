// USR-4 and USR-7: enabling existing directory users, disabling, restoring within 30 days,
// the purge after them, and deletion.

#include "TestEngine.h"
#include "core/AuditLog.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "users/Mailboxes.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestMailboxes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usr4_enableExistingDirectoryUserWithProposedAddress()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("ent"), DirectoryType::SimpleAD);
        auto waiting = e->directories().addUser(
            org.directoryId,
            {QStringLiteral("Zoe"),
             {QStringLiteral("Zoe"), QStringLiteral("Z"), QStringLiteral("Zoe Z"), {}, {}, {}}});
        QVERIFY(waiting.ok());
        QCOMPARE(waiting.value().state, UserState::Disabled);
        const QString proposed = e->mailboxes().proposedAddress(waiting.value().id).value();
        QCOMPARE(proposed, QStringLiteral("zoe@ent.awsapps.com"));
        auto enabled = e->mailboxes().enable(waiting.value().id, proposed);
        QVERIFY(enabled.ok());
        QCOMPARE(enabled.value().state, UserState::Enabled);
        QVERIFY(!enabled.value().mailboxId.isEmpty());
        QCOMPARE(e->mailboxes().enable(waiting.value().id, proposed).error().code, ErrorCode::WrongState);
    }

    void usr4_enableChecksTheAddress()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("ent"), DirectoryType::SimpleAD);
        e.user(org, QStringLiteral("taken"));
        auto waiting = e->directories().addUser(
            org.directoryId, {QStringLiteral("yan"), {{}, {}, QStringLiteral("Yan"), {}, {}, {}}});
        QCOMPARE(
            e->mailboxes().enable(waiting.value().id, QStringLiteral("taken@ent.awsapps.com")).error().code,
            ErrorCode::AddressTaken);
        QCOMPARE(e->mailboxes().enable(waiting.value().id, QStringLiteral("yan@nowhere.org")).error().code,
                 ErrorCode::DomainNotVerified);
        QCOMPARE(e->users().get(waiting.value().id).value().state, UserState::Disabled);
    }

    void usr7_restoreWithin30DaysKeepsTheSameMailbox()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("keep"));
        const User u = e.user(org, QStringLiteral("kim"));
        QVERIFY(e->userAddresses().addAlias(u.id, QStringLiteral("kimmy@keep.awsapps.com")).ok());
        auto disabled = e->mailboxes().disable(u.id);
        QVERIFY(disabled.ok());
        QCOMPARE(disabled.value().disabledAt, e.clock().now());
        // The addresses stay reserved while the mailbox waits.
        NewUser other{{},
                      {},
                      QStringLiteral("other"),
                      QStringLiteral("Other"),
                      QStringLiteral("kimmy@keep.awsapps.com"),
                      QString::fromLatin1(GoodPassword)};
        QCOMPARE(e->users().create(org.id, other).error().code, ErrorCode::AddressTaken);

        e.clock().advanceDays(29);
        QCOMPARE(e->mailboxes().purgeExpired().value(), 0);
        QCOMPARE(e->mailboxes().proposedAddress(u.id).value(), QStringLiteral("kim@keep.awsapps.com"));
        auto restored = e->mailboxes().enable(u.id, QStringLiteral("kim@keep.awsapps.com"));
        QVERIFY(restored.ok());
        QCOMPARE(restored.value().id, u.id);
        QCOMPARE(restored.value().mailboxId, u.mailboxId);
        QVERIFY(!restored.value().disabledAt.isValid());
        QCOMPARE(e->userAddresses().of(u.id).value().size(), 2);
    }

    void usr7_after30DaysTheMailboxIsPurged()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("purge"));
        const User u = e.user(org, QStringLiteral("pam"));
        QVERIFY(e->mailboxes().disable(u.id).ok());
        e.clock().advanceDays(31);
        QSignalSpy changes(e.get(), &Engine::changed);
        QCOMPARE(e->mailboxes().purgeExpired().value(), 1);
        QCOMPARE(changes.count(), 1);
        const User purged = e->users().get(u.id).value();
        QVERIFY(purged.mailboxId.isEmpty());
        QVERIFY(purged.email.isEmpty());
        QVERIFY(e->userAddresses().of(u.id).value().isEmpty());
        // Enabling now provisions a new, empty mailbox for the same user.
        auto again = e->mailboxes().enable(u.id, QStringLiteral("pam@purge.awsapps.com"));
        QVERIFY(again.ok());
        QVERIFY(!again.value().mailboxId.isEmpty());
        QVERIFY(again.value().mailboxId != u.mailboxId);
        // A purge with nothing to do says nothing.
        QCOMPARE(e->mailboxes().purgeExpired().value(), 0);
        QCOMPARE(changes.count(), 2);
    }

    void usr7_after30DaysEnablingGivesANewMailboxEvenBeforeThePurge()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("late"));
        const User u = e.user(org, QStringLiteral("lou"));
        QVERIFY(e->userAddresses().addAlias(u.id, QStringLiteral("old-alias@late.awsapps.com")).ok());
        QVERIFY(e->mailboxes().disable(u.id).ok());
        e.clock().advanceDays(30); // the purge has not run
        auto again = e->mailboxes().enable(u.id, QStringLiteral("lou@late.awsapps.com"));
        QVERIFY(again.ok());
        QVERIFY(again.value().mailboxId != u.mailboxId);
        QCOMPARE(e->userAddresses().of(u.id).value().size(), 1); // the old alias went with the mailbox
        QCOMPARE(e->audit().list(org.id).value().first().action, QStringLiteral("user.enable"));
    }

    void usr7_purgeRunsWhenTheEngineOpens()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("open"));
        const User u = e.user(org, QStringLiteral("olga"));
        QVERIFY(e->mailboxes().disable(u.id).ok());
        e.clock().advanceDays(30);
        e.reopen();
        QVERIFY(e->users().get(u.id).value().mailboxId.isEmpty());
    }

    void usr7_onlyDisabledUsersCanBeDeleted()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("del"));
        const User u = e.user(org, QStringLiteral("dee"));
        QCOMPARE(e->mailboxes().remove(u.id).error().code, ErrorCode::WrongState);
        QVERIFY(e->mailboxes().disable(u.id).ok());
        QVERIFY(e->mailboxes().remove(u.id).ok());
        QCOMPARE(e->users().get(u.id).error().code, ErrorCode::NotFound);
        // The address is free again.
        NewUser n{{},
                  {},
                  QStringLiteral("dee2"),
                  QStringLiteral("Dee"),
                  QStringLiteral("dee@del.awsapps.com"),
                  QString::fromLatin1(GoodPassword)};
        QVERIFY(e->users().create(org.id, n).ok());
    }

    void usr7_deletingARegistryUserKeepsItInTheDirectory()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("reg"), DirectoryType::ManagedAD);
        const User u = e.user(org, QStringLiteral("rae"));
        QVERIFY(e->mailboxes().disable(u.id).ok());
        QVERIFY(e->mailboxes().remove(u.id).ok());
        const User after = e->users().get(u.id).value();
        QCOMPARE(after.state, UserState::Disabled);
        QVERIFY(after.mailboxId.isEmpty());
        QVERIFY(!after.disabledAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestMailboxes)
#include "tst_Mailboxes.moc"
