// JRN-1, JRN-2 and MIG-1: journaling settings applied at once, the reserved journal sender, and
// the migration administrator (the chosen user, else the user named migration_admin).

#include "TestEngine.h"
#include "core/AuditLog.h"
#include "groups/Groups.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "settings/OrgSettings.h"
#include "users/Mailboxes.h"
#include "users/Users.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestOrgSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jrn1_journalingIsCheckedAndAppliedAtOnce()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("jrn"));
        QVERIFY(!e->settings().journaling(org.id).value().enabled);
        auto bad = e->settings().setJournaling(
            org.id, {true, QStringLiteral("archive@vault.example"), QStringLiteral("nope")});
        QCOMPARE(bad.error().field, QStringLiteral("reportAddress"));
        QVERIFY(bad.error().message.startsWith(QStringLiteral("Report address:")));
        QCOMPARE(e->settings()
                     .setJournaling(org.id, {true, QString(), QStringLiteral("admin@jrn.awsapps.com")})
                     .error()
                     .field,
                 QStringLiteral("journalAddress"));
        QVERIFY(!e->settings().journaling(org.id).value().enabled);

        QSignalSpy changes(e.get(), &Engine::changed);
        // The journaling address may be outside the organization.
        QVERIFY(e->settings()
                    .setJournaling(org.id, {true, QStringLiteral("archive@vault.example"),
                                            QStringLiteral("admin@jrn.awsapps.com")})
                    .ok());
        QCOMPARE(changes.size(), 1);
        const JournalingSettings on = e->settings().journaling(org.id).value();
        QVERIFY(on.enabled);
        QCOMPARE(on.journalAddress, QStringLiteral("archive@vault.example"));
        QCOMPARE(e->audit().list(org.id).value().first().action, QStringLiteral("organization.journaling"));
        // Off keeps the addresses for the next time.
        QVERIFY(e->settings().setJournaling(org.id, {false, on.journalAddress, on.reportAddress}).ok());
        QCOMPARE(e->settings().journaling(org.id).value().reportAddress,
                 QStringLiteral("admin@jrn.awsapps.com"));
    }

    void jrn2_theJournalSenderIsReserved()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("res"));
        QCOMPARE(journalSenderAddress(org), QStringLiteral("amazonjournaling@res.awsapps.com"));
        NewUser input{QStringLiteral("J"),
                      QStringLiteral("R"),
                      QStringLiteral("AmazonJournaling"),
                      QStringLiteral("J R"),
                      QStringLiteral("jr@res.awsapps.com"),
                      QString::fromLatin1(GoodPassword)};
        QCOMPARE(e->users().create(org.id, input).error().code, ErrorCode::UsernameTaken);
        const User amy = e.user(org, QStringLiteral("amy"));
        QCOMPARE(e->users().checkAddress(org.id, journalSenderAddress(org)).error().code,
                 ErrorCode::AddressTaken);
        QCOMPARE(e->groups()
                     .checkNew(org.id,
                               {QStringLiteral("amazonjournaling"), QStringLiteral("g@res.awsapps.com"), {}})
                     .error()
                     .field,
                 QStringLiteral("name"));
        QCOMPARE(e->resources()
                     .checkDetails(org.id, {QStringLiteral("amazonjournaling"),
                                            {},
                                            ResourceType::Room,
                                            QStringLiteral("r@res.awsapps.com")})
                     .error()
                     .field,
                 QStringLiteral("name"));
        QVERIFY(amy.email != journalSenderAddress(org));
    }

    void mig1_migrationAdministrator()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("mig"));
        QVERIFY(!e->settings().migrationAdmin(org.id).value().user);
        const User named = e.user(org, QStringLiteral("migration_admin"));
        const MigrationAdmin byName = e->settings().migrationAdmin(org.id).value();
        QCOMPARE(byName.user->id, named.id);
        QVERIFY(!byName.chosen);

        const User amy = e.user(org, QStringLiteral("amy"));
        const MigrationAdmin chosen = e->settings().setMigrationAdmin(org.id, amy.id).value();
        QCOMPARE(chosen.user->id, amy.id);
        QVERIFY(chosen.chosen);
        QVERIFY(e->mailboxes().disable(amy.id).ok());
        const User bob = e.user(org, QStringLiteral("bob"));
        QVERIFY(e->mailboxes().disable(bob.id).ok());
        QCOMPARE(e->settings().setMigrationAdmin(org.id, bob.id).error().code, ErrorCode::WrongState);
        QCOMPARE(e->settings().setMigrationAdmin(org.id, QStringLiteral("nobody")).error().code,
                 ErrorCode::NotFound);
        // Clearing the choice goes back to the user named migration_admin.
        QCOMPARE(e->settings().setMigrationAdmin(org.id, QString()).value().user->id, named.id);
    }
};

QTEST_GUILESS_MAIN(TestOrgSettings)
#include "tst_OrgSettings.moc"
