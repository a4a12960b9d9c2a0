#include "User.h"

#include <QCoreApplication>

namespace mailroom {

QString userRowStateLabel(const UserRow& row)
{
    return row.inExchange ? QCoreApplication::translate("UserState", "In Exchange") : labelOf(row.state);
}

QString userStateLabel(const User& user, bool interoperability)
{
    UserRow row;
    row.state = user.state;
    row.inExchange = interoperability && !user.isSystem() && user.state != UserState::Enabled;
    return userRowStateLabel(row);
}

} // namespace mailroom
