// mailroomctl end to end: an organization's mobile policy (MOB-1, MOB-2) and a user's devices
// (MOB-3..MOB-6) through the check-in entry point.

#include "CliRunner.h"
#include "core/Clock.h"
#include "core/Engine.h"
#include "mobile/MobileDevices.h"
#include "organizations/Organizations.h"
#include "users/Users.h"

#include <QLocale>

using namespace cli;

class TestMailroomctlMobile : public QObject, protected CliRunner
{
    Q_OBJECT

    void acme() { QCOMPARE(json("org quick-setup --alias acme --region us-east-1").exitCode, 0); }

    // corp with ann and bob enabled (annette disabled): users whose devices may sync.
    void corpWithAnnAndBob()
    {
        corpWithDirectoryUsers();
        QCOMPARE(ctl("user enable --org corp ann").exitCode, 0);
        QCOMPARE(ctl("user enable --org corp bob").exitCode, 0);
    }

    static QStringList letters() { return words("a b c d e f g h i j k"); }

    static int number(const QJsonObject& object, const char* name)
    {
        return object.value(QString::fromLatin1(name)).toInt(-1);
    }

    static bool flag(const QJsonObject& object, const char* name)
    {
        return object.value(QString::fromLatin1(name)).toBool();
    }

    static QJsonObject device(const Outcome& outcome)
    {
        return outcome.object().value(s("device")).toObject();
    }

    // An engine error on field with code, in the JSON error object.
    static void checkRefused(const Outcome& outcome, const char* code, const char* field)
    {
        QCOMPARE(outcome.exitCode, 1);
        QCOMPARE(outcome.errorCode(), s(code));
        QCOMPARE(outcome.errorField(), s(field));
    }

    static QString message(const Outcome& outcome)
    {
        return outcome.object().value(s("error")).toObject().value(s("message")).toString();
    }

    // A check-in of the device with the words of more, and the command the device is given.
    Outcome checkIn(const char* user, const char* deviceId, const char* more = "")
    {
        return json(words("device checkin --org corp") + QStringList{s(user), s(deviceId)} + words(more));
    }

private Q_SLOTS:
    void init() { newDatabase(); }

    void mob1_getShowsItemsAToKAndTheKey()
    {
        acme();
        const Outcome got = json("policy get --org acme");
        QCOMPARE(got.exitCode, 0);
        const QJsonObject policy = got.object();
        QCOMPARE(policy.size(), 13); // the eleven items, the key and the version
        QCOMPARE(policy.value(QStringLiteral("version")).toInteger(), 1);
        QCOMPARE(flag(policy, "passwordRequired"), false);
        QCOMPARE(flag(policy, "allowSimplePassword"), true);
        QCOMPARE(number(policy, "minPasswordLength"), 4);
        QCOMPARE(number(policy, "minCharacterSets"), 1);
        QCOMPARE(number(policy, "screenLockSeconds"), 0);
        QCOMPARE(flag(policy, "requireStorageCardEncryption"), false);
        QCOMPARE(number(policy, "policyKey"), 1);

        // By id as well as by alias.
        const QString id = value(json("org show acme").object(), "id");
        QCOMPARE(json(QStringList{s("policy"), s("get"), s("--org"), id}).object(), policy);

        const Outcome human = ctl("policy get --org acme");
        QCOMPARE(human.exitCode, 0);
        const QStringList lines = human.text().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 12, human.out.constData());
        // Items a–k in the guide's order, then the key.
        for (int i = 0; i < letters().size(); ++i)
            QVERIFY2(lines.at(i).startsWith(letters().at(i) + s(") ")), qPrintable(lines.at(i)));
        QVERIFY2(lines.at(0).contains(s("Password required")) && lines.at(0).endsWith(s("no")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(2).endsWith(s("4 characters")), qPrintable(lines.at(2)));
        // 0 shows as what it means.
        QVERIFY2(lines.at(5).endsWith(s("Unlimited")), qPrintable(lines.at(5)));
        QVERIFY2(lines.at(6).endsWith(s("Never")), qPrintable(lines.at(6)));
        QVERIFY2(lines.at(7).contains(s("Screen lock after")) && lines.at(7).endsWith(s("Off")),
                 qPrintable(lines.at(7)));
        QVERIFY2(lines.at(11).startsWith(s("Policy key:")) && lines.at(11).endsWith(s("1")),
                 qPrintable(lines.at(11)));
        QVERIFY2(human.text().contains(s("apply only while a password is required")), human.out.constData());

        QCOMPARE(json("policy get --org nosuch").errorCode(), s("NotFound"));
        QCOMPARE(json("--read-only policy get --org acme").exitCode, 0);
    }

