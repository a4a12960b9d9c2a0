#include "Group.h"

#include <QCoreApplication>

namespace mailroom {

QString groupStateName(GroupState state)
{
    return state == GroupState::Enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
}

QString groupStateLabel(GroupState state)
{
    return state == GroupState::Enabled ? QCoreApplication::translate("Group", "Enabled")
                                        : QCoreApplication::translate("Group", "Disabled");
}

std::optional<GroupState> groupStateFromName(const QString& name)
{
    for (auto s : {GroupState::Enabled, GroupState::Disabled})
        if (groupStateName(s).compare(name, Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString memberKindName(Member::Kind kind)
{
    return kind == Member::Kind::User ? QStringLiteral("User") : QStringLiteral("Group");
}

QString memberKindLabel(Member::Kind kind)
{
    return kind == Member::Kind::User ? QCoreApplication::translate("Group", "User")
                                      : QCoreApplication::translate("Group", "Group");
}

} // namespace mailroom
