// ORG-1, ORG-3, ORG-4, ORG-5 through the real window and dialogs, offscreen.

#include "GuiTest.h"
#include "TestEngine.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "shell/CreationProgressDialog.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"
#include "shell/OrganizationsScreen.h"
#include "shell/QuickSetupDialog.h"
#include "shell/StandardSetupDialog.h"
#include "widgets/EmptyState.h"
#include "widgets/FieldErrors.h"
#include "widgets/TypedConfirmDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>

using namespace mailroom;
using namespace mailroom::test;

class TestOrganizationsScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }
    void init() { QSettings().clear(); }

    void org1_emptyAccountOffersQuickSetupAndTheSample()
    {
        TestEngine e;
        MainWindow window(*e);
        window.show();
        auto* empty = window.organizationsScreen()->findChild<EmptyState*>();
        QVERIFY(empty && empty->isVisible());
        QVERIFY(child<QPushButton>(empty, QStringLiteral("openSample"))->isVisible());
        QCOMPARE(window.windowTitle(), QStringLiteral("Mailroom — Organizations"));
        shot(&window, QStringLiteral("organizations-empty"));
    }

    void org1_quickSetupDialogCreatesAndOpensTheOrganization()
    {
        TestEngine e;
        MainWindow window(*e);
        window.show();
        bool sawError = false;
        bool progressDone = false;
        whenModal<QuickSetupDialog>([&](QuickSetupDialog* dialog) {
            auto* alias = child<QLineEdit>(dialog, QStringLiteral("alias"));
            auto* create = child<QPushButton>(dialog, QStringLiteral("createButton"));
            QTest::keyClicks(alias, QStringLiteral("d-bad"));
            auto* error = child<QLabel>(dialog, QStringLiteral("aliasError"));
            sawError =
                error->isVisible() && error->text().contains(QStringLiteral("d-")) && !create->isEnabled();
            shot(dialog, QStringLiteral("quick-setup-error"));
            alias->clear();
            QTest::keyClicks(alias, QStringLiteral("acme"));
            QVERIFY(create->isEnabled());
            whenModal<CreationProgressDialog>([&](CreationProgressDialog* progress) {
                auto* open = child<QPushButton>(progress, QStringLiteral("openButton"));
                QTRY_VERIFY(open->isEnabled());
                shot(progress, QStringLiteral("creation-progress"));
                progressDone = true;
                open->click();
            });
            create->click();
        });
        child<QPushButton>(&window, QStringLiteral("quickSetup"))->click();
        QVERIFY(sawError);
        QVERIFY(progressDone);
        auto org = e->organizations().find(QStringLiteral("acme"));
        QVERIFY(org.ok());
        QCOMPARE(org.value().state, OrgState::Active);
        QCOMPARE(window.organizationView()->organizationId(), org.value().id);
        QCOMPARE(window.windowTitle(), QStringLiteral("Mailroom — acme (us-east-1)"));
        QVERIFY(
            child<QLabel>(&window, QStringLiteral("breadcrumb"))->text().contains(QStringLiteral("acme")));
    }

    void org3_standardSetupChecksTheKeyAndUsesTheDirectory()
    {
        TestEngine e;
        auto dir = e->directories().create(DirectoryType::ADConnector, QStringLiteral("corp.example.com"),
                                           QStringLiteral("us-east-1"), true);
        QVERIFY(dir.ok());
        MainWindow window(*e);
        window.show();
        bool keyErrorShown = false;
        whenModal<StandardSetupDialog>([&](StandardSetupDialog* dialog) {
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("alias")), QStringLiteral("corp"));
            auto* directory = child<QComboBox>(dialog, QStringLiteral("directory"));
            QCOMPARE(directory->count(), 1);
            auto* interop = child<QCheckBox>(dialog, QStringLiteral("interoperability"));
            QVERIFY(interop->isEnabled());
            interop->setChecked(true);
            dialog->findChildren<QRadioButton*>().at(1)->setChecked(true);
            auto* key = child<QLineEdit>(dialog, QStringLiteral("kmsKey"));
            QTest::keyClicks(
                key, QStringLiteral(
                         "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8091-a2b3c4d5e6f7"));
            auto* create = child<QPushButton>(dialog, QStringLiteral("createButton"));
            keyErrorShown =
                child<QLabel>(dialog, QStringLiteral("kmsKeyError"))->isVisible() && !create->isEnabled();
            shot(dialog, QStringLiteral("standard-setup"));
            key->clear();
            QTest::keyClicks(
                key, QStringLiteral(
                         "arn:aws:kms:us-east-1:123456789012:key/0f1e2d3c-4b5a-6978-8091-a2b3c4d5e6f7"));
            QVERIFY(create->isEnabled());
            whenModal<CreationProgressDialog>([](CreationProgressDialog* progress) {
                auto* open = child<QPushButton>(progress, QStringLiteral("openButton"));
                QTRY_VERIFY(open->isEnabled());
                progress->reject();
            });
            create->click();
        });
        child<QPushButton>(&window, QStringLiteral("standardSetup"))->click();
        QVERIFY(keyErrorShown);
        auto org = e->organizations().find(QStringLiteral("corp"));
        QVERIFY(org.ok());
        QVERIFY(org.value().interoperability);
        QCOMPARE(org.value().directoryId, dir.value().id);
        QCOMPARE(org.value().state, OrgState::Active);
    }

    void org5_removeAsksForTheTypedAlias()
    {
        TestEngine e;
        const Organization org = e.standardOrg(QStringLiteral("doomed"), DirectoryType::SimpleAD);
        MainWindow window(*e);
        window.show();
        window.organizationsScreen()->selectOrganization(org.id);
        bool checked = false;
        whenModal<TypedConfirmDialog>([&](TypedConfirmDialog* dialog) {
            auto* input = child<QLineEdit>(dialog, QStringLiteral("confirmation"));
            auto* confirm = child<QPushButton>(dialog, QStringLiteral("confirmButton"));
            const QString text = dialog->findChild<QLabel*>()->text();
            QTest::keyClicks(input, QStringLiteral("doome"));
            checked = !confirm->isEnabled() && text.contains(QStringLiteral("billed"));
            shot(dialog, QStringLiteral("remove-organization"));
            QTest::keyClicks(input, QStringLiteral("d"));
            QVERIFY(confirm->isEnabled());
            confirm->click();
        });
        child<QPushButton>(&window, QStringLiteral("removeOrganization"))->click();
        QVERIFY(checked);
        QCOMPARE(e->organizations().get(org.id).error().code, ErrorCode::NotFound);
        QVERIFY(e->directories().get(org.directoryId).ok());
    }

    void org5_cancelledRemovalKeepsTheOrganization()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("kept"));
        MainWindow window(*e);
        window.show();
        window.organizationsScreen()->selectOrganization(org.id);
        whenModal<TypedConfirmDialog>([](TypedConfirmDialog* dialog) { dialog->reject(); });
        child<QPushButton>(&window, QStringLiteral("removeOrganization"))->click();
        QVERIFY(e->organizations().get(org.id).ok());
    }

    void adm1_readOnlyAccessDisablesSetupAndRemove()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("ro"));
        e.reopen(AccessLevel::ReadOnly);
        MainWindow window(*e);
        window.show();
        window.organizationsScreen()->selectOrganization(org.id);
        auto* quick = child<QPushButton>(&window, QStringLiteral("quickSetup"));
        QVERIFY(!quick->isEnabled());
        QVERIFY(quick->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(!child<QPushButton>(&window, QStringLiteral("removeOrganization"))->isEnabled());
        QCOMPARE(child<QLabel>(&window, QStringLiteral("accessLevel"))->text(),
                 QStringLiteral("Read-only access"));
    }
};

QTEST_MAIN(TestOrganizationsScreen)
#include "tst_OrganizationsScreen.moc"
