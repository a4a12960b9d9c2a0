#pragma once
// mailroomctl rule test --eml (MSG-1, FLOW-5): the rule test of a whole message. Its Sender and
// From headers decide as for rule test --from; its attachments and size may be refused whatever
// the rules say.

#include "Dispatcher.h"

namespace mailroom {
struct MessageFile;
}

namespace mailroomctl {

class MessageTestCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    // For people: the message's From, Sender, subject, size and attachments, the decision as rule
    // test prints it, then each refusal. With --json the decision's object with {message, refusals}
    // added. ExitOk whenever the test ran, refusals or not.
    static int test(CliContext& ctx, const mailroom::Organization& org, const QString& emlPath);

private:
    static void printMessage(CliContext& ctx, const mailroom::MessageFile& message);
};

} // namespace mailroomctl
