// MOB-1..MOB-6: the mobile device policy with its ranges, and every device status transition
// through the check-in entry point: register, provision and acknowledge, a policy change, wipe
// while connected (and the refusal when not), wipe again, remove and register again.

#include "TestEngine.h"
#include "core/AuditLog.h"
#include "mobile/MobileDevices.h"
#include "organizations/Organizations.h"
#include "users/Mailboxes.h"
#include "users/Users.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

CheckIn sync(const User& user, const QString& deviceId)
{
    CheckIn in;
    in.userId = user.id;
    in.deviceId = deviceId;
    return in;
}

CheckIn ackPolicy(const User& user, const QString& deviceId, int key)
{
    CheckIn in = sync(user, deviceId);
    in.acknowledges = CheckIn::Acknowledges::Policy;
    in.policyKey = key;
    return in;
}

CheckIn ackWipe(const User& user, const QString& deviceId)
{
    CheckIn in = sync(user, deviceId);
    in.acknowledges = CheckIn::Acknowledges::Wipe;
    return in;
}

} // namespace

class TestMobileDevices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mob1_policyRangesAndDefaults()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("pol"));
        const MobilePolicy defaults = e->mobile().policy(org.id).value();
        QVERIFY(defaults == MobilePolicy{});
        QVERIFY(mobile::checkPolicy(defaults).ok());
        QCOMPARE(e->mobile().policyKey(org.id).value(), 1);

        // The guide's items a–k, in order.
        QStringList letters;
        for (const MobilePolicyField& f : mobile::policyFields())
            letters << f.letter;
        QCOMPARE(letters.join(QString()), QStringLiteral("abcdefghijk"));

        const struct
        {
            const char* field;
            int value;
            bool ok;
        } cases[] = {
            {"minPasswordLength", 0, false},        {"minPasswordLength", 1, true},
            {"minPasswordLength", 16, true},        {"minPasswordLength", 17, false},
            {"minCharacterSets", 0, false},         {"minCharacterSets", 4, true},
            {"minCharacterSets", 5, false},         {"failedAttemptsAllowed", 0, true},
            {"failedAttemptsAllowed", 16, true},    {"failedAttemptsAllowed", 17, false},
            {"passwordExpirationDays", 0, true},    {"passwordExpirationDays", 730, true},
            {"passwordExpirationDays", 731, false}, {"passwordExpirationDays", -1, false},
            {"screenLockSeconds", 0, true},         {"screenLockSeconds", 29, false},
            {"screenLockSeconds", 30, true},        {"screenLockSeconds", 3600, true},
            {"screenLockSeconds", 3601, false},     {"passwordHistory", 0, true},
            {"passwordHistory", 50, true},          {"passwordHistory", 51, false},
        };
        for (const auto& c : cases) {
            MobilePolicy p;
            p.passwordRequired = true;
            mobile::setNumber(p, QString::fromLatin1(c.field), c.value);
            QCOMPARE(mobile::numberOf(p, QString::fromLatin1(c.field)), c.value);
            const Status checked = mobile::checkPolicy(p);
            QVERIFY2(checked.ok() == c.ok,
                     qPrintable(QStringLiteral("%1 = %2").arg(QString::fromLatin1(c.field)).arg(c.value)));
            if (!c.ok) {
                QCOMPARE(checked.error().code, ErrorCode::InvalidValue);
                QCOMPARE(checked.error().field, QString::fromLatin1(c.field));
                QVERIFY(
                    checked.error().message.contains(mobile::policyField(checked.error().field)->label()));
                // The engine refuses it too, and nothing is saved.
                QCOMPARE(e->mobile().setPolicy(org.id, p).error().field, QString::fromLatin1(c.field));
            }
        }
        QCOMPARE(e->mobile().policyKey(org.id).value(), 1);

        // Saved and read back; JSON round trip keeps every field.
        MobilePolicy strict;
        strict.passwordRequired = true;
        strict.allowSimplePassword = false;
        strict.minPasswordLength = 8;
        strict.requireAlphanumeric = true;
        strict.minCharacterSets = 3;
        strict.failedAttemptsAllowed = 10;
        strict.passwordExpirationDays = 90;
        strict.screenLockSeconds = 300;
        strict.passwordHistory = 5;
        strict.requireDeviceEncryption = true;
        strict.requireStorageCardEncryption = true;
        QVERIFY(MobilePolicy::fromJson(strict.toJson()) == strict);
        QVERIFY(e->mobile().setPolicy(org.id, strict).ok());
        QVERIFY(e->mobile().policy(org.id).value() == strict);
        QCOMPARE(e->mobile().policyKey(org.id).value(), 2);
        QCOMPARE(e->audit().list(org.id).value().first().action, QStringLiteral("mobile.policy"));
        // Saving the same policy again changes nothing.
        QCOMPARE(e->mobile().setPolicy(org.id, strict).value().policyKey, 2);
        QCOMPARE(e->mobile().policyKey(org.id).value(), 2);
    }

    void mob6_registerProvisionAcknowledge()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("dev"));
        const User amy = e.user(org, QStringLiteral("amy"));
        QSignalSpy changes(e.get(), &Engine::changed);

        CheckIn first = sync(amy, QStringLiteral("ApplF17XK2"));
        first.type = QStringLiteral("iPhone");
        first.model = QStringLiteral("iPhone 15");
        first.userAgent = QStringLiteral("Apple-iPhone16C2/2104.1");
        auto reply = e->mobile().checkIn(first);
        QVERIFY2(reply.ok(), qPrintable(reply ? QString() : reply.error().message));
        QVERIFY(reply.value().registered);
        QCOMPARE(reply.value().command, CheckInReply::Command::Provision);
        QCOMPARE(reply.value().policyKey, 1);
        QCOMPARE(reply.value().device.status, DeviceStatus::ProvisioningRequired);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().first().value<Change>().subject, Change::Subject::MobileDevice);
        QCOMPARE(changes.first().first().value<Change>().kind, Change::Kind::Added);

        // MOB-3: what the device did not send stays unknown (empty), the rest is kept.
        MobileDevice device = e->mobile().find(amy.id, QStringLiteral("ApplF17XK2")).value();
        QCOMPARE(device.type, QStringLiteral("iPhone"));
        QVERIFY(device.os.isEmpty());
        QCOMPARE(device.firstSync, startTime());

        // Without acknowledging, the device is sent the policy again.
        e.clock().advanceSeconds(30);
        QCOMPARE(e->mobile().checkIn(sync(amy, QStringLiteral("ApplF17XK2"))).value().command,
                 CheckInReply::Command::Provision);
        // A key it was never sent is refused and changes nothing.
        auto wrong = e->mobile().checkIn(ackPolicy(amy, QStringLiteral("ApplF17XK2"), 7));
        QCOMPARE(wrong.error().code, ErrorCode::InvalidValue);
        QCOMPARE(wrong.error().field, QStringLiteral("policyKey"));
        QCOMPARE(e->mobile().get(device.id).value().status, DeviceStatus::ProvisioningRequired);
        // So is a wipe it was never asked for.
        QCOMPARE(e->mobile().checkIn(ackWipe(amy, QStringLiteral("ApplF17XK2"))).error().field,
                 QStringLiteral("acknowledges"));

        auto acked = e->mobile().checkIn(ackPolicy(amy, QStringLiteral("ApplF17XK2"), 1));
        QCOMPARE(acked.value().command, CheckInReply::Command::None);
        QCOMPARE(acked.value().device.status, DeviceStatus::ProvisioningSucceeded);
        QCOMPARE(acked.value().device.type, QStringLiteral("iPhone")); // an empty report keeps it
        QCOMPARE(e->audit().list(org.id).value().first().action, QStringLiteral("device.provisioned"));

        // In sync: nothing to do; the last sync moves on, the first stays.
        e.clock().advanceSeconds(60);
        auto again = e->mobile().checkIn(sync(amy, QStringLiteral("ApplF17XK2")));
        QCOMPARE(again.value().command, CheckInReply::Command::None);
        QCOMPARE(again.value().device.lastSync, startTime().addSecs(90));
        QCOMPARE(again.value().device.firstSync, startTime());

        // The same device id of another user is another device.
        const User ben = e.user(org, QStringLiteral("ben"));
        QVERIFY(e->mobile().checkIn(sync(ben, QStringLiteral("ApplF17XK2"))).value().registered);
        QCOMPARE(e->mobile().devicesOf(amy.id).value().size(), 1);
        QCOMPARE(e->mobile().countByStatus(org.id).value().value(DeviceStatus::ProvisioningRequired), 1);
        QCOMPARE(e->mobile().countByStatus(org.id).value().value(DeviceStatus::ProvisioningSucceeded), 1);
    }

    void mob6_refusals()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("ref"));
        const User amy = e.user(org, QStringLiteral("amy"));
        QCOMPARE(e->mobile().checkIn(sync(amy, QStringLiteral("  "))).error().field,
                 QStringLiteral("deviceId"));
        CheckIn nobody;
        nobody.userId = QStringLiteral("no-such-user");
        nobody.deviceId = QStringLiteral("x");
        QCOMPARE(e->mobile().checkIn(nobody).error().code, ErrorCode::NotFound);
        QVERIFY(e->mailboxes().disable(amy.id).ok());
        auto disabled = e->mobile().checkIn(sync(amy, QStringLiteral("x")));
        QCOMPARE(disabled.error().code, ErrorCode::WrongState);
        QVERIFY(disabled.error().message.contains(QStringLiteral("amy")));
        QVERIFY(e->mobile().devicesOf(amy.id).value().isEmpty());
        // Read-only consoles change nothing.
        e.reopen(AccessLevel::ReadOnly);
        QCOMPARE(e->mobile().setPolicy(org.id, MobilePolicy{true}).error().code, ErrorCode::AccessDenied);
    }

    void mob2_aChangedPolicyAsksEveryDeviceToProvisionAgain()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("mob2"));
        const Organization other = e.quickOrg(QStringLiteral("other"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const User ben = e.user(org, QStringLiteral("ben"));
        const User zed = e.user(other, QStringLiteral("zed"));
        for (const User& u : {amy, ben, zed}) {
            QVERIFY(e->mobile().checkIn(sync(u, QStringLiteral("phone"))).ok());
            QVERIFY(e->mobile().checkIn(ackPolicy(u, QStringLiteral("phone"), 1)).ok());
        }
        QVERIFY(e->mobile().checkIn(sync(amy, QStringLiteral("tablet"))).ok()); // still provisioning
        QVERIFY(e->mobile().checkIn(sync(ben, QStringLiteral("old"))).ok());
        const MobileDevice old = e->mobile().find(ben.id, QStringLiteral("old")).value();
        QVERIFY(e->mobile().wipe(old.id).ok()); // a pending wipe survives a policy change
        QCOMPARE(e->mobile().devicesAffectedByPolicyChange(org.id).value(), 3);

        MobilePolicy changed;
        changed.requireDeviceEncryption = true;
        QSignalSpy changes(e.get(), &Engine::changed);
        const PolicySaved saved = e->mobile().setPolicy(org.id, changed).value();
        QCOMPARE(saved.policyKey, 2);
        QCOMPARE(saved.devicesToProvision, 3);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().first().value<Change>().subject, Change::Subject::MobilePolicy);
        const auto counts = e->mobile().countByStatus(org.id).value();
        QCOMPARE(counts.value(DeviceStatus::ProvisioningRequired), 3);
        QCOMPARE(counts.value(DeviceStatus::ProvisioningSucceeded), 0);
        QCOMPARE(counts.value(DeviceStatus::WipeRequired), 1);
        // Another organization's devices are untouched.
        QCOMPARE(e->mobile().countByStatus(other.id).value().value(DeviceStatus::ProvisioningSucceeded), 1);

        // The device is sent the new policy, with the new key; the old key is now refused.
        auto reply = e->mobile().checkIn(sync(amy, QStringLiteral("phone")));
        QCOMPARE(reply.value().command, CheckInReply::Command::Provision);
        QCOMPARE(reply.value().policyKey, 2);
        QVERIFY(reply.value().policy.requireDeviceEncryption);
        QCOMPARE(e->mobile().checkIn(ackPolicy(amy, QStringLiteral("phone"), 1)).error().field,
                 QStringLiteral("policyKey"));
        QCOMPARE(e->mobile().checkIn(ackPolicy(amy, QStringLiteral("phone"), 2)).value().device.status,
                 DeviceStatus::ProvisioningSucceeded);
    }

    void mob5_wipeWhileConnectedThenWipeAgainUntilRemoved()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("wipe"));
        const User amy = e.user(org, QStringLiteral("amy"));
        QVERIFY(e->mobile().checkIn(sync(amy, QStringLiteral("droid"))).ok());
        QVERIFY(e->mobile().checkIn(ackPolicy(amy, QStringLiteral("droid"), 1)).ok());
        const QString id = e->mobile().find(amy.id, QStringLiteral("droid")).value().id;

        // Synced five minutes ago is still connected; a second more is not.
        e.clock().advanceSeconds(mobile::ConnectedSeconds + 1);
        auto refused = e->mobile().wipe(id);
        QCOMPARE(refused.error().code, ErrorCode::WrongState);
        QCOMPARE(refused.error().field, QStringLiteral("lastSync"));
        QVERIFY(refused.error().message.contains(QStringLiteral("5 minutes")));
        QCOMPARE(e->mobile().get(id).value().status, DeviceStatus::ProvisioningSucceeded);

        QVERIFY(e->mobile().checkIn(sync(amy, QStringLiteral("droid"))).ok());
        e.clock().advanceSeconds(mobile::ConnectedSeconds);
        QSignalSpy changes(e.get(), &Engine::changed);
        QCOMPARE(e->mobile().wipe(id).value().status, DeviceStatus::WipeRequired);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(e->audit().list(org.id).value().first().action, QStringLiteral("device.wipe"));
        QCOMPARE(e->mobile().wipe(id).error().code, ErrorCode::WrongState); // already requested

        // At its next check-in the device is told to wipe; until it confirms, it stays Wipe required.
        auto told = e->mobile().checkIn(sync(amy, QStringLiteral("droid")));
        QCOMPARE(told.value().command, CheckInReply::Command::Wipe);
        QCOMPARE(told.value().device.status, DeviceStatus::WipeRequired);
        auto done = e->mobile().checkIn(ackWipe(amy, QStringLiteral("droid")));
        QCOMPARE(done.value().command, CheckInReply::Command::None);
        QCOMPARE(done.value().device.status, DeviceStatus::WipeSucceeded);
        QCOMPARE(e->audit().list(org.id).value().first().action, QStringLiteral("device.wiped"));
        QCOMPARE(e->mobile().wipe(id).error().code, ErrorCode::WrongState); // already wiped

        // Not removed from the list: set up again, it is wiped again (MOB-5).
        auto again = e->mobile().checkIn(sync(amy, QStringLiteral("droid")));
        QCOMPARE(again.value().command, CheckInReply::Command::Wipe);
        QCOMPARE(again.value().device.status, DeviceStatus::WipeSucceeded);
        QVERIFY(!again.value().registered);
        // Even acknowledging a policy does not get it out of the wipe.
        QCOMPARE(e->mobile().checkIn(ackPolicy(amy, QStringLiteral("droid"), 1)).value().command,
                 CheckInReply::Command::Wipe);

        // Removed, it registers again at its next sync and is provisioned as new.
        QVERIFY(e->mobile().remove(id).ok());
        QCOMPARE(e->mobile().get(id).error().code, ErrorCode::NotFound);
        QCOMPARE(e->mobile().remove(id).error().code, ErrorCode::NotFound);
        QVERIFY(e->mobile().devicesOf(amy.id).value().isEmpty());
        auto back = e->mobile().checkIn(sync(amy, QStringLiteral("droid")));
        QVERIFY(back.value().registered);
        QCOMPARE(back.value().command, CheckInReply::Command::Provision);
        QCOMPARE(back.value().device.status, DeviceStatus::ProvisioningRequired);
        QVERIFY(back.value().device.id != id);
    }

    void mob3_devicesGoWithTheirUser()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("gone"));
        const User amy = e.user(org, QStringLiteral("amy"));
        QVERIFY(e->mobile().checkIn(sync(amy, QStringLiteral("a"))).ok());
        QVERIFY(e->mobile().checkIn(sync(amy, QStringLiteral("b"))).ok());
        QCOMPARE(e->mobile().devicesOf(amy.id).value().size(), 2);
        QVERIFY(e->mailboxes().disable(amy.id).ok());
        QCOMPARE(e->mobile().devicesOf(amy.id).value().size(), 2); // kept while disabled
        QVERIFY(e->mailboxes().remove(amy.id).ok());
        QVERIFY(e->mobile().devicesOf(amy.id).value().isEmpty());
        QCOMPARE(e->mobile().countByStatus(org.id).value().value(DeviceStatus::ProvisioningRequired), 0);
    }
};

QTEST_MAIN(TestMobileDevices)
#include "tst_MobileDevices.moc"
