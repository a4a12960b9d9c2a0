// USR-1, USR-2, USR-4, USR-6, USR-7 through the Users pane and its dialogs, offscreen.

#include "GuiTest.h"
#include "ModelRoles.h"
#include "PaneFixture.h"
#include "TestEngine.h"
#include "UserTableModel.h"
#include "interop/DirectorySync.h"
#include "interop/InteropProgress.h"
#include "organizations/Directories.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"
#include "users/CreateUserWizard.h"
#include "users/EnableReviewDialog.h"
#include "users/Mailboxes.h"
#include "users/ResetPasswordDialog.h"
#include "users/Users.h"
#include "users/UsersPane.h"
#include "widgets/BatchProgressDialog.h"
#include "widgets/Confirm.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace mailroom;
using namespace mailroom::test;

namespace {

struct Console : PaneFixture<UsersPane>
{
    void open(const Organization& organization) { openInWindow(organization, QStringLiteral("Users")); }
};

void closeSummaryWhenDone()
{
    whenModal<BatchProgressDialog>([](BatchProgressDialog* dialog) {
        auto* close = child<QPushButton>(dialog, QStringLiteral("closeButton"));
        QTRY_VERIFY(close->isVisible());
        close->click();
    });
}

} // namespace

class TestUsersPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }
    void init() { QSettings().clear(); }

    void usr1_createUserInTwoSteps()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("acme")));
        bool firstPageGated = false;
        bool passwordErrorShown = false;
        whenModal<CreateUserWizard>([&](CreateUserWizard* wizard) {
            QAbstractButton* next = wizard->button(QWizard::NextButton);
            QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("firstName")), QStringLiteral("Grace"));
            QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("lastName")), QStringLiteral("Hopper"));
            QCOMPARE(child<QLineEdit>(wizard, QStringLiteral("displayName"))->text(),
                     QStringLiteral("Grace Hopper"));
            firstPageGated = !next->isEnabled(); // no username yet
            QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("username")),
                             QStringLiteral("grace hopper"));
            QVERIFY(!next->isEnabled());
            QVERIFY(child<QLabel>(wizard, QStringLiteral("usernameError"))->isVisible());
            shot(wizard, QStringLiteral("create-user-step1-error"));
            child<QLineEdit>(wizard, QStringLiteral("username"))->setText(QStringLiteral("grace"));
            QVERIFY(next->isEnabled());
            next->click();
            QCOMPARE(child<QLineEdit>(wizard, QStringLiteral("email"))->text(),
                     QStringLiteral("grace@acme.awsapps.com"));
            QAbstractButton* finish = wizard->button(QWizard::FinishButton);
            QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("password")),
                             QStringLiteral("password"));
            QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("confirmPassword")),
                             QStringLiteral("password"));
            auto* error = child<QLabel>(wizard, QStringLiteral("passwordError"));
            passwordErrorShown = error->isVisible() &&
                                 error->text().startsWith(QStringLiteral("Password:")) &&
                                 !finish->isEnabled();
            shot(wizard, QStringLiteral("create-user-step2-error"));
            child<QLineEdit>(wizard, QStringLiteral("password"))->setText(QString::fromLatin1(GoodPassword));
            child<QLineEdit>(wizard, QStringLiteral("confirmPassword"))
                ->setText(QString::fromLatin1(GoodPassword));
            QVERIFY(finish->isEnabled());
            finish->click();
        });
        c.action("createUser")->trigger();
        QVERIFY(firstPageGated);
        QVERIFY(passwordErrorShown);
        auto grace = c.engine->users().findByUsername(c.org.id, QStringLiteral("grace"));
        QVERIFY(grace.ok());
        QCOMPARE(grace.value().details.displayName, QStringLiteral("Grace Hopper"));
        QCOMPARE(c.pane->selectedIds(), QStringList{grace.value().id});
        QCOMPARE(c.pane->model()->rowCount(), 1);
        shot(c.window.get(), QStringLiteral("users-one"));
    }

    // ListPane::select: a user the search hides is shown again (the search cleared) and selected
    // alone, once; one that does not exist leaves the selection as it was.
    void usr1_selectingAUserTheSearchHidesShowsIt()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("find"));
        auto [ann, ben] = c.engine.users(org, {"ann", "ben"});
        c.open(org);
        auto* search = child<QLineEdit>(c.pane, QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("an"));
        QCOMPARE(c.pane->model()->rowCount(), 1);
        c.pane->select(ann.id);
        QCOMPARE(c.pane->selectedIds(), QStringList{ann.id});

        QSignalSpy changes(c.pane->table()->selectionModel(), &QItemSelectionModel::selectionChanged);
        c.pane->select(ben.id); // hidden by "an"
        QVERIFY(search->text().isEmpty());
        QCOMPARE(c.pane->model()->rowCount(), 2);
        QCOMPARE(c.pane->selectedIds(), QStringList{ben.id});
        QCOMPARE(c.pane->table()->currentIndex().data(IdRole).toString(), ben.id);
        QCOMPARE(changes.count(), 1); // one change: unsaved edits below are asked about once

        c.pane->select(QStringLiteral("no-such-user"));
        QCOMPARE(c.pane->selectedIds(), QStringList{ben.id});
    }

    void usr6_resetPasswordBadThenGood()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("pw"));
        const User u = c.engine.user(org, QStringLiteral("pat"));
        c.open(org);
        c.pane->select(u.id);
        bool rejectedFirst = false;
        whenModal<ResetPasswordDialog>([&](ResetPasswordDialog* dialog) {
            auto* password = child<QLineEdit>(dialog, QStringLiteral("password"));
            auto* confirm = child<QLineEdit>(dialog, QStringLiteral("confirmPassword"));
            auto* reset = child<QPushButton>(dialog, QStringLiteral("resetButton"));
            QTest::keyClicks(password, QStringLiteral("abcdefgh"));
            QTest::keyClicks(confirm, QStringLiteral("abcdefgh"));
            const QString error = child<QLabel>(dialog, QStringLiteral("passwordError"))->text();
            rejectedFirst = !reset->isEnabled() && error.contains(QStringLiteral("upper case"));
            shot(dialog, QStringLiteral("reset-password-error"));
            password->setText(QStringLiteral("Better-Pass1"));
            confirm->setText(QStringLiteral("Better-Pass1"));
            QVERIFY(reset->isEnabled());
            reset->click();
        });
        c.action("resetPassword")->trigger();
        QVERIFY(rejectedFirst);
        QVERIFY(c.engine->users().verifyPassword(u.id, QStringLiteral("Better-Pass1")).value());
    }

    void usr7_disableThenRestoreAfter29Days()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("keep"));
        const User u = c.engine.user(org, QStringLiteral("kim"));
        c.open(org);
        c.pane->select(u.id);
        Confirm::setNextAnswer(true);
        closeSummaryWhenDone();
        c.action("disableUsers")->trigger();
        QCOMPARE(c.engine->users().get(u.id).value().state, UserState::Disabled);
        QVERIFY(c.action("enableUsers")->isEnabled());
        QVERIFY(!c.action("disableUsers")->isEnabled());

        c.engine.clock().advanceDays(29);
        QCOMPARE(c.engine->mailboxes().purgeExpired().value(), 0);
        c.pane->select(u.id);
        QString proposed;
        whenModal<EnableReviewDialog>([&](EnableReviewDialog* dialog) {
            proposed = child<QTableWidget>(dialog, QStringLiteral("review"))->item(0, 2)->text();
            shot(dialog, QStringLiteral("enable-users"));
            closeSummaryWhenDone();
            child<QPushButton>(dialog, QStringLiteral("enableButton"))->click();
        });
        c.action("enableUsers")->trigger();
        QCOMPARE(proposed, QStringLiteral("kim@keep.awsapps.com"));
        const User restored = c.engine->users().get(u.id).value();
        QCOMPARE(restored.state, UserState::Enabled);
        QCOMPARE(restored.mailboxId, u.mailboxId);
    }

    void usr7_after31DaysEnablingGivesANewMailbox()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("gone"));
        const User u = c.engine.user(org, QStringLiteral("gil"));
        c.open(org);
        c.pane->select(u.id);
        Confirm::setNextAnswer(true);
        closeSummaryWhenDone();
        c.action("disableUsers")->trigger();
        c.engine.clock().advanceDays(31);
        QCOMPARE(c.engine->mailboxes().purgeExpired().value(), 1);
        c.pane->select(u.id);
        whenModal<EnableReviewDialog>([&](EnableReviewDialog* dialog) {
            closeSummaryWhenDone();
            child<QPushButton>(dialog, QStringLiteral("enableButton"))->click();
        });
        c.action("enableUsers")->trigger();
        const User again = c.engine->users().get(u.id).value();
        QCOMPARE(again.state, UserState::Enabled);
        QVERIFY(!again.mailboxId.isEmpty());
        QVERIFY(again.mailboxId != u.mailboxId);
    }

    void usr7_deleteAsksFirstAndOnlyForDisabledUsers()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("del"));
        const User u = c.engine.user(org, QStringLiteral("dee"));
        c.open(org);
        c.pane->select(u.id);
        QVERIFY(!c.action("deleteUsers")->isEnabled());
        QVERIFY(c.action("deleteUsers")->toolTip().contains(QStringLiteral("Disable")));
        QVERIFY(c.engine->mailboxes().disable(u.id).ok());
        c.pane->select(u.id);
        QVERIFY(c.action("deleteUsers")->isEnabled());
        Confirm::setNextAnswer(false);
        c.action("deleteUsers")->trigger();
        QVERIFY(c.engine->users().get(u.id).ok());
        Confirm::setNextAnswer(true);
        closeSummaryWhenDone();
        c.action("deleteUsers")->trigger();
        QCOMPARE(c.engine->users().get(u.id).error().code, ErrorCode::NotFound);
        QCOMPARE(c.pane->model()->rowCount(), 0);
    }

    void usr2_systemUsersShowButCannotBeChanged()
    {
        Console c;
        const Organization org = c.engine.standardOrg(QStringLiteral("sys"), DirectoryType::SimpleAD);
        c.open(org);
        const User admin = c.engine->users().findByUsername(org.id, QStringLiteral("Administrator")).value();
        c.pane->select(admin.id);
        for (const char* name : {"editAddresses", "enableUsers", "resetPassword", "deleteUsers"}) {
            QVERIFY2(!c.action(name)->isEnabled(), name);
            QVERIFY2(c.action(name)->toolTip().contains(QStringLiteral("System users")), name);
        }
        shot(c.window.get(), QStringLiteral("users-system"));
    }

    void usr2_searchAndFiltersNarrowTheListAsYouType()
    {
        Console c;
        const Organization org = c.engine.standardOrg(QStringLiteral("list"), DirectoryType::SimpleAD);
        c.engine.user(org, QStringLiteral("ann"));
        const User bob = c.engine.user(org, QStringLiteral("bob"));
        QVERIFY(c.engine->mailboxes().disable(bob.id).ok());
        c.open(org);
        auto* count = child<QLabel>(c.pane, QStringLiteral("count"));
        QCOMPARE(count->text(), QStringLiteral("4 of 4 users"));
        QTest::keyClicks(child<QLineEdit>(c.pane, QStringLiteral("search")), QStringLiteral("a"));
        QCOMPARE(c.pane->model()->rowCount(), 2);
        QCOMPARE(count->text(), QStringLiteral("2 of 4 users"));
        child<QLineEdit>(c.pane, QStringLiteral("search"))->clear();
        auto* state = child<QComboBox>(c.pane, QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findText(QStringLiteral("Disabled")));
        auto* role = child<QComboBox>(c.pane, QStringLiteral("roleFilter"));
        role->setCurrentIndex(role->findText(QStringLiteral("User")));
        QCOMPARE(c.pane->model()->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 of 4 users"));
    }

    void usr1_adConnectorOrganizationCannotCreateUsers()
    {
        Console c;
        c.open(c.engine.standardOrg(QStringLiteral("conn"), DirectoryType::ADConnector));
        QVERIFY(!c.action("createUser")->isEnabled());
        QVERIFY(c.action("createUser")->toolTip().contains(QStringLiteral("Active Directory")));
    }

    void iop2_interoperabilityLeavesOnlyEnable()
    {
        Console c;
        const Organization org = c.engine.exchangeOrg(QStringLiteral("iop"));
        const User ann = c.engine.directoryUser(org, QStringLiteral("ann"));
        const User ben = c.engine.directoryUser(org, QStringLiteral("ben"));
        QVERIFY(
            c.engine->mailboxes().enable(ben.id, c.engine->mailboxes().proposedAddress(ben.id).value()).ok());
        c.open(org);
        c.pane->select(ann.id);
        QVERIFY(c.action("enableUsers")->isEnabled());
        QVERIFY(!c.action("deleteUsers")->isEnabled());
        QVERIFY(c.action("deleteUsers")->toolTip().contains(QStringLiteral("Exchange admin center")));
        c.pane->select(ben.id);
        for (const char* name : {"disableUsers", "editAddresses"}) {
            QVERIFY2(!c.action(name)->isEnabled(), name);
            QVERIFY2(c.action(name)->toolTip().contains(QStringLiteral("interoperability mode")), name);
        }
        shot(c.window.get(), QStringLiteral("users-interoperability"));

        // Enabling shows the address Exchange gave, and it cannot be edited (IOP-2).
        QVERIFY(c.engine->directorySync()
                    .setExchangeAddresses(ann.id, {QStringLiteral("ann.a@iop.awsapps.com")})
                    .ok());
        c.pane->select(ann.id);
        Qt::ItemFlags flags;
        QString shown;
        whenModal<EnableReviewDialog>([&](EnableReviewDialog* dialog) {
            const QTableWidgetItem* address =
                child<QTableWidget>(dialog, QStringLiteral("review"))->item(0, 2);
            shown = address->text();
            flags = address->flags();
            shot(dialog, QStringLiteral("enable-users-interoperability"));
            closeSummaryWhenDone();
            child<QPushButton>(dialog, QStringLiteral("enableButton"))->click();
        });
        c.action("enableUsers")->trigger();
        QCOMPARE(shown, QStringLiteral("ann.a@iop.awsapps.com"));
        QVERIFY(!(flags & Qt::ItemIsEditable));
        QCOMPARE(c.engine->users().get(ann.id).value().email, QStringLiteral("ann.a@iop.awsapps.com"));
    }

    // RES-4: Exchange's rooms and equipment show in the users list while in interoperability mode,
    // as remote entries that nothing here may enable or change; they leave when the mode ends.
    void res4_exchangeResourcesShowInExchangeAndCannotBeEnabled()
    {
        Console c;
        const Organization org = c.engine.exchangeOrg(QStringLiteral("iop"));
        const User bob = c.engine.directoryUser(org, QStringLiteral("bob"));
        const User room = c.engine->directories()
                              .addExchangeResource(org.directoryId, QStringLiteral("boardroom"),
                                                   QStringLiteral("Boardroom"), ResourceType::Room)
                              .value();
        c.open(org);
        auto* count = child<QLabel>(c.pane, QStringLiteral("count"));
        QCOMPARE(count->text(), QStringLiteral("4 of 4 users")); // Administrator, Guest, bob, boardroom

        UserTableModel* model = c.pane->model();
        const int roomRow = model->rowOfUser(room.id);
        QVERIFY(roomRow >= 0);
        QCOMPARE(model->index(roomRow, UserTableModel::State).data().toString(),
                 QStringLiteral("In Exchange"));
        QCOMPARE(model->index(roomRow, UserTableModel::State).data(BadgeRole).toInt(), int(Badge::Neutral));
        QCOMPARE(model->index(roomRow, UserTableModel::Role).data().toString(),
                 QStringLiteral("Exchange resource"));
        const QString typeTip = model->index(roomRow, UserTableModel::Role).data(Qt::ToolTipRole).toString();
        QVERIFY2(typeTip.contains(QStringLiteral("Room")), qPrintable(typeTip));
        // A directory user not enabled here is in Exchange too, and may still be enabled.
        const int bobRow = model->rowOfUser(bob.id);
        QCOMPARE(model->index(bobRow, UserTableModel::State).data().toString(),
                 QStringLiteral("In Exchange"));
        QCOMPARE(model->index(bobRow, UserTableModel::Role).data().toString(), QStringLiteral("User"));

        c.pane->select(room.id);
        for (const char* name : {"enableUsers", "resetPassword", "deleteUsers", "editAddresses"}) {
            QVERIFY2(!c.action(name)->isEnabled(), name);
            QVERIFY2(
                c.action(name)->toolTip().contains(QStringLiteral("resources stay in Microsoft Exchange")),
                name);
            QVERIFY2(c.action(name)->toolTip().contains(QStringLiteral("Resources pane")), name);
        }
        shot(c.window.get(), QStringLiteral("users-exchange-resources"));
        c.pane->select(bob.id);
        QVERIFY(c.action("enableUsers")->isEnabled());

        // The role filter finds them.
        auto* role = child<QComboBox>(c.pane, QStringLiteral("roleFilter"));
        role->setCurrentIndex(role->findText(QStringLiteral("Exchange resource")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(count->text(), QStringLiteral("1 of 4 users"));
        role->setCurrentIndex(0);

        // Disabling interoperability takes the resource out of the list at once; bob is a plain
        // disabled user again.
        QVERIFY(c.engine->interopProgress().disable(org.id, org.alias).ok());
        QCOMPARE(model->rowOfUser(room.id), -1);
        QCOMPARE(count->text(), QStringLiteral("3 of 3 users"));
        QCOMPARE(model->index(model->rowOfUser(bob.id), UserTableModel::State).data().toString(),
                 QStringLiteral("Disabled"));
        shot(c.window.get(), QStringLiteral("users-after-interoperability"));
    }
};

QTEST_MAIN(TestUsersPane)
#include "tst_UsersPane.moc"