    void mob1_setChangesOnlyTheItemsGiven()
    {
        acme();
        const Outcome set = json("policy set --org acme --passwordRequired yes --minPasswordLength 8 "
                                 "--screenLockSeconds 60 --requireDeviceEncryption TRUE");
        QCOMPARE(set.exitCode, 0);
        QJsonObject policy = set.object();
        QCOMPARE(flag(policy, "passwordRequired"), true);
        QCOMPARE(number(policy, "minPasswordLength"), 8);
        QCOMPARE(number(policy, "screenLockSeconds"), 60);
        QCOMPARE(flag(policy, "requireDeviceEncryption"), true);
        QCOMPARE(flag(policy, "allowSimplePassword"), true); // not given, kept
        QCOMPARE(number(policy, "minCharacterSets"), 1);
        QCOMPARE(number(policy, "policyKey"), 2);
        QCOMPARE(number(policy, "devicesToProvision"), 0);
        policy.remove(s("devicesToProvision"));
        QCOMPARE(json("policy get --org acme").object(), policy);

        // 0 is off where an item has an off, even below its range.
        const Outcome off = json("policy set --org acme --screenLockSeconds 0 --allowSimplePassword false");
        QCOMPARE(off.exitCode, 0);
        QCOMPARE(number(off.object(), "screenLockSeconds"), 0);
        QCOMPARE(flag(off.object(), "allowSimplePassword"), false);
        QCOMPARE(flag(off.object(), "passwordRequired"), true);
        QCOMPARE(number(off.object(), "minPasswordLength"), 8);
        QCOMPARE(number(off.object(), "policyKey"), 3);

        const Outcome human =
            ctl("policy set --org acme --failedAttemptsAllowed 5 --passwordExpirationDays 0");
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.text().startsWith(s("Saved the mobile policy of acme:")), human.out.constData());
        QVERIFY2(human.text().contains(s("5 attempts")) && human.text().contains(s("Never")) &&
                     human.text().contains(s("Devices that must provision again: 0")),
                 human.out.constData());
        QVERIFY(!human.text().contains(s("apply only while")));
        // The same values again change nothing, and the key stays.
        const Outcome same = ctl("policy set --org acme --failedAttemptsAllowed 5");
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.text().contains(s("unchanged")), same.out.constData());
        QCOMPARE(number(json("policy get --org acme").object(), "policyKey"), 4);

        const QJsonArray audit = json("audit list --org acme").array();
        QVERIFY(!audit.isEmpty());
        QCOMPARE(value(audit.first().toObject(), "action"), s("mobile.policy"));

        QCOMPARE(json("--read-only policy set --org acme --passwordRequired no").errorCode(),
                 s("AccessDenied"));
        QCOMPARE(json("policy set --org nosuch --passwordRequired no").errorCode(), s("NotFound"));
    }

    void mob1_outOfRangeIsRefusedNamingTheFieldAndRange_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("refused");
        QTest::addColumn<QString>("range");
        QTest::addColumn<QString>("accepted");
        // A range without an off, its low and high ends; ranges where 0 is off; and one from 0.
        // clang-format off
        QTest::newRow("length low") << "minPasswordLength" << "0" << "1 to 16" << "1";
        QTest::newRow("length high") << "minPasswordLength" << "17" << "1 to 16" << "16";
        QTest::newRow("character sets") << "minCharacterSets" << "5" << "1 to 4" << "4";
        QTest::newRow("attempts") << "failedAttemptsAllowed" << "17" << "1 to 16, or 0 for unlimited" << "0";
        QTest::newRow("expiration") << "passwordExpirationDays" << "731" << "1 to 730, or 0 for never" << "0";
        QTest::newRow("screen lock below") << "screenLockSeconds" << "10" << "range 30 to" << "0";
        QTest::newRow("screen lock above") << "screenLockSeconds" << "3601" << "or 0 for off" << "3600";
        QTest::newRow("history negative") << "passwordHistory" << "-1" << "0 to 50" << "0";
        QTest::newRow("history high") << "passwordHistory" << "51" << "0 to 50" << "50";
        // clang-format on
    }

    void mob1_outOfRangeIsRefusedNamingTheFieldAndRange()
    {
        QFETCH(QString, option);
        QFETCH(QString, refused);
        QFETCH(QString, range);
        QFETCH(QString, accepted);
        acme();
        const QStringList set{s("policy"), s("set"), s("--org"), s("acme"), s("--") + option};
        const Outcome out = json(set + QStringList{refused});
        checkRefused(out, "InvalidValue", qPrintable(option));
        // The engine writes the number as the locale does (3,601).
        QVERIFY2(message(out).contains(range) && message(out).contains(QLocale().toString(refused.toInt())),
                 out.out.constData());
        QCOMPARE(number(json("policy get --org acme").object(), "policyKey"), 1); // nothing saved

        const Outcome human = ctl(set + QStringList{refused});
        QCOMPARE(human.exitCode, 1);
        QVERIFY2(human.errors().startsWith(s("mailroomctl: ")) && human.errors().contains(range),
                 human.err.constData());

        const Outcome ok = json(set + QStringList{accepted});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.object().value(option).toInt(-1), accepted.toInt());
    }

    void mob2_savingMovesDevicesToProvisioningRequired()
    {
        corpWithAnnAndBob();
        // ann's phone is provisioned, her tablet is new, bob's phone has a wipe pending.
        QCOMPARE(checkIn("ann", "phone").exitCode, 0);
        QCOMPARE(checkIn("ann", "phone", "--ack-policy 1").object().value(s("status")).toString(),
                 s("ProvisioningSucceeded"));
        QCOMPARE(checkIn("ann", "tablet").exitCode, 0);
        QCOMPARE(checkIn("bob", "phone").exitCode, 0);
        QCOMPARE(json("device wipe --org corp bob phone").exitCode, 0);

        const Outcome saved = json("policy set --org corp --passwordRequired yes");
        QCOMPARE(saved.exitCode, 0);
        QCOMPARE(number(saved.object(), "devicesToProvision"), 2); // not the wipe
        QCOMPARE(number(saved.object(), "policyKey"), 2);
        QCOMPARE(value(json("device show --org corp ann phone").object(), "status"),
                 s("ProvisioningRequired"));
        QCOMPARE(value(json("device show --org corp bob phone").object(), "status"), s("WipeRequired"));

        // The provisioned phone is sent the new policy at its next check-in.
        const Outcome next = checkIn("ann", "phone");
        QCOMPARE(value(next.object(), "command"), s("Provision"));
        QCOMPARE(number(next.object(), "policyKey"), 2);
        QCOMPARE(flag(next.object().value(s("policy")).toObject(), "passwordRequired"), true);
        QCOMPARE(value(checkIn("ann", "phone", "--ack-policy 2").object(), "status"),
                 s("ProvisioningSucceeded"));

        const Outcome human = ctl("policy set --org corp --minPasswordLength 6");
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.text().contains(s("Devices that must provision again: 2")), human.out.constData());
    }

    void mob6_theCheckInSequence()
    {
        corpWithAnnAndBob();
        // A new device is registered and told to provision, with the key to acknowledge.
        const Outcome first = checkIn("ann", "phone-1", "--type iPhone --os iOS");
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(value(first.object(), "command"), s("Provision"));
        QCOMPARE(number(first.object(), "policyKey"), 1);
        QCOMPARE(value(first.object(), "status"), s("ProvisioningRequired"));
        QCOMPARE(flag(first.object(), "registered"), true);
        QCOMPARE(value(device(first), "deviceId"), s("phone-1"));
        QCOMPARE(value(device(first), "type"), s("iPhone"));
        QCOMPARE(value(device(first), "model"), QString()); // not reported
        QCOMPARE(flag(device(first), "connected"), true);
        QVERIFY(device(first).value(s("policyKey")).isNull());

        // MOB-3: what the device did not report shows as unknown.
        const Outcome shown = ctl("device show --org corp ann phone-1");
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.text().contains(s("iPhone")) && shown.text().contains(s("unknown")) &&
                     shown.text().contains(s("Provisioning required")),
                 shown.out.constData());
        const Outcome listed = ctl("device list --org corp ann");
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.text().startsWith(s("DEVICE ID")) && listed.text().contains(s("phone-1")) &&
                     listed.text().contains(s("unknown")),
                 listed.out.constData());
        QCOMPARE(field(json("device list --org corp ann").array(), "deviceId"), QStringList{s("phone-1")});
        QVERIFY(json("device list --org corp bob").array().isEmpty());

        // A key the device was never sent is refused; the right one provisions it.
        const Outcome wrongKey = checkIn("ann", "phone-1", "--ack-policy 7");
        checkRefused(wrongKey, "InvalidValue", "policyKey");
        QVERIFY2(message(wrongKey).contains(s("7")), wrongKey.out.constData());
        const Outcome acked = checkIn("ann", "phone-1", "--ack-policy 1 --model 15");
        QCOMPARE(value(acked.object(), "command"), s("None"));
        QCOMPARE(value(acked.object(), "status"), s("ProvisioningSucceeded"));
        QCOMPARE(flag(acked.object(), "registered"), false);
        QCOMPARE(value(device(acked), "model"), s("15"));
        QCOMPARE(value(device(acked), "type"), s("iPhone")); // not given again, kept
        QCOMPARE(number(device(acked), "policyKey"), 1);
        const Outcome inSync = ctl("device checkin --org corp ann phone-1");
        QCOMPARE(inSync.exitCode, 0);
        QVERIFY2(inSync.text().contains(s("None")) && inSync.text().contains(s("Provisioning succeeded")) &&
                     !inSync.text().contains(s("Registered")),
                 inSync.out.constData());

        // MOB-5: a wipe is carried out at the next check-in, and again while the device stays listed.
        const Outcome wipe = ctl("device wipe --org corp ann phone-1");
        QCOMPARE(wipe.exitCode, 0);
        QVERIFY2(wipe.text().contains(s("next check-in")), wipe.out.constData());
        QCOMPARE(value(json("device show --org corp ann phone-1").object(), "status"), s("WipeRequired"));
        checkRefused(json("device wipe --org corp ann phone-1"), "WrongState", "status");
        const Outcome told = checkIn("ann", "phone-1");
        QCOMPARE(value(told.object(), "command"), s("Wipe"));
        QCOMPARE(value(told.object(), "status"), s("WipeRequired"));
        const Outcome wiped = checkIn("ann", "phone-1", "--ack-wipe");
        QCOMPARE(value(wiped.object(), "command"), s("None"));
        QCOMPARE(value(wiped.object(), "status"), s("WipeSucceeded"));
        const Outcome again = ctl("device checkin --org corp ann phone-1");
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.text().contains(s("Wipe")) && again.text().contains(s("Wipe succeeded")),
                 again.out.constData());
        QCOMPARE(value(checkIn("ann", "phone-1").object(), "command"), s("Wipe"));
        checkRefused(json("device wipe --org corp ann phone-1"), "WrongState", "status");

        // Removed, it is registered again when it next checks in.
        const QString id = value(json("device show --org corp ann phone-1").object(), "id");
        const Outcome removed =
            json(QStringList{s("device"), s("remove"), s("--org"), s("corp"), s("ann"), id});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(flag(removed.object(), "removed"), true);
        QVERIFY(json("device list --org corp ann").array().isEmpty());
        checkRefused(json("device show --org corp ann phone-1"), "NotFound", "deviceId");
        const Outcome back = ctl("device checkin --org corp ann phone-1 --type iPhone");
        QCOMPARE(back.exitCode, 0);
        QVERIFY2(back.text().startsWith(s("Registered the new device phone-1 of ann.")) &&
                     back.text().contains(s("Provision")) && back.text().contains(s("Provisioning required")),
                 back.out.constData());
        QVERIFY(json("device show --org corp ann phone-1").object().value(s("id")).toString() != id);
    }

    void mob6_checkInErrors()
    {
        corpWithAnnAndBob();
        checkRefused(checkIn("nobody", "phone"), "NotFound", "username");
        // annette's mailbox is not enabled.
        checkRefused(checkIn("annette", "phone"), "WrongState", "user");
        QCOMPARE(checkIn("ann", "phone").exitCode, 0);
        // A wipe the device was never told to make.
        checkRefused(checkIn("ann", "phone", "--ack-wipe"), "InvalidValue", "acknowledges");
        // bob's devices are not ann's.
        checkRefused(json("device show --org corp bob phone"), "NotFound", "deviceId");
        checkRefused(json("device remove --org corp bob phone"), "NotFound", "deviceId");
        QCOMPARE(json("--read-only device checkin --org corp ann phone").errorCode(), s("AccessDenied"));
        QCOMPARE(json("--read-only device remove --org corp ann phone").errorCode(), s("AccessDenied"));
        QCOMPARE(json("--read-only device list --org corp ann").exitCode, 0);
    }

    void mob5_aDisconnectedDeviceCannotBeWiped()
    {
        corpWithAnnAndBob();
        {
            // The device last synced ten minutes ago: check it in on a clock that far back.
            mailroom::EngineOptions options;
            options.clock =
                std::make_shared<mailroom::ManualClock>(QDateTime::currentDateTimeUtc().addSecs(-10 * 60));
            options.hashCost = mailroom::PasswordHasher::minimal();
            options.purgeTimer = false;
            auto engine = mailroom::Engine::open(m_db, options);
            QVERIFY(engine);
            auto org = engine.value()->organizations().find(s("corp"));
            QVERIFY(org);
            auto ann = engine.value()->users().findByUsername(org.value().id, s("ann"));
            QVERIFY(ann);
            mailroom::CheckIn in;
            in.userId = ann.value().id;
            in.deviceId = s("old-phone");
            QVERIFY(engine.value()->mobile().checkIn(in));
        }
        QCOMPARE(flag(json("device show --org corp ann old-phone").object(), "connected"), false);

        const Outcome refused = json("device wipe --org corp ann old-phone");
        checkRefused(refused, "WrongState", "lastSync");
        QVERIFY2(message(refused).contains(s("5 minutes")), refused.out.constData());
        const Outcome human = ctl("device wipe --org corp ann old-phone");
        QCOMPARE(human.exitCode, 1);
        QVERIFY2(human.errors().contains(s("not connected")) && human.errors().contains(s("5 minutes")),
                 human.err.constData());
        QCOMPARE(value(json("device show --org corp ann old-phone").object(), "status"),
                 s("ProvisioningRequired"));

        // Once it syncs, the wipe goes through.
        QCOMPARE(checkIn("ann", "old-phone").exitCode, 0);
        QCOMPARE(value(json("device wipe --org corp ann old-phone").object(), "status"), s("WipeRequired"));
    }

    void helpAndUsage_data()
    {
        helpAndUsageColumns();
        QTest::newRow("top help") << "--help" << 0 << "policy|device|mobile";
        QTest::newRow("policy help") << "policy --help" << 0 << "get|set";
        QTest::newRow("policy set help")
            << "policy set --help" << 0
            << "--org|--passwordRequired yes|no|--minPasswordLength N|--screenLockSeconds|"
               "--requireStorageCardEncryption|(c)|1 to 16";
        QTest::newRow("policy get help") << "policy get -h" << 0 << "--org";
        QTest::newRow("device help") << "device --help" << 0 << "list|show|wipe|remove|checkin";
        QTest::newRow("checkin help")
            << "device checkin --help" << 0
            << "USER DEVICE-ID|--type|--model|--os|--user-agent|--ack-policy KEY|--ack-wipe";
        QTest::newRow("wipe help") << "device wipe --help" << 0 << "--org|USER DEVICE-ID|5 minutes";
        QTest::newRow("policy no verb") << "policy" << 2 << "get|set";
        QTest::newRow("device unknown verb") << "device explode" << 2 << "explode|checkin";
        QTest::newRow("policy no org") << "policy get" << 2 << "--org";
        QTest::newRow("set nothing") << "policy set --org acme" << 2
                                     << "--passwordRequired|--passwordHistory";
        QTest::newRow("not a number") << "policy set --org acme --minPasswordLength eight" << 2
                                      << "--minPasswordLength|whole number|eight";
        QTest::newRow("not a flag") << "policy set --org acme --passwordRequired maybe" << 2
                                    << "--passwordRequired|yes|no|maybe";
        QTest::newRow("list no user") << "device list --org acme" << 2 << "USER";
        QTest::newRow("show no device") << "device show --org acme ann" << 2 << "USER DEVICE-ID";
        QTest::newRow("both acks") << "device checkin --org acme ann phone --ack-policy 1 --ack-wipe" << 2
                                   << "--ack-policy|--ack-wipe";
        QTest::newRow("key not a number")
            << "device checkin --org acme ann phone --ack-policy two" << 2 << "--ack-policy|whole number|two";
        QTest::newRow("device too many") << "device wipe --org acme ann phone extra" << 2 << "extra";
    }

    void helpAndUsage() { checkHelpAndUsage(); }
};

QTEST_GUILESS_MAIN(TestMailroomctlMobile)
#include "tst_MailroomctlMobile.moc"
