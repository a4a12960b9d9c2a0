#include "GroupMemberCommands.h"

#include "MemberLists.h"
#include "groups/Groups.h"
#include "io/JsonFormat.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

QVector<Verb> GroupMemberCommands::verbs()
{
    const QString group = QStringLiteral("GROUP");
    const QString groupAndMembers = QStringLiteral("GROUP MEMBER...");
    return {
        orgVerb("members", group, tr("List a group's members: groups first, then users."), &members),
        orgVerb("add-members", groupAndMembers,
                tr("Add users and groups (by username, group name or id) to a group; a group that "
                   "would contain itself is refused."),
                &addMembers),
        orgVerb("remove-members", groupAndMembers,
                tr("Remove users and groups (by username, group name or id) from a group."), &removeMembers),
        orgVerb("expand", group,
                tr("List the enabled users that mail to the group reaches, each once, nested groups "
                   "included."),
                &expand),
    };
}

int GroupMemberCommands::members(CliContext& ctx, const QCommandLineParser& options,
                                 const QStringList& arguments)
{
    auto found = ctx.group(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    return MemberLists::print(ctx, ctx.engine().groups().members(found.value().item.id));
}

int GroupMemberCommands::changeMembers(CliContext& ctx, const QCommandLineParser& options,
                                       const QStringList& arguments, MembershipChange change,
                                       const QString& done)
{
    auto found = ctx.group(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const auto& [org, group] = found.value();
    Groups& groups = ctx.engine().groups();
    return MemberLists::change(
        ctx, org, group.name, arguments.mid(1), done,
        [&](const QStringList& ids) { return (groups.*change)(group.id, ids); },
        [&] { return groups.members(group.id); });
}

int GroupMemberCommands::addMembers(CliContext& ctx, const QCommandLineParser& options,
                                    const QStringList& arguments)
{
    return changeMembers(ctx, options, arguments, &Groups::addMembers, tr("Added to %1: %2."));
}

int GroupMemberCommands::removeMembers(CliContext& ctx, const QCommandLineParser& options,
                                       const QStringList& arguments)
{
    return changeMembers(ctx, options, arguments, &Groups::removeMembers, tr("Removed from %1: %2."));
}

int GroupMemberCommands::expand(CliContext& ctx, const QCommandLineParser& options,
                                const QStringList& arguments)
{
    auto found = ctx.group(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const Group& group = found.value().item;
    auto recipients = ctx.engine().groups().expand(group.id);
    if (!recipients)
        return ctx.fail(recipients.error());
    if (ctx.json())
        return ctx.printJsonArray(recipients.value());
    QVector<QStringList> rows;
    for (const Recipient& r : recipients.value())
        rows << QStringList{r.username, r.email, r.via};
    ctx.printTable({tr("USERNAME"), tr("EMAIL"), tr("THROUGH")}, rows);
    ctx.print(tr("Recipients of mail to %1: %2.").arg(group.name).arg(recipients.value().size()));
    return ExitOk;
}

} // namespace mailroomctl
