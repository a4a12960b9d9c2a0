#pragma once
// mailroomctl user …: users of an organization (USR-1..USR-7). This class holds the noun, the
// user's record (create, show, update, reset-password) and what the other user classes share;
// UserListCommands has list, import and export, UserMailboxCommands addresses and mailboxes.

#include "Dispatcher.h"
#include "Organization.h"
#include "Result.h"

namespace mailroomctl {

class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

    // --org ALIAS|ID, which every user verb needs.
    static QCommandLineOption orgOption();
    static mailroom::Result<mailroom::Organization> organization(CliContext& ctx,
                                                                 const QCommandLineParser& options);

private:
    static QVector<Verb> verbs();
    static int create(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int update(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int resetPassword(CliContext& ctx, const QCommandLineParser& options,
                             const QStringList& arguments);
};

} // namespace mailroomctl
