// GRP-1/GRP-2: the groups model pages through the engine's indexed list, filters and sorts
// there, finds a group's row by rank, and follows changes.

#include "GroupTableModel.h"
#include "MemberListModel.h"
#include "ModelRoles.h"
#include "TestEngine.h"
#include "groups/Groups.h"
#include "users/Mailboxes.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestGroupTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grp1_pagesFiltersSortsAndRanks()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("many"));
        const int n = GroupTableModel::PageSize + 50;
        QStringList ids;
        for (int i = 0; i < n; ++i)
            ids << e->groups()
                       .create(org.id, {QStringLiteral("group %1").arg(i, 3, 10, QLatin1Char('0')),
                                        QStringLiteral("g%1@many.awsapps.com").arg(i),
                                        {}})
                       .value()
                       .id;
        GroupTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        QCOMPARE(model.rowCount(), n);
        QCOMPARE(model.index(n - 1, GroupTableModel::Name).data().toString(), QStringLiteral("group 249"));
        QCOMPARE(model.index(0, GroupTableModel::State).data().toString(), QStringLiteral("Enabled"));
        QCOMPARE(Badge(model.index(0, GroupTableModel::State).data(BadgeRole).toInt()), Badge::Good);
        QCOMPARE(model.rowOfGroup(ids.at(230)), 230);

        model.sort(GroupTableModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.index(0, GroupTableModel::Name).data().toString(), QStringLiteral("group 249"));
        QCOMPARE(model.rowOfGroup(ids.at(230)), n - 1 - 230);

        model.setSearch(QStringLiteral("G12"));
        QCOMPARE(model.rowCount(), 11); // g12@ and g120..g129@
        QCOMPARE(model.filteredCount(), 11);
        QCOMPARE(model.totalCount(), n);
        QCOMPARE(model.rowOfGroup(ids.at(0)), -1);
    }

    void grp2_followsChangesAndCountsMembers()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("live"));
        const User amy = e.user(org, QStringLiteral("amy"));
        GroupTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        QSignalSpy counts(&model, &GroupTableModel::countsChanged);
        const Group g =
            e->groups()
                .create(org.id, {QStringLiteral("Team"), QStringLiteral("team@live.awsapps.com"), {amy.id}})
                .value();
        QCOMPARE(counts.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, GroupTableModel::Members).data().toString(), QStringLiteral("1"));
        QVERIFY(e->groups().disable(g.id).ok());
        QCOMPARE(model.index(0, GroupTableModel::State).data().toString(), QStringLiteral("Disabled"));
        // A deleted user leaves the group, and the count follows.
        QVERIFY(e->mailboxes().disable(amy.id).ok());
        QVERIFY(e->mailboxes().remove(amy.id).ok());
        QCOMPARE(model.index(0, GroupTableModel::Members).data().toString(), QStringLiteral("0"));
        model.setStateFilter(GroupState::Enabled);
        QCOMPARE(model.rowCount(), 0);
    }

    void grp1_sortsByMemberCount()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("sortm"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const User bob = e.user(org, QStringLiteral("bob"));
        const Group big =
            e->groups()
                .create(org.id,
                        {QStringLiteral("A big"), QStringLiteral("big@sortm.awsapps.com"), {amy.id, bob.id}})
                .value();
        e->groups()
            .create(org.id, {QStringLiteral("B none"), QStringLiteral("none@sortm.awsapps.com"), {}})
            .value();
        GroupTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        model.sort(GroupTableModel::Members, Qt::AscendingOrder);
        QCOMPARE(model.index(0, GroupTableModel::Name).data().toString(), QStringLiteral("B none"));
        QCOMPARE(model.rowOfGroup(big.id), 1);
        model.sort(GroupTableModel::Members, Qt::DescendingOrder);
        QCOMPARE(model.index(0, GroupTableModel::Name).data().toString(), QStringLiteral("A big"));
        QCOMPARE(model.rowOfGroup(big.id), 0);
    }

    void grp1_memberListKeepsGroupsFirstAndNoDuplicates()
    {
        MemberListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add({{QStringLiteral("u1"),
                    Member::Kind::User,
                    QStringLiteral("zed"),
                    QStringLiteral("Zed"),
                    {},
                    true},
                   {QStringLiteral("g1"),
                    Member::Kind::Group,
                    QStringLiteral("Team"),
                    QStringLiteral("Team"),
                    {},
                    false}});
        model.add({{QStringLiteral("u1"),
                    Member::Kind::User,
                    QStringLiteral("zed"),
                    QStringLiteral("Zed"),
                    {},
                    true}});
        QCOMPARE(model.ids(), (QStringList{QStringLiteral("g1"), QStringLiteral("u1")}));
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("disabled")));
        model.removeIds({QStringLiteral("g1")});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(IdRole).toString(), QStringLiteral("u1"));
    }
};

QTEST_MAIN(TestGroupTableModel)
#include "tst_GroupTableModel.moc"
