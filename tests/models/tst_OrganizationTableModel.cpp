// ORG-4: the organizations model follows creation, state changes and removal row by row.

#include "ModelRoles.h"
#include "OrganizationFilterModel.h"
#include "OrganizationTableModel.h"
#include "TestEngine.h"
#include "organizations/Organizations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestOrganizationTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void org4_followsCreationStepsRowByRow()
    {
        TestEngine e;
        OrganizationTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto org = e->organizations().requestQuickSetup(QStringLiteral("rows"), QStringLiteral("us-east-1"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.index(0, OrganizationTableModel::State).data().toString(),
                 QStringLiteral("Requested"));
        QCOMPARE(Badge(model.index(0, OrganizationTableModel::State).data(BadgeRole).toInt()),
                 Badge::Pending);
        QVERIFY(e->organizations().completeCreation(org.value().id).ok());
        QCOMPARE(changed.count(), 4);
        QCOMPARE(model.index(0, OrganizationTableModel::State).data().toString(), QStringLiteral("Active"));
        QCOMPARE(model.index(0, OrganizationTableModel::DirectoryType).data().toString(),
                 QStringLiteral("Mail directory"));
        QCOMPARE(model.index(0, 0).data(IdRole).toString(), org.value().id);
    }

    void org5_removalRemovesTheRow()
    {
        TestEngine e;
        e.quickOrg(QStringLiteral("a"));
        const Organization b = e.quickOrg(QStringLiteral("b"));
        OrganizationTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(e->organizations().remove(b.id, QStringLiteral("b")).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void filtersByRegionAndAlias()
    {
        TestEngine e;
        e.quickOrg(QStringLiteral("east-one"), QStringLiteral("us-east-1"));
        e.quickOrg(QStringLiteral("west-one"), QStringLiteral("us-west-2"));
        e.quickOrg(QStringLiteral("east-two"), QStringLiteral("us-east-1"));
        OrganizationTableModel model(*e);
        OrganizationFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setRegion(QStringLiteral("us-east-1"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearch(QStringLiteral("TWO"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("east-two"));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationTableModel)
#include "tst_OrganizationTableModel.moc"
