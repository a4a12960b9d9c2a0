// IOP-7 through the wizard's last two pages, offscreen: disabling interoperability confirmed by
// typing the alias (a wrong alias is refused), and the decommission checklist whose DNS items follow
// a real DNS check (DOM-6) against dnsmasq on a loopback address of its own: first the MX still at
// Exchange (marking the switch done is refused), then the service's MX and AutoDiscover records.

#include "DnsServer.h"
#include "GuiTest.h"
#include "RequirePeer.h"
#include "TestEngine.h"
#include "domains/Domains.h"
#include "interop/InteropProgress.h"
#include "interop/wizard/InteropChecklistPage.h"
#include "interop/wizard/InteropDisablePage.h"
#include "interop/wizard/InteropWizard.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "widgets/TypedConfirmDialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QWizard>

using namespace mailroom;
using namespace mailroom::test;

namespace {

// An address apart from the other DNS tests', so as not to wait for them (DnsServer takes turns).
const QString ServerAddress = QStringLiteral("127.0.0.172");
constexpr int DisablePageId = 5;
constexpr int ChecklistPageId = 6;

// The wizard's last two pages in a wizard of their own, as InteropWizard numbers them.
struct Pages
{
    QWizard wizard;
    InteropDisablePage* disable;
    InteropChecklistPage* checklist;

    Pages(Engine& engine, const QString& orgId, int startId)
        : disable(new InteropDisablePage(engine)), checklist(new InteropChecklistPage(engine))
    {
        wizard.setObjectName(QStringLiteral("interopWizard"));
        for (InteropWizardPage* page :
             {static_cast<InteropWizardPage*>(disable), static_cast<InteropWizardPage*>(checklist)}) {
            page->setOrganizationId(orgId);
            page->setNameServer(QHostAddress(ServerAddress));
        }
        wizard.setPage(DisablePageId, disable);
        wizard.setPage(ChecklistPageId, checklist);
        wizard.setStartId(startId);
        wizard.resize(900, 700);
        wizard.show();
        wizard.restart();
    }
    QAbstractButton* button(QWizard::WizardButton which) { return wizard.button(which); }
    QString text(const QString& name) { return child<QLabel>(&wizard, name)->text(); }
    QPushButton* push(const QString& name) { return child<QPushButton>(&wizard, name); }
    // Check DNS, then wait for the run to end; false when it did not end in time.
    bool checkDns()
    {
        push(QStringLiteral("runDnsCheck"))->click();
        if (!checklist->isDnsCheckRunning() || !push(QStringLiteral("cancelDnsCheck"))->isVisible())
            return false;
        return QTest::qWaitFor([this] { return !checklist->isDnsCheckRunning(); }, 30000);
    }
};

// The zone of the domain with its NS and TXT records; the MX and AutoDiscover are the test's.
void publishBase(DnsServer& server, const Domain& domain)
{
    server.addZone(domain.name);
    server.addNameServer(domain.name, QStringLiteral("ns1.") + domain.name);
    server.addTxt(QStringLiteral("_amazonses.") + domain.name, domain.token);
}

void publishService(DnsServer& server, const Domain& domain, const QString& region)
{
    publishBase(server, domain);
    for (const DnsRecord& r : domains::expectedRecords(domain, region)) {
        if (r.type == DnsRecord::Type::MX)
            server.addMx(r.name, r.value.section(u' ', 1), 10);
        else if (r.type == DnsRecord::Type::CNAME)
            server.addCname(r.name, r.value);
    }
}

// A screenshot once the layouts have settled, as a person would see the page.
void look(QWidget* widget, const QString& name)
{
    QTest::qWait(20);
    shot(widget, name);
}

QString stateOf(Pages& p, InteropStep step)
{
    return p.text(QStringLiteral("state-") + interopStepName(step));
}

QPushButton* markOf(Pages& p, InteropStep step)
{
    return p.push(QStringLiteral("mark-") + interopStepName(step));
}

} // namespace

class TestInteropChecklistPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest"));
        qRegisterMetaType<DnsReport>();
    }
    void init() { QSettings().clear(); }

    void iop7_disableIsConfirmedByTypingTheAlias()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("acme"));
        e.directoryUser(org, QStringLiteral("ann"));
        e.directoryUser(org, QStringLiteral("bob"));
        QVERIFY(e->directories().addGroup(org.directoryId, QStringLiteral("Sales")).ok());
        QVERIFY(e->interopProgress().markDone(org.id, InteropStep::Prerequisites).ok());
        Pages p(*e, org.id, DisablePageId);
        QCOMPARE(p.wizard.currentId(), DisablePageId);

        QVERIFY(p.text(QStringLiteral("disableState")).contains(QStringLiteral("cannot be undone")));
        const QString effects = p.text(QStringLiteral("disableEffects"));
        QVERIFY2(effects.contains(QStringLiteral("users not enabled now: 2; groups not enabled now: 1")),
                 qPrintable(effects));
        QVERIFY(effects.contains(QStringLiteral("free/busy")));
        // The steps before disabling that are not done are named as a risk; the one done is not.
        auto* risk = child<QLabel>(&p.wizard, QStringLiteral("earlierStepsRisk"));
        QVERIFY(risk->isVisible());
        QVERIFY(risk->text().contains(QStringLiteral("Availability settings")));
        QVERIFY(risk->text().contains(QStringLiteral("Complete the migration")));
        QVERIFY(!risk->text().contains(QStringLiteral("Prerequisites")));
        QVERIFY(!p.button(QWizard::NextButton)->isEnabled());
        QVERIFY(p.disable->subTitle().contains(QStringLiteral("Left: disable interoperability")));
        look(&p.wizard, QStringLiteral("disable-1-in-mode"));

        // A wrong alias: the dialog's button stays disabled, and the engine refuses it anyway.
        bool wrongRefusedByDialog = false;
        whenModal<TypedConfirmDialog>([&](TypedConfirmDialog* d) {
            QTest::keyClicks(child<QLineEdit>(d, QStringLiteral("confirmation")),
                             QStringLiteral("acme-corp"));
            wrongRefusedByDialog = !child<QPushButton>(d, QStringLiteral("confirmButton"))->isEnabled();
            shot(d, QStringLiteral("disable-2-wrong-alias"));
            d->accept();
        });
        p.push(QStringLiteral("disableInteroperability"))->click();
        QVERIFY(wrongRefusedByDialog);
        auto* error = child<QLabel>(&p.wizard, QStringLiteral("confirmationError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("type the alias acme exactly")),
                 qPrintable(error->text()));
        QVERIFY(e->organizations().get(org.id).value().interoperability);
        QVERIFY(!p.button(QWizard::NextButton)->isEnabled());
        look(&p.wizard, QStringLiteral("disable-3-refused"));

        // Cancelled: nothing happens.
        whenModal<TypedConfirmDialog>([](TypedConfirmDialog* d) { d->reject(); });
        p.push(QStringLiteral("disableInteroperability"))->click();
        QVERIFY(e->organizations().get(org.id).value().interoperability);

        // The right alias disables.
        bool rightAccepted = false;
        whenModal<TypedConfirmDialog>([&](TypedConfirmDialog* d) {
            QTest::keyClicks(child<QLineEdit>(d, QStringLiteral("confirmation")), QStringLiteral("acme"));
            auto* confirm = child<QPushButton>(d, QStringLiteral("confirmButton"));
            rightAccepted = confirm->isEnabled();
            confirm->click();
        });
        p.push(QStringLiteral("disableInteroperability"))->click();
        QVERIFY(rightAccepted);
        QVERIFY(!e->organizations().get(org.id).value().interoperability);
        QVERIFY(!error->isVisible());
        QVERIFY2(p.text(QStringLiteral("disableState")).contains(QStringLiteral("was disabled on")),
                 qPrintable(p.text(QStringLiteral("disableState"))));
        const QString outcome = p.text(QStringLiteral("disableOutcome"));
        QVERIFY2(outcome.contains(QStringLiteral("Users not enabled, now out of the address book: 2.")),
                 qPrintable(outcome));
        QVERIFY(outcome.contains(QStringLiteral("Groups not enabled, now out of the address book: 1.")));
        QVERIFY(!p.push(QStringLiteral("disableInteroperability"))->isVisible());
        QVERIFY(!risk->isVisible());
        QVERIFY(p.button(QWizard::NextButton)->isEnabled());
        QVERIFY(p.disable->subTitle().contains(QStringLiteral("Nothing is left")));
        look(&p.wizard, QStringLiteral("disable-4-done"));

        // Next marks nothing more and leads to the checklist.
        p.wizard.next();
        QCOMPARE(p.wizard.currentId(), ChecklistPageId);
        QVERIFY(p.checklist->subTitle().contains(QStringLiteral("Create resources")));

        // Opened again later: the page says when, and there is nothing to press.
        Pages again(*e, org.id, DisablePageId);
        QVERIFY(again.text(QStringLiteral("disableState")).contains(QStringLiteral("was disabled on")));
        QVERIFY(!again.push(QStringLiteral("disableInteroperability"))->isVisible());
        QVERIFY(!child<QLabel>(&again.wizard, QStringLiteral("disableOutcome"))->isVisible());
        QVERIFY(again.button(QWizard::NextButton)->isEnabled());
    }

    void iop7_checklistRefusedWhileStillInTheMode()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("acme"));
        Pages p(*e, org.id, ChecklistPageId);
        QVERIFY(p.text(QStringLiteral("checklistIntro"))
                    .contains(QStringLiteral("still in interoperability mode")));
        QVERIFY(markOf(p, InteropStep::CreateResources)->isEnabled());
        markOf(p, InteropStep::CreateResources)->click();
        auto* error = child<QLabel>(&p.wizard, QStringLiteral("interoperabilityError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("still in interoperability mode")),
                 qPrintable(error->text()));
        QCOMPARE(stateOf(p, InteropStep::CreateResources), QStringLiteral("To do"));
        QVERIFY(!p.button(QWizard::FinishButton)->isEnabled());
        look(&p.wizard, QStringLiteral("checklist-0-in-mode"));
    }

    void iop7_checklistFollowsTheDnsForReal()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("acme"));
        const Domain domain = e.verifiedDomain(org, QStringLiteral("acme.example"));
        QVERIFY(e->interopProgress().disable(org.id, org.alias).ok());
        Pages p(*e, org.id, ChecklistPageId);

        // Only the TXT record was ever checked: the DNS items are not checked, and cannot be marked.
        QCOMPARE(stateOf(p, InteropStep::SwitchMx), QStringLiteral("Not checked"));
        QCOMPARE(stateOf(p, InteropStep::AutoDiscoverRecord), QStringLiteral("Not checked"));
        QCOMPARE(stateOf(p, InteropStep::CreateResources), QStringLiteral("To do"));
        QVERIFY(!markOf(p, InteropStep::SwitchMx)->isEnabled());
        QVERIFY(markOf(p, InteropStep::SwitchMx)->toolTip().contains(QStringLiteral("Check DNS")));
        QVERIFY(!markOf(p, InteropStep::Decommission)->isEnabled());
        QVERIFY(markOf(p, InteropStep::CreateResources)->isEnabled());
        QVERIFY(
            p.text(QStringLiteral("text-create-resources")).contains(QStringLiteral("No resource exists")));
        QVERIFY(!p.button(QWizard::FinishButton)->isEnabled());
        const QString subTitle = p.checklist->subTitle();
        for (InteropStep step : interopChecklist())
            QVERIFY2(subTitle.contains(InteropProgress::stepLabel(step)), qPrintable(subTitle));
        look(&p.wizard, QStringLiteral("checklist-1-not-checked"));

        // The MX still points at Exchange, and there is no AutoDiscover record.
        QString skip;
        {
            DnsServer exchange(ServerAddress);
            publishBase(exchange, domain);
            exchange.addMx(domain.name, QStringLiteral("mail.acme.example"), 10);
            MAILROOM_REQUIRE_PEER(exchange.start(&skip),
                                  QStringLiteral("cannot run a DNS server here: ") + skip);
            QVERIFY(p.checkDns());
        }
        QCOMPARE(stateOf(p, InteropStep::SwitchMx), QStringLiteral("Wrong"));
        QCOMPARE(stateOf(p, InteropStep::AutoDiscoverRecord), QStringLiteral("Wrong"));
        const QString mxText = p.text(QStringLiteral("text-switch-mx"));
        QVERIFY2(mxText.contains(QStringLiteral("MX acme.example holds 10 mail.acme.example")),
                 qPrintable(mxText));
        QVERIFY(mxText.contains(QStringLiteral("inbound-smtp.us-east-1.amazonaws.com")));
        QVERIFY(mxText.contains(QStringLiteral("72 hours")));
        QVERIFY(p.text(QStringLiteral("text-autodiscover"))
                    .contains(QStringLiteral("CNAME autodiscover.acme.example is missing")));
        QVERIFY(
            p.text(QStringLiteral("dnsCheckSummary")).contains(QStringLiteral("Mail domains checked: 1")));
        QVERIFY(!markOf(p, InteropStep::SwitchMx)->isEnabled());
        // Asked anyway (as a keyboard shortcut or a script would): refused under the item.
        p.checklist->toggle(InteropStep::SwitchMx);
        auto* mxError = child<QLabel>(&p.wizard, QStringLiteral("switch-mxError"));
        QVERIFY(mxError->isVisible());
        QVERIFY(mxError->text().contains(QStringLiteral("once Check DNS finds the MX record")));
        QVERIFY(e->interopProgress().checklistLeft(org.id).value().contains(InteropStep::SwitchMx));
        look(&p.wizard, QStringLiteral("checklist-2-mx-at-exchange"));

        // Cancel stops a run at once; nothing more is recorded.
        {
            DnsServer service(ServerAddress);
            publishService(service, domain, org.region);
            MAILROOM_REQUIRE_PEER(service.start(&skip),
                                  QStringLiteral("cannot run a DNS server here: ") + skip);
            p.push(QStringLiteral("runDnsCheck"))->click();
            QVERIFY(p.checklist->isDnsCheckRunning());
            QVERIFY(child<QWidget>(&p.wizard, QStringLiteral("dnsCheckProgress"))->isVisible());
            shot(&p.wizard, QStringLiteral("checklist-2b-running"));
            p.push(QStringLiteral("cancelDnsCheck"))->click();
            QVERIFY(!p.checklist->isDnsCheckRunning());
            QVERIFY(p.text(QStringLiteral("dnsCheckSummary")).contains(QStringLiteral("cancelled; 0 of 1")));
            QVERIFY(!p.push(QStringLiteral("cancelDnsCheck"))->isVisible());
            QVERIFY(service.roundTrip()); // the cancelled check's answers came and changed nothing
            QCOMPARE(stateOf(p, InteropStep::SwitchMx), QStringLiteral("Wrong"));

            // The service's records, found by a run to the end.
            QVERIFY(p.checkDns());
        }
        QCOMPARE(stateOf(p, InteropStep::SwitchMx), QStringLiteral("To do"));
        QCOMPARE(stateOf(p, InteropStep::AutoDiscoverRecord), QStringLiteral("To do"));
        QVERIFY(p.text(QStringLiteral("text-switch-mx"))
                    .contains(QStringLiteral("pointing at the service: acme.example")));
        QVERIFY(markOf(p, InteropStep::SwitchMx)->isEnabled());
        QVERIFY(markOf(p, InteropStep::AutoDiscoverRecord)->isEnabled());
        // The old server waits for the switch to be marked.
        QVERIFY(!markOf(p, InteropStep::Decommission)->isEnabled());
        QVERIFY(
            markOf(p, InteropStep::Decommission)->toolTip().contains(QStringLiteral("Switch the MX record")));
        look(&p.wizard, QStringLiteral("checklist-3-service-found"));

        markOf(p, InteropStep::SwitchMx)->click();
        QCOMPARE(stateOf(p, InteropStep::SwitchMx), QStringLiteral("Done"));
        QCOMPARE(markOf(p, InteropStep::SwitchMx)->text(), QStringLiteral("Mark not done"));
        QVERIFY(p.text(QStringLiteral("text-switch-mx")).contains(QStringLiteral("Marked done on")));
        QVERIFY(!mxError->isVisible());
        QVERIFY(markOf(p, InteropStep::Decommission)->isEnabled());
        for (InteropStep step : {InteropStep::AutoDiscoverRecord, InteropStep::CreateResources})
            markOf(p, step)->click();
        QVERIFY(!p.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(p.checklist->subTitle().contains(QStringLiteral("Decommission the old mail server")));
        markOf(p, InteropStep::Decommission)->click();
        QVERIFY(e->interopProgress().checklistLeft(org.id).value().isEmpty());
        for (InteropStep step : interopChecklist())
            QCOMPARE(stateOf(p, step), QStringLiteral("Done"));
        QVERIFY(p.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(p.checklist->subTitle().contains(QStringLiteral("Nothing is left")));
        look(&p.wizard, QStringLiteral("checklist-4-all-done"));

        // Undone: Finish waits again.
        markOf(p, InteropStep::CreateResources)->click();
        QCOMPARE(stateOf(p, InteropStep::CreateResources), QStringLiteral("To do"));
        QCOMPARE(e->interopProgress().checklistLeft(org.id).value(),
                 QVector<InteropStep>{InteropStep::CreateResources});
        QVERIFY(!p.button(QWizard::FinishButton)->isEnabled());
    }

    void iop8_theWizardResumesAtTheChecklistOnceDisabled()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("acme"));
        for (InteropStep step : interopSteps()) {
            if (step == InteropStep::Disable)
                break;
            QVERIFY(e->interopProgress().markDone(org.id, step).ok());
        }
        QVERIFY(e->interopProgress().disable(org.id, org.alias).ok());
        InteropWizard w(*e, org.id);
        w.setNameServer(QHostAddress(ServerAddress));
        w.show();
        w.resume();
        QCOMPARE(w.currentId(), InteropWizard::stepPageId(InteropStep::CreateResources));
        auto* page = qobject_cast<InteropChecklistPage*>(w.currentPage());
        QVERIFY(page);
        QCOMPARE(page->items().size(), 4);
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
        look(&w, QStringLiteral("wizard-resumed-at-checklist"));
        w.back();
        QCOMPARE(w.currentPage(), w.stepPage(InteropStep::Disable));
        QVERIFY(child<QLabel>(&w, QStringLiteral("disableState"))
                    ->text()
                    .contains(QStringLiteral("was disabled on")));
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestInteropChecklistPage)
#include "tst_InteropChecklistPage.moc"
