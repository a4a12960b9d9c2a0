// MIG-2 through the wizard's "Complete the migration" page and the Migration pane, offscreen: the
// DNS check runs for real against dnsmasq on a loopback address of its own, serving a verified
// domain's records as the engine says they must be (Domains::records), less what a test leaves out.

#include "DnsServer.h"
#include "GuiTest.h"
#include "RequirePeer.h"
#include "TestEngine.h"
#include "domains/Domains.h"
#include "interop/InteropProgress.h"
#include "interop/wizard/InteropMigrationPage.h"
#include "settings/MigrationChecklistView.h"
#include "settings/MigrationPane.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>
#include <QWizard>

using namespace mailroom;
using namespace mailroom::test;
using Purpose = DnsRecord::Purpose;

namespace {

// An address apart from the other DNS tests', so as not to wait for them (DnsServer takes turns).
const QString ServerAddress = QStringLiteral("127.0.0.171");
constexpr int CheckMs = 30000;

enum Column
{
    DomainColumn,
    StateColumn,
    CheckedColumn,
    DetailsColumn
};

// Serves the domain's records as the engine asks for them, with an NS record of its own; the
// records of the purposes in leaveOut are not published, except that a left-out MX points at
// Exchange instead (as in interoperability mode). dkimLeftOut: one DKIM record not published.
void publish(DnsServer& server, Engine& engine, const Organization& org, const Domain& domain,
             const QSet<Purpose>& leaveOut = {}, bool dkimLeftOut = false)
{
    server.addZone(domain.name);
    server.addNameServer(domain.name, QStringLiteral("ns1.") + domain.name);
    bool dkimSkipped = false;
    const QVector<DnsRecord> records = engine.domains().records(org.id, domain.name).value();
    for (const DnsRecord& r : records) {
        if (leaveOut.contains(r.purpose)) {
            if (r.purpose == Purpose::MailExchange)
                server.addMx(r.name, QStringLiteral("mail.exchange.corp.example.com"), 10);
            continue;
        }
        if (r.purpose == Purpose::Dkim && dkimLeftOut && !dkimSkipped) {
            dkimSkipped = true;
            continue;
        }
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

// A screenshot once the pending layout work is done.
void look(QWidget* widget, const QString& name)
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    shot(widget, name);
}

// The page in a wizard of its own, with a page after it so that it has a Next button.
struct Wizard
{
    Wizard(Engine& engine, const Organization& org)
    {
        wizard.setWizardStyle(QWizard::ClassicStyle);
        page = new InteropMigrationPage(engine, &wizard);
        page->setOrganizationId(org.id);
        page->setNameServer(QHostAddress(ServerAddress));
        wizard.addPage(page);
        after = new QWizardPage(&wizard);
        wizard.addPage(after);
        wizard.resize(900, 760);
        wizard.show();
    }
    QWizard wizard;
    InteropMigrationPage* page = nullptr;
    QWizardPage* after = nullptr;

    MigrationChecklistView* view() const { return page->checklistView(); }
    QAbstractButton* next() const { return wizard.button(QWizard::NextButton); }
    QString cell(int row, int column) const { return view()->results()->item(row, column)->text(); }
    bool check()
    {
        child<QPushButton>(page, QStringLiteral("runDnsCheck"))->click();
        return QTest::qWaitFor([this] { return !view()->isRunning(); }, CheckMs);
    }
};

bool stepDone(Engine& engine, const Organization& org)
{
    const QVector<InteropStepDone> done = engine.interopProgress().done(org.id).value();
    for (const InteropStepDone& d : done)
        if (d.step == InteropStep::CompleteMigration)
            return true;
    return false;
}

} // namespace

class TestInteropMigrationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest"));
        qRegisterMetaType<DnsReport>();
        qputenv("MAILROOM_DNS_SERVER", ServerAddress.toLatin1());
    }
    void init() { QSettings().clear(); }

    void mig2_missingDkimNamesTheDomainAndKeepsNextDisabled()
    {
        TestEngine engine;
        const Organization org = engine.exchangeOrg(QStringLiteral("corp"), true);
        const Domain corp = engine.verifiedDomain(org, QStringLiteral("corp.test"));
        // In interoperability mode the MX stays at Exchange and AutoDiscover is not published yet.
        DnsServer server(ServerAddress);
        publish(server, *engine, org, corp, {Purpose::MailExchange, Purpose::AutoDiscover}, true);
        QString why;
        MAILROOM_REQUIRE_PEER(server.start(&why), QStringLiteral("cannot run a DNS server here: ") + why);

        Wizard w(*engine, org);
        QCOMPARE(w.wizard.currentPage(), w.page);
        QVERIFY(!w.page->clientsDone()->isChecked());
        // The stored report of the verification holds the TXT record only: not checked yet.
        QVERIFY2(w.page->left().contains(QStringLiteral("Check the DNS of corp.test.")),
                 qPrintable(w.page->left()));
        QVERIFY(w.page->subTitle().contains(QStringLiteral("Check the DNS of corp.test.")));
        QVERIFY(!w.next()->isEnabled());
        QCOMPARE(w.view()->results()->rowCount(), 1); // the test domain is not listed
        QCOMPARE(w.cell(0, DomainColumn), QStringLiteral("corp.test"));
        QCOMPARE(w.cell(0, StateColumn), QStringLiteral("Not checked"));
        // The view says which records count in this mode.
        QVERIFY(child<QLabel>(w.page, QStringLiteral("migrationRule"))
                    ->text()
                    .contains(QStringLiteral("only the verification (TXT) and DKIM records")));
        look(&w.wizard, QStringLiteral("page-1-not-checked"));

        // Cancelled at once: nothing is recorded.
        const QString storedBefore = engine->domains().get(org.id, corp.name).value().checkReport;
        child<QPushButton>(w.page, QStringLiteral("runDnsCheck"))->click();
        QVERIFY(w.view()->isRunning());
        QVERIFY(w.page->left().contains(QStringLiteral("Wait for the DNS check")));
        QCOMPARE(w.cell(0, StateColumn), QStringLiteral("Checking…"));
        QVERIFY(child<QPushButton>(w.page, QStringLiteral("cancelDnsCheck"))->isVisible());
        look(&w.wizard, QStringLiteral("page-2-checking"));
        child<QPushButton>(w.page, QStringLiteral("cancelDnsCheck"))->click();
        QVERIFY(!w.view()->isRunning());
        QVERIFY(child<QLabel>(w.page, QStringLiteral("dnsCheckSummary"))
                    ->text()
                    .contains(QStringLiteral("cancelled")));
        QVERIFY(server.roundTrip()); // the cancelled check's answers came and recorded nothing
        QCOMPARE(engine->domains().get(org.id, corp.name).value().checkReport, storedBefore);

        QVERIFY(w.check());
        // Recorded: the stored report now holds all six records.
        const DnsReport stored = DnsReport::fromJson(
            QJsonDocument::fromJson(engine->domains().get(org.id, corp.name).value().checkReport.toUtf8())
                .object());
        QCOMPARE(stored.records.size(), 6);
        QCOMPARE(w.cell(0, StateColumn), QStringLiteral("Records missing"));
        const QString dkim = corp.dkimTokens.first() + QStringLiteral("._domainkey.corp.test");
        QVERIFY2(w.cell(0, DetailsColumn).contains(QStringLiteral("CNAME %1 (Missing)").arg(dkim)),
                 qPrintable(w.cell(0, DetailsColumn)));
        // The MX at Exchange and the missing AutoDiscover record are not held against it.
        QVERIFY(!w.cell(0, DetailsColumn).contains(QStringLiteral("MX")));
        QVERIFY(!w.cell(0, DetailsColumn).contains(QStringLiteral("autodiscover")));
        QVERIFY2(w.page->left().contains(QStringLiteral("Publish the records not found for corp.test")),
                 qPrintable(w.page->left()));
        QVERIFY(!w.next()->isEnabled());
        // Ticking the box is not enough while a record is missing.
        w.page->clientsDone()->click();
        QVERIFY(w.page->clientsDone()->isChecked());
        QVERIFY(w.page->left().contains(QStringLiteral("corp.test")));
        QVERIFY(!w.page->left().contains(QStringLiteral("Client configuration is done")));
        QVERIFY(!w.next()->isEnabled());
        look(&w.wizard, QStringLiteral("page-3-dkim-missing"));
        QVERIFY(!stepDone(*engine, org));
    }

    void mig2_allFoundLeavesTheBoxThenNextMarksTheStep()
    {
        TestEngine engine;
        const Organization org = engine.exchangeOrg(QStringLiteral("done"), true);
        const Domain corp = engine.verifiedDomain(org, QStringLiteral("done.test"));
        DnsServer server(ServerAddress);
        publish(server, *engine, org, corp, {Purpose::MailExchange});
        QString why;
        MAILROOM_REQUIRE_PEER(server.start(&why), QStringLiteral("cannot run a DNS server here: ") + why);
        {
            Wizard w(*engine, org);
            QVERIFY(w.check());
            QCOMPARE(w.cell(0, StateColumn), QStringLiteral("Complete"));
            QCOMPARE(w.cell(0, DetailsColumn),
                     QStringLiteral("The verification and DKIM records are found."));
            QCOMPARE(w.page->left(),
                     QStringLiteral(
                         "Tick \"Client configuration is done\" once the users' mail clients are set up."));
            QVERIFY(!w.next()->isEnabled());
            QVERIFY(child<QLabel>(w.page, QStringLiteral("clientSteps"))
                        ->text()
                        .contains(QStringLiteral("https://done.awsapps.com/mail")));
            look(&w.wizard, QStringLiteral("page-4-all-found"));
            w.page->clientsDone()->click();
            QVERIFY(w.page->left().isEmpty());
            QVERIFY(w.page->subTitle().contains(QStringLiteral("Nothing is left")));
            QVERIFY(w.next()->isEnabled());
            look(&w.wizard, QStringLiteral("page-5-ready"));
            w.next()->click();
            QCOMPARE(w.wizard.currentPage(), w.after);
            QVERIFY(stepDone(*engine, org));
        }
        // Opened again: the stored report and the done step show at once, without a new check.
        Wizard again(*engine, org);
        QVERIFY(again.page->clientsDone()->isChecked());
        QCOMPARE(again.cell(0, StateColumn), QStringLiteral("Complete"));
        QVERIFY(again.page->left().isEmpty());
        QVERIFY(again.next()->isEnabled());
        // Clearing the box takes the step's mark away.
        again.page->clientsDone()->click();
        QVERIFY(!stepDone(*engine, org));
        QVERIFY(!again.next()->isEnabled());
        QVERIFY(again.page->left().contains(QStringLiteral("Client configuration is done")));
    }

    void mig2_manyDomainsAreNamedBrieflyAndTheStepMarkedElsewhereShows()
    {
        TestEngine engine;
        const Organization org = engine.exchangeOrg(QStringLiteral("many"), true);
        for (int i = 1; i <= 12; ++i)
            engine.verifiedDomain(org, QStringLiteral("d%1.test").arg(i, 2, 10, QLatin1Char('0')));
        Wizard w(*engine, org);
        QCOMPARE(w.view()->results()->rowCount(), 12);
        QCOMPARE(w.page->left(),
                 QStringLiteral("Check the DNS of d01.test, d02.test, d03.test, 9 more. Tick \"Client "
                                "configuration is done\" once the users' mail clients are set up."));
        // The table shows a few rows and scrolls; the page fits the wizard without overlapping.
        look(&w.wizard, QStringLiteral("page-6-many-domains"));
        QTableWidget* table = w.view()->results();
        QVERIFY(table->verticalScrollBar()->isVisible());
        auto* clients = child<QLabel>(w.page, QStringLiteral("clientHeading"));
        QVERIFY(clients->mapTo(w.page, QPoint(0, 0)).y() >=
                table->mapTo(w.page, QPoint(0, table->height())).y());
        auto* box = w.page->clientsDone();
        QVERIFY(box->mapTo(&w.wizard, QPoint(0, box->height())).y() <=
                w.next()->mapTo(&w.wizard, QPoint(0, 0)).y());
        QVERIFY(!w.page->clientsDone()->isChecked());
        QVERIFY(engine->interopProgress().markDone(org.id, InteropStep::CompleteMigration));
        QVERIFY(w.page->clientsDone()->isChecked());
        QVERIFY(!w.page->left().contains(QStringLiteral("Client configuration is done")));
    }

    void mig2_migrationPaneShowsTheChecklistAndChecksThere()
    {
        TestEngine engine;
        // Outside interoperability mode every record counts, the MX too.
        const Organization org = engine.quickOrg(QStringLiteral("pane"));
        const Domain good = engine.verifiedDomain(org, QStringLiteral("good.test"));
        const Domain mx = engine.verifiedDomain(org, QStringLiteral("mx.test"));
        DnsServer server(ServerAddress);
        publish(server, *engine, org, good);
        publish(server, *engine, org, mx, {Purpose::MailExchange});
        QString why;
        MAILROOM_REQUIRE_PEER(server.start(&why), QStringLiteral("cannot run a DNS server here: ") + why);

        MainWindow window(*engine);
        window.resize(1300, 900);
        window.show();
        window.openOrganization(org.id);
        QVERIFY(window.organizationView()->selectEntryTitled(QStringLiteral("Migration")));
        auto* pane = window.findChild<MigrationPane*>();
        QVERIFY(pane && pane->isVisible());
        MigrationChecklistView* view = pane->checklistView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->nameServer(), QHostAddress(ServerAddress));
        QCOMPARE(view->organizationId(), org.id);
        // Read-only steps: the box is the wizard's.
        QVERIFY(!pane->findChild<QCheckBox*>(QStringLiteral("clientsDone")));
        QVERIFY(child<QLabel>(pane, QStringLiteral("clientSteps"))
                    ->text()
                    .contains(QStringLiteral("Microsoft Outlook on Windows")));
        QVERIFY(child<QLabel>(pane, QStringLiteral("migrationRule"))
                    ->text()
                    .contains(QStringLiteral("Every record of each domain")));
        QCOMPARE(view->results()->rowCount(), 2);
        look(&window, QStringLiteral("pane-1-not-checked"));

        child<QPushButton>(pane, QStringLiteral("runDnsCheck"))->click();
        QVERIFY(view->isRunning());
        QVERIFY(QTest::qWaitFor([view] { return !view->isRunning(); }, 2 * CheckMs));
        QTableWidget* results = view->results();
        QCOMPARE(results->item(0, DomainColumn)->text(), QStringLiteral("good.test"));
        QCOMPARE(results->item(0, StateColumn)->text(), QStringLiteral("Complete"));
        QCOMPARE(results->item(0, DetailsColumn)->text(), QStringLiteral("All 6 records are found."));
        QCOMPARE(results->item(1, DomainColumn)->text(), QStringLiteral("mx.test"));
        QCOMPARE(results->item(1, StateColumn)->text(), QStringLiteral("Records missing"));
        QVERIFY2(results->item(1, DetailsColumn)->text().contains(QStringLiteral("MX mx.test (Wrong)")),
                 qPrintable(results->item(1, DetailsColumn)->text()));
        QVERIFY(child<QLabel>(pane, QStringLiteral("dnsCheckSummary"))
                    ->text()
                    .startsWith(QStringLiteral("Domains with every record they need: 1 of 2.")));
        // Both checks were recorded for the Domains pane and the wizard to see.
        for (const Domain& d : {good, mx}) {
            const DnsReport stored = DnsReport::fromJson(
                QJsonDocument::fromJson(engine->domains().get(org.id, d.name).value().checkReport.toUtf8())
                    .object());
            QCOMPARE(stored.records.size(), 6);
            QCOMPARE(stored.foundCount(), d.name == good.name ? 6 : 5);
        }
        QVERIFY(results->item(1, DetailsColumn)
                    ->toolTip()
                    .contains(QStringLiteral("mail.exchange.corp.example.com")));
        look(&window, QStringLiteral("pane-2-checked"));
        // A small window: the pane scrolls instead of squeezing the checklist.
        window.resize(1000, 600);
        look(&window, QStringLiteral("pane-3-small-window"));
        QVERIFY(child<QWidget>(pane, QStringLiteral("migrationScroll")));
        QVERIFY(view->results()->height() >= results->rowHeight(0) + results->rowHeight(1));
    }
};

QTEST_MAIN(TestInteropMigrationPage)
#include "tst_InteropMigrationPage.moc"
