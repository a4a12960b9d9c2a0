#pragma once
// mailroomctl directory …: the account's directory registry (ORG-3), with its users and groups.

#include "Dispatcher.h"

namespace mailroomctl {

class DirectoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static int create(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int list(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int addUser(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int addExchangeResource(CliContext& ctx, const QCommandLineParser& options,
                                   const QStringList& arguments);
    static int addGroup(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int importUsers(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
};

} // namespace mailroomctl
