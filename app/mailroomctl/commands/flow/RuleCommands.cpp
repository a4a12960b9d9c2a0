#include "RuleCommands.h"

#include "OptionValues.h"
#include "RuleTestCommands.h"
#include "flow/FlowRules.h"
#include "io/JsonFormat.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

const QString ActionOption = QStringLiteral("action");
const QString PatternOption = QStringLiteral("pattern");
const QString PatternsFileOption = QStringLiteral("patterns-file");
const QString NameOption = QStringLiteral("name");

QString separatedPatterns(const FlowRule& rule)
{
    return rule.patternTexts().join(QStringLiteral(", "));
}

QJsonObject jsonOf(const FlowRule& rule)
{
    return {{QStringLiteral("id"), rule.id},
            {QStringLiteral("name"), rule.name},
            {QStringLiteral("action"), nameOf(rule.action)},
            {QStringLiteral("patterns"), QJsonArray::fromStringList(rule.patternTexts())},
            {QStringLiteral("createdAt"), json::timestamp(rule.createdAt)},
            {QStringLiteral("version"), rule.version}};
}

// The actions as --action takes them: "Drop", "MoveToJunk" …, separated by separator.
QString actionNames(const QString& separator)
{
    QStringList names;
    for (FlowAction action : valuesOf<FlowAction>())
        names << nameOf(action);
    return names.join(separator);
}

// --action, when given; problem says why it is not understood.
std::optional<FlowAction> actionOf(const QCommandLineParser& options, QString& problem)
{
    if (!options.isSet(ActionOption))
        return std::nullopt;
    auto action = fromName<FlowAction>(options.value(ActionOption).trimmed());
    if (!action)
        problem = QCoreApplication::translate("mailroomctl", "--action must be one of %1.")
                      .arg(actionNames(QStringLiteral(", ")));
    return action;
}

bool patternsGiven(const QCommandLineParser& options)
{
    return options.isSet(PatternOption) || options.isSet(PatternsFileOption);
}

// The patterns of each --pattern, then the lines of --patterns-file, in that order: the engine's
// errors number them so. Errors: FileError.
Result<QStringList> typedPatterns(const QCommandLineParser& options)
{
    QStringList patterns = options.values(PatternOption);
    if (options.isSet(PatternsFileOption)) {
        auto text = OptionValues::fileText(options.value(PatternsFileOption));
        if (!text)
            return text.error();
        patterns += text.value().split(u'\n'); // the engine skips empty lines and trims each
    }
    return patterns;
}

} // namespace

Noun RuleCommands::noun()
{
    return {QStringLiteral("rule"),
            tr("Email flow rules of an organization: what happens to mail from given senders, the rule "
               "test, warnings."),
            inHelpOrder(verbs() + RuleTestCommands::verbs(), "create list show update remove test lint")};
}

QList<QCommandLineOption> RuleCommands::ruleOptions(const QString& actionDescription,
                                                    const QString& patternDescription)
{
    return {valueOption("action",
                        actionDescription + u' ' + tr("One of %1.").arg(actionNames(QStringLiteral(", "))),
                        tr("ACTION")),
            valueOption("pattern", patternDescription, tr("PATTERN")),
            valueOption("patterns-file",
                        tr("Sender patterns from a file, one a line; - reads standard input."), tr("FILE"))};
}

QVector<Verb> RuleCommands::verbs()
{
    const QString rule = QStringLiteral("RULE");
    return {
        orgVerb("list", {}, tr("List an organization's email flow rules: name, action and patterns."), &list),
        orgVerb("create", QStringLiteral("NAME"),
                tr("Create a rule: one action for mail from senders that match its patterns."), &create,
                ruleOptions(tr("What happens to mail the rule decides."),
                            tr("A sender pattern: mailbox@domain.com, domain.com, *.domain.com or * "
                               "(repeat for more patterns).")),
                {ActionOption}),
        orgVerb("show", rule, tr("Show one rule, by name or id."), &show),
        orgVerb("update", rule,
                tr("Change a rule's name, action or patterns; what is not given keeps its value."), &update,
                QList{valueOption("name", tr("The rule's new name."), tr("NAME")),
                      CliContext::ifVersionOption()} +
                    ruleOptions(tr("The rule's new action."),
                                tr("A sender pattern (repeat for more); the patterns given replace all the "
                                   "rule's patterns."))),
        orgVerb("remove", rule, tr("Remove a rule; it no longer applies to any message."), &remove,
                {flagOption("yes", tr("Confirm that the removal cannot be undone."))}),
    };
}

