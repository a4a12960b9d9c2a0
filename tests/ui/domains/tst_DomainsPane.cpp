// DOM-1..DOM-7 through the Domains pane, its wizard and its tabs, offscreen; the DNS check runs
// for real against dnsmasq on a loopback address of its own (MAILROOM_DNS_SERVER points the
// pane at it).

#include "DnsServer.h"
#include "DomainTableModel.h"
#include "GuiTest.h"
#include "ModelRoles.h"
#include "PaneFixture.h"
#include "RequirePeer.h"
#include "TestEngine.h"
#include "domains/AddDomainWizard.h"
#include "domains/DnsCheckView.h"
#include "domains/DnsRecordsView.h"
#include "domains/DomainCheckPage.h"
#include "domains/DomainDetailsPanel.h"
#include "domains/DomainRecordsPage.h"
#include "domains/Domains.h"
#include "domains/DomainsPane.h"
#include "domains/IdentityPolicyTab.h"
#include "organizations/Organizations.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"
#include "users/UserAddresses.h"
#include "widgets/TypedConfirmDialog.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace mailroom;
using namespace mailroom::test;

namespace {

// An address apart from tst_DnsCheck's, so as not to wait for it (DnsServer takes turns).
const QString ServerAddress = QStringLiteral("127.0.0.154");

// In a modal handler a failed check must still close the dialog: checks return a message.
#define EXPECT(cond)                                                                                         \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            return QStringLiteral("line %1: %2").arg(__LINE__).arg(QStringLiteral(#cond));                   \
    } while (false)

struct Console : PaneFixture<DomainsPane>
{
    void open(const Organization& organization)
    {
        openInWindow(organization, QStringLiteral("Domains"), {1300, 900});
    }
    QString cell(const QString& domain, int column)
    {
        return pane->model()->index(pane->model()->rowOf(domain), column).data().toString();
    }
    IdentityPolicyTab* policyTab()
    {
        pane->details()->tabs()->setCurrentWidget(pane->details()->policyTab());
        return pane->details()->policyTab();
    }
};

// Serves every record the domain asks for, correctly, with an NS record of its own.
void publish(DnsServer& server, const Domain& domain, const QString& region)
{
    server.addZone(domain.name);
    server.addNameServer(domain.name, QStringLiteral("ns1.") + domain.name);
    for (const DnsRecord& r : domains::expectedRecords(domain, region)) {
        switch (r.type) {
        case DnsRecord::Type::TXT:
            server.addTxt(r.name, r.value);
            break;
        case DnsRecord::Type::MX:
            server.addMx(r.name, r.value.section(u' ', 1), 10);
            break;
        case DnsRecord::Type::CNAME:
            server.addCname(r.name, r.value);
            break;
        }
    }
}

} // namespace

class TestDomainsPane : public QObject
{
    Q_OBJECT

