#pragma once
// Members of groups and delegates of resources (GRP-1, RES-3) as the command line names them,
// each a username, a group name or an id, and the list shown after a change.

#include "CliContext.h"
#include "groups/Group.h"

#include <functional>

namespace mailroomctl {

class MemberLists
{
    Q_DECLARE_TR_FUNCTIONS(mailroomctl)

public:
    // The ids the engine takes. Text that is neither a username nor a group name goes on as an id,
    // which the engine checks (NotFound). A name that is both a user and a group is refused
    // (InvalidValue, field "members"): its id says which is meant.
    static mailroom::Result<QStringList> ids(CliContext& ctx, const mailroom::Organization& org,
                                             const QStringList& namesOrIds);

    // A table for people, or a JSON array.
    static int print(CliContext& ctx, const mailroom::Result<QVector<mailroom::Member>>& members);

    using Change = std::function<mailroom::Status(const QStringList& ids)>;
    using Current = std::function<mailroom::Result<QVector<mailroom::Member>>()>;
    // Resolves the names, applies change, says done (for people: %1 the group or resource, %2 the
    // names) and shows the list as it is now.
    static int change(CliContext& ctx, const mailroom::Organization& org, const QString& name,
                      const QStringList& namesOrIds, const QString& done, const Change& change,
                      const Current& current);
};

} // namespace mailroomctl
