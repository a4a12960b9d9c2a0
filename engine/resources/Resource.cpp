#include "Resource.h"

#include <QCoreApplication>

namespace mailroom {

QString resourceTypeName(ResourceType type)
{
    return type == ResourceType::Room ? QStringLiteral("Room") : QStringLiteral("Equipment");
}

QString resourceTypeLabel(ResourceType type)
{
    return type == ResourceType::Room ? QCoreApplication::translate("Resource", "Room")
                                      : QCoreApplication::translate("Resource", "Equipment");
}

std::optional<ResourceType> resourceTypeFromName(const QString& name)
{
    for (auto t : {ResourceType::Room, ResourceType::Equipment})
        if (resourceTypeName(t).compare(name, Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

} // namespace mailroom
