// FLOW-1, FLOW-2: sender patterns and the rules service with its limits, audit and access. What the
// rules decide and warn about: tst_FlowRuleEvaluator.

#include "TestEngine.h"
#include "core/AuditLog.h"
#include "flow/FlowRules.h"
#include "organizations/Organizations.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailroom;
using namespace mailroom::test;

class TestFlowRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flow2_patternsAreReadOrRefusedWithTheRule_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("address") << "Mailbox@Domain.COM"
                                 << "mailbox@domain.com";
        QTest::newRow("domain") << "Domain.com"
                                << "domain.com";
        QTest::newRow("wildcard") << "*.Domain.com"
                                  << "*.domain.com";
        QTest::newRow("everyone") << "*"
                                  << "*";
        QTest::newRow("trailing dot") << "domain.com."
                                      << "domain.com";
        QTest::newRow("idn domain") << "bücher.example"
                                    << "xn--bcher-kva.example";
        QTest::newRow("idn wildcard") << "*.Bücher.example"
                                      << "*.xn--bcher-kva.example";
        QTest::newRow("idn address") << "info@bücher.example"
                                     << "info@xn--bcher-kva.example";
        QTest::newRow("plus") << "a+tag@domain.com"
                              << "";
        QTest::newRow("star inside") << "a.*.domain.com"
                                     << "";
        QTest::newRow("star prefix") << "*domain.com"
                                     << "";
        QTest::newRow("star local") << "*@domain.com"
                                    << "";
        QTest::newRow("two ats") << "a@b@domain.com"
                                 << "";
        QTest::newRow("no tld") << "localhost"
                                << "";
        QTest::newRow("space") << "do main.com"
                               << "";
        QTest::newRow("empty") << "  "
                               << "";
    }

    void flow2_patternsAreReadOrRefusedWithTheRule()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        auto parsed = SenderPattern::parse(typed, 7);
        if (stored.isEmpty()) {
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().field, QStringLiteral("patterns"));
            QVERIFY2(parsed.error().message.startsWith(QStringLiteral("Pattern 7 (")),
                     qPrintable(parsed.error().message));
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
            QCOMPARE(parsed.value().text(), stored);
        }
    }

    void flow1_createEditRemoveThroughTheEngine()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("flow"));
        QSignalSpy changes(e.get(), &Engine::changed);
        auto created =
            e->flowRules().create(org.id, {QStringLiteral("Block spam"),
                                           {QStringLiteral("spam.example"), QStringLiteral("*.spam.example")},
                                           FlowAction::Bounce});
        QVERIFY(created.ok());
        QCOMPARE(changes.first().first().value<Change>().subject, Change::Subject::FlowRule);
        QCOMPARE(e->audit().list(org.id).value().first().action, QStringLiteral("flowrule.create"));
        // Applied at once: the test sees it.
        auto tested = e->flowRules().test(org.id, QStringLiteral("a@mail.spam.example"));
        QCOMPARE(tested.value().decision.action, FlowAction::Bounce);
        QCOMPARE(tested.value().patternOf(*tested.value().decision.decidedBy),
                 QStringLiteral("*.spam.example"));
        QCOMPARE(tested.value().ruleOf(*tested.value().decision.decidedBy).name,
                 QStringLiteral("Block spam"));

        auto updated = e->flowRules().update(
            created.value().id,
            {QStringLiteral("Block spam"), {QStringLiteral("spam.example")}, FlowAction::Drop});
        QVERIFY(updated.ok());
        QCOMPARE(e->flowRules().test(org.id, QStringLiteral("a@mail.spam.example")).value().decision.action,
                 FlowAction::NormalDelivery);
        QCOMPARE(e->flowRules().test(org.id, QStringLiteral("a@spam.example")).value().decision.action,
                 FlowAction::Drop);
        QCOMPARE(e->flowRules().findByName(org.id, QStringLiteral("BLOCK SPAM")).value().patternTexts(),
                 QStringList{QStringLiteral("spam.example")});

        QVERIFY(e->flowRules().remove(created.value().id).ok());
        QCOMPARE(e->flowRules().test(org.id, QStringLiteral("a@spam.example")).value().decision.action,
                 FlowAction::NormalDelivery);
        QCOMPARE(e->flowRules().get(created.value().id).error().code, ErrorCode::NotFound);
    }

    void flow2_ruleChecksNameAndEachPatternAndTheLimits()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("limits"));
        auto bad = e->flowRules().create(
            org.id,
            {QStringLiteral("r"), {QStringLiteral("ok.com"), QStringLiteral("a+b@x.com")}, FlowAction::Drop});
        QCOMPARE(bad.error().field, QStringLiteral("patterns"));
        QVERIFY(bad.error().message.startsWith(QStringLiteral("Pattern 2 (a+b@x.com)")));
        QCOMPARE(e->flowRules()
                     .create(org.id, {QString(), {QStringLiteral("ok.com")}, FlowAction::Drop})
                     .error()
                     .field,
                 QStringLiteral("name"));
        QCOMPARE(e->flowRules().create(org.id, {QStringLiteral("r"), {}, FlowAction::Drop}).error().code,
                 ErrorCode::Required);
        QStringList many;
        for (int i = 0; i < flow::MaxPatternsPerRule + 1; ++i)
            many << QStringLiteral("d%1.example").arg(i);
        QCOMPARE(e->flowRules().create(org.id, {QStringLiteral("r"), many, FlowAction::Drop}).error().code,
                 ErrorCode::LimitReached);
        many.removeLast();
        for (int i = 0; i < 4; ++i) {
            QStringList batch;
            for (const QString& p : std::as_const(many))
                batch << QStringLiteral("r%1.").arg(i) + p;
            QVERIFY(e->flowRules()
                        .create(org.id, {QStringLiteral("rule %1").arg(i), batch, FlowAction::Drop})
                        .ok());
        }
        auto past = e->flowRules().create(
            org.id, {QStringLiteral("one more"), {QStringLiteral("x.com")}, FlowAction::Drop});
        QCOMPARE(past.error().code, ErrorCode::LimitReached);
        QVERIFY(past.error().message.contains(QStringLiteral("1000")) ||
                past.error().message.contains(QStringLiteral("1,000")));
        QCOMPARE(e->flowRules()
                     .create(org.id, {QStringLiteral("RULE 0"), {QStringLiteral("x.com")}, FlowAction::Drop})
                     .error()
                     .code,
                 ErrorCode::NameTaken);
        QCOMPARE(e->flowRules().test(org.id, QStringLiteral("not an address")).error().field,
                 QStringLiteral("from"));
    }

    void adm1_readOnlyCannotChangeRules()
    {
        TestEngine e;
        const Organization org = e.quickOrg(QStringLiteral("ro"));
        e.reopen(AccessLevel::ReadOnly);
        QCOMPARE(e->flowRules()
                     .create(org.id, {QStringLiteral("r"), {QStringLiteral("x.com")}, FlowAction::Drop})
                     .error()
                     .code,
                 ErrorCode::AccessDenied);
        QVERIFY(e->flowRules().test(org.id, QStringLiteral("a@x.com")).ok());
    }
};

QTEST_GUILESS_MAIN(TestFlowRules)
#include "tst_FlowRules.moc"
