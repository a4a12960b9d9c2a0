// Versions and Conflict (ARCHITECTURE.md) between two engines on one file: every read carries a
// version that every change raises, field edits keep the other's fields, the same field is a
// Conflict that writes nothing, sets change by difference, and documents refuse a stale version.
// The processes side (the CLI as a second program, the change feed, the lock): tst_TwoAdministrators.

#include "TestEngine.h"
#include "core/AuditLog.h"
#include "domains/Domains.h"
#include "flow/FlowRules.h"
#include "groups/Groups.h"
#include "io/JsonFormat.h"
#include "mobile/MobileDevices.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "settings/OrgSettings.h"
#include "users/Users.h"

#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReadCarriesAVersionThatEveryChangeRaises();
    void fieldEditsKeepTheOtherField();
    void theSameFieldIsAConflictAndWritesNothing();
    void setsChangeByDifference();
    void documentsRefuseAStaleVersion_data();
    void documentsRefuseAStaleVersion();
};

void TestVersions::everyReadCarriesAVersionThatEveryChangeRaises()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    const User ada = a.user(org, QStringLiteral("ada"));
    auto read = a->users().get(ada.id);
    QVERIFY(read.ok());
    const qint64 first = read.value().version;
    QVERIFY(first >= 1);
    UserDetails details = read.value().details;
    details.phone = QStringLiteral("+1 555 0100");
    auto updated = a->users().updateDetails(ada.id, read.value().details, details);
    QVERIFY2(updated.ok(), updated.ok() ? "" : qPrintable(updated.error().message));
    QCOMPARE(updated.value().version, first + 1);
    QCOMPARE(a->users().get(ada.id).value().version, first + 1);
    QCOMPARE(json::of(updated.value()).value(QStringLiteral("version")).toInteger(), first + 1);
    // Organizations, groups, resources and rules too.
    QVERIFY(a->organizations().get(org.id).value().version >= 1);
    auto group =
        a->groups().create(org.id, {QStringLiteral("sales"), QStringLiteral("sales@acme.awsapps.com"), {}});
    QVERIFY(group.ok());
    const qint64 groupVersion = a->groups().get(group.value().id).value().version;
    QVERIFY(a->groups().addMembers(group.value().id, {ada.id}).ok());
    QCOMPARE(a->groups().get(group.value().id).value().version, groupVersion + 1);
    // A domain: its DNS check, becoming the default and its identity policy each raise it.
    const Domain domain = a.verifiedDomain(org, QStringLiteral("acme.example"));
    const qint64 domainVersion = a->domains().get(org.id, domain.name).value().version;
    QVERIFY(domainVersion >= 1);
    QVERIFY(a->domains().setDefault(org.id, domain.name).ok());
    const Domain now = a->domains().get(org.id, domain.name).value();
    QVERIFY(now.version > domainVersion);
    QCOMPARE(json::of(now).value(QStringLiteral("version")).toInteger(), now.version);
    bool listed = false;
    const QVector<Domain> domains = a->domains().list(org.id).value();
    for (const Domain& d : domains)
        listed = listed || (d.name == domain.name && d.version == now.version);
    QVERIFY(listed);
}

void TestVersions::fieldEditsKeepTheOtherField()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    const User ada = a.user(org, QStringLiteral("ada"));
    auto b = a.another(QStringLiteral("second"));
    const UserDetails readByA = a->users().get(ada.id).value().details;

    // B changes Phone; A, from its older read, changes Company.
    const UserDetails readByB = b->users().get(ada.id).value().details;
    UserDetails phone = readByB;
    phone.phone = QStringLiteral("+1 555 0100");
    QVERIFY(b->users().updateDetails(ada.id, readByB, phone).ok());
    UserDetails company = readByA;
    company.company = QStringLiteral("Contoso");
    auto saved = a->users().updateDetails(ada.id, readByA, company);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved.value().details.phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(saved.value().details.company, QStringLiteral("Contoso"));
    QCOMPARE(b->users().get(ada.id).value().details.phone, QStringLiteral("+1 555 0100"));
}

