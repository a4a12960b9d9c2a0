// IOP-8 end to end: the interoperability and migration wizard driven from the Organization
// settings' Interoperability section on the sample account's fabrikam-demo (an AD Connector to
// Exchange in interoperability mode), from the prerequisites to the decommission checklist, every
// step checked for real: the DNS by dnsmasq, the EWS test by an HTTPS server with a test CA and the
// password in GNOME Keyring. Closing the wizard and opening it again resumes where it stopped.

#include "AvailabilityTableModel.h"
#include "DnsServer.h"
#include "GuiTest.h"
#include "HttpsServer.h"
#include "KeyringSession.h"
#include "RequirePeer.h"
#include "core/Engine.h"
#include "domains/Domains.h"
#include "interop/AvailabilitySettings.h"
#include "interop/AvailabilitySettingsView.h"
#include "interop/CaBundleChooser.h"
#include "interop/DirectorySync.h"
#include "interop/InteropPane.h"
#include "interop/InteropProgress.h"
#include "interop/wizard/InteropPrerequisitesPage.h"
#include "interop/wizard/InteropWizard.h"
#include "interop/wizard/InteropWizardPage.h"
#include "organizations/Organizations.h"
#include "organizations/SampleAccount.h"
#include "store/Store.h"
#include "users/Users.h"
#include "widgets/BatchProgressDialog.h"
#include "widgets/TypedConfirmDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace mailroom;
using namespace mailroom::test;

namespace {

const QString Alias = QStringLiteral("fabrikam-demo");
const QString DomainName = QStringLiteral("fabrikam-demo.example");
const QString ExchangeMx = QStringLiteral("mail.fabrikam-demo.example");
const QString Account = QStringLiteral("FABRIKAM\\svc-availability");
const QString Password = QStringLiteral("Av41l-ability!");
// How long a step may take on a loaded machine (sanitizers, two cores, the whole suite at once).
constexpr int Patience = 30000;

void type(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

QString stepName(QWizard* wizard)
{
    auto* page = qobject_cast<InteropWizardPage*>(wizard->currentPage());
    return page ? interopStepName(page->step()) : QString();
}

} // namespace

class TestInteropWizard : public QObject
{
    Q_OBJECT

    // The sample account, opened as the console opens it.
    struct Sample
    {
        QTemporaryDir dir;
        std::unique_ptr<Engine> engine;
        Organization org;

        Sample()
        {
            const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
            if (!SampleAccount::generate(path))
                qFatal("generate");
            EngineOptions options;
            options.purgeTimer = false;
            options.hashCost = PasswordHasher::minimal();
            auto opened = Engine::open(path, options);
            if (!opened)
                qFatal("open");
            engine = std::move(opened.value());
            org = engine->organizations().find(Alias).value();
        }
    };

    HttpsServer m_https;

    void next(QWizard* wizard)
    {
        QAbstractButton* button = wizard->button(QWizard::NextButton);
        QTRY_VERIFY2_WITH_TIMEOUT(button->isEnabled(), qPrintable(wizard->currentPage()->subTitle()),
                                  Patience);
        button->click();
    }

