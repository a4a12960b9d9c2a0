#pragma once
// Timestamps are stored as ISO 8601 UTC text with milliseconds, which sorts as text.

#include <QDateTime>
#include <QVariant>

namespace mailroom::timestamps {

inline QVariant toDb(const QDateTime& when)
{
    if (!when.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return when.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromDb(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    when.setTimeSpec(Qt::UTC);
    return when;
}

} // namespace mailroom::timestamps