    // The wizard end to end; skip says why the DNS server could not run.
    QString driveWizard(AddDomainWizard* w, Console& c, DnsServer& server, QString& skip)
    {
        auto* name = child<QLineEdit>(w, QStringLiteral("domainName"));
        QAbstractButton* add = w->button(QWizard::CommitButton);
        EXPECT(name && add && !add->isEnabled());
        QTest::keyClicks(name, QStringLiteral("not a domain"));
        auto* error = child<QLabel>(w, QStringLiteral("domainError"));
        EXPECT(error && error->isVisible() && error->text().contains(QStringLiteral("fully qualified")));
        EXPECT(!add->isEnabled());
        shot(w, QStringLiteral("wizard-1-invalid-name"));
        name->setText(QStringLiteral("bücher.test"));
        EXPECT(!error->isVisible() && add->isEnabled());
        shot(w, QStringLiteral("wizard-1-valid-name"));
        add->click();

        EXPECT(w->currentPage() == w->recordsPage());
        EXPECT(w->recordsPage()->recordsView()->recordCount() == 6);
        const Domain added = c.engine->domains().get(c.org.id, QStringLiteral("xn--bcher-kva.test")).value();
        EXPECT(added.status == DomainStatus::Pending);
        auto* copyToken = child<QAbstractButton>(w, QStringLiteral("copyValue0"));
        EXPECT(copyToken);
        copyToken->click();
        EXPECT(QGuiApplication::clipboard()->text() == added.token);
        EXPECT(child<QLabel>(w, QStringLiteral("recordsHint"))
                   ->text()
                   .contains(QStringLiteral("trailing dot"), Qt::CaseInsensitive));
        QTest::qWait(20); // let the layouts settle before the screenshot, as a person would see it
        shot(w, QStringLiteral("wizard-2-records"));
        w->next();

        EXPECT(w->currentPage() == w->checkPage());
        shot(w, QStringLiteral("wizard-3-before-check"));
        publish(server, added, c.org.region);
        if (!server.start(&skip))
            return {};
        DnsCheckView* check = w->checkPage()->checkView();
        child<QPushButton>(w, QStringLiteral("runDnsCheck"))->click();
        // The check runs in the background: the click returned, Finish waits for it.
        EXPECT(check->isRunning());
        EXPECT(!w->button(QWizard::FinishButton)->isEnabled());
        EXPECT(QTest::qWaitFor([check] { return !check->isRunning(); }, 30000));
        QTableWidget* results = check->results();
        EXPECT(results->rowCount() == 6);
        for (int row = 0; row < 6; ++row)
            EXPECT(results->item(row, 1)->text() == QStringLiteral("Found"));
        EXPECT(results->item(0, 0)->toolTip().contains(QStringLiteral("TXT _amazonses.xn--bcher-kva.test")));
        EXPECT(child<QLabel>(w, QStringLiteral("domainStatus"))->text().contains(QStringLiteral("Verified")));
        EXPECT(w->button(QWizard::FinishButton)->isEnabled());
        shot(w, QStringLiteral("wizard-3-checked"));
        w->button(QWizard::FinishButton)->click();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest"));
        qRegisterMetaType<DnsReport>();
        qputenv("MAILROOM_DNS_SERVER", ServerAddress.toLatin1());
    }
    void init() { QSettings().clear(); }

