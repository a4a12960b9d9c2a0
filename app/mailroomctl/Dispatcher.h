#pragma once
// From the command line to a verb: global options, then the noun, then the verb with its own
// options and arguments; --help at every level, usage errors with exit code 2.

#include "CliContext.h"

#include <QCommandLineOption>
#include <QStringList>
#include <QVector>

class QCommandLineParser;

namespace mailroomctl {

struct Verb
{
    using Run = int (*)(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    // Initialized members, so that the verb tables name only what they need.
    QString name = {};
    QString arguments = {}; // as the usage line shows them, e.g. "ID FILE.csv"
    QString summary = {};
    QList<QCommandLineOption> options = {};
    QStringList required = {}; // options that must be given
    int minArguments = 0;
    int maxArguments = 0; // -1: any number
    Run run = nullptr;
};

struct Noun
{
    QString name;
    QString summary;
    QVector<Verb> verbs;
};

// Options as the verb tables spell them: one that takes a value, and a switch.
inline QCommandLineOption valueOption(const char* name, const QString& description, const QString& valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, valueName);
}
inline QCommandLineOption flagOption(const char* name, const QString& description)
{
    return QCommandLineOption(QString::fromLatin1(name), description);
}

// A verb on what an organization holds (its users, groups, domains, resources): --org, required
// and listed first, then the verb's own options, of which required must be given too. arguments
// is what the usage line shows: each word one argument, and a last word ending in "..." takes any
// number more.
Verb orgVerb(const char* name, const QString& arguments, const QString& summary, Verb::Run run,
             const QList<QCommandLineOption>& options = {}, const QStringList& required = {});

// The verbs as the help lists them: in the order an administrator meets them (names, separated by
// spaces), not by the class that defines them.
QVector<Verb> inHelpOrder(QVector<Verb> verbs, const char* names);

class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    explicit Dispatcher(QVector<Noun> nouns);

    // arguments as QCoreApplication::arguments() gives them, the program first.
    int run(CliContext& ctx, const QStringList& arguments) const;

private:
    int runNoun(CliContext& ctx, const Noun& noun, const QStringList& arguments) const;
    int runVerb(CliContext& ctx, const Noun& noun, const Verb& verb, const QStringList& arguments) const;

    QString help() const;
    static QString nounHelp(const Noun& noun);
    static QString verbHelp(const Noun& noun, const Verb& verb);
    static QString optionLines(const QList<QCommandLineOption>& options, const QStringList& required = {});
    static QCommandLineOption helpOption();
    static QCommandLineOption versionOption();
    static bool isHelp(const QString& argument);

    QVector<Noun> m_nouns;
};

} // namespace mailroomctl
