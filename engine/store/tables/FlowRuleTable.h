#pragma once
// SQL for email flow rules (FLOW-1) and their patterns.

#include "core/Result.h"
#include "flow/FlowRule.h"

namespace mailroom {

class Store;

class FlowRuleTable
{
public:
    explicit FlowRuleTable(Store& store) : m_store(store) {}

    Status insert(const FlowRule& rule);
    Status update(const FlowRule& rule); // name, action and patterns
    Status remove(const QString& id);
    Result<FlowRule> get(const QString& id);              // NotFound
    Result<QVector<FlowRule>> list(const QString& orgId); // by name
    Result<bool> nameTaken(const QString& orgId, const QString& name, const QString& exceptId);
    Result<int> patternCount(const QString& orgId, const QString& exceptRuleId);

private:
    Status writePatterns(const FlowRule& rule);
    Result<QVector<FlowRule>> select(const QString& where, const QVariantList& values);

    Store& m_store;
};

} // namespace mailroom
