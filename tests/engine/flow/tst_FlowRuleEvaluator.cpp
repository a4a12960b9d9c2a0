// FLOW-4..FLOW-6 without the engine: the evaluator's precedence (table-driven), the reasons the
// rule test gives for the rules that lost, and the warnings about rules that never decide.

#include "flow/FlowRule.h"
#include "flow/FlowRuleEvaluator.h"
#include "flow/FlowRuleLint.h"

#include <QTest>

using namespace mailroom;

namespace {

// "Drop: a.com, *.b.com; NormalDelivery: x@a.com" → rules named r1, r2 …
QVector<FlowRule> rulesOf(const QString& spec)
{
    QVector<FlowRule> rules;
    for (const QString& part : spec.split(u';', Qt::SkipEmptyParts)) {
        FlowRule r;
        r.name = QStringLiteral("r%1").arg(rules.size() + 1);
        r.action = fromName<FlowAction>(part.section(u':', 0, 0).trimmed()).value();
        for (const QString& p : part.section(u':', 1).split(u',', Qt::SkipEmptyParts)) {
            auto parsed = SenderPattern::parse(p);
            if (!parsed)
                qFatal("bad test pattern %s", qPrintable(p));
            r.patterns.append(parsed.value());
        }
        rules.append(r);
    }
    return rules;
}

} // namespace

