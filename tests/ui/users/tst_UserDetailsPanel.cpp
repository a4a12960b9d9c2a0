// USR-3 and USR-5 in the details panel below the users table.

#include "GuiTest.h"
#include "TestEngine.h"
#include "UserTableModel.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"
#include "users/UserAddresses.h"
#include "users/UserDetailsPanel.h"
#include "users/Users.h"
#include "users/UsersPane.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>

using namespace mailroom;
using namespace mailroom::test;

class TestUserDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }
    void init() { QSettings().clear(); }

    void usr5_editSaveAndRevert()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("det"));
        const User u = e.user(org, QStringLiteral("ed"));
        MainWindow window(*e);
        window.show();
        window.openOrganization(org.id);
        window.organizationView()->selectEntryTitled(QStringLiteral("Users")); // after the Dashboard
        UsersPane* pane = window.organizationView()->usersPane();
        pane->select(u.id);
        auto* company = child<QLineEdit>(pane, QStringLiteral("company"));
        auto* save = child<QPushButton>(pane, QStringLiteral("saveDetails"));
        auto* revert = child<QPushButton>(pane, QStringLiteral("revertDetails"));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(company, QStringLiteral("Acme Ltd"));
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(e->users().get(u.id).value().details.company, QStringLiteral("Acme Ltd"));
        QVERIFY(!save->isEnabled());

        auto* display = child<QLineEdit>(pane, QStringLiteral("displayName"));
        display->clear();
        save->click();
        auto* error = child<QLabel>(pane, QStringLiteral("displayNameError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().startsWith(QStringLiteral("Display name:")));
        shot(&window, QStringLiteral("user-details-error"));
        revert->click();
        QCOMPARE(display->text(), QStringLiteral("ed Display"));
        QVERIFY(!error->isVisible());
    }

    void usr3_addAliasSetDefaultAndRemove()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("adr"));
        const User u = e.user(org, QStringLiteral("amy"));
        MainWindow window(*e);
        window.show();
        window.openOrganization(org.id);
        window.organizationView()->selectEntryTitled(QStringLiteral("Users")); // after the Dashboard
        UsersPane* pane = window.organizationView()->usersPane();
        pane->select(u.id);
        pane->editAddresses();
        auto* input = child<QLineEdit>(pane, QStringLiteral("newAddress"));
        auto* list = child<QListWidget>(pane, QStringLiteral("addresses"));
        QTest::keyClicks(input, QStringLiteral("amy@elsewhere.org"));
        child<QPushButton>(pane, QStringLiteral("addAlias"))->click();
        auto* error = child<QLabel>(pane, QStringLiteral("addressError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("not a verified domain")));
        input->setText(QStringLiteral("sales@adr.awsapps.com"));
        child<QPushButton>(pane, QStringLiteral("addAlias"))->click();
        QCOMPARE(list->count(), 2);
        shot(&window, QStringLiteral("user-addresses"));
        list->setCurrentRow(1);
        child<QPushButton>(pane, QStringLiteral("setDefault"))->click();
        QCOMPARE(e->users().get(u.id).value().email, QStringLiteral("sales@adr.awsapps.com"));
        QCOMPARE(pane->model()->index(0, 2).data().toString(), QStringLiteral("sales@adr.awsapps.com"));
        list->setCurrentRow(1);
        child<QPushButton>(pane, QStringLiteral("removeAlias"))->click();
        QCOMPARE(e->userAddresses().of(u.id).value().size(), 1);
    }
};

QTEST_MAIN(TestUserDetailsPanel)
#include "tst_UserDetailsPanel.moc"
