#pragma once
// mailroomctl user …: users of an organization (USR-1..USR-7). This class holds the noun and the
// user's record (create, show, update, reset-password); UserListCommands has list, import and
// export, UserMailboxCommands addresses and mailboxes.

#include "Dispatcher.h"

namespace mailroomctl {

class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static QVector<Verb> verbs();
    static int create(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int update(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int resetPassword(CliContext& ctx, const QCommandLineParser& options,
                             const QStringList& arguments);
};

} // namespace mailroomctl