    template <typename T> T* on(QWizard* wizard, const char* name)
    {
        return child<T>(wizard->currentPage(), QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_InteropWizard"));
        requireSecretService();
        m_https.addAccount(Account, Password);
        QString why;
        MAILROOM_REQUIRE_PEER(m_https.start(&why), why);
        QSettings().setValue(CaBundleChooser::SettingsKey, m_https.caBundlePath());
    }

    void iop8_fromPrerequisitesToDecommissionOnTheSampleAccount()
    {
        Sample s;
        Engine& engine = *s.engine;
        // Both DNS servers serve the records the engine asks for; the first keeps the MX at Exchange
        // and has no AutoDiscover record yet, the second has everything (after the switch).
        const QVector<DnsRecord> records = engine.domains().records(s.org.id, DomainName).value();
        DnsServer exchangeDns(QStringLiteral("127.0.0.173"));
        exchangeDns.publish(DomainName, records,
                            {DnsRecord::Purpose::MailExchange, DnsRecord::Purpose::AutoDiscover}, ExchangeMx);
        DnsServer serviceDns(QStringLiteral("127.0.0.174"));
        serviceDns.publish(DomainName, records);
        QString why;
        MAILROOM_REQUIRE_PEER(exchangeDns.start(&why) && serviceDns.start(&why), why);

        InteropPane pane(engine);
        pane.resize(1000, 760);
        pane.show();
        pane.setNameServer(exchangeDns.address());
        pane.showOrganization(s.org);
        QVERIFY(pane.isShownFor(s.org));
        QVERIFY(child<QLabel>(&pane, QStringLiteral("interopMode"))
                    ->text()
                    .contains(QStringLiteral("interoperability mode")));
        QCOMPARE(child<QPushButton>(&pane, QStringLiteral("openInteropWizard"))->text(),
                 QStringLiteral("&Open the wizard"));
        shot(&pane, QStringLiteral("interop-pane-start"));

        QWizard* wizard = pane.openWizard();
        QVERIFY(wizard->isVisible());
        QCOMPARE(stepName(wizard), QStringLiteral("prerequisites"));
        QVERIFY(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Step 1 of 7.")));

        // IOP-3: the MX still at Exchange is fine; the mailboxes' migration is the administrator's word.
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->button(QWizard::NextButton)->isEnabled() &&
                                     wizard->currentPage()->subTitle().contains(QStringLiteral("mailboxes")),
                                 Patience);
        auto* prerequisites = qobject_cast<InteropPrerequisitesPage*>(wizard->currentPage());
        QVERIFY(prerequisites);
        // The DNS check starts by itself; once it answered, the MX still at Exchange is done.
        QTRY_VERIFY_WITH_TIMEOUT(
            !prerequisites->isDnsCheckRunning() && !prerequisites->left().contains(DomainName), Patience);
        QVERIFY2(prerequisites->left().contains(QStringLiteral("mailboxes")),
                 qPrintable(prerequisites->left()));
        shot(wizard, QStringLiteral("wizard-1-prerequisites"));
        on<QCheckBox>(wizard, "mailboxesMigrated")->setChecked(true);
        next(wizard);
        QCOMPARE(stepName(wizard), QStringLiteral("availability"));

        // IOP-4: settings saved through the form, the password to the keychain, a real EWS test.
        auto* view = on<AvailabilitySettingsView>(wizard, "availabilitySettings");
        QVERIFY(view->selectDomain(DomainName));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        on<QPushButton>(wizard, "editSettings")->click();
        type(on<QLineEdit>(wizard, "ewsUrl"), m_https.url(QStringLiteral("/EWS/Exchange.asmx")).toString());
        type(on<QLineEdit>(wizard, "serviceAccount"), Account);
        type(on<QLineEdit>(wizard, "password"), Password);
        on<QPushButton>(wizard, "saveSettings")->click();
        QTRY_VERIFY_WITH_TIMEOUT(engine.availability().get(s.org.id, DomainName).ok(), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(on<QPushButton>(wizard, "testSettings")->isEnabled(), Patience);
        on<QPushButton>(wizard, "testSettings")->click();
        QTRY_VERIFY_WITH_TIMEOUT(AvailabilityTableModel::lastTestSucceeded(
                                     engine.availability().get(s.org.id, DomainName).value()),
                                 Patience);
        shot(wizard, QStringLiteral("wizard-2-availability"));
        next(wizard);

        // IOP-6: the command for Exchange, then closed half-way: the wizard resumes here.
        QCOMPARE(stepName(wizard), QStringLiteral("exchange-command"));
        QVERIFY(on<QCheckBox>(wizard, "ranCommands"));
        shot(wizard, QStringLiteral("wizard-3-exchange"));
        wizard->close();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), Patience);
        QCOMPARE(engine.interopProgress().resumeStep(s.org.id).value(),
                 std::optional(InteropStep::ExchangeCommand));
        QCOMPARE(child<QPushButton>(&pane, QStringLiteral("openInteropWizard"))->text(),
                 QStringLiteral("&Resume the wizard"));
        QVERIFY(child<QLabel>(&pane, QStringLiteral("interopResume"))
                    ->text()
                    .contains(QStringLiteral("Availability in Exchange")));
        shot(&pane, QStringLiteral("interop-pane-resume"));

        QTRY_VERIFY(!QPointer<QWizard>(wizard)); // closed wizards are deleted
        wizard = pane.openWizard();
        QCOMPARE(stepName(wizard), QStringLiteral("exchange-command"));
        QVERIFY(wizard->button(QWizard::BackButton)->isEnabled()); // the pages before stay reachable
        on<QCheckBox>(wizard, "ranCommands")->setChecked(true);
        next(wizard);

        // IOP-5: every enabled Exchange user's routing marked done at once.
        QCOMPARE(stepName(wizard), QStringLiteral("routing"));
        auto* users = on<QTableView>(wizard, "routingUsers");
        QTRY_COMPARE_WITH_TIMEOUT(users->model()->rowCount(), 4, Patience);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        users->selectAll();
        whenModal<BatchProgressDialog>([](BatchProgressDialog* dialog) {
            auto* close = dialog->findChild<QPushButton*>(QStringLiteral("closeButton"));
            QTRY_VERIFY_WITH_TIMEOUT(close->isVisible(), Patience);
            close->click();
        });
        on<QPushButton>(wizard, "markRoutingDone")->click();
        QTRY_COMPARE_WITH_TIMEOUT(engine.interopProgress().routedUsers(s.org.id).value().size(), 4, Patience);
        shot(wizard, QStringLiteral("wizard-4-routing"));
        next(wizard);

        // MIG-2: the DNS of the domain checked (verification and DKIM count while the MX stays at
        // Exchange), and the clients configured.
        QCOMPARE(stepName(wizard), QStringLiteral("migration"));
        on<QPushButton>(wizard, "runDnsCheck")->click();
        QTRY_VERIFY_WITH_TIMEOUT(on<QPushButton>(wizard, "runDnsCheck")->isEnabled(), Patience);
        on<QCheckBox>(wizard, "clientsDone")->setChecked(true);
        shot(wizard, QStringLiteral("wizard-5-migration"));
        next(wizard);

        // IOP-7: disabled for good, the alias typed.
        QCOMPARE(stepName(wizard), QStringLiteral("disable"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        whenModal<TypedConfirmDialog>([](TypedConfirmDialog* dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("confirmation")), Alias);
            dialog->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        });
        on<QPushButton>(wizard, "disableInteroperability")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!engine.organizations().get(s.org.id).value().interoperability, Patience);
        shot(wizard, QStringLiteral("wizard-6-disabled"));
        next(wizard);