void TestVersions::theSameFieldIsAConflictAndWritesNothing()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    const User ada = a.user(org, QStringLiteral("ada"));
    auto b = a.another(QStringLiteral("second"));
    const UserDetails readByA = a->users().get(ada.id).value().details;
    UserDetails theirs = readByA;
    theirs.phone = QStringLiteral("+1 555 0100");
    QVERIFY(b->users().updateDetails(ada.id, readByA, theirs).ok());
    a->pollChanges(); // what the console's event loop does: A now reads what B committed
    const int auditBefore = int(a->audit().list(org.id).value().size());

    UserDetails mine = readByA;
    mine.phone = QStringLiteral("+1 555 0199");
    mine.company = QStringLiteral("Contoso");
    auto refused = a->users().updateDetails(ada.id, readByA, mine);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(refused.error().conflicts.size(), 1);
    QCOMPARE(refused.error().conflicts.first().field, QStringLiteral("phone"));
    QCOMPARE(refused.error().conflicts.first().current, QStringLiteral("+1 555 0100"));
    QCOMPARE(refused.error().changedBy, QStringLiteral("second"));
    QVERIFY(refused.error().message.contains(QStringLiteral("+1 555 0100")));
    const QJsonObject json = json::of(refused.error());
    QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("Conflict"));
    QCOMPARE(json.value(QStringLiteral("changed")).toArray().size(), 1);
    // Nothing written: neither the phone nor the company, and no audit record.
    const User now = a->users().get(ada.id).value();
    QCOMPARE(now.details.phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(now.details.company, readByA.company);
    QCOMPARE(int(a->audit().list(org.id).value().size()), auditBefore);
    // The same value set by both is no conflict.
    UserDetails same = readByA;
    same.phone = QStringLiteral("+1 555 0100");
    QVERIFY(a->users().updateDetails(ada.id, readByA, same).ok());
}

void TestVersions::setsChangeByDifference()
{
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    const auto [ada, bob, cy] = a.users(org, {"ada", "bob", "cy"});
    auto group =
        a->groups().create(org.id, {QStringLiteral("sales"), QStringLiteral("sales@acme.awsapps.com"), {}});
    QVERIFY(group.ok());
    const QString groupId = group.value().id;
    QVERIFY(a->groups().addMembers(groupId, {ada.id}).ok());
    auto b = a.another(QStringLiteral("second"));

    const QStringList readByA{ada.id};
    QVERIFY(b->groups().addMembers(groupId, {bob.id}).ok()); // meanwhile
    QVERIFY(a->groups().changeMembers(groupId, MemberChanges::between(readByA, {ada.id, cy.id})).ok());
    QStringList members;
    const QVector<Member> stored = a->groups().members(groupId).value();
    for (const Member& m : stored)
        members << m.id;
    members.sort();
    QStringList expected{ada.id, bob.id, cy.id};
    expected.sort();
    QCOMPARE(members, expected);
    // Removing one someone else already removed is no error.
    QVERIFY(b->groups().removeMembers(groupId, {cy.id}).ok());
    QVERIFY(a->groups().changeMembers(groupId, MemberChanges::between({ada.id, cy.id}, {ada.id})).ok());
    QCOMPARE(a->groups().members(groupId).value().size(), 2);

    // Resource delegates the same way.
    auto room = a->resources().create(
        org.id,
        {QStringLiteral("boardroom"), {}, ResourceType::Room, QStringLiteral("boardroom@acme.awsapps.com")});
    QVERIFY2(room.ok(), room.ok() ? "" : qPrintable(room.error().message));
    BookingOptions booking = room.value().booking;
    booking.acceptAll = false;
    QVERIFY(a->resources().setBooking(room.value().id, booking).ok());
    QVERIFY(b->resources().addDelegates(room.value().id, {bob.id}).ok());
    QVERIFY(a->resources().changeDelegates(room.value().id, MemberChanges::between({}, {ada.id})).ok());
    QCOMPARE(a->resources().delegates(room.value().id).value().size(), 2);
}

