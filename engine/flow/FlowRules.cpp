#include "FlowRules.h"

#include "core/Engine.h"
#include "core/Ids.h"
#include "core/Rules.h"
#include "organizations/Organizations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace mailroom {

namespace {

// The context lupdate gives tr() calls in this file, so that the German is found at run time.
QString tr(const char* text)
{
    return QCoreApplication::translate("mailroom::FlowRules", text);
}

QJsonObject jsonOf(const FlowRule& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("action"), nameOf(r.action)},
            {QStringLiteral("patterns"), QJsonArray::fromStringList(r.patternTexts())}};
}

Change changeOf(const FlowRule& r, Change::Kind kind, const QString& action)
{
    return {Change::Subject::FlowRule, kind, r.organizationId, {r.id}, action};
}

Status checkAddress(const QString& address, const QString& field, const QString& label)
{
    static const QRegularExpression form(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!form.match(address.trimmed()).hasMatch())
        return makeError(
            ErrorCode::InvalidValue, field,
            QCoreApplication::translate("mailroom::FlowRules", "%1: \"%2\" is not an email address.")
                .arg(label, address));
    return Done{};
}

} // namespace

FlowRules::FlowRules(Engine& engine) : m_engine(engine), m_table(engine.store()) {}

Result<QVector<SenderPattern>> FlowRules::parsePatterns(const QStringList& typed)
{
    const QString field = QStringLiteral("patterns");
    QVector<SenderPattern> patterns;
    for (int i = 0; i < typed.size(); ++i) {
        if (typed.at(i).trimmed().isEmpty())
            continue; // an empty line of the editor is no pattern
        auto p = SenderPattern::parse(typed.at(i), i + 1);
        if (!p)
            return p.error();
        patterns.append(p.value());
    }
    if (patterns.isEmpty())
        return makeError(ErrorCode::Required, field, tr("Sender patterns: enter at least one pattern."));
    if (patterns.size() > flow::MaxPatternsPerRule)
        return makeError(ErrorCode::LimitReached, field,
                         tr("Sender patterns: at most %1 in one rule (this one has %2).")
                             .arg(flow::MaxPatternsPerRule)
                             .arg(patterns.size()));
    return patterns;
}

Status FlowRules::check(const QString& orgId, const FlowRuleInput& input, const QString& ownerId)
{
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        return makeError(ErrorCode::Required, QStringLiteral("name"), tr("Rule name: enter a name."));
    if (name.size() > flow::MaxNameLength)
        return makeError(ErrorCode::InvalidValue, QStringLiteral("name"),
                         tr("Rule name: at most %1 characters.").arg(flow::MaxNameLength));
    auto taken = m_table.nameTaken(orgId, name, ownerId);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError(ErrorCode::NameTaken, QStringLiteral("name"),
                         tr("Rule name: %1 is already a rule of this organization.").arg(name));
    auto patterns = parsePatterns(input.patterns);
    if (!patterns)
        return patterns.error();
    auto others = m_table.patternCount(orgId, ownerId);
    if (!others)
        return others.error();
    if (others.value() + patterns.value().size() > flow::MaxPatternsPerOrganization)
        return makeError(
            ErrorCode::LimitReached, QStringLiteral("patterns"),
            tr("Sender patterns: an organization can have at most %1 in all its rules; %2 are in "
               "use elsewhere.")
                .arg(flow::MaxPatternsPerOrganization)
                .arg(others.value()));
    return Done{};
}

Result<FlowRule> FlowRules::create(const QString& orgId, const FlowRuleInput& input)
{
    return m_engine.mutate([&](Change& change) -> Result<FlowRule> {
        if (auto org = m_engine.organizations().requireActive(orgId); !org)
            return org.error();
        if (auto ok = check(orgId, input); !ok)
            return ok.error();
        FlowRule r;
        r.id = ids::newUuid();
        r.organizationId = orgId;
        r.name = input.name.trimmed();
        r.patterns = parsePatterns(input.patterns).value();
        r.action = input.action;
        r.createdAt = m_engine.now();
        if (auto ok = m_table.insert(r); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("flowrule.create"), r.id, {}, jsonOf(r));
            !ok)
            return ok.error();
        m_evaluators.remove(orgId);
        change = changeOf(r, Change::Kind::Added, QStringLiteral("flowrule.create"));
        return r;
    });
}

