#pragma once
// Time reaches the engine only through a Clock, so that tests and the demo can move it
// (the 30-day mailbox window, the 30-day trial).

#include <QDateTime>

namespace mailroom {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // always UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that only moves when told to.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start);
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& when);
    void advanceDays(int days);
    void advanceSeconds(qint64 seconds);

private:
    QDateTime m_now;
};

} // namespace mailroom
