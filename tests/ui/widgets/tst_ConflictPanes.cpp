// Every editing pane with a second administrator (ARCHITECTURE.md, versions and Conflict): while
// a pane shows an object, a second engine on the same database changes it. Saving a different
// field keeps both; saving the same field (or a document that moved on) shows the shared
// ConflictBar with theirs beside yours and writes nothing; Keep mine then writes over theirs.

#include "GuiTest.h"
#include "TestEngine.h"
#include "domains/Domains.h"
#include "domains/IdentityPolicyTab.h"
#include "flow/FlowRuleDialog.h"
#include "flow/FlowRules.h"
#include "groups/GroupMembersTab.h"
#include "groups/Groups.h"
#include "mobile/MobileDevices.h"
#include "resources/ResourceBookingTab.h"
#include "resources/ResourceDelegatesTab.h"
#include "resources/ResourceGeneralTab.h"
#include "resources/Resources.h"
#include "settings/JournalingPane.h"
#include "settings/MigrationPane.h"
#include "settings/MobilePolicyPane.h"
#include "settings/OrgSettings.h"
#include "users/UserGeneralTab.h"
#include "users/Users.h"
#include "widgets/ConflictBar.h"
#include "widgets/MemberPicker.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

using namespace mailroom;
using namespace mailroom::test;

namespace {

ConflictBar* barOf(QWidget* pane)
{
    return child<ConflictBar>(pane, QStringLiteral("conflictBar"));
}

// A screenshot once the bar's layout has settled (its rows are laid out on the next rounds).
void look(QWidget* widget, const QString& name)
{
    for (int round = 0; round < 3; ++round)
        QCoreApplication::processEvents();
    shot(widget, name);
}

QString cell(QWidget* pane, int row, int column)
{
    auto* label = pane->findChild<QLabel*>(QStringLiteral("conflictCell_%1_%2").arg(row).arg(column));
    return label ? label->text() : QStringLiteral("<no cell %1,%2>").arg(row).arg(column);
}

// The pane's engine hears of the second engine's commit as the console does: through the feed,
// while the event loop turns.
bool heardOf(Engine& engine)
{
    QSignalSpy spy(&engine, &Engine::changed);
    return QTest::qWaitFor([&spy] { return !spy.isEmpty(); }, 2000);
}

} // namespace

class TestConflictPanes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userDetails_otherFieldKept_sameFieldRefused();
    void resourceDetails_sameFieldRefused_keepMine();
    void groupMembers_concurrentAdditionSurvives();
    void resourceDelegates_changeByDifference();
    void journaling_staleDocumentRefused_keepMine();
    void mobilePolicy_staleDocumentRefused();
    void bookingOptions_staleDocumentRefused();
    void identityPolicy_staleDocumentRefused();
    void flowRule_staleDocumentRefused();
    void migrationAdmin_staleChoiceRefused_keepMine();
};

