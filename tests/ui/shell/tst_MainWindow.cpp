// The window: navigation, breadcrumb back, shortcuts, the status bar and the sample account.

#include "GuiTest.h"
#include "TestEngine.h"
#include "UserTableModel.h"
#include "flow/FlowRules.h"
#include "mobile/MobileDevices.h"
#include "organizations/Organizations.h"
#include "organizations/SampleAccount.h"
#include "settings/OrgSettings.h"
#include "shell/Console.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"
#include "shell/OrganizationsScreen.h"
#include "users/Users.h"
#include "users/UsersPane.h"

#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace mailroom;
using namespace mailroom::test;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }

    void breadcrumbAndAltLeftGoBack()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("nav"));
        MainWindow window(*e);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openOrganization(org.id);
        auto* stack = window.findChild<QStackedWidget*>();
        QCOMPARE(stack->currentWidget(), window.organizationView());
        QCOMPARE(child<QLabel>(&window, QStringLiteral("breadcrumb"))->text().count(QStringLiteral("›")), 2);
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(stack->currentWidget(), window.organizationsScreen());
        QCOMPARE(window.organizationsScreen()->currentOrganizationId(), org.id);
        window.openOrganization(org.id);
        emit child<QLabel>(&window, QStringLiteral("breadcrumb"))->linkActivated(QStringLiteral("back"));
        QCOMPARE(stack->currentWidget(), window.organizationsScreen());
    }

    void statusBarShowsDatabaseAccessAndLastChange()
    {
        TestEngine e;
        MainWindow window(*e);
        window.show();
        QVERIFY(child<QLabel>(&window, QStringLiteral("databasePath"))->text().contains(e.path()));
        QCOMPARE(child<QLabel>(&window, QStringLiteral("accessLevel"))->text(),
                 QStringLiteral("Full access"));
        e.quickOrg(QStringLiteral("chg"));
        QVERIFY(child<QLabel>(&window, QStringLiteral("lastChange"))
                    ->text()
                    .contains(QStringLiteral("organization creation step")));
    }

    void sampleAccountHasTwoOrganizationsAndTheDirectory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(SampleAccount::generate(path).ok());
        QCOMPARE(SampleAccount::generate(path).error().code, ErrorCode::FileError);
        Console console(AccessLevel::Full);
        QVERIFY(console.open(path).ok());
        auto orgs = console.engine()->organizations().list().value();
        QCOMPARE(orgs.size(), 3);
        // One in interoperability mode on an AD Connector to Exchange, where the wizard starts (IOP-1).
        auto fabrikam = console.engine()->organizations().find(QStringLiteral("fabrikam-demo")).value();
        QVERIFY(fabrikam.interoperability);
        UserQuery exchangeUsers;
        exchangeUsers.organizationId = fabrikam.id;
        exchangeUsers.role = UserRole::User;
        QCOMPARE(console.engine()->users().count(exchangeUsers).value(), 12);
        exchangeUsers.state = UserState::Enabled;
        QCOMPARE(console.engine()->users().count(exchangeUsers).value(), 4);
        // Enabled with their Exchange addresses, on the organization's own verified domain.
        const auto enabled = console.engine()->users().page(exchangeUsers, 0, 10).value();
        for (const UserRow& row : enabled)
            QVERIFY2(row.email.endsWith(QStringLiteral("@fabrikam-demo.example")), qPrintable(row.email));
        auto contoso = console.engine()->organizations().find(QStringLiteral("contoso-demo")).value();
        UserQuery q;
        q.organizationId = contoso.id;
        q.role = UserRole::User;
        QCOMPARE(console.engine()->users().count(q).value(), SampleAccount::DirectoryUsers);
        q.state = UserState::Disabled;
        auto disabled = console.engine()->users().page(q, 0, 100).value();
        QVERIFY(disabled.size() >= 30);
        int inWindow = 0;
        for (const UserRow& r : disabled)
            inWindow += r.disabledAt.isValid() ? 1 : 0;
        QCOMPARE(inWindow, 1);
        // Flow rules to test and journaling to an archive (FLOW-1, JRN-1).
        auto rules = console.engine()->flowRules().list(contoso.id).value();
        QCOMPARE(rules.size(), 4);
        auto partner =
            console.engine()->flowRules().test(contoso.id, QStringLiteral("billing@fabrikam.example"));
        QCOMPARE(partner.value().decision.action, FlowAction::Bounce);
        QCOMPARE(partner.value().decision.others.size(), 1);
        QVERIFY(console.engine()->settings().journaling(contoso.id).value().enabled);
        // Devices in every status (MOB-4).
        const auto devices = console.engine()->mobile().countByStatus(contoso.id).value();
        for (DeviceStatus status : valuesOf<DeviceStatus>())
            QVERIFY2(devices.value(status) > 0, qPrintable(nameOf(status)));
        console.window()->openOrganization(contoso.id);
        console.window()->organizationView()->selectEntryTitled(QStringLiteral("Users"));
        shot(console.window(), QStringLiteral("sample-users"));
        QCOMPARE(console.window()->organizationView()->usersPane()->model()->rowCount(),
                 SampleAccount::DirectoryUsers + 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
