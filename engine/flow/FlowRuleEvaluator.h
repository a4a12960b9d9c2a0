#pragma once
// The evaluator of FLOW-4 as an index: the patterns of an organization's rules in hash tables by
// address, by domain and by wildcard base domain, so that a sender is decided by a handful of
// look-ups (its address, its domain and each parent domain), whatever the number of rules.
// The result names the deciding rule and pattern, the header it came from, and every other
// match with the reason it lost.

#include "FlowRule.h"

#include <QHash>

namespace mailroom {

struct FlowMatch
{
    enum class Lost
    {
        No,
        LessSpecific,
        LessRestrictive,
        SameRuleOrder,
        OtherHeaderDecided
    };

    int rule = -1;    // index in the evaluator's rules
    int pattern = -1; // index in that rule's patterns
    QString header;   // "Sender" or "From"
    Lost lost = Lost::No;
};

QString flowLostReason(FlowMatch::Lost lost); // translated sentence

struct FlowDecision
{
    FlowAction action = FlowAction::NormalDelivery;
    std::optional<FlowMatch> decidedBy; // none: no pattern matched, normal delivery
    QVector<FlowMatch> others;          // every other match, each with why it lost
};

class FlowRuleEvaluator
{
public:
    void rebuild(const QVector<FlowRule>& rules);
    const QVector<FlowRule>& rules() const { return m_rules; }
    int patternCount() const { return m_patternCount; }

    // from: the From address; sender: the Sender header's address, empty when the message has
    // none. Addresses are compared case-insensitively and with the domain in A-label form.
    FlowDecision evaluate(const QString& from, const QString& sender = {}) const;

    // The matches of one address, unordered.
    QVector<FlowMatch> matches(const QString& address, const QString& header) const;

private:
    struct Entry
    {
        int rule;
        int pattern;
    };
    bool beats(const FlowMatch& a, const FlowMatch& b) const;
    const SenderPattern& patternOf(const FlowMatch& m) const;

    QVector<FlowRule> m_rules;
    QHash<QString, QVector<Entry>> m_addresses;
    QHash<QString, QVector<Entry>> m_domains;
    QHash<QString, QVector<Entry>> m_wildcards;
    QVector<Entry> m_everyone;
    int m_patternCount = 0;
};

} // namespace mailroom
