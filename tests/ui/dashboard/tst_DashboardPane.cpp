// The organization's dashboard, offscreen: the first navigation entry; its figures against the
// engine's own counts (users by state with system users apart, devices by MOB-4 status, own
// domains by DOM-3 status, flow-rule patterns and the trial); the charts' series and the limit
// bars holding those numbers; a burst of engine changes repainting once without reopening; a
// hidden dashboard catching up when shown; the empty states.

#include "GuiTest.h"
#include "PaneFixture.h"
#include "TestEngine.h"
#include "dashboard/DashboardPane.h"
#include "domains/Domains.h"
#include "flow/FlowRules.h"
#include "mobile/MobileDevices.h"
#include "organizations/Organizations.h"
#include "organizations/SampleAccount.h"
#include "shell/Console.h"
#include "shell/MainWindow.h"
#include "shell/OrganizationView.h"
#include "users/Mailboxes.h"
#include "users/Users.h"
#include "widgets/EmptyState.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace mailroom;
using namespace mailroom::test;

namespace {

CheckIn sync(const User& user, const QString& deviceId)
{
    CheckIn in;
    in.userId = user.id;
    in.deviceId = deviceId;
    in.type = QStringLiteral("iPhone");
    return in;
}

// Lets posted layout requests run, so that a screenshot shows the settled layout.
void settle()
{
    QTest::qWait(20);
}

QColor fill(Badge badge)
{
    return badgeTone(badge)->fill;
}

struct Dashboard : PaneFixture<DashboardPane>
{
    void open(const Organization& organization) { openInWindow(organization, QStringLiteral("Dashboard")); }

    QPieSeries* usersSeries()
    {
        return qobject_cast<QPieSeries*>(get<QChartView>("usersChart")->chart()->series().value(0));
    }
    // The pie's value for the slice whose label starts with name.
    double slice(const QString& name)
    {
        for (QPieSlice* s : usersSeries()->slices())
            if (s->label().startsWith(name + u':'))
                return s->value();
        return -1;
    }
    QAbstractBarSeries* bars(const char* chart)
    {
        return qobject_cast<QAbstractBarSeries*>(get<QChartView>(chart)->chart()->series().value(0));
    }
    // The bar set named label in a status chart: its total and colour (the one non-zero bar).
    QBarSet* barSet(const char* chart, const QString& label)
    {
        for (QBarSet* set : bars(chart)->barSets())
            if (set->label() == label)
                return set;
        return nullptr;
    }
    double bar(const char* chart, const QString& label)
    {
        QBarSet* set = barSet(chart, label);
        return set ? set->sum() : -1;
    }
    QStringList categories(const char* chart)
    {
        for (QAbstractAxis* axis : get<QChartView>(chart)->chart()->axes(Qt::Vertical))
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                return categories->categories();
        return {};
    }
    // The chart box shows its chart (true) or its empty state (false), never both.
    bool showsChart(const char* chart, const char* empty)
    {
        const bool chartShown = get<QChartView>(chart)->isVisible();
        if (chartShown == get<EmptyState>(empty)->isVisible())
            qWarning("%s and %s are both %s", chart, empty, chartShown ? "shown" : "hidden");
        return chartShown && !get<EmptyState>(empty)->isVisible();
    }
    bool showsEmpty(const char* chart, const char* empty)
    {
        return !get<QChartView>(chart)->isVisible() && get<EmptyState>(empty)->isVisible();
    }
};

// What the engine says, asked without the dashboard's code.
int userCount(Engine& engine, const QString& orgId, std::optional<UserState> state, UserRole role)
{
    UserQuery q;
    q.organizationId = orgId;
    q.state = state;
    q.role = role;
    return engine.users().count(q).value();
}

} // namespace

class TestDashboardPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("MailroomTest")); }
    void init() { QSettings().clear(); }

    void dashboardIsTheFirstEntryAndShownOnOpening()
    {
        Dashboard c;
        c.open(c.engine.quickOrg(QStringLiteral("first")));
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
        OrganizationView* view = c.window->organizationView();
        QCOMPARE(view->entryTitles().value(0), QStringLiteral("Dashboard"));
        QCOMPARE(view->entryTitles().value(1), QStringLiteral("Users"));
        QCOMPARE(view->currentPaneTitle(), QStringLiteral("Dashboard"));
        QVERIFY(c.pane && c.pane->isVisible());
        QVERIFY(child<QLabel>(c.window.get(), QStringLiteral("breadcrumb"))
                    ->text()
                    .endsWith(QStringLiteral("› Dashboard")));
        // Ctrl+1 is the Dashboard, Ctrl+2 the Users.
        QTest::keyClick(c.window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(view->currentPaneTitle(), QStringLiteral("Users"));
        QVERIFY(!c.pane->isVisible());
        QTest::keyClick(c.window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(view->currentPaneTitle(), QStringLiteral("Dashboard"));
        QVERIFY(c.pane->isVisible());
    }

    void figuresAndChartsMatchTheEngine()
    {
        Dashboard c;
        // A Simple AD directory brings its system users, Administrator and Guest.
        const Organization org = c.engine.standardOrg(QStringLiteral("figs"), DirectoryType::SimpleAD);
        Engine& e = *c.engine;
        QVector<User> people;
        for (const char* name : {"amy", "ben", "cat", "dan", "eve", "fay"})
            people.append(c.engine.user(org, QString::fromLatin1(name)));
        QVERIFY(e.mailboxes().disable(people.at(4).id).ok());
        QVERIFY(e.mailboxes().disable(people.at(5).id).ok());

        // Domains: two verified, one pending, one failed after the 72 hours' grace.
        c.engine.verifiedDomain(org, QStringLiteral("one.example"));
        c.engine.verifiedDomain(org, QStringLiteral("two.example"));
        const Domain late = e.domains().add(org.id, QStringLiteral("late.example")).value();
        c.engine.clock().advanceDays(3);
        DnsReport missing;
        missing.domain = late.name;
        RecordCheck txt;
        txt.expected = domains::expectedRecords(late, org.region).first();
        txt.outcome = RecordCheck::Outcome::Missing;
        missing.records = {txt};
        QCOMPARE(e.domains().recordCheck(org.id, missing).value().status, DomainStatus::Failed);
        QVERIFY(e.domains().add(org.id, QStringLiteral("new.example")).ok());

        // Devices: amy's needs provisioning, ben's is provisioned, cat's two are to be wiped and
        // wiped, dan's second is provisioned too.
        QVERIFY(e.mobile().checkIn(sync(people.at(0), QStringLiteral("amy-1"))).ok());
        for (const auto& [user, device] : {std::pair{people.at(1), QStringLiteral("ben-1")},
                                           std::pair{people.at(3), QStringLiteral("dan-1")}}) {
            const int key = e.mobile().checkIn(sync(user, device)).value().policyKey;
            CheckIn ack = sync(user, device);
            ack.acknowledges = CheckIn::Acknowledges::Policy;
            ack.policyKey = key;
            QCOMPARE(e.mobile().checkIn(ack).value().device.status, DeviceStatus::ProvisioningSucceeded);
        }
        const MobileDevice toWipe =
            e.mobile().checkIn(sync(people.at(2), QStringLiteral("cat-1"))).value().device;
        QVERIFY(e.mobile().wipe(toWipe.id).ok());
        const MobileDevice wiped =
            e.mobile().checkIn(sync(people.at(2), QStringLiteral("cat-2"))).value().device;
        QVERIFY(e.mobile().wipe(wiped.id).ok());
        CheckIn ackWipe = sync(people.at(2), QStringLiteral("cat-2"));
        ackWipe.acknowledges = CheckIn::Acknowledges::Wipe;
        QCOMPARE(e.mobile().checkIn(ackWipe).value().device.status, DeviceStatus::WipeSucceeded);

        // Flow rules: 3 + 2 sender patterns.
        QVERIFY(e.flowRules()
                    .create(org.id, {QStringLiteral("Partners"),
                                     {QStringLiteral("a.example"), QStringLiteral("*.b.example"),
                                      QStringLiteral("x@c.example")},
                                     FlowAction::BypassSpamCheck})
                    .ok());
        QVERIFY(e.flowRules()
                    .create(org.id, {QStringLiteral("Spam"),
                                     {QStringLiteral("spam.example"), QStringLiteral("junk.example")},
                                     FlowAction::Drop})
                    .ok());

        c.open(org);
        QVERIFY(c.pane->isVisible());
        const DashboardFigures& f = c.pane->figures();

        // The figures, as the engine counts them…
        QCOMPARE(f.enabledUsers, userCount(e, org.id, UserState::Enabled, UserRole::User));
        QCOMPARE(f.disabledUsers, userCount(e, org.id, UserState::Disabled, UserRole::User));
        QCOMPARE(f.systemUsers, userCount(e, org.id, std::nullopt, UserRole::SystemUser));
        const auto devices = e.mobile().countByStatus(org.id).value();
        for (DeviceStatus s : valuesOf<DeviceStatus>())
            QCOMPARE(f.devices.value(s, -1), devices.value(s));
        int pending = 0, verified = 0, failed = 0;
        const QVector<Domain> listed = e.domains().list(org.id).value();
        for (const Domain& d : listed)
            if (!d.isTest)
                ++(d.status == DomainStatus::Pending    ? pending
                   : d.status == DomainStatus::Verified ? verified
                                                        : failed);
        QCOMPARE(f.domains.value(DomainStatus::Pending), pending);
        QCOMPARE(f.domains.value(DomainStatus::Verified), verified);
        QCOMPARE(f.domains.value(DomainStatus::Failed), failed);
        QVERIFY(f.inTrial);
        QCOMPARE(f.trialEnds, e.organizations().trialEnds(org));
        // …and as this test made them.
        QCOMPARE(f.enabledUsers, 4);
        QCOMPARE(f.disabledUsers, 2);
        QCOMPARE(f.systemUsers, 2);
        QCOMPARE(f.users(), 8);
        QCOMPARE(f.devices.value(DeviceStatus::ProvisioningRequired), 1);
        QCOMPARE(f.devices.value(DeviceStatus::ProvisioningSucceeded), 2);
        QCOMPARE(f.devices.value(DeviceStatus::WipeRequired), 1);
        QCOMPARE(f.devices.value(DeviceStatus::WipeSucceeded), 1);
        QCOMPARE(f.deviceCount(), 5);
        QCOMPARE(pending, 1);
        QCOMPARE(verified, 2);
        QCOMPARE(failed, 1);
        QCOMPARE(f.domainCount(), 4);
        QCOMPARE(f.flowRules, 2);
        QCOMPARE(f.senderPatterns, 5);
        QCOMPARE(f.largestRulePatterns, 3);

        // The users' ring: a slice per state, named and counted, in the badges' colours.
        QVERIFY(c.showsChart("usersChart", "usersEmpty"));
        QPieSeries* users = c.usersSeries();
        QVERIFY(users);
        QCOMPARE(users->count(), 3);
        QCOMPARE(users->slices().at(0)->label(), QStringLiteral("Enabled: 4"));
        QCOMPARE(users->slices().at(0)->value(), 4.0);
        QCOMPARE(users->slices().at(0)->color(), fill(Badge::Good));
        QCOMPARE(users->slices().at(1)->label(), QStringLiteral("Disabled: 2"));
        QCOMPARE(users->slices().at(1)->value(), 2.0);
        QCOMPARE(users->slices().at(1)->color(), fill(Badge::Bad));
        QCOMPARE(users->slices().at(2)->label(), QStringLiteral("System users: 2"));
        QCOMPARE(users->slices().at(2)->value(), 2.0);
        QCOMPARE(users->slices().at(2)->color(), fill(Badge::Neutral));
        QVERIFY(c.get<QLabel>("usersCaption")->isVisible());
        QVERIFY(c.get<QChartView>("usersChart")
                    ->accessibleDescription()
                    .contains(QStringLiteral("System users: 2")));

        // The devices' bars: one per MOB-4 status, its name and count on the axis.
        QVERIFY(c.showsChart("devicesChart", "devicesEmpty"));
        QCOMPARE(c.bars("devicesChart")->count(), 4);
        for (DeviceStatus s : valuesOf<DeviceStatus>())
            QCOMPARE(c.bar("devicesChart", labelOf(s)), double(devices.value(s)));
        QCOMPARE(c.barSet("devicesChart", QStringLiteral("Provisioning required"))->color(),
                 fill(Badge::Pending));
        QCOMPARE(c.barSet("devicesChart", QStringLiteral("Provisioning succeeded"))->color(),
                 fill(Badge::Good));
        QCOMPARE(c.barSet("devicesChart", QStringLiteral("Wipe required"))->color(), fill(Badge::Bad));
        const QStringList deviceAxis = c.categories("devicesChart");
        QVERIFY2(deviceAxis.contains(QStringLiteral("Provisioning succeeded: 2")),
                 qPrintable(deviceAxis.join(u'|')));
        QVERIFY(deviceAxis.contains(QStringLiteral("Wipe succeeded: 1")));
        // Read top to bottom in the statuses' order (the axis lists bottom first).
        QCOMPARE(deviceAxis.last(), QStringLiteral("Provisioning required: 1"));
        QVERIFY(c.get<QLabel>("devicesCaption")->isVisible()); // a wipe is pending

        // The domains' bars.
        QVERIFY(c.showsChart("domainsChart", "domainsEmpty"));
        QCOMPARE(c.bar("domainsChart", QStringLiteral("Pending")), 1.0);
        QCOMPARE(c.bar("domainsChart", QStringLiteral("Verified")), 2.0);
        QCOMPARE(c.bar("domainsChart", QStringLiteral("Failed")), 1.0);
        QCOMPARE(c.barSet("domainsChart", QStringLiteral("Verified"))->color(), fill(Badge::Good));
        QCOMPARE(c.categories("domainsChart"),
                 (QStringList{QStringLiteral("Failed: 1"), QStringLiteral("Verified: 2"),
                              QStringLiteral("Pending: 1")}));
        QVERIFY(c.get<QLabel>("domainsCaption")->text().contains(org.testDomain()));

        // The limits, "x of N" with thousands separators.
        auto* domainLimit = c.get<QProgressBar>("domainLimit");
        QCOMPARE(domainLimit->text(), QStringLiteral("4 of 100"));
        QCOMPARE(domainLimit->value(), 4);
        QCOMPARE(domainLimit->maximum(), 100);
        auto* patterns = c.get<QProgressBar>("patternLimit");
        QCOMPARE(patterns->text(), QStringLiteral("5 of 1,000"));
        QCOMPARE(patterns->value(), 5);
        QCOMPARE(patterns->maximum(), 1000);
        QCOMPARE(c.get<QProgressBar>("rulePatternLimit")->text(), QStringLiteral("3 of 250"));
        auto* trial = c.get<QProgressBar>("trialLimit");
        QVERIFY(trial->isVisible());
        QCOMPARE(trial->text(), QStringLiteral("4 of 25"));
        QCOMPARE(trial->maximum(), 25);
        QVERIFY(c.get<QLabel>("trialNote")->text().startsWith(QStringLiteral("The free trial ends on")));
        QCOMPARE(trial->accessibleName(), QStringLiteral("Enabled users during the free trial"));
        settle();
        shot(c.window.get(), QStringLiteral("dashboard"));

        // Dark scheme: the charts follow the palette.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
        c.window->setPalette(dark);
        QCOMPARE(c.get<QChartView>("usersChart")->chart()->legend()->labelColor(), QColor(0xee, 0xee, 0xee));
        QCOMPARE(c.get<QChartView>("devicesChart")->backgroundBrush().color(), QColor(0x2b, 0x2b, 0x2b));
        settle();
        shot(c.window.get(), QStringLiteral("dashboard-dark"));
    }

    void changesRepaintOnceWithoutReopening()
    {
        Dashboard c;
        const Organization org = c.engine.quickOrg(QStringLiteral("live"));
        const Organization other = c.engine.quickOrg(QStringLiteral("other"));
        const User amy = c.engine.user(org, QStringLiteral("amy"));
        const User ben = c.engine.user(org, QStringLiteral("ben"));
        const User cat = c.engine.user(org, QStringLiteral("cat"));
        QVERIFY(c.engine->mobile().checkIn(sync(amy, QStringLiteral("amy-1"))).ok());
        c.open(org);
        QCOMPARE(c.pane->figures().enabledUsers, 3);
        QCOMPARE(c.slice(QStringLiteral("Enabled")), 3.0);
        QCOMPARE(c.slice(QStringLiteral("Disabled")), 0.0);
        QCOMPARE(c.get<QProgressBar>("trialLimit")->text(), QStringLiteral("3 of 25"));
        QSignalSpy refreshed(c.pane, &DashboardPane::refreshed);

        // A burst: a user disabled, a device checked in, a domain and a flow rule added.
        QVERIFY(c.engine->mailboxes().disable(ben.id).ok());
        QVERIFY(c.engine->mobile().checkIn(sync(cat, QStringLiteral("cat-1"))).ok());
        QVERIFY(c.engine->domains().add(org.id, QStringLiteral("live.example")).ok());
        QVERIFY(
            c.engine->flowRules()
                .create(org.id, {QStringLiteral("Block"), {QStringLiteral("bad.example")}, FlowAction::Drop})
                .ok());
        QCOMPARE(refreshed.count(), 0); // not yet: once, after the burst
        QTRY_COMPARE(refreshed.count(), 1);
        QTest::qWait(50);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(c.pane->figures().enabledUsers, 2);
        QCOMPARE(c.pane->figures().disabledUsers, 1);
        QCOMPARE(c.slice(QStringLiteral("Enabled")), 2.0);
        QCOMPARE(c.slice(QStringLiteral("Disabled")), 1.0);
        QCOMPARE(c.bar("devicesChart", QStringLiteral("Provisioning required")), 2.0);
        QVERIFY(c.categories("devicesChart").contains(QStringLiteral("Provisioning required: 2")));
        QVERIFY(c.showsChart("domainsChart", "domainsEmpty"));
        QCOMPARE(c.bar("domainsChart", QStringLiteral("Pending")), 1.0);
        QCOMPARE(c.get<QProgressBar>("domainLimit")->text(), QStringLiteral("1 of 100"));
        QCOMPARE(c.get<QProgressBar>("patternLimit")->text(), QStringLiteral("1 of 1,000"));
        QCOMPARE(c.get<QProgressBar>("trialLimit")->text(), QStringLiteral("2 of 25"));
        settle();
        shot(c.window.get(), QStringLiteral("dashboard-after-changes"));

        // Another organization's change leaves it alone.
        c.engine.user(other, QStringLiteral("zed"));
        QTest::qWait(50);
        QCOMPARE(refreshed.count(), 1);

        // Hidden, it does no work; shown again, it catches up.
        QVERIFY(c.window->organizationView()->selectEntryTitled(QStringLiteral("Users")));
        QVERIFY(c.engine->mailboxes().disable(cat.id).ok());
        QTest::qWait(50);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(c.pane->figures().disabledUsers, 1);
        QVERIFY(c.window->organizationView()->selectEntryTitled(QStringLiteral("Dashboard")));
        QCOMPARE(refreshed.count(), 2);
        QCOMPARE(c.pane->figures().disabledUsers, 2);
        QCOMPARE(c.slice(QStringLiteral("Disabled")), 2.0);
        QCOMPARE(c.get<QProgressBar>("trialLimit")->text(), QStringLiteral("1 of 25"));
    }

    void emptyStatesUntilThereIsSomethingToShow()
    {
        Dashboard c;
        const Organization org = c.engine.quickOrg(QStringLiteral("bare"));
        c.open(org);
        QVERIFY(c.showsEmpty("usersChart", "usersEmpty"));
        QVERIFY(c.showsEmpty("devicesChart", "devicesEmpty"));
        QVERIFY(c.showsEmpty("domainsChart", "domainsEmpty"));
        QVERIFY(!c.get<QChartView>("devicesChart")->isVisible());
        auto text = [&](const char* empty) {
            return child<QLabel>(c.get<EmptyState>(empty), QStringLiteral("emptyStateText"))->text();
        };
        QCOMPARE(text("devicesEmpty"), QStringLiteral("No mobile devices have synced yet."));
        QCOMPARE(text("usersEmpty"), QStringLiteral("The organization has no users yet."));
        QVERIFY(text("domainsEmpty").contains(org.testDomain()));
        // The longer sentence wraps, and gets the height of all its lines (not clipped).
        auto* domainsText =
            child<QLabel>(c.get<EmptyState>("domainsEmpty"), QStringLiteral("emptyStateText"));
        QTRY_VERIFY2(domainsText->height() >= domainsText->heightForWidth(domainsText->width()),
                     qPrintable(QStringLiteral("%1 < %2")
                                    .arg(domainsText->height())
                                    .arg(domainsText->heightForWidth(domainsText->width()))));
        QVERIFY(c.get<EmptyState>("devicesEmpty")->isVisible());
        QVERIFY(!c.get<EmptyState>("devicesEmpty")->button()->isVisible()); // nothing to create here
        QVERIFY(!c.get<QLabel>("usersCaption")->isVisible());
        QVERIFY(!c.get<QLabel>("domainsCaption")->isVisible());
        QCOMPARE(c.get<QProgressBar>("domainLimit")->text(), QStringLiteral("0 of 100"));
        QCOMPARE(c.get<QProgressBar>("patternLimit")->text(), QStringLiteral("0 of 1,000"));
        QCOMPARE(c.get<QProgressBar>("trialLimit")->text(), QStringLiteral("0 of 25"));
        settle();
        shot(c.window.get(), QStringLiteral("dashboard-empty"));

        // The first user and the first device bring their charts.
        const User amy = c.engine.user(org, QStringLiteral("amy"));
        QTRY_VERIFY(c.showsChart("usersChart", "usersEmpty"));
        QCOMPARE(c.slice(QStringLiteral("Enabled")), 1.0);
        QVERIFY(c.engine->mobile().checkIn(sync(amy, QStringLiteral("amy-1"))).ok());
        QTRY_VERIFY(c.showsChart("devicesChart", "devicesEmpty"));
        QVERIFY(c.get<QChartView>("devicesChart")->isVisible());
        QCOMPARE(c.bar("devicesChart", QStringLiteral("Provisioning required")), 1.0);
        QVERIFY(c.showsEmpty("domainsChart", "domainsEmpty"));
    }

    void afterTheTrialNoUserLimit()
    {
        Dashboard c;
        const Organization org = c.engine.quickOrg(QStringLiteral("paid"));
        c.engine.user(org, QStringLiteral("amy"));
        c.engine.endTrial();
        c.open(org);
        QVERIFY(!c.pane->figures().inTrial);
        QVERIFY(!c.get<QProgressBar>("trialLimit")->isVisible());
        auto* note = c.get<QLabel>("trialNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().startsWith(QStringLiteral("The free trial ended on")),
                 qPrintable(note->text()));
        QVERIFY(c.get<QProgressBar>("domainLimit")->isVisible());
        settle();
        shot(c.window.get(), QStringLiteral("dashboard-trial-ended"));
    }

    void sampleAccountAsTheAdministratorFirstSeesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QVERIFY(SampleAccount::generate(path).ok());
        mailroom::Console console(AccessLevel::Full);
        QVERIFY(console.open(path).ok());
        Engine& e = *console.engine();
        const Organization contoso = e.organizations().find(QStringLiteral("contoso-demo")).value();
        console.window()->resize(1300, 800);
        console.window()->openOrganization(contoso.id);
        auto* pane = console.window()->findChild<DashboardPane*>();
        QVERIFY(pane->isVisible());
        const DashboardFigures& f = pane->figures();
        QCOMPARE(f.enabledUsers, userCount(e, contoso.id, UserState::Enabled, UserRole::User));
        QCOMPARE(f.disabledUsers, userCount(e, contoso.id, UserState::Disabled, UserRole::User));
        QCOMPARE(f.systemUsers, userCount(e, contoso.id, std::nullopt, UserRole::SystemUser));
        QCOMPARE(f.users(), SampleAccount::DirectoryUsers + 2);
        QCOMPARE(f.flowRules, 4);
        QCOMPARE(f.inTrial, e.now() < e.organizations().trialEnds(contoso));
        QCOMPARE(child<QProgressBar>(pane, QStringLiteral("trialLimit"))->isVisible(), f.inTrial);
        settle();
        shot(console.window(), QStringLiteral("dashboard-sample"));
    }

    void readDashboardFiguresRefusesAnUnknownOrganization()
    {
        TestEngine e;
        QCOMPARE(readDashboardFigures(*e, QStringLiteral("m-00000000000000000000000000000000")).error().code,
                 ErrorCode::NotFound);
    }
};

QTEST_MAIN(TestDashboardPane)
#include "tst_DashboardPane.moc"
