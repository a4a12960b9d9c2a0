#include "GroupCommands.h"

#include "GroupMemberCommands.h"
#include "MemberLists.h"
#include "OptionValues.h"
#include "groups/Groups.h"
#include "io/JsonFormat.h"

#include <QCommandLineParser>

namespace mailroomctl {

using namespace mailroom;

namespace {

constexpr int DefaultLimit = 100;

} // namespace

Noun GroupCommands::noun()
{
    return {QStringLiteral("group"),
            tr("Groups of an organization: distribution lists and security groups, their members."),
            inHelpOrder(verbs() + GroupMemberCommands::verbs(),
                        "create list show members add-members remove-members expand enable disable delete")};
}

QVector<Verb> GroupCommands::verbs()
{
    const QString group = QStringLiteral("GROUP");
    return {
        orgVerb(
            "list", {}, tr("List an organization's groups by name."), &list,
            {valueOption("search", tr("Only groups whose name or address starts with this."), tr("PREFIX")),
             valueOption("state", tr("Only groups in this state: Enabled or Disabled."),
                         QStringLiteral("Enabled|Disabled")),
             valueOption("limit", tr("Show at most this many groups (default: %1).").arg(DefaultLimit),
                         tr("N")),
             valueOption("offset", tr("Skip this many groups first (default: 0)."), tr("N"))}),
        orgVerb("create", QStringLiteral("NAME EMAIL"),
                tr("Create an enabled group with its address and members."), &create,
                {valueOption("member",
                             tr("A member: a username, a group name or an id (repeat for more members)."),
                             tr("MEMBER"))}),
        orgVerb("show", group, tr("Show one group, by name or id."), &show),
        orgVerb("enable", group,
                tr("Enable a disabled group for mail with the proposed address unless --email is given."),
                &enable,
                {valueOption("email", tr("The group's address, on a verified domain."), tr("ADDRESS"))}),
        orgVerb("disable", group, tr("Disable a group: it keeps its members and loses its address."),
                &disable),
        orgVerb("delete", group, tr("Delete a disabled group, for good."), &remove,
                {flagOption("yes", tr("Confirm that the deletion cannot be undone."))}),
    };
}

int GroupCommands::list(CliContext& ctx, const QCommandLineParser& options, const QStringList&)
{
    const QString command = QStringLiteral("group list");
    QString problem;
    const int limit = OptionValues::count(options, QStringLiteral("limit"), DefaultLimit, problem);
    const int offset = OptionValues::count(options, QStringLiteral("offset"), 0, problem);
    GroupQuery query;
    query.search = options.value(QStringLiteral("search"));
    if (options.isSet(QStringLiteral("state"))) {
        query.state = fromName<GroupState>(options.value(QStringLiteral("state")));
        if (!query.state)
            problem = tr("--state must be Enabled or Disabled.");
    }
    if (!problem.isEmpty())
        return ctx.usageError(problem, command);
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    query.organizationId = org.value().id;
    Groups& groups = ctx.engine().groups();
    auto total = groups.count(query);
    if (!total)
        return ctx.fail(total.error());
    auto rows = groups.page(query, offset, limit);
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json())
        return ctx.printJsonArray(rows.value());
    QVector<QStringList> table;
    for (const Group& g : rows.value())
        table << QStringList{g.name, g.email, labelOf(g.state), QString::number(g.memberCount)};
    ctx.printTable({tr("NAME"), tr("EMAIL"), tr("STATE"), tr("MEMBERS")}, table);
    ctx.print(tr("%1 of %2 groups").arg(rows.value().size()).arg(total.value()));
    return ExitOk;
}

int GroupCommands::create(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto members = MemberLists::ids(ctx, org.value(), options.values(QStringLiteral("member")));
    if (!members)
        return ctx.fail(members.error());
    auto created = ctx.engine().groups().create(org.value().id,
                                                NewGroup{arguments.at(0), arguments.at(1), members.value()});
    if (!created)
        return ctx.fail(created.error());
    const Group& g = created.value();
    return ctx.printDone(json::of(g),
                         tr("Created the group %1 <%2>; members: %3.")
                             .arg(g.name, g.email,
                                  members.value().isEmpty()
                                      ? tr("none")
                                      : options.values(QStringLiteral("member")).join(QStringLiteral(", "))));
}

int GroupCommands::show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = ctx.group(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const Group& g = found.value().item;
    if (ctx.json()) {
        ctx.printJson(json::of(g));
        return ExitOk;
    }
    auto members = ctx.engine().groups().members(g.id);
    if (!members)
        return ctx.fail(members.error());
    ctx.printFields({{tr("Name"), g.name},
                     {tr("ID"), g.id},
                     {tr("Email"), g.email.isEmpty() ? tr("none") : g.email},
                     {tr("State"), labelOf(g.state)},
                     {tr("Members"), QString::number(members.value().size())},
                     {tr("Directory"), g.directoryId},
                     {tr("Created"), json::timestamp(g.createdAt)}});
    return ExitOk;
}

int GroupCommands::enable(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = ctx.group(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const QString id = found.value().item.id;
    Groups& groups = ctx.engine().groups();
    QString address = options.value(QStringLiteral("email"));
    if (!options.isSet(QStringLiteral("email"))) {
        auto proposed = groups.proposedAddress(id);
        if (!proposed)
            return ctx.fail(proposed.error());
        address = proposed.value();
    }
    auto enabled = groups.enable(id, address);
    if (!enabled)
        return ctx.fail(enabled.error());
    const Group& g = enabled.value();
    return ctx.printDone(json::of(g), tr("Enabled the group %1 with the address %2.").arg(g.name, g.email));
}

int GroupCommands::disable(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto found = ctx.group(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    auto disabled = ctx.engine().groups().disable(found.value().item.id);
    if (!disabled)
        return ctx.fail(disabled.error());
    return ctx.printDone(json::of(disabled.value()),
                         tr("Disabled the group %1; it keeps its members and no longer has an address.")
                             .arg(disabled.value().name));
}

int GroupCommands::remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    if (!options.isSet(QStringLiteral("yes")))
        return ctx.usageError(tr("Deleting a group cannot be undone; add --yes to confirm."),
                              QStringLiteral("group delete"));
    auto found = ctx.group(options, arguments.at(0));
    if (!found)
        return ctx.fail(found.error());
    const Group& g = found.value().item;
    if (auto removed = ctx.engine().groups().remove(g.id); !removed)
        return ctx.fail(removed.error());
    return ctx.printDone(QJsonObject{{QStringLiteral("id"), g.id},
                                     {QStringLiteral("name"), g.name},
                                     {QStringLiteral("deleted"), true}},
                         tr("Deleted the group %1 for good.").arg(g.name));
}

} // namespace mailroomctl
