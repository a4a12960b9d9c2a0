// mailroomctl end to end: the resource commands (RES-1..RES-4) on a Quick-setup organization's
// test domain.

#include "CliRunner.h"

using namespace cli;

class TestMailroomctlResources : public QObject, protected CliRunner
{
    Q_OBJECT

    static bool flag(const Outcome& outcome, const char* name)
    {
        return outcome.object().value(QString::fromLatin1(name)).toBool();
    }

private Q_SLOTS:
    void init()
    {
        newDatabase();
        QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0);
    }

    void res1_createShowUpdate()
    {
        const Outcome created = json(QStringList{
            s("resource"), s("create"), s("--org"), s("acme"), s("room1"), s("--type"), s("room"),
            s("--email"), s("room1@acme.awsapps.com"), s("--description"), s("Big room, 3rd floor")});
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(value(created.object(), "type"), s("Room"));
        QCOMPARE(value(created.object(), "description"), s("Big room, 3rd floor"));
        // RES-2: a new resource accepts every request and declines conflicting ones.
        QVERIFY(flag(created, "acceptAll"));
        QVERIFY(!flag(created, "declineRecurring"));
        QVERIFY(flag(created, "declineConflicting"));

        const Outcome taken =
            json("resource create --org acme ROOM1 --type Room --email other@acme.awsapps.com");
        QCOMPARE(taken.exitCode, 1);
        QCOMPARE(taken.errorCode(), s("NameTaken"));
        const Outcome longName = json(
            "resource create --org acme a-name-of-more-than-twenty --type Room --email x@acme.awsapps.com");
        QCOMPARE(longName.exitCode, 1);
        QCOMPARE(longName.errorField(), s("name"));
        QCOMPARE(json("resource create --org acme beamer --type Equipment --email b@elsewhere.example")
                     .errorField(),
                 s("email"));

        const QString id = value(created.object(), "id");
        QCOMPARE(
            value(json(QStringList{s("resource"), s("show"), s("--org"), s("acme"), id}).object(), "name"),
            s("room1"));
        const Outcome updated = json("resource update --org acme room1 --name beamer --type Equipment");
        QCOMPARE(updated.exitCode, 0);
        QCOMPARE(value(updated.object(), "name"), s("beamer"));
        QCOMPARE(value(updated.object(), "type"), s("Equipment"));
        QCOMPARE(value(updated.object(), "email"), s("room1@acme.awsapps.com")); // not given, kept
        QCOMPARE(value(updated.object(), "description"), s("Big room, 3rd floor"));
        QCOMPARE(json("resource show --org acme room1").errorCode(), s("NotFound"));
        const Outcome human = ctl("resource show --org acme beamer");
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.text().contains(s("Equipment")) && human.text().contains(id), human.out.constData());

        QCOMPARE(ctl("resource create --org acme hall --type Room --email hall@acme.awsapps.com").exitCode,
                 0);
        QCOMPARE(field(json("resource list --org acme").array(), "name"),
                 (QStringList{s("beamer"), s("hall")}));
        QCOMPARE(field(json("resource list --org acme --search HA").array(), "name"), QStringList{s("hall")});
    }

    void res2_res3_delegatesOnlyWhileAcceptAllIsOff()
    {
        QCOMPARE(ctl("resource create --org acme room1 --type Room --email room1@acme.awsapps.com").exitCode,
                 0);
        QCOMPARE(ctl("group create --org acme bookers bookers@acme.awsapps.com").exitCode, 0);

        const Outcome refused = json("resource add-delegates --org acme room1 bookers");
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.errorCode(), s("WrongState"));
        QVERIFY(json("resource delegates --org acme room1").array().isEmpty());

        const Outcome off = json("resource booking --org acme room1 --accept-all off --decline-recurring on");
        QCOMPARE(off.exitCode, 0);
        QVERIFY(!flag(off, "acceptAll"));
        QVERIFY(flag(off, "declineRecurring"));
        QVERIFY(flag(off, "declineConflicting")); // not given, kept

        const Outcome added = json("resource add-delegates --org acme room1 bookers");
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(field(added.array(), "name"), QStringList{s("bookers")});
        QCOMPARE(field(added.array(), "kind"), QStringList{s("Group")});
        QCOMPARE(field(json("resource delegates --org acme room1").array(), "name"),
                 QStringList{s("bookers")});
        QCOMPARE(json("resource add-delegates --org acme room1 nobody").errorCode(), s("NotFound"));

        // "Accept all" cannot come back while delegates remain.
        const Outcome on = json("resource booking --org acme room1 --accept-all on");
        QCOMPARE(on.exitCode, 1);
        QCOMPARE(on.errorCode(), s("WrongState"));
        QCOMPARE(json("resource remove-delegates --org acme room1 bookers").array().size(), 0);
        QCOMPARE(json("resource booking --org acme room1 --accept-all on").exitCode, 0);

        const Outcome shown = ctl("resource booking --org acme room1");
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.text().contains(s("Accept all requests:")), shown.out.constData());
    }

    void res4_removeWithConfirmation()
    {
        QCOMPARE(ctl("resource create --org acme room1 --type Room --email room1@acme.awsapps.com").exitCode,
                 0);
        QCOMPARE(ctl("resource remove --org acme room1").exitCode, 2);
        QCOMPARE(json("resource show --org acme room1").exitCode, 0);
        const Outcome removed = json("resource remove --org acme room1 --yes");
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(flag(removed, "removed"));
        QCOMPARE(json("resource show --org acme room1").errorCode(), s("NotFound"));
        // Its address is free again.
        QCOMPARE(ctl("resource create --org acme room2 --type Room --email room1@acme.awsapps.com").exitCode,
                 0);
        QCOMPARE(json("--read-only resource remove --org acme room2 --yes").errorCode(), s("AccessDenied"));
    }

    void helpAndUsage_data()
    {
        helpAndUsageColumns();
        QTest::newRow("noun help") << "resource --help" << 0 << "create|booking|add-delegates|remove";
        QTest::newRow("booking help") << "resource booking --help" << 0
                                      << "--accept-all on|off|--decline-recurring|--decline-conflicting";
        QTest::newRow("create help") << "resource create -h" << 0 << "--type|--email|--description";
        QTest::newRow("no type") << "resource create --org acme r --email r@acme.awsapps.com" << 2
                                 << "--type";
        QTest::newRow("bad type") << "resource create --org acme r --type Car --email r@acme.awsapps.com" << 2
                                  << "Room or Equipment";
        QTest::newRow("bad switch") << "resource booking --org acme r --accept-all maybe" << 2 << "on or off";
        QTest::newRow("no delegate") << "resource add-delegates --org acme r" << 2 << "RESOURCE MEMBER...";
    }

    void helpAndUsage() { checkHelpAndUsage(); }
};

QTEST_GUILESS_MAIN(TestMailroomctlResources)
#include "tst_MailroomctlResources.moc"
