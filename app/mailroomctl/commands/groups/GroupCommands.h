#pragma once
// mailroomctl group …: groups of an organization (GRP-1..GRP-3). This class holds the noun, the
// groups list and each group's life (create, show, enable, disable, delete); GroupMemberCommands
// has the members and the expansion.

#include "Dispatcher.h"

namespace mailroomctl {

class GroupCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static Noun noun();

private:
    static QVector<Verb> verbs();
    static int list(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int create(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int enable(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int disable(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
};

} // namespace mailroomctl