Result<FlowRule> FlowRules::update(const QString& id, const FlowRuleInput& input, qint64 basedOn)
{
    return m_engine.mutate([&](Change& change) -> Result<FlowRule> {
        auto before = get(id);
        if (!before)
            return before.error();
        if (auto ok = m_engine.versions().require(Versions::kindOf(Change::Subject::FlowRule), id, basedOn,
                                                  tr("The rule %1").arg(before.value().name));
            !ok)
            return ok.error();
        const QString orgId = before.value().organizationId;
        if (auto org = m_engine.organizations().requireActive(orgId); !org)
            return org.error();
        if (auto ok = check(orgId, input, id); !ok)
            return ok.error();
        FlowRule after = before.value();
        after.name = input.name.trimmed();
        after.patterns = parsePatterns(input.patterns).value();
        after.action = input.action;
        after.version = before.value().version + 1; // raised by this change (Engine::mutate)
        if (auto ok = m_table.update(after); !ok)
            return ok.error();
        if (auto ok = m_engine.recordAudit(orgId, QStringLiteral("flowrule.update"), id,
                                           jsonOf(before.value()), jsonOf(after));
            !ok)
            return ok.error();
        m_evaluators.remove(orgId);
        change = changeOf(after, Change::Kind::Updated, QStringLiteral("flowrule.update"));
        return after;
    });
}

Status FlowRules::remove(const QString& id)
{
    return m_engine.mutate([&](Change& change) -> Status {
        auto before = m_table.get(id);
        if (!before)
            return before.error();
        if (auto org = m_engine.organizations().requireActive(before.value().organizationId); !org)
            return org.error();
        if (auto ok = m_table.remove(id); !ok)
            return ok;
        if (auto ok = m_engine.recordAudit(before.value().organizationId, QStringLiteral("flowrule.remove"),
                                           id, jsonOf(before.value()), {});
            !ok)
            return ok;
        m_evaluators.remove(before.value().organizationId);
        change = changeOf(before.value(), Change::Kind::Removed, QStringLiteral("flowrule.remove"));
        return Done{};
    });
}

Result<FlowRule> FlowRules::get(const QString& id)
{
    return m_engine.versions().read<FlowRule>(Versions::kindOf(Change::Subject::FlowRule), id,
                                              [&] { return m_table.get(id); });
}

Result<FlowRule> FlowRules::findByName(const QString& orgId, const QString& name)
{
    auto all = list(orgId);
    if (!all)
        return all.error();
    for (const FlowRule& r : all.value())
        if (r.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return r;
    return makeError(ErrorCode::NotFound, QStringLiteral("rule"),
                     tr("Rule: there is no email flow rule %1 in this organization.").arg(name));
}

Result<QVector<FlowRule>> FlowRules::list(const QString& orgId)
{
    return m_engine.versions().readAll<FlowRule>(
        Versions::kindOf(Change::Subject::FlowRule), [&] { return m_table.list(orgId); },
        [](const FlowRule& r) { return r.id; });
}

Result<const FlowRuleEvaluator*> FlowRules::evaluator(const QString& orgId)
{
    auto it = m_evaluators.find(orgId);
    if (it == m_evaluators.end()) {
        auto rules = m_table.list(orgId);
        if (!rules)
            return rules.error();
        it = m_evaluators.insert(orgId, FlowRuleEvaluator());
        it->rebuild(rules.value());
    }
    return &it.value();
}

Result<FlowTestResult> FlowRules::test(const QString& orgId, const QString& from, const QString& sender)
{
    if (auto ok = checkAddress(from, QStringLiteral("from"), tr("From")); !ok)
        return ok.error();
    if (!sender.trimmed().isEmpty())
        if (auto ok = checkAddress(sender, QStringLiteral("sender"), tr("Sender")); !ok)
            return ok.error();
    auto index = evaluator(orgId);
    if (!index)
        return index.error();
    return FlowTestResult{index.value()->evaluate(from, sender), index.value()->rules()};
}

Result<MessageTestResult> FlowRules::testMessage(const QString& orgId, const QString& emlPath)
{
    auto message = MessageFile::read(emlPath);
    if (!message)
        return message.error();
    auto flow = test(orgId, message.value().from, message.value().sender);
    if (!flow)
        return flow.error();
    return MessageTestResult{message.value(), flow.value(), message.value().refusals()};
}

Result<QVector<FlowLintFinding>> FlowRules::lint(const QString& orgId)
{
    auto rules = m_table.list(orgId);
    if (!rules)
        return rules.error();
    return lintFlowRules(rules.value());
}

} // namespace mailroom
