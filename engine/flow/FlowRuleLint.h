#pragma once
// Warnings about an organization's flow rules (FLOW-6): the same pattern twice, a pattern that
// an equal pattern of a more restrictive rule always beats, a Drop or Bounce pattern inside a
// wider pattern whose rule delivers (mail the wider rule lets through is dropped or bounced
// there), and a rule that can never decide.

#include "FlowRule.h"

namespace mailroom {

struct FlowLintFinding
{
    enum class Kind
    {
        Duplicate,
        Shadowed,
        Swallows,
        NeverDecides
    };

    Kind kind = Kind::Duplicate;
    int rule = -1;      // the rule the finding is about (index in the list given)
    int pattern = -1;   // its pattern, -1 for the whole rule
    int otherRule = -1; // the rule it concerns, if any
    int otherPattern = -1;
    QString message; // translated
};

QString flowLintKindName(FlowLintFinding::Kind kind); // stable: "Shadowed"

QVector<FlowLintFinding> lintFlowRules(const QVector<FlowRule>& rules);

// True when every sender that inner matches, outer matches too, and outer matches more.
bool flowPatternWithin(const SenderPattern& inner, const SenderPattern& outer);

} // namespace mailroom
