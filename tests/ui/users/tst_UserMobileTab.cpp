// USR-8, MOB-3..MOB-5 in the Mobile tab of a user's details, offscreen: the devices that checked
// in, their details, a check-in seen without a reload, wipe through the typed device ID (and the
// engine's refusal once the device is no longer connected), remove with its warnings, read-only.

#include "DeviceTableModel.h"
#include "GuiTest.h"
#include "ModelRoles.h"
#include "TestEngine.h"
#include "mobile/MobileDevices.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"
#include "users/UserDetailsPanel.h"
#include "users/UserMobileTab.h"
#include "users/UsersPane.h"
#include "widgets/Confirm.h"
#include "widgets/EmptyState.h"
#include "widgets/TypedConfirmDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace mailroom;
using namespace mailroom::test;

namespace {

using Ack = CheckIn::Acknowledges;

void look(QWidget* widget, const QString& name)
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    shot(widget, name);
}

// The console open on the users pane with one user selected and its Mobile tab shown.
struct Console
{
    explicit Console(AccessLevel access = AccessLevel::Full)
    {
        org = engine.quickOrg(QStringLiteral("acme"));
        amy = engine.user(org, QStringLiteral("amy"));
        if (access != AccessLevel::Full)
            engine.reopen(access);
    }

    TestEngine engine;
    Organization org;
    User amy;
    std::unique_ptr<MainWindow> window;
    UserMobileTab* tab = nullptr;

    void open()
    {
        window = std::make_unique<MainWindow>(*engine);
        window->resize(1200, 860);
        window->show();
        window->openOrganization(org.id);
        QVERIFY(window->organizationView()->selectEntryTitled(QStringLiteral("Users")));
        UsersPane* pane = window->organizationView()->usersPane();
        pane->select(amy.id);
        auto* tabs = child<QTabWidget>(pane, QStringLiteral("userTabs"));
        tabs->setCurrentIndex(2);
        tab = child<UserMobileTab>(pane, QStringLiteral("userMobile"));
        QCOMPARE(tabs->currentWidget(), tab);
        if (auto* splitter = pane->findChild<QSplitter*>();
            splitter && splitter->orientation() == Qt::Vertical)
            splitter->setSizes({260, 600}); // room for the details below the users
    }

    CheckInReply checkIn(const QString& deviceId, Ack ack = Ack::Nothing, int key = 0)
    {
        CheckIn in{amy.id,
                   deviceId,
                   QStringLiteral("iPhone"),
                   QStringLiteral("iPhone 15 Pro"),
                   QStringLiteral("iOS 17.2"),
                   QStringLiteral("Apple-iPhone16C1/2102.60"),
                   ack,
                   key};
        auto reply = engine->mobile().checkIn(in);
        if (!reply)
            qFatal("checkIn: %s", qPrintable(reply.error().message));
        return reply.value();
    }
    // A device that sent its ID and nothing else.
    CheckInReply bareCheckIn(const QString& deviceId)
    {
        auto reply = engine->mobile().checkIn({amy.id, deviceId, {}, {}, {}, {}, Ack::Nothing, 0});
        if (!reply)
            qFatal("checkIn: %s", qPrintable(reply.error().message));
        return reply.value();
    }

    template <typename T> T* get(const char* name) { return child<T>(tab, QString::fromLatin1(name)); }
    QString text(const char* name) { return get<QLabel>(name)->text(); }
    QAction* action(const char* name) { return get<QAction>(name); }
    QTableView* table() { return tab->table(); }
    QString statusShown(int row = 0)
    {
        return table()->model()->index(row, DeviceTableModel::Status).data().toString();
    }
};

// Types the device ID into the typed confirmation and confirms; checks that the button waits
// for the whole ID and that the dialog says what a wipe does.
void confirmWipe(const QString& deviceId, bool* checked, const QString& shotName = {})
{
    whenModal<TypedConfirmDialog>([=](TypedConfirmDialog* dialog) {
        auto* input = child<QLineEdit>(dialog, QStringLiteral("confirmation"));
        auto* confirm = child<QPushButton>(dialog, QStringLiteral("confirmButton"));
        const QString text = dialog->findChild<QLabel*>()->text();
        QTest::keyClicks(input, deviceId.chopped(1));
        *checked = !confirm->isEnabled() && text.contains(QStringLiteral("factory settings")) &&
                   text.contains(QStringLiteral("personal files")) &&
                   text.contains(QStringLiteral("cannot be undone"));
        if (!shotName.isEmpty())
            shot(dialog, shotName);
        QTest::keyClicks(input, deviceId.right(1));
        if (!confirm->isEnabled())
            *checked = false;
        confirm->click();
    });
}

} // namespace

class TestUserMobileTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }
    void init() { QSettings().clear(); }

    void usr8_mobileIsTheThirdTabAndSaysWhenThereAreNoDevices()
    {
        Console c;
        c.open();
        auto* tabs = child<QTabWidget>(c.window.get(), QStringLiteral("userTabs"));
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(2), QStringLiteral("Mobile"));
        auto* empty = c.get<EmptyState>("devicesEmpty");
        QVERIFY(empty->isVisible());
        QCOMPARE(
            child<QLabel>(empty, QStringLiteral("emptyStateText"))->text(),
            QStringLiteral("This user has no mobile devices. A device appears here when it first syncs."));
        QVERIFY(!empty->button()->isVisible());
        QVERIFY(!c.table()->isVisible());
        QVERIFY(!c.get<QWidget>("deviceDetails")->isVisible());
        QVERIFY(!c.action("wipeDevice")->isEnabled());
        QVERIFY(!c.get<QToolButton>("wipeDeviceButton")->isVisible()); // nothing to act on
        look(c.window.get(), QStringLiteral("user-mobile-empty"));

        // The first check-in brings the table, without selecting anything again by hand.
        c.checkIn(QStringLiteral("APPLE123"));
        QVERIFY(c.table()->isVisible());
        QVERIFY(!empty->isVisible());
        QVERIFY(c.get<QToolButton>("wipeDeviceButton")->isVisible());
        QVERIFY(c.action("wipeDevice")->isEnabled());
        QCOMPARE(c.table()->model()->rowCount(), 1);
        QCOMPARE(c.text("deviceId"), QStringLiteral("APPLE123"));
    }

    void mob3_showsTheDevicesAndTheSelectedOnesDetails()
    {
        Console c;
        c.checkIn(QStringLiteral("APPLE123"));
        c.engine.clock().advanceSeconds(90);
        c.bareCheckIn(QStringLiteral("BARE-9"));
        c.open();
        auto* model = c.table()->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(c.table()->selectionModel()->selectedRows().size(), 1); // the first, so details show
        QVERIFY(!c.tab->selectedDeviceId().isEmpty());
        QCOMPARE(c.text("deviceId"),
                 c.tab->model()->deviceAt(c.tab->model()->rowOf(c.tab->selectedDeviceId()))->deviceId);
        c.tab->selectDevice(c.engine->mobile().find(c.amy.id, QStringLiteral("APPLE123")).value().id);
        QCOMPARE(c.text("deviceId"), QStringLiteral("APPLE123"));
        QCOMPARE(c.text("deviceType"), QStringLiteral("iPhone"));
        QCOMPARE(c.text("deviceModel"), QStringLiteral("iPhone 15 Pro"));
        QCOMPARE(c.text("deviceOs"), QStringLiteral("iOS 17.2"));
        QCOMPARE(c.text("deviceUserAgent"), QStringLiteral("Apple-iPhone16C1/2102.60"));
        const QString started = QLocale().toString(startTime().toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(c.text("deviceFirstSync"), started);
        QCOMPARE(c.text("deviceLastSync"), started);
        QCOMPARE(c.text("deviceStatus"), QStringLiteral("Provisioning required"));
        QCOMPARE(c.text("deviceStatusDescription"),
                 deviceStatusDescription(DeviceStatus::ProvisioningRequired));
        QCOMPARE(Badge(model->index(0, DeviceTableModel::Status).data(BadgeRole).toInt()), Badge::Pending);
        QVERIFY(c.action("wipeDevice")->isEnabled());
        QVERIFY(c.action("removeDevice")->isEnabled());
        look(c.window.get(), QStringLiteral("user-mobile-devices"));

        // Unknown for what the device did not send.
        c.tab->selectDevice(c.engine->mobile().find(c.amy.id, QStringLiteral("BARE-9")).value().id);
        QCOMPARE(c.text("deviceId"), QStringLiteral("BARE-9"));
        for (const char* name : {"deviceType", "deviceModel", "deviceOs", "deviceUserAgent"})
            QCOMPARE(c.text(name), QStringLiteral("Unknown"));
        QCOMPARE(c.text("deviceLastSync"),
                 QLocale().toString(startTime().addSecs(90).toLocalTime(), QLocale::ShortFormat));
        const int bare = c.tab->model()->rowOf(c.tab->selectedDeviceId());
        QCOMPARE(c.tab->model()->index(bare, DeviceTableModel::Type).data().toString(),
                 QStringLiteral("Unknown"));
        look(c.window.get(), QStringLiteral("user-mobile-unknown-details"));
    }

    void mob4_aCheckInChangesTheStatusWithoutAReload()
    {
        Console c;
        const CheckInReply first = c.checkIn(QStringLiteral("APPLE123"));
        c.open();
        QCOMPARE(c.statusShown(), QStringLiteral("Provisioning required"));
        const QString selected = c.tab->selectedDeviceId();
        QSignalSpy changed(c.tab->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(c.tab->model(), &QAbstractItemModel::modelReset);
        c.engine.clock().advanceSeconds(20);
        c.checkIn(QStringLiteral("APPLE123"), Ack::Policy, first.policyKey);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(c.statusShown(), QStringLiteral("Provisioning succeeded"));
        QCOMPARE(Badge(c.table()->model()->index(0, DeviceTableModel::Status).data(BadgeRole).toInt()),
                 Badge::Good);
        // The selection and the details follow.
        QCOMPARE(c.tab->selectedDeviceId(), selected);
        QCOMPARE(c.text("deviceStatus"), QStringLiteral("Provisioning succeeded"));
        QCOMPARE(c.text("deviceLastSync"),
                 QLocale().toString(startTime().addSecs(20).toLocalTime(), QLocale::ShortFormat));
    }

    void mob5_wipeAsksForTheTypedDeviceId()
    {
        Console c;
        const CheckInReply first = c.checkIn(QStringLiteral("APPLE123"));
        c.checkIn(QStringLiteral("APPLE123"), Ack::Policy, first.policyKey);
        c.open();
        const QString id = c.tab->selectedDeviceId();

        // Cancelled: nothing happens.
        whenModal<TypedConfirmDialog>([](TypedConfirmDialog* dialog) { dialog->reject(); });
        c.get<QToolButton>("wipeDeviceButton")->click();
        QCOMPARE(c.engine->mobile().get(id).value().status, DeviceStatus::ProvisioningSucceeded);

        bool checked = false;
        confirmWipe(QStringLiteral("APPLE123"), &checked, QStringLiteral("wipe-device"));
        c.get<QToolButton>("wipeDeviceButton")->click();
        QVERIFY(checked);
        QCOMPARE(c.engine->mobile().get(id).value().status, DeviceStatus::WipeRequired);
        QCOMPARE(c.statusShown(), QStringLiteral("Wipe required"));
        QCOMPARE(Badge(c.table()->model()->index(0, DeviceTableModel::Status).data(BadgeRole).toInt()),
                 Badge::Bad);
        QCOMPARE(c.text("deviceStatus"), QStringLiteral("Wipe required"));
        QVERIFY(c.text("mobileNote").contains(QStringLiteral("Wipe requested")));
        // A second wipe is not offered, and the tooltip says why.
        QVERIFY(!c.action("wipeDevice")->isEnabled());
        QVERIFY(c.action("wipeDevice")->toolTip().contains(QStringLiteral("already requested")));
        look(c.window.get(), QStringLiteral("user-mobile-wipe-requested"));

        // The device wipes at its next sync.
        c.checkIn(QStringLiteral("APPLE123"), Ack::Wipe);
        QCOMPARE(c.statusShown(), QStringLiteral("Wipe succeeded"));
        QVERIFY(c.action("wipeDevice")->toolTip().contains(QStringLiteral("already wiped")));
        QVERIFY(c.action("removeDevice")->isEnabled());
    }

    void mob5_aDisconnectedDeviceIsRefusedWithTheEnginesReason()
    {
        Console c;
        c.checkIn(QStringLiteral("APPLE123"));
        c.open();
        const QString id = c.tab->selectedDeviceId();
        c.engine.clock().advanceSeconds(6 * 60);
        bool checked = false;
        confirmWipe(QStringLiteral("APPLE123"), &checked);
        c.get<QToolButton>("wipeDeviceButton")->click();
        QVERIFY(checked);
        QCOMPARE(c.engine->mobile().get(id).value().status, DeviceStatus::ProvisioningRequired);
        auto* error = c.get<QLabel>("generalError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("5 minutes")), qPrintable(error->text()));
        QVERIFY(error->text().contains(QStringLiteral("not connected")));
        QCOMPARE(c.statusShown(), QStringLiteral("Provisioning required"));
        look(c.window.get(), QStringLiteral("user-mobile-wipe-not-connected"));
        // Back in touch: the wipe goes through.
        c.checkIn(QStringLiteral("APPLE123"));
        confirmWipe(QStringLiteral("APPLE123"), &checked);
        c.get<QToolButton>("wipeDeviceButton")->click();
        QCOMPARE(c.engine->mobile().get(id).value().status, DeviceStatus::WipeRequired);
    }

    void mob5_removeSaysTheDeviceComesBackAndWarnsForAWipedOne()
    {
        Console c;
        c.checkIn(QStringLiteral("KEEP1"));
        c.checkIn(QStringLiteral("GONE2"));
        c.open();
        const QString gone = c.engine->mobile().find(c.amy.id, QStringLiteral("GONE2")).value().id;
        c.tab->selectDevice(gone);

        QString asked;
        whenModal<QMessageBox>([&](QMessageBox* box) {
            asked = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        c.action("removeDevice")->trigger();
        QVERIFY2(asked.contains(QStringLiteral("reappears")), qPrintable(asked));
        QVERIFY(!asked.contains(QStringLiteral("wiped")));
        QVERIFY(c.engine->mobile().get(gone).ok());

        QSignalSpy removed(c.tab->model(), &QAbstractItemModel::rowsRemoved);
        Confirm::setNextAnswer(true);
        c.action("removeDevice")->trigger();
        QCOMPARE(removed.count(), 1);
        QCOMPARE(c.engine->mobile().get(gone).error().code, ErrorCode::NotFound);
        QCOMPARE(c.table()->model()->rowCount(), 1);

        // A wiped device: removing it lets a device set up again sync normally.
        const QString keep = c.engine->mobile().find(c.amy.id, QStringLiteral("KEEP1")).value().id;
        c.tab->selectDevice(keep);
        QVERIFY(c.engine->mobile().wipe(keep).ok());
        c.checkIn(QStringLiteral("KEEP1"), Ack::Wipe);
        QCOMPARE(c.statusShown(), QStringLiteral("Wipe succeeded"));
        whenModal<QMessageBox>([&](QMessageBox* box) {
            asked = box->text();
            shot(box, QStringLiteral("remove-wiped-device"));
            for (QAbstractButton* button : box->buttons())
                if (button->text() == QStringLiteral("Remove device"))
                    button->click();
        });
        c.action("removeDevice")->trigger();
        QVERIFY2(asked.contains(QStringLiteral("syncs normally")), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("was wiped")));
        QCOMPARE(c.engine->mobile().get(keep).error().code, ErrorCode::NotFound);
        QVERIFY(c.get<EmptyState>("devicesEmpty")->isVisible());

        // It syncs again: back on the list, to provision, not to wipe.
        const CheckInReply again = c.checkIn(QStringLiteral("KEEP1"));
        QVERIFY(again.registered);
        QCOMPARE(again.command, CheckInReply::Command::Provision);
        QCOMPARE(c.statusShown(), QStringLiteral("Provisioning required"));
    }

    void mob5_readOnlyDisablesTheActionsWithTheReason()
    {
        Console c;
        c.checkIn(QStringLiteral("APPLE123"));
        c.engine.reopen(AccessLevel::ReadOnly);
        c.open();
        QCOMPARE(c.table()->model()->rowCount(), 1);
        for (const char* name : {"wipeDevice", "removeDevice"}) {
            QVERIFY(!c.action(name)->isEnabled());
            QVERIFY(c.action(name)->toolTip().contains(QStringLiteral("read-only")));
        }
        QVERIFY(c.text("mobileNote").contains(QStringLiteral("read-only")));
        look(c.window.get(), QStringLiteral("user-mobile-read-only"));
    }
};

QTEST_MAIN(TestUserMobileTab)
#include "tst_UserMobileTab.moc"
