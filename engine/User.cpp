#include "User.h"

#include <QCoreApplication>

namespace mailroom {

QString userStateName(UserState state)
{
    return state == UserState::Enabled ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
}

QString userStateLabel(UserState state)
{
    return state == UserState::Enabled ? QCoreApplication::translate("UserState", "Enabled")
                                       : QCoreApplication::translate("UserState", "Disabled");
}

QString userRoleName(UserRole role)
{
    return role == UserRole::User ? QStringLiteral("User") : QStringLiteral("SystemUser");
}

QString userRoleLabel(UserRole role)
{
    return role == UserRole::User ? QCoreApplication::translate("UserRole", "User")
                                  : QCoreApplication::translate("UserRole", "System user");
}

std::optional<UserState> userStateFromName(const QString& name)
{
    for (UserState s : {UserState::Enabled, UserState::Disabled}) {
        if (name.compare(userStateName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

std::optional<UserRole> userRoleFromName(const QString& name)
{
    if (name.compare(QLatin1String("user"), Qt::CaseInsensitive) == 0)
        return UserRole::User;
    if (name.compare(QLatin1String("SystemUser"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return UserRole::SystemUser;
    return std::nullopt;
}

} // namespace mailroom
