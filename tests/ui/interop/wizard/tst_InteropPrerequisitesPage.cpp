// IOP-3 through the wizard's first page, offscreen in a QWizard: the checklist read from the engine
// and kept live while it shows, the MX records asked of a real DNS server (dnsmasq on a loopback
// address of its own) — an MX at Exchange is Done, one at the service's inbound endpoint is a
// finding that keeps Next disabled — and the administrator's confirmation of the migrated
// mailboxes, which leaving the page records as the step done.

#include "DnsServer.h"
#include "GuiTest.h"
#include "RequirePeer.h"
#include "TestEngine.h"
#include "domains/Domains.h"
#include "interop/wizard/InteropPrerequisitesPage.h"
#include "users/Mailboxes.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QWizard>

using namespace mailroom;
using namespace mailroom::test;
using interop::Prerequisite;
using Item = Prerequisite::Item;
using State = Prerequisite::State;

namespace {

// An address apart from the other DNS tests', so as not to wait for them (DnsServer takes turns).
const QString ServerAddress = QStringLiteral("127.0.0.170");
const QString Corp = QStringLiteral("corp.test");
const QString Moved = QStringLiteral("moved.test");

// The state text and details shown in the table for an item (of a domain, when given).
struct Row
{
    int row = -1;
    QString state;
    QString details;
};

Row rowOf(InteropPrerequisitesPage* page, Item item, const QString& domain = {})
{
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("prerequisites"));
    const QVector<Prerequisite> items = page->items();
    for (int i = 0; i < items.size(); ++i)
        if (items.at(i).item == item && (domain.isEmpty() || items.at(i).subject == domain))
            return {i, table->item(i, 1)->text(), table->item(i, 2)->text()};
    return {};
}

User enabledUser(TestEngine& e, const Organization& org, const QString& name)
{
    const User u = e.directoryUser(org, name);
    auto enabled = e->mailboxes().enable(u.id, e->mailboxes().proposedAddress(u.id).value());
    if (!enabled)
        qFatal("enable: %s", qPrintable(enabled.error().message));
    return enabled.value();
}

struct Wizard
{
    QWizard wizard;
    InteropPrerequisitesPage* page;

    Wizard(TestEngine& e, const Organization& org, const QHostAddress& server)
        : page(new InteropPrerequisitesPage(*e))
    {
        page->setOrganizationId(org.id);
        page->setNameServer(server);
        wizard.addPage(page);
        wizard.addPage(new QWizardPage); // so that the page has a Next
        wizard.resize(1000, 720);
        wizard.show();
    }
    QAbstractButton* next() { return wizard.button(QWizard::NextButton); }
    QCheckBox* box() { return child<QCheckBox>(page, QStringLiteral("mailboxesMigrated")); }
};

} // namespace

class TestInteropPrerequisitesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server.addZone(Corp);
        m_server.addMx(Corp, QStringLiteral("mail.corp.test"));
        m_server.addZone(Moved);
        m_server.addMx(Moved, domains::mailExchangeHost(QStringLiteral("us-east-1")));
        QString why;
        MAILROOM_REQUIRE_PEER(m_server.start(&why), QStringLiteral("cannot run a DNS server here: ") + why);
    }

    void iop3_missingItemsNamedAndFollowedLive()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("prqlive"));
        Wizard w(e, org, m_server.address());
        Row user = rowOf(w.page, Item::EnabledUser);
        QCOMPARE(user.state, QStringLiteral("Missing"));
        QVERIFY(user.details.contains(QStringLiteral("enable at least one user")));
        QVERIFY2(w.page->left().contains(QStringLiteral("an enabled user")), qPrintable(w.page->left()));
        QVERIFY(w.page->left().contains(QStringLiteral("a verified corporate domain")));
        QVERIFY(w.page->subTitle().contains(QStringLiteral("Step 1 of 7")));
        QVERIFY(!w.next()->isEnabled());
        // The DNS check ran by itself and found nothing to ask about.
        QTRY_VERIFY(child<QLabel>(w.page, QStringLiteral("dnsCheckSummary"))
                        ->text()
                        .contains(QStringLiteral("no verified domain")));
        QCOMPARE(rowOf(w.page, Item::DnsAtExchange).state, QStringLiteral("Not checked"));
        shot(&w.wizard, QStringLiteral("prerequisites-missing"));

        // A user enabled elsewhere in the console: the page follows without being reopened.
        enabledUser(e, org, QStringLiteral("ann"));
        QTRY_COMPARE(rowOf(w.page, Item::EnabledUser).state, QStringLiteral("Done"));
        QVERIFY(
            rowOf(w.page, Item::EnabledUser).details.contains(QStringLiteral("Enabled users in prqlive: 1")));
        QVERIFY(!w.page->left().contains(QStringLiteral("an enabled user")));
        QVERIFY(w.page->left().contains(QStringLiteral("a verified corporate domain")));
        w.box()->setChecked(true);
        QVERIFY(!w.next()->isEnabled()); // still no verified domain
    }

    void iop3_mxAtExchangeThenAFindingThenTheStepDone()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("prqdns"));
        enabledUser(e, org, QStringLiteral("ann"));
        e.verifiedDomain(org, Corp);
        Wizard w(e, org, m_server.address());
        // The DNS check starts by itself the first time the page shows.
        auto* status = child<QLabel>(w.page, QStringLiteral("dnsCheckSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("DNS checked at")), 60000);
        QVERIFY(!w.page->isDnsCheckRunning());
        Row corp = rowOf(w.page, Item::DnsAtExchange, Corp);
        QCOMPARE(corp.state, QStringLiteral("Done"));
        QVERIFY2(corp.details.contains(QStringLiteral("mail.corp.test")), qPrintable(corp.details));
        QCOMPARE(rowOf(w.page, Item::MigratedMailboxes).state, QStringLiteral("Not checked"));
        // Only the confirmation is left.
        QVERIFY(!w.next()->isEnabled());
        QCOMPARE(w.page->left(), QStringLiteral("Confirm that the mailboxes have been migrated."));
        QVERIFY(w.page->subTitle().contains(w.page->left()));
        w.box()->click();
        QCOMPARE(rowOf(w.page, Item::MigratedMailboxes).state, QStringLiteral("Done"));
        QVERIFY2(w.page->left().isEmpty(), qPrintable(w.page->left()));
        QVERIFY(w.next()->isEnabled());
        QVERIFY(w.page->subTitle().contains(QStringLiteral("Nothing is left")));
        shot(&w.wizard, QStringLiteral("prerequisites-done"));

        // A domain verified meanwhile whose MX already points at the service's inbound endpoint.
        e.verifiedDomain(org, Moved);
        QTRY_COMPARE(rowOf(w.page, Item::DnsAtExchange, Moved).state, QStringLiteral("Not checked"));
        QVERIFY(w.page->left().contains(QStringLiteral("no result for moved.test")));
        QVERIFY(!w.next()->isEnabled());
        auto* check = child<QPushButton>(w.page, QStringLiteral("runDnsCheck"));
        check->click();
        QVERIFY(w.page->isDnsCheckRunning());
        QVERIFY(!check->isEnabled());
        QVERIFY(child<QPushButton>(w.page, QStringLiteral("cancelDnsCheck"))->isVisible());
        QVERIFY(child<QProgressBar>(w.page, QStringLiteral("dnsCheckProgress"))->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!w.page->isDnsCheckRunning(), 60000);
        Row moved = rowOf(w.page, Item::DnsAtExchange, Moved);
        QCOMPARE(moved.state, QStringLiteral("Finding"));
        QVERIFY(moved.details.contains(QStringLiteral("back at Exchange")));
        QCOMPARE(rowOf(w.page, Item::DnsAtExchange, Corp).state, QStringLiteral("Done"));
        QVERIFY(w.box()->isChecked());
        QVERIFY(!w.next()->isEnabled());
        QVERIFY2(
            w.page->left().contains(QStringLiteral("the MX record of moved.test points at this service")),
            qPrintable(w.page->left()));
        shot(&w.wizard, QStringLiteral("prerequisites-finding"));

        // The domain goes: so does its finding; the box is still ticked and Next records the step.
        QVERIFY(e->domains().remove(org.id, Moved, Moved).ok());
        QTRY_VERIFY(w.next()->isEnabled());
        QVERIFY(e->interopProgress().resumeStep(org.id).value() == InteropStep::Prerequisites);
        w.wizard.next();
        QCOMPARE(w.wizard.currentId(), 1);
        auto done = e->interopProgress().done(org.id).value();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().step, InteropStep::Prerequisites);
        QVERIFY(e->interopProgress().resumeStep(org.id).value() == InteropStep::AvailabilitySettings);

        // The step done is the confirmation: shown again, the box is ticked.
        Wizard again(e, org, m_server.address());
        QVERIFY(again.box()->isChecked());
        QVERIFY(again.page->isDone());
    }

    void iop3_cancelTheDnsCheck()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("prqcancel"));
        enabledUser(e, org, QStringLiteral("ann"));
        e.verifiedDomain(org, QStringLiteral("silent.test"));
        // Nothing listens there: the check waits until cancelled.
        Wizard w(e, org, QHostAddress(QStringLiteral("127.0.0.171")));
        QTRY_VERIFY(w.page->isDnsCheckRunning());
        QVERIFY(w.page->left().contains(QStringLiteral("The DNS check is running")));
        QVERIFY(!w.next()->isEnabled());
        child<QPushButton>(w.page, QStringLiteral("cancelDnsCheck"))->click();
        QVERIFY(!w.page->isDnsCheckRunning());
        QVERIFY(child<QPushButton>(w.page, QStringLiteral("runDnsCheck"))->isEnabled());
        QVERIFY(child<QLabel>(w.page, QStringLiteral("dnsCheckSummary"))
                    ->text()
                    .contains(QStringLiteral("cancelled")));
        QCOMPARE(rowOf(w.page, Item::DnsAtExchange, QStringLiteral("silent.test")).state,
                 QStringLiteral("Not checked"));
        w.box()->setChecked(true);
        QVERIFY(w.page->left().contains(QStringLiteral("no result for silent.test")));
        QVERIFY(!w.next()->isEnabled());
    }

private:
    DnsServer m_server{ServerAddress};
};

QTEST_MAIN(TestInteropPrerequisitesPage)
#include "tst_InteropPrerequisitesPage.moc"
