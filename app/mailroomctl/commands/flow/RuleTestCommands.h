#pragma once
// mailroomctl rule test and lint (FLOW-4..FLOW-6): what happens to a message from a sender and
// why, and the warnings about an organization's rules. MessageTestCommands tests a whole message
// (--eml) with the same printing.

#include "Dispatcher.h"

namespace mailroom {
struct FlowTestResult;
}

namespace mailroomctl {

class RuleTestCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static QVector<Verb> verbs();

    // A rule test's outcome as --json prints it: {action, decidedBy, others}.
    static QJsonObject decisionJson(const mailroom::FlowTestResult& result);
    // For people: the action in words, the deciding rule, pattern and header, then a table of the
    // other matches with why each lost; or that no rule matched.
    static void printDecision(CliContext& ctx, const mailroom::FlowTestResult& result);

private:
    static int test(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int lint(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
};

} // namespace mailroomctl