    void dom1_addDomainThroughTheWizardAndVerifyItForReal()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("acme")));
        QVERIFY(c.pane && c.pane->isVisible());
        QCOMPARE(c.action("addDomain")->shortcut(), QKeySequence(QKeySequence::New));
        DnsServer server(ServerAddress);
        QString failure;
        QString skip;
        whenModal<AddDomainWizard>([&](AddDomainWizard* w) {
            failure = driveWizard(w, c, server, skip);
            if (w->isVisible())
                w->reject();
        });
        c.action("addDomain")->trigger();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        // The domain was added before the check; it is selected whatever the check did.
        QCOMPARE(c.pane->selectedDomain(), QStringLiteral("xn--bcher-kva.test"));
        QCOMPARE(c.cell(QStringLiteral("xn--bcher-kva.test"), DomainTableModel::Name),
                 QStringLiteral("bücher.test"));
        MAILROOM_REQUIRE_PEER(skip.isEmpty(), QStringLiteral("cannot run a DNS server here: ") + skip);
        QCOMPARE(c.cell(QStringLiteral("xn--bcher-kva.test"), DomainTableModel::Status),
                 QStringLiteral("Verified"));
        QCOMPARE(c.cell(QStringLiteral("xn--bcher-kva.test"), DomainTableModel::Records),
                 QStringLiteral("6 of 6 found"));
        QCOMPARE(c.engine->domains().get(c.org.id, QStringLiteral("bücher.test")).value().status,
                 DomainStatus::Verified);
        c.pane->details()->tabs()->setCurrentWidget(c.pane->details()->checkView());
        shot(c.window.get(), QStringLiteral("pane-check-tab"));
        c.pane->details()->showRecords();
        shot(c.window.get(), QStringLiteral("pane-records-tab"));
    }

    void dom6_checkFromThePaneCanBeCancelledAndRecordsNothing()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("cancel"));
        c.engine->domains().add(org.id, QStringLiteral("slow.test")).value();
        c.open(org);
        c.pane->select(QStringLiteral("slow.test"));
        QVERIFY(c.action("checkDns")->isEnabled());
        c.action("checkDns")->trigger();
        DnsCheckView* check = c.pane->details()->checkView();
        QVERIFY(check->isRunning());
        QVERIFY(!c.action("checkDns")->isEnabled());
        QCOMPARE(c.pane->details()->tabs()->currentWidget(), check);
        child<QPushButton>(check, QStringLiteral("cancelDnsCheck"))->click();
        QVERIFY(!check->isRunning());
        QVERIFY(child<QLabel>(check, QStringLiteral("dnsCheckSummary"))
                    ->text()
                    .contains(QStringLiteral("cancelled")));
        QVERIFY(c.engine->domains().get(org.id, QStringLiteral("slow.test")).value().checkReport.isEmpty());
        QCOMPARE(c.cell(QStringLiteral("slow.test"), DomainTableModel::Records),
                 QStringLiteral("Not checked"));
        QVERIFY(c.action("checkDns")->isEnabled());
        // Closing the window while a check runs cancels it quietly.
        c.action("checkDns")->trigger();
        QVERIFY(check->isRunning());
        c.close();
        QTest::qWait(20);
        QVERIFY(c.engine->domains().get(org.id, QStringLiteral("slow.test")).value().checkReport.isEmpty());
    }

    void dom6_problemsShowWithWhatWasSeenAndTheFix()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("twice"));
        const Domain d = c.engine->domains().add(org.id, QStringLiteral("twice.test")).value();
        DnsServer server(ServerAddress);
        server.addZone(d.name);
        // The provider appended the domain to the TXT name; the MX points at another region.
        server.addTxt(QStringLiteral("_amazonses.twice.test.twice.test"), d.token);
        server.addMx(d.name, QStringLiteral("inbound-smtp.eu-west-1.amazonaws.com"));
        QString skip;
        MAILROOM_REQUIRE_PEER(server.start(&skip), QStringLiteral("cannot run a DNS server here: ") + skip);
        c.open(org);
        c.pane->select(d.name);
        c.action("checkDns")->trigger();
        DnsCheckView* check = c.pane->details()->checkView();
        QVERIFY(check->isRunning());
        QVERIFY(child<QWidget>(check, QStringLiteral("dnsCheckProgress"))->isVisible());
        shot(c.window.get(), QStringLiteral("pane-check-running"));
        QTRY_VERIFY_WITH_TIMEOUT(!check->isRunning(), 30000);
        QTableWidget* results = check->results();
        QCOMPARE(results->rowCount(), 6);
        QCOMPARE(results->item(0, 1)->text(), QStringLiteral("Missing"));
        QVERIFY(results->item(0, 3)->toolTip().contains(QStringLiteral("trailing dot")));
        QCOMPARE(results->item(1, 1)->text(), QStringLiteral("Wrong"));
        QCOMPARE(results->item(1, 2)->toolTip(), QStringLiteral("10 inbound-smtp.eu-west-1.amazonaws.com"));
        QCOMPARE(results->item(1, 1)->data(BadgeRole).toInt(), int(Badge::Bad));
        QCOMPARE(c.cell(d.name, DomainTableModel::Status), QStringLiteral("Pending"));
        QCOMPARE(c.cell(d.name, DomainTableModel::Records), QStringLiteral("0 of 6 found"));
        shot(c.window.get(), QStringLiteral("pane-check-problems"));
    }

    void dom5_onlyAVerifiedDomainBecomesDefault()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("def"));
        c.engine.verifiedDomain(org, QStringLiteral("corp.test"));
        c.engine->domains().add(org.id, QStringLiteral("later.test")).value();
        c.open(org);
        QCOMPARE(c.cell(QStringLiteral("def.awsapps.com"), DomainTableModel::Default),
                 QStringLiteral("Default"));
        c.pane->select(QStringLiteral("later.test"));
        QVERIFY(!c.action("setDefaultDomain")->isEnabled());
        QVERIFY(c.action("setDefaultDomain")->toolTip().contains(QStringLiteral("Only a verified domain")));
        c.pane->select(QStringLiteral("corp.test"));
        QVERIFY(c.action("setDefaultDomain")->isEnabled());
        c.action("setDefaultDomain")->trigger();
        QCOMPARE(c.engine->organizations().get(org.id).value().defaultDomain, QStringLiteral("corp.test"));
        QCOMPARE(c.cell(QStringLiteral("corp.test"), DomainTableModel::Default), QStringLiteral("Default"));
        QCOMPARE(c.cell(QStringLiteral("def.awsapps.com"), DomainTableModel::Default), QString());
        QVERIFY(!c.action("setDefaultDomain")->isEnabled());
        QVERIFY(c.action("setDefaultDomain")->toolTip().contains(QStringLiteral("already the default")));
        shot(c.window.get(), QStringLiteral("pane-domains"));
    }

    void dom4_removeIsRefusedWhileAnAddressUsesTheDomain()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("rm"));
        c.engine.verifiedDomain(org, QStringLiteral("old.test"));
        const User kim = c.engine.user(org, QStringLiteral("kim"));
        QVERIFY(c.engine->userAddresses().addAlias(kim.id, QStringLiteral("kim@old.test")).ok());
        c.open(org);

        c.pane->select(QStringLiteral("rm.awsapps.com"));
        QVERIFY(!c.action("removeDomain")->isEnabled());
        QCOMPARE(c.action("removeDomain")->toolTip(), QStringLiteral("The test domain cannot be removed."));

        c.pane->select(QStringLiteral("old.test"));
        QVERIFY(c.action("removeDomain")->isEnabled());
        QString listed;
        whenModal<QMessageBox>([&](QMessageBox* box) {
            listed = box->objectName() + u'|' + box->text() + u'|' + box->informativeText();
            shot(box, QStringLiteral("remove-refused"));
            box->reject();
        });
        c.action("removeDomain")->trigger();
        QVERIFY2(listed.startsWith(QStringLiteral("domainInUse|old.test cannot be removed")),
                 qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("kim@old.test (used by kim)")), qPrintable(listed));
        QVERIFY(c.engine->domains().get(org.id, QStringLiteral("old.test")).ok());

        QVERIFY(c.engine->userAddresses().removeAlias(kim.id, QStringLiteral("kim@old.test")).ok());
        QString failure;
        whenModal<TypedConfirmDialog>([&](TypedConfirmDialog* dialog) {
            failure = [&]() -> QString {
                auto* confirm = child<QPushButton>(dialog, QStringLiteral("confirmButton"));
                auto* input = child<QLineEdit>(dialog, QStringLiteral("confirmation"));
                EXPECT(confirm && input && !confirm->isEnabled());
                QTest::keyClicks(input, QStringLiteral("old.tes"));
                EXPECT(!confirm->isEnabled());
                QTest::keyClicks(input, QStringLiteral("t"));
                EXPECT(confirm->isEnabled());
                shot(dialog, QStringLiteral("remove-confirm"));
                confirm->click();
                return {};
            }();
            if (dialog->isVisible())
                dialog->reject();
        });
        c.action("removeDomain")->trigger();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(c.engine->domains().get(org.id, QStringLiteral("old.test")).error().code,
                 ErrorCode::NotFound);
        QCOMPARE(c.pane->model()->rowOf(QStringLiteral("old.test")), -1);
        QVERIFY(c.pane->details()->domainName() != QStringLiteral("old.test"));
        QCOMPARE(child<QLabel>(c.pane, QStringLiteral("count"))->text(), QStringLiteral("1 of 1 domains"));
    }

    void dom7_invalidPolicyKeepsSaveDisabledAndLeavingAsks()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("pol"));
        c.engine.verifiedDomain(org, QStringLiteral("policy.test"));
        c.open(org);
        c.pane->select(QStringLiteral("policy.test"));
        IdentityPolicyTab* tab = c.policyTab();
        auto* editor = child<QPlainTextEdit>(tab, QStringLiteral("policyEditor"));
        auto* save = child<QPushButton>(tab, QStringLiteral("savePolicy"));
        auto* error = child<QLabel>(tab, QStringLiteral("policyError"));
        const QString stored = editor->toPlainText();
        QVERIFY(stored.contains(QStringLiteral("ses:*")));
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QWidget>(tab, QStringLiteral("policyWarning"))->isHidden());

        editor->setPlainText(
            QString(stored).replace(QStringLiteral("\"Statement\""), QStringLiteral("\"Statement\" ,")));
        QVERIFY(!save->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(QStringLiteral("Identity policy: not valid JSON at character")),
                 qPrintable(error->text()));
        shot(c.window.get(), QStringLiteral("pane-policy-error"));

        // Leaving with unsaved edits asks; Cancel stays, Discard drops them.
        whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!c.pane->mayLeave());
        whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
        QVERIFY(c.pane->mayLeave());
        QCOMPARE(editor->toPlainText(), stored);
        QVERIFY(!error->isVisible());

        const QString edited =
            QString(stored).replace(QStringLiteral("ses:SendBounce"), QStringLiteral("ses:SendEmail"));
        editor->setPlainText(edited);
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(c.engine->domains().get(org.id, QStringLiteral("policy.test")).value().policy, edited);
        QVERIFY(!save->isEnabled());
    }

    void dom7_legacyDomainGetsTheOneClickFix()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("legacy"));
        c.engine.clock().set(QDateTime(QDate(2015, 6, 1), QTime(9, 0), Qt::UTC));
        c.engine->domains().add(org.id, QStringLiteral("legacy.test")).value();
        c.engine.clock().set(startTime());
        c.open(org);
        c.pane->select(QStringLiteral("legacy.test"));
        IdentityPolicyTab* tab = c.policyTab();
        auto* warning = child<QWidget>(tab, QStringLiteral("policyWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(!child<QPlainTextEdit>(tab, QStringLiteral("policyEditor"))
                     ->toPlainText()
                     .contains(QStringLiteral("ses:*")));
        shot(c.window.get(), QStringLiteral("pane-policy-legacy"));
        child<QPushButton>(tab, QStringLiteral("fixPolicy"))->click();
        QVERIFY(warning->isHidden());
        const Domain fixed = c.engine->domains().get(org.id, QStringLiteral("legacy.test")).value();
        QVERIFY(fixed.policy.contains(QStringLiteral("ses:*")));
        QVERIFY(!c.engine->domains().policyNeedsFix(fixed));
        QCOMPARE(child<QPlainTextEdit>(tab, QStringLiteral("policyEditor"))->toPlainText(), fixed.policy);
    }

    void dom2_searchFiltersAndNoMatchSaysSo()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("find"));
        c.engine.verifiedDomain(org, QStringLiteral("alpha.test"));
        c.engine->domains().add(org.id, QStringLiteral("beta.test")).value();
        c.open(org);
        auto* count = child<QLabel>(c.pane, QStringLiteral("count"));
        QCOMPARE(count->text(), QStringLiteral("3 of 3 domains"));
        auto* search = child<QLineEdit>(c.pane, QStringLiteral("search"));
        QTest::keyClicks(search, QStringLiteral("ALP"));
        QCOMPARE(count->text(), QStringLiteral("1 of 3 domains"));
        QTest::keyClicks(search, QStringLiteral("zzz"));
        QCOMPARE(count->text(), QStringLiteral("0 of 3 domains"));
        auto* stack = c.pane->table()->parentWidget();
        auto* empty = child<QWidget>(c.pane, QStringLiteral("emptyState"));
        QCOMPARE(qobject_cast<QStackedWidget*>(stack)->currentWidget(), empty);
        QCOMPARE(child<QLabel>(empty, QStringLiteral("emptyStateText"))->text(),
                 QStringLiteral("No domain of this organization contains “ALPzzz”."));
        shot(c.window.get(), QStringLiteral("pane-no-match"));
        child<QPushButton>(empty, QStringLiteral("emptyStateAction"))->click();
        QCOMPARE(count->text(), QStringLiteral("3 of 3 domains"));
        QCOMPARE(qobject_cast<QStackedWidget*>(stack)->currentWidget(), c.pane->table());
    }

    void adm1_readOnlyAccessDisablesChangesAndSaysWhy()
    {
        Console c;
        const Organization org = c.engine.quickOrg(QStringLiteral("ro"));
        c.engine.verifiedDomain(org, QStringLiteral("ro.test"));
        c.engine.reopen(AccessLevel::ReadOnly);
        c.open(org);
        c.pane->select(QStringLiteral("ro.test"));
        for (const char* name : {"addDomain", "setDefaultDomain", "removeDomain"}) {
            QVERIFY2(!c.action(name)->isEnabled(), name);
            QCOMPARE(c.action(name)->toolTip(), QStringLiteral("Your access is read-only."));
        }
        QVERIFY(c.action("checkDns")->isEnabled()); // a check may run; its result is not recorded
        IdentityPolicyTab* tab = c.policyTab();
        QVERIFY(child<QPlainTextEdit>(tab, QStringLiteral("policyEditor"))->isReadOnly());
    }

    void dom3_modelFollowsEveryChange()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("model"));
        DomainTableModel model(*e);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOrganization(org.id);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DomainTableModel::Records).data().toString(), QStringLiteral("None needed"));
        e->domains().add(org.id, QStringLiteral("one.test")).value();
        QCOMPARE(model.rowCount(), 2);
        const int row = model.rowOf(QStringLiteral("one.test"));
        QCOMPARE(model.index(row, DomainTableModel::Status).data().toString(), QStringLiteral("Pending"));
        QCOMPARE(model.index(row, DomainTableModel::Status).data(BadgeRole).toInt(), int(Badge::Pending));
        QCOMPARE(model.index(row, DomainTableModel::LastChecked).data().toString(), QStringLiteral("Never"));
        QCOMPARE(model.index(row, 0).data(IdRole).toString(), QStringLiteral("one.test"));
        e.verifiedDomain(org, QStringLiteral("two.test"));
        const int two = model.rowOf(QStringLiteral("two.test"));
        QCOMPARE(model.index(two, DomainTableModel::Status).data(BadgeRole).toInt(), int(Badge::Good));
        QCOMPARE(model.index(two, DomainTableModel::Records).data().toString(),
                 QStringLiteral("1 of 1 found"));
        QVERIFY(!model.index(two, DomainTableModel::LastChecked).data().toString().isEmpty());
        e->domains().setDefault(org.id, QStringLiteral("two.test")).value();
        QCOMPARE(model.index(two, DomainTableModel::Default).data().toString(), QStringLiteral("Default"));
        // Removing the default makes the test domain the default again, though the change names only
        // two.test.
        QVERIFY(e->domains().remove(org.id, QStringLiteral("two.test"), QStringLiteral("two.test")).ok());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("model.awsapps.com")), DomainTableModel::Default)
                     .data()
                     .toString(),
                 QStringLiteral("Default"));
        // Other organizations' domains are not shown.
        const Organization other = e.quickOrg(QStringLiteral("other"));
        e->domains().add(other.id, QStringLiteral("elsewhere.test")).value();
        QCOMPARE(model.rowCount(), 2);
    }
};

QTEST_MAIN(TestDomainsPane)
#include "tst_DomainsPane.moc"
