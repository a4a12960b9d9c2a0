// IOP-5 and IOP-6 in the interoperability wizard, offscreen: the email routing page lists the
// enabled users with their routing, shows the addresses each needs and the filled-in Exchange
// commands, marks users done or not done in the engine (refusing users with an address missing),
// and holds Next until every enabled user is done; the Exchange command page fills in the
// availability address space command and holds Next until the administrator says it ran.

#include "GuiTest.h"
#include "ModelRoles.h"
#include "TestEngine.h"
#include "UserTableModel.h"
#include "domains/Domains.h"
#include "interop/DirectorySync.h"
#include "interop/InteropProgress.h"
#include "interop/UserRoutingProxy.h"
#include "interop/wizard/InteropExchangeCommandPage.h"
#include "interop/wizard/InteropRoutingPage.h"
#include "users/EnableReviewDialog.h"
#include "users/Mailboxes.h"
#include "users/Users.h"
#include "widgets/BatchProgressDialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QWizard>

using namespace mailroom;
using namespace mailroom::test;

namespace {

// The wizard the pages live in: the page under test, then a last page so that Next shows.
struct Wizard
{
    explicit Wizard(InteropWizardPage* page, const QString& orgId)
    {
        page->setOrganizationId(orgId);
        wizard.addPage(page);
        wizard.addPage(new QWizardPage);
        wizard.resize(900, 700);
        wizard.show();
    }
    QAbstractButton* next() { return wizard.button(QWizard::NextButton); }
    QWizard wizard;
};

struct Setup
{
    TestEngine engine;
    Organization org;
    User ann; // enabled, both addresses
    User bob; // enabled, the Exchange address missing
    User cy;  // in the directory, not enabled

    Setup()
    {
        org = engine.exchangeOrg(QStringLiteral("iop"));
        engine.verifiedDomain(org, QStringLiteral("corp.example.com"));
        if (!engine->domains().setDefault(org.id, QStringLiteral("corp.example.com")).ok())
            qFatal("setDefault");
        ann = enable(engine.directoryUser(org, QStringLiteral("ann")));
        // Exchange holds only the test-domain address for bob: enabling makes it his primary, and
        // the corporate address that routing needs is missing.
        const User directoryBob = engine.directoryUser(org, QStringLiteral("bob"));
        if (!engine->directorySync().setExchangeAddresses(directoryBob.id,
                                                          {QStringLiteral("bob@iop.awsapps.com")}))
            qFatal("setExchangeAddresses");
        bob = enable(directoryBob);
        cy = engine.directoryUser(org, QStringLiteral("cy"));
    }

    User enable(const User& user)
    {
        const QString proposed = engine->mailboxes().proposedAddress(user.id).value();
        auto enabled = engine->mailboxes().enable(user.id, proposed);
        if (!enabled)
            qFatal("enable: %s", qPrintable(enabled.error().message));
        return enabled.value();
    }

    // The address added in Exchange, then the directory synchronised (IOP-2).
    void synchronise(const User& user, const QString& address)
    {
        QStringList exchange = engine->directorySync().exchangeAddresses(user.id).value();
        exchange.prepend(address);
        if (!engine->directorySync().setExchangeAddresses(user.id, exchange) ||
            !engine->directorySync().syncNow(org.id))
            qFatal("synchronise");
    }

    QStringList routed() { return engine->interopProgress().routedUsers(org.id).value(); }
};

// A screenshot once pending layouts have run (a label's new text widens it only then).
void look(QWidget* widget, const QString& name)
{
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    shot(widget, name);
}

int rowOf(QTableView* table, const QString& username)
{
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, UserTableModel::Username).data().toString() == username)
            return row;
    return -1;
}

