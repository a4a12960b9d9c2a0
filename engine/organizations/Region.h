#pragma once
// The service's regions and the endpoints that follow from them.

#include <QString>
#include <QStringList>

namespace mailroom::regions {

QStringList all(); // us-east-1, eu-west-1, us-west-2
bool isKnown(const QString& region);
QString displayName(const QString& region); // "US East (N. Virginia)", translated

} // namespace mailroom::regions
