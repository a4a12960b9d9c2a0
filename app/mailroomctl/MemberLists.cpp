#include "MemberLists.h"

#include "groups/Groups.h"
#include "io/JsonFormat.h"
#include "users/Users.h"

namespace mailroomctl {

using namespace mailroom;

Result<QStringList> MemberLists::ids(CliContext& ctx, const Organization& org, const QStringList& namesOrIds)
{
    QStringList ids;
    for (const QString& text : namesOrIds) {
        auto asUser = ctx.user(org, text);
        if (!asUser && asUser.error().code != ErrorCode::NotFound)
            return asUser.error();
        auto asGroup = ctx.engine().groups().findByName(org.id, text);
        if (!asGroup && asGroup.error().code != ErrorCode::NotFound)
            return asGroup.error();
        if (asUser && asGroup)
            return makeError(
                ErrorCode::InvalidValue, QStringLiteral("members"),
                tr("%1 is both a user and a group; give the id instead: %2 (user) or %3 (group).")
                    .arg(text, asUser.value().id, asGroup.value().id));
        ids << (asUser ? asUser.value().id : asGroup ? asGroup.value().id : text);
    }
    return ids;
}

int MemberLists::print(CliContext& ctx, const Result<QVector<Member>>& members)
{
    if (!members)
        return ctx.fail(members.error());
    if (ctx.json())
        return ctx.printJsonArray(members.value());
    QVector<QStringList> rows;
    for (const Member& m : members.value())
        rows << QStringList{labelOf(m.kind), m.name, m.displayName, m.email,
                            m.enabled ? tr("yes") : tr("no")};
    ctx.printTable({tr("KIND"), tr("NAME"), tr("DISPLAY NAME"), tr("EMAIL"), tr("ENABLED")}, rows);
    return ExitOk;
}

int MemberLists::change(CliContext& ctx, const Organization& org, const QString& name,
                        const QStringList& namesOrIds, const QString& done, const Change& change,
                        const Current& current)
{
    auto resolved = ids(ctx, org, namesOrIds);
    if (!resolved)
        return ctx.fail(resolved.error());
    if (auto changed = change(resolved.value()); !changed)
        return ctx.fail(changed.error());
    if (!ctx.json())
        ctx.print(done.arg(name, namesOrIds.join(QStringLiteral(", "))));
    return print(ctx, current());
}

} // namespace mailroomctl
