// IOP-7: the decommission checklist after disabling interoperability, judged from the domains'
// stored DNS checks (DOM-6): states, the sentences that name the domain and the fix, and the rules
// for marking items done (DNS satisfied; the old server only after the MX switch).

#include "TestEngine.h"
#include "domains/DnsReport.h"
#include "domains/Domains.h"
#include "interop/DecommissionChecklist.h"
#include "interop/InteropProgress.h"
#include "organizations/Organizations.h"

#include <QJsonDocument>
#include <QTest>

using namespace mailroom;
using namespace mailroom::interop;
using namespace mailroom::test;

namespace {

using Outcome = RecordCheck::Outcome;
const QString Region = QStringLiteral("us-east-1");
const QString ServiceMx = QStringLiteral("inbound-smtp.us-east-1.amazonaws.com");

// A report of every record the domain asks for: the TXT record found, the MX and AutoDiscover
// records as given (seen: what the server held).
DnsReport reportOf(const Domain& domain, Outcome mx, const QStringList& mxSeen, Outcome autoDiscover,
                   const QStringList& autoDiscoverSeen = {})
{
    DnsReport report;
    report.domain = domain.name;
    report.checkedAt = startTime();
    for (const DnsRecord& r : domains::expectedRecords(domain, Region)) {
        RecordCheck check;
        check.expected = r;
        check.outcome = Outcome::Found;
        check.seen = {r.value};
        if (r.purpose == DnsRecord::Purpose::MailExchange) {
            check.outcome = mx;
            check.seen = mxSeen;
        } else if (r.purpose == DnsRecord::Purpose::AutoDiscover) {
            check.outcome = autoDiscover;
            check.seen = autoDiscoverSeen;
        }
        report.records.append(check);
    }
    return report;
}

Domain domainNamed(const QString& name, const std::optional<DnsReport>& report = std::nullopt)
{
    Domain d;
    d.name = name;
    d.status = DomainStatus::Verified;
    if (report) {
        DnsReport r = *report;
        r.domain = name;
        d.checkReport = QString::fromUtf8(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact));
        d.checkedAt = r.checkedAt;
    }
    return d;
}

ChecklistItem itemOf(const QVector<ChecklistItem>& items, InteropStep step)
{
    for (const ChecklistItem& item : items)
        if (item.step == step)
            return item;
    qFatal("no checklist item %s", qPrintable(interopStepName(step)));
}

Organization disabledOrg()
{
    Organization org;
    org.id = QStringLiteral("m-1");
    org.alias = QStringLiteral("acme");
    org.region = Region;
    org.state = OrgState::Active;
    return org;
}

} // namespace

class TestDecommissionChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iop7_itemsInOrderWithStatesAndFixesFromTheStoredChecks()
    {
        Domain test = domainNamed(QStringLiteral("acme.awsapps.com"));
        test.isTest = true; // never checked, and never counted
        const Domain a = domainNamed(QStringLiteral("a.example"),
                                     reportOf(domainNamed(QStringLiteral("a.example")), Outcome::Wrong,
                                              {QStringLiteral("10 mail.a.example")}, Outcome::Found,
                                              {QStringLiteral("autodiscover.mail.us-east-1.awsapps.com")}));
        const Domain b = domainNamed(QStringLiteral("b.example"));
        const QVector<ChecklistItem> items = decommissionChecklist({disabledOrg(), {test, a, b}, 3, {}});

        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(0).step, InteropStep::CreateResources);
        QCOMPARE(items.at(3).step, InteropStep::Decommission);

        const ChecklistItem resources = itemOf(items, InteropStep::CreateResources);
        QCOMPARE(resources.state, ChecklistItem::State::Left);
        QVERIFY(resources.refusal.isEmpty());
        QVERIFY2(resources.text.contains(QStringLiteral("Resources in the organization now: 3.")),
                 qPrintable(resources.text));

        // a.example's AutoDiscover record is found, b.example was never checked.
        const ChecklistItem autoDiscover = itemOf(items, InteropStep::AutoDiscoverRecord);
        QCOMPARE(autoDiscover.state, ChecklistItem::State::NotChecked);
        QVERIFY(!autoDiscover.satisfied);
        QVERIFY2(autoDiscover.text.contains(QStringLiteral("b.example: not checked yet")),
                 qPrintable(autoDiscover.text));
        QVERIFY(!autoDiscover.text.contains(QStringLiteral("a.example")));
        QVERIFY(!autoDiscover.text.contains(QStringLiteral("awsapps.com:")));
        QVERIFY(!autoDiscover.refusal.isEmpty());

        // A wrong MX names the domain, what it holds and what it must hold; wrong beats not checked.
        const ChecklistItem mx = itemOf(items, InteropStep::SwitchMx);
        QCOMPARE(mx.state, ChecklistItem::State::Wrong);
        QVERIFY2(mx.text.contains(
                     QStringLiteral("a.example: MX a.example holds 10 mail.a.example; change it to ") +
                     ServiceMx + QStringLiteral(" (priority 10)")),
                 qPrintable(mx.text));
        QVERIFY(mx.text.contains(QStringLiteral("b.example: not checked yet")));
        QVERIFY(mx.text.contains(QStringLiteral("every mail domain (2 of 2 to fix):")));
        QVERIFY(mx.text.contains(QStringLiteral("72 hours")));
        QVERIFY(mx.refusal.contains(QStringLiteral("Check DNS")));

        const ChecklistItem decommission = itemOf(items, InteropStep::Decommission);
        QCOMPARE(decommission.state, ChecklistItem::State::Left);
        QVERIFY2(decommission.refusal.contains(QStringLiteral("MX record of every mail domain")),
                 qPrintable(decommission.refusal));

        QCOMPARE(checklistStateName(ChecklistItem::State::NotChecked), QStringLiteral("NotChecked"));
        QCOMPARE(checklistStateLabel(ChecklistItem::State::Wrong), QStringLiteral("Wrong"));
    }

    void iop7_satisfiedDnsItemsAndTheOrderOfTheLastTwo()
    {
        const DnsReport good = reportOf(domainNamed(QStringLiteral("x")), Outcome::Found,
                                        {QStringLiteral("10 ") + ServiceMx}, Outcome::Found);
        const QVector<Domain> domains{domainNamed(QStringLiteral("a.example"), good),
                                      domainNamed(QStringLiteral("b.example"), good)};
        QVector<ChecklistItem> items = decommissionChecklist({disabledOrg(), domains, 0, {}});
        for (InteropStep step : {InteropStep::AutoDiscoverRecord, InteropStep::SwitchMx}) {
            const ChecklistItem item = itemOf(items, step);
            QCOMPARE(item.state, ChecklistItem::State::Left);
            QVERIFY(item.satisfied);
            QVERIFY(item.refusal.isEmpty());
            QVERIFY2(item.text.contains(
                         QStringLiteral("every mail domain pointing at the service: a.example, b.example")),
                     qPrintable(item.text));
            QVERIFY(!item.text.contains(QStringLiteral("72 hours")));
        }
        QVERIFY(
            itemOf(items, InteropStep::CreateResources).text.contains(QStringLiteral("No resource exists")));
        // The MX switch is satisfied but not marked: the old server must wait for the mark.
        QVERIFY2(itemOf(items, InteropStep::Decommission)
                     .refusal.contains(QStringLiteral("\"Switch the MX record\" done first")),
                 qPrintable(itemOf(items, InteropStep::Decommission).refusal));

        const InteropStepDone marked{InteropStep::SwitchMx, {}, startTime(), QStringLiteral("admin")};
        items = decommissionChecklist({disabledOrg(), domains, 0, {marked}});
        const ChecklistItem mx = itemOf(items, InteropStep::SwitchMx);
        QCOMPARE(mx.state, ChecklistItem::State::Done);
        QVERIFY(mx.marked);
        QCOMPARE(mx.doneAt, startTime());
        QCOMPARE(mx.doneBy, QStringLiteral("admin"));
        QVERIFY(itemOf(items, InteropStep::Decommission).refusal.isEmpty());

        // Marked, then a later check found the MX wrong: still done, the text says what is wrong, and
        // the old server may not be retired.
        const QVector<Domain> broken{
            domainNamed(QStringLiteral("a.example"), reportOf(domainNamed(QStringLiteral("a.example")),
                                                              Outcome::Missing, {}, Outcome::Found))};
        items = decommissionChecklist({disabledOrg(), broken, 0, {marked}});
        QCOMPARE(itemOf(items, InteropStep::SwitchMx).state, ChecklistItem::State::Done);
        QVERIFY(
            itemOf(items, InteropStep::SwitchMx).text.contains(QStringLiteral("MX a.example is missing")));
        QVERIFY(!itemOf(items, InteropStep::Decommission).refusal.isEmpty());
    }

    void iop7_otherMailServersFailedChecksAndNoDomains()
    {
        // The service's MX with Exchange's still beside it: found, with a caution naming the host.
        const DnsReport both = reportOf(
            domainNamed(QStringLiteral("x")), Outcome::Found,
            {QStringLiteral("10 ") + ServiceMx, QStringLiteral("20 mail.a.example")}, Outcome::Found);
        QVector<ChecklistItem> items =
            decommissionChecklist({disabledOrg(), {domainNamed(QStringLiteral("a.example"), both)}, 0, {}});
        QVERIFY(itemOf(items, InteropStep::SwitchMx).satisfied);
        QVERIFY2(itemOf(items, InteropStep::SwitchMx)
                     .text.contains(QStringLiteral("other mail servers (mail.a.example)")),
                 qPrintable(itemOf(items, InteropStep::SwitchMx).text));

        // A check that could not run, and one whose server did not answer: not checked, never wrong.
        DnsReport failed;
        failed.failure = QStringLiteral("No name server answered");
        const DnsReport silent =
            reportOf(domainNamed(QStringLiteral("x")), Outcome::NoAnswer, {}, Outcome::NoAnswer);
        items = decommissionChecklist({disabledOrg(),
                                       {domainNamed(QStringLiteral("a.example"), failed),
                                        domainNamed(QStringLiteral("b.example"), silent)},
                                       0,
                                       {}});
        const ChecklistItem autoDiscover = itemOf(items, InteropStep::AutoDiscoverRecord);
        QCOMPARE(autoDiscover.state, ChecklistItem::State::NotChecked);
        QVERIFY2(autoDiscover.text.contains(
                     QStringLiteral("a.example: the last check could not run (No name server answered)")),
                 qPrintable(autoDiscover.text));
        QVERIFY(autoDiscover.text.contains(QStringLiteral("b.example: the name server did not answer")));

        items = decommissionChecklist({disabledOrg(), {}, 0, {}});
        QVERIFY(itemOf(items, InteropStep::SwitchMx).satisfied);
        QVERIFY(itemOf(items, InteropStep::SwitchMx).text.contains(QStringLiteral("no mail domain")));

        // Long lists name a few domains and count the rest.
        QVector<Domain> many;
        for (int i = 0; i < 8; ++i)
            many.append(domainNamed(QStringLiteral("d%1.example").arg(i)));
        items = decommissionChecklist({disabledOrg(), many, 0, {}});
        QVERIFY2(itemOf(items, InteropStep::SwitchMx)
                     .text.contains(QStringLiteral("… and 3 more not listed here.")),
                 qPrintable(itemOf(items, InteropStep::SwitchMx).text));
        QVERIFY(!itemOf(items, InteropStep::SwitchMx).text.contains(QStringLiteral("d7.example")));
    }

    void iop7_markingFollowsTheModeTheChecksAndTheOrder()
    {
        TestEngine e;
        const Organization org = e.exchangeOrg(QStringLiteral("acme"));
        const Domain domain = e.verifiedDomain(org, QStringLiteral("acme.example"));
        DecommissionChecklist checklist(*e);

        // Still in the mode: the progress refuses in its own words.
        const Error inMode = checklist.markDone(org.id, InteropStep::CreateResources).error();
        QCOMPARE(inMode.code, ErrorCode::WrongState);
        QCOMPARE(inMode.field, QStringLiteral("interoperability"));
        QCOMPARE(checklist.markDone(org.id, InteropStep::Prerequisites).error().field,
                 QStringLiteral("step"));

        QVERIFY(e->interopProgress().disable(org.id, org.alias).ok());
        // The stored check only looked at the TXT record: the DNS items are not checked.
        QVector<ChecklistItem> items = checklist.items(org.id).value();
        QCOMPARE(itemOf(items, InteropStep::SwitchMx).state, ChecklistItem::State::NotChecked);
        QVERIFY(
            itemOf(items, InteropStep::SwitchMx)
                .text.contains(QStringLiteral("acme.example: the last check did not look at its MX record")));
        QVERIFY(!itemOf(items, InteropStep::SwitchMx).text.contains(QStringLiteral("awsapps.com")));
        const Error notChecked = checklist.markDone(org.id, InteropStep::SwitchMx).error();
        QCOMPARE(notChecked.code, ErrorCode::WrongState);
        QCOMPARE(notChecked.field, QStringLiteral("switch-mx"));
        QCOMPARE(checklist.markDone(org.id, InteropStep::Decommission).error().field,
                 QStringLiteral("decommission"));
        QVERIFY(checklist.markDone(org.id, InteropStep::CreateResources).ok());

        // Exchange still receives the mail.
        QVERIFY(e->domains()
                    .recordCheck(org.id, reportOf(domain, Outcome::Wrong,
                                                  {QStringLiteral("10 mail.acme.example")}, Outcome::Missing))
                    .ok());
        items = checklist.items(org.id).value();
        QCOMPARE(itemOf(items, InteropStep::SwitchMx).state, ChecklistItem::State::Wrong);
        QCOMPARE(itemOf(items, InteropStep::AutoDiscoverRecord).state, ChecklistItem::State::Wrong);
        QCOMPARE(itemOf(items, InteropStep::CreateResources).state, ChecklistItem::State::Done);
        QVERIFY(!checklist.markDone(org.id, InteropStep::SwitchMx).ok());
        QVERIFY(!checklist.markDone(org.id, InteropStep::AutoDiscoverRecord).ok());

        // Switched.
        QVERIFY(e->domains()
                    .recordCheck(org.id, reportOf(domain, Outcome::Found, {QStringLiteral("10 ") + ServiceMx},
                                                  Outcome::Found))
                    .ok());
        QCOMPARE(checklist.markDone(org.id, InteropStep::Decommission).error().field,
                 QStringLiteral("decommission"));
        QVERIFY(checklist.markDone(org.id, InteropStep::AutoDiscoverRecord).ok());
        QVERIFY(checklist.markDone(org.id, InteropStep::SwitchMx).ok());
        QVERIFY(checklist.markDone(org.id, InteropStep::Decommission).ok());
        QVERIFY(e->interopProgress().checklistLeft(org.id).value().isEmpty());
        const QVector<ChecklistItem> done = checklist.items(org.id).value();
        for (const ChecklistItem& item : done)
            QCOMPARE(item.state, ChecklistItem::State::Done);
        QCOMPARE(checklist.items(QStringLiteral("m-nothing")).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestDecommissionChecklist)
#include "tst_DecommissionChecklist.moc"
