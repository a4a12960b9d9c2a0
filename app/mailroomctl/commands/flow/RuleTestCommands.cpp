#include "RuleTestCommands.h"

#include "MessageTestCommands.h"
#include "flow/FlowRules.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString FromOption = QStringLiteral("from");
const QString SenderOption = QStringLiteral("sender");
const QString EmlOption = QStringLiteral("eml");

// Why a match lost, as --json names it; flowLostReason() says it in words.
QString lostName(FlowMatch::Lost lost)
{
    switch (lost) {
    case FlowMatch::Lost::No:
        return {};
    case FlowMatch::Lost::LessSpecific:
        return QStringLiteral("LessSpecific");
    case FlowMatch::Lost::LessRestrictive:
        return QStringLiteral("LessRestrictive");
    case FlowMatch::Lost::SameRuleOrder:
        return QStringLiteral("SameRuleOrder");
    case FlowMatch::Lost::OtherHeaderDecided:
        return QStringLiteral("OtherHeaderDecided");
    }
    return {};
}

// {rule, pattern, header}, and for a match that lost {lost, reason} too.
QJsonObject jsonOf(const FlowTestResult& result, const FlowMatch& match)
{
    QJsonObject object{{QStringLiteral("rule"), result.ruleOf(match).name},
                       {QStringLiteral("pattern"), result.patternOf(match)},
                       {QStringLiteral("header"), match.header}};
    if (match.lost != FlowMatch::Lost::No) {
        object.insert(QStringLiteral("lost"), lostName(match.lost));
        object.insert(QStringLiteral("reason"), flowLostReason(match.lost));
    }
    return object;
}

// The text of a finding's pattern, or null for the whole rule (or no other rule).
QJsonValue patternJson(const QVector<FlowRule>& rules, int rule, int pattern)
{
    if (rule < 0 || pattern < 0)
        return QJsonValue::Null;
    return rules.at(rule).patterns.at(pattern).text();
}

QJsonValue ruleJson(const QVector<FlowRule>& rules, int rule)
{
    return rule < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(rules.at(rule).name);
}

} // namespace

QVector<Verb> RuleTestCommands::verbs()
{
    return {
        orgVerb("test", {},
                tr("Show what happens to mail from a sender and why: the deciding rule and pattern, and "
                   "the matches that lose."),
                &test,
                {valueOption("from", tr("The message's From address."), tr("ADDRESS")),
                 valueOption("sender",
                             tr("The address of the message's Sender header, if it has one; it is tried "
                                "before From."),
                             tr("ADDRESS")),
                 valueOption("eml",
                             tr("Instead of --from and --sender: an .eml file, whose Sender and From "
                                "headers are tested and whose attachments and size may be refused."),
                             tr("FILE"))}),
        orgVerb("lint", {},
                tr("List warnings: repeated or shadowed patterns, Drop or Bounce inside a wider rule that "
                   "delivers, rules that never decide."),
                &lint),
    };
}

int RuleTestCommands::test(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    const bool eml = options.isSet(EmlOption);
    if (eml && (options.isSet(FromOption) || options.isSet(SenderOption)))
        return ctx.usageError(
            tr("--eml takes From and Sender from the message; give either --eml or --from."),
            QStringLiteral("rule test"));
    if (!eml && !options.isSet(FromOption))
        return ctx.usageError(tr("rule test needs --from or --eml."), QStringLiteral("rule test"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    if (eml)
        return MessageTestCommands::test(ctx, org.value(), options.value(EmlOption));
    auto tested =
        ctx.engine().flowRules().test(org.value().id, options.value(FromOption), options.value(SenderOption));
    if (!tested)
        return ctx.fail(tested.error());
    return ctx.reply(decisionJson(tested.value()), [&] { printDecision(ctx, tested.value()); });
}

QJsonObject RuleTestCommands::decisionJson(const FlowTestResult& result)
{
    const FlowDecision& decision = result.decision;
    QJsonArray others;
    for (const FlowMatch& match : decision.others)
        others.append(jsonOf(result, match));
    return {{QStringLiteral("action"), nameOf(decision.action)},
            {QStringLiteral("decidedBy"), decision.decidedBy ? QJsonValue(jsonOf(result, *decision.decidedBy))
                                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("others"), others}};
}

void RuleTestCommands::printDecision(CliContext& ctx, const FlowTestResult& result)
{
    const FlowDecision& decision = result.decision;
    QVector<std::pair<QString, QString>> fields{{tr("Action"), labelOf(decision.action)}};
    if (!decision.decidedBy) {
        ctx.printFields(fields);
        ctx.print(tr("No rule matched, so the message gets normal delivery."));
        return;
    }
    const FlowMatch& decided = *decision.decidedBy;
    fields += QVector<std::pair<QString, QString>>{{tr("Rule"), result.ruleOf(decided).name},
                                                   {tr("Pattern"), result.patternOf(decided)},
                                                   {tr("Header"), decided.header}};
    ctx.printFields(fields);
    if (decision.others.isEmpty())
        return;
    QVector<QStringList> rows;
    for (const FlowMatch& match : decision.others)
        rows << QStringList{result.ruleOf(match).name, result.patternOf(match), match.header,
                            flowLostReason(match.lost)};
    ctx.print(QString());
    ctx.print(tr("Other matches:"));
    ctx.printTable({tr("RULE"), tr("PATTERN"), tr("HEADER"), tr("WHY IT LOST")}, rows);
}

int RuleTestCommands::lint(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto rules = ctx.rules(options);
    if (!rules)
        return ctx.fail(rules.error());
    // What FlowRules::lint gives, over the very rules the findings' indexes refer to.
    const QVector<FlowRule>& all = rules.value();
    const QVector<FlowLintFinding> findings = lintFlowRules(all);
    if (ctx.json()) {
        QJsonArray array;
        for (const FlowLintFinding& f : findings)
            array.append(
                QJsonObject{{QStringLiteral("kind"), flowLintKindName(f.kind)},
                            {QStringLiteral("rule"), ruleJson(all, f.rule)},
                            {QStringLiteral("pattern"), patternJson(all, f.rule, f.pattern)},
                            {QStringLiteral("otherRule"), ruleJson(all, f.otherRule)},
                            {QStringLiteral("otherPattern"), patternJson(all, f.otherRule, f.otherPattern)},
                            {QStringLiteral("message"), f.message}});
        ctx.printJson(array);
        return ExitOk;
    }
    if (findings.isEmpty()) {
        ctx.print(tr("No warnings about the email flow rules."));
        return ExitOk;
    }
    QVector<QStringList> rows;
    for (const FlowLintFinding& f : findings)
        rows << QStringList{flowLintKindName(f.kind), all.at(f.rule).name, f.message};
    ctx.printTable({tr("KIND"), tr("RULE"), tr("MESSAGE")}, rows);
    return ExitOk; // warnings, not failures
}

} // namespace mailroomctl
