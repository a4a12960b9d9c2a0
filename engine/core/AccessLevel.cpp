#include "AccessLevel.h"

#include <QCoreApplication>

namespace mailroom {

QString accessLevelName(AccessLevel level)
{
    return level == AccessLevel::Full ? QStringLiteral("full") : QStringLiteral("read-only");
}

QString accessLevelLabel(AccessLevel level)
{
    return level == AccessLevel::Full ? QCoreApplication::translate("AccessLevel", "Full access")
                                      : QCoreApplication::translate("AccessLevel", "Read-only access");
}

std::optional<AccessLevel> accessLevelFromName(const QString& name)
{
    if (name == QLatin1String("full"))
        return AccessLevel::Full;
    if (name == QLatin1String("read-only") || name == QLatin1String("readonly"))
        return AccessLevel::ReadOnly;
    return std::nullopt;
}

} // namespace mailroom