        // The decommission checklist: the MX still at Exchange is refused, then switched.
        auto* checklist = qobject_cast<InteropWizardPage*>(wizard->currentPage());
        QCOMPARE(stepName(wizard), QStringLiteral("create-resources"));
        on<QPushButton>(wizard, "mark-create-resources")->click();
        static_cast<InteropWizard*>(wizard)->setNameServer(exchangeDns.address());
        on<QPushButton>(wizard, "runDnsCheck")->click();
        QTRY_VERIFY_WITH_TIMEOUT(on<QPushButton>(wizard, "runDnsCheck")->isEnabled(), Patience);
        QVERIFY(!on<QPushButton>(wizard, "mark-switch-mx")->isEnabled());
        QVERIFY2(checklist->left().contains(QStringLiteral("MX")), qPrintable(checklist->left()));
        shot(wizard, QStringLiteral("wizard-7-checklist-at-exchange"));

        static_cast<InteropWizard*>(wizard)->setNameServer(serviceDns.address());
        on<QPushButton>(wizard, "runDnsCheck")->click();
        QTRY_VERIFY_WITH_TIMEOUT(on<QPushButton>(wizard, "mark-switch-mx")->isEnabled(), Patience);
        for (const char* mark : {"mark-autodiscover", "mark-switch-mx"})
            on<QPushButton>(wizard, mark)->click();
        QTRY_VERIFY_WITH_TIMEOUT(on<QPushButton>(wizard, "mark-decommission")->isEnabled(), Patience);
        on<QPushButton>(wizard, "mark-decommission")->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::FinishButton)->isEnabled(), Patience);
        QVERIFY(checklist->left().isEmpty());
        shot(wizard, QStringLiteral("wizard-7-checklist-done"));
        wizard->button(QWizard::FinishButton)->click();

        // Every step is done, in the database, and the pane says so.
        QCOMPARE(engine.interopProgress().resumeStep(s.org.id).value(), std::nullopt);
        QVERIFY(engine.interopProgress().checklistLeft(s.org.id).value().isEmpty());
        QVERIFY(pane.isShownFor(engine.organizations().get(s.org.id).value()));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&pane, QStringLiteral("interopResume"))
                                     ->text()
                                     .contains(QStringLiteral("Every step is done")),
                                 Patience);
        QVERIFY(child<QLabel>(&pane, QStringLiteral("interopMode"))
                    ->text()
                    .contains(QStringLiteral("checklist is complete")));
        QCOMPARE(child<QPushButton>(&pane, QStringLiteral("openInteropWizard"))->text(),
                 QStringLiteral("&Open the wizard"));
        shot(&pane, QStringLiteral("interop-pane-done"));
    }

    void iop2_synchronisingFromThePane()
    {
        Sample s;
        Engine& engine = *s.engine;
        InteropPane pane(engine);
        pane.resize(1000, 760);
        pane.show();
        pane.showOrganization(s.org);
        UserQuery query;
        query.organizationId = s.org.id;
        query.search = QStringLiteral("alma.berg");
        const QString alma = engine.users().page(query, 0, 1).value().first().id;
        // In Exchange Alma gains an alias, and one on a domain this organization does not have.
        QVERIFY(engine.directorySync()
                    .setExchangeAddresses(alma, {QStringLiteral("alma.berg@fabrikam-demo.example"),
                                                 QStringLiteral("alma@fabrikam-demo.example"),
                                                 QStringLiteral("alma@fabrikam.example")})
                    .ok());
        // It runs off the GUI thread: while another program holds the write lock, the pane says
        // it is synchronising and offers Stop, and the event loop goes on.
        EngineOptions other;
        other.purgeTimer = false;
        other.changeFeed = false;
        other.actor = QStringLiteral("holder");
        auto holder = Engine::open(engine.databasePath(), other);
        QVERIFY(holder.ok());
        auto lock = std::make_unique<Transaction>(holder.value()->store());
        QVERIFY(lock->start().ok());
        auto* syncNow = child<QPushButton>(&pane, QStringLiteral("syncNow"));
        syncNow->click();
        QTRY_VERIFY(child<QLabel>(&pane, QStringLiteral("syncRunning"))->isVisible());
        QVERIFY(!syncNow->isEnabled());
        QVERIFY(child<QPushButton>(&pane, QStringLiteral("stopSync"))->isVisible());
        shot(&pane, QStringLiteral("interop-pane-synchronising"));
        lock.reset();
        auto* skipped = child<QTableWidget>(&pane, QStringLiteral("skippedAddresses"));
        QTRY_COMPARE_WITH_TIMEOUT(skipped->rowCount(), 1, Patience);
        QCOMPARE(skipped->item(0, 1)->text(), QStringLiteral("alma@fabrikam.example"));
        QVERIFY(child<QLabel>(&pane, QStringLiteral("lastSync"))
                    ->text()
                    .contains(QStringLiteral("Enabled users updated: 1 of 4.")));
        QVERIFY(child<QLabel>(&pane, QStringLiteral("nextSync"))
                    ->text()
                    .startsWith(QStringLiteral("Next synchronisation:")));
        QTRY_VERIFY(syncNow->isEnabled());
        QVERIFY(!child<QLabel>(&pane, QStringLiteral("syncRunning"))->isVisible());
        QVERIFY(!child<QPushButton>(&pane, QStringLiteral("stopSync"))->isVisible());
        shot(&pane, QStringLiteral("interop-pane-synchronised"));
    }
};

QTEST_MAIN(TestInteropWizard)
#include "tst_InteropWizard.moc"
