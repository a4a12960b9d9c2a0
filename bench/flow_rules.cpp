// flow_rules: the email flow rule evaluator (FLOW-4, ARCHITECTURE.md: "an index, not a scan") at
// 1,000 and 100,000 generated patterns against 1,000,000 generated senders (fixed seed), in the
// same run as two baselines on the same data:
//   - a linear scan over every pattern of every rule, keeping the best match (what an index avoids);
//   - a bare std::unordered_set look-up of the sender's address (the floor of any hash index).
// The linear scan runs on a sample of the senders (it is far slower) and is reported per sender.
// Usage: flow_rules [--senders N]

#include "BenchSupport.h"
#include "flow/FlowRuleEvaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <string>
#include <unordered_set>

using namespace mailroom;
using namespace mailroom::bench;

namespace {

struct DataSet
{
    QVector<FlowRule> rules;
    QStringList domains;
    QStringList addresses;
};

// Rules of 50 patterns each: addresses, domains and wildcard domains.
DataSet generate(int patternCount, quint32 seed)
{
    QRandomGenerator random(seed);
    DataSet set;
    const QVector<FlowAction> actions = valuesOf<FlowAction>();
    FlowRule rule;
    for (int i = 0; i < patternCount; ++i) {
        if (rule.patterns.size() == 50) {
            set.rules.append(rule);
            rule = {};
        }
        if (rule.patterns.isEmpty()) {
            rule.name = QStringLiteral("rule %1").arg(set.rules.size());
            rule.action = actions.at(random.bounded(int(actions.size())));
        }
        const QString domain =
            generatedName(random) + u'.' + generatedName(random) + QStringLiteral(".example");
        set.domains << domain;
        const int kind = random.bounded(100);
        SenderPattern p;
        if (kind < 40) {
            p = {SenderPattern::Kind::Address, generatedName(random) + u'@' + domain};
            set.addresses << p.key;
        } else if (kind < 70) {
            p = {SenderPattern::Kind::Domain, domain};
        } else {
            p = {SenderPattern::Kind::Wildcard, domain};
        }
        rule.patterns.append(p);
    }
    set.rules.append(rule);
    return set;
}

// Half the senders hit a generated address or domain (or a subdomain of one), half do not.
QStringList senders(const DataSet& set, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QStringList all;
    all.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int kind = random.bounded(4);
        if (kind == 0 && !set.addresses.isEmpty())
            all << set.addresses.at(random.bounded(int(set.addresses.size())));
        else if (kind == 1)
            all << generatedName(random) + u'@' + set.domains.at(random.bounded(int(set.domains.size())));
        else if (kind == 2)
            all << generatedName(random) + QStringLiteral("@mail.") +
                       set.domains.at(random.bounded(int(set.domains.size())));
        else
            all << generatedName(random) + u'@' + generatedName(random) + QStringLiteral(".test");
    }
    return all;
}

bool patternMatches(const SenderPattern& p, const QString& address)
{
    const QString domain = address.section(u'@', 1);
    switch (p.kind) {
    case SenderPattern::Kind::Everyone:
        return true;
    case SenderPattern::Kind::Address:
        return address == p.key;
    case SenderPattern::Kind::Domain:
        return domain == p.key;
    case SenderPattern::Kind::Wildcard:
        return domain == p.key || domain.endsWith(u'.' + p.key);
    }
    return false;
}

// The naive way: every pattern of every rule, keeping the most specific, then most restrictive.
FlowAction linearScan(const QVector<FlowRule>& rules, const QString& address)
{
    int bestSpecificity = -1;
    FlowAction best = FlowAction::NormalDelivery;
    for (const FlowRule& r : rules)
        for (const SenderPattern& p : r.patterns)
            if (patternMatches(p, address)) {
                const int s = p.specificity();
                if (s > bestSpecificity || (s == bestSpecificity && int(r.action) < int(best))) {
                    bestSpecificity = s;
                    best = r.action;
                }
            }
    return best;
}

void run(int patternCount, int senderCount)
{
    const DataSet set = generate(patternCount, 2026);
    const QStringList all = senders(set, senderCount, 4711);
    FlowRuleEvaluator evaluator;
    const double rebuild = medianMs(3, [&] { evaluator.rebuild(set.rules); });
    std::printf("\n%d patterns in %lld rules, %d senders; index rebuilt in %.1f ms\n", patternCount,
                qint64(set.rules.size()), senderCount, rebuild);

    int decided = 0;
    const double indexMs = medianMs(3, [&] {
        decided = 0;
        for (const QString& s : all)
            decided += evaluator.evaluate(s).decidedBy ? 1 : 0;
    });
    // Lower-cased already, as the evaluator's keys are: the floor does only the hash look-up.
    std::unordered_set<std::string> floorSet;
    for (const QString& a : set.addresses)
        floorSet.insert(a.toStdString());
    std::vector<std::string> plain;
    plain.reserve(all.size());
    for (const QString& s : all)
        plain.push_back(s.toStdString());
    int hits = 0;
    const double floorMs = medianMs(3, [&] {
        hits = 0;
        for (const std::string& s : plain)
            hits += floorSet.count(s) ? 1 : 0;
    });
    const int sample = std::min<int>(int(all.size()), patternCount > 10000 ? 1000 : 20000);
    int agree = 0;
    const double linearMs = medianMs(1, [&] {
        for (int i = 0; i < sample; ++i)
            agree += linearScan(set.rules, all.at(i)) == evaluator.evaluate(all.at(i)).action ? 1 : 0;
    });
    const double perIndex = indexMs / senderCount * 1e3; // µs per sender
    const double perFloor = floorMs / senderCount * 1e3;
    const double perLinear = linearMs / sample * 1e3;
    std::printf("evaluator: %.0f senders/s (%.3f µs each), %d decided by a rule\n",
                senderCount / (indexMs / 1e3), perIndex, decided);
    std::printf("linear scan (sample of %d): %.0f senders/s (%.3f µs each); same action in %d of %d\n",
                sample, sample / (linearMs / 1e3), perLinear, agree, sample);
    std::printf("unordered_set floor: %.0f senders/s (%.3f µs each)\n", senderCount / (floorMs / 1e3),
                perFloor);
    report("evaluator, per sender", perIndex, "linear scan, per sender", perLinear, "µs");
    report("evaluator, per sender", perIndex, "unordered_set look-up, per sender", perFloor, "µs");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sendersOption(QStringLiteral("senders"), QStringLiteral("Generated senders."),
                                           QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption patternsOption(QStringLiteral("patterns"),
                                            QStringLiteral("Pattern counts, comma-separated."),
                                            QStringLiteral("list"), QStringLiteral("1000,100000"));
    parser.addOptions({sendersOption, patternsOption});
    parser.process(app);
    const int senderCount = std::max(1000, parser.value(sendersOption).toInt());
    std::printf("flow_rules: evaluator vs linear scan vs hash floor (seeds 2026 and 4711)\n");
    for (const QString& n : parser.value(patternsOption).split(u','))
        run(std::max(10, n.toInt()), senderCount);
    return 0;
}
