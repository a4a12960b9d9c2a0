#include "Dispatcher.h"

#include <QCommandLineParser>
#include <algorithm>

namespace mailroomctl {

namespace {

QString optionName(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString names(const QVector<Noun>& nouns)
{
    QStringList out;
    for (const Noun& noun : nouns)
        out << noun.name;
    return out.join(QStringLiteral(", "));
}

QString names(const QVector<Verb>& verbs)
{
    QStringList out;
    for (const Verb& verb : verbs)
        out << verb.name;
    return out.join(QStringLiteral(", "));
}

} // namespace

Verb orgVerb(const char* name, const QString& arguments, const QString& summary, Verb::Run run,
             const QList<QCommandLineOption>& options, const QStringList& required)
{
    const QStringList words = arguments.split(u' ', Qt::SkipEmptyParts);
    const bool open = !words.isEmpty() && words.constLast().endsWith(QLatin1String("..."));
    return Verb{.name = QString::fromLatin1(name),
                .arguments = arguments,
                .summary = summary,
                .options = QList{CliContext::orgOption()} + options,
                .required = QStringList{QStringLiteral("org")} + required,
                .minArguments = int(words.size()),
                .maxArguments = open ? -1 : int(words.size()),
                .run = run};
}

QVector<Verb> inHelpOrder(QVector<Verb> verbs, const char* names)
{
    const QStringList order = QString::fromLatin1(names).split(u' ', Qt::SkipEmptyParts);
    std::stable_sort(verbs.begin(), verbs.end(), [&](const Verb& a, const Verb& b) {
        return order.indexOf(a.name) < order.indexOf(b.name);
    });
    return verbs;
}

Dispatcher::Dispatcher(QVector<Noun> nouns) : m_nouns(std::move(nouns)) {}

QCommandLineOption Dispatcher::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

QCommandLineOption Dispatcher::versionOption()
{
    return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."));
}

bool Dispatcher::isHelp(const QString& argument)
{
    return argument == QLatin1String("-h") || argument == QLatin1String("--help");
}

int Dispatcher::run(CliContext& ctx, const QStringList& arguments) const
{
    QCommandLineParser parser;
    // Everything after the noun belongs to the noun and its verb.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help = helpOption();
    const QCommandLineOption version = versionOption();
    parser.addOptions(CliContext::globalOptions());
    parser.addOption(help);
    parser.addOption(version);
    if (!parser.parse(arguments))
        return ctx.usageError(parser.errorText());
    if (parser.isSet(help)) {
        ctx.print(this->help());
        return ExitOk;
    }
    if (parser.isSet(version)) {
        ctx.print(QStringLiteral("mailroomctl %1").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    ctx.applyGlobalOptions(parser);
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return ctx.usageError(tr("Name what to work on: %1.").arg(names(m_nouns)));
    for (const Noun& noun : m_nouns) {
        if (noun.name == rest.first())
            return runNoun(ctx, noun, rest.mid(1));
    }
    return ctx.usageError(tr("Unknown command '%1'; the commands are %2.").arg(rest.first(), names(m_nouns)));
}

int Dispatcher::runNoun(CliContext& ctx, const Noun& noun, const QStringList& arguments) const
{
    if (arguments.isEmpty())
        return ctx.usageError(tr("Name what to do with %1: %2.").arg(noun.name, names(noun.verbs)),
                              noun.name);
    if (isHelp(arguments.first())) {
        ctx.print(nounHelp(noun));
        return ExitOk;
    }
    // A verb of two words, such as "availability set", before one of one word that starts it
    // ("sync status" is not "sync" with an argument).
    for (const Verb& verb : noun.verbs) {
        if (arguments.size() > 1 && verb.name == arguments.at(0) + u' ' + arguments.at(1))
            return runVerb(ctx, noun, verb, arguments.mid(2));
    }
    for (const Verb& verb : noun.verbs) {
        if (verb.name == arguments.first())
            return runVerb(ctx, noun, verb, arguments.mid(1));
    }
    QStringList second; // the second words of two-word verbs that start with this one
    for (const Verb& verb : noun.verbs) {
        if (verb.name.startsWith(arguments.first() + u' '))
            second << verb.name.section(u' ', 1);
    }
    if (!second.isEmpty())
        return ctx.usageError(tr("Name what to do with %1 %2: %3.")
                                  .arg(noun.name, arguments.first(), second.join(QStringLiteral(", "))),
                              noun.name);
    return ctx.usageError(tr("Unknown verb '%1' for %2; the verbs are %3.")
                              .arg(arguments.first(), noun.name, names(noun.verbs)),
                          noun.name);
}

int Dispatcher::runVerb(CliContext& ctx, const Noun& noun, const Verb& verb,
                        const QStringList& arguments) const
{
    const QString command = noun.name + u' ' + verb.name;
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    parser.addOptions(verb.options);
    parser.addOptions(CliContext::globalOptions());
    parser.addOption(help);
    // parse() skips the first argument, which is normally the program.
    if (!parser.parse(QStringList{command} + arguments))
        return ctx.usageError(parser.errorText(), command);
    if (parser.isSet(help)) {
        ctx.print(verbHelp(noun, verb));
        return ExitOk;
    }
    for (const QString& name : verb.required) {
        if (!parser.isSet(name))
            return ctx.usageError(tr("%1 needs the option %2.").arg(command, optionName(name)), command);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < verb.minArguments)
        return ctx.usageError(tr("%1 needs the arguments %2.").arg(command, verb.arguments), command);
    if (verb.maxArguments >= 0 && positional.size() > verb.maxArguments)
        return ctx.usageError(tr("Unexpected argument '%1'.").arg(positional.at(verb.maxArguments)), command);
    ctx.applyGlobalOptions(parser);
    if (auto opened = ctx.openEngine(); !opened)
        return ctx.fail(opened.error());
    return verb.run(ctx, parser, positional);
}

QString Dispatcher::help() const
{
    QString text = tr("Usage: mailroomctl [--db PATH] [--json] [--read-only] <command> <verb> [arguments]\n"
                      "Administers a Mailroom database: directories, organizations, users, groups, domains, "
                      "resources, the mobile device policy and users' mobile devices, email flow rules, "
                      "journaling, the migration administrator and the audit log.\n\n"
                      "Commands:\n");
    qsizetype width = 0;
    for (const Noun& noun : m_nouns)
        width = std::max(width, noun.name.size());
    for (const Noun& noun : m_nouns)
        text += QStringLiteral("  ") + noun.name.leftJustified(width + 2) + noun.summary + u'\n';
    text += u'\n' + tr("Global options:") + u'\n' +
            optionLines(CliContext::globalOptions() + QList{helpOption(), versionOption()});
    text += u'\n' + tr("Run 'mailroomctl <command> --help' for its verbs.");
    return text;
}

QString Dispatcher::nounHelp(const Noun& noun)
{
    QString text = tr("Usage: mailroomctl %1 <verb> [options] [arguments]").arg(noun.name) + u'\n' +
                   noun.summary + QStringLiteral("\n\n") + tr("Verbs:") + u'\n';
    qsizetype width = 0;
    for (const Verb& verb : noun.verbs)
        width = std::max(width, verb.name.size());
    for (const Verb& verb : noun.verbs)
        text += QStringLiteral("  ") + verb.name.leftJustified(width + 2) + verb.summary + u'\n';
    text += u'\n' + tr("Run 'mailroomctl %1 <verb> --help' for its options.").arg(noun.name);
    return text;
}

QString Dispatcher::verbHelp(const Noun& noun, const Verb& verb)
{
    QString usage = QStringLiteral("mailroomctl %1 %2").arg(noun.name, verb.name);
    for (const QCommandLineOption& option : verb.options) {
        if (verb.required.contains(option.names().constLast()))
            usage += u' ' + optionName(option.names().constLast()) +
                     (option.valueName().isEmpty() ? QString() : u' ' + option.valueName());
    }
    usage += QStringLiteral(" [options]");
    if (!verb.arguments.isEmpty())
        usage += u' ' + verb.arguments;
    QString text = tr("Usage: %1").arg(usage) + u'\n' + verb.summary + u'\n';
    if (!verb.options.isEmpty())
        text += u'\n' + tr("Options:") + u'\n' + optionLines(verb.options, verb.required);
    text += u'\n' + tr("Global options:") + u'\n' +
            optionLines(CliContext::globalOptions() + QList{helpOption()});
    return text.chopped(1);
}

QString Dispatcher::optionLines(const QList<QCommandLineOption>& options, const QStringList& required)
{
    QStringList left;
    qsizetype width = 0;
    for (const QCommandLineOption& option : options) {
        QStringList spelled;
        for (const QString& name : option.names())
            spelled << optionName(name);
        QString entry = spelled.join(QStringLiteral(", "));
        if (!option.valueName().isEmpty())
            entry += u' ' + option.valueName();
        width = std::max(width, entry.size());
        left << entry;
    }
    QString text;
    for (qsizetype i = 0; i < options.size(); ++i) {
        QString description = options.at(i).description();
        if (required.contains(options.at(i).names().constLast()))
            description += u' ' + tr("(required)");
        text += QStringLiteral("  ") + left.at(i).leftJustified(width + 2) + description + u'\n';
    }
    return text;
}

} // namespace mailroomctl
