#pragma once
// The email flow rules of an organization (FLOW-1..FLOW-6): create, edit and remove rules whose
// patterns are checked one by one, the rule test (what happens to a message from a sender, and
// why) through an index kept per organization and rebuilt after each change, and the warnings.

#include "FlowRule.h"
#include "FlowRuleEvaluator.h"
#include "FlowRuleLint.h"
#include "MessageFile.h"
#include "core/Result.h"
#include "store/tables/FlowRuleTable.h"

#include <QHash>

namespace mailroom {

class Engine;

// A rule test's outcome with the rules its indexes refer to.
struct FlowTestResult
{
    FlowDecision decision;
    QVector<FlowRule> rules;

    const FlowRule& ruleOf(const FlowMatch& match) const { return rules.at(match.rule); }
    QString patternOf(const FlowMatch& match) const
    {
        return rules.at(match.rule).patterns.at(match.pattern).text();
    }
};

// The rule test of a whole message (MSG-1): its headers decide as FLOW-4 says, and its
// attachments and size may be refused whatever the rules say.
struct MessageTestResult
{
    MessageFile message;
    FlowTestResult flow;
    QStringList refusals; // translated sentences; empty when the service accepts the message
};

class FlowRules
{
public:
    explicit FlowRules(Engine& engine);

    // Each typed pattern parsed. Errors (field "patterns"): the first pattern that breaks FLOW-2,
    // by number; Required when there is none; LimitReached past 250.
    static Result<QVector<SenderPattern>> parsePatterns(const QStringList& typed);
    // As the administrator types. ownerId: the rule being edited. Errors: those of parsePatterns,
    // Required/InvalidValue/NameTaken (field "name"), LimitReached (1,000 patterns per organization).
    Status check(const QString& orgId, const FlowRuleInput& input, const QString& ownerId = {});

    Result<FlowRule> create(const QString& orgId, const FlowRuleInput& input);
    // basedOn: the version the rule was read at (0: over whatever is there). Errors: Conflict.
    Result<FlowRule> update(const QString& id, const FlowRuleInput& input, qint64 basedOn = 0);
    Status remove(const QString& id);
    Result<FlowRule> get(const QString& id);
    Result<FlowRule> findByName(const QString& orgId, const QString& name); // NotFound
    Result<QVector<FlowRule>> list(const QString& orgId);

    // FLOW-4/FLOW-5. from: the From address; sender: the Sender header's, empty when none.
    // Errors (field "from"/"sender"): InvalidValue for text that is not an address.
    Result<FlowTestResult> test(const QString& orgId, const QString& from, const QString& sender = {});
    // The same for an .eml file: its Sender and From headers, attachments and size.
    // Errors: those of MessageFile::read and test().
    Result<MessageTestResult> testMessage(const QString& orgId, const QString& emlPath);
    // FLOW-6, over the rules in list() order.
    Result<QVector<FlowLintFinding>> lint(const QString& orgId);

    // Forgets the organization's index, so that the next test builds it from the stored rules
    // (another process changed them).
    void dropIndex(const QString& orgId) { m_evaluators.remove(orgId); }

private:
    Result<const FlowRuleEvaluator*> evaluator(const QString& orgId);

    Engine& m_engine;
    FlowRuleTable m_table;
    QHash<QString, FlowRuleEvaluator> m_evaluators; // per organization, dropped on each change
};

} // namespace mailroom
