#pragma once
// mailroomctl rule …: the email flow rules of an organization (FLOW-1..FLOW-3). This class holds
// the noun and each rule's life (create, list, show, update, remove); RuleTestCommands has the
// rule test and the warnings.

#include "Dispatcher.h"

namespace mailroomctl {

class RuleCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static QVector<Verb> verbs();
    static int list(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int create(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int update(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    // --action, --pattern and --patterns-file, which create and update share.
    static QList<QCommandLineOption> ruleOptions(const QString& actionDescription,
                                                 const QString& patternDescription);
    // What a change did: the rule's JSON, or done (%1 the name, %2 the action, %3 the patterns).
    static int printChanged(CliContext& ctx, const mailroom::FlowRule& rule, const QString& done);
};

} // namespace mailroomctl
