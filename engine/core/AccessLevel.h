#pragma once
// The two access levels of ADM-1: full, and read-only (Get/List/Describe/Search only).

#include "core/EnumTable.h"

#include <QString>
#include <optional>

namespace mailroom {

enum class AccessLevel
{
    Full,
    ReadOnly
};

constexpr auto describe(AccessLevel)
{
    return enumTable<AccessLevel>(
        "AccessLevel", {{AccessLevel::Full, "full", QT_TRANSLATE_NOOP("AccessLevel", "Full access")},
                        {AccessLevel::ReadOnly, "read-only",
                         QT_TRANSLATE_NOOP("AccessLevel", "Read-only access"), "readonly"}});
}

} // namespace mailroom
