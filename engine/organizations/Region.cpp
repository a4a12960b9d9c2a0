#include "Region.h"

#include <QCoreApplication>

namespace mailroom::regions {

QStringList all()
{
    return {QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"), QStringLiteral("us-west-2")};
}

bool isKnown(const QString& region)
{
    return all().contains(region);
}

QString displayName(const QString& region)
{
    if (region == QLatin1String("us-east-1"))
        return QCoreApplication::translate("Region", "US East (N. Virginia)");
    if (region == QLatin1String("eu-west-1"))
        return QCoreApplication::translate("Region", "EU (Ireland)");
    if (region == QLatin1String("us-west-2"))
        return QCoreApplication::translate("Region", "US West (Oregon)");
    return region;
}

} // namespace mailroom::regions