void select(QTableView* table, const QStringList& usernames)
{
    table->clearSelection();
    for (const QString& name : usernames) {
        const int row = rowOf(table, name);
        QVERIFY2(row >= 0, qPrintable(name));
        table->selectionModel()->setCurrentIndex(table->model()->index(row, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QString routingText(QTableView* table, const QString& username)
{
    return table->model()->index(rowOf(table, username), UserRoutingProxy::routingColumn()).data().toString();
}

} // namespace

class TestInteropRoutingPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iop5_listsEnabledUsersWithTheirAddressesAndCommands()
    {
        Setup s;
        auto* page = new InteropRoutingPage(*s.engine);
        Wizard w(page, s.org.id);
        auto* table = child<QTableView>(page, QStringLiteral("routingUsers"));
        QCOMPARE(table->model()->rowCount(), 2); // ann and bob; cy is not enabled
        QVERIFY(rowOf(table, QStringLiteral("cy")) < 0);
        QCOMPARE(routingText(table, QStringLiteral("ann")), QStringLiteral("Not done"));
        QVERIFY(
            !table->model()->index(0, UserRoutingProxy::routingColumn()).data(Qt::DecorationRole).isNull());

        select(table, {QStringLiteral("ann")});
        QCOMPARE(child<QLabel>(page, QStringLiteral("address0"))->text(),
                 QStringLiteral("ann@iop.awsapps.com"));
        QCOMPARE(child<QLabel>(page, QStringLiteral("addressState0"))->text(), QStringLiteral("Present"));
        QCOMPARE(child<QLabel>(page, QStringLiteral("address1"))->text(),
                 QStringLiteral("ann@corp.example.com"));
        QCOMPARE(child<QLabel>(page, QStringLiteral("addressState1"))->text(), QStringLiteral("Present"));
        const QString commands =
            child<QPlainTextEdit>(page, QStringLiteral("routingCommands"))->toPlainText();
        QVERIFY(commands.contains(QStringLiteral("Get-Mailbox 'ann'")));
        QVERIFY(commands.contains(QStringLiteral("-ExternalEmailAddress 'ann@iop.awsapps.com'")));
        QVERIFY(
            child<QLabel>(page, QStringLiteral("beforeNotes"))->text().contains(QStringLiteral("test user")));
        QVERIFY(child<QLabel>(page, QStringLiteral("afterNotes"))
                    ->text()
                    .contains(QStringLiteral("ann@corp.example.com")));
        look(&w.wizard, QStringLiteral("routing-ann"));

        child<QTabWidget>(page, QStringLiteral("routingTabs"))->setCurrentIndex(1);
        look(&w.wizard, QStringLiteral("routing-before"));
        child<QTabWidget>(page, QStringLiteral("routingTabs"))->setCurrentIndex(2);
        QGuiApplication::clipboard()->clear();
        child<QPushButton>(page, QStringLiteral("copyRoutingCommands"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), commands);
        QVERIFY(child<QLabel>(page, QStringLiteral("routingCommandsCopied"))->isVisible());
        look(&w.wizard, QStringLiteral("routing-commands"));
        child<QTabWidget>(page, QStringLiteral("routingTabs"))->setCurrentIndex(3);
        look(&w.wizard, QStringLiteral("routing-after"));
        child<QTabWidget>(page, QStringLiteral("routingTabs"))->setCurrentIndex(0);

        // bob lacks the Exchange address: shown missing, with where to fix it.
        select(table, {QStringLiteral("bob")});
        QCOMPARE(child<QLabel>(page, QStringLiteral("address1"))->text(),
                 QStringLiteral("bob@corp.example.com"));
        QCOMPARE(child<QLabel>(page, QStringLiteral("addressState1"))->text(), QStringLiteral("Missing"));
        QVERIFY(child<QLabel>(page, QStringLiteral("addressNote1"))
                    ->text()
                    .contains(QStringLiteral("Exchange admin center")));
        QVERIFY(child<QPlainTextEdit>(page, QStringLiteral("routingCommands"))
                    ->toPlainText()
                    .contains(QStringLiteral("'bob'")));
        look(&w.wizard, QStringLiteral("routing-bob-missing"));

        // The filter searches as the administrator types.
        QTest::keyClicks(child<QLineEdit>(page, QStringLiteral("search")), QStringLiteral("bo"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(page, QStringLiteral("count"))->text(),
                 QStringLiteral("1 of 2 enabled users"));
    }

    void iop5_markingDoneIsStoredAndHoldsNextUntilEveryUserIsDone()
    {
        Setup s;
        auto* page = new InteropRoutingPage(*s.engine);
        Wizard w(page, s.org.id);
        auto* table = child<QTableView>(page, QStringLiteral("routingUsers"));
        QVERIFY(!w.next()->isEnabled());
        QVERIFY(page->left().contains(QStringLiteral("2 enabled users")));
        QVERIFY(page->left().contains(QStringLiteral("ann")) && page->left().contains(QStringLiteral("bob")));
        QVERIFY(page->subTitle().contains(page->left()));

        select(table, {QStringLiteral("ann")});
        child<QPushButton>(page, QStringLiteral("markRoutingDone"))->click();
        QCOMPARE(s.routed(), QStringList{s.ann.id});
        QCOMPARE(routingText(table, QStringLiteral("ann")), QStringLiteral("Routing done"));
        QVERIFY(child<QPushButton>(page, QStringLiteral("markRoutingNotDone"))->isEnabled());
        QVERIFY(!child<QPushButton>(page, QStringLiteral("markRoutingDone"))->isEnabled());
        QCOMPARE(page->left(), QStringLiteral("1 enabled user still needs its routing marked done: bob."));
        QVERIFY(!w.next()->isEnabled());

        // bob is refused while his Exchange address is missing, with the message naming both.
        select(table, {QStringLiteral("bob")});
        child<QPushButton>(page, QStringLiteral("markRoutingDone"))->click();
        QCOMPARE(s.routed(), QStringList{s.ann.id});
        auto* error = child<QLabel>(page, QStringLiteral("userError"));
        QVERIFY(error->isVisible());
        const QString refusal = error->text();
        QVERIFY(refusal.startsWith(QStringLiteral("The routing of bob cannot be marked done")));
        QVERIFY2(refusal.contains(QStringLiteral("bob@corp.example.com")), qPrintable(refusal));
        QVERIFY(refusal.contains(QStringLiteral("Exchange admin center")));
        look(&w.wizard, QStringLiteral("routing-refused"));

        // Once the directory brings the address, bob can be marked and Next opens.
        s.synchronise(s.bob, QStringLiteral("bob@corp.example.com"));
        child<QPushButton>(page, QStringLiteral("markRoutingDone"))->click();
        QStringList both = s.routed();
        both.sort();
        QStringList expected{s.ann.id, s.bob.id};
        expected.sort();
        QCOMPARE(both, expected);
        QVERIFY(page->left().isEmpty());
        QVERIFY(w.next()->isEnabled());
        QVERIFY(!error->isVisible());
        look(&w.wizard, QStringLiteral("routing-all-done"));

        // Mark not done takes ann back out, in the engine and on the page.
        select(table, {QStringLiteral("ann")});
        child<QPushButton>(page, QStringLiteral("markRoutingNotDone"))->click();
        QCOMPARE(s.routed(), QStringList{s.bob.id});
        QCOMPARE(routingText(table, QStringLiteral("ann")), QStringLiteral("Not done"));
        QVERIFY(!w.next()->isEnabled());

        // Next marks the step as a whole done.
        select(table, {QStringLiteral("ann")});
        child<QPushButton>(page, QStringLiteral("markRoutingDone"))->click();
        w.wizard.next();
        QCOMPARE(w.wizard.currentId(), 1);
        QVERIFY(page->isDone());
    }

    void iop5_severalUsersAtOnceReportWhoWasRefused()
    {
        Setup s;
        auto* page = new InteropRoutingPage(*s.engine);
        Wizard w(page, s.org.id);
        auto* table = child<QTableView>(page, QStringLiteral("routingUsers"));
        select(table, {QStringLiteral("ann"), QStringLiteral("bob")});
        QVERIFY(child<QLabel>(page, QStringLiteral("routingHeading"))
                    ->text()
                    .contains(QStringLiteral("2 users selected")));
        QString summary;
        whenModal<BatchProgressDialog>([&summary](BatchProgressDialog* dialog) {
            auto* close = dialog->findChild<QPushButton*>(QStringLiteral("closeButton"));
            QTRY_VERIFY(close->isVisible());
            summary = dialog->findChild<QPlainTextEdit*>(QStringLiteral("summary"))->toPlainText();
            close->click();
        });
        child<QPushButton>(page, QStringLiteral("markRoutingDone"))->click();
        QCOMPARE(s.routed(), QStringList{s.ann.id});
        QVERIFY2(summary.contains(QStringLiteral("1 succeeded")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("bob@corp.example.com")));
    }

    void iop5_usersEnabledElsewhereAndTheEnableReview()
    {
        Setup s;
        auto* page = new InteropRoutingPage(*s.engine);
        Wizard w(page, s.org.id);
        auto* table = child<QTableView>(page, QStringLiteral("routingUsers"));
        auto* show = child<QComboBox>(page, QStringLiteral("showFilter"));
        auto* enable = child<QPushButton>(page, QStringLiteral("enableUsers"));
        QVERIFY(!enable->isEnabled());

        // cy is in the directory, not enabled: marking is refused, Enable… enables cy here.
        show->setCurrentIndex(1);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(routingText(table, QStringLiteral("cy")), QStringLiteral("Not enabled"));
        select(table, {QStringLiteral("cy")});
        QVERIFY(enable->isEnabled());
        look(&w.wizard, QStringLiteral("routing-not-enabled"));
        child<QPushButton>(page, QStringLiteral("markRoutingDone"))->click();
        QVERIFY(s.routed().isEmpty());
        whenModal<BatchProgressDialog>([](BatchProgressDialog* dialog) {
            auto* close = dialog->findChild<QPushButton*>(QStringLiteral("closeButton"));
            QTRY_VERIFY(close->isVisible());
            close->click();
        });
        whenModal<EnableReviewDialog>([](EnableReviewDialog* dialog) {
            dialog->findChild<QPushButton*>(QStringLiteral("enableButton"))->click();
        });
        enable->click();
        QCOMPARE(s.engine->users().get(s.cy.id).value().state, UserState::Enabled);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QCOMPARE(child<QLabel>(page, QStringLiteral("emptyStateText"))->text(),
                 QStringLiteral("Every user of the directory is enabled here."));
        show->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(page->left().contains(QStringLiteral("3 enabled users")));
        QVERIFY(page->left().contains(QStringLiteral("cy")));

        // A user enabled elsewhere (the Users pane) appears, and left() counts it.
        const User dee = s.enable(s.engine.directoryUser(s.org, QStringLiteral("dee")));
        QTRY_COMPARE(table->model()->rowCount(), 4);
        QTRY_VERIFY(page->left().startsWith(QStringLiteral("4 enabled users")));
        // Three named, in the list's order, and how many more (the separators are the locale's).
        QVERIFY2(page->left().contains(QStringLiteral("ann, bob")), qPrintable(page->left()));
        QVERIFY(page->left().contains(QStringLiteral("cy")) &&
                page->left().contains(QStringLiteral("1 more")));
        QVERIFY(!page->left().contains(QStringLiteral("dee")));
        // A mark made elsewhere shows too.
        QVERIFY(s.engine->interopProgress().markDone(s.org.id, InteropStep::EmailRouting, dee.id).ok());
        QTRY_COMPARE(routingText(table, QStringLiteral("dee")), QStringLiteral("Routing done"));
        QVERIFY(page->left().startsWith(QStringLiteral("3 enabled users")));
    }

    void iop5_noEnabledUserAtAll()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("empty"));
        e.directoryUser(org, QStringLiteral("ann"));
        auto* page = new InteropRoutingPage(*e);
        Wizard w(page, org.id);
        QVERIFY(page->left().contains(QStringLiteral("No user is enabled")));
        QVERIFY(!w.next()->isEnabled());
        QVERIFY(child<QLabel>(page, QStringLiteral("emptyStateText"))->isVisible());
        look(&w.wizard, QStringLiteral("routing-empty"));
    }

    void iop6_commandsFilledInAndNextFollowsTheCheckbox()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("acme"));
        auto* page = new InteropExchangeCommandPage(*e);
        {
            Wizard w(page, org.id);
            const QString commands = child<QPlainTextEdit>(page, QStringLiteral("commands"))->toPlainText();
            QVERIFY(commands.contains(QStringLiteral("-ForestName 'acme.awsapps.com'")));
            QVERIFY(commands.contains(QStringLiteral("Get-Credential")));
            QCOMPARE(child<QLineEdit>(page, QStringLiteral("credentialUser"))->text(),
                     QStringLiteral("acme.awsapps.com\\username"));
            QVERIFY(
                child<QLabel>(page, QStringLiteral("notes"))->text().contains(QStringLiteral("free/busy")));
            child<QPushButton>(page, QStringLiteral("copyCommands"))->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), commands);
            child<QPushButton>(page, QStringLiteral("copyCredentialUser"))->click();
            QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("acme.awsapps.com\\username"));

            auto* ran = child<QCheckBox>(page, QStringLiteral("ranCommands"));
            QVERIFY(!ran->isChecked());
            QVERIFY(!w.next()->isEnabled());
            QVERIFY(page->left().contains(QStringLiteral("tick")));
            look(&w.wizard, QStringLiteral("exchange-command"));
            ran->click();
            QVERIFY(w.next()->isEnabled());
            QVERIFY(page->left().isEmpty());
            ran->click();
            QVERIFY(!w.next()->isEnabled());
            ran->click();
            w.wizard.next();
            QCOMPARE(w.wizard.currentId(), 1);
            QVERIFY(page->isDone());
        }
        // Coming back to a done step shows the box ticked.
        auto* again = new InteropExchangeCommandPage(*e);
        Wizard w(again, org.id);
        QVERIFY(child<QCheckBox>(again, QStringLiteral("ranCommands"))->isChecked());
        QVERIFY(w.next()->isEnabled());
    }

    void iop6_outsideInteroperabilityTheCommandsAreRefused()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("plain"), false);
        auto* page = new InteropExchangeCommandPage(*e);
        Wizard w(page, org.id);
        QVERIFY(!w.next()->isEnabled());
        QVERIFY(!child<QCheckBox>(page, QStringLiteral("ranCommands"))->isEnabled());
        QVERIFY(!child<QPushButton>(page, QStringLiteral("copyCommands"))->isEnabled());
        auto* error = child<QLabel>(page, QStringLiteral("generalError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("not in interoperability mode")),
                 qPrintable(error->text()));
    }
};

QTEST_MAIN(TestInteropRoutingPage)
#include "tst_InteropRoutingPage.moc"
