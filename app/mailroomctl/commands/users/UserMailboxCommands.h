#pragma once
// mailroomctl user addresses, add-alias, remove-alias, set-primary (USR-3) and enable, disable,
// delete (USR-4, USR-7): a user's addresses and the life of its mailbox.

#include "Dispatcher.h"
#include "core/Result.h"
#include "organizations/Organization.h"
#include "users/User.h"

#include <functional>

namespace mailroomctl {

class UserMailboxCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static QVector<Verb> verbs();

private:
    static int addresses(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int addAlias(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int removeAlias(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int setPrimary(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int enable(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int disable(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    using AddressChange = mailroom::Status (*)(mailroom::Engine& engine, const QString& userId,
                                               const QString& address);
    // Finds the user, applies change, then shows the user's addresses as they are now.
    static int changeAddress(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments,
                             AddressChange change, const QString& doneText);
    static int printAddresses(CliContext& ctx, const mailroom::User& user);

    using UserAction = std::function<mailroom::Result<mailroom::User>(const mailroom::User&)>;
    using Describe = std::function<QString(const mailroom::User&)>;
    // Runs action for each username and reports each outcome (describe says what was done, for
    // people); ExitFailed when any failed, the others stay done.
    static int forEachUser(CliContext& ctx, const mailroom::Organization& org, const QStringList& usernames,
                           const UserAction& action, const Describe& describe, bool showUser = true);
};

} // namespace mailroomctl
