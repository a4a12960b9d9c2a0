// GRP-1..GRP-3: create with members, nesting without cycles, enable directory groups with a
// reviewed address, disable, delete when disabled, shared address uniqueness, expansion.

#include "TestEngine.h"
#include "groups/Groups.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "users/Mailboxes.h"
#include "users/Users.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

QStringList namesOf(const QVector<Member>& members)
{
    QStringList names;
    for (const Member& m : members)
        names.append(m.name);
    return names;
}

} // namespace

class TestGroups : public QObject
{
    Q_OBJECT

    static Group group(TestEngine& e, const Organization& org, const QString& name,
                       const QStringList& members = {})
    {
        auto created = e->groups().create(
            org.id, {name, name.toLower().replace(u' ', u'.') + u'@' + org.testDomain(), members});
        if (!created)
            qFatal("group: %s", qPrintable(created.error().message));
        return created.value();
    }

private Q_SLOTS:
    void grp1_createWithMembers()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("grp"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const User bob = e.user(org, QStringLiteral("bob"));
        QSignalSpy changes(e.get(), &Engine::changed);
        const Group sales = group(e, org, QStringLiteral("Sales Team"), {amy.id, bob.id});
        QCOMPARE(sales.state, GroupState::Enabled);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().first().value<Change>().subject, Change::Subject::Group);
        QCOMPARE(namesOf(e->groups().members(sales.id).value()),
                 (QStringList{QStringLiteral("amy"), QStringLiteral("bob")}));
        QCOMPARE(e->groups().findByName(org.id, QStringLiteral("sales team")).value().id, sales.id);
        QCOMPARE(e->groups().count({org.id, {}, std::nullopt, {}, false}).value(), 1);
    }

    void grp1_fieldsAreCheckedWithTheirRule()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("rules"));
        const QString address = QStringLiteral("g@rules.awsapps.com");
        QCOMPARE(e->groups().checkNew(org.id, {QString(), address, {}}).error().field,
                 QStringLiteral("name"));
        QCOMPARE(e->groups().checkNew(org.id, {QString(257, u'a'), address, {}}).error().code,
                 ErrorCode::InvalidValue);
        QCOMPARE(e->groups().checkNew(org.id, {QStringLiteral("Tab\there"), address, {}}).error().code,
                 ErrorCode::InvalidValue);
        QVERIFY(e->groups().checkNew(org.id, {QStringLiteral("Café Crème"), address, {}}).ok());
        QCOMPARE(e->groups()
                     .checkNew(org.id, {QStringLiteral("Ops"), QStringLiteral("ops@elsewhere.example"), {}})
                     .error()
                     .code,
                 ErrorCode::DomainNotVerified);
        group(e, org, QStringLiteral("Ops"));
        QCOMPARE(e->groups().checkNew(org.id, {QStringLiteral("OPS"), address, {}}).error().code,
                 ErrorCode::NameTaken);
    }

    void grp1_addressesAreSharedWithUsersAndResources()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("shared"));
        const User amy = e.user(org, QStringLiteral("amy"));
        auto clash = e->groups().create(org.id, {QStringLiteral("Amy fans"), amy.email.toUpper(), {}});
        QCOMPARE(clash.error().code, ErrorCode::AddressTaken);
        const Group g = group(e, org, QStringLiteral("Desk"));
        auto resourceClash =
            e->resources().create(org.id, {QStringLiteral("desk"), {}, ResourceType::Equipment, g.email});
        QCOMPARE(resourceClash.error().code, ErrorCode::AddressTaken);
        QCOMPARE(e->users().checkAddress(org.id, g.email).error().code, ErrorCode::AddressTaken);
    }

    void grp1_nestingWithoutCycles()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("nest"));
        const Group a = group(e, org, QStringLiteral("A"));
        const Group b = group(e, org, QStringLiteral("B"), {a.id});
        const Group c = group(e, org, QStringLiteral("C"), {b.id});
        auto self = e->groups().addMembers(a.id, {a.id});
        QCOMPARE(self.error().code, ErrorCode::MembershipCycle);
        auto loop = e->groups().addMembers(a.id, {c.id});
        QCOMPARE(loop.error().code, ErrorCode::MembershipCycle);
        QVERIFY(loop.error().message.contains(QStringLiteral("C")));
        QVERIFY(e->groups().members(a.id).value().isEmpty());
        // A group nested twice is fine when it makes no loop.
        QVERIFY(e->groups().addMembers(c.id, {a.id}).ok());
        QCOMPARE(e->groups().members(c.id).value().size(), 2);
        QVERIFY(e->groups().removeMembers(c.id, {a.id}).ok());
        QCOMPARE(e->groups().members(c.id).value().size(), 1);
        QCOMPARE(e->groups().removeMembers(c.id, {a.id}).error().code, ErrorCode::NotFound);
    }

    void grp1_candidatesBySearchedNames()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("search"));
        NewUser input{QStringLiteral("Zoë"),
                      QStringLiteral("Quinn"),
                      QStringLiteral("zq_1"),
                      QStringLiteral("Z Q"),
                      QStringLiteral("zq@search.awsapps.com"),
                      QString::fromLatin1(GoodPassword)};
        QVERIFY(e->users().create(org.id, input).ok());
        group(e, org, QStringLiteral("Quality"));
        QCOMPARE(namesOf(e->groups().candidates(org.id, QStringLiteral("zo")).value()),
                 QStringList{QStringLiteral("zq_1")});
        QCOMPARE(namesOf(e->groups().candidates(org.id, QStringLiteral("QUI")).value()),
                 QStringList{QStringLiteral("zq_1")});
        QCOMPARE(namesOf(e->groups().candidates(org.id, QStringLiteral("zq_")).value()),
                 QStringList{QStringLiteral("zq_1")});
        QCOMPARE(namesOf(e->groups().candidates(org.id, QStringLiteral("z_")).value()), QStringList{});
        QCOMPARE(namesOf(e->groups().candidates(org.id, QStringLiteral("qu")).value()),
                 (QStringList{QStringLiteral("Quality"), QStringLiteral("zq_1")}));
        // System users are never candidates.
        QVERIFY(
            !namesOf(e->groups().candidates(org.id, {}).value()).contains(QStringLiteral("Administrator")));
    }

    void grp2_enableDirectoryGroupsWithReviewedAddress()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("dirgrp"), DirectoryType::SimpleAD);
        auto added = e->directories().addGroup(org.directoryId, QStringLiteral("Field Sales"));
        QVERIFY(added.ok());
        const Group g = added.value();
        QCOMPARE(g.state, GroupState::Disabled);
        QCOMPARE(g.organizationId, org.id);
        QCOMPARE(e->groups().proposedAddress(g.id).value(), QStringLiteral("field.sales@dirgrp.awsapps.com"));
        const Group enabled = e->groups().enable(g.id, QStringLiteral("sales@dirgrp.awsapps.com")).value();
        QCOMPARE(enabled.state, GroupState::Enabled);
        QCOMPARE(e->groups().get(g.id).value().email, QStringLiteral("sales@dirgrp.awsapps.com"));
        QCOMPARE(e->groups().enable(g.id, QStringLiteral("x@dirgrp.awsapps.com")).error().code,
                 ErrorCode::WrongState);
    }

    void grp2_disableKeepsMembersAndFreesTheAddress_deleteOnlyWhenDisabled()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("dis"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const Group g = group(e, org, QStringLiteral("Team"), {amy.id});
        QCOMPARE(e->groups().remove(g.id).error().code, ErrorCode::WrongState);
        const Group disabled = e->groups().disable(g.id).value();
        QCOMPARE(disabled.state, GroupState::Disabled);
        QVERIFY(disabled.email.isEmpty());
        QVERIFY(e->users().checkAddress(org.id, g.email).ok());
        QCOMPARE(e->groups().members(g.id).value().size(), 1);
        const Group outer = group(e, org, QStringLiteral("Outer"), {g.id});
        QVERIFY(e->groups().remove(g.id).ok());
        QCOMPARE(e->groups().get(g.id).error().code, ErrorCode::NotFound);
        QVERIFY(e->groups().members(outer.id).value().isEmpty());
    }

    void grp2_directoryGroupsStayInTheirDirectory()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("stay"), DirectoryType::SimpleAD);
        const Group g = e->directories().addGroup(org.directoryId, QStringLiteral("  Finance ")).value();
        QCOMPARE(g.name, QStringLiteral("Finance"));
        QCOMPARE(e->directories().addGroup(org.directoryId, QStringLiteral("finance  ")).error().code,
                 ErrorCode::NameTaken);
        auto removed = e->groups().remove(g.id);
        QCOMPARE(removed.error().code, ErrorCode::NotSupportedByDirectory);
        QCOMPARE(e->groups().get(g.id).value().state, GroupState::Disabled);
        // A name that differs only by spaces is the same name.
        QCOMPARE(
            e->groups()
                .checkNew(org.id, {QStringLiteral(" Finance"), QStringLiteral("fin@stay.awsapps.com"), {}})
                .error()
                .code,
            ErrorCode::NameTaken);
    }

    void grp1_changingMembersIsOneOperation()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("setm"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const User bob = e.user(org, QStringLiteral("bob"));
        const Group inner = group(e, org, QStringLiteral("Inner"), {amy.id});
        const Group outer = group(e, org, QStringLiteral("Outer"), {inner.id});
        QSignalSpy changes(e.get(), &Engine::changed);
        QVERIFY(e->groups().changeMembers(inner.id, {{bob.id}, {amy.id}}).ok());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(namesOf(e->groups().members(inner.id).value()), QStringList{QStringLiteral("bob")});
        // A loop among the new members leaves everything as it was, removals included.
        QCOMPARE(e->groups().changeMembers(inner.id, {{outer.id}, {bob.id}}).error().code,
                 ErrorCode::MembershipCycle);
        QCOMPARE(namesOf(e->groups().members(inner.id).value()), QStringList{QStringLiteral("bob")});
    }

    void grp3_expansionReachesEnabledMembersOnce()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("exp"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const User bob = e.user(org, QStringLiteral("bob"));
        const User cat = e.user(org, QStringLiteral("cat"));
        const Group inner = group(e, org, QStringLiteral("Inner"), {bob.id, amy.id});
        const Group middle = group(e, org, QStringLiteral("Middle"), {inner.id, cat.id});
        const Group top = group(e, org, QStringLiteral("Top"), {amy.id, inner.id, middle.id});
        QVERIFY(e->mailboxes().disable(cat.id).ok());

        const auto recipients = e->groups().expand(top.id).value();
        QStringList names;
        for (const Recipient& r : recipients)
            names.append(r.username);
        QCOMPARE(names, (QStringList{QStringLiteral("amy"), QStringLiteral("bob")}));
        QCOMPARE(recipients.at(1).via, QStringLiteral("Inner"));

        // A disabled nested group is not expanded.
        QVERIFY(e->groups().disable(inner.id).ok());
        const auto fewer = e->groups().expand(top.id).value();
        QCOMPARE(fewer.size(), 1);
        QCOMPARE(fewer.first().username, QStringLiteral("amy"));
        // A disabled group has no address: nobody receives its mail.
        QVERIFY(e->groups().disable(top.id).ok());
        QVERIFY(e->groups().expand(top.id).value().isEmpty());
    }

    void grp3_deletedUserLeavesItsGroups()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("gone"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const Group g = group(e, org, QStringLiteral("Team"), {amy.id});
        QVERIFY(e->mailboxes().disable(amy.id).ok());
        QVERIFY(e->mailboxes().remove(amy.id).ok());
        QVERIFY(e->groups().members(g.id).value().isEmpty());
    }

    void adm1_readOnlyCannotChangeGroups()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("ro"));
        const Group g = group(e, org, QStringLiteral("Team"));
        e.reopen(AccessLevel::ReadOnly);
        QCOMPARE(e->groups().disable(g.id).error().code, ErrorCode::AccessDenied);
        QCOMPARE(e->groups().get(g.id).value().state, GroupState::Enabled);
    }
};

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_Groups.moc"
