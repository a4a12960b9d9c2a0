#pragma once
// mailroomctl domain policy, set-policy, fix-policy (DOM-7): a domain's identity policy as JSON,
// replaced from a file or standard input, and the one-step fix that allows "ses:*".

#include "Dispatcher.h"

namespace mailroom {
struct Domain;
}

namespace mailroomctl {

class DomainPolicyCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static QVector<Verb> verbs();

private:
    static int policy(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int setPolicy(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int fixPolicy(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    // The policy document itself for people (with the DOM-7 warning on stderr when it applies), or
    // {"domain", "policyNeedsFix", "policy"} with --json.
    static int printPolicy(CliContext& ctx, const mailroom::Organization& org,
                           const mailroom::Domain& domain);
};

} // namespace mailroomctl
