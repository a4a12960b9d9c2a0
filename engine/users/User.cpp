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
    switch (role) {
    case UserRole::User:
        return QStringLiteral("User");
    case UserRole::SystemUser:
        return QStringLiteral("SystemUser");
    case UserRole::ExchangeResource:
        return QStringLiteral("ExchangeResource");
    }
    return QStringLiteral("User");
}

QString userRoleLabel(UserRole role)
{
    switch (role) {
    case UserRole::User:
        return QCoreApplication::translate("UserRole", "User");
    case UserRole::SystemUser:
        return QCoreApplication::translate("UserRole", "System user");
    case UserRole::ExchangeResource:
        return QCoreApplication::translate("UserRole", "Exchange resource");
    }
    return QCoreApplication::translate("UserRole", "User");
}

QString userRowStateLabel(const UserRow& row)
{
    return row.inExchange ? QCoreApplication::translate("UserState", "In Exchange")
                          : userStateLabel(row.state);
}

QString userStateLabel(const User& user, bool interoperability)
{
    UserRow row;
    row.state = user.state;
    row.inExchange = interoperability && !user.isSystem() && user.state != UserState::Enabled;
    return userRowStateLabel(row);
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
    if (name.compare(QLatin1String("SystemUser"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return UserRole::SystemUser;
    if (name.compare(QLatin1String("ExchangeResource"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("exchange-resource"), Qt::CaseInsensitive) == 0)
        return UserRole::ExchangeResource;
    return std::nullopt;
}

} // namespace mailroom
