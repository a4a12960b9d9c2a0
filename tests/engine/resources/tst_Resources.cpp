// RES-1..RES-4: create and edit, booking options, delegates only while "accept all" is off,
// remove; refused in interoperability mode.

#include "TestEngine.h"
#include "groups/Groups.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "users/Users.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestResources : public QObject
{
    Q_OBJECT

    static ResourceDetails room(const Organization& org, const QString& name)
    {
        return {name, QStringLiteral("Second floor, 12 seats"), ResourceType::Room,
                name.toLower() + u'@' + org.testDomain()};
    }

private Q_SLOTS:
    void res1_createAndEdit()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("res"));
        QSignalSpy changes(e.get(), &Engine::changed);
        const Resource r = e->resources().create(org.id, room(org, QStringLiteral("boardroom"))).value();
        QCOMPARE(changes.first().first().value<Change>().subject, Change::Subject::Resource);
        QVERIFY(r.booking.acceptAll);
        QCOMPARE(e->resources().findByName(org.id, QStringLiteral("BOARDROOM")).value().id, r.id);

        ResourceDetails edited = r.details;
        edited.name = QStringLiteral("projector-1");
        edited.type = ResourceType::Equipment;
        edited.email = QStringLiteral("projector@res.awsapps.com");
        QVERIFY(e->resources().update(r.id, edited).ok());
        const Resource after = e->resources().get(r.id).value();
        QCOMPARE(after.details.type, ResourceType::Equipment);
        QCOMPARE(after.details.email, edited.email);
        // The old address is free again, the new one is taken.
        QVERIFY(e->users().checkAddress(org.id, r.details.email).ok());
        QCOMPARE(e->users().checkAddress(org.id, edited.email).error().code, ErrorCode::AddressTaken);
    }

    void res1_fieldsAreCheckedWithTheirRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << QString() << QString() << QStringLiteral("r@chk.awsapps.com")
                                    << QStringLiteral("name");
        QTest::newRow("long name") << QString(21, u'r') << QString() << QStringLiteral("r@chk.awsapps.com")
                                   << QStringLiteral("name");
        QTest::newRow("space in name") << QStringLiteral("big room") << QString()
                                       << QStringLiteral("r@chk.awsapps.com") << QStringLiteral("name");
        QTest::newRow("long description")
            << QStringLiteral("room") << QString(65, u'd') << QStringLiteral("r@chk.awsapps.com")
            << QStringLiteral("description");
        QTest::newRow("bad address") << QStringLiteral("room") << QString() << QStringLiteral("room@")
                                     << QStringLiteral("email");
    }

    void res1_fieldsAreCheckedWithTheirRule()
    {
        QFETCH(QString, name);
        QFETCH(QString, description);
        QFETCH(QString, email);
        QFETCH(QString, field);
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("chk"));
        auto created = e->resources().create(org.id, {name, description, ResourceType::Room, email});
        QVERIFY(!created.ok());
        QCOMPARE(created.error().field, field);
        QVERIFY(e->resources().list(org.id).value().isEmpty());
    }

    void res2_bookingOptions()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("book"));
        const Resource r = e->resources().create(org.id, room(org, QStringLiteral("cube"))).value();
        const BookingOptions options{false, true, false};
        QCOMPARE(e->resources().setBooking(r.id, options).value().booking, options);
        QCOMPARE(e->resources().get(r.id).value().booking, options);
    }

    void res3_delegatesOnlyWhileAcceptAllIsOff()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("del"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const Group team =
            e->groups()
                .create(org.id, {QStringLiteral("Facilities"), QStringLiteral("fac@del.awsapps.com"), {}})
                .value();
        const Resource r = e->resources().create(org.id, room(org, QStringLiteral("hall"))).value();
        auto refused = e->resources().addDelegates(r.id, {amy.id});
        QCOMPARE(refused.error().code, ErrorCode::WrongState);
        QVERIFY(refused.error().message.contains(QStringLiteral("accept")));

        QVERIFY(e->resources().setBooking(r.id, {false, false, true}).ok());
        QVERIFY(e->resources().addDelegates(r.id, {amy.id, team.id}).ok());
        const auto delegates = e->resources().delegates(r.id).value();
        QCOMPARE(delegates.size(), 2);
        // Groups first, then users, as members are listed.
        QCOMPARE(delegates.at(0).kind, Member::Kind::Group);
        QCOMPARE(delegates.at(1).name, QStringLiteral("amy"));
        QCOMPARE(e->resources().addDelegates(r.id, {QStringLiteral("no-such-id")}).error().code,
                 ErrorCode::NotFound);

        // "Accept all" cannot come back while delegates would be left without requests.
        QCOMPARE(e->resources().setBooking(r.id, {true, false, true}).error().code, ErrorCode::WrongState);
        QVERIFY(e->resources().removeDelegates(r.id, {amy.id, team.id}).ok());
        QCOMPARE(e->resources().removeDelegates(r.id, {amy.id}).error().code, ErrorCode::NotFound);
        QVERIFY(e->resources().setBooking(r.id, {true, false, true}).ok());
    }

    void res3_changingDelegatesIsOneOperation()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("setd"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const User bob = e.user(org, QStringLiteral("bob"));
        const Resource r = e->resources().create(org.id, room(org, QStringLiteral("lab"))).value();
        QCOMPARE(e->resources().changeDelegates(r.id, {{amy.id}, {}}).error().code, ErrorCode::WrongState);
        QVERIFY(e->resources().setBooking(r.id, {false, false, true}).ok());
        QVERIFY(e->resources().changeDelegates(r.id, {{amy.id}, {}}).ok());
        QVERIFY(e->resources().changeDelegates(r.id, {{bob.id}, {amy.id}}).ok());
        const auto delegates = e->resources().delegates(r.id).value();
        QCOMPARE(delegates.size(), 1);
        QCOMPARE(delegates.first().name, QStringLiteral("bob"));
        QCOMPARE(e->resources().changeDelegates(r.id, {{QStringLiteral("nobody")}, {bob.id}}).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(e->resources().delegates(r.id).value().size(), 1);
    }

    void res4_removeFreesTheAddress()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("rm"));
        const Resource r = e->resources().create(org.id, room(org, QStringLiteral("van"))).value();
        QVERIFY(e->resources().remove(r.id).ok());
        QCOMPARE(e->resources().get(r.id).error().code, ErrorCode::NotFound);
        QVERIFY(e->users().checkAddress(org.id, r.details.email).ok());
    }

    void res4_interoperabilityModeRefusesCreation()
    {
        TestEngine e;
        const Directory d = e->directories()
                                .create(DirectoryType::ADConnector, QStringLiteral("iop.corp.example.com"),
                                        QStringLiteral("us-east-1"), true)
                                .value();
        auto requested = e->organizations().requestStandardSetup(
            {QStringLiteral("iop"), QStringLiteral("us-east-1"), d.id, {}, true});
        QVERIFY(requested.ok());
        const Organization org = e->organizations().completeCreation(requested.value().id).value();
        QVERIFY(org.interoperability);
        QCOMPARE(e->resources().create(org.id, room(org, QStringLiteral("r1"))).error().code,
                 ErrorCode::WrongState);
    }
};

QTEST_GUILESS_MAIN(TestResources)
#include "tst_Resources.moc"
