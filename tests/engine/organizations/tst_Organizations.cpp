// ORG-1..ORG-6: Quick and Standard setup, alias rules, states and creation steps, removal, limits.

#include "TestEngine.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "users/Mailboxes.h"
#include "users/Users.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestOrganizations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void org1_quickSetupMakesDirectoryTestDomainAndDefaultKey()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("Example-Corp"));
        QCOMPARE(org.alias, QStringLiteral("example-corp"));
        QCOMPARE(org.state, OrgState::Active);
        QVERIFY(org.id.startsWith(QStringLiteral("m-")));
        QCOMPARE(org.id.size(), 34);
        QCOMPARE(org.defaultDomain, QStringLiteral("example-corp.awsapps.com"));
        QCOMPARE(org.kmsKey, QStringLiteral("default"));
        QCOMPARE(org.directoryType, QStringLiteral("WorkMail"));
        // The mail directory is the organization's own: not listed in the registry.
        QVERIFY(e->directories().list().value().isEmpty());
        // The test domain is verified at once: a user can have an address on it.
        const User u = e.user(org, QStringLiteral("alice"));
        QCOMPARE(u.email, QStringLiteral("alice@example-corp.awsapps.com"));
    }

    void org1_atMostTwoQuickSetupsPerRegion()
    {
        TestEngine e;
        e.quickOrg(QStringLiteral("one"));
        e.quickOrg(QStringLiteral("two"));
        auto third =
            e->organizations().requestQuickSetup(QStringLiteral("three"), QStringLiteral("us-east-1"));
        QVERIFY(!third.ok());
        QCOMPARE(third.error().code, ErrorCode::LimitReached);
        QVERIFY(third.error().message.contains(QStringLiteral("most organizations")));
        // Another region has its own two.
        QVERIFY(
            e->organizations().requestQuickSetup(QStringLiteral("three"), QStringLiteral("eu-west-1")).ok());
    }

    void org2_aliasRules_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<bool>("valid");
        QTest::newRow("letters") << "example" << true;
        QTest::newRow("digits and hyphens") << "ex-4-mple" << true;
        QTest::newRow("62 characters") << QString(62, u'a') << true;
        QTest::newRow("63 characters") << QString(63, u'a') << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("starts d-") << "d-corp" << false;
        QTest::newRow("starts D-") << "D-corp" << false;
        QTest::newRow("double hyphen") << "ex--ample" << false;
        QTest::newRow("leading hyphen") << "-example" << false;
        QTest::newRow("trailing hyphen") << "example-" << false;
        QTest::newRow("dot") << "ex.ample" << false;
        QTest::newRow("underscore") << "ex_ample" << false;
        QTest::newRow("non-ASCII") << QStringLiteral("exämple") << false;
    }

    void org2_aliasRules()
    {
        QFETCH(QString, alias);
        QFETCH(bool, valid);
        TestEngine e;
        const Status checked = e->organizations().checkAlias(alias);
        QCOMPARE(checked.ok(), valid);
        if (!valid) {
            QCOMPARE(checked.error().field, QStringLiteral("alias"));
            QVERIFY(checked.error().message.startsWith(QStringLiteral("Alias:")));
        }
    }

    void org2_aliasUniqueCaseInsensitiveAcrossRegions()
    {
        TestEngine e;
        e.quickOrg(QStringLiteral("acme"), QStringLiteral("us-east-1"));
        auto again =
            e->organizations().requestQuickSetup(QStringLiteral("ACME"), QStringLiteral("eu-west-1"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::AliasTaken);
        QCOMPARE(again.error().field, QStringLiteral("alias"));
    }

    void org2_aliasFreeAgainAfterRemoval()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("acme"));
        QVERIFY(e->organizations().remove(org.id, QStringLiteral("acme")).ok());
        QVERIFY(e->organizations().checkAlias(QStringLiteral("acme")).ok());
    }

    void org3_standardSetupUsesRegistryDirectoryAndItsUsers()
    {
        TestEngine e;
        auto dir = e->directories().create(DirectoryType::SimpleAD, QStringLiteral("corp.example.com"),
                                           QStringLiteral("us-east-1"));
        QVERIFY(dir.ok());
        QVERIFY(
            e->directories()
                .addUser(dir.value().id, {QStringLiteral("bob"),
                                          {QStringLiteral("Bob"), {}, QStringLiteral("Bob B"), {}, {}, {}}})
                .ok());
        const QString key =
            QStringLiteral("arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012");
        auto req = e->organizations().requestStandardSetup(
            {QStringLiteral("corp"), QStringLiteral("us-east-1"), dir.value().id, key, false});
        QVERIFY2(req.ok(), req.ok() ? "" : qPrintable(req.error().message));
        auto org = e->organizations().completeCreation(req.value().id);
        QVERIFY(org.ok());
        QCOMPARE(org.value().kmsKey, key);
        QCOMPARE(org.value().directoryType, QStringLiteral("SimpleAD"));
        // The directory's users (and its built-ins) are the organization's users, not yet enabled.
        UserQuery q;
        q.organizationId = org.value().id;
        QCOMPARE(e->users().count(q).value(), 3);
        auto bob = e->users().findByUsername(org.value().id, QStringLiteral("BOB"));
        QVERIFY(bob.ok());
        QCOMPARE(bob.value().state, UserState::Disabled);
        // The directory is now in use.
        QCOMPARE(e->directories().get(dir.value().id).value().organizationAlias, QStringLiteral("corp"));
        auto second = e->organizations().requestStandardSetup(
            {QStringLiteral("corp2"), QStringLiteral("us-east-1"), dir.value().id, {}, false});
        QCOMPARE(second.error().code, ErrorCode::DirectoryInUse);
    }

    void org3_masterKeyArnChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << "default" << true;
        QTest::newRow("empty means default") << "" << true;
        QTest::newRow("arn") << "arn:aws:kms:us-east-1:123456789012:key/0f1e2d3c-4b5a-6978-8091-a2b3c4d5e6f7"
                             << true;
        QTest::newRow("other region")
            << "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8091-a2b3c4d5e6f7" << false;
        QTest::newRow("11 digits")
            << "arn:aws:kms:us-east-1:12345678901:key/0f1e2d3c-4b5a-6978-8091-a2b3c4d5e6f7" << false;
        QTest::newRow("alias arn") << "arn:aws:kms:us-east-1:123456789012:alias/mine" << false;
        QTest::newRow("garbage") << "my key" << false;
    }

    void org3_masterKeyArnChecked()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        TestEngine e;
        const Status checked = e->organizations().checkKmsKey(key, QStringLiteral("us-east-1"));
        QCOMPARE(checked.ok(), valid);
        if (!valid)
            QCOMPARE(checked.error().field, QStringLiteral("kmsKey"));
    }

    void org3_interoperabilityOnlyForExchangeConnector()
    {
        TestEngine e;
        auto simple = e->directories().create(DirectoryType::SimpleAD, QStringLiteral("simple.example.com"),
                                              QStringLiteral("us-east-1"));
        auto plain = e->directories().create(DirectoryType::ADConnector, QStringLiteral("plain.example.com"),
                                             QStringLiteral("us-east-1"), false);
        auto exchange = e->directories().create(DirectoryType::ADConnector, QStringLiteral("ex.example.com"),
                                                QStringLiteral("us-east-1"), true);
        QVERIFY(simple.ok() && plain.ok() && exchange.ok());
        for (const auto& d : {simple.value(), plain.value()}) {
            auto r = e->organizations().requestStandardSetup(
                {QStringLiteral("iop"), QStringLiteral("us-east-1"), d.id, {}, true});
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, QStringLiteral("interoperability"));
        }
        auto ok = e->organizations().requestStandardSetup(
            {QStringLiteral("iop"), QStringLiteral("us-east-1"), exchange.value().id, {}, true});
        QVERIFY(ok.ok());
        QVERIFY(ok.value().interoperability);
    }

    void org3_directoryMustBeInTheRegion()
    {
        TestEngine e;
        auto d = e->directories().create(DirectoryType::ManagedAD, QStringLiteral("eu.example.com"),
                                         QStringLiteral("eu-west-1"));
        auto r = e->organizations().requestStandardSetup(
            {QStringLiteral("x"), QStringLiteral("us-east-1"), d.value().id, {}, false});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("directory"));
    }

    void org4_creationRunsStepsFromRequestedToActive()
    {
        TestEngine e;
        QSignalSpy changes(e.get(), &Engine::changed);
        auto requested =
            e->organizations().requestQuickSetup(QStringLiteral("steps"), QStringLiteral("us-west-2"));
        QVERIFY(requested.ok());
        QCOMPARE(requested.value().state, OrgState::Requested);
        QCOMPARE(changes.count(), 1);
        const int steps = int(Organizations::creationSteps(SetupKind::Quick).size());
        QCOMPARE(steps, 4);
        for (int i = 1; i <= steps; ++i) {
            auto org = e->organizations().advanceCreation(requested.value().id);
            QVERIFY(org.ok());
            QCOMPARE(org.value().creationStep, i);
            QCOMPARE(org.value().state, i < steps ? OrgState::Creating : OrgState::Active);
        }
        QCOMPARE(changes.count(), 1 + steps);
        auto extra = e->organizations().advanceCreation(requested.value().id);
        QCOMPARE(extra.error().code, ErrorCode::WrongState);
    }

    void org4_unfinishedCreationResumesWhenTheEngineOpens()
    {
        TestEngine e;
        auto requested =
            e->organizations().requestQuickSetup(QStringLiteral("resume"), QStringLiteral("us-east-1"));
        QVERIFY(e->organizations().advanceCreation(requested.value().id).ok());
        e.reopen();
        QCOMPARE(e->organizations().get(requested.value().id).value().state, OrgState::Active);
    }

    void org4_failedStepLeavesFailedWithReason()
    {
        TestEngine e;
        auto dir = e->directories().create(DirectoryType::SimpleAD, QStringLiteral("gone.example.com"),
                                           QStringLiteral("us-east-1"));
        auto requested = e->organizations().requestStandardSetup(
            {QStringLiteral("gone"), QStringLiteral("us-east-1"), dir.value().id, {}, false});
        QVERIFY(requested.ok());
        // The directory disappears from the registry before the creation connects it.
        QVERIFY(e->store().run(QStringLiteral("PRAGMA foreign_keys=OFF")).ok());
        QVERIFY(
            e->store().run(QStringLiteral("DELETE FROM directories WHERE id = ?"), {dir.value().id}).ok());
        QVERIFY(e->store().run(QStringLiteral("PRAGMA foreign_keys=ON")).ok());
        auto step = e->organizations().advanceCreation(requested.value().id);
        QVERIFY(!step.ok());
        const Organization org = e->organizations().get(requested.value().id).value();
        QCOMPARE(org.state, OrgState::Failed);
        QVERIFY(org.stateReason.contains(QStringLiteral("no longer in the registry")));
        // A failed organization can be removed.
        QVERIFY(e->organizations().remove(org.id, QStringLiteral("gone")).ok());
    }

    void org4_changesNeedAnActiveOrganization()
    {
        TestEngine e;
        auto requested =
            e->organizations().requestQuickSetup(QStringLiteral("early"), QStringLiteral("us-east-1"));
        NewUser u{{},
                  {},
                  QStringLiteral("ann"),
                  QStringLiteral("Ann"),
                  QStringLiteral("ann@early.awsapps.com"),
                  QString::fromLatin1(GoodPassword)};
        auto created = e->users().create(requested.value().id, u);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, ErrorCode::WrongState);
    }

    void org5_removeNeedsTheTypedAliasAndKeepsRegistryDirectory()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("keepdir"), DirectoryType::SimpleAD);
        auto wrong = e->organizations().remove(org.id, QStringLiteral("keepdi"));
        QCOMPARE(wrong.error().code, ErrorCode::ConfirmationMismatch);
        QCOMPARE(wrong.error().field, QStringLiteral("confirmation"));
        QVERIFY(e->organizations().get(org.id).ok());

        const User u = e.user(org, QStringLiteral("carol"));
        QVERIFY(e->organizations().remove(org.id, QStringLiteral("keepdir")).ok());
        QCOMPARE(e->organizations().get(org.id).error().code, ErrorCode::NotFound);
        // The registry directory stays with its users, who no longer have mailboxes.
        auto dir = e->directories().get(org.directoryId);
        QVERIFY(dir.ok());
        QVERIFY(dir.value().organizationId.isEmpty());
        const User after = e->users().get(u.id).value();
        QCOMPARE(after.state, UserState::Disabled);
        QVERIFY(after.mailboxId.isEmpty());
        QVERIFY(after.email.isEmpty());
        // And it can serve a new organization.
        QVERIFY(e->organizations()
                    .requestStandardSetup(
                        {QStringLiteral("again"), QStringLiteral("us-east-1"), org.directoryId, {}, false})
                    .ok());
    }

    void org5_removingQuickSetupRemovesItsOwnDirectoryAndUsers()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("gone"));
        const User u = e.user(org, QStringLiteral("dave"));
        QVERIFY(e->organizations().remove(org.id, QStringLiteral("GONE")).ok());
        QCOMPARE(e->directories().get(org.directoryId).error().code, ErrorCode::NotFound);
        QCOMPARE(e->users().get(u.id).error().code, ErrorCode::NotFound);
    }

    void org6_trialAllows25EnabledUsers()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("trial"));
        for (int i = 0; i < limits::TrialUsers; ++i)
            e.user(org, QStringLiteral("u%1").arg(i));
        NewUser extra{{},
                      {},
                      QStringLiteral("u25"),
                      QStringLiteral("U25"),
                      QStringLiteral("u25@trial.awsapps.com"),
                      QString::fromLatin1(GoodPassword)};
        auto refused = e->users().create(org.id, extra);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::LimitReached);
        QVERIFY(refused.error().message.contains(QStringLiteral("trial")));
        // After the 30 days the limit no longer applies.
        e.endTrial();
        QVERIFY(e->users().create(org.id, extra).ok());
    }

    void org6_trialCountsEnablingToo()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("trial2"), DirectoryType::SimpleAD);
        for (int i = 0; i < limits::TrialUsers; ++i)
            e.user(org, QStringLiteral("u%1").arg(i));
        auto waiting = e->directories().addUser(
            org.directoryId, {QStringLiteral("late"), {{}, {}, QStringLiteral("Late"), {}, {}, {}}});
        QVERIFY(waiting.ok());
        auto enabled = e->mailboxes().enable(waiting.value().id, QStringLiteral("late@trial2.awsapps.com"));
        QCOMPARE(enabled.error().code, ErrorCode::LimitReached);
    }
};

QTEST_GUILESS_MAIN(TestOrganizations)
#include "tst_Organizations.moc"
