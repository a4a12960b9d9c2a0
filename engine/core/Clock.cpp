#include "Clock.h"

namespace mailroom {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(QDateTime start) : m_now(start.toUTC()) {}

void ManualClock::set(const QDateTime& when)
{
    m_now = when.toUTC();
}

void ManualClock::advanceDays(int days)
{
    m_now = m_now.addDays(days);
}

void ManualClock::advanceSeconds(qint64 seconds)
{
    m_now = m_now.addSecs(seconds);
}

} // namespace mailroom
