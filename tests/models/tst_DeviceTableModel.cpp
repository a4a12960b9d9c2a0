// USR-8, MOB-3..MOB-5: the devices model of a user's Mobile tab, under QAbstractItemModelTester,
// with the signals it must send when a device checks in, is wiped or removed, and when the
// organization's policy changes.

#include "DeviceTableModel.h"
#include "ModelRoles.h"
#include "TestEngine.h"
#include "mobile/MobileDevices.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

using Ack = CheckIn::Acknowledges;

CheckInReply checkIn(TestEngine& e, const User& user, const QString& deviceId, Ack ack = Ack::Nothing,
                     int policyKey = 0, const QString& type = {}, const QString& model = {},
                     const QString& os = {})
{
    CheckIn in;
    in.userId = user.id;
    in.deviceId = deviceId;
    in.type = type;
    in.model = model;
    in.os = os;
    in.acknowledges = ack;
    in.policyKey = policyKey;
    auto reply = e->mobile().checkIn(in);
    if (!reply)
        qFatal("checkIn: %s", qPrintable(reply.error().message));
    return reply.value();
}

// Registered, then provisioned: Provisioning succeeded.
MobileDevice provisioned(TestEngine& e, const User& user, const QString& deviceId, const QString& type = {})
{
    const CheckInReply first = checkIn(e, user, deviceId, Ack::Nothing, 0, type);
    return checkIn(e, user, deviceId, Ack::Policy, first.policyKey).device;
}

QString cell(const DeviceTableModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

Badge badge(const DeviceTableModel& model, int row)
{
    return Badge(model.index(row, DeviceTableModel::Status).data(BadgeRole).toInt());
}

} // namespace

class TestDeviceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mob3_showsTheUsersDevicesWithUnknownForWhatTheyDidNotSend()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("dev"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const User bob = e.user(org, QStringLiteral("bob"));
        checkIn(e, amy, QStringLiteral("APPL1"), Ack::Nothing, 0, QStringLiteral("iPhone"),
                QStringLiteral("iPhone 15"), QStringLiteral("iOS 17.2"));
        e.clock().advanceSeconds(60);
        checkIn(e, amy, QStringLiteral("BARE2"));
        checkIn(e, bob, QStringLiteral("BOB3"), Ack::Nothing, 0, QStringLiteral("Android"));

        DeviceTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy devices(&model, &DeviceTableModel::devicesChanged);
        model.setUser(amy.id);
        QCOMPARE(devices.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(DeviceTableModel::Type, Qt::Horizontal).toString(), QStringLiteral("Type"));
        QCOMPARE(model.headerData(DeviceTableModel::OperatingSystem, Qt::Horizontal).toString(),
                 QStringLiteral("OS"));
        QCOMPARE(
            model.headerData(DeviceTableModel::OperatingSystem, Qt::Horizontal, Qt::ToolTipRole).toString(),
            QStringLiteral("Operating system"));
        QCOMPARE(model.headerData(DeviceTableModel::LastSync, Qt::Horizontal).toString(),
                 QStringLiteral("Last sync"));
        QCOMPARE(model.headerData(DeviceTableModel::Status, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));

        QCOMPARE(cell(model, 0, DeviceTableModel::Type), QStringLiteral("iPhone"));
        QCOMPARE(cell(model, 0, DeviceTableModel::Model), QStringLiteral("iPhone 15"));
        QCOMPARE(cell(model, 0, DeviceTableModel::OperatingSystem), QStringLiteral("iOS 17.2"));
        QCOMPARE(cell(model, 0, DeviceTableModel::LastSync),
                 QLocale().toString(startTime().toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(model.index(0, DeviceTableModel::LastSync).data(SortRole).toDateTime(), startTime());
        QCOMPARE(cell(model, 0, DeviceTableModel::Status), QStringLiteral("Provisioning required"));
        QCOMPARE(badge(model, 0), Badge::Pending);
        QVERIFY(cell(model, 0, DeviceTableModel::Status, Qt::ToolTipRole)
                    .contains(QStringLiteral("next check-in")));
        QCOMPARE(cell(model, 0, DeviceTableModel::Type, Qt::ToolTipRole), QStringLiteral("Device ID: APPL1"));
        QCOMPARE(cell(model, 0, 0, IdRole), e->mobile().find(amy.id, QStringLiteral("APPL1")).value().id);
        QVERIFY(!model.index(0, DeviceTableModel::Type).data(BadgeRole).isValid());

        // The device that sent nothing but its ID.
        QCOMPARE(cell(model, 1, DeviceTableModel::Type), QStringLiteral("Unknown"));
        QCOMPARE(cell(model, 1, DeviceTableModel::Model), QStringLiteral("Unknown"));
        QCOMPARE(cell(model, 1, DeviceTableModel::OperatingSystem), QStringLiteral("Unknown"));
        QCOMPARE(model.deviceAt(1)->deviceId, QStringLiteral("BARE2"));

        model.setUser(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void mob4_checkInRepaintsOnlyItsRow()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("ck"));
        const User amy = e.user(org, QStringLiteral("amy"));
        checkIn(e, amy, QStringLiteral("D1"));
        const CheckInReply second = checkIn(e, amy, QStringLiteral("D2"));
        DeviceTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUser(amy.id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(badge(model, 1), Badge::Pending);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        e.clock().advanceSeconds(30);
        checkIn(e, amy, QStringLiteral("D2"), Ack::Policy, second.policyKey);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
        QCOMPARE(reset.count() + inserted.count() + removed.count(), 0);
        QCOMPARE(cell(model, 1, DeviceTableModel::Status), QStringLiteral("Provisioning succeeded"));
        QCOMPARE(badge(model, 1), Badge::Good);
        QCOMPARE(model.index(1, DeviceTableModel::LastSync).data(SortRole).toDateTime(),
                 startTime().addSecs(30));
        QCOMPARE(cell(model, 0, DeviceTableModel::Status), QStringLiteral("Provisioning required"));
    }

    void mob3_newDevicesOfTheUserAreAppendedOthersIgnored()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("nw"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const User bob = e.user(org, QStringLiteral("bob"));
        checkIn(e, amy, QStringLiteral("A1"));
        DeviceTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUser(amy.id);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy devices(&model, &DeviceTableModel::devicesChanged);

        // Another user's devices do not concern this list.
        checkIn(e, bob, QStringLiteral("B1"));
        checkIn(e, bob, QStringLiteral("B1"));
        QCOMPARE(inserted.count() + changed.count() + devices.count(), 0);
        QCOMPARE(model.rowCount(), 1);

        checkIn(e, amy, QStringLiteral("A2"), Ack::Nothing, 0, QStringLiteral("Android"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 1, DeviceTableModel::Type), QStringLiteral("Android"));
        QCOMPARE(changed.count(), 0);
    }

    void mob2_policyChangeMovesProvisionedRowsButKeepsWipes()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("pol"));
        const User amy = e.user(org, QStringLiteral("amy"));
        provisioned(e, amy, QStringLiteral("OK1"));
        const MobileDevice doomed = provisioned(e, amy, QStringLiteral("WIPE2"));
        QVERIFY(e->mobile().wipe(doomed.id).ok());
        DeviceTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUser(amy.id);
        QCOMPARE(badge(model, 0), Badge::Good);
        QCOMPARE(cell(model, 1, DeviceTableModel::Status), QStringLiteral("Wipe required"));
        QCOMPARE(badge(model, 1), Badge::Bad);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        MobilePolicy policy = e->mobile().policy(org.id).value();
        policy.passwordRequired = true;
        QVERIFY(e->mobile().setPolicy(org.id, policy).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(cell(model, 0, DeviceTableModel::Status), QStringLiteral("Provisioning required"));
        QCOMPARE(badge(model, 0), Badge::Pending);
        QCOMPARE(cell(model, 1, DeviceTableModel::Status), QStringLiteral("Wipe required"));
    }

    void mob5_wipeAndRemoveShowInPlace()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("wr"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const MobileDevice first = provisioned(e, amy, QStringLiteral("ONE"));
        provisioned(e, amy, QStringLiteral("TWO"));
        DeviceTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUser(amy.id);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(e->mobile().wipe(first.id).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(model, 0, DeviceTableModel::Status), QStringLiteral("Wipe required"));
        QCOMPARE(badge(model, 0), Badge::Bad);
        checkIn(e, amy, QStringLiteral("ONE"), Ack::Wipe);
        QCOMPARE(cell(model, 0, DeviceTableModel::Status), QStringLiteral("Wipe succeeded"));
        QCOMPARE(badge(model, 0), Badge::Bad);

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(e->mobile().remove(first.id).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.deviceAt(0)->deviceId, QStringLiteral("TWO"));
        QCOMPARE(model.rowOf(first.id), -1);
    }

    void mob3_otherOrganizationsChangesAreIgnored()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("mine"));
        const Organization other = e.quickOrg(QStringLiteral("theirs"));
        const User amy = e.user(org, QStringLiteral("amy"));
        const User zoe = e.user(other, QStringLiteral("zoe"));
        provisioned(e, amy, QStringLiteral("A"));
        provisioned(e, zoe, QStringLiteral("Z"));
        DeviceTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUser(amy.id);
        QSignalSpy devices(&model, &DeviceTableModel::devicesChanged);
        MobilePolicy policy;
        policy.requireDeviceEncryption = true;
        QVERIFY(e->mobile().setPolicy(other.id, policy).ok());
        QCOMPARE(devices.count(), 0);
        QCOMPARE(badge(model, 0), Badge::Good);
    }
};

QTEST_GUILESS_MAIN(TestDeviceTableModel)
#include "tst_DeviceTableModel.moc"
