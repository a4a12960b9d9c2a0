#include "GroupMemberCommands.h"

#include "JsonFormat.h"
#include "MemberLists.h"
#include "groups/Groups.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

QVector<Verb> GroupMemberCommands::verbs()
{
    const QStringList org{QStringLiteral("org")};
    const QList<QCommandLineOption> orgOnly{CliContext::orgOption()};
    const QString groupAndMembers = QStringLiteral("GROUP MEMBER...");
    return {
        {.name = QStringLiteral("members"),
         .arguments = QStringLiteral("GROUP"),
         .summary = tr("List a group's members: groups first, then users."),
         .options = orgOnly,
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &members},
        {.name = QStringLiteral("add-members"),
         .arguments = groupAndMembers,
         .summary = tr("Add users and groups (by username, group name or id) to a group; a group that "
                       "would contain itself is refused."),
         .options = orgOnly,
         .required = org,
         .minArguments = 2,
         .maxArguments = -1,
         .run = &addMembers},
        {.name = QStringLiteral("remove-members"),
         .arguments = groupAndMembers,
         .summary = tr("Remove users and groups (by username, group name or id) from a group."),
         .options = orgOnly,
         .required = org,
         .minArguments = 2,
         .maxArguments = -1,
         .run = &removeMembers},
        {.name = QStringLiteral("expand"),
         .arguments = QStringLiteral("GROUP"),
         .summary = tr("List the enabled users that mail to the group reaches, each once, nested groups "
                       "included."),
         .options = orgOnly,
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &expand},
    };
}

int GroupMemberCommands::members(CliContext& ctx, const QCommandLineParser& options,
                                 const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto group = ctx.group(org.value(), arguments.at(0));
    if (!group)
        return ctx.fail(group.error());
    return MemberLists::print(ctx, ctx.engine().groups().members(group.value().id));
}

int GroupMemberCommands::changeMembers(CliContext& ctx, const QCommandLineParser& options,
                                       const QStringList& arguments, MembershipChange change,
                                       const QString& done)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto group = ctx.group(org.value(), arguments.at(0));
    if (!group)
        return ctx.fail(group.error());
    Groups& groups = ctx.engine().groups();
    const QString id = group.value().id;
    return MemberLists::change(
        ctx, org.value(), arguments.mid(1), [&](const QStringList& ids) { return (groups.*change)(id, ids); },
        [&] { return groups.members(id); },
        done.arg(group.value().name, arguments.mid(1).join(QStringLiteral(", "))));
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
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto group = ctx.group(org.value(), arguments.at(0));
    if (!group)
        return ctx.fail(group.error());
    auto recipients = ctx.engine().groups().expand(group.value().id);
    if (!recipients)
        return ctx.fail(recipients.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const Recipient& r : recipients.value())
            array.append(json::of(r));
        ctx.printJson(array);
        return ExitOk;
    }
    QVector<QStringList> rows;
    for (const Recipient& r : recipients.value())
        rows << QStringList{r.username, r.email, r.via};
    ctx.printTable({tr("USERNAME"), tr("EMAIL"), tr("THROUGH")}, rows);
    ctx.print(tr("Recipients of mail to %1: %2.").arg(group.value().name).arg(recipients.value().size()));
    return ExitOk;
}

} // namespace mailroomctl
