#pragma once
// mailroomctl group members, add-members, remove-members (GRP-1) and expand (GRP-3): who is in
// a group, and whom mail to it reaches.

#include "Dispatcher.h"

namespace mailroom {
class Groups;
}

namespace mailroomctl {

class GroupMemberCommands
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    static QVector<Verb> verbs();

private:
    static int members(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int addMembers(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);
    static int removeMembers(CliContext& ctx, const QCommandLineParser& options,
                             const QStringList& arguments);
    static int expand(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments);

    using MembershipChange = mailroom::Status (mailroom::Groups::*)(const QString& groupId,
                                                                    const QStringList& memberIds);
    // Finds the group, applies change with the members the other arguments name, then shows the
    // group's members as they are now.
    static int changeMembers(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments,
                             MembershipChange change, const QString& done);
};

} // namespace mailroomctl