void TestConflictPanes::userDetails_otherFieldKept_sameFieldRefused()
{
    TestEngine e;
    const Organization org = e.quickOrg(QStringLiteral("contoso"));
    const User ada = e.user(org, QStringLiteral("ada.eriksen30"));
    auto maria = e.another(QStringLiteral("maria"));
    UserGeneralTab tab(*e);
    tab.setOrganization(org);
    tab.resize(900, 500);
    tab.show();
    tab.showUser(ada.id);

    // The issue's story: Company edited here while the CLI changes Phone; both are kept.
    child<QLineEdit>(&tab, QStringLiteral("company"))->setText(QStringLiteral("Contoso"));
    UserDetails phone = ada.details;
    phone.phone = QStringLiteral("+1 555 0100");
    QVERIFY(maria->users().updateDetails(ada.id, ada.details, phone).ok());
    QVERIFY(heardOf(*e));
    QVERIFY(!barOf(&tab)->isHidden()); // "changed while you were editing"
    QVERIFY(
        child<QLabel>(&tab, QStringLiteral("conflictHeadline"))->text().contains(QStringLiteral("maria")));
    QVERIFY(tab.save());
    User now = e->users().get(ada.id).value();
    QCOMPARE(now.details.phone, QStringLiteral("+1 555 0100"));
    QCOMPARE(now.details.company, QStringLiteral("Contoso"));
    QVERIFY(barOf(&tab)->isHidden());

    // The same field: refused, shown, nothing written, the edit kept.
    child<QLineEdit>(&tab, QStringLiteral("phone"))->setText(QStringLiteral("+1 555 0199"));
    UserDetails theirs = now.details;
    theirs.phone = QStringLiteral("+1 555 0142");
    QVERIFY(maria->users().updateDetails(ada.id, now.details, theirs).ok());
    QVERIFY(heardOf(*e));
    QVERIFY(!tab.save());
    QVERIFY(barOf(&tab)->showsConflict());
    QCOMPARE(cell(&tab, 1, 0), QStringLiteral("Phone"));
    QCOMPARE(cell(&tab, 1, 1), QStringLiteral("+1 555 0142"));
    QCOMPARE(cell(&tab, 1, 2), QStringLiteral("+1 555 0199"));
    QCOMPARE(e->users().get(ada.id).value().details.phone, QStringLiteral("+1 555 0142"));
    QCOMPARE(child<QLineEdit>(&tab, QStringLiteral("phone"))->text(), QStringLiteral("+1 555 0199"));
    look(&tab, QStringLiteral("conflict-user-details"));

    // Keep mine writes over theirs, explicitly.
    child<QPushButton>(&tab, QStringLiteral("conflictKeepMine"))->click();
    QCOMPARE(e->users().get(ada.id).value().details.phone, QStringLiteral("+1 555 0199"));
    QVERIFY(barOf(&tab)->isHidden());
    QVERIFY(!tab.isDirty());
}

void TestConflictPanes::resourceDetails_sameFieldRefused_keepMine()
{
    TestEngine e;
    const Organization org = e.quickOrg(QStringLiteral("acme"));
    auto room =
        e->resources().create(org.id, {QStringLiteral("boardroom"), QStringLiteral("Floor 2"),
                                       ResourceType::Room, QStringLiteral("boardroom@acme.awsapps.com")});
    QVERIFY(room.ok());
    auto maria = e.another(QStringLiteral("maria"));
    ResourceGeneralTab tab(*e);
    tab.setOrganization(org);
    tab.show();
    tab.showResource(room.value().id);
    auto* description = child<QLineEdit>(&tab, QStringLiteral("resourceDescription"));
    QVERIFY(description);
    description->setText(QStringLiteral("Floor 3"));
    ResourceDetails theirs = room.value().details;
    theirs.description = QStringLiteral("Floor 4");
    QVERIFY(maria->resources().update(room.value().id, room.value().details, theirs).ok());
    QVERIFY(heardOf(*e));
    QVERIFY(!tab.save());
    QVERIFY(barOf(&tab)->showsConflict());
    QCOMPARE(cell(&tab, 1, 1), QStringLiteral("Floor 4"));
    QCOMPARE(e->resources().get(room.value().id).value().details.description, QStringLiteral("Floor 4"));
    child<QPushButton>(&tab, QStringLiteral("conflictKeepMine"))->click();
    QCOMPARE(e->resources().get(room.value().id).value().details.description, QStringLiteral("Floor 3"));
}

