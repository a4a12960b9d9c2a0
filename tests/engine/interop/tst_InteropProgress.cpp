// IOP-8 and IOP-7: the wizard's progress kept in the database (steps in order, per-user routing,
// resuming after the database is opened again), and disabling interoperability: the typed
// confirmation, only once and only in the mode, the address-book effect, and the rules lifted.

#include "TestEngine.h"
#include "core/AuditLog.h"
#include "domains/Domains.h"
#include "groups/Groups.h"
#include "interop/DirectorySync.h"
#include "interop/InteropProgress.h"
#include "organizations/Directories.h"
#include "organizations/Organizations.h"
#include "resources/Resources.h"
#include "users/Mailboxes.h"
#include "users/UserAddresses.h"
#include "users/Users.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

namespace {

std::optional<InteropStep> resume(TestEngine& e, const Organization& org)
{
    return e->interopProgress().resumeStep(org.id).value();
}

} // namespace

class TestInteropProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iop8_stepsInTheWizardsOrderWithStableNames()
    {
        QStringList names;
        for (InteropStep step : interopSteps()) {
            names << interopStepName(step);
            QCOMPARE(interopStepFromName(interopStepName(step)), std::optional<InteropStep>(step));
            QVERIFY(!InteropProgress::stepLabel(step).isEmpty());
            QVERIFY(!InteropProgress::stepDescription(step).isEmpty());
        }
        QCOMPARE(names, QStringList({QStringLiteral("prerequisites"), QStringLiteral("availability"),
                                     QStringLiteral("exchange-command"), QStringLiteral("routing"),
                                     QStringLiteral("migration"), QStringLiteral("disable"),
                                     QStringLiteral("create-resources"), QStringLiteral("autodiscover"),
                                     QStringLiteral("switch-mx"), QStringLiteral("decommission")}));
        QCOMPARE(interopChecklist(),
                 QVector<InteropStep>({InteropStep::CreateResources, InteropStep::AutoDiscoverRecord,
                                       InteropStep::SwitchMx, InteropStep::Decommission}));
        QVERIFY(isPerUserStep(InteropStep::EmailRouting));
        QVERIFY(!isPerUserStep(InteropStep::Prerequisites));
        QVERIFY(!interopStepFromName(QStringLiteral("nonsense")));
    }

    void iop8_markAndUndoWithWhenAndWho()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        QCOMPARE(resume(e, org), std::optional<InteropStep>(InteropStep::Prerequisites));
        QVERIFY(e->interopProgress().done(org.id).value().isEmpty());

        QSignalSpy changes(e.get(), &Engine::changed);
        e.clock().advanceDays(1);
        const InteropStepDone marked =
            e->interopProgress().markDone(org.id, InteropStep::Prerequisites).value();
        QCOMPARE(changes.size(), 1);
        const Change change = changes.first().first().value<Change>();
        QCOMPARE(change.subject, Change::Subject::Interop);
        QCOMPARE(change.kind, Change::Kind::Added);
        QCOMPARE(marked.doneAt, e->now());
        QCOMPARE(marked.doneBy, e->actor());
        QCOMPARE(resume(e, org), std::optional<InteropStep>(InteropStep::AvailabilitySettings));
        const auto audit = e->audit().list(org.id).value();
        QCOMPARE(audit.first().action, QStringLiteral("interop.step.done"));
        QVERIFY(audit.first().after.contains(QStringLiteral("prerequisites")));

        // Later steps can be marked out of order; the wizard resumes at the first gap.
        QVERIFY(e->interopProgress().markDone(org.id, InteropStep::ExchangeCommand).ok());
        QCOMPARE(resume(e, org), std::optional<InteropStep>(InteropStep::AvailabilitySettings));
        QCOMPARE(e->interopProgress().done(org.id).value().size(), 2);

        QVERIFY(e->interopProgress().markUndone(org.id, InteropStep::Prerequisites).ok());
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.last().first().value<Change>().kind, Change::Kind::Removed);
        QCOMPARE(e->audit().list(org.id).value().first().action, QStringLiteral("interop.step.undone"));
        QCOMPARE(resume(e, org), std::optional<InteropStep>(InteropStep::Prerequisites));
        QCOMPARE(e->interopProgress().markUndone(org.id, InteropStep::Prerequisites).error().code,
                 ErrorCode::NotFound);

        // Disable is marked only by disabling; the checklist comes after it.
        QCOMPARE(e->interopProgress().markDone(org.id, InteropStep::Disable).error().field,
                 QStringLiteral("step"));
        const Error early = e->interopProgress().markDone(org.id, InteropStep::SwitchMx).error();
        QCOMPARE(early.code, ErrorCode::WrongState);
        QCOMPARE(early.field, QStringLiteral("interoperability"));
        QCOMPARE(changes.size(), 3);
    }

    // A user of org enabled with the address Exchange gave, on the organization's verified
    // default domain: both addresses that email routing needs (IOP-5).
    static User routable(TestEngine& e, const Organization& org, const QString& username)
    {
        const QString domain = org.alias + QStringLiteral(".example.com");
        if (!e->domains().get(org.id, domain))
            e.verifiedDomain(org, domain);
        if (!e->domains().setDefault(org.id, domain))
            qFatal("setDefault");
        const User user = e.directoryUser(org, username);
        auto enabled = e->mailboxes().enable(user.id, e->mailboxes().proposedAddress(user.id).value());
        if (!enabled)
            qFatal("enable: %s", qPrintable(enabled.error().message));
        return enabled.value();
    }

    void iop5_routingIsMarkedOnlyForAUserWithBothAddresses()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        const User carl = e.directoryUser(org, QStringLiteral("carl"));
        const Error notEnabled =
            e->interopProgress().markDone(org.id, InteropStep::EmailRouting, carl.id).error();
        QCOMPARE(notEnabled.code, ErrorCode::WrongState);
        QCOMPARE(notEnabled.field, QStringLiteral("user"));
        QVERIFY2(notEnabled.message.contains(QStringLiteral("carl")), qPrintable(notEnabled.message));

        // Enabled on the test domain only: the Exchange address is missing, and named.
        QVERIFY(e->mailboxes().enable(carl.id, e->mailboxes().proposedAddress(carl.id).value()).ok());
        e.verifiedDomain(org, QStringLiteral("iop.example.com"));
        QVERIFY(e->domains().setDefault(org.id, QStringLiteral("iop.example.com")).ok());
        const Error missing =
            e->interopProgress().markDone(org.id, InteropStep::EmailRouting, carl.id).error();
        QCOMPARE(missing.code, ErrorCode::WrongState);
        QVERIFY2(missing.message.contains(QStringLiteral("carl@iop.example.com")),
                 qPrintable(missing.message));
        QVERIFY(e->interopProgress().routedUsers(org.id).value().isEmpty());

        // Exchange gives it, the directory synchronises, and the mark is taken.
        QVERIFY(
            e->directorySync().setExchangeAddresses(carl.id, {QStringLiteral("carl@iop.example.com")}).ok());
        QVERIFY(e->directorySync().syncNow(org.id).ok());
        QVERIFY(e->interopProgress().markDone(org.id, InteropStep::EmailRouting, carl.id).ok());
        QCOMPARE(e->interopProgress().routedUsers(org.id).value(), QStringList{carl.id});
    }

    void iop8_routingIsRecordedPerUser()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        const User ann = routable(e, org, QStringLiteral("ann"));
        const User bob = routable(e, org, QStringLiteral("bob"));
        const Organization other = e.exchangeOrg(QStringLiteral("other"));
        const User stranger = e.directoryUser(other, QStringLiteral("carl"));
        for (InteropStep step :
             {InteropStep::Prerequisites, InteropStep::AvailabilitySettings, InteropStep::ExchangeCommand})
            QVERIFY(e->interopProgress().markDone(org.id, step).ok());

        QVERIFY(e->interopProgress().markDone(org.id, InteropStep::EmailRouting, ann.id).ok());
        QVERIFY(e->interopProgress().markDone(org.id, InteropStep::EmailRouting, bob.id).ok());
        QStringList routed = e->interopProgress().routedUsers(org.id).value();
        routed.sort();
        QStringList expected{ann.id, bob.id};
        expected.sort();
        QCOMPARE(routed, expected);
        // Users done is not the step done: the wizard stays on routing until it is marked as a whole.
        QCOMPARE(resume(e, org), std::optional<InteropStep>(InteropStep::EmailRouting));
        QVERIFY(e->interopProgress().markDone(org.id, InteropStep::EmailRouting).ok());
        QCOMPARE(resume(e, org), std::optional<InteropStep>(InteropStep::CompleteMigration));

        QVERIFY(e->interopProgress().markUndone(org.id, InteropStep::EmailRouting, bob.id).ok());
        QCOMPARE(e->interopProgress().routedUsers(org.id).value(), QStringList{ann.id});

        QCOMPARE(e->interopProgress().markDone(org.id, InteropStep::Prerequisites, ann.id).error().field,
                 QStringLiteral("user"));
        const Error foreign =
            e->interopProgress().markDone(org.id, InteropStep::EmailRouting, stranger.id).error();
        QCOMPARE(foreign.code, ErrorCode::NotFound);
        QCOMPARE(foreign.field, QStringLiteral("user"));
        QCOMPARE(e->interopProgress()
                     .markDone(org.id, InteropStep::EmailRouting, QStringLiteral("nobody"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
        QVERIFY(e->interopProgress().routedUsers(other.id).value().isEmpty());
    }

    void iop8_resumesWhereItStoppedAfterReopening()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        const User ann = routable(e, org, QStringLiteral("ann"));
        for (InteropStep step : {InteropStep::Prerequisites, InteropStep::AvailabilitySettings})
            QVERIFY(e->interopProgress().markDone(org.id, step).ok());
        QVERIFY(e->interopProgress().markDone(org.id, InteropStep::EmailRouting, ann.id).ok());
        const QVector<InteropStepDone> before = e->interopProgress().done(org.id).value();

        e.reopen();
        QCOMPARE(resume(e, org), std::optional<InteropStep>(InteropStep::ExchangeCommand));
        const QVector<InteropStepDone> after = e->interopProgress().done(org.id).value();
        QCOMPARE(after.size(), 3);
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).step, before.at(i).step);
            QCOMPARE(after.at(i).subject, before.at(i).subject);
            QCOMPARE(after.at(i).doneAt, before.at(i).doneAt);
            QCOMPARE(after.at(i).doneBy, e->actor());
        }
        QCOMPARE(after.at(2).subject, ann.id);

        // Read-only: the progress can be read, not changed.
        e.reopen(AccessLevel::ReadOnly);
        QCOMPARE(resume(e, org), std::optional<InteropStep>(InteropStep::ExchangeCommand));
        QCOMPARE(e->interopProgress().markDone(org.id, InteropStep::ExchangeCommand).error().code,
                 ErrorCode::AccessDenied);
        QCOMPARE(e->interopProgress().markUndone(org.id, InteropStep::Prerequisites).error().code,
                 ErrorCode::AccessDenied);
        QCOMPARE(e->interopProgress().disable(org.id, org.alias).error().code, ErrorCode::AccessDenied);
        QVERIFY(e->organizations().get(org.id).value().interoperability);
    }

    void iop7_disableNeedsTheAliasTypedExactly()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        QSignalSpy changes(e.get(), &Engine::changed);
        for (const QString& typed :
             {QString(), QStringLiteral("io"), QStringLiteral("IOP"), QStringLiteral("other")}) {
            const Error error = e->interopProgress().disable(org.id, typed).error();
            QCOMPARE(error.code, ErrorCode::ConfirmationMismatch);
            QCOMPARE(error.field, QStringLiteral("confirmation"));
            QVERIFY(error.message.contains(org.alias));
        }
        QCOMPARE(changes.size(), 0);
        QVERIFY(e->organizations().get(org.id).value().interoperability);
        QVERIFY(e->interopProgress().done(org.id).value().isEmpty());
    }

    void iop7_onlyForAnActiveOrganizationInTheMode()
    {
        TestEngine e;
        const Organization plain = e.exchangeOrg(QStringLiteral("plain"), false);
        const Error notInMode = e->interopProgress().disable(plain.id, plain.alias).error();
        QCOMPARE(notInMode.code, ErrorCode::WrongState);
        QCOMPARE(notInMode.field, QStringLiteral("interoperability"));
        const Organization quick = e.quickOrg(QStringLiteral("quick"));
        QCOMPARE(e->interopProgress().disable(quick.id, quick.alias).error().code, ErrorCode::WrongState);
        const Organization pending =
            e->organizations()
                .requestQuickSetup(QStringLiteral("pending"), QStringLiteral("us-east-1"))
                .value();
        QCOMPARE(e->interopProgress().disable(pending.id, pending.alias).error().code, ErrorCode::WrongState);
        QCOMPARE(e->interopProgress().disable(QStringLiteral("m-nope"), QStringLiteral("nope")).error().code,
                 ErrorCode::NotFound);
    }

    void iop7_disableTurnsTheModeOffForGood()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("iop"));
        const User ann = e.directoryUser(org, QStringLiteral("ann"));
        const User bob = e.directoryUser(org, QStringLiteral("bob"));
        QVERIFY(e->mailboxes().enable(ann.id, e->mailboxes().proposedAddress(ann.id).value()).ok());
        const Group sales = e->directories().addGroup(org.directoryId, QStringLiteral("Sales")).value();
        const Group team = e->directories().addGroup(org.directoryId, QStringLiteral("Team")).value();
        QVERIFY(e->groups().enable(team.id, e->groups().proposedAddress(team.id).value()).ok());
        QVERIFY(
            e->userAddresses().addAlias(ann.id, QStringLiteral("alias@") + org.defaultDomain).error().code ==
            ErrorCode::WrongState);

        QSignalSpy changes(e.get(), &Engine::changed);
        const InteropDisableResult result =
            e->interopProgress().disable(org.id, QStringLiteral(" iop ")).value();
        QCOMPARE(changes.size(), 1);
        const Change change = changes.first().first().value<Change>();
        QCOMPARE(change.subject, Change::Subject::Organization);
        QCOMPARE(change.ids, QStringList{org.id});
        QCOMPARE(change.action, QStringLiteral("interop.disable"));
        QVERIFY(!result.organization.interoperability);
        QVERIFY(!e->organizations().get(org.id).value().interoperability);
        QCOMPARE(result.checklistLeft, interopChecklist());

        // The address-book effect: users and groups not enabled hold no address here, and are counted.
        QCOMPARE(result.usersNotEnabled, 1);
        QCOMPARE(result.groupsNotEnabled, 1);
        QVERIFY(e->users().get(bob.id).value().email.isEmpty());
        QVERIFY(e->groups().get(sales.id).value().email.isEmpty());
        QVERIFY(!e->users().get(ann.id).value().email.isEmpty());

        const AuditRecord record = e->audit().list(org.id).value().first();
        QCOMPARE(record.action, QStringLiteral("interop.disable"));
        const QJsonObject after = QJsonDocument::fromJson(record.after.toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("interoperability")).toBool(true), false);
        QCOMPARE(after.value(QStringLiteral("usersLeftAddressBook")).toInt(), 1);
        QCOMPARE(after.value(QStringLiteral("groupsLeftAddressBook")).toInt(), 1);

        // The step is done; the wizard goes on with the checklist, which may now be marked.
        const auto done = e->interopProgress().done(org.id).value();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().step, InteropStep::Disable);
        QCOMPARE(done.first().doneBy, e->actor());
        QVERIFY(e->interopProgress().markDone(org.id, InteropStep::CreateResources).ok());
        QCOMPARE(e->interopProgress().checklistLeft(org.id).value(),
                 QVector<InteropStep>(
                     {InteropStep::AutoDiscoverRecord, InteropStep::SwitchMx, InteropStep::Decommission}));

        // Irreversible.
        const Error again = e->interopProgress().disable(org.id, org.alias).error();
        QCOMPARE(again.code, ErrorCode::WrongState);
        QCOMPARE(again.field, QStringLiteral("interoperability"));
        QCOMPARE(e->interopProgress().markUndone(org.id, InteropStep::Disable).error().code,
                 ErrorCode::InvalidValue);

        // IOP-2 no longer applies: addresses, resources and any address for a newly enabled user.
        QVERIFY(e->userAddresses().addAlias(ann.id, QStringLiteral("alias@") + org.defaultDomain).ok());
        QVERIFY(e->resources()
                    .create(org.id, {QStringLiteral("room"),
                                     {},
                                     ResourceType::Room,
                                     QStringLiteral("room@") + org.defaultDomain})
                    .ok());
        QVERIFY(e->mailboxes().enable(bob.id, QStringLiteral("robert@") + org.defaultDomain).ok());
        QVERIFY(e->groups().disable(team.id).ok());

        // It stays off in the database.
        e.reopen();
        QVERIFY(!e->organizations().get(org.id).value().interoperability);
        QCOMPARE(resume(e, org), std::optional<InteropStep>(InteropStep::Prerequisites));
    }
};

QTEST_MAIN(TestInteropProgress)
#include "tst_InteropProgress.moc"
