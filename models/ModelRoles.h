#pragma once
// Roles the item models share with the views.

#include <Qt>

namespace mailroom {

enum ModelRole
{
    IdRole = Qt::UserRole + 1, // the object's stable id
    SortRole,                  // the raw value to sort by
    BadgeRole,                 // a Badge tone for status columns
    SystemRole,                // true for objects the administrator cannot change (system users)
};

// Status badge tones (UI.md): Enabled/Active/Verified green, Pending/Provisioning/Validating
// amber, Disabled/Failed/Impaired red, System/Remote grey.
enum class Badge
{
    None,
    Good,
    Pending,
    Bad,
    Neutral
};

} // namespace mailroom
