// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Frontline {

/// Where "now" comes from. Injected wherever time matters so tests and the sandbox can
/// run at a fixed or accelerated time. Always returns UTC.
class Clock
{
public:
    virtual ~Clock();
    virtual QDateTime now() const = 0;
};

/// Wall-clock time.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

/// Time that starts at a chosen instant and runs `speed` times faster than the wall clock
/// (the sandbox's --now and --speed). A speed of 0 freezes time at the start instant.
class ScaledClock final : public Clock
{
public:
    ScaledClock(const QDateTime &start, double speed);
    QDateTime now() const override;
    double speed() const { return m_speed; }

private:
    qint64 m_startMs;
    qint64 m_wallStartMs;
    double m_speed;
};

} // namespace Frontline
