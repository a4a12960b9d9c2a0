#pragma once
// mailroomctl policy …: an organization's default mobile device policy (MOB-1, MOB-2). The options
// of set come from the engine's table of the policy's items, one for each.

#include "Dispatcher.h"

namespace mailroom {
struct MobilePolicy;
}

namespace mailroomctl {

class PolicyCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static int get(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int set(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    // One option for each item of mobile::policyFields(), named as the item.
    static QList<QCommandLineOption> fieldOptions();
    // The policy with the items given as options applied on top; given counts them. problem says
    // which option's value is not understood.
    static mailroom::MobilePolicy withOptions(const QCommandLineParser& options,
                                              mailroom::MobilePolicy policy, int& given, QString& problem);
    // The policy's JSON (MobilePolicy::toJson) with policyKey.
    static QJsonObject policyJson(const mailroom::MobilePolicy& policy, int policyKey);
    // Items a–k, label and value, then the policy key.
    static void printPolicy(CliContext& ctx, const mailroom::MobilePolicy& policy, int policyKey);
};

} // namespace mailroomctl
