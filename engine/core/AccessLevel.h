#pragma once
// The two access levels of ADM-1: full, and read-only (Get/List/Describe/Search only).

#include <QString>
#include <optional>

namespace mailroom {

enum class AccessLevel
{
    Full,
    ReadOnly
};

QString accessLevelName(AccessLevel level);  // stable: "full", "read-only"
QString accessLevelLabel(AccessLevel level); // translated
std::optional<AccessLevel> accessLevelFromName(const QString& name);

} // namespace mailroom