void TestVersions::documentsRefuseAStaleVersion_data()
{
    QTest::addColumn<QString>("document");
    for (const char* name : {"journaling", "migrationadmin", "mobilepolicy", "identitypolicy", "flowrule",
                             "booking", "resource"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestVersions::documentsRefuseAStaleVersion()
{
    QFETCH(QString, document);
    TestEngine a;
    const Organization org = a.quickOrg(QStringLiteral("acme"));
    const auto [ada, bob] = a.users(org, {"ada", "bob"});
    const Domain domain = a.verifiedDomain(org, QStringLiteral("acme.example"));
    auto b = a.another(QStringLiteral("second"));
    auto rule = a->flowRules().create(
        org.id, {QStringLiteral("junk"), {QStringLiteral("spam@example.com")}, FlowAction::MoveToJunk});
    QVERIFY(rule.ok());
    auto room = a->resources().create(
        org.id,
        {QStringLiteral("boardroom"), {}, ResourceType::Room, QStringLiteral("boardroom@acme.awsapps.com")});
    QVERIFY2(room.ok(), room.ok() ? "" : qPrintable(room.error().message));

    // Each document: what A read (its version), a write by B, then A's write from the old version.
    std::function<qint64()> readVersion;
    std::function<Error(Engine&, qint64, int)> write; // returns the error, StoreFailure code for "ok"
    const auto status = [](const auto& result) {
        return result.ok() ? Error(ErrorCode::StoreFailure, {}, {}) : result.error();
    };
    if (document == QLatin1String("journaling")) {
        readVersion = [&] { return a->settings().journaling(org.id).value().version; };
        write = [&](Engine& e, qint64 v, int n) {
            return status(e.settings().setJournaling(
                org.id, {true, QStringLiteral("j%1@example.com").arg(n), QStringLiteral("r@example.com")},
                v));
        };
    } else if (document == QLatin1String("migrationadmin")) {
        readVersion = [&] { return a->settings().migrationAdmin(org.id).value().version; };
        write = [&](Engine& e, qint64 v, int n) {
            return status(e.settings().setMigrationAdmin(org.id, n == 1 ? ada.id : bob.id, v));
        };
    } else if (document == QLatin1String("mobilepolicy")) {
        readVersion = [&] { return a->mobile().policyVersion(org.id).value(); };
        write = [&](Engine& e, qint64 v, int n) {
            MobilePolicy p;
            p.passwordRequired = true;
            p.minPasswordLength = 4 + n;
            return status(e.mobile().setPolicy(org.id, p, v));
        };
    } else if (document == QLatin1String("identitypolicy")) {
        readVersion = [&] { return a->domains().get(org.id, domain.name).value().policyVersion; };
        write = [&](Engine& e, qint64 v, int n) {
            const QString policy =
                QStringLiteral(R"({"Version":"2008-10-17","Statement":[{"Sid":"s%1","Effect":"Allow",)"
                               R"("Principal":{"Service":"workmail.us-east-1.amazonaws.com"},)"
                               R"("Action":["ses:*"],"Resource":"*"}]})")
                    .arg(n);
            return status(e.domains().setPolicy(org.id, domain.name, policy, v));
        };
    } else if (document == QLatin1String("flowrule")) {
        readVersion = [&] { return a->flowRules().get(rule.value().id).value().version; };
        write = [&](Engine& e, qint64 v, int n) {
            return status(e.flowRules().update(
                rule.value().id,
                {QStringLiteral("junk %1").arg(n), {QStringLiteral("spam@example.com")}, FlowAction::Drop},
                v));
        };
    } else if (document == QLatin1String("booking")) {
        readVersion = [&] { return a->resources().get(room.value().id).value().bookingVersion; };
        write = [&](Engine& e, qint64 v, int n) {
            return status(e.resources().setBooking(room.value().id, {n == 1, n != 1, true}, v));
        };
    } else {
        readVersion = [&] { return a->resources().get(room.value().id).value().version; };
        write = [&](Engine& e, qint64 v, int n) {
            const ResourceDetails base = e.resources().get(room.value().id).value().details;
            ResourceDetails edited = base;
            edited.description = QStringLiteral("floor %1").arg(n);
            return status(e.resources().update(room.value().id, base, edited, v));
        };
    }
    const qint64 read = readVersion();
    QVERIFY(read >= 1);
    const Error theirs = write(*b, read, 1);
    QCOMPARE(theirs.code, ErrorCode::StoreFailure); // applied
    a->pollChanges(); // what the console's event loop does: A now reads what B committed
    const int auditBefore = int(a->audit().list(org.id).value().size());
    const Error mine = write(*a, read, 2);
    QVERIFY2(mine.code == ErrorCode::Conflict, qPrintable(mine.message));
    QCOMPARE(mine.currentVersion, read + 1);
    QCOMPARE(mine.changedBy, QStringLiteral("second"));
    QCOMPARE(int(a->audit().list(org.id).value().size()), auditBefore);
    QCOMPARE(readVersion(), read + 1);
    // Keep mine: over the version it now knows.
    QCOMPARE(write(*a, mine.currentVersion, 2).code, ErrorCode::StoreFailure);
    QCOMPARE(readVersion(), read + 2);
}

QTEST_GUILESS_MAIN(TestVersions)
#include "tst_Versions.moc"
