// GRP-1..GRP-3 through the Groups pane, its two-step create dialog, the Members tab and the
// enable/disable actions, offscreen.

#include "GroupTableModel.h"
#include "GuiTest.h"
#include "PaneFixture.h"
#include "TestEngine.h"
#include "groups/CreateGroupWizard.h"
#include "groups/GroupDetailsPanel.h"
#include "groups/GroupMembersTab.h"
#include "groups/Groups.h"
#include "groups/GroupsPane.h"
#include "organizations/Directories.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"
#include "users/EnableReviewDialog.h"
#include "widgets/BatchProgressDialog.h"
#include "widgets/Confirm.h"
#include "widgets/EmptyState.h"
#include "widgets/MemberPicker.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

using namespace mailroom;
using namespace mailroom::test;

namespace {

struct Console : PaneFixture<GroupsPane>
{
    void open(const Organization& organization) { openInWindow(organization, QStringLiteral("Groups")); }
    Group group(const QString& name, const QStringList& members = {})
    {
        return engine->groups()
            .create(org.id, {name, name.toLower() + u'@' + org.testDomain(), members})
            .value();
    }
};

// Searches the picker and moves the first found entry across.
void pick(MemberPicker* picker, const QString& search)
{
    picker->search(search);
    auto* available = child<QListView>(picker, QStringLiteral("available"));
    QVERIFY(available->model()->rowCount() > 0);
    available->selectionModel()->select(available->model()->index(0, 0), QItemSelectionModel::ClearAndSelect);
    child<QToolButton>(picker, QStringLiteral("addChosen"))->click();
}

void closeSummaryWhenDone()
{
    whenModal<BatchProgressDialog>([](BatchProgressDialog* dialog) {
        auto* close = child<QPushButton>(dialog, QStringLiteral("closeButton"));
        QTRY_VERIFY(close->isVisible());
        close->click();
    });
}

} // namespace

class TestGroupsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }
    void init() { QSettings().clear(); }

    void grp1_emptyStateThenCreateInTwoSteps()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("acme")));
        const User amy = c.engine.user(c.org, QStringLiteral("amy"));
        c.engine.user(c.org, QStringLiteral("bob"));
        auto* stack = c.pane->findChild<QStackedWidget*>();
        QVERIFY(qobject_cast<EmptyState*>(stack->currentWidget()));
        shot(c.window.get(), QStringLiteral("groups-empty"));

        bool gated = false;
        whenModal<CreateGroupWizard>([&](CreateGroupWizard* wizard) {
            QAbstractButton* next = wizard->button(QWizard::NextButton);
            QVERIFY(!next->isEnabled());
            QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("groupName")),
                             QStringLiteral("Sales Team"));
            QCOMPARE(child<QLineEdit>(wizard, QStringLiteral("groupEmail"))->text(),
                     QStringLiteral("sales.team@acme.awsapps.com"));
            QVERIFY(next->isEnabled());
            child<QLineEdit>(wizard, QStringLiteral("groupEmail"))
                ->setText(QStringLiteral("sales@elsewhere.example"));
            gated = !next->isEnabled() && wizard->findChildren<QLabel*>().size() > 0;
            child<QLineEdit>(wizard, QStringLiteral("groupEmail"))
                ->setText(QStringLiteral("sales@acme.awsapps.com"));
            next->click();
            pick(wizard->picker(), QStringLiteral("am"));
            QCOMPARE(wizard->picker()->chosenIds(), QStringList{amy.id});
            shot(wizard, QStringLiteral("groups-create-members"));
            wizard->button(QWizard::FinishButton)->click();
        });
        c.action("createGroup")->trigger();
        QVERIFY(gated);
        const Group created = c.engine->groups().findByName(c.org.id, QStringLiteral("Sales Team")).value();
        QCOMPARE(created.email, QStringLiteral("sales@acme.awsapps.com"));
        QCOMPARE(c.engine->groups().members(created.id).value().size(), 1);
        QCOMPARE(c.pane->model()->rowCount(), 1);
        QCOMPARE(c.pane->selectedIds(), QStringList{created.id});
        QCOMPARE(child<QLabel>(c.pane, QStringLiteral("count"))->text(), QStringLiteral("1 of 1 groups"));
        QTRY_COMPARE(c.pane->details()->recipients()->count(), 1);
        QVERIFY(c.pane->details()->recipients()->item(0)->text().startsWith(QStringLiteral("amy <")));
        shot(c.window.get(), QStringLiteral("groups-created"));
    }

    void grp1_nameBreakingItsRuleShowsTheErrorUnderTheField()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("rules")));
        QString error;
        whenModal<CreateGroupWizard>([&](CreateGroupWizard* wizard) {
            child<QLineEdit>(wizard, QStringLiteral("groupName"))->setText(QStringLiteral("Euro €"));
            child<QLineEdit>(wizard, QStringLiteral("groupEmail"))
                ->setText(QStringLiteral("euro@rules.awsapps.com"));
            QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
            for (QLabel* label : wizard->findChildren<QLabel*>())
                if (label->isVisible() && label->text().startsWith(QStringLiteral("Group name:")))
                    error = label->text();
            shot(wizard, QStringLiteral("groups-create-error"));
            wizard->reject();
        });
        c.action("createGroup")->trigger();
        QVERIFY2(error.contains(QStringLiteral("Latin-1")), qPrintable(error));
        QCOMPARE(c.engine->groups().count({c.org.id, {}, std::nullopt, {}, false}).value(), 0);
    }

    void grp1_membersTabSavesAndRefusesALoop()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("loops")));
        const User amy = c.engine.user(c.org, QStringLiteral("amy"));
        const Group inner = c.group(QStringLiteral("Inner"));
        const Group outer = c.group(QStringLiteral("Outer"), {inner.id});
        c.pane->model()->refresh();
        c.pane->select(inner.id);
        QCOMPARE(c.pane->details()->groupId(), inner.id);
        c.action("editMembers")->trigger();
        GroupMembersTab* tab = c.pane->details()->membersTab();
        pick(tab->picker(), QStringLiteral("amy"));
        child<QPushButton>(tab, QStringLiteral("saveMembers"))->click();
        QCOMPARE(c.engine->groups().members(inner.id).value().size(), 1);

        pick(tab->picker(), QStringLiteral("Outer"));
        child<QPushButton>(tab, QStringLiteral("saveMembers"))->click();
        bool shown = false;
        for (QLabel* label : tab->findChildren<QLabel*>())
            shown = shown || (label->isVisible() && label->text().contains(QStringLiteral("loop")));
        QVERIFY(shown);
        shot(c.window.get(), QStringLiteral("groups-members-loop"));
        QCOMPARE(c.engine->groups().members(inner.id).value().size(), 1);
        child<QPushButton>(tab, QStringLiteral("revertMembers"))->click();
        QVERIFY(!tab->isDirty());
        QCOMPARE(c.engine->groups().members(outer.id).value().size(), 1);
    }

    void grp2_enableDirectoryGroupsThenDisable()
    {
        Console c;
        const Organization org = c.engine.standardOrg(QStringLiteral("corp"), DirectoryType::SimpleAD);
        QVERIFY(c.engine->directories().addGroup(org.directoryId, QStringLiteral("Finance")).ok());
        QVERIFY(c.engine->directories().addGroup(org.directoryId, QStringLiteral("Legal")).ok());
        c.open(org);
        QCOMPARE(c.pane->model()->rowCount(), 2);
        c.pane->table()->selectAll();
        QVERIFY(!c.action("disableGroups")->isEnabled());
        QVERIFY(c.action("disableGroups")->toolTip().contains(QStringLiteral("enabled")));
        QVERIFY(c.action("enableGroups")->isEnabled());
        whenModal<EnableReviewDialog>([&](EnableReviewDialog* dialog) {
            shot(dialog, QStringLiteral("groups-enable-review"));
            closeSummaryWhenDone();
            child<QPushButton>(dialog, QStringLiteral("enableButton"))->click();
        });
        c.action("enableGroups")->trigger();
        QCOMPARE(c.engine->groups().findByName(org.id, QStringLiteral("Finance")).value().email,
                 QStringLiteral("finance@corp.awsapps.com"));
        QCOMPARE(c.engine->groups().findByName(org.id, QStringLiteral("Legal")).value().state,
                 GroupState::Enabled);

        c.pane->table()->selectAll();
        QVERIFY(!c.action("deleteGroups")->isEnabled());
        Confirm::setNextAnswer(true);
        closeSummaryWhenDone();
        c.action("disableGroups")->trigger();
        QCOMPARE(c.engine->groups().findByName(org.id, QStringLiteral("Legal")).value().state,
                 GroupState::Disabled);
    }

    void grp2_stateFilterAndSearch()
    {
        Console c;
        c.open(c.engine.quickOrg(QStringLiteral("filter")));
        c.group(QStringLiteral("Alpha"));
        const Group beta = c.group(QStringLiteral("Beta"));
        QVERIFY(c.engine->groups().disable(beta.id).ok());
        QCOMPARE(c.pane->model()->rowCount(), 2);
        QTest::keyClicks(child<QLineEdit>(c.pane, QStringLiteral("search")), QStringLiteral("al"));
        QCOMPARE(c.pane->model()->rowCount(), 1);
        QCOMPARE(child<QLabel>(c.pane, QStringLiteral("count"))->text(), QStringLiteral("1 of 2 groups"));
        child<QLineEdit>(c.pane, QStringLiteral("search"))->clear();
        c.pane->model()->setStateFilter(GroupState::Disabled);
        QCOMPARE(c.pane->model()->rowCount(), 1);
        QCOMPARE(c.pane->model()->groupAt(0)->name, QStringLiteral("Beta"));
    }

    void iop2_interoperabilityLeavesOnlyEnable()
    {
        Console c;
        const Organization org = c.engine.exchangeOrg(QStringLiteral("iop"));
        const Group sales =
            c.engine->directories().addGroup(org.directoryId, QStringLiteral("Sales")).value();
        const Group legal =
            c.engine->directories().addGroup(org.directoryId, QStringLiteral("Legal")).value();
        QVERIFY(
            c.engine->groups().enable(legal.id, c.engine->groups().proposedAddress(legal.id).value()).ok());
        c.open(org);
        c.pane->select(sales.id);
        QVERIFY(c.action("enableGroups")->isEnabled());
        c.pane->select(legal.id);
        for (const char* name : {"disableGroups", "editMembers"}) {
            QVERIFY2(!c.action(name)->isEnabled(), name);
            QVERIFY2(c.action(name)->toolTip().contains(QStringLiteral("Exchange admin center")), name);
        }
    }
};

QTEST_MAIN(TestGroupsPane)
#include "tst_GroupsPane.moc"