int RuleCommands::list(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    auto rules = ctx.rules(options);
    if (!rules)
        return ctx.fail(rules.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const FlowRule& r : rules.value())
            array.append(jsonOf(r));
        ctx.printJson(array);
        return ExitOk;
    }
    QVector<QStringList> rows;
    for (const FlowRule& r : rules.value())
        rows << QStringList{r.name, labelOf(r.action), separatedPatterns(r)};
    ctx.printTable({tr("NAME"), tr("ACTION"), tr("PATTERNS")}, rows);
    return ExitOk;
}

int RuleCommands::create(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    QString problem;
    const std::optional<FlowAction> action = actionOf(options, problem);
    if (problem.isEmpty() && !patternsGiven(options))
        problem = tr("rule create needs --pattern or --patterns-file.");
    if (!problem.isEmpty())
        return ctx.usageError(problem, QStringLiteral("rule create"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto patterns = typedPatterns(options);
    if (!patterns)
        return ctx.fail(patterns.error());
    auto created = ctx.engine().flowRules().create(
        org.value().id, FlowRuleInput{arguments.at(0), patterns.value(), action.value()});
    if (!created)
        return ctx.fail(created.error());
    return printChanged(ctx, created.value(), tr("Created the rule %1: %2 for %3."));
}

int RuleCommands::show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = ctx.rule(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const FlowRule& r = found.value().item;
    return ctx.reply(jsonOf(r), [&] {
        ctx.printFields({{tr("Name"), r.name},
                         {tr("ID"), r.id},
                         {tr("Action"), labelOf(r.action)},
                         {tr("Patterns"), separatedPatterns(r)},
                         {tr("Created"), json::timestamp(r.createdAt)}});
    });
}

int RuleCommands::update(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    QString problem;
    const std::optional<FlowAction> action = actionOf(options, problem);
    if (problem.isEmpty() && !action && !patternsGiven(options) && !options.isSet(NameOption))
        problem = tr("rule update needs --name, --action, --pattern or --patterns-file.");
    if (!problem.isEmpty())
        return ctx.usageError(problem, QStringLiteral("rule update"));
    auto ifVersion = CliContext::ifVersion(options);
    if (!ifVersion)
        return ctx.fail(ifVersion.error());
    auto found = ctx.rule(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const FlowRule& before = found.value().item;
    FlowRuleInput input{options.isSet(NameOption) ? options.value(NameOption) : before.name,
                        before.patternTexts(), action.value_or(before.action)};
    if (patternsGiven(options)) {
        auto patterns = typedPatterns(options);
        if (!patterns)
            return ctx.fail(patterns.error());
        input.patterns = patterns.value();
    }
    // Based on what was read here, or on the version the caller names.
    auto updated = ctx.engine().flowRules().update(before.id, input,
                                                   ifVersion.value() ? ifVersion.value() : before.version);
    if (!updated)
        return ctx.fail(updated.error());
    return printChanged(ctx, updated.value(), tr("Updated the rule %1: %2 for %3."));
}

int RuleCommands::remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    if (!options.isSet(QStringLiteral("yes")))
        return ctx.usageError(tr("Removing a rule cannot be undone; add --yes to confirm."),
                              QStringLiteral("rule remove"));
    auto found = ctx.rule(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const FlowRule& r = found.value().item;
    if (auto removed = ctx.engine().flowRules().remove(r.id); !removed)
        return ctx.fail(removed.error());
    return ctx.printDone(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("name"), r.name},
                                     {QStringLiteral("removed"), true}},
                         tr("Removed the rule %1.").arg(r.name));
}

int RuleCommands::printChanged(CliContext& ctx, const FlowRule& rule, const QString& done)
{
    return ctx.printDone(jsonOf(rule), done.arg(rule.name, labelOf(rule.action), separatedPatterns(rule)));
}

} // namespace mailroomctl
