// USR-2: the users model, under QAbstractItemModelTester, with the signals it must send for
// each kind of engine change, its filters, its order and its pages.

#include "ModelRoles.h"
#include "TestEngine.h"
#include "UserTableModel.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "users/Mailboxes.h"
#include "users/Users.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {
QString usernameAt(const UserTableModel& model, int row)
{
    return model.index(row, UserTableModel::Username).data().toString();
}
} // namespace

class TestUserTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usr2_showsTheOrganizationsUsersInOrder()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("m"), DirectoryType::SimpleAD);
        e.user(org, QStringLiteral("zed"));
        e.user(org, QStringLiteral("amy"));
        UserTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(usernameAt(model, 0), QStringLiteral("Administrator"));
        QCOMPARE(usernameAt(model, 1), QStringLiteral("amy"));
        QCOMPARE(model.index(1, UserTableModel::Email).data().toString(),
                 QStringLiteral("amy@m.awsapps.com"));
        QCOMPARE(model.index(1, UserTableModel::State).data().toString(), QStringLiteral("Enabled"));
        QCOMPARE(Badge(model.index(1, UserTableModel::State).data(BadgeRole).toInt()), Badge::Good);
        QCOMPARE(model.index(0, 0).data(SystemRole).toBool(), true);
        QCOMPARE(Badge(model.index(0, UserTableModel::State).data(BadgeRole).toInt()), Badge::Neutral);
        model.sort(UserTableModel::Username, Qt::DescendingOrder);
        QCOMPARE(usernameAt(model, 0), QStringLiteral("zed"));
    }

    void usr2_filtersAndSearchAsYouType()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("f"), DirectoryType::SimpleAD);
        e.user(org, QStringLiteral("ann"));
        const User bob = e.user(org, QStringLiteral("bob"));
        QVERIFY(e->mailboxes().disable(bob.id).ok());
        UserTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        QSignalSpy counts(&model, &UserTableModel::countsChanged);
        model.setSearch(QStringLiteral("a"));
        QCOMPARE(model.rowCount(), 2); // Administrator, ann
        QCOMPARE(model.totalCount(), 4);
        model.setSearch(QString());
        model.setStateFilter(UserState::Disabled);
        model.setRoleFilter(UserRole::User);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(usernameAt(model, 0), QStringLiteral("bob"));
        QVERIFY(counts.count() >= 3);
    }

    void usr1_aCreatedUserIsInsertedAtItsPlace()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("ins"));
        e.user(org, QStringLiteral("alpha"));
        e.user(org, QStringLiteral("delta"));
        UserTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        e.user(org, QStringLiteral("charlie"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(usernameAt(model, 1), QStringLiteral("charlie"));
        QCOMPARE(model.totalCount(), 3);
    }

    void usr7_disablingRepaintsOnlyItsRow()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("upd"));
        e.user(org, QStringLiteral("a"));
        const User b = e.user(org, QStringLiteral("b"));
        e.user(org, QStringLiteral("c"));
        UserTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        QCOMPARE(model.index(1, UserTableModel::State).data().toString(), QStringLiteral("Enabled"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QVERIFY(e->mailboxes().disable(b.id).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
        QCOMPARE(layout.count(), 0);
        QCOMPARE(model.index(1, UserTableModel::State).data().toString(), QStringLiteral("Disabled"));
    }

    void usr7_aUserLeavingTheFilterIsRemoved()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("lv"));
        e.user(org, QStringLiteral("a"));
        const User b = e.user(org, QStringLiteral("b"));
        UserTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        model.setStateFilter(UserState::Enabled);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(e->mailboxes().disable(b.id).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 1);
        // And comes back when enabled again.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(e->mailboxes().enable(b.id, QStringLiteral("b@lv.awsapps.com")).ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

    void usr7_deletedUserIsRemoved()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("del"));
        const User a = e.user(org, QStringLiteral("a"));
        e.user(org, QStringLiteral("b"));
        QVERIFY(e->mailboxes().disable(a.id).ok());
        UserTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(e->mailboxes().remove(a.id).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(usernameAt(model, 0), QStringLiteral("b"));
    }

    void usr7_purgeOfManyKeepsTheSelectionOnTheSameUser()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("pg"));
        e.endTrial();
        QStringList ids;
        for (int i = 0; i < 30; ++i)
            ids << e.user(org, QStringLiteral("u%1").arg(i, 2, 10, QLatin1Char('0'))).id;
        QVERIFY(e->mailboxes().disable(ids.at(3)).ok());
        QVERIFY(e->mailboxes().disable(ids.at(4)).ok());
        UserTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        model.sort(UserTableModel::Email, Qt::AscendingOrder); // purged users lose their address: they move
        const QPersistentModelIndex selected = model.index(model.rowOfUser(ids.at(20)), 0);
        QCOMPARE(selected.data().toString(), QStringLiteral("u20"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        e.clock().advanceDays(31);
        QCOMPARE(e->mailboxes().purgeExpired().value(), 2);
        QCOMPARE(reset.count(), 0);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), QStringLiteral("u20"));
        // The purged users have no address now, so they sort first (in id order between them).
        const QStringList firstTwo{usernameAt(model, 0), usernameAt(model, 1)};
        QVERIFY(firstTwo.contains(QStringLiteral("u03")) && firstTwo.contains(QStringLiteral("u04")));
    }

    void usr2_pagesLoadAsTheViewScrolls()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("big"), DirectoryType::ManagedAD);
        for (int i = 0; i < 2 * UserTableModel::PageSize + 17; ++i)
            QVERIFY(e->directories()
                        .addUser(org.directoryId, {QStringLiteral("p%1").arg(i, 4, 10, QLatin1Char('0')),
                                                   {{}, {}, QStringLiteral("P"), {}, {}, {}}})
                        .ok());
        UserTableModel model(*e);
        model.setOrganization(org.id);
        model.setRoleFilter(UserRole::User);
        QCOMPARE(model.rowCount(), 2 * UserTableModel::PageSize + 17);
        QCOMPARE(usernameAt(model, 0), QStringLiteral("p0000"));
        QCOMPARE(usernameAt(model, model.rowCount() - 1), QStringLiteral("p0416"));
        QCOMPARE(usernameAt(model, UserTableModel::PageSize), QStringLiteral("p0200"));
        QCOMPARE(model.rowAt(model.rowCount()), nullptr);
    }

    void usr2_removedOrganizationEmptiesTheModel()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("gone"));
        e.user(org, QStringLiteral("a"));
        UserTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        QVERIFY(e->organizations().remove(org.id, QStringLiteral("gone")).ok());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "tst_UserTableModel.moc"
