// RES-4, IOP-2: rooms and equipment of Microsoft Exchange are remote entries of an AD Connector
// directory that runs Exchange. The users list shows them while the organization is in
// interoperability mode; they are never enabled here and leave the list when the mode ends.

#include "TestEngine.h"
#include "core/AuditLog.h"
#include "groups/Groups.h"
#include "interop/InteropProgress.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "users/Mailboxes.h"
#include "users/Users.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

int countOf(Engine& e, const QString& orgId, std::optional<UserRole> role = std::nullopt,
            std::optional<UserState> state = std::nullopt)
{
    UserQuery q;
    q.organizationId = orgId;
    q.role = role;
    q.state = state;
    return e.users().count(q).value();
}

QVector<UserRow> rowsOf(Engine& e, const QString& orgId)
{
    UserQuery q;
    q.organizationId = orgId;
    return e.users().page(q, 0, 100).value();
}

std::optional<UserRow> rowNamed(const QVector<UserRow>& rows, const QString& username)
{
    for (const UserRow& r : rows)
        if (r.username == username)
            return r;
    return std::nullopt;
}

} // namespace

class TestExchangeResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void res4_addedToTheDirectoryWithRoleAndType()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        QSignalSpy changes(e.get(), &Engine::changed);
        auto room = e->directories().addExchangeResource(org.directoryId, QStringLiteral("boardroom"),
                                                         QStringLiteral("Boardroom"), ResourceType::Room);
        QVERIFY2(room.ok(), qPrintable(room.ok() ? QString() : room.error().message));
        QCOMPARE(room.value().role, UserRole::ExchangeResource);
        QCOMPARE(room.value().state, UserState::Disabled);
        QCOMPARE(room.value().organizationId, org.id);
        QCOMPARE(changes.size(), 1);
        const Change change = changes.first().first().value<Change>();
        QCOMPARE(change.subject, Change::Subject::User);
        QCOMPARE(change.kind, Change::Kind::Added);
        QCOMPARE(change.organizationId, org.id);
        const AuditRecord record = e->audit().list(org.id).value().first();
        QCOMPARE(record.target, room.value().id);
        const QJsonObject after = QJsonDocument::fromJson(record.after.toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("role")).toString(), QStringLiteral("ExchangeResource"));
        QCOMPARE(after.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Room"));

        // Stored with its type (schema 9), read back by get and by the list.
        const User stored = e->users().get(room.value().id).value();
        QVERIFY(stored.isExchangeResource());
        QCOMPARE(stored.resourceType, std::optional(ResourceType::Room));
        QCOMPARE(stored.details.displayName, QStringLiteral("Boardroom"));
        QVERIFY(e->directories()
                    .addExchangeResource(org.directoryId, QStringLiteral("projector-1"),
                                         QStringLiteral("Projector 1"), ResourceType::Equipment)
                    .ok());
        e.reopen();
        const auto rows = rowsOf(*e, org.id);
        const auto projector = rowNamed(rows, QStringLiteral("projector-1"));
        QVERIFY(projector);
        QCOMPARE(projector->role, UserRole::ExchangeResource);
        QCOMPARE(projector->resourceType, std::optional(ResourceType::Equipment));
        QCOMPARE(countOf(*e, org.id, UserRole::ExchangeResource), 2);
    }

    void res4_onlyAnAdConnectorThatRunsExchange()
    {
        TestEngine e;
        const QString plainConnector =
            e->directories()
                .create(DirectoryType::ADConnector, QStringLiteral("plain.example.com"),
                        QStringLiteral("us-east-1"), false)
                .value()
                .id;
        const Organization simple = e.standardOrg(QStringLiteral("simple"), DirectoryType::SimpleAD);
        const Organization quick = e.quickOrg(QStringLiteral("quick"));
        for (const QString& directoryId : {plainConnector, simple.directoryId, quick.directoryId}) {
            const Error error = e->directories()
                                    .addExchangeResource(directoryId, QStringLiteral("boardroom"),
                                                         QStringLiteral("Boardroom"), ResourceType::Room)
                                    .error();
            QCOMPARE(error.code, ErrorCode::WrongState);
            QCOMPARE(error.field, QStringLiteral("directory"));
            QVERIFY2(error.message.contains(QStringLiteral("Exchange")), qPrintable(error.message));
        }
        // A free directory (no organization yet) that runs Exchange takes them.
        auto free = e->directories().create(DirectoryType::ADConnector, QStringLiteral("free.example.com"),
                                            QStringLiteral("us-east-1"), true);
        QVERIFY(e->directories()
                    .addExchangeResource(free.value().id, QStringLiteral("boardroom"),
                                         QStringLiteral("Boardroom"), ResourceType::Room)
                    .ok());
        QCOMPARE(e->directories()
                     .addExchangeResource(QStringLiteral("d-nothing"), QStringLiteral("x"),
                                          QStringLiteral("X"), ResourceType::Room)
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void res4_namesFollowTheResourceRules()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        auto add = [&](const QString& name, const QString& display = QStringLiteral("Room")) {
            return e->directories().addExchangeResource(org.directoryId, name, display, ResourceType::Room);
        };
        QCOMPARE(add(QString()).error().code, ErrorCode::Required);
        QCOMPARE(add(QString()).error().field, QStringLiteral("name"));
        QCOMPARE(add(QString(21, u'r')).error().code, ErrorCode::InvalidValue);
        QCOMPARE(add(QString(21, u'r')).error().field, QStringLiteral("name"));
        QCOMPARE(add(QStringLiteral("board room")).error().field, QStringLiteral("name"));
        QCOMPARE(add(QStringLiteral("room"), QString()).error().field, QStringLiteral("displayName"));
        QVERIFY(add(QString(20, u'r')).ok());

        // The directory's names are shared by its users and its Exchange resources.
        e.directoryUser(org, QStringLiteral("ann"));
        const Error userTaken = add(QStringLiteral("ANN")).error();
        QCOMPARE(userTaken.code, ErrorCode::UsernameTaken);
        QCOMPARE(userTaken.field, QStringLiteral("name"));
        QVERIFY(add(QStringLiteral("boardroom")).ok());
        QCOMPARE(add(QStringLiteral("Boardroom")).error().code, ErrorCode::UsernameTaken);
        QCOMPARE(e->directories()
                     .addUser(org.directoryId,
                              {QStringLiteral("boardroom"), {{}, {}, QStringLiteral("B"), {}, {}, {}}})
                     .error()
                     .code,
                 ErrorCode::UsernameTaken);
    }

    void res4_nameOfAResourceOfTheOrganizationIsTaken()
    {
        TestEngine e;
        // Not in the mode, so the organization may have resources of its own.
        const Organization org = e.exchangeOrg(QStringLiteral("plain"), false);
        auto own = e->resources().create(
            org.id,
            {QStringLiteral("lab"), {}, ResourceType::Room, QStringLiteral("lab@") + org.defaultDomain});
        QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));
        const Error taken = e->directories()
                                .addExchangeResource(org.directoryId, QStringLiteral("LAB"),
                                                     QStringLiteral("Lab"), ResourceType::Room)
                                .error();
        QCOMPARE(taken.code, ErrorCode::NameTaken);
        QCOMPARE(taken.field, QStringLiteral("name"));
    }

    void res4_readOnlyAccessMayNotAdd()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        e.reopen(AccessLevel::ReadOnly);
        QCOMPARE(e->directories()
                     .addExchangeResource(org.directoryId, QStringLiteral("boardroom"),
                                          QStringLiteral("Boardroom"), ResourceType::Room)
                     .error()
                     .code,
                 ErrorCode::AccessDenied);
    }

    void res4_neverEnabledHere()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        const User room = e->directories()
                              .addExchangeResource(org.directoryId, QStringLiteral("boardroom"),
                                                   QStringLiteral("Boardroom"), ResourceType::Room)
                              .value();
        const Error refused =
            e->mailboxes().enable(room.id, QStringLiteral("boardroom@") + org.defaultDomain).error();
        QCOMPARE(refused.code, ErrorCode::WrongState);
        QCOMPARE(refused.field, QStringLiteral("user"));
        QVERIFY2(refused.message.contains(QStringLiteral("boardroom")), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(QStringLiteral("Resources pane")), qPrintable(refused.message));
        QCOMPARE(e->mailboxes().remove(room.id).error().code, ErrorCode::WrongState);
        QCOMPARE(e->users().get(room.id).value().state, UserState::Disabled);
        QVERIFY(e->users().get(room.id).value().email.isEmpty());

        // Nor after the mode ends.
        QVERIFY(e->interopProgress().disable(org.id, org.alias).ok());
        QCOMPARE(
            e->mailboxes().enable(room.id, QStringLiteral("boardroom@") + org.defaultDomain).error().code,
            ErrorCode::WrongState);
    }

    void res4_listedAsInExchangeWhileInTheMode()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        const User ann = e.directoryUser(org, QStringLiteral("ann"));
        e.directoryUser(org, QStringLiteral("bob"));
        QVERIFY(e->mailboxes().enable(ann.id, e->mailboxes().proposedAddress(ann.id).value()).ok());
        QVERIFY(e->directories()
                    .addExchangeResource(org.directoryId, QStringLiteral("boardroom"),
                                         QStringLiteral("Boardroom"), ResourceType::Room)
                    .ok());

        const auto rows = rowsOf(*e, org.id);
        QCOMPARE(rows.size(), 5); // Administrator, Guest, ann, bob, boardroom
        QCOMPARE(countOf(*e, org.id), 5);
        const auto room = rowNamed(rows, QStringLiteral("boardroom"));
        QVERIFY(room);
        QVERIFY(room->inExchange);
        QCOMPARE(room->role, UserRole::ExchangeResource);
        QCOMPARE(userRowStateLabel(*room), QStringLiteral("In Exchange"));
        QCOMPARE(labelOf(room->role), QStringLiteral("Exchange resource"));
        QCOMPARE(nameOf(room->role), QStringLiteral("ExchangeResource"));
        QCOMPARE(fromName<UserRole>(QStringLiteral("ExchangeResource")),
                 std::optional(UserRole::ExchangeResource));
        QCOMPARE(fromName<UserRole>(QStringLiteral("exchange-resource")),
                 std::optional(UserRole::ExchangeResource));
        // A directory user not enabled here lives in Exchange too; an enabled one and the system
        // users do not.
        QVERIFY(rowNamed(rows, QStringLiteral("bob"))->inExchange);
        QCOMPARE(userRowStateLabel(*rowNamed(rows, QStringLiteral("bob"))), QStringLiteral("In Exchange"));
        QVERIFY(!rowNamed(rows, QStringLiteral("ann"))->inExchange);
        QCOMPARE(userRowStateLabel(*rowNamed(rows, QStringLiteral("ann"))), QStringLiteral("Enabled"));
        QVERIFY(!rowNamed(rows, QStringLiteral("Guest"))->inExchange);
        QCOMPARE(e->users().row(room->id).value().inExchange, true);

        // The role filter finds them; the "users" of the trial and of the disable summary do not.
        QCOMPARE(countOf(*e, org.id, UserRole::ExchangeResource), 1);
        QCOMPARE(countOf(*e, org.id, UserRole::User), 2);
        UserQuery search;
        search.organizationId = org.id;
        search.search = QStringLiteral("board");
        QCOMPARE(e->users().count(search).value(), 1);
        QCOMPARE(e->users().rank(search, room->id).value(), std::optional(0));
    }

    void res4_goneFromTheListWhenTheModeEnds()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        const User bob = e.directoryUser(org, QStringLiteral("bob"));
        const User room = e->directories()
                              .addExchangeResource(org.directoryId, QStringLiteral("boardroom"),
                                                   QStringLiteral("Boardroom"), ResourceType::Room)
                              .value();
        QVERIFY(e->directories()
                    .addExchangeResource(org.directoryId, QStringLiteral("projector-1"),
                                         QStringLiteral("Projector 1"), ResourceType::Equipment)
                    .ok());
        QCOMPARE(countOf(*e, org.id), 5);

        const InteropDisableResult result = e->interopProgress().disable(org.id, org.alias).value();
        QCOMPARE(result.usersNotEnabled, 1); // bob; resources are not users

        const auto rows = rowsOf(*e, org.id);
        QCOMPARE(rows.size(), 3); // Administrator, Guest, bob
        QCOMPARE(countOf(*e, org.id), 3);
        QVERIFY(!rowNamed(rows, QStringLiteral("boardroom")));
        QCOMPARE(countOf(*e, org.id, UserRole::ExchangeResource), 0);
        QCOMPARE(countOf(*e, org.id, std::nullopt, UserState::Disabled), 3);
        UserQuery search;
        search.organizationId = org.id;
        search.search = QStringLiteral("board");
        QCOMPARE(e->users().count(search).value(), 0);
        QCOMPARE(e->users().matches(search, room.id).value(), false);
        UserQuery all;
        all.organizationId = org.id;
        QCOMPARE(e->users().rank(all, room.id).value(), std::nullopt);
        // bob is a plain disabled user again, no longer "In Exchange".
        const auto bobRow = rowNamed(rows, QStringLiteral("bob"));
        QVERIFY(bobRow);
        QVERIFY(!bobRow->inExchange);
        QCOMPARE(userRowStateLabel(*bobRow), QStringLiteral("Disabled"));
        QCOMPARE(e->users().get(bob.id).value().state, UserState::Disabled);

        // The directory still holds them, and the Resources pane may now create the real one.
        QVERIFY(e->users().get(room.id).ok());
        auto created = e->resources().create(org.id, {QStringLiteral("boardroom"),
                                                      {},
                                                      ResourceType::Room,
                                                      QStringLiteral("boardroom@") + org.defaultDomain});
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }

    void res4_neverAGroupMemberCandidate()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        e.directoryUser(org, QStringLiteral("bea"));
        QVERIFY(e->directories()
                    .addExchangeResource(org.directoryId, QStringLiteral("beamer"), QStringLiteral("Beamer"),
                                         ResourceType::Equipment)
                    .ok());
        for (const QString& search : {QString(), QStringLiteral("be")}) {
            const auto found = e->groups().candidates(org.id, search).value();
            QStringList names;
            for (const Member& m : found)
                names << m.name;
            QVERIFY2(names.contains(QStringLiteral("bea")), qPrintable(names.join(u',')));
            QVERIFY2(!names.contains(QStringLiteral("beamer")), qPrintable(names.join(u',')));
        }
    }

    void res4_otherOrganizationsListsAreUnchanged()
    {
        TestEngine e;
        const Organization quick = e.quickOrg(QStringLiteral("quick"));
        e.user(quick, QStringLiteral("ann"));
        const Organization iop = e.exchangeOrg(QStringLiteral("iop"));
        QVERIFY(e->directories()
                    .addExchangeResource(iop.directoryId, QStringLiteral("boardroom"),
                                         QStringLiteral("Boardroom"), ResourceType::Room)
                    .ok());
        QCOMPARE(countOf(*e, quick.id), 1);
        QVERIFY(!rowsOf(*e, quick.id).first().inExchange);
        QCOMPARE(countOf(*e, iop.id), 3);
    }
};

QTEST_GUILESS_MAIN(TestExchangeResources)
#include "tst_ExchangeResources.moc"
