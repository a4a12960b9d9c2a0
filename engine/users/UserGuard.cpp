#include "UserGuard.h"

#include "core/Engine.h"
#include "organizations/Organizations.h"
#include "store/tables/UserTable.h"

#include <QCoreApplication>

namespace mailroom {

Result<ChangeableUser> changeableUser(Engine& engine, const QString& userId)
{
    auto user = UserTable(engine.store()).get(userId);
    if (!user)
        return user.error();
    if (user.value().organizationId.isEmpty())
        return makeError(
            ErrorCode::WrongState, QStringLiteral("user"),
            QCoreApplication::translate("Users", "User: %1 is in a directory that no organization uses.")
                .arg(user.value().username));
    auto org = engine.organizations().requireActive(user.value().organizationId);
    if (!org)
        return org.error();
    if (user.value().isSystem())
        return makeError(ErrorCode::SystemUser, QStringLiteral("user"),
                         QCoreApplication::translate("Users",
                                                     "User: %1 is a system user of the directory; it cannot "
                                                     "be enabled, edited or removed.")
                             .arg(user.value().username));
    return ChangeableUser{user.value(), org.value(), org.value().directoryType};
}

} // namespace mailroom