void TestConflictPanes::groupMembers_concurrentAdditionSurvives()
{
    TestEngine e;
    const Organization org = e.quickOrg(QStringLiteral("acme"));
    const auto [ada, bob, cy] = e.users(org, {"ada", "bob", "cy"});
    auto group = e->groups().create(
        org.id, {QStringLiteral("sales"), QStringLiteral("sales@acme.awsapps.com"), {ada.id}});
    QVERIFY(group.ok());
    auto maria = e.another(QStringLiteral("maria"));
    GroupMembersTab tab(*e);
    tab.show();
    tab.showGroup(group.value().id);
    // Here: cy is added to the chosen list; meanwhile maria adds bob.
    auto candidates = e->groups().candidates(org.id, QStringLiteral("cy"));
    QVERIFY(candidates.ok() && !candidates.value().isEmpty());
    QVector<Member> chosen = e->groups().members(group.value().id).value();
    chosen.append(candidates.value().first());
    tab.picker()->setChosen(chosen);
    QVERIFY(tab.isDirty());
    QVERIFY(maria->groups().addMembers(group.value().id, {bob.id}).ok());
    QVERIFY(heardOf(*e));
    QVERIFY(tab.save());
    QStringList members;
    const QVector<Member> stored = e->groups().members(group.value().id).value();
    for (const Member& m : stored)
        members << m.name;
    members.sort();
    QCOMPARE(members, (QStringList{QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")}));
    QCOMPARE(tab.picker()->chosenIds().size(), 3); // the tab shows the members now, maria's too
}

void TestConflictPanes::resourceDelegates_changeByDifference()
{
    TestEngine e;
    const Organization org = e.quickOrg(QStringLiteral("acme"));
    const auto [ada, bob, cy] = e.users(org, {"ada", "bob", "cy"});
    auto room = e->resources().create(
        org.id,
        {QStringLiteral("boardroom"), {}, ResourceType::Room, QStringLiteral("boardroom@acme.awsapps.com")});
    QVERIFY(room.ok());
    const QString id = room.value().id;
    QVERIFY(e->resources().setBooking(id, {false, false, true}).ok()); // delegates decide
    QVERIFY(e->resources().addDelegates(id, {ada.id, cy.id}).ok());
    auto maria = e.another(QStringLiteral("maria"));
    ResourceDelegatesTab tab(*e);
    tab.show();
    tab.showResource(id);
    // Here: ada is taken off the chosen list; meanwhile maria adds bob.
    QVector<Member> chosen = e->resources().delegates(id).value();
    chosen.erase(
        std::remove_if(chosen.begin(), chosen.end(), [&](const Member& m) { return m.id == ada.id; }),
        chosen.end());
    QCOMPARE(chosen.size(), 1);
    tab.picker()->setChosen(chosen);
    QVERIFY(tab.isDirty());
    QVERIFY(maria->resources().addDelegates(id, {bob.id}).ok());
    QVERIFY(heardOf(*e));
    QVERIFY(tab.save());
    QStringList delegates;
    const QVector<Member> stored = e->resources().delegates(id).value();
    for (const Member& m : stored)
        delegates << m.name;
    delegates.sort();
    QCOMPARE(delegates, (QStringList{QStringLiteral("bob"), QStringLiteral("cy")}));
    QCOMPARE(tab.picker()->chosenIds().size(), 2);
}

void TestConflictPanes::journaling_staleDocumentRefused_keepMine()
{
    TestEngine e;
    const Organization org = e.quickOrg(QStringLiteral("acme"));
    auto maria = e.another(QStringLiteral("maria"));
    JournalingPane pane(*e);
    pane.resize(900, 640);
    pane.show();
    pane.showOrganization(org);
    child<QCheckBox>(&pane, QStringLiteral("journalingEnabled"))->setChecked(true);
    child<QLineEdit>(&pane, QStringLiteral("journalAddress"))->setText(QStringLiteral("mine@example.com"));
    child<QLineEdit>(&pane, QStringLiteral("reportAddress"))->setText(QStringLiteral("report@example.com"));
    QVERIFY(maria->settings()
                .setJournaling(org.id,
                               {true, QStringLiteral("theirs@example.com"), QStringLiteral("r@example.com")})
                .ok());
    QVERIFY(heardOf(*e));
    QVERIFY(!pane.save());
    QVERIFY(barOf(&pane)->showsConflict());
    QCOMPARE(e->settings().journaling(org.id).value().journalAddress, QStringLiteral("theirs@example.com"));
    QStringList cells;
    for (int row = 1; row <= 3; ++row)
        cells << cell(&pane, row, 0) + u'=' + cell(&pane, row, 1) + u'/' + cell(&pane, row, 2);
    QVERIFY2(cells.contains(QStringLiteral("Journaling address=theirs@example.com/mine@example.com")),
             qPrintable(cells.join(u' ')));
    look(&pane, QStringLiteral("conflict-journaling"));
    child<QPushButton>(&pane, QStringLiteral("conflictKeepMine"))->click();
    QCOMPARE(e->settings().journaling(org.id).value().journalAddress, QStringLiteral("mine@example.com"));
}

void TestConflictPanes::mobilePolicy_staleDocumentRefused()
{
    TestEngine e;
    const Organization org = e.quickOrg(QStringLiteral("acme"));
    auto maria = e.another(QStringLiteral("maria"));
    MobilePolicyPane pane(*e);
    pane.show();
    pane.showOrganization(org);
    child<QCheckBox>(&pane, QStringLiteral("passwordRequired"))->setChecked(true);
    MobilePolicy theirs;
    theirs.requireDeviceEncryption = true;
    QVERIFY(maria->mobile().setPolicy(org.id, theirs).ok());
    QVERIFY(heardOf(*e));
    QVERIFY(pane.isDirty());
    QVERIFY(!pane.save());
    QVERIFY(barOf(&pane)->showsConflict());
    const MobilePolicy stored = e->mobile().policy(org.id).value();
    QVERIFY(stored.requireDeviceEncryption);
    QVERIFY(!stored.passwordRequired);
    child<QPushButton>(&pane, QStringLiteral("conflictReload"))->click();
    QVERIFY(!pane.isDirty());
    QVERIFY(child<QCheckBox>(&pane, QStringLiteral("requireDeviceEncryption"))->isChecked());
}

void TestConflictPanes::bookingOptions_staleDocumentRefused()
{
    TestEngine e;
    const Organization org = e.quickOrg(QStringLiteral("acme"));
    auto room = e->resources().create(
        org.id,
        {QStringLiteral("boardroom"), {}, ResourceType::Room, QStringLiteral("boardroom@acme.awsapps.com")});
    QVERIFY(room.ok());
    auto maria = e.another(QStringLiteral("maria"));
    ResourceBookingTab tab(*e);
    tab.show();
    tab.showResource(room.value().id);
    child<QCheckBox>(&tab, QStringLiteral("declineRecurring"))->setChecked(true);
    QVERIFY(maria->resources().setBooking(room.value().id, {false, false, true}).ok());
    QVERIFY(heardOf(*e));
    QVERIFY(!tab.save());
    QVERIFY(barOf(&tab)->showsConflict());
    QCOMPARE(cell(&tab, 1, 0), QStringLiteral("Accept all requests"));
    QVERIFY(!e->resources().get(room.value().id).value().booking.declineRecurring);
}

void TestConflictPanes::identityPolicy_staleDocumentRefused()
{
    TestEngine e;
    const Organization org = e.quickOrg(QStringLiteral("acme"));
    const Domain domain = e.verifiedDomain(org, QStringLiteral("acme.example"));
    auto maria = e.another(QStringLiteral("maria"));
    IdentityPolicyTab tab(*e);
    tab.show();
    tab.setDomain(org, e->domains().get(org.id, domain.name).value());
    const QString policy =
        QStringLiteral(R"({"Version":"2008-10-17","Statement":[{"Sid":"%1","Effect":"Allow",)"
                       R"("Principal":{"Service":"workmail.us-east-1.amazonaws.com"},)"
                       R"("Action":["ses:*"],"Resource":"*"}]})");
    child<QPlainTextEdit>(&tab, QStringLiteral("policyEditor"))
        ->setPlainText(policy.arg(QStringLiteral("mine")));
    QVERIFY(maria->domains().setPolicy(org.id, domain.name, policy.arg(QStringLiteral("theirs"))).ok());
    QVERIFY(heardOf(*e));
    QVERIFY(!tab.save());
    QVERIFY(barOf(&tab)->showsConflict());
    QVERIFY(e->domains().get(org.id, domain.name).value().policy.contains(QStringLiteral("theirs")));
}

void TestConflictPanes::flowRule_staleDocumentRefused()
{
    TestEngine e;
    const Organization org = e.quickOrg(QStringLiteral("acme"));
    auto rule = e->flowRules().create(
        org.id, {QStringLiteral("junk"), {QStringLiteral("spam@example.com")}, FlowAction::MoveToJunk});
    QVERIFY(rule.ok());
    auto maria = e.another(QStringLiteral("maria"));
    FlowRuleDialog dialog(*e, org, e->flowRules().get(rule.value().id).value());
    dialog.resize(700, 640);
    dialog.show();
    child<QLineEdit>(&dialog, QStringLiteral("ruleName"))->setText(QStringLiteral("junk mail"));
    QVERIFY(maria->flowRules()
                .update(rule.value().id,
                        {QStringLiteral("spam"), {QStringLiteral("spam@example.com")}, FlowAction::Drop})
                .ok());
    QVERIFY(heardOf(*e));
    child<QPushButton>(&dialog, QStringLiteral("okButton"))->click();
    QVERIFY(dialog.isVisible()); // refused: the dialog stays with the edit
    QVERIFY(barOf(&dialog)->showsConflict());
    QCOMPARE(e->flowRules().get(rule.value().id).value().name, QStringLiteral("spam"));
    look(&dialog, QStringLiteral("conflict-flow-rule"));
}

void TestConflictPanes::migrationAdmin_staleChoiceRefused_keepMine()
{
    TestEngine e;
    const Organization org = e.quickOrg(QStringLiteral("acme"));
    const auto [dana, bob] = e.users(org, {"dana", "bob"});
    auto maria = e.another(QStringLiteral("maria"));
    MigrationPane pane(*e);
    pane.resize(900, 700);
    pane.show();
    pane.showOrganization(org);
    auto* typed = child<QLineEdit>(&pane, QStringLiteral("migrationAdminUser"));
    typed->setText(QStringLiteral("dana"));
    QVERIFY(maria->settings().setMigrationAdmin(org.id, bob.id).ok());
    QVERIFY(heardOf(*e));
    // The pane shows maria's choice as the current one, says it changed while being edited, and
    // keeps what was typed.
    QVERIFY(
        child<QLabel>(&pane, QStringLiteral("migrationAdminName"))->text().contains(QStringLiteral("bob")));
    QVERIFY(barOf(&pane)->isVisible());
    QCOMPARE(typed->text(), QStringLiteral("dana"));
    QVERIFY(!pane.save());
    QVERIFY(barOf(&pane)->showsConflict());
    QCOMPARE(cell(&pane, 1, 0), QStringLiteral("Migration administrator"));
    QCOMPARE(cell(&pane, 1, 1), QStringLiteral("bob"));
    QCOMPARE(cell(&pane, 1, 2), QStringLiteral("dana"));
    QCOMPARE(e->settings().migrationAdmin(org.id).value().user->id, bob.id);
    QCOMPARE(typed->text(), QStringLiteral("dana"));
    look(&pane, QStringLiteral("conflict-migration"));
    child<QPushButton>(&pane, QStringLiteral("conflictKeepMine"))->click();
    QCOMPARE(e->settings().migrationAdmin(org.id).value().user->id, dana.id);
    QVERIFY(!barOf(&pane)->isVisible());
}

QTEST_MAIN(TestConflictPanes)
#include "tst_ConflictPanes.moc"
