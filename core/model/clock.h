#pragma once

#include <QDateTime>

namespace dc {

// Where "now" comes from, so tests can fix time. The default is the system clock in UTC.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock &system();
};

// A clock that stays where it is set; for tests and reproducible demos.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace dc