class TestFlowRuleEvaluator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void flow4_precedence_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("decidingPattern"); // empty: no match
        QTest::addColumn<QString>("header");
        // No rule, no match.
        QTest::newRow("01 no rules") << ""
                                     << "a@x.com"
                                     << ""
                                     << "NormalDelivery"
                                     << ""
                                     << "";
        QTest::newRow("02 unrelated rule") << "Drop: y.com"
                                           << "a@x.com"
                                           << ""
                                           << "NormalDelivery"
                                           << ""
                                           << "";
        // Each kind matches.
        QTest::newRow("03 address") << "Drop: a@x.com"
                                    << "a@x.com"
                                    << ""
                                    << "Drop"
                                    << "a@x.com"
                                    << "From";
        QTest::newRow("04 domain") << "Bounce: x.com"
                                   << "a@x.com"
                                   << ""
                                   << "Bounce"
                                   << "x.com"
                                   << "From";
        QTest::newRow("05 domain not subdomain") << "Bounce: x.com"
                                                 << "a@sub.x.com"
                                                 << ""
                                                 << "NormalDelivery"
                                                 << ""
                                                 << "";
        QTest::newRow("06 wildcard on domain") << "MoveToJunk: *.x.com"
                                               << "a@x.com"
                                               << ""
                                               << "MoveToJunk"
                                               << "*.x.com"
                                               << "From";
        QTest::newRow("07 wildcard on subdomain") << "MoveToJunk: *.x.com"
                                                  << "a@deep.sub.x.com"
                                                  << ""
                                                  << "MoveToJunk"
                                                  << "*.x.com"
                                                  << "From";
        QTest::newRow("08 wildcard not sibling") << "MoveToJunk: *.x.com"
                                                 << "a@yx.com"
                                                 << ""
                                                 << "NormalDelivery"
                                                 << ""
                                                 << "";
        QTest::newRow("09 everyone") << "BypassSpamCheck: *"
                                     << "a@x.com"
                                     << ""
                                     << "BypassSpamCheck"
                                     << "*"
                                     << "From";
        QTest::newRow("10 address other mailbox") << "Drop: a@x.com"
                                                  << "b@x.com"
                                                  << ""
                                                  << "NormalDelivery"
                                                  << ""
                                                  << "";
        // Every pair of specificities: the more specific wins whatever the actions.
        QTest::newRow("11 address beats domain") << "Drop: x.com; NormalDelivery: a@x.com"
                                                 << "a@x.com"
                                                 << ""
                                                 << "NormalDelivery"
                                                 << "a@x.com"
                                                 << "From";
        QTest::newRow("12 address beats wildcard") << "Drop: *.x.com; BypassSpamCheck: a@x.com"
                                                   << "a@x.com"
                                                   << ""
                                                   << "BypassSpamCheck"
                                                   << "a@x.com"
                                                   << "From";
        QTest::newRow("13 address beats everyone") << "Drop: *; NormalDelivery: a@x.com"
                                                   << "a@x.com"
                                                   << ""
                                                   << "NormalDelivery"
                                                   << "a@x.com"
                                                   << "From";
        QTest::newRow("14 domain beats wildcard") << "Drop: *.x.com; NormalDelivery: x.com"
                                                  << "a@x.com"
                                                  << ""
                                                  << "NormalDelivery"
                                                  << "x.com"
                                                  << "From";
        QTest::newRow("15 domain beats everyone") << "Bounce: *; MoveToJunk: x.com"
                                                  << "a@x.com"
                                                  << ""
                                                  << "MoveToJunk"
                                                  << "x.com"
                                                  << "From";
        QTest::newRow("16 wildcard beats everyone") << "Drop: *; NormalDelivery: *.x.com"
                                                    << "a@x.com"
                                                    << ""
                                                    << "NormalDelivery"
                                                    << "*.x.com"
                                                    << "From";
        QTest::newRow("17 longer wildcard wins") << "Drop: *.x.com; NormalDelivery: *.sub.x.com"
                                                 << "a@mail.sub.x.com"
                                                 << ""
                                                 << "NormalDelivery"
                                                 << "*.sub.x.com"
                                                 << "From";
        QTest::newRow("18 longer wildcard, reversed actions") << "NormalDelivery: *.x.com; Drop: *.sub.x.com"
                                                              << "a@sub.x.com"
                                                              << ""
                                                              << "Drop"
                                                              << "*.sub.x.com"
                                                              << "From";
        QTest::newRow("19 shorter wildcard outside") << "NormalDelivery: *.x.com; Drop: *.sub.x.com"
                                                     << "a@other.x.com"
                                                     << ""
                                                     << "NormalDelivery"
                                                     << "*.x.com"
                                                     << "From";
        QTest::newRow("20 domain beats longer wildcard") << "Drop: *.a.b.x.com; BypassSpamCheck: a.b.x.com"
                                                         << "m@a.b.x.com"
                                                         << ""
                                                         << "BypassSpamCheck"
                                                         << "a.b.x.com"
                                                         << "From";
        // Every pair of actions at equal specificity: the more restrictive wins.
        QTest::newRow("21 drop over bounce") << "Bounce: x.com; Drop: x.com"
                                             << "a@x.com"
                                             << ""
                                             << "Drop"
                                             << "x.com"
                                             << "From";
        QTest::newRow("22 drop over junk") << "MoveToJunk: x.com; Drop: x.com"
                                           << "a@x.com"
                                           << ""
                                           << "Drop"
                                           << "x.com"
                                           << "From";
        QTest::newRow("23 drop over normal") << "NormalDelivery: x.com; Drop: x.com"
                                             << "a@x.com"
                                             << ""
                                             << "Drop"
                                             << "x.com"
                                             << "From";
        QTest::newRow("24 drop over bypass") << "BypassSpamCheck: x.com; Drop: x.com"
                                             << "a@x.com"
                                             << ""
                                             << "Drop"
                                             << "x.com"
                                             << "From";
        QTest::newRow("25 bounce over junk") << "MoveToJunk: a@x.com; Bounce: a@x.com"
                                             << "a@x.com"
                                             << ""
                                             << "Bounce"
                                             << "a@x.com"
                                             << "From";
        QTest::newRow("26 bounce over normal") << "NormalDelivery: *.x.com; Bounce: *.x.com"
                                               << "a@x.com"
                                               << ""
                                               << "Bounce"
                                               << "*.x.com"
                                               << "From";
        QTest::newRow("27 bounce over bypass") << "BypassSpamCheck: *; Bounce: *"
                                               << "a@x.com"
                                               << ""
                                               << "Bounce"
                                               << "*"
                                               << "From";
        QTest::newRow("28 junk over normal") << "NormalDelivery: x.com; MoveToJunk: x.com"
                                             << "a@x.com"
                                             << ""
                                             << "MoveToJunk"
                                             << "x.com"
                                             << "From";
        QTest::newRow("29 junk over bypass") << "BypassSpamCheck: x.com; MoveToJunk: x.com"
                                             << "a@x.com"
                                             << ""
                                             << "MoveToJunk"
                                             << "x.com"
                                             << "From";
        QTest::newRow("30 normal over bypass") << "BypassSpamCheck: x.com; NormalDelivery: x.com"
                                               << "a@x.com"
                                               << ""
                                               << "NormalDelivery"
                                               << "x.com"
                                               << "From";
        QTest::newRow("31 equal wildcards of different bases") << "NormalDelivery: *.a.x.com; Drop: *.b.x.com"
                                                               << "m@a.x.com"
                                                               << ""
                                                               << "NormalDelivery"
                                                               << "*.a.x.com"
                                                               << "From";
        // Sender first, then From.
        QTest::newRow("32 sender decides") << "Drop: s.com; NormalDelivery: f.com"
                                           << "a@f.com"
                                           << "b@s.com"
                                           << "Drop"
                                           << "s.com"
                                           << "Sender";
        QTest::newRow("33 sender without match falls to from") << "Drop: f.com"
                                                               << "a@f.com"
                                                               << "b@s.com"
                                                               << "Drop"
                                                               << "f.com"
                                                               << "From";
        QTest::newRow("34 sender match beats more specific from") << "Bounce: *; NormalDelivery: a@f.com"
                                                                  << "a@f.com"
                                                                  << "b@s.com"
                                                                  << "Bounce"
                                                                  << "*"
                                                                  << "Sender";
        QTest::newRow("35 neither matches") << "Drop: z.com"
                                            << "a@f.com"
                                            << "b@s.com"
                                            << "NormalDelivery"
                                            << ""
                                            << "";
        QTest::newRow("36 empty sender is no sender") << "Drop: f.com"
                                                      << "a@f.com"
                                                      << "  "
                                                      << "Drop"
                                                      << "f.com"
                                                      << "From";
        // Case and internationalised domains.
        QTest::newRow("37 case of address") << "Drop: Boss@X.com"
                                            << "BOSS@x.COM"
                                            << ""
                                            << "Drop"
                                            << "boss@x.com"
                                            << "From";
        QTest::newRow("38 case of wildcard") << "Bounce: *.X.COM"
                                             << "a@Mail.x.com"
                                             << ""
                                             << "Bounce"
                                             << "*.x.com"
                                             << "From";
        QTest::newRow("39 idn pattern, unicode sender") << "Drop: bücher.example"
                                                        << "a@BÜCHER.example"
                                                        << ""
                                                        << "Drop"
                                                        << "xn--bcher-kva.example"
                                                        << "From";
        QTest::newRow("40 unicode pattern, ace sender") << "Drop: *.bücher.example"
                                                        << "a@shop.xn--bcher-kva.example"
                                                        << ""
                                                        << "Drop"
                                                        << "*.xn--bcher-kva.example"
                                                        << "From";
        QTest::newRow("41 idn address") << "NormalDelivery: info@bücher.example; Drop: bücher.example"
                                        << "Info@Bücher.example"
                                        << ""
                                        << "NormalDelivery"
                                        << "info@xn--bcher-kva.example"
                                        << "From";
        QTest::newRow("42 several patterns in one rule") << "Drop: a.com, b.com, *.c.com"
                                                         << "x@deep.c.com"
                                                         << ""
                                                         << "Drop"
                                                         << "*.c.com"
                                                         << "From";
        QTest::newRow("43 trailing dot in sender") << "Drop: x.com"
                                                   << "a@x.com."
                                                   << ""
                                                   << "Drop"
                                                   << "x.com"
                                                   << "From";
    }

    void flow4_precedence()
    {
        QFETCH(QString, rules);
        QFETCH(QString, from);
        QFETCH(QString, sender);
        QFETCH(QString, action);
        QFETCH(QString, decidingPattern);
        QFETCH(QString, header);
        FlowRuleEvaluator evaluator;
        evaluator.rebuild(rulesOf(rules));
        const FlowDecision d = evaluator.evaluate(from, sender);
        QCOMPARE(nameOf(d.action), action);
        if (decidingPattern.isEmpty()) {
            QVERIFY(!d.decidedBy);
            return;
        }
        QVERIFY(d.decidedBy);
        QCOMPARE(evaluator.rules().at(d.decidedBy->rule).patterns.at(d.decidedBy->pattern).text(),
                 decidingPattern);
        QCOMPARE(d.decidedBy->header, header);
    }

    void flow5_losersSayWhyTheyLost()
    {
        FlowRuleEvaluator evaluator;
        evaluator.rebuild(
            rulesOf(QStringLiteral("NormalDelivery: x.com; Drop: a@x.com; Bounce: a@x.com; Drop: a@x.com; "
                                   "MoveToJunk: f.com")));
        const FlowDecision d = evaluator.evaluate(QStringLiteral("m@f.com"), QStringLiteral("a@x.com"));
        QCOMPARE(d.action, FlowAction::Drop);
        QCOMPARE(d.decidedBy->rule, 1);
        QHash<int, FlowMatch::Lost> why;
        for (const FlowMatch& m : d.others)
            why.insert(m.rule, m.lost);
        QCOMPARE(why.value(0), FlowMatch::Lost::LessSpecific);
        QCOMPARE(why.value(2), FlowMatch::Lost::LessRestrictive);
        QCOMPARE(why.value(3), FlowMatch::Lost::SameRuleOrder);
        QCOMPARE(why.value(4), FlowMatch::Lost::OtherHeaderDecided);
        QVERIFY(!flowLostReason(FlowMatch::Lost::LessSpecific).isEmpty());
    }

    void flow6_warnings()
    {
        const QVector<FlowRule> rules =
            rulesOf(QStringLiteral("NormalDelivery: *.x.com, keep.com; Drop: sub.x.com; Bounce: keep.com; "
                                   "Drop: dup.com, dup.com; MoveToJunk: dup.com"));
        const auto findings = lintFlowRules(rules);
        auto has = [&](FlowLintFinding::Kind kind, int rule, int pattern) {
            return std::any_of(findings.begin(), findings.end(), [&](const FlowLintFinding& f) {
                return f.kind == kind && f.rule == rule && f.pattern == pattern && !f.message.isEmpty();
            });
        };
        QVERIFY(has(FlowLintFinding::Kind::Swallows, 1, 0));  // Drop sub.x.com inside delivered *.x.com
        QVERIFY(has(FlowLintFinding::Kind::Shadowed, 0, 1));  // Normal keep.com beaten by Bounce keep.com
        QVERIFY(has(FlowLintFinding::Kind::Duplicate, 3, 1)); // dup.com twice in r4
        QVERIFY(has(FlowLintFinding::Kind::Shadowed, 4, 0));  // Junk dup.com beaten by Drop dup.com
        QVERIFY(has(FlowLintFinding::Kind::NeverDecides, 4, -1));
        QVERIFY(!has(FlowLintFinding::Kind::NeverDecides, 0, -1)); // *.x.com still decides
        QVERIFY(lintFlowRules(rulesOf(QStringLiteral("Drop: a.com; NormalDelivery: b.com"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFlowRuleEvaluator)
#include "tst_FlowRuleEvaluator.moc"
