#pragma once
// A bookable resource of an organization (RES-1..RES-3): a room or a piece of equipment with
// its own address, booking options and delegates.

#include "core/EnumTable.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace mailroom {

enum class ResourceType
{
    Room,
    Equipment
};

constexpr auto describe(ResourceType)
{
    return enumTable<ResourceType>(
        "Resource", {{ResourceType::Room, "Room", QT_TRANSLATE_NOOP("Resource", "Room")},
                     {ResourceType::Equipment, "Equipment", QT_TRANSLATE_NOOP("Resource", "Equipment")}});
}

// RES-2. A new resource accepts every request and declines conflicting ones.
struct BookingOptions
{
    bool acceptAll = true;
    bool declineRecurring = false;
    bool declineConflicting = true;

    bool operator==(const BookingOptions&) const = default;
};

// What an administrator enters for a resource (RES-1), on create and on edit.
struct ResourceDetails
{
    QString name;
    QString description;
    ResourceType type = ResourceType::Room;
    QString email;
};

struct Resource
{
    QString id; // UUID, stable forever
    QString organizationId;
    ResourceDetails details;
    BookingOptions booking;
    QDateTime createdAt;
    qint64 version = 0;        // raised by every change (Versions); 0 when not read from the store
    qint64 bookingVersion = 0; // the booking options' own version (versionKind::Booking)
};

namespace resources {
constexpr int MaxNameLength = 20;
constexpr int MaxDescriptionLength = 64;
} // namespace resources

} // namespace mailroom
