#include "GroupCommands.h"

#include "GroupMemberCommands.h"
#include "JsonFormat.h"
#include "MemberLists.h"
#include "OptionValues.h"
#include "groups/Groups.h"

#include <QCommandLineParser>
#include <algorithm>

namespace mailroomctl {

using namespace mailroom;

namespace {

constexpr int DefaultLimit = 100;

} // namespace

Noun GroupCommands::noun()
{
    QVector<Verb> all = verbs() + GroupMemberCommands::verbs();
    // The help lists the verbs in the order an administrator meets them, not by class.
    const QStringList order{QStringLiteral("create"),      QStringLiteral("list"),
                            QStringLiteral("show"),        QStringLiteral("members"),
                            QStringLiteral("add-members"), QStringLiteral("remove-members"),
                            QStringLiteral("expand"),      QStringLiteral("enable"),
                            QStringLiteral("disable"),     QStringLiteral("delete")};
    std::stable_sort(all.begin(), all.end(), [&](const Verb& a, const Verb& b) {
        return order.indexOf(a.name) < order.indexOf(b.name);
    });
    return {QStringLiteral("group"),
            tr("Groups of an organization: distribution lists and security groups, their members."), all};
}

QVector<Verb> GroupCommands::verbs()
{
    const QStringList org{QStringLiteral("org")};
    const QList<QCommandLineOption> orgOnly{CliContext::orgOption()};
    const QString group = QStringLiteral("GROUP");
    return {
        {.name = QStringLiteral("list"),
         .summary = tr("List an organization's groups by name."),
         .options = {CliContext::orgOption(),
                     valueOption("search", tr("Only groups whose name or address starts with this."),
                                 tr("PREFIX")),
                     valueOption("state", tr("Only groups in this state: Enabled or Disabled."),
                                 QStringLiteral("Enabled|Disabled")),
                     valueOption("limit",
                                 tr("Show at most this many groups (default: %1).").arg(DefaultLimit),
                                 tr("N")),
                     valueOption("offset", tr("Skip this many groups first (default: 0)."), tr("N"))},
         .required = org,
         .run = &list},
        {.name = QStringLiteral("create"),
         .arguments = QStringLiteral("NAME EMAIL"),
         .summary = tr("Create an enabled group with its address and members."),
         .options = {CliContext::orgOption(),
                     valueOption("member",
                                 tr("A member: a username, a group name or an id (repeat for more members)."),
                                 tr("MEMBER"))},
         .required = org,
         .minArguments = 2,
         .maxArguments = 2,
         .run = &create},
        {.name = QStringLiteral("show"),
         .arguments = group,
         .summary = tr("Show one group, by name or id."),
         .options = orgOnly,
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &show},
        {.name = QStringLiteral("enable"),
         .arguments = group,
         .summary = tr("Enable a disabled group for mail with the proposed address unless --email is given."),
         .options = {CliContext::orgOption(),
                     valueOption("email", tr("The group's address, on a verified domain."), tr("ADDRESS"))},
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &enable},
        {.name = QStringLiteral("disable"),
         .arguments = group,
         .summary = tr("Disable a group: it keeps its members and loses its address."),
         .options = orgOnly,
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &disable},
        {.name = QStringLiteral("delete"),
         .arguments = group,
         .summary = tr("Delete a disabled group, for good."),
         .options = {CliContext::orgOption(),
                     flagOption("yes", tr("Confirm that the deletion cannot be undone."))},
         .required = org,
         .minArguments = 1,
         .maxArguments = 1,
         .run = &remove},
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
        query.state = groupStateFromName(options.value(QStringLiteral("state")));
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
    if (ctx.json()) {
        QJsonArray array;
        for (const Group& g : rows.value())
            array.append(json::of(g));
        ctx.printJson(array);
        return ExitOk;
    }
    QStringList ids;
    for (const Group& g : rows.value())
        ids << g.id;
    auto counts = groups.memberCounts(ids);
    if (!counts)
        return ctx.fail(counts.error());
    QVector<QStringList> table;
    for (const Group& g : rows.value())
        table << QStringList{g.name, g.email, groupStateLabel(g.state),
                             QString::number(counts.value().value(g.id))};
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
    if (ctx.json())
        ctx.printJson(json::of(created.value()));
    else
        ctx.print(tr("Created the group %1 <%2>; members: %3.")
                      .arg(created.value().name, created.value().email,
                           members.value().isEmpty()
                               ? tr("none")
                               : options.values(QStringLiteral("member")).join(QStringLiteral(", "))));
    return ExitOk;
}

int GroupCommands::show(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto group = ctx.group(org.value(), arguments.at(0));
    if (!group)
        return ctx.fail(group.error());
    const Group& g = group.value();
    if (ctx.json()) {
        ctx.printJson(json::of(g));
        return ExitOk;
    }
    auto counts = ctx.engine().groups().memberCounts({g.id});
    if (!counts)
        return ctx.fail(counts.error());
    ctx.printFields({{tr("Name"), g.name},
                     {tr("ID"), g.id},
                     {tr("Email"), g.email.isEmpty() ? tr("none") : g.email},
                     {tr("State"), groupStateLabel(g.state)},
                     {tr("Members"), QString::number(counts.value().value(g.id))},
                     {tr("Directory"), g.directoryId},
                     {tr("Created"), json::timestamp(g.createdAt)}});
    return ExitOk;
}

int GroupCommands::enable(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto group = ctx.group(org.value(), arguments.at(0));
    if (!group)
        return ctx.fail(group.error());
    Groups& groups = ctx.engine().groups();
    QString address = options.value(QStringLiteral("email"));
    if (!options.isSet(QStringLiteral("email"))) {
        auto proposed = groups.proposedAddress(group.value().id);
        if (!proposed)
            return ctx.fail(proposed.error());
        address = proposed.value();
    }
    auto enabled = groups.enable(group.value().id, address);
    if (!enabled)
        return ctx.fail(enabled.error());
    if (ctx.json())
        ctx.printJson(json::of(enabled.value()));
    else
        ctx.print(
            tr("Enabled the group %1 with the address %2.").arg(enabled.value().name, enabled.value().email));
    return ExitOk;
}

int GroupCommands::disable(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto group = ctx.group(org.value(), arguments.at(0));
    if (!group)
        return ctx.fail(group.error());
    auto disabled = ctx.engine().groups().disable(group.value().id);
    if (!disabled)
        return ctx.fail(disabled.error());
    if (ctx.json())
        ctx.printJson(json::of(disabled.value()));
    else
        ctx.print(tr("Disabled the group %1; it keeps its members and no longer has an address.")
                      .arg(disabled.value().name));
    return ExitOk;
}

int GroupCommands::remove(CliContext& ctx, const QCommandLineParser& options, const QStringList& arguments)
{
    if (!options.isSet(QStringLiteral("yes")))
        return ctx.usageError(tr("Deleting a group cannot be undone; add --yes to confirm."),
                              QStringLiteral("group delete"));
    auto org = ctx.organization(options);
    if (!org)
        return ctx.fail(org.error());
    auto group = ctx.group(org.value(), arguments.at(0));
    if (!group)
        return ctx.fail(group.error());
    const Group& g = group.value();
    if (auto removed = ctx.engine().groups().remove(g.id); !removed)
        return ctx.fail(removed.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("id"), g.id},
                                  {QStringLiteral("name"), g.name},
                                  {QStringLiteral("deleted"), true}});
    else
        ctx.print(tr("Deleted the group %1 for good.").arg(g.name));
    return ExitOk;
}

} // namespace mailroomctl
